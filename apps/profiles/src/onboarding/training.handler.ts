import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GET_TRAINING_MODULE,
  LIST_TRAINING_MODULES,
  SUBMIT_TRAINING_ATTEMPT,
  SubmitTrainingAttemptRequest,
  TrainingModuleRef,
  type TrainingAttemptResult,
  type TrainingModuleList,
  type TrainingModuleView,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { TrainingService } from './training.service.js';

@Controller()
export class TrainingHandler {
  constructor(private readonly training: TrainingService) {}

  @MessagePattern(LIST_TRAINING_MODULES)
  list(@Actor() actor: ActorRef): Promise<TrainingModuleList> {
    return this.training.list(actor);
  }

  @MessagePattern(GET_TRAINING_MODULE)
  get(@Actor() actor: ActorRef, @Payload() ref: TrainingModuleRef): Promise<TrainingModuleView> {
    return this.training.get(actor, ref.moduleId);
  }

  @MessagePattern(SUBMIT_TRAINING_ATTEMPT)
  submit(
    @Actor() actor: ActorRef,
    @Payload() request: SubmitTrainingAttemptRequest,
  ): Promise<TrainingAttemptResult> {
    return this.training.submit(actor, request);
  }
}
