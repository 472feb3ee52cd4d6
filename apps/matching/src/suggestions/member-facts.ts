/**
 * The members read model as the scoring sees it, per mode. Classic: alumni
 * mentor students on the job search (skills, sector, target role, topics).
 * Reverse: students and recent graduates who offer it mentor alumni; the
 * topics part weighs the mentor's offer (reverseMentoringOffer) against what
 * the alumnus wants to learn (reverseMentoringTopics); skills, sector and
 * role say nothing there.
 */
import type { MentoringMode, Role } from '@passerelle/contracts';
import type { Member } from '../members/member.entity.js';
import { menteeRoleOf, mentorsInMode } from '../programmes/programme-roles.js';
import type { MenteeFacts, MentorFacts } from './facts.js';
import { topicsForStage } from './stage-topics.js';

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
  | 'offersReverseMentoring'
  | 'reverseMentoringOffer'
  | 'jobSearchStage'
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
  'offersReverseMentoring',
  'reverseMentoringOffer',
  'jobSearchStage',
  'capacity',
  'placesTaken',
  'approval',
  'availableToMentor',
  'medianResponseHours',
];

/** Who asks for a mentor in each mode. */
export const MENTEE_ROLE: Record<MentoringMode, Role> = {
  classic: menteeRoleOf('classic'),
  reverse: menteeRoleOf('reverse'),
};

/** Taking mentees in this mode right now: a mentor of the mode (programme-roles.ts) with a place free. */
export function isAvailableIn(mode: MentoringMode, member: MemberFacts, now = new Date()): boolean {
  return mentorsInMode(member, mode, now) && member.placesTaken < member.capacity;
}

export function mentorFactsOf(mode: MentoringMode, member: MemberFacts): MentorFacts {
  const classic = mode === 'classic';
  return {
    id: member.accountId,
    skills: classic ? member.skillIds : [],
    sector: classic ? (member.sectors[0] ?? null) : null,
    jobTitle: classic ? member.jobTitle : null,
    topics: classic ? member.topics : member.reverseMentoringOffer,
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
    // Students say where they stand in the job search; the stage tells which topics help.
    topics: classic ? topicsForStage(member.jobSearchStage) : member.reverseMentoringTopics,
    languages: member.languages,
    timeZone: member.timeZone,
    availability: member.availability,
    maxTimeZoneGapHours,
  };
}
