import type { ALUMNI_IMPORT_MAX_ROWS } from '@passerelle/contracts';
import { api } from '../api/client';

export type ImportMode = 'dry-run' | 'apply';
export type ImportOutcome = 'create' | 'update' | 'unchanged' | 'error';

export interface ImportRowError {
  column: string | null;
  problem: string;
  message: string;
  firstLine?: number;
}

export interface ImportFieldChange {
  field: string;
  from: string | number | null;
  to: string | number | null;
}

export interface ImportRowReport {
  line: number;
  email: string | null;
  outcome: ImportOutcome;
  changes: ImportFieldChange[];
  errors: ImportRowError[];
}

export interface ImportReport {
  mode: ImportMode;
  applied: boolean;
  counts: Record<ImportOutcome, number>;
  rows: ImportRowReport[];
  omittedChanges: number;
}

/** Mirrors ALUMNI_IMPORT_MAX_ROWS / ALUMNI_IMPORT_MAX_BYTES of the contracts, for the help text. */
export const IMPORT_LIMITS: { rows: typeof ALUMNI_IMPORT_MAX_ROWS; kib: number } = { rows: 5_000, kib: 900 };

export const importApi = {
  /** The file's text goes as JSON; the browser decodes it as UTF-8, so other encodings show up as errors. */
  alumni(mode: ImportMode, csv: string): Promise<ImportReport> {
    return api.call<ImportReport>('POST', `/staff/imports/alumni?mode=${mode}`, { csv });
  },
};
