import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ACCEPT_AGREEMENT,
  ADD_MENTORSHIP_GOAL,
  COMPLETE_MENTORSHIP,
  DECLINE_PROPOSAL,
  END_MENTORSHIP,
  EndMentorshipBody,
  GET_MENTORSHIP,
  GoalProgressBody,
  LIST_MY_MENTORSHIPS,
  ListMentorshipsQuery,
  MentorshipGoalBody,
  MentorshipGoalParam,
  MentorshipIdParam,
  MentorshipNoteBody,
  MentorshipPage,
  MentorshipView,
  PAUSE_MENTORSHIP,
  RECORD_GOAL_PROGRESS,
  RESUME_MENTORSHIP,
  Role,
  UPDATE_AGREEMENT,
  UPDATE_MENTORSHIP_GOAL,
  UpdateAgreementBody,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ApiQueryFrom } from '../openapi/api-query-from.js';
import { ServicesClient } from '../rpc/services.client.js';

/**
 * A mentorship's life, for its two people: the agreement both accept, goals
 * and progress, pause, resume, completion and early end. Matching checks that
 * the caller is the mentor or the mentee (staff may read one, from the stalled list).
 */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('api/v1/matching/mentorships')
@UseGuards(JwtAuthGuard)
@Roles(Role.Student, Role.Alumnus)
@ApiForbiddenResponse({ description: 'Not one of the pair, or not a student or alumnus' })
export class MentorshipsController {
  constructor(private readonly services: ServicesClient) {}

  @Get()
  @ApiOperation({ summary: 'My mentorships, as mentor or mentee, open ones first' })
  @ApiQueryFrom(ListMentorshipsQuery)
  @ApiOkResponse({ type: MentorshipPage })
  list(@CurrentActor() actor: ActorRef, @Query() query: ListMentorshipsQuery): Promise<MentorshipPage> {
    return this.services.call(LIST_MY_MENTORSHIPS, query, actor);
  }

  @Get(':mentorshipId')
  @Roles(Role.Student, Role.Alumnus, Role.Staff, Role.Admin)
  @ApiOperation({ summary: 'One mentorship: the pair, the agreement, the goals and their progress' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiNotFoundResponse({ description: 'No such mentorship' })
  get(@CurrentActor() actor: ActorRef, @Param() ref: MentorshipIdParam): Promise<MentorshipView> {
    return this.services.call(GET_MENTORSHIP, ref, actor);
  }

  @Post(':mentorshipId/agreement/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the agreement; the second side to accept starts the mentorship' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiNotFoundResponse({ description: 'No such mentorship' })
  @ApiConflictResponse({ description: 'The mentorship is no longer a proposal' })
  acceptAgreement(@CurrentActor() actor: ActorRef, @Param() ref: MentorshipIdParam): Promise<MentorshipView> {
    return this.services.call(ACCEPT_AGREEMENT, ref, actor);
  }

  @Post(':mentorshipId/agreement/decline')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decline the proposal: the mentor’s place is freed, the mentee is back in the pool',
  })
  @ApiOkResponse({ type: MentorshipView })
  @ApiNotFoundResponse({ description: 'No such mentorship' })
  @ApiConflictResponse({ description: 'The mentorship is no longer a proposal' })
  declineProposal(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorshipIdParam,
    @Body() body: MentorshipNoteBody,
  ): Promise<MentorshipView> {
    return this.services.call(DECLINE_PROPOSAL, { ...body, mentorshipId: ref.mentorshipId }, actor);
  }

  @Patch(':mentorshipId/agreement')
  @ApiOperation({ summary: 'Change the rhythm or the duration while proposed: the other side accepts again' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, naming the field' })
  @ApiNotFoundResponse({ description: 'No such mentorship' })
  @ApiConflictResponse({ description: 'The mentorship is no longer a proposal' })
  updateAgreement(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorshipIdParam,
    @Body() body: UpdateAgreementBody,
  ): Promise<MentorshipView> {
    return this.services.call(UPDATE_AGREEMENT, { ...body, mentorshipId: ref.mentorshipId }, actor);
  }

  @Post(':mentorshipId/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause an active mentorship (the place stays held)' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiConflictResponse({ description: 'The mentorship is not active' })
  pause(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorshipIdParam,
    @Body() body: MentorshipNoteBody,
  ): Promise<MentorshipView> {
    return this.services.call(PAUSE_MENTORSHIP, { ...body, mentorshipId: ref.mentorshipId }, actor);
  }

  @Post(':mentorshipId/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a paused mentorship' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiConflictResponse({ description: 'The mentorship is not paused' })
  resume(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorshipIdParam,
    @Body() body: MentorshipNoteBody,
  ): Promise<MentorshipView> {
    return this.services.call(RESUME_MENTORSHIP, { ...body, mentorshipId: ref.mentorshipId }, actor);
  }

  @Post(':mentorshipId/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete the mentorship at its term: the mentor’s place is freed' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiConflictResponse({ description: 'The mentorship is not active or paused' })
  complete(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorshipIdParam,
    @Body() body: MentorshipNoteBody,
  ): Promise<MentorshipView> {
    return this.services.call(COMPLETE_MENTORSHIP, { ...body, mentorshipId: ref.mentorshipId }, actor);
  }

  @Post(':mentorshipId/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'End early, with a reason: the mentor’s place is freed, the history is kept' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: the reason is missing or unknown' })
  @ApiConflictResponse({ description: 'The mentorship is already over' })
  end(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorshipIdParam,
    @Body() body: EndMentorshipBody,
  ): Promise<MentorshipView> {
    return this.services.call(END_MENTORSHIP, { ...body, mentorshipId: ref.mentorshipId }, actor);
  }

  @Post(':mentorshipId/goals')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a SMART goal (title and target date)' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, naming the field' })
  addGoal(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorshipIdParam,
    @Body() body: MentorshipGoalBody,
  ): Promise<MentorshipView> {
    return this.services.call(ADD_MENTORSHIP_GOAL, { ...body, mentorshipId: ref.mentorshipId }, actor);
  }

  @Patch(':mentorshipId/goals/:goalId')
  @ApiOperation({ summary: 'Change a goal’s title or target date' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiNotFoundResponse({ description: 'No such mentorship or goal' })
  updateGoal(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorshipGoalParam,
    @Body() body: MentorshipGoalBody,
  ): Promise<MentorshipView> {
    return this.services.call(UPDATE_MENTORSHIP_GOAL, { ...body, ...ref }, actor);
  }

  @Post(':mentorshipId/goals/:goalId/progress')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record progress on a goal (percent and a note), by the mentee or the mentor' })
  @ApiOkResponse({ type: MentorshipView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, naming the field' })
  @ApiNotFoundResponse({ description: 'No such mentorship or goal' })
  recordProgress(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorshipGoalParam,
    @Body() body: GoalProgressBody,
  ): Promise<MentorshipView> {
    return this.services.call(RECORD_GOAL_PROGRESS, { ...body, ...ref }, actor);
  }
}
