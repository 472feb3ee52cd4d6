import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ACCEPT_AGREEMENT,
  ADD_MENTORSHIP_GOAL,
  AddMentorshipGoalRequest,
  COMPLETE_MENTORSHIP,
  DECLINE_PROPOSAL,
  END_MENTORSHIP,
  EndMentorshipRequest,
  GET_MENTORSHIP,
  LIST_MY_MENTORSHIPS,
  LIST_STALLED_MENTORSHIPS,
  ListMentorshipsQuery,
  MentorshipIdParam,
  MentorshipNoteRequest,
  PageQuery,
  PAUSE_MENTORSHIP,
  RECORD_GOAL_PROGRESS,
  RecordGoalProgressRequest,
  RESUME_MENTORSHIP,
  UPDATE_AGREEMENT,
  UPDATE_MENTORSHIP_GOAL,
  UpdateAgreementRequest,
  UpdateMentorshipGoalRequest,
  type MentorshipView,
  type Page,
  type StalledMentorshipView,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { MentorshipsService } from './mentorships.service.js';
import { StalledMentorshipsService } from './stalled-mentorships.service.js';

@Controller()
export class MentorshipsHandler {
  constructor(
    private readonly mentorships: MentorshipsService,
    private readonly stalled: StalledMentorshipsService,
  ) {}

  @MessagePattern(GET_MENTORSHIP)
  get(@Actor() actor: ActorRef, @Payload() input: MentorshipIdParam): Promise<MentorshipView> {
    return this.mentorships.get(actor, input);
  }

  @MessagePattern(LIST_MY_MENTORSHIPS)
  listMine(@Actor() actor: ActorRef, @Payload() query: ListMentorshipsQuery): Promise<Page<MentorshipView>> {
    return this.mentorships.listMine(actor, query);
  }

  @MessagePattern(ACCEPT_AGREEMENT)
  acceptAgreement(@Actor() actor: ActorRef, @Payload() input: MentorshipIdParam): Promise<MentorshipView> {
    return this.mentorships.acceptAgreement(actor, input);
  }

  @MessagePattern(DECLINE_PROPOSAL)
  declineProposal(
    @Actor() actor: ActorRef,
    @Payload() input: MentorshipNoteRequest,
  ): Promise<MentorshipView> {
    return this.mentorships.declineProposal(actor, input);
  }

  @MessagePattern(UPDATE_AGREEMENT)
  updateAgreement(
    @Actor() actor: ActorRef,
    @Payload() input: UpdateAgreementRequest,
  ): Promise<MentorshipView> {
    return this.mentorships.updateAgreement(actor, input);
  }

  @MessagePattern(PAUSE_MENTORSHIP)
  pause(@Actor() actor: ActorRef, @Payload() input: MentorshipNoteRequest): Promise<MentorshipView> {
    return this.mentorships.pause(actor, input);
  }

  @MessagePattern(RESUME_MENTORSHIP)
  resume(@Actor() actor: ActorRef, @Payload() input: MentorshipNoteRequest): Promise<MentorshipView> {
    return this.mentorships.resume(actor, input);
  }

  @MessagePattern(COMPLETE_MENTORSHIP)
  complete(@Actor() actor: ActorRef, @Payload() input: MentorshipNoteRequest): Promise<MentorshipView> {
    return this.mentorships.complete(actor, input);
  }

  @MessagePattern(END_MENTORSHIP)
  end(@Actor() actor: ActorRef, @Payload() input: EndMentorshipRequest): Promise<MentorshipView> {
    return this.mentorships.end(actor, input);
  }

  @MessagePattern(ADD_MENTORSHIP_GOAL)
  addGoal(@Actor() actor: ActorRef, @Payload() input: AddMentorshipGoalRequest): Promise<MentorshipView> {
    return this.mentorships.addGoal(actor, input);
  }

  @MessagePattern(UPDATE_MENTORSHIP_GOAL)
  updateGoal(
    @Actor() actor: ActorRef,
    @Payload() input: UpdateMentorshipGoalRequest,
  ): Promise<MentorshipView> {
    return this.mentorships.updateGoal(actor, input);
  }

  @MessagePattern(RECORD_GOAL_PROGRESS)
  recordProgress(
    @Actor() actor: ActorRef,
    @Payload() input: RecordGoalProgressRequest,
  ): Promise<MentorshipView> {
    return this.mentorships.recordProgress(actor, input);
  }

  @MessagePattern(LIST_STALLED_MENTORSHIPS)
  listStalled(@Actor() actor: ActorRef, @Payload() query: PageQuery): Promise<Page<StalledMentorshipView>> {
    return this.stalled.list(actor, query);
  }
}
