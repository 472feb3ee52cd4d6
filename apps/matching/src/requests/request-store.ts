import type { EntityManager } from 'typeorm';
import {
  ErrorCode,
  OPEN_REQUEST_STATUSES,
  type ChoiceOutcome,
  type RequestEvent,
} from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { PLACE_HOLDING } from '../mentorships/place-holding.js';
import { RequestChoice } from './request-choice.entity.js';
import { MentoringRequest } from './request.entity.js';

/** A request locked for a change, with its choices in rank order and the one it is with now. */
export interface LockedRequest {
  request: MentoringRequest;
  choices: RequestChoice[];
  current: RequestChoice;
}

/** Locks the request's row until the transaction ends: every change of a request goes through here. */
export async function lockRequest(manager: EntityManager, requestId: string): Promise<LockedRequest> {
  const request = await manager.findOne(MentoringRequest, {
    where: { id: requestId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!request) throw new DomainError(ErrorCode.NOT_FOUND, 'There is no request with this id', { requestId });
  const choices = await manager.find(RequestChoice, { where: { requestId }, order: { rank: 'ASC' } });
  const current = choices.find((choice) => choice.rank === request.currentRank);
  if (!current) throw new Error(`Request ${requestId} has no choice of rank ${request.currentRank}`);
  return { request, choices, current };
}

export function isOpen(request: MentoringRequest): boolean {
  return OPEN_REQUEST_STATUSES.includes(request.status);
}

/** Refuses a change to a request that was already accepted, declined, expired or withdrawn. */
export function requireOpen(request: MentoringRequest): void {
  if (!isOpen(request)) {
    throw new DomainError(ErrorCode.CONFLICT, `This request is no longer open: it was ${request.status}`, {
      status: request.status,
    });
  }
}

/** Gives every choice still waiting (the current one and those after it) its final outcome. */
export async function closeWaitingChoices(
  manager: EntityManager,
  choices: RequestChoice[],
  outcome: ChoiceOutcome,
): Promise<void> {
  const waiting = choices.filter((choice) => choice.outcome === 'waiting');
  for (const choice of waiting) choice.outcome = outcome;
  if (waiting.length > 0) await manager.save(waiting);
}

/** Whether the two already have a mentorship holding a place (proposed, active or paused). */
export function arePaired(manager: EntityManager, mentorId: string, menteeId: string): Promise<boolean> {
  return manager.exists(Mentorship, { where: { mentorId, menteeId, status: PLACE_HOLDING } });
}

/** The payload every request event carries, for the choice concerned. */
export function requestEvent(request: MentoringRequest, choice: RequestChoice, at: Date): RequestEvent {
  return {
    requestId: request.id,
    programmeId: request.programmeId,
    mode: request.mode,
    menteeId: request.menteeId,
    mentorId: choice.mentorId,
    rank: choice.rank,
    occurredAt: at.toISOString(),
    // Profiles measures the mentor's response time from it.
    ...(choice.sentAt ? { sentAt: choice.sentAt.toISOString() } : {}),
  };
}
