import { ErrorCode, Role } from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';

/** Staff and admins (admins can do everything staff can). */
export function isStaff(actor: Pick<ActorRef, 'role'>): boolean {
  return actor.role === Role.Staff || actor.role === Role.Admin;
}

/**
 * The service-side half of `@Roles(Staff, Admin)`: the gateway checks too, but a
 * service never trusts that every caller went through it.
 */
export function requireStaff(actor: ActorRef): void {
  if (!isStaff(actor)) throw new DomainError(ErrorCode.FORBIDDEN, 'This is reserved to staff');
}
