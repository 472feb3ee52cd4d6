import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ErrorCode,
  REQUEST_ACCEPTED,
  REQUEST_DECLINED,
  type DeclineMentoringRequest,
  type MentoringRequestView,
  type RequestDeclinedEvent,
  type RequestIdParam,
  type RequestInfoMessage,
} from '@passerelle/contracts';
import { DomainError, recordEvent, type ActorRef } from '@passerelle/nest-common';
import { proposeMentorship } from '../mentorships/propose-mentorship.js';
import { findProgramme } from '../programmes/programme-lookup.js';
import { ProfilesClient } from '../profiles-client/profiles.client.js';
import { DATA_SOURCE } from '../tokens.js';
import { recordMentorAnswer } from './mentor-response-time.js';
import { RequestExchange } from './request-exchange.entity.js';
import { moveToNextChoice } from './request-routing.js';
import {
  closeWaitingChoices,
  lockRequest,
  requestEvent,
  requireOpen,
  type LockedRequest,
} from './request-store.js';
import { requestView } from './request-views.js';
import { MentoringRequest } from './request.entity.js';
import { RequestChoice } from './request-choice.entity.js';

/** What the mentor a request is with does: accept, decline, or ask the mentee a question. */
@Injectable()
export class RequestAnswersService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly profiles: ProfilesClient,
  ) {}

  /**
   * Proposes the mentorship (taking one of the mentor's places, in the
   * database: with one place left and two acceptances at once, the second
   * gets CAPACITY_REACHED and its request stays open) with the mentor's side
   * of the agreement accepted; the mentee then accepts theirs. Accepting
   * twice is a CONFLICT: the request is no longer open.
   */
  async accept(actor: ActorRef, input: RequestIdParam): Promise<MentoringRequestView> {
    await this.requireCharterBeforeMatch(actor, input.requestId);
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lockAsCurrentMentor(manager, actor, input.requestId);
      const { request, choices, current } = locked;
      const programme = await findProgramme(manager, request.programmeId);
      const mentorship = await proposeMentorship(manager, {
        programme,
        mentorId: current.mentorId,
        menteeId: request.menteeId,
        origin: 'request',
        requestId: request.id,
      });
      mentorship.mentorAcceptedAt = now;
      await manager.save(mentorship);
      current.outcome = 'accepted';
      current.answeredAt = now;
      await manager.save(current);
      await closeWaitingChoices(manager, choices, 'skipped');
      request.status = 'accepted';
      request.mentorshipId = mentorship.id;
      await manager.save(request);
      await recordEvent(manager, REQUEST_ACCEPTED, requestEvent(request, current, now));
      await recordMentorAnswer(manager, current.mentorId, now);
      return requestView(manager, request, actor.userId);
    });
  }

  /** The mentor says no, with a reason; the request goes on to the next choice, or ends declined. */
  async decline(actor: ActorRef, input: DeclineMentoringRequest): Promise<MentoringRequestView> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lockAsCurrentMentor(manager, actor, input.requestId);
      const { request, current } = locked;
      current.outcome = 'declined';
      current.answeredAt = now;
      current.declineReason = input.reason;
      current.declineNote = input.note ?? null;
      current.infoRequestedAt = null;
      await manager.save(current);
      const event: RequestDeclinedEvent = { ...requestEvent(request, current, now), reason: input.reason };
      await recordEvent(manager, REQUEST_DECLINED, event);
      await moveToNextChoice(
        manager,
        locked,
        await findProgramme(manager, request.programmeId),
        'declined',
        now,
      );
      await recordMentorAnswer(manager, current.mentorId, now);
      return requestView(manager, request, actor.userId);
    });
  }

  /**
   * The mentor asks the mentee a question. Until the mentee answers, the
   * request is `info-requested` and its expiry clock is stopped (the answer
   * gives the mentor back the time they had left); one question at a time.
   */
  async askInfo(actor: ActorRef, input: RequestInfoMessage): Promise<MentoringRequestView> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const { request, current } = await this.lockAsCurrentMentor(manager, actor, input.requestId);
      if (request.status === 'info-requested') {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'Your previous question is still waiting for the answer of the mentee',
        );
      }
      await manager.insert(RequestExchange, {
        requestId: request.id,
        rank: current.rank,
        authorSide: 'mentor',
        authorId: actor.userId,
        text: input.text,
      });
      current.infoRequestedAt = now;
      await manager.save(current);
      request.status = 'info-requested';
      await manager.save(request);
      return requestView(manager, request, actor.userId);
    });
  }

  /** Only the mentor the request is with now may answer it, and only while it is open. */
  private async lockAsCurrentMentor(
    manager: EntityManager,
    actor: ActorRef,
    requestId: string,
  ): Promise<LockedRequest> {
    const locked = await lockRequest(manager, requestId);
    if (locked.current.mentorId !== actor.userId) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the mentor this request is with can answer it');
    }
    requireOpen(locked.request);
    return locked;
  }

  /**
   * Both must have accepted the charter version current now: asked to
   * profiles before the transaction, so no row stays locked during the call.
   * A caller who is not the request's current mentor is refused at once.
   */
  private async requireCharterBeforeMatch(actor: ActorRef, requestId: string): Promise<void> {
    const request = await this.dataSource.manager.findOneBy(MentoringRequest, { id: requestId });
    if (!request)
      throw new DomainError(ErrorCode.NOT_FOUND, 'There is no request with this id', { requestId });
    const current = await this.dataSource.manager.findOneBy(RequestChoice, {
      requestId,
      rank: request.currentRank,
    });
    if (current?.mentorId !== actor.userId) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the mentor this request is with can answer it');
    }
    const missing = await this.profiles.withoutCurrentCharter([request.menteeId, current.mentorId]);
    if (missing.has(current.mentorId)) {
      throw new DomainError(ErrorCode.CONFLICT, 'Please accept the current charter before taking a mentee');
    }
    if (missing.has(request.menteeId)) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'This mentee has not accepted the current charter yet: they are asked to before you can accept',
      );
    }
  }
}
