import type { TFunction } from 'i18next';
import { CYCLE_CONFLICTS, type CycleConflict } from '@passerelle/contracts/matching-codes';
import { ApiError } from '../api/client';

/** What the status region of a cycle's page says after an action. */
export type Feedback = { kind: 'success' | 'error'; text: string } | null;

export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'CONFLICT';
}

const CONFLICT_KEYS = {
  published: 'cycles.conflicts.published',
  'no-mentor': 'cycles.conflicts.noMentor',
  'same-mentor': 'cycles.conflicts.sameMentor',
  'removed-pair': 'cycles.conflicts.removedPair',
  'ruled-out': 'cycles.conflicts.ruledOut',
} as const satisfies Record<CycleConflict, string>;

/** A refusal of the draft's rules, in the reader's language: matching names it in `details.reason`. */
export function explainConflict(t: TFunction, error: ApiError): string {
  const reason = error.details.reason;
  const known = (CYCLE_CONFLICTS as readonly unknown[]).includes(reason);
  return known
    ? t(CONFLICT_KEYS[reason as CycleConflict])
    : t('cycles.conflicts.other', { message: error.message });
}
