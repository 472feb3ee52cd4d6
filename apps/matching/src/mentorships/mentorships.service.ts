import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ErrorCode,
  pageOf,
  type AddMentorshipGoalRequest,
  type EndMentorshipRequest,
  type ListMentorshipsQuery,
  type MentorshipIdParam,
  type MentorshipNoteRequest,
  type MentorshipView,
  type Page,
  type RecordGoalProgressRequest,
  type UpdateAgreementRequest,
  type UpdateMentorshipGoalRequest,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { DATA_SOURCE } from '../tokens.js';
import { GoalProgress } from './goal-progress.entity.js';
import { releaseMentorPlace } from './mentor-places.js';
import { announceMentorship, announceMentorshipEnd } from './mentorship-events.js';
import { MentorshipGoal } from './mentorship-goal.entity.js';
import {
  assertAllowed,
  readerSideOf,
  requireParty,
  type MentorshipAction,
  type PartySide,
} from './mentorship-rules.js';
import { mentorshipViews } from './mentorship-views.js';
import { Mentorship } from './mentorship.entity.js';

/** A change made by one of the pair, inside the transaction that holds the mentorship's row lock. */
type Change = (manager: EntityManager, mentorship: Mentorship, side: PartySide, now: Date) => Promise<void>;

/**
 * A mentorship's life once proposed: the agreement both sides accept (the
 * second acceptance starts it), pause and resume, completion or early end
 * (which give the mentor's place back), and the goals the pair follow.
 * Every change locks the mentorship's row, checks who and in which state,
 * counts as activity (what "stalled" is measured from) and announces itself
 * through the outbox in the same transaction.
 */
@Injectable()
export class MentorshipsService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async get(actor: ActorRef, { mentorshipId }: MentorshipIdParam): Promise<MentorshipView> {
    const mentorship = await this.dataSource.manager.findOneBy(Mentorship, { id: mentorshipId });
    if (!mentorship) throw notFound(mentorshipId);
    const side = readerSideOf(mentorship, actor);
    const [view] = await mentorshipViews(this.dataSource.manager, [mentorship], () => side);
    return view!;
  }

  /** The caller's mentorships as mentor or mentee: open ones first, then the newest. */
  async listMine(actor: ActorRef, query: ListMentorshipsQuery): Promise<Page<MentorshipView>> {
    const { page, pageSize, offset } = pageOf(query);
    const builder = this.dataSource.manager
      .createQueryBuilder(Mentorship, 'mentorship')
      .where('(mentorship.mentor_id = :me OR mentorship.mentee_id = :me)', { me: actor.userId })
      .orderBy(`CASE WHEN mentorship.status IN ('proposed', 'active', 'paused') THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('mentorship.proposed_at', 'DESC')
      .addOrderBy('mentorship.id', 'ASC')
      .skip(offset)
      .take(pageSize);
    if (query.status) builder.andWhere('mentorship.status = :status', { status: query.status });
    const [mentorships, total] = await builder.getManyAndCount();
    const items = await mentorshipViews(this.dataSource.manager, mentorships, (mentorship) =>
      readerSideOf(mentorship, actor),
    );
    return { items, total, page, pageSize };
  }

  acceptAgreement(actor: ActorRef, { mentorshipId }: MentorshipIdParam): Promise<MentorshipView> {
    return this.change(actor, mentorshipId, 'accept-agreement', async (manager, mentorship, side, now) => {
      const acceptedAt = side === 'mentor' ? mentorship.mentorAcceptedAt : mentorship.menteeAcceptedAt;
      if (acceptedAt) {
        throw new DomainError(ErrorCode.CONFLICT, 'You have already accepted this agreement', { side });
      }
      if (side === 'mentor') mentorship.mentorAcceptedAt = now;
      else mentorship.menteeAcceptedAt = now;
      if (mentorship.mentorAcceptedAt && mentorship.menteeAcceptedAt) {
        mentorship.status = 'active';
        mentorship.startedAt = now;
        await manager.save(mentorship);
        await announceMentorship(manager, 'started', mentorship, now);
      }
    });
  }

  declineProposal(actor: ActorRef, input: MentorshipNoteRequest): Promise<MentorshipView> {
    return this.change(
      actor,
      input.mentorshipId,
      'decline-proposal',
      async (manager, mentorship, _side, now) => {
        mentorship.status = 'declined';
        mentorship.endedAt = now;
        mentorship.endNote = input.note ?? null;
        await releaseMentorPlace(manager, mentorship.mentorId);
        // Nothing is announced: a proposal that never started changes nothing for other services.
      },
    );
  }

  updateAgreement(actor: ActorRef, input: UpdateAgreementRequest): Promise<MentorshipView> {
    return this.change(actor, input.mentorshipId, 'update-agreement', async (_manager, mentorship, side) => {
      const { meetingMinutesPerMonth, durationMonths } = input;
      const changed =
        (meetingMinutesPerMonth !== undefined &&
          meetingMinutesPerMonth !== mentorship.meetingMinutesPerMonth) ||
        (durationMonths !== undefined && durationMonths !== mentorship.durationMonths);
      if (!changed) return;
      mentorship.meetingMinutesPerMonth = meetingMinutesPerMonth ?? mentorship.meetingMinutesPerMonth;
      mentorship.durationMonths = durationMonths ?? mentorship.durationMonths;
      // The other side agreed to something else: they accept again.
      if (side === 'mentor') mentorship.menteeAcceptedAt = null;
      else mentorship.mentorAcceptedAt = null;
    });
  }

  pause(actor: ActorRef, input: MentorshipNoteRequest): Promise<MentorshipView> {
    return this.change(actor, input.mentorshipId, 'pause', async (manager, mentorship, _side, now) => {
      mentorship.status = 'paused';
      mentorship.pausedAt = now;
      await manager.save(mentorship);
      await announceMentorship(manager, 'paused', mentorship, now);
    });
  }

  resume(actor: ActorRef, input: MentorshipNoteRequest): Promise<MentorshipView> {
    return this.change(actor, input.mentorshipId, 'resume', async (_manager, mentorship) => {
      mentorship.status = 'active';
      mentorship.pausedAt = null;
    });
  }

  complete(actor: ActorRef, input: MentorshipNoteRequest): Promise<MentorshipView> {
    return this.change(actor, input.mentorshipId, 'complete', async (manager, mentorship, _side, now) => {
      mentorship.status = 'completed';
      mentorship.endNote = input.note ?? null;
      await this.finish(manager, mentorship, now);
    });
  }

  end(actor: ActorRef, input: EndMentorshipRequest): Promise<MentorshipView> {
    return this.change(actor, input.mentorshipId, 'end', async (manager, mentorship, _side, now) => {
      mentorship.status = 'ended';
      mentorship.endReason = input.reason;
      mentorship.endNote = input.note ?? null;
      await this.finish(manager, mentorship, now);
    });
  }

  addGoal(actor: ActorRef, { mentorshipId, goal }: AddMentorshipGoalRequest): Promise<MentorshipView> {
    assertNotPast(goal.targetDate);
    return this.change(actor, mentorshipId, 'edit-goals', async (manager) => {
      await manager.insert(MentorshipGoal, { mentorshipId, title: goal.title, targetDate: goal.targetDate });
    });
  }

  updateGoal(
    actor: ActorRef,
    { mentorshipId, goalId, goal }: UpdateMentorshipGoalRequest,
  ): Promise<MentorshipView> {
    return this.change(actor, mentorshipId, 'edit-goals', async (manager) => {
      await this.goalOf(manager, mentorshipId, goalId);
      await manager.update(
        MentorshipGoal,
        { id: goalId },
        { title: goal.title, targetDate: goal.targetDate },
      );
    });
  }

  recordProgress(actor: ActorRef, input: RecordGoalProgressRequest): Promise<MentorshipView> {
    const { mentorshipId, goalId, percent, note } = input;
    return this.change(actor, mentorshipId, 'edit-goals', async (manager, _mentorship, side) => {
      await this.goalOf(manager, mentorshipId, goalId);
      await manager.insert(GoalProgress, {
        goalId,
        percent,
        note: note ?? null,
        authorSide: side,
        authorId: actor.userId,
      });
    });
  }

  /** Completion and early end: the place goes back to the mentor, and the end is announced. */
  private async finish(manager: EntityManager, mentorship: Mentorship, now: Date): Promise<void> {
    mentorship.endedAt = now;
    mentorship.pausedAt = null;
    await manager.save(mentorship);
    await releaseMentorPlace(manager, mentorship.mentorId);
    await announceMentorshipEnd(manager, mentorship, now);
  }

  private async change(
    actor: ActorRef,
    mentorshipId: string,
    action: MentorshipAction,
    apply: Change,
  ): Promise<MentorshipView> {
    const mentorship = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(Mentorship, {
        where: { id: mentorshipId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked) throw notFound(mentorshipId);
      const side = requireParty(locked, actor);
      assertAllowed(locked.status, action);
      const now = new Date();
      await apply(manager, locked, side, now);
      locked.lastActivityAt = now;
      return manager.save(locked);
    });
    return this.get(actor, { mentorshipId: mentorship.id });
  }

  private async goalOf(
    manager: EntityManager,
    mentorshipId: string,
    goalId: string,
  ): Promise<MentorshipGoal> {
    const goal = await manager.findOneBy(MentorshipGoal, { id: goalId, mentorshipId });
    if (!goal) throw new DomainError(ErrorCode.NOT_FOUND, 'This mentorship has no such goal', { goalId });
    return goal;
  }
}

function notFound(mentorshipId: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, 'No such mentorship', { mentorshipId });
}

/** A new goal aims at today or later. */
function assertNotPast(targetDate: string): void {
  if (targetDate < new Date().toISOString().slice(0, 10)) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'goal.targetDate must be today or later', {
      fields: [{ field: 'goal.targetDate', messages: ['goal.targetDate must be today or later'] }],
    });
  }
}
