/**
 * A reason written out for the person reading it, in French or English. The
 * service sends both the reason (code and parameters, for the web app to lay
 * out as it likes) and this sentence in the reader's language.
 */
import type { Reason } from './scoring.js';

export type ReasonLocale = 'fr' | 'en';

/**
 * Who reads the reason: the mentee is spoken to ("your target sector");
 * anyone else (the mentor a request reaches, staff reviewing a cycle)
 * reads about the pair.
 */
export type ReasonReader = 'mentee' | 'observer';

/** Names of the coded items, in the reader's language. Without one, the code itself is shown. */
export interface ReasonLabels {
  skill?(id: string): string;
  sector?(code: string): string;
  topic?(code: string): string;
}

const languageNames = {
  fr: new Intl.DisplayNames(['fr'], { type: 'language' }),
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
};
const conjunctions = {
  fr: new Intl.ListFormat('fr', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
};

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** 5 → "5 h", 5.5 → "5 h 30", the way both languages write a duration on a schedule. */
function hoursText(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes === 0 ? `${whole} h` : `${whole} h ${String(minutes).padStart(2, '0')}`;
}

export function renderReason(
  reason: Reason,
  locale: ReasonLocale,
  labels: ReasonLabels = {},
  reader: ReasonReader = 'mentee',
): string {
  const fr = locale === 'fr';
  const mentee = reader === 'mentee';
  const list = (items: string[], label?: (code: string) => string): string =>
    items.map((item) => label?.(item) ?? item).join(', ');
  switch (reason.code) {
    case 'skills-in-common': {
      const items = list(reason.items, labels.skill);
      return fr
        ? `${reason.count} ${plural(reason.count, 'compétence', 'compétences')} en commun : ${items}`
        : `${reason.count} ${plural(reason.count, 'skill', 'skills')} in common: ${items}`;
    }
    case 'target-sector': {
      const sector = labels.sector?.(reason.sector) ?? reason.sector;
      if (mentee) {
        return fr
          ? `travaille dans votre secteur cible : ${sector}`
          : `works in your target sector: ${sector}`;
      }
      return fr ? `travaille dans le secteur visé : ${sector}` : `works in the target sector: ${sector}`;
    }
    case 'target-role':
      if (mentee) {
        return fr
          ? `occupe un poste proche de celui que vous visez : ${reason.jobTitle}`
          : `holds a role close to the one you aim for: ${reason.jobTitle}`;
      }
      return fr
        ? `occupe un poste proche de celui visé : ${reason.jobTitle}`
        : `holds a role close to the one aimed for: ${reason.jobTitle}`;
    case 'topics-in-common': {
      const items = list(reason.items, labels.topic);
      if (mentee) return fr ? `peut vous aider sur : ${items}` : `can help you with: ${items}`;
      return fr ? `peut aider sur : ${items}` : `can help with: ${items}`;
    }
    case 'shared-languages': {
      const names = reason.items.map((code) => languageNames[locale].of(code) ?? code);
      return `${fr ? 'parle' : 'speaks'} ${conjunctions[locale].format(names)}`;
    }
    case 'time-difference':
      if (reason.hours === 0) return fr ? 'même fuseau horaire' : 'same time zone';
      return fr
        ? `${hoursText(reason.hours)} de décalage horaire`
        : `${hoursText(reason.hours)} time difference`;
    case 'shared-availability':
      return fr
        ? `${hoursText(reason.hours)} de disponibilités communes par semaine`
        : `${hoursText(reason.hours)} of shared availability a week`;
    case 'free-places':
      return fr
        ? `${reason.count} ${plural(reason.count, 'place libre', 'places libres')}`
        : `${reason.count} ${plural(reason.count, 'free place', 'free places')}`;
    case 'answers-within':
      if (reason.days === 1) return fr ? 'répond en 1 jour en moyenne' : 'answers within a day on average';
      return fr
        ? `répond en ${reason.days} jours en moyenne`
        : `answers within ${reason.days} days on average`;
  }
}
