import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { BACKEND_SERVICES } from '@passerelle/contracts';
import { ServicesClient } from '../rpc/services.client.js';

type ServiceState = 'up' | 'down';

export interface Readiness {
  status: 'ready' | 'not-ready';
  nats: 'connected' | 'disconnected';
  services: Record<string, ServiceState>;
}

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(private readonly services: ServicesClient) {}

  /** Liveness: the process answers. Nothing else is checked, so a restart is never triggered by a dependency. */
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: NATS is connected and every service answers its ping. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Readiness> {
    const connected = this.services.isConnected();
    const states = await Promise.all(
      BACKEND_SERVICES.map(async (service) => [
        service,
        connected && (await this.services.ping(service)) ? 'up' : 'down',
      ]),
    );
    const services = Object.fromEntries(states) as Record<string, ServiceState>;
    const ready = connected && Object.values(services).every((state) => state === 'up');
    void reply.status(ready ? 200 : 503);
    return {
      status: ready ? 'ready' : 'not-ready',
      nats: connected ? 'connected' : 'disconnected',
      services,
    };
  }
}
