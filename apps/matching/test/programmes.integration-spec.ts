import {
  ErrorCode,
  GET_PROGRAMME,
  LIST_PROGRAMMES,
  Role,
  UPDATE_PROGRAMME_SETTINGS,
  type ProgrammeList,
  type ProgrammeView,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { DEFAULT_WEIGHTS } from '../src/suggestions/scoring.js';
import { startMatchingHarness, type MatchingHarness } from './matching-harness.js';

const staff: ActorRef = { userId: '00000000-0000-4000-8000-00000000aaaa', role: Role.Staff };
const student: ActorRef = { userId: '00000000-0000-4000-8000-00000000bbbb', role: Role.Student };
const alumnus: ActorRef = { userId: '00000000-0000-4000-8000-00000000cccc', role: Role.Alumnus };

describe('programmes', () => {
  let harness: MatchingHarness;
  let classicId: string;

  beforeAll(async () => {
    harness = await startMatchingHarness();
    const { items } = await harness.call<ProgrammeList>(LIST_PROGRAMMES, {}, student);
    classicId = items.find((programme) => programme.mode === 'classic')!.id;
  });

  afterAll(async () => {
    await harness.stop();
  });

  it('lists the programmes to any signed-in member, with their codes, modes and names', async () => {
    const list = await harness.call<ProgrammeList>(LIST_PROGRAMMES, {}, alumnus);
    expect(list.items).toEqual([
      expect.objectContaining({ code: 'mentorat', mode: 'classic', nameFr: 'Mentorat', nameEn: 'Mentoring' }),
      expect.objectContaining({ code: 'mentorat-inverse', mode: 'reverse', nameEn: 'Reverse mentoring' }),
    ]);
  });

  it('shows staff the default weights and timings of a programme nobody tuned', async () => {
    const programme = await harness.call<ProgrammeView>(GET_PROGRAMME, { programmeId: classicId }, staff);
    expect(programme).toMatchObject({
      weights: DEFAULT_WEIGHTS,
      usesDefaultWeights: true,
      requestExpiryDays: 7,
      stalledAfterDays: 21,
      meetingMinutesPerMonth: 60,
      durationMonths: 6,
    });
  });

  it('saves the weights and timings staff set, and audits the change with before and after', async () => {
    const weights = { ...DEFAULT_WEIGHTS, skills: 50, load: 0 };
    const updated = await harness.call<ProgrammeView>(
      UPDATE_PROGRAMME_SETTINGS,
      { programmeId: classicId, weights, requestExpiryDays: 10, durationMonths: 9 },
      staff,
    );
    expect(updated).toMatchObject({
      weights,
      usesDefaultWeights: false,
      requestExpiryDays: 10,
      durationMonths: 9,
    });
    expect(await harness.call(GET_PROGRAMME, { programmeId: classicId }, staff)).toEqual(updated);

    const [entry] = await harness.sql<{ actor_id: string; details: Record<string, Record<string, unknown>> }>(
      `SELECT actor_id, details FROM matching.audit_entries
        WHERE action = 'programme.settings-changed' AND object_id = $1`,
      [classicId],
    );
    expect(entry!.actor_id).toBe(staff.userId);
    expect(entry!.details.before).toMatchObject({ weights: DEFAULT_WEIGHTS, requestExpiryDays: 7 });
    expect(entry!.details.after).toMatchObject({ weights, requestExpiryDays: 10, durationMonths: 9 });
  });

  it('refuses weights that are negative, missing or all zero, naming the part, and changes nothing', async () => {
    const before = await harness.call<ProgrammeView>(GET_PROGRAMME, { programmeId: classicId }, staff);
    const attempts: [object, string][] = [
      [{ ...DEFAULT_WEIGHTS, sector: -1 }, 'weights.sector'],
      [{ ...DEFAULT_WEIGHTS, timeZone: undefined }, 'weights.timeZone'],
      [Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((part) => [part, 0])), 'weights'],
    ];
    for (const [weights, field] of attempts) {
      await expect(
        harness.call(UPDATE_PROGRAMME_SETTINGS, { programmeId: classicId, weights }, staff),
      ).rejects.toMatchObject({
        code: ErrorCode.VALIDATION_FAILED,
        message: expect.stringContaining(field),
      });
    }
    await expect(
      harness.call(UPDATE_PROGRAMME_SETTINGS, { programmeId: classicId, stalledAfterDays: 0 }, staff),
    ).rejects.toMatchObject({
      code: ErrorCode.VALIDATION_FAILED,
      message: expect.stringContaining('stalledAfterDays'),
    });
    expect(await harness.call(GET_PROGRAMME, { programmeId: classicId }, staff)).toEqual(before);
  });

  it('keeps settings to staff: students and alumni get FORBIDDEN and nothing changes', async () => {
    const before = await harness.sql('SELECT * FROM matching.programmes ORDER BY code');
    for (const actor of [student, alumnus]) {
      await expect(harness.call(GET_PROGRAMME, { programmeId: classicId }, actor)).rejects.toMatchObject({
        code: ErrorCode.FORBIDDEN,
      });
      await expect(
        harness.call(UPDATE_PROGRAMME_SETTINGS, { programmeId: classicId, durationMonths: 12 }, actor),
      ).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    }
    expect(await harness.sql('SELECT * FROM matching.programmes ORDER BY code')).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown programme', async () => {
    await expect(
      harness.call(GET_PROGRAMME, { programmeId: '00000000-0000-4000-8000-000000000000' }, staff),
    ).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });
});
