import {
  ACCEPT_CHARTER,
  GET_CURRENT_CHARTER,
  REGISTER_ACCOUNT,
  Role,
  type AccountView,
  type CurrentCharterView,
  type MentoringMode,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import type { MatchingHarness } from './matching-harness.js';

/** Someone signed up in profiles and known to matching's read model. */
export interface TestPerson {
  accountId: string;
  displayName: string;
  actor: ActorRef;
}

/** The facts of the person's members row a test may set. */
export interface MemberFacts {
  capacity?: number;
  placesTaken?: number;
  approval?: 'none' | 'approved' | 'suspended';
  availableToMentor?: boolean;
  openToReverseMentoring?: boolean;
  graduationYear?: number | null;
  skillIds?: string[];
  languages?: string[];
}

export interface PersonOptions extends MemberFacts {
  displayName?: string;
  /** Accepts the current charter in profiles (default true). */
  acceptsCharter?: boolean;
}

let sequence = 0;

/**
 * Signs the person up in the real profiles service (and accepts the charter
 * there), then writes their members row as the profiles events would have.
 */
export async function aPerson(
  harness: MatchingHarness,
  role: Role.Student | Role.Alumnus | Role.Staff,
  options: PersonOptions = {},
): Promise<TestPerson> {
  sequence += 1;
  const displayName = options.displayName ?? `${role} ${sequence}`;
  const signUpRole = role === Role.Staff ? Role.Alumnus : role;
  const account = await harness.call<AccountView>(
    REGISTER_ACCOUNT,
    aRegistration({ role: signUpRole, displayName }),
  );
  const actor: ActorRef = { userId: account.id, role };
  if (role === Role.Staff) return { accountId: account.id, displayName, actor };
  if (options.acceptsCharter !== false) {
    const charter = await harness.call<CurrentCharterView>(GET_CURRENT_CHARTER, {}, actor);
    await harness.call(ACCEPT_CHARTER, { version: charter.version }, actor);
  }
  await harness.sql(
    `INSERT INTO matching.members (account_id, role, display_name, time_zone, languages, skill_ids,
       capacity, places_taken, approval, available_to_mentor, open_to_reverse_mentoring, graduation_year,
       profile_updated_at)
     VALUES ($1, $2, $3, 'Europe/Paris', $4, $5, $6, $7, $8, $9, $10, $11, now())`,
    [
      account.id,
      role,
      displayName,
      options.languages ?? ['fr'],
      options.skillIds ?? [],
      options.capacity ?? 0,
      options.placesTaken ?? 0,
      options.approval ?? 'none',
      options.availableToMentor ?? false,
      options.openToReverseMentoring ?? false,
      options.graduationYear ?? null,
    ],
  );
  return { accountId: account.id, displayName, actor };
}

/** A student looking for a mentor in the classic programme. */
export const aStudent = (harness: MatchingHarness, options: PersonOptions = {}): Promise<TestPerson> =>
  aPerson(harness, Role.Student, options);

/** An approved, available alumnus mentor with two free places unless told otherwise. */
export const aMentor = (harness: MatchingHarness, options: PersonOptions = {}): Promise<TestPerson> =>
  aPerson(harness, Role.Alumnus, { capacity: 2, approval: 'approved', availableToMentor: true, ...options });

/** The id of the default programme of this mode. */
export async function programmeOf(harness: MatchingHarness, mode: MentoringMode): Promise<string> {
  const [programme] = await harness.sql<{ id: string }>(
    `SELECT id FROM matching.programmes WHERE mode = $1 ORDER BY created_at LIMIT 1`,
    [mode],
  );
  return programme!.id;
}

/** How many places the mentor holds, as the members row says and as the mentorships count them. */
export async function placesOf(
  harness: MatchingHarness,
  mentorId: string,
): Promise<{ placesTaken: number; holding: number }> {
  const [row] = await harness.sql<{ places_taken: number; holding: string }>(
    `SELECT places_taken,
       (SELECT count(*) FROM matching.mentorships
        WHERE mentor_id = $1 AND status IN ('proposed', 'active', 'paused')) AS holding
     FROM matching.members WHERE account_id = $1`,
    [mentorId],
  );
  return { placesTaken: row!.places_taken, holding: Number(row!.holding) };
}
