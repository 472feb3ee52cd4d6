import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GET_PROGRAMME,
  LIST_PROGRAMMES,
  ProgrammeIdParam,
  UPDATE_PROGRAMME_SETTINGS,
  UpdateProgrammeSettingsRequest,
  type ProgrammeList,
  type ProgrammeView,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { ProgrammesService } from './programmes.service.js';

@Controller()
export class ProgrammesHandler {
  constructor(private readonly programmes: ProgrammesService) {}

  /** Any signed-in member (the actor is required, its role is not checked). */
  @MessagePattern(LIST_PROGRAMMES)
  list(@Actor() _actor: ActorRef): Promise<ProgrammeList> {
    return this.programmes.list();
  }

  @MessagePattern(GET_PROGRAMME)
  get(@Actor() actor: ActorRef, @Payload() param: ProgrammeIdParam): Promise<ProgrammeView> {
    return this.programmes.get(actor, param.programmeId);
  }

  @MessagePattern(UPDATE_PROGRAMME_SETTINGS)
  update(
    @Actor() actor: ActorRef,
    @Payload() request: UpdateProgrammeSettingsRequest,
  ): Promise<ProgrammeView> {
    return this.programmes.updateSettings(actor, request);
  }
}
