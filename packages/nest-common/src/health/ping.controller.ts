import { Controller, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { pingSubject, type PingReply } from '@passerelle/contracts';

/** Every service answers its ping so the gateway's /ready can tell it is up and reachable. */
export function createPingController(service: string): Type<unknown> {
  @Controller()
  class PingController {
    @MessagePattern(pingSubject(service))
    ping(): PingReply {
      return { service, at: new Date().toISOString() };
    }
  }
  return PingController;
}
