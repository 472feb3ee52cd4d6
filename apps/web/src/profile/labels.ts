import { COUNTRIES, LANGUAGES } from '@passerelle/contracts/profile-codes';

/** Country and language names from the browser, in the interface language. */
function displayNames(locale: string, type: 'region' | 'language') {
  const names = new Intl.DisplayNames([locale], { type, fallback: 'code' });
  return (code: string) => names.of(code) ?? code;
}

export function countryOptions(locale: string): { code: string; name: string }[] {
  const name = displayNames(locale, 'region');
  return COUNTRIES.map((code) => ({ code, name: name(code) })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
}

export function countryName(locale: string, code: string): string {
  return displayNames(locale, 'region')(code);
}

export function languageName(locale: string, code: string): string {
  return displayNames(locale, 'language')(code);
}

/** The languages members mostly speak, offered as boxes to tick; the others are in a list. */
export const COMMON_LANGUAGES = ['fr', 'en', 'es', 'de', 'ar', 'pt', 'it', 'wo', 'zh'];

/** Every language the browser can name, in alphabetical order (codes it cannot name are left out). */
export function languageOptions(locale: string): { code: string; name: string }[] {
  const name = displayNames(locale, 'language');
  return LANGUAGES.map((code) => ({ code, name: name(code) }))
    .filter((option) => option.name !== option.code)
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** "18:30" for a minute of the day. */
export function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export function minuteOf(clockValue: string): number {
  if (clockValue === '24:00') return 1440;
  const [hours = NaN, minutes = NaN] = clockValue.split(':').map(Number);
  return hours * 60 + minutes;
}
