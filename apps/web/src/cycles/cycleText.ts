import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from './cyclesApi';

/** How the cycle pages name a cycle and show its figures, in the reader's language. */
export function useCycleText() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const score = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  return {
    programmeName(programmes: readonly ProgrammeSummary[], programmeId: string): string {
      const programme = programmes.find((candidate) => candidate.id === programmeId);
      if (!programme) return t('cycles.unknownProgramme');
      return language.startsWith('en') ? programme.nameEn : programme.nameFr;
    },
    /** "promotion 2043" or "toutes les promotions", as it reads inside a sentence. */
    cohort: (cohort: number | null) =>
      cohort === null ? t('cycles.allCohorts') : t('cycles.cohort', { year: cohort }),
    percent: (share: number) => percent.format(share),
    signedPercent: (share: number) => signedPercent.format(share),
    score: (value: number) => score.format(value),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
  };
}
