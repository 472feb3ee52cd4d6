import { Role } from '@passerelle/contracts';
import type { AlumnusImportRow } from './alumni-rows.js';
import { capChanges, countOutcomes, planRow, type StoredPerson } from './import-plan.js';

const row = (
  fields: AlumnusImportRow['fields'],
  errors: AlumnusImportRow['errors'] = [],
): AlumnusImportRow => ({
  line: 7,
  email: 'lina@example.org',
  fields,
  errors,
});
const alumna: StoredPerson = {
  accountId: 'a-1',
  role: Role.Alumnus,
  displayName: 'Lina Morel',
  profile: { employer: 'Airbus', city: 'Toulouse', graduationYear: 2015 },
};

describe('planRow', () => {
  it("creates an unknown email (the fields are the file's own, so none are listed)", () => {
    const planned = planRow(row({ displayName: 'Lina Morel', employer: 'Airbus' }), undefined);
    expect(planned.report).toEqual({
      line: 7,
      email: 'lina@example.org',
      outcome: 'create',
      errors: [],
      changes: [],
    });
  });

  it('details at most the given number of changes, counting the rest', () => {
    const update = planRow(row({ displayName: 'Lina M', employer: 'Safran', city: 'Pau' }), alumna).report;
    const { rows, omitted } = capChanges([update, update, update], 7);
    expect(rows.map((report) => report.changes.length)).toEqual([3, 3, 0]);
    expect(rows[2]!.outcome).toBe('update');
    expect(omitted).toBe(3);
  });

  it('updates a known alumnus with only the fields that differ', () => {
    const planned = planRow(row({ displayName: 'Lina Morel', employer: 'Safran', city: 'Toulouse' }), alumna);
    expect(planned.report.outcome).toBe('update');
    expect(planned.report.changes).toEqual([{ field: 'employer', from: 'Airbus', to: 'Safran' }]);
  });

  it('leaves a known alumnus unchanged when every field matches', () => {
    expect(planRow(row({ displayName: 'Lina Morel', graduationYear: 2015 }), alumna).report.outcome).toBe(
      'unchanged',
    );
  });

  it('compares with nothing when the alumnus has no profile yet', () => {
    const planned = planRow(row({ employer: 'Airbus' }), { ...alumna, profile: null });
    expect(planned.report.changes).toEqual([{ field: 'employer', from: null, to: 'Airbus' }]);
  });

  it('refuses to import over a student or staff account', () => {
    const planned = planRow(row({ displayName: 'Lina Morel' }), { ...alumna, role: Role.Student });
    expect(planned.report.outcome).toBe('error');
    expect(planned.report.errors[0]).toMatchObject({ column: 'email', problem: 'not-an-alumnus' });
  });

  it('keeps the line errors and plans nothing for a line with errors', () => {
    const error = { column: 'sector' as const, problem: 'unknown-sector' as const, message: 'x' };
    const planned = planRow(row({ displayName: 'Lina Morel' }, [error]), undefined);
    expect(planned.report).toMatchObject({ outcome: 'error', errors: [error], changes: [] });
  });

  it('counts outcomes', () => {
    const reports = [
      planRow(row({ displayName: 'A' }), undefined).report,
      planRow(row({ displayName: 'Lina Morel' }), alumna).report,
      planRow(row({ employer: 'X' }), alumna).report,
    ];
    expect(countOutcomes(reports)).toEqual({ create: 1, update: 1, unchanged: 1, error: 0 });
  });
});
