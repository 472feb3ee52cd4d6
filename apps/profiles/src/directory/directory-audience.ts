import { Role, VISIBILITY, type Visibility } from '@passerelle/contracts';
import type { DirectoryAudience } from './directory-document.entity.js';

/**
 * The visibilities a member (student or alumnus, not a mentoring partner) may
 * read. The directory never shows partner-only fields: whether the reader is
 * a partner is known per pair, and a member document is shared by all members.
 */
export const MEMBER_READABLE_VISIBILITIES: Visibility[] = VISIBILITY.filter(
  (visibility) => visibility === 'everyone',
);

/** Staff and admins search the staff documents (every field, every alumnus); everyone else the members'. */
export function audienceOf(role: Role): DirectoryAudience {
  return role === Role.Staff || role === Role.Admin ? 'staff' : 'members';
}
