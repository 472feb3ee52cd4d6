import {
  Locale,
  MENTORING_TOPIC_LABELS,
  REVERSE_MENTORING_TOPIC_LABELS,
  SECTOR_LABELS,
  SKILL_CATALOGUE,
  type CodeLabel,
  type ReasonView,
} from '@passerelle/contracts';
import { renderReason, type ReasonLabels, type ReasonLocale, type ReasonReader } from './reasons.js';
import type { Reason } from './scoring.js';

const SKILL_LABELS = new Map<string, CodeLabel>(
  SKILL_CATALOGUE.flatMap((family) => family.skills.map(([id, fr, en]) => [id, { fr, en }] as const)),
);
const TOPIC_LABELS = new Map<string, CodeLabel>(
  Object.entries({ ...MENTORING_TOPIC_LABELS, ...REVERSE_MENTORING_TOPIC_LABELS }),
);
const SECTORS = new Map<string, CodeLabel>(Object.entries(SECTOR_LABELS));

function labelsIn(locale: ReasonLocale): ReasonLabels {
  const name = (labels: Map<string, CodeLabel>) => (code: string) => labels.get(code)?.[locale] ?? code;
  return { skill: name(SKILL_LABELS), sector: name(SECTORS), topic: name(TOPIC_LABELS) };
}

const LABELS: Record<ReasonLocale, ReasonLabels> = { fr: labelsIn('fr'), en: labelsIn('en') };

export const reasonLocaleOf = (locale: Locale | undefined): ReasonLocale =>
  locale === Locale.En ? 'en' : 'fr';

/** A reason as the reader sees it: its code and its sentence, skills, sectors and topics named in their language. */
export function reasonView(
  reason: Reason,
  locale: ReasonLocale,
  reader: ReasonReader = 'mentee',
): ReasonView {
  return { code: reason.code, text: renderReason(reason, locale, LABELS[locale], reader) };
}
