import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { uniqueEmail } from '@passerelle/testing';
import { adminToken, api, availableMentor, waitForSuggestions } from './people.mjs';
import { heading, PASSWORD, screenshot, signIn, useBrowser } from './support.mjs';

/**
 * Two approved, available mentors with the rare skills "Statistiques" and "Langage R" (so the
 * test knows what other tests' people cannot change: their reasons), and a student wanting them.
 */
const MENTORS = [
  {
    displayName: 'Nadia Benali',
    alumnus: {
      jobTitle: 'Statisticienne',
      sector: 'banking',
      languages: ['fr', 'en'],
      skillIds: ['statistics', 'r-language'],
      topics: ['sector-insight'],
      formats: ['video'],
      capacity: 2,
    },
  },
  {
    displayName: 'Thomas Keller',
    alumnus: {
      jobTitle: 'Data scientist',
      sector: 'consulting',
      languages: ['fr'],
      skillIds: ['statistics'],
      topics: ['first-job'],
      formats: ['phone'],
      capacity: 1,
    },
  },
];

describe('find a mentor', () => {
  const { openPage } = useBrowser();
  const student = { email: uniqueEmail('student'), password: PASSWORD };

  before(async () => {
    const staffToken = await adminToken();
    const mentorIds = [];
    for (const mentor of MENTORS) mentorIds.push((await availableMentor(mentor, staffToken)).account.id);
    const { accessToken: token } = await api('/auth/register', {
      method: 'POST',
      body: { ...student, displayName: 'Sarah Cohen', role: 'student' },
    });
    await api('/me/profile', {
      method: 'PUT',
      token,
      body: {
        timeZone: 'Europe/Paris',
        student: {
          skillIdsToDevelop: ['statistics', 'r-language'],
          targetSectors: ['banking'],
          targetRoles: ['Statisticienne'],
          languages: ['fr'],
        },
      },
    });
    await waitForSuggestions(token, mentorIds);
  });

  it('shows a student mentors with their reasons in French and lets them choose up to three, in order', async () => {
    const page = await openPage({ timezoneId: 'Europe/Paris' });
    await signIn(page, student);
    await heading(page, 'Mon compte').waitFor();
    await page.getByRole('link', { name: 'Trouver un mentor' }).first().click();
    await heading(page, 'Trouver un mentor').waitFor();
    assert.equal(
      await page
        .getByRole('radio', { name: /Mentorat/ })
        .first()
        .isChecked(),
      true,
    );

    const card = (name) => page.getByRole('article', { name });
    const nadia = card('Nadia Benali');
    await nadia.waitFor();
    const reasons = nadia.getByRole('list', { name: 'Pourquoi ce mentor' });
    await reasons.getByText('2 compétences en commun : Langage R, Statistiques').waitFor();
    await reasons.getByText('travaille dans votre secteur cible : Banque').waitFor();
    await reasons.getByText('occupe un poste proche de celui que vous visez : Statisticienne').waitFor();
    await nadia.getByText('Correspondance :', { exact: false }).waitFor();

    // Nadia fits better than Thomas: she comes first.
    const names = await page.getByRole('article').getByRole('heading', { level: 2 }).allInnerTexts();
    assert.ok(names.indexOf('Nadia Benali') < names.indexOf('Thomas Keller'), names.join(', '));

    await nadia.getByRole('checkbox', { name: 'Choisir Nadia Benali' }).check();
    await card('Thomas Keller').getByRole('checkbox', { name: 'Choisir Thomas Keller' }).check();
    const panel = page.getByRole('region', { name: 'Mes choix (2/3)' });
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Monter Thomas Keller' }).click();
    assert.deepEqual(
      (await panel.getByRole('listitem').allInnerTexts()).map((text) => text.split('\n')[0]),
      ['Thomas Keller', 'Nadia Benali'],
    );
    await nadia.getByText('Choix n° 2').waitFor();
    await panel
      .getByLabel('Votre message')
      .fill('Je prépare un premier poste de statisticienne dans la banque.');
    await screenshot(page, 'find-mentor-choices');

    // A filter nobody matches: the page says which one to drop, and dropping it brings them back.
    await page.getByRole('combobox', { name: 'Secteur' }).selectOption({ label: 'Assurance' });
    await page.getByText('Aucun mentor ne correspond').waitFor();
    await screenshot(page, 'find-mentor-empty');
    await page.getByRole('button', { name: 'Retirer le filtre « Secteur »' }).click();
    await nadia.waitFor();
    // The choices survived the filters.
    await panel.waitFor();
  });
});
