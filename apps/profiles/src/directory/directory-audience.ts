import { Role, VISIBILITY, type Visibility } from '@passerelle/contracts';
import { mayRead } from '../profile/field-visibility.js';
import type { DirectoryAudience } from './directory-document.entity.js';

/**
 * The visibilities any member (student or alumnus) may read, by the profile's
 * own rule. The directory never shows partner-only fields: being a partner is
 * known per pair, and a members document is shared by all members.
 */
export const MEMBER_READABLE_VISIBILITIES: Visibility[] = VISIBILITY.filter((visibility) =>
  mayRead('member', visibility),
);

/** Staff and admins search the staff documents (every field, every alumnus); everyone else the members'. */
export function audienceOf(role: Role): DirectoryAudience {
  return role === Role.Staff || role === Role.Admin ? 'staff' : 'members';
}
