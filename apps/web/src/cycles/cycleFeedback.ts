import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** What the status region of a cycle's page says after an action. */
export type Feedback = { kind: 'success' | 'error'; text: string } | null;

export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'CONFLICT';
}

/**
 * A refusal of the draft's rules, in the reader's language. Matching's messages are English;
 * the details it sends with each conflict tell them apart.
 */
export function explainConflict(t: TFunction, error: ApiError): string {
  const details = error.details;
  if (details.status === 'published') return t('cycles.conflicts.published');
  const names = (key: string) => typeof details[key] === 'string';
  if (names('menteeId') && names('mentorId')) return t('cycles.conflicts.ruledOut');
  if (names('mentorId')) return t('cycles.conflicts.sameMentor');
  if (names('menteeId') || names('otherMenteeId')) return t('cycles.conflicts.noMentor');
  return t('cycles.conflicts.other', { message: error.message });
}
