import {
  DECLINE_PROPOSAL,
  ErrorCode,
  GET_CYCLE,
  LIST_CYCLE_ENTRIES,
  LIST_CYCLES,
  LOCK_CYCLE_PAIR,
  Locale,
  OPEN_CYCLE,
  PUBLISH_CYCLE,
  REMOVE_CYCLE_PAIR,
  Role,
  RUN_CYCLE,
  SWAP_CYCLE_PAIRS,
  type CycleEntryView,
  type CycleView,
  type Page,
} from '@passerelle/contracts';
import { failure, useMatchingHarness } from './matching-harness.js';
import { aMentor, aPerson, aStudent, placesOf, programmeOf, type TestPerson } from './matching-people.js';

describe('staff matching cycles', () => {
  const harness = useMatchingHarness({ LOG_LEVEL: 'error' }, { withProfiles: true });
  let classic: string;
  let staff: TestPerson;
  /** Each test its own cohort, so pools never mix. */
  let cohort = 2030;

  beforeAll(async () => {
    classic = await programmeOf(harness, 'classic');
    staff = await aPerson(harness, Role.Staff);
  });

  beforeEach(async () => {
    cohort += 1;
    // Mentors of earlier tests retire: each test's pool has only its own.
    await harness.sql(`UPDATE matching.members SET available_to_mentor = false WHERE role = 'alumnus'`);
  });

  const open = (options: { cohort?: number; topK?: number } = {}) =>
    harness.call<CycleView>(OPEN_CYCLE, { programmeId: classic, cohort, ...options }, staff.actor);

  const entriesOf = (cycleId: string, show = 'all', locale = Locale.Fr) =>
    harness
      .call<Page<CycleEntryView>>(LIST_CYCLE_ENTRIES, { cycleId, show, locale, pageSize: 100 }, staff.actor)
      .then((page) => page.items);

  /** mentee name → mentor name (null when unpaired), as the draft stands. */
  const draftOf = async (cycleId: string) =>
    Object.fromEntries(
      (await entriesOf(cycleId)).map((entry) => [
        entry.mentee.displayName,
        entry.mentor?.displayName ?? null,
      ]),
    );

  const students = (names: string[], skillIds = ['sql']) =>
    Promise.all(
      names.map((displayName) => aStudent(harness, { displayName, graduationYear: cohort, skillIds })),
    );

  it('opens a cycle on the cohort’s unmatched students and the mentors with free places, within every capacity', async () => {
    await students(['Ana', 'Bruno', 'Chloé']);
    await aStudent(harness, { displayName: 'Other cohort', graduationYear: cohort + 50 });
    await aMentor(harness, { displayName: 'Mentor One', capacity: 1, skillIds: ['sql'] });
    await aMentor(harness, { displayName: 'Mentor Two', capacity: 3, placesTaken: 2, skillIds: ['sql'] });
    await aMentor(harness, { displayName: 'Full Mentor', capacity: 1, placesTaken: 1, skillIds: ['sql'] });

    const cycle = await open();

    expect(cycle).toMatchObject({ status: 'draft', cohort, topK: 25, mode: 'classic', publication: null });
    expect(cycle.lastRun.pool).toEqual({ mentees: 3, mentors: 2, freePlaces: 2 });
    expect(cycle.lastRun.optimal.pairs).toBe(2);
    expect(cycle.lastRun.optimal.coverage).toBeCloseTo(2 / 3, 3);
    expect(cycle.lastRun.optimal.totalScore).toBeGreaterThanOrEqual(cycle.lastRun.greedy.totalScore);
    expect(cycle.draft).toEqual(cycle.lastRun.optimal);
    const entries = await entriesOf(cycle.id);
    expect(entries.map((entry) => entry.mentee.displayName)).toEqual(['Ana', 'Bruno', 'Chloé']);
    const mentors = entries.flatMap((entry) => (entry.mentor ? [entry.mentor.displayName] : []));
    expect(mentors.sort()).toEqual(['Mentor One', 'Mentor Two']);
    const paired = entries.find((entry) => entry.mentor)!;
    expect(paired.score).toBeGreaterThan(0);
    expect(paired.reasons).toContain('1 compétence en commun : SQL');
    expect(await entriesOf(cycle.id, 'unpaired')).toHaveLength(1);
  });

  it('removes a pair for good, keeps locked pairs through a re-run, and swaps two mentees’ mentors', async () => {
    await students(['Dina', 'Elias', 'Fanny']);
    await aMentor(harness, { displayName: 'Mentor A', capacity: 1, skillIds: ['sql'] });
    await aMentor(harness, { displayName: 'Mentor B', capacity: 1, skillIds: ['sql'] });
    await aMentor(harness, { displayName: 'Mentor C', capacity: 1, skillIds: ['sql'] });
    const cycle = await open();
    const first = await draftOf(cycle.id);
    expect(Object.values(first).sort()).toEqual(['Mentor A', 'Mentor B', 'Mentor C']);

    const [dina, elias, fanny] = await entriesOf(cycle.id);
    const removed = await harness.call<CycleView>(
      REMOVE_CYCLE_PAIR,
      { cycleId: cycle.id, menteeId: dina!.mentee.accountId },
      staff.actor,
    );
    expect(removed).toMatchObject({ removedPairs: 1, draft: { pairs: 2 } });
    expect((await draftOf(cycle.id)).Dina).toBeNull();

    await harness.call(
      LOCK_CYCLE_PAIR,
      { cycleId: cycle.id, menteeId: elias!.mentee.accountId, locked: true },
      staff.actor,
    );
    const rerun = await harness.call<CycleView>(RUN_CYCLE, { cycleId: cycle.id }, staff.actor);
    expect(rerun.lockedPairs).toBe(1);
    const afterRun = await draftOf(cycle.id);
    expect(afterRun.Elias).toBe(first.Elias);
    expect(afterRun.Dina).not.toBeNull();
    expect(afterRun.Dina).not.toBe(first.Dina);

    const swapped = await harness.call<CycleView>(
      SWAP_CYCLE_PAIRS,
      { cycleId: cycle.id, menteeId: elias!.mentee.accountId, otherMenteeId: fanny!.mentee.accountId },
      staff.actor,
    );
    expect(swapped.lockedPairs).toBe(2);
    const afterSwap = await draftOf(cycle.id);
    expect([afterSwap.Elias, afterSwap.Fanny]).toEqual([afterRun.Fanny, afterRun.Elias]);
    const audit = await harness.sql<{ action: string }>(
      `SELECT action FROM matching.audit_entries WHERE object_id = $1 ORDER BY occurred_at, action`,
      [cycle.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual([
      'cycle.opened',
      'cycle.pair-removed',
      'cycle.pair-locked',
      'cycle.run',
      'cycle.pairs-swapped',
    ]);
  });

  it('refuses a swap back into a removed pair and a lock of an unpaired mentee, changing nothing', async () => {
    await students(['Gina', 'Hugo']);
    await aMentor(harness, { displayName: 'Mentor G', capacity: 1, skillIds: ['sql'] });
    await aMentor(harness, { displayName: 'Mentor H', capacity: 1, skillIds: ['sql'] });
    const cycle = await open();
    const [gina, hugo] = await entriesOf(cycle.id);
    await harness.call(
      REMOVE_CYCLE_PAIR,
      { cycleId: cycle.id, menteeId: gina!.mentee.accountId },
      staff.actor,
    );
    await harness.call(RUN_CYCLE, { cycleId: cycle.id }, staff.actor);
    const before = await draftOf(cycle.id);
    // Gina's only other mentor is Hugo's now: a swap would give her back the one removed.
    const swap = await failure(
      harness.call(
        SWAP_CYCLE_PAIRS,
        { cycleId: cycle.id, menteeId: gina!.mentee.accountId, otherMenteeId: hugo!.mentee.accountId },
        staff.actor,
      ),
    );
    expect(swap.code).toBe(ErrorCode.CONFLICT);
    expect(swap.message).toMatch(/pair you removed/);
    expect(swap.details).toMatchObject({ reason: 'removed-pair' });
    expect(await draftOf(cycle.id)).toEqual(before);

    await harness.call(
      REMOVE_CYCLE_PAIR,
      { cycleId: cycle.id, menteeId: gina!.mentee.accountId },
      staff.actor,
    );
    const lock = await failure(
      harness.call(
        LOCK_CYCLE_PAIR,
        { cycleId: cycle.id, menteeId: gina!.mentee.accountId, locked: true },
        staff.actor,
      ),
    );
    expect(lock.code).toBe(ErrorCode.CONFLICT);
    expect(lock.message).toMatch(/^menteeId: this mentee has no mentor/);
    expect(lock.details).toEqual({ reason: 'no-mentor', menteeId: gina!.mentee.accountId });
    const self = await failure(
      harness.call(
        SWAP_CYCLE_PAIRS,
        { cycleId: cycle.id, menteeId: hugo!.mentee.accountId, otherMenteeId: hugo!.mentee.accountId },
        staff.actor,
      ),
    );
    expect(self.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(self.details).toEqual({
      fields: [{ field: 'otherMenteeId', messages: ['otherMenteeId must name another mentee'] }],
    });
  });

  it('publishes pairs as proposals, skipping a mentor who filled up meanwhile and a mentee without the charter', async () => {
    const [ivy, jules] = await students(['Ivy', 'Jules']);
    const unsigned = await aStudent(harness, {
      displayName: 'Kim',
      graduationYear: cohort,
      skillIds: ['sql'],
      acceptsCharter: false,
    });
    const mentors = await Promise.all(
      ['Mentor I', 'Mentor J', 'Mentor K'].map((displayName) =>
        aMentor(harness, { displayName, capacity: 1, skillIds: ['sql'] }),
      ),
    );
    const cycle = await open();
    expect(cycle.draft.pairs).toBe(3);
    const julesEntry = (await entriesOf(cycle.id)).find(
      (entry) => entry.mentee.accountId === jules!.accountId,
    )!;
    // A request accepted meanwhile took Jules's mentor's only place.
    await harness.sql(`UPDATE matching.members SET places_taken = capacity WHERE account_id = $1`, [
      julesEntry.mentor!.accountId,
    ]);

    const published = await harness.call<CycleView>(PUBLISH_CYCLE, { cycleId: cycle.id }, staff.actor);

    expect(published).toMatchObject({ status: 'published', publication: { proposed: 1, skipped: 2 } });
    expect(published.publishedAt).not.toBeNull();
    const outcomes = Object.fromEntries(
      (await entriesOf(cycle.id)).map((entry) => [
        entry.mentee.displayName,
        [entry.outcome, entry.skipReason],
      ]),
    );
    expect(outcomes).toEqual({
      Ivy: ['proposed', null],
      Jules: ['skipped', 'capacity-reached'],
      Kim: ['skipped', 'charter-missing'],
    });
    const proposals = await harness.sql<{
      mentee_id: string;
      mentor_id: string;
      origin: string;
      cycle_id: string;
    }>(`SELECT mentee_id, mentor_id, origin, cycle_id FROM matching.mentorships WHERE cycle_id = $1`, [
      cycle.id,
    ]);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ mentee_id: ivy!.accountId, origin: 'cycle' });
    expect(await placesOf(harness, proposals[0]!.mentor_id)).toEqual({ placesTaken: 1, holding: 1 });
    expect(mentors.map((mentor) => mentor.accountId)).toContain(proposals[0]!.mentor_id);
    expect(unsigned.accountId).not.toBe(proposals[0]!.mentee_id);

    const again = await failure(harness.call(RUN_CYCLE, { cycleId: cycle.id }, staff.actor));
    expect(again.code).toBe(ErrorCode.CONFLICT);
    expect(again.details).toMatchObject({ reason: 'published' });
    const twice = await failure(harness.call(PUBLISH_CYCLE, { cycleId: cycle.id }, staff.actor));
    expect(twice.code).toBe(ErrorCode.CONFLICT);
  });

  it('publishes two cycles at once over the same mentors without a place taken twice', async () => {
    const mentors = await Promise.all(
      ['Mentor P', 'Mentor Q'].map((displayName) =>
        aMentor(harness, { displayName, capacity: 1, skillIds: ['sql'] }),
      ),
    );
    await students(['Paul', 'Quitterie']);
    const first = await open();
    cohort += 1;
    await students(['Rémi', 'Sacha']);
    const second = await open();
    expect([first.draft.pairs, second.draft.pairs]).toEqual([2, 2]);

    const published = await Promise.all(
      [first, second].map((cycle) =>
        harness.call<CycleView>(PUBLISH_CYCLE, { cycleId: cycle.id }, staff.actor),
      ),
    );

    expect(published.map((cycle) => cycle.publication!.proposed).reduce((a, b) => a + b)).toBe(2);
    expect(published.map((cycle) => cycle.publication!.skipped).reduce((a, b) => a + b)).toBe(2);
    for (const mentor of mentors) {
      expect(await placesOf(harness, mentor.accountId)).toEqual({ placesTaken: 1, holding: 1 });
    }
  });

  it('returns a mentee who declined the proposal to the next cycle’s pool, never with the same mentor', async () => {
    const [lena] = await students(['Léna']);
    const [declined, other] = await Promise.all([
      aMentor(harness, { displayName: 'Mentor L', capacity: 1, skillIds: ['sql', 'python'] }),
      aMentor(harness, { displayName: 'Mentor M', capacity: 1 }),
    ]);
    await harness.sql(`UPDATE matching.members SET skill_ids = '{sql,python}' WHERE account_id = $1`, [
      lena!.accountId,
    ]);
    const cycle = await open();
    expect(await draftOf(cycle.id)).toEqual({ Léna: 'Mentor L' });
    await harness.call(PUBLISH_CYCLE, { cycleId: cycle.id }, staff.actor);
    const [proposal] = await harness.sql<{ id: string }>(
      `SELECT id FROM matching.mentorships WHERE cycle_id = $1`,
      [cycle.id],
    );
    const pending = await open();
    expect(pending.lastRun.pool.mentees).toBe(0);

    await harness.call(DECLINE_PROPOSAL, { mentorshipId: proposal!.id }, lena!.actor);

    expect(await placesOf(harness, declined.accountId)).toEqual({ placesTaken: 0, holding: 0 });
    const next = await open();
    expect(next.lastRun.pool.mentees).toBe(1);
    expect(await draftOf(next.id)).toEqual({ Léna: other.displayName });
  });

  it('runs a reverse-mentoring cycle: alumni who asked for it, mentored by students who offer it', async () => {
    const reverse = await programmeOf(harness, 'reverse');
    // The alumnus not asking and the student not offering must stay out of the pool.
    const [wanting] = await Promise.all([
      aPerson(harness, Role.Alumnus, { displayName: 'Alumna wanting', graduationYear: cohort }),
      aPerson(harness, Role.Alumnus, { displayName: 'Alumnus not asking', graduationYear: cohort }),
    ]);
    const [offering] = await Promise.all([
      aStudent(harness, { displayName: 'Student offering' }),
      aStudent(harness, { displayName: 'Student not offering' }),
    ]);
    await harness.sql(
      `UPDATE matching.members SET open_to_reverse_mentoring = true, reverse_mentoring_topics = '{ai-tools}'
        WHERE account_id = $1`,
      [wanting.accountId],
    );
    await harness.sql(
      `UPDATE matching.members SET offers_reverse_mentoring = true, reverse_mentoring_offer = '{ai-tools}', capacity = 1
        WHERE account_id = $1`,
      [offering!.accountId],
    );

    const cycle = await harness.call<CycleView>(OPEN_CYCLE, { programmeId: reverse, cohort }, staff.actor);

    expect(cycle).toMatchObject({
      mode: 'reverse',
      lastRun: { pool: { mentees: 1, mentors: 1, freePlaces: 1 } },
    });
    expect(await draftOf(cycle.id)).toEqual({ 'Alumna wanting': 'Student offering' });
  });

  it('keeps cycles to staff and names what is wrong in bad input', async () => {
    const student = await aStudent(harness);
    const mentor = await aMentor(harness);
    const cycle = await open();
    for (const [subject, payload] of [
      [OPEN_CYCLE, { programmeId: classic }],
      [LIST_CYCLES, {}],
      [GET_CYCLE, { cycleId: cycle.id }],
      [RUN_CYCLE, { cycleId: cycle.id }],
      [PUBLISH_CYCLE, { cycleId: cycle.id }],
    ] as const) {
      for (const actor of [student.actor, mentor.actor]) {
        expect((await failure(harness.call(subject, payload, actor))).code).toBe(ErrorCode.FORBIDDEN);
      }
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await failure(harness.call(GET_CYCLE, { cycleId: unknown }, staff.actor))).code).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect((await failure(harness.call(PUBLISH_CYCLE, { cycleId: unknown }, staff.actor))).code).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect((await failure(harness.call(OPEN_CYCLE, { programmeId: unknown }, staff.actor))).message).toMatch(
      /^programmeId: /,
    );
    const bad = await failure(
      harness.call(OPEN_CYCLE, { programmeId: classic, topK: 500, cohort: 'last' }, staff.actor),
    );
    expect(bad.code).toBe(ErrorCode.VALIDATION_FAILED);
    const fields = (bad.details as { fields: { field: string }[] }).fields.map((field) => field.field);
    expect(fields.sort()).toEqual(['cohort', 'topK']);
    const cycles = await harness.call<Page<CycleView>>(LIST_CYCLES, { programmeId: classic }, staff.actor);
    expect(cycles.items[0]!.id).toBe(cycle.id);
    expect(cycles.total).toBeGreaterThanOrEqual(1);
  });
});
