import { Role, type ImportCounts, type ImportFieldChange, type ImportRowReport } from '@passerelle/contracts';
import type { AlumnusImportFields, AlumnusImportRow } from './alumni-rows.js';

/** What is stored for an email the file names: the account, and its alumnus profile if it has one. */
export interface StoredPerson {
  accountId: string;
  role: Role;
  displayName: string;
  profile: Partial<Record<keyof AlumnusImportFields, string | number | null>> | null;
}

/** The decision for one line and, for the service, what to write. */
export interface PlannedRow {
  report: ImportRowReport;
  row: AlumnusImportRow;
  stored: StoredPerson | undefined;
}

/**
 * Decides what one line does: an error line does nothing; a new email
 * creates an alumnus; a known alumnus is updated with the fields that differ
 * (empty cells were left out, so they change nothing); another role is an
 * error, since an import must not turn a student or staff member into an
 * alumnus.
 */
export function planRow(row: AlumnusImportRow, stored: StoredPerson | undefined): PlannedRow {
  const base = { line: row.line, email: row.email };
  if (row.errors.length > 0) {
    return { row, stored, report: { ...base, outcome: 'error', changes: [], errors: row.errors } };
  }
  if (!stored) return { row, stored, report: { ...base, outcome: 'create', changes: [], errors: [] } };
  if (stored.role !== Role.Alumnus) {
    const error = {
      column: 'email' as const,
      problem: 'not-an-alumnus' as const,
      message: `${row.email} belongs to an account with the role ${stored.role}; only alumni can be imported`,
    };
    return { row, stored, report: { ...base, outcome: 'error', changes: [], errors: [error] } };
  }
  const changes = changesBetween(row.fields, (field) =>
    field === 'displayName' ? stored.displayName : (stored.profile?.[field] ?? null),
  );
  return {
    row,
    stored,
    report: { ...base, outcome: changes.length > 0 ? 'update' : 'unchanged', changes, errors: [] },
  };
}

function changesBetween(
  fields: AlumnusImportFields,
  current: (field: keyof AlumnusImportFields) => string | number | null,
): ImportFieldChange[] {
  return (Object.keys(fields) as (keyof AlumnusImportFields)[])
    .map((field) => ({ field, from: current(field), to: fields[field] ?? null }))
    .filter((change) => change.from !== change.to);
}

/**
 * Keeps the first `max` field changes of the reports and empties the change
 * lists after them (the rows keep their outcome); returns how many were left out.
 */
export function capChanges(
  reports: ImportRowReport[],
  max: number,
): { rows: ImportRowReport[]; omitted: number } {
  let budget = max;
  let omitted = 0;
  const rows = reports.map((report) => {
    if (report.changes.length <= budget) {
      budget -= report.changes.length;
      return report;
    }
    omitted += report.changes.length;
    budget = 0;
    return { ...report, changes: [] };
  });
  return { rows, omitted };
}

export function countOutcomes(reports: ImportRowReport[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const report of reports) counts[report.outcome] += 1;
  return counts;
}
