import { isRecentGraduate, Role, type MentoringMode } from '@passerelle/contracts';
import type { Member } from '../members/member.entity.js';

export { RECENT_GRADUATE_YEARS } from '@passerelle/contracts';

/** Who is mentored in each mode: students in the classic programme, alumni in the reverse one. */
export function menteeRoleOf(mode: MentoringMode): Role {
  return mode === 'classic' ? Role.Student : Role.Alumnus;
}

type MentorFacts = Pick<
  Member,
  | 'role'
  | 'approval'
  | 'availableToMentor'
  | 'offersReverseMentoring'
  | 'reverseMentoringOffer'
  | 'graduationYear'
>;

/**
 * Whether the member takes mentees in this mode now (places aside). Classic:
 * an approved alumnus whom profiles reports available (charter, training).
 * Reverse: a student, or an alumnus who graduated at most two years ago, who
 * offers to mentor an alumnus back on at least one topic. (An alumnus's
 * openToReverseMentoring says the opposite: they want to be mentored.) No
 * approval there: the current charter is asked of profiles when a request is
 * sent or a cycle published, as for everyone.
 */
export function mentorsInMode(member: MentorFacts, mode: MentoringMode, now = new Date()): boolean {
  if (mode === 'classic') {
    return member.role === Role.Alumnus && member.approval === 'approved' && member.availableToMentor;
  }
  if (!member.offersReverseMentoring || member.reverseMentoringOffer.length === 0) return false;
  return (
    member.role === Role.Student ||
    (member.role === Role.Alumnus && isRecentGraduate(member.graduationYear, now))
  );
}
