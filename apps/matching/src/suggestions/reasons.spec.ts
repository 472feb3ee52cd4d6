import type { Reason } from './scoring.js';
import { renderReason, type ReasonLabels } from './reasons.js';

const frLabels: ReasonLabels = {
  skill: (id) => ({ sql: 'SQL', 'power-bi': 'Power BI', 'data-analysis': 'analyse de données' })[id] ?? id,
  sector: (code) => ({ banking: 'Banque' })[code] ?? code,
  topic: (code) => ({ 'cv-review': 'relecture de CV', networking: 'réseau' })[code] ?? code,
};
const enLabels: ReasonLabels = {
  skill: (id) => ({ sql: 'SQL', 'power-bi': 'Power BI', 'data-analysis': 'data analysis' })[id] ?? id,
  sector: (code) => ({ banking: 'Banking' })[code] ?? code,
};

describe('reasons in words', () => {
  const skills = { code: 'skills-in-common', count: 3, items: ['sql', 'power-bi', 'data-analysis'] } as const;

  it('lists the skills in common with their names', () => {
    expect(renderReason({ ...skills, items: [...skills.items] }, 'fr', frLabels)).toBe(
      '3 compétences en commun : SQL, Power BI, analyse de données',
    );
    expect(renderReason({ ...skills, items: [...skills.items] }, 'en', enLabels)).toBe(
      '3 skills in common: SQL, Power BI, data analysis',
    );
    expect(renderReason({ code: 'skills-in-common', count: 1, items: ['sql'] }, 'fr', frLabels)).toBe(
      '1 compétence en commun : SQL',
    );
    expect(renderReason({ code: 'skills-in-common', count: 1, items: ['sql'] }, 'en')).toBe(
      '1 skill in common: sql',
    );
  });

  it('names the target sector and the role', () => {
    expect(renderReason({ code: 'target-sector', sector: 'banking' }, 'fr', frLabels)).toBe(
      'travaille dans votre secteur cible : Banque',
    );
    expect(renderReason({ code: 'target-sector', sector: 'banking' }, 'en', enLabels)).toBe(
      'works in your target sector: Banking',
    );
    expect(renderReason({ code: 'target-role', jobTitle: 'Data analyst' }, 'en')).toBe(
      'holds a role close to the one you aim for: Data analyst',
    );
  });

  it('speaks about the pair, not to the mentee, to the mentor and to staff', () => {
    const observer = (reason: Reason, locale: 'fr' | 'en') =>
      renderReason(reason, locale, frLabels, 'observer');
    expect(observer({ code: 'target-sector', sector: 'banking' }, 'fr')).toBe(
      'travaille dans le secteur visé : Banque',
    );
    expect(observer({ code: 'target-role', jobTitle: 'Data analyst' }, 'en')).toBe(
      'holds a role close to the one aimed for: Data analyst',
    );
    expect(observer({ code: 'topics-in-common', count: 1, items: ['networking'] }, 'fr')).toBe(
      'peut aider sur : réseau',
    );
    expect(observer({ code: 'free-places', count: 2 }, 'fr')).toBe('2 places libres');
  });

  it('names the shared languages in the reader language', () => {
    expect(renderReason({ code: 'shared-languages', items: ['fr', 'en'] }, 'fr')).toBe(
      'parle français et anglais',
    );
    expect(renderReason({ code: 'shared-languages', items: ['fr', 'en'] }, 'en')).toBe(
      'speaks French and English',
    );
    expect(renderReason({ code: 'shared-languages', items: ['fr', 'en', 'ar'] }, 'fr')).toBe(
      'parle français, anglais et arabe',
    );
  });

  it('gives the time difference, half hours included, or says there is none', () => {
    expect(renderReason({ code: 'time-difference', hours: 5 }, 'fr')).toBe('5 h de décalage horaire');
    expect(renderReason({ code: 'time-difference', hours: 5 }, 'en')).toBe('5 h time difference');
    expect(renderReason({ code: 'time-difference', hours: 4.5 }, 'fr')).toBe('4 h 30 de décalage horaire');
    expect(renderReason({ code: 'time-difference', hours: 0 }, 'fr')).toBe('même fuseau horaire');
    expect(renderReason({ code: 'time-difference', hours: 0 }, 'en')).toBe('same time zone');
  });

  it('says how many places are free and how fast the mentor answers', () => {
    expect(renderReason({ code: 'free-places', count: 2 }, 'fr')).toBe('2 places libres');
    expect(renderReason({ code: 'free-places', count: 1 }, 'fr')).toBe('1 place libre');
    expect(renderReason({ code: 'free-places', count: 2 }, 'en')).toBe('2 free places');
    expect(renderReason({ code: 'answers-within', days: 2 }, 'fr')).toBe('répond en 2 jours en moyenne');
    expect(renderReason({ code: 'answers-within', days: 2 }, 'en')).toBe('answers within 2 days on average');
    expect(renderReason({ code: 'answers-within', days: 1 }, 'en')).toBe('answers within a day on average');
  });

  it('writes topics and shared free time', () => {
    expect(
      renderReason(
        { code: 'topics-in-common', count: 2, items: ['cv-review', 'networking'] },
        'fr',
        frLabels,
      ),
    ).toBe('peut vous aider sur : relecture de CV, réseau');
    expect(renderReason({ code: 'shared-availability', hours: 2 }, 'fr')).toBe(
      '2 h de disponibilités communes par semaine',
    );
    expect(renderReason({ code: 'shared-availability', hours: 1.5 }, 'en')).toBe(
      '1 h 30 of shared availability a week',
    );
  });
});
