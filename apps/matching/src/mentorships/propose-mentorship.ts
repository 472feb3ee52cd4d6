import type { EntityManager } from 'typeorm';
import { ErrorCode, type MentorshipOrigin } from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';
import type { Programme } from '../programmes/programme.entity.js';
import { takeMentorPlace } from './mentor-places.js';
import { Mentorship } from './mentorship.entity.js';

const UNIQUE_VIOLATION = '23505';

export interface MentorshipProposal {
  programme: Programme;
  mentorId: string;
  menteeId: string;
  origin: MentorshipOrigin;
  requestId?: string;
  cycleId?: string;
}

/**
 * Proposes a mentorship, in the caller's transaction: takes one of the
 * mentor's places (CAPACITY_REACHED when none is left) and records the
 * proposal with the programme's default agreement, which both sides then
 * accept (or decline) before it starts. A pair already proposed, active or
 * paused is a CONFLICT. Either error leaves the caller's transaction to roll
 * back; a caller proposing many pairs wraps each in a savepoint. Requests (accepted) and cycles (published) both come
 * through here, so places are counted in one way.
 */
export async function proposeMentorship(
  manager: EntityManager,
  proposal: MentorshipProposal,
): Promise<Mentorship> {
  const { programme, mentorId, menteeId } = proposal;
  if (mentorId === menteeId) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A member cannot mentor themselves', { mentorId });
  }
  const mentorship = manager.create(Mentorship, {
    programmeId: programme.id,
    mode: programme.mode,
    origin: proposal.origin,
    requestId: proposal.requestId ?? null,
    cycleId: proposal.cycleId ?? null,
    mentorId,
    menteeId,
    status: 'proposed',
    meetingMinutesPerMonth: programme.meetingMinutesPerMonth,
    durationMonths: programme.durationMonths,
  });
  let saved: Mentorship;
  try {
    saved = await manager.save(mentorship);
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      throw new DomainError(ErrorCode.CONFLICT, 'These two members already have a mentorship in progress', {
        mentorId,
        menteeId,
      });
    }
    throw error;
  }
  await takeMentorPlace(manager, mentorId);
  return saved;
}
