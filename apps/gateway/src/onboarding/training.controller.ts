import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GET_TRAINING_MODULE,
  LIST_TRAINING_MODULES,
  Role,
  SUBMIT_TRAINING_ATTEMPT,
  TrainingAttemptBody,
  TrainingAttemptResult,
  TrainingModuleList,
  TrainingModuleRef,
  TrainingModuleView,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ServicesClient } from '../rpc/services.client.js';

/** Mentor training: modules, their quizzes (without answers) and scored attempts. */
@ApiTags('onboarding')
@ApiBearerAuth()
@Controller('api/v1/training')
@UseGuards(JwtAuthGuard)
@Roles(Role.Alumnus, Role.Staff, Role.Admin)
export class TrainingController {
  constructor(private readonly services: ServicesClient) {}

  @Get()
  @ApiOperation({ summary: 'The modules, in order, with where I stand on each' })
  @ApiOkResponse({ type: TrainingModuleList })
  list(@CurrentActor() actor: ActorRef): Promise<TrainingModuleList> {
    return this.services.call(LIST_TRAINING_MODULES, {}, actor);
  }

  @Get(':moduleId')
  @ApiOperation({ summary: 'A module: its content and its quiz, without the answers' })
  @ApiOkResponse({ type: TrainingModuleView })
  @ApiNotFoundResponse({ description: 'No such module' })
  get(@CurrentActor() actor: ActorRef, @Param() ref: TrainingModuleRef): Promise<TrainingModuleView> {
    return this.services.call(GET_TRAINING_MODULE, ref, actor);
  }

  @Post(':moduleId/attempts')
  @HttpCode(200)
  @Roles(Role.Alumnus)
  @ApiOperation({
    summary: 'Submit the quiz: scored on the server; a module already passed and valid returns its pass',
  })
  @ApiOkResponse({ type: TrainingAttemptResult })
  submit(
    @CurrentActor() actor: ActorRef,
    @Param() ref: TrainingModuleRef,
    @Body() body: TrainingAttemptBody,
  ): Promise<TrainingAttemptResult> {
    return this.services.call(SUBMIT_TRAINING_ATTEMPT, { ...body, moduleId: ref.moduleId }, actor);
  }
}
