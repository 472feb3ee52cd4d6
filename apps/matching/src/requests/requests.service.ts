import { Inject, Injectable } from '@nestjs/common';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  ErrorCode,
  OPEN_REQUEST_STATUSES,
  type CreateMentoringRequest,
  type MentoringRequestView,
  type RequestIdParam,
  type RequestInfoMessage,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { markMembersActive } from '../activity/member-activity.js';
import { uniqueViolationOf } from '../database/unique-violation.js';
import { Member } from '../members/member.entity.js';
import { findProgramme } from '../programmes/programme-lookup.js';
import type { Programme } from '../programmes/programme.entity.js';
import { MENTEE_ROLE } from '../suggestions/member-facts.js';
import { ProfilesClient } from '../profiles-client/profiles.client.js';
import { DATA_SOURCE } from '../tokens.js';
import { mentorRefusal, type MentorRefusal } from './mentor-refusal.js';
import { RequestChoice } from './request-choice.entity.js';
import { RequestExchange } from './request-exchange.entity.js';
import { sendToChoice } from './request-routing.js';
import { arePaired, closeWaitingChoices, lockRequest, requireOpen } from './request-store.js';
import { requestView } from './request-views.js';
import { MentoringRequest } from './request.entity.js';

const REFUSALS: Record<MentorRefusal, { code: ErrorCode; text: string }> = {
  'not-mentoring': { code: ErrorCode.CONFLICT, text: 'is not taking mentees at the moment' },
  'no-free-place': { code: ErrorCode.CAPACITY_REACHED, text: 'has no free place left' },
  'already-paired': { code: ErrorCode.CONFLICT, text: 'is already your mentor' },
};

/** What a mentee does with their requests: send one, answer a mentor's question, withdraw. */
@Injectable()
export class RequestsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly profiles: ProfilesClient,
  ) {}

  /**
   * Checks every choice before anything is written, and says which one is
   * wrong; then stores the request and sends it to the first choice. The
   * database has the last word on "one open request per programme" and "no
   * second open request to the same mentor" (partial unique indexes), so two
   * requests sent at the same moment cannot both pass.
   */
  async create(actor: ActorRef, input: CreateMentoringRequest): Promise<MentoringRequestView> {
    const now = new Date();
    const programme = await findProgramme(this.dataSource.manager, input.programmeId);
    const menteeRole = MENTEE_ROLE[programme.mode];
    if (actor.role !== menteeRole) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `Asking for a mentor in this programme is for: ${menteeRole}`,
      );
    }
    if (input.mentorIds.includes(actor.userId)) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'mentorIds: you cannot ask yourself', {
        fields: [{ field: 'mentorIds', messages: ['mentorIds must not name yourself'] }],
      });
    }
    const mentors = await this.checkChoices(actor.userId, input.mentorIds, programme, now);
    await this.requireCharter(actor.userId, mentors);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.requireNothingOpen(manager, actor.userId, programme, mentors);
        const request = await manager.save(
          manager.create(MentoringRequest, {
            programmeId: programme.id,
            mode: programme.mode,
            menteeId: actor.userId,
            message: input.message,
            status: 'pending',
            currentRank: 1,
          }),
        );
        const choices = await manager.save(
          mentors.map((mentor, index) =>
            manager.create(RequestChoice, {
              requestId: request.id,
              rank: index + 1,
              mentorId: mentor.accountId,
              menteeId: actor.userId,
              outcome: 'waiting',
            }),
          ),
        );
        await sendToChoice(manager, request, choices[0]!, programme, now);
        await markMembersActive(manager, [actor.userId], now);
        return requestView(manager, request);
      });
    } catch (error) {
      throw openRequestConflict(uniqueViolationOf(error)) ?? error;
    }
  }

  /** The mentee answers the mentor's question; the mentor's expiry clock starts again where it stopped. */
  async answerInfo(actor: ActorRef, input: RequestInfoMessage): Promise<MentoringRequestView> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const { request, current } = await lockRequest(manager, input.requestId);
      requireMentee(actor, request);
      requireOpen(request);
      if (request.status !== 'info-requested' || !current.infoRequestedAt) {
        throw new DomainError(ErrorCode.CONFLICT, 'No question is waiting for your answer on this request');
      }
      await manager.insert(RequestExchange, {
        requestId: request.id,
        rank: current.rank,
        authorSide: 'mentee',
        authorId: actor.userId,
        text: input.text,
      });
      // The clock was stopped while the mentee had the question: the mentor keeps the time they had left.
      const paused = now.getTime() - current.infoRequestedAt.getTime();
      current.expiresAt = new Date((current.expiresAt ?? now).getTime() + paused);
      current.infoRequestedAt = null;
      request.status = 'pending';
      await manager.save([current]);
      await manager.save(request);
      await markMembersActive(manager, [actor.userId], now);
      return requestView(manager, request);
    });
  }

  /** The mentee takes an open request back; every choice still waiting is closed. */
  async withdraw(actor: ActorRef, input: RequestIdParam): Promise<MentoringRequestView> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const { request, choices } = await lockRequest(manager, input.requestId);
      requireMentee(actor, request);
      requireOpen(request);
      await closeWaitingChoices(manager, choices, 'withdrawn');
      request.status = 'withdrawn';
      await manager.save(request);
      await markMembersActive(manager, [actor.userId], now);
      return requestView(manager, request);
    });
  }

  /** The mentors of the choices, in rank order, each able to take the mentee now; else the first wrong one's error. */
  private async checkChoices(
    menteeId: string,
    mentorIds: string[],
    programme: Programme,
    now: Date,
  ): Promise<Member[]> {
    const manager = this.dataSource.manager;
    const found = await manager.findBy(Member, { accountId: In(mentorIds) });
    const byId = new Map(found.map((member) => [member.accountId, member]));
    const mentors: Member[] = [];
    for (const [index, mentorId] of mentorIds.entries()) {
      const mentor = byId.get(mentorId);
      if (!mentor) {
        throw new DomainError(ErrorCode.NOT_FOUND, `Choice ${index + 1}: there is no mentor with this id`, {
          mentorId,
        });
      }
      const refusal = mentorRefusal(
        mentor,
        programme.mode,
        await arePaired(manager, mentorId, menteeId),
        now,
      );
      if (refusal) {
        const { code, text } = REFUSALS[refusal];
        throw new DomainError(code, `Choice ${index + 1} (${mentor.displayName}) ${text}`, {
          mentorId,
          rank: index + 1,
          refusal,
        });
      }
      mentors.push(mentor);
    }
    return mentors;
  }

  /** Nobody is matched unless both accepted the charter version current now (asked to profiles). */
  private async requireCharter(menteeId: string, mentors: Member[]): Promise<void> {
    const missing = await this.profiles.withoutCurrentCharter([menteeId, ...mentors.map((m) => m.accountId)]);
    if (missing.has(menteeId)) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'Please accept the current charter before asking for a mentor',
        { charter: 'not-accepted' },
      );
    }
    const index = mentors.findIndex((mentor) => missing.has(mentor.accountId));
    if (index >= 0) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `Choice ${index + 1} (${mentors[index]!.displayName}) is not taking mentees at the moment: they have not accepted the current charter`,
        { mentorId: mentors[index]!.accountId, rank: index + 1, refusal: 'charter-not-accepted' },
      );
    }
  }

  /** The friendly form of the two unique indexes, naming what is open already. */
  private async requireNothingOpen(
    manager: EntityManager,
    menteeId: string,
    programme: Programme,
    mentors: Member[],
  ): Promise<void> {
    const open = await manager.existsBy(MentoringRequest, {
      menteeId,
      programmeId: programme.id,
      status: In([...OPEN_REQUEST_STATUSES]),
    });
    if (open) throw openRequestConflict('requests_one_open_per_mentee_programme')!;
    const waiting = await manager.find(RequestChoice, {
      where: { menteeId, mentorId: In(mentors.map((m) => m.accountId)), outcome: 'waiting' },
    });
    const index = mentors.findIndex((mentor) =>
      waiting.some((choice) => choice.mentorId === mentor.accountId),
    );
    if (index >= 0) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `Choice ${index + 1} (${mentors[index]!.displayName}) already has an open request from you`,
        { mentorId: mentors[index]!.accountId, rank: index + 1 },
      );
    }
  }
}

function requireMentee(actor: ActorRef, request: MentoringRequest): void {
  if (request.menteeId !== actor.userId) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only the mentee who sent this request can do this');
  }
}

function openRequestConflict(constraint: string | undefined): DomainError | undefined {
  if (constraint === 'requests_one_open_per_mentee_programme') {
    return new DomainError(
      ErrorCode.CONFLICT,
      'You already have an open request in this programme: wait for its answer or withdraw it',
    );
  }
  if (constraint === 'request_choices_one_open_per_pair') {
    return new DomainError(ErrorCode.CONFLICT, 'You already have an open request to one of these mentors');
  }
  return undefined;
}
