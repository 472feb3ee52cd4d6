import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ErrorCode,
  Role,
  type ApproveMentorRequest,
  type ListMentorsForStaffRequest,
  type MentorCharterStatus,
  type MentorDecisionWithReasonRequest,
  type MentorQueueEntry,
  type MentorQueuePage,
  type MyOnboardingView,
  type OnboardingStepView,
  type RequestMentorshipRoleRequest,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { auditActor, AuditTrail } from '../audit/audit-trail.js';
import { DirectoryIndexer } from '../directory/directory-indexer.js';
import { requireStaff } from '../common/require-staff.js';
import { DATA_SOURCE } from '../tokens.js';
import { CharterAcceptance } from './charter-acceptance.entity.js';
import { CharterVersion } from './charter-version.entity.js';
import { MentorAvailability } from './mentor-availability.service.js';
import { statusAfter, statusesAllowing, type MentorDecision } from './mentor-decision.js';
import { MentorQueueReader } from './mentor-queue.reader.js';
import { Mentor } from './mentor.entity.js';
import { CHARTER_SIGNERS, MENTOR_ROLES, requireRole } from './onboarding-roles.js';

/** The decision in the past tense, as audit actions (`mentor.approved`) and messages say it. */
const DONE: Record<MentorDecision, string> = {
  approve: 'approved',
  reject: 'rejected',
  suspend: 'suspended',
};

@Injectable()
export class MentorsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly availability: MentorAvailability,
    private readonly queue: MentorQueueReader,
  ) {}

  /**
   * An alumnus asks to become a mentor: they join the staff's queue. Asking
   * again while pending or approved changes nothing; after a rejection it is
   * a new request; a suspended mentor must talk to the association.
   */
  async request(actor: ActorRef, request: RequestMentorshipRoleRequest): Promise<MyOnboardingView> {
    requireRole(actor, MENTOR_ROLES, 'Becoming a mentor');
    await this.dataSource.transaction(async (manager) => {
      const mentor = await manager.findOne(Mentor, {
        where: { accountId: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (mentor?.status === 'suspended') {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'Your mentoring is suspended: please contact the association',
        );
      }
      if (mentor && mentor.status !== 'rejected') return;
      await manager.save(Mentor, {
        accountId: actor.userId,
        status: 'pending',
        motivation: request.motivation ?? null,
        requestedAt: new Date(),
        available: false,
      });
      await this.audit.record(manager, {
        ...auditActor(actor),
        action: 'mentor.requested',
        subjectId: actor.userId,
        details: { previousStatus: mentor?.status ?? null },
      });
    });
    return this.myOnboarding(actor);
  }

  /** The onboarding steps done and missing: students have the charter only. */
  async myOnboarding(actor: ActorRef): Promise<MyOnboardingView> {
    requireRole(actor, CHARTER_SIGNERS, 'Onboarding');
    const entry = actor.role === Role.Alumnus ? await this.queue.entry(actor.userId) : null;
    const charter = entry?.charter ?? (await this.charterStatusOf(this.dataSource.manager, actor.userId));
    const steps: OnboardingStepView[] =
      actor.role === Role.Alumnus
        ? [
            { step: 'mentor-request', done: entry !== null },
            { step: 'charter', done: charter.current },
            { step: 'training', done: entry?.training.complete ?? false },
            { step: 'approval', done: entry?.status === 'approved' },
          ]
        : [{ step: 'charter', done: charter.current }];
    return {
      steps,
      missing: steps.filter((step) => !step.done).map((step) => step.step),
      mentorStatus: entry?.status ?? null,
      available: entry?.available ?? false,
      decisionReason: entry?.decisionReason ?? null,
      charter,
      training: entry?.training ?? null,
    };
  }

  async list(actor: ActorRef, query: ListMentorsForStaffRequest): Promise<MentorQueuePage> {
    requireStaff(actor);
    return this.queue.page(query);
  }

  async get(actor: ActorRef, accountId: string): Promise<MentorQueueEntry> {
    requireStaff(actor);
    const entry = await this.queue.entry(accountId);
    if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'This person has not asked to become a mentor');
    return entry;
  }

  approve(actor: ActorRef, request: ApproveMentorRequest): Promise<MentorQueueEntry> {
    return this.decide(actor, request.accountId, 'approve', request.note ?? null);
  }

  reject(actor: ActorRef, request: MentorDecisionWithReasonRequest): Promise<MentorQueueEntry> {
    return this.decide(actor, request.accountId, 'reject', request.reason);
  }

  suspend(actor: ActorRef, request: MentorDecisionWithReasonRequest): Promise<MentorQueueEntry> {
    return this.decide(actor, request.accountId, 'suspend', request.reason);
  }

  /** A staff decision: the status, its audit entry and its events change together or not at all. */
  private async decide(
    actor: ActorRef,
    accountId: string,
    decision: MentorDecision,
    reason: string | null,
  ): Promise<MentorQueueEntry> {
    requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      const mentor = await manager.findOne(Mentor, {
        where: { accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!mentor) throw new DomainError(ErrorCode.NOT_FOUND, 'This person has not asked to become a mentor');
      const next = statusAfter(mentor.status, decision);
      if (!next) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `Only a mentor who is ${statusesAllowing(decision).join(' or ')} can be ${DONE[decision]}; this one is ${mentor.status}`,
          { status: mentor.status },
        );
      }
      const now = new Date();
      await manager.update(
        Mentor,
        { accountId },
        {
          status: next,
          decidedAt: now,
          decidedBy: actor.userId,
          // Shown to the person: the why of a refusal or suspension; an approval clears it.
          decisionReason: decision === 'approve' ? null : reason,
        },
      );
      await this.audit.record(manager, {
        ...auditActor(actor),
        action: `mentor.${DONE[decision]}`,
        subjectId: accountId,
        reason,
        details: { from: mentor.status, to: next },
      });
      if (next === 'approved' || next === 'suspended')
        await this.availability.announce(manager, accountId, next, now);
      const availability = await this.availability.refresh(manager, accountId, now);
      // The directory shows staff the status; refresh already updated it if availability changed.
      if (!availability?.changed) await DirectoryIndexer.refresh(manager, accountId);
      return (await this.queue.entry(accountId, manager))!;
    });
  }

  private async charterStatusOf(manager: EntityManager, accountId: string): Promise<MentorCharterStatus> {
    const [current] = await manager.find(CharterVersion, { order: { version: 'DESC' }, take: 1 });
    const [latest] = await manager.find(CharterAcceptance, {
      where: { accountId },
      order: { version: 'DESC' },
      take: 1,
    });
    const currentVersion = current?.version ?? 0;
    return {
      acceptedVersion: latest?.version ?? null,
      acceptedAt: latest?.acceptedAt.toISOString() ?? null,
      currentVersion,
      current: latest !== undefined && latest.version === currentVersion,
    };
  }
}
