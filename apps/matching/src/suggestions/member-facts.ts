/**
 * The members read model as the scoring sees it, per mode. Classic: alumni
 * mentor students on the job search (skills, sector, target role, topics).
 * Reverse: students and recent graduates open to it mentor alumni on the
 * reverse-mentoring topics, which are what the alumnus wants to learn when
 * they are the mentee; skills, sector and role say nothing there.
 */
import { Role, type MentoringMode } from '@passerelle/contracts';
import type { Member } from '../members/member.entity.js';
import type { MenteeFacts, MentorFacts } from './facts.js';

/** The member columns the suggestions read (what the index keeps per mentor, and the mentee's own row). */
export type MemberFacts = Pick<
  Member,
  | 'accountId'
  | 'role'
  | 'timeZone'
  | 'skillIds'
  | 'sectors'
  | 'topics'
  | 'formats'
  | 'languages'
  | 'availability'
  | 'jobTitle'
  | 'targetRoles'
  | 'graduationYear'
  | 'openToReverseMentoring'
  | 'reverseMentoringTopics'
  | 'capacity'
  | 'placesTaken'
  | 'approval'
  | 'availableToMentor'
  | 'medianResponseHours'
>;

export const MEMBER_FACT_COLUMNS: (keyof MemberFacts)[] = [
  'accountId',
  'role',
  'timeZone',
  'skillIds',
  'sectors',
  'topics',
  'formats',
  'languages',
  'availability',
  'jobTitle',
  'targetRoles',
  'graduationYear',
  'openToReverseMentoring',
  'reverseMentoringTopics',
  'capacity',
  'placesTaken',
  'approval',
  'availableToMentor',
  'medianResponseHours',
];

/** An alumnus who graduated this many years ago or less may mentor back like a student. */
export const RECENT_GRADUATE_YEARS = 2;

/** Who mentors in each mode. */
export function mayMentorIn(mode: MentoringMode, member: MemberFacts, now = new Date()): boolean {
  if (mode === 'classic') return member.role === Role.Alumnus;
  if (member.role === Role.Student) return true;
  return (
    member.role === Role.Alumnus &&
    member.graduationYear !== null &&
    member.graduationYear >= now.getUTCFullYear() - RECENT_GRADUATE_YEARS
  );
}

/** Who asks for a mentor in each mode. */
export const MENTEE_ROLE: Record<MentoringMode, Role> = { classic: Role.Student, reverse: Role.Alumnus };

/** Taking mentees in this mode right now: approved and available (classic), open to it (reverse), a place free. */
export function isAvailableIn(mode: MentoringMode, member: MemberFacts): boolean {
  const standing =
    mode === 'classic'
      ? member.approval === 'approved' && member.availableToMentor
      : member.openToReverseMentoring;
  return standing && member.placesTaken < member.capacity;
}

export function mentorFactsOf(mode: MentoringMode, member: MemberFacts): MentorFacts {
  const classic = mode === 'classic';
  return {
    id: member.accountId,
    skills: classic ? member.skillIds : [],
    sector: classic ? (member.sectors[0] ?? null) : null,
    jobTitle: classic ? member.jobTitle : null,
    topics: classic ? member.topics : member.reverseMentoringTopics,
    languages: member.languages,
    timeZone: member.timeZone,
    availability: member.availability,
    capacity: member.capacity,
    activeMentees: member.placesTaken,
    available: isAvailableIn(mode, member),
    medianResponseDays: member.medianResponseHours === null ? null : member.medianResponseHours / 24,
  };
}

export function menteeFactsOf(
  mode: MentoringMode,
  member: MemberFacts,
  maxTimeZoneGapHours: number | null = null,
): MenteeFacts {
  const classic = mode === 'classic';
  return {
    id: member.accountId,
    skillsToDevelop: classic ? member.skillIds : [],
    targetSectors: classic ? member.sectors : [],
    // The first target role is the one they aim at most.
    targetRole: classic ? (member.targetRoles[0] ?? null) : null,
    topics: classic ? [] : member.reverseMentoringTopics,
    languages: member.languages,
    timeZone: member.timeZone,
    availability: member.availability,
    maxTimeZoneGapHours,
  };
}
