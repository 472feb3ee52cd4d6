import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ACCEPT_CHARTER,
  AcceptCharterRequest,
  CharterAcceptanceStatusRequest,
  CharterStandingRequest,
  GET_CHARTER_ACCEPTANCE,
  GET_CHARTER_STANDING,
  GET_CURRENT_CHARTER,
  PUBLISH_CHARTER,
  PublishCharterRequest,
  type CharterAcceptanceStatusReply,
  type CharterAcceptanceView,
  type CharterStandingView,
  type CharterVersionView,
  type CurrentCharterView,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { CharterService } from './charter.service.js';

@Controller()
export class CharterHandler {
  constructor(private readonly charter: CharterService) {}

  @MessagePattern(GET_CURRENT_CHARTER)
  current(@Actor() actor: ActorRef): Promise<CurrentCharterView> {
    return this.charter.current(actor);
  }

  @MessagePattern(ACCEPT_CHARTER)
  accept(@Actor() actor: ActorRef, @Payload() request: AcceptCharterRequest): Promise<CharterAcceptanceView> {
    return this.charter.accept(actor, request);
  }

  /** Service to service (no actor needed): see CharterService.acceptanceStatus. */
  @MessagePattern(GET_CHARTER_ACCEPTANCE)
  acceptanceStatus(
    @Payload() request: CharterAcceptanceStatusRequest,
  ): Promise<CharterAcceptanceStatusReply> {
    return this.charter.acceptanceStatus(request);
  }

  @MessagePattern(GET_CHARTER_STANDING)
  standing(
    @Actor() actor: ActorRef,
    @Payload() request: CharterStandingRequest,
  ): Promise<CharterStandingView> {
    return this.charter.standingOf(actor, request);
  }

  @MessagePattern(PUBLISH_CHARTER)
  publish(@Actor() actor: ActorRef, @Payload() request: PublishCharterRequest): Promise<CharterVersionView> {
    return this.charter.publish(actor, request);
  }
}
