import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  APPROVE_MENTOR,
  ApproveMentorRequest,
  GET_MENTOR_FOR_STAFF,
  GET_MY_ONBOARDING,
  LIST_MENTORS_FOR_STAFF,
  ListMentorsForStaffRequest,
  MentorAccountRef,
  MentorDecisionWithReasonRequest,
  REJECT_MENTOR,
  REQUEST_MENTORSHIP_ROLE,
  RequestMentorshipRoleRequest,
  SUSPEND_MENTOR,
  type MentorQueueEntry,
  type MentorQueuePage,
  type MyOnboardingView,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { MentorsService } from './mentors.service.js';

@Controller()
export class MentorsHandler {
  constructor(private readonly mentors: MentorsService) {}

  @MessagePattern(REQUEST_MENTORSHIP_ROLE)
  request(
    @Actor() actor: ActorRef,
    @Payload() request: RequestMentorshipRoleRequest,
  ): Promise<MyOnboardingView> {
    return this.mentors.request(actor, request);
  }

  @MessagePattern(GET_MY_ONBOARDING)
  mine(@Actor() actor: ActorRef): Promise<MyOnboardingView> {
    return this.mentors.myOnboarding(actor);
  }

  @MessagePattern(LIST_MENTORS_FOR_STAFF)
  list(@Actor() actor: ActorRef, @Payload() query: ListMentorsForStaffRequest): Promise<MentorQueuePage> {
    return this.mentors.list(actor, query);
  }

  @MessagePattern(GET_MENTOR_FOR_STAFF)
  get(@Actor() actor: ActorRef, @Payload() ref: MentorAccountRef): Promise<MentorQueueEntry> {
    return this.mentors.get(actor, ref.accountId);
  }

  @MessagePattern(APPROVE_MENTOR)
  approve(@Actor() actor: ActorRef, @Payload() request: ApproveMentorRequest): Promise<MentorQueueEntry> {
    return this.mentors.approve(actor, request);
  }

  @MessagePattern(REJECT_MENTOR)
  reject(
    @Actor() actor: ActorRef,
    @Payload() request: MentorDecisionWithReasonRequest,
  ): Promise<MentorQueueEntry> {
    return this.mentors.reject(actor, request);
  }

  @MessagePattern(SUSPEND_MENTOR)
  suspend(
    @Actor() actor: ActorRef,
    @Payload() request: MentorDecisionWithReasonRequest,
  ): Promise<MentorQueueEntry> {
    return this.mentors.suspend(actor, request);
  }
}
