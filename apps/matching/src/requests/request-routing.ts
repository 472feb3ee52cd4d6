import type { EntityManager } from 'typeorm';
import { REQUEST_CREATED } from '@passerelle/contracts';
import { recordEvent } from '@passerelle/nest-common';
import { Member } from '../members/member.entity.js';
import type { Programme } from '../programmes/programme.entity.js';
import { mentorRefusal } from './mentor-refusal.js';
import type { RequestChoice } from './request-choice.entity.js';
import { arePaired, requestEvent, type LockedRequest } from './request-store.js';
import type { MentoringRequest } from './request.entity.js';

const DAY_MS = 86_400_000;

/**
 * Hands the request to `choice`: its expiry clock starts now (the
 * programme's request expiry), and the mentor is told through
 * evt.matching.request.created.v1.
 */
export async function sendToChoice(
  manager: EntityManager,
  request: MentoringRequest,
  choice: RequestChoice,
  programme: Programme,
  now: Date,
): Promise<void> {
  choice.sentAt = now;
  choice.expiresAt = new Date(now.getTime() + programme.requestExpiryDays * DAY_MS);
  choice.infoRequestedAt = null;
  request.currentRank = choice.rank;
  request.status = 'pending';
  await manager.save(choice);
  await manager.save(request);
  await recordEvent(manager, REQUEST_CREATED, requestEvent(request, choice, now));
}

/**
 * After the current choice declined or let the request expire: sends it to
 * the next choice that can still take the mentee (a mentor who stopped
 * mentoring, filled up or got paired with the mentee meanwhile is skipped),
 * or closes it with `endStatus` when none is left.
 */
export async function moveToNextChoice(
  manager: EntityManager,
  { request, choices }: LockedRequest,
  programme: Programme,
  endStatus: 'declined' | 'expired',
  now: Date,
): Promise<void> {
  const later = choices.filter((choice) => choice.rank > request.currentRank && choice.outcome === 'waiting');
  for (const choice of later) {
    const mentor = await manager.findOneBy(Member, { accountId: choice.mentorId });
    const paired = await arePaired(manager, choice.mentorId, request.menteeId);
    if (mentor && mentorRefusal(mentor, programme.mode, paired, now) === null) {
      await sendToChoice(manager, request, choice, programme, now);
      return;
    }
    choice.outcome = 'skipped';
    await manager.save(choice);
  }
  request.status = endStatus;
  await manager.save(request);
}
