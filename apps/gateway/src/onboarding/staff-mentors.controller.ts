import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  APPROVE_MENTOR,
  ApproveMentorBody,
  GET_MENTOR_FOR_STAFF,
  LIST_MENTORS_FOR_STAFF,
  ListMentorsForStaffRequest,
  MentorAccountRef,
  MentorQueueEntry,
  MentorQueuePage,
  MentorReasonBody,
  REJECT_MENTOR,
  Role,
  SUSPEND_MENTOR,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ServicesClient } from '../rpc/services.client.js';

/** Staff: the mentor approval queue and the decisions on each mentor (all audited). */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('api/v1/staff/mentors')
@UseGuards(JwtAuthGuard)
@Roles(Role.Staff, Role.Admin)
export class StaffMentorsController {
  constructor(private readonly services: ServicesClient) {}

  @Get()
  @ApiOperation({ summary: 'Mentors (by status), oldest request first, with charter and training status' })
  @ApiOkResponse({ type: MentorQueuePage })
  list(
    @CurrentActor() actor: ActorRef,
    @Query() query: ListMentorsForStaffRequest,
  ): Promise<MentorQueuePage> {
    return this.services.call(LIST_MENTORS_FOR_STAFF, query, actor);
  }

  @Get(':accountId')
  @ApiOkResponse({ type: MentorQueueEntry })
  @ApiNotFoundResponse({ description: 'This person never asked to become a mentor' })
  get(@CurrentActor() actor: ActorRef, @Param() ref: MentorAccountRef): Promise<MentorQueueEntry> {
    return this.services.call(GET_MENTOR_FOR_STAFF, ref, actor);
  }

  @Post(':accountId/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a pending mentor, or reinstate a suspended one' })
  @ApiOkResponse({ type: MentorQueueEntry })
  @ApiConflictResponse({ description: 'The decision does not apply to the current status' })
  approve(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorAccountRef,
    @Body() body: ApproveMentorBody,
  ): Promise<MentorQueueEntry> {
    return this.services.call(APPROVE_MENTOR, { ...body, accountId: ref.accountId }, actor);
  }

  @Post(':accountId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending mentor, with a reason' })
  @ApiOkResponse({ type: MentorQueueEntry })
  @ApiConflictResponse({ description: 'The decision does not apply to the current status' })
  reject(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorAccountRef,
    @Body() body: MentorReasonBody,
  ): Promise<MentorQueueEntry> {
    return this.services.call(REJECT_MENTOR, { ...body, accountId: ref.accountId }, actor);
  }

  @Post(':accountId/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend an approved mentor, with a reason' })
  @ApiOkResponse({ type: MentorQueueEntry })
  @ApiConflictResponse({ description: 'The decision does not apply to the current status' })
  suspend(
    @CurrentActor() actor: ActorRef,
    @Param() ref: MentorAccountRef,
    @Body() body: MentorReasonBody,
  ): Promise<MentorQueueEntry> {
    return this.services.call(SUSPEND_MENTOR, { ...body, accountId: ref.accountId }, actor);
  }
}
