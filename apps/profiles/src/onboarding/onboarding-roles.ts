import { ErrorCode, Role } from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';

/** Refuses the action unless the actor has one of `roles`; `what` completes "… is for …". */
export function requireRole(actor: ActorRef, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) {
    throw new DomainError(ErrorCode.FORBIDDEN, `${what} is for: ${roles.join(', ')}`);
  }
}

/** Mentees and mentors accept the charter; staff run the programme. */
export const CHARTER_SIGNERS = [Role.Student, Role.Alumnus] as const;
export const MENTOR_ROLES = [Role.Alumnus] as const;
export const TRAINING_READERS = [Role.Alumnus, Role.Staff, Role.Admin] as const;
