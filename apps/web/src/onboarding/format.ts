import { useTranslation } from 'react-i18next';

/** Dates shown in the reader's language ("12 mars 2027" / "March 12, 2027"). */
export function useFormatDate(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  return (iso) => (iso ? format.format(new Date(iso)) : '');
}

/** The French or English text of a bilingual pair, by the reader's language. */
export function useLocalised(): <T>(fr: T, en: T) => T {
  const { i18n } = useTranslation();
  return (fr, en) => (i18n.language.startsWith('en') ? en : fr);
}
