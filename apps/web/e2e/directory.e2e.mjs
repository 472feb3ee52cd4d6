import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uniqueEmail } from '@passerelle/testing';
import { BASE_URL, heading, launchBrowser, openPage, PASSWORD, screenshot, signUp } from './support.mjs';

/**
 * Alumni who fill their profile through the API, as the profile page would: every one of
 * them works somewhere called "Zéphyr", so the test finds exactly them whatever other
 * tests created.
 */
const ALUMNI = [
  {
    displayName: 'Aminata Diallo',
    timeZone: 'Africa/Dakar',
    alumnus: {
      jobTitle: 'Analyste crédit',
      employer: 'Banque Zéphyr',
      sector: 'banking',
      city: 'Dakar',
      country: 'SN',
      graduationYear: 2012,
      languages: ['fr', 'en', 'wo'],
      skillIds: ['financial-analysis', 'risk-management', 'negotiation'],
      topics: ['interview-preparation', 'international-career'],
      formats: ['video', 'phone'],
      bio: 'Je prépare volontiers les entretiens dans la banque.',
    },
  },
  {
    displayName: 'Julien Mercier',
    timeZone: 'Europe/Paris',
    alumnus: {
      jobTitle: 'Gérant de portefeuille',
      employer: 'Zéphyr Gestion',
      sector: 'banking',
      city: 'Paris',
      country: 'FR',
      graduationYear: 2008,
      languages: ['fr', 'en'],
      skillIds: ['asset-management', 'financial-modelling'],
      topics: ['sector-insight'],
      formats: ['in-person'],
    },
  },
  {
    displayName: 'Ousmane Sow',
    timeZone: 'Africa/Dakar',
    alumnus: {
      jobTitle: 'Développeur full-stack',
      employer: 'Zéphyr Tech',
      sector: 'it-software',
      city: 'Dakar',
      country: 'SN',
      graduationYear: 2019,
      languages: ['fr', 'wo'],
      skillIds: ['typescript', 'web-development'],
      topics: ['first-job'],
      formats: ['chat', 'video'],
    },
  },
  {
    displayName: 'Émilie Gagnon',
    timeZone: 'America/Toronto',
    alumnus: {
      jobTitle: 'Consultante en stratégie',
      employer: 'Zéphyr Conseil',
      sector: 'consulting',
      city: 'Montréal',
      country: 'CA',
      graduationYear: 2015,
      languages: ['fr', 'en'],
      skillIds: ['strategy'],
      topics: ['career-change'],
      formats: ['video'],
    },
  },
];

async function api(path, { method = 'GET', token, body } = {}) {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      ...(body && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

async function createAlumnus({ displayName, timeZone, alumnus }) {
  const { accessToken } = await api('/auth/register', {
    method: 'POST',
    body: { email: uniqueEmail('alumnus'), password: PASSWORD, displayName, role: 'alumnus' },
  });
  await api('/me/profile', { method: 'PUT', token: accessToken, body: { timeZone, alumnus } });
}

/** The count above the results: a live region, so screen readers hear it change. */
const resultCount = (page) => page.getByRole('status').filter({ hasText: /\d+ résultats?|Aucun résultat/ });
const cardNames = (page) =>
  page.getByRole('list', { name: 'Résultats' }).getByRole('heading', { level: 2 }).allInnerTexts();

describe('alumni directory', () => {
  let browser;
  before(async () => {
    for (const alumnus of ALUMNI) await createAlumnus(alumnus);
    browser = await launchBrowser();
  });
  after(() => browser?.close());

  it('narrows a text search with two filters, opens a profile, and shows an empty state', async () => {
    const page = await openPage(browser, { timezoneId: 'Europe/Paris' });
    await signUp(page, { displayName: 'Fatou Ndiaye' });
    await page.getByRole('link', { name: 'Annuaire' }).first().click();
    await heading(page, 'Annuaire des alumni').waitFor();

    // Accents are optional: "zephyr" finds every "Zéphyr".
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('zephyr');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await resultCount(page).filter({ hasText: '4 résultats' }).waitFor();
    assert.deepEqual(
      (await cardNames(page)).sort(),
      ['Aminata Diallo', 'Julien Mercier', 'Ousmane Sow', 'Émilie Gagnon'].sort(),
    );
    await screenshot(page, 'directory-search');

    await page.getByRole('combobox', { name: 'Secteur' }).selectOption({ label: 'Banque' });
    await resultCount(page).filter({ hasText: '2 résultats' }).waitFor();
    await page.getByRole('combobox', { name: 'Langue parlée' }).selectOption('wo');
    await resultCount(page).filter({ hasText: '1 résultat' }).waitFor();
    assert.deepEqual(await cardNames(page), ['Aminata Diallo']);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Aminata Diallo' }) });
    await card.getByText('Analyste crédit · Banque Zéphyr').waitFor();
    await card.getByRole('list', { name: 'Compétences' }).getByText('Analyse financière').waitFor();
    // They have not asked to mentor, and nobody has answered a request yet: the card promises
    // neither free places nor answer times.
    assert.equal(await card.getByText(/place|Répond|répondre/).count(), 0);
    assert.match(page.url(), /q=zephyr/);
    assert.match(page.url(), /sector=banking/);
    assert.match(page.url(), /language=wo/);
    await screenshot(page, 'directory-filtered');

    // The card leads to the public profile.
    await card.getByRole('link', { name: 'Aminata Diallo' }).click();
    await heading(page, 'Aminata Diallo').waitFor();
    await page.goBack();
    await resultCount(page).filter({ hasText: '1 résultat' }).waitFor();

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('introuvable xyzzy');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Personne ne correspond à cette recherche').waitFor();
    await page.getByText('Essayez avec moins de filtres ou d’autres mots.').waitFor();
    await screenshot(page, 'directory-empty');

    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('zephyr');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await resultCount(page).filter({ hasText: '1 résultat' }).waitFor();
    await page
      .getByRole('button', { name: /Effacer les filtres/ })
      .first()
      .click();
    await resultCount(page).filter({ hasText: '4 résultats' }).waitFor();
  });

  it('works on a phone, with the filters folded above the results', async () => {
    const page = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      timezoneId: 'Africa/Dakar',
    });
    await signUp(page, { displayName: 'Moussa Fall' });
    await page.goto('/directory?q=zephyr&language=wo');
    await resultCount(page).filter({ hasText: '2 résultats' }).waitFor();
    // On a phone the filters start folded, so the results are on the first screen.
    const language = page.getByRole('combobox', { name: 'Langue parlée' });
    assert.equal(await language.isVisible(), false);
    await screenshot(page, 'directory-mobile', { fullPage: false });
    await page.locator('summary').filter({ hasText: 'Filtres' }).click();
    assert.equal(await language.inputValue(), 'wo');
    await screenshot(page, 'directory-mobile-filters');
  });
});
