/**
 * Who may do what to a mentorship, and in which states: pure rules, so the
 * service stays a sequence of "load, check, change, announce" and the rules
 * can be read (and tested) in one place.
 */
import { ErrorCode, Role, type MentorshipStatus } from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';

export type MentorshipAction =
  | 'accept-agreement'
  | 'decline-proposal'
  | 'update-agreement'
  | 'pause'
  | 'resume'
  | 'complete'
  | 'end'
  | 'edit-goals';

/** The states each action starts from. */
const ALLOWED_FROM: Record<MentorshipAction, readonly MentorshipStatus[]> = {
  'accept-agreement': ['proposed'],
  'decline-proposal': ['proposed'],
  'update-agreement': ['proposed'],
  pause: ['active'],
  resume: ['paused'],
  complete: ['active', 'paused'],
  // A proposal is declined, not ended: it never started.
  end: ['active', 'paused'],
  // Goals are part of the agreement: shaped while proposed, worked on while open.
  'edit-goals': ['proposed', 'active', 'paused'],
};

const WHY_NOT: Record<MentorshipAction, string> = {
  'accept-agreement': 'Only a proposed mentorship has an agreement to accept',
  'decline-proposal': 'Only a proposed mentorship can be declined',
  'update-agreement': 'The agreement can only change while the mentorship is proposed',
  pause: 'Only an active mentorship can be paused',
  resume: 'Only a paused mentorship can be resumed',
  complete: 'Only an active or paused mentorship can be completed',
  end: 'Only an active or paused mentorship can end early (a proposal is declined instead)',
  'edit-goals': 'Goals can only change while the mentorship is proposed, active or paused',
};

/** CONFLICT when the mentorship's state does not allow the action. */
export function assertAllowed(status: MentorshipStatus, action: MentorshipAction): void {
  if (!ALLOWED_FROM[action].includes(status)) {
    throw new DomainError(ErrorCode.CONFLICT, `${WHY_NOT[action]} (it is ${status})`, { status, action });
  }
}

export type PartySide = 'mentor' | 'mentee';

/** The side the actor is on, or null when they are not one of the pair. */
export function partySideOf(pair: { mentorId: string; menteeId: string }, actor: ActorRef): PartySide | null {
  if (actor.userId === pair.mentorId) return 'mentor';
  if (actor.userId === pair.menteeId) return 'mentee';
  return null;
}

const isStaffRole = (role: Role): boolean => role === Role.Staff || role === Role.Admin;

/** For reading: one of the pair, or staff (who follow stalled pairs). FORBIDDEN otherwise. */
export function readerSideOf(
  pair: { mentorId: string; menteeId: string },
  actor: ActorRef,
): PartySide | 'staff' {
  const side = partySideOf(pair, actor);
  if (side) return side;
  if (isStaffRole(actor.role)) return 'staff';
  throw new DomainError(ErrorCode.FORBIDDEN, 'Only the mentor and the mentee can see this mentorship');
}

/** For changing: only the pair themselves; staff read but do not act for them. */
export function requireParty(pair: { mentorId: string; menteeId: string }, actor: ActorRef): PartySide {
  const side = partySideOf(pair, actor);
  if (!side) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only the mentor and the mentee can change this mentorship');
  }
  return side;
}

/** When a mentorship that started at `startedAt` reaches its term. */
export function termOf(startedAt: Date, durationMonths: number): Date {
  const term = new Date(startedAt);
  term.setUTCMonth(term.getUTCMonth() + durationMonths);
  return term;
}
