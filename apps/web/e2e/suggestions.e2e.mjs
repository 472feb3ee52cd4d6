import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { TRAINING_CATALOGUE } from '@passerelle/profiles';
import { uniqueEmail } from '@passerelle/testing';
import { ADMIN, BASE_URL, heading, PASSWORD, screenshot, signIn, useBrowser } from './support.mjs';

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

const register = (displayName, role) =>
  api('/auth/register', {
    method: 'POST',
    body: { email: uniqueEmail(role), password: PASSWORD, displayName, role },
  });

/** An alumnus through the whole onboarding by the API, as the wizard would, approved by the admin. */
async function availableMentor({ displayName, alumnus }, adminToken) {
  const { accessToken: token, account } = await register(displayName, 'alumnus');
  await api('/me/profile', { method: 'PUT', token, body: { timeZone: 'Europe/Paris', alumnus } });
  await api('/me/onboarding/mentor-request', { method: 'POST', token, body: { motivation: 'Transmettre' } });
  const charter = await api('/charter', { token });
  await api('/charter/acceptances', { method: 'POST', token, body: { version: charter.version } });
  for (const module of TRAINING_CATALOGUE) {
    const answers = module.questions.map((question) => ({
      questionId: question.id,
      choiceId: question.correctChoiceId,
    }));
    await api(`/training/${module.id}/attempts`, { method: 'POST', token, body: { answers } });
  }
  await api(`/staff/mentors/${account.id}/approve`, { method: 'POST', token: adminToken, body: {} });
  return account.id;
}

/** Profiles tells matching through its outbox and matching's inbox; the suggestion index looks every 2 s. */
async function waitForSuggestions(token, mentorIds) {
  const { items } = await api('/matching/programmes', { token });
  const classic = items.find((programme) => programme.mode === 'classic');
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const list = await api(`/matching/suggestions?programmeId=${classic.id}`, { token });
    const ids = list.items.map((item) => item.mentor.accountId);
    if (mentorIds.every((id) => ids.includes(id))) return;
    await sleep(200);
  }
  throw new Error('the mentors never reached the suggestions');
}

describe('find a mentor', () => {
  const { openPage } = useBrowser();
  const student = { email: uniqueEmail('student'), password: PASSWORD };

  before(async () => {
    const { accessToken: adminToken } = await api('/auth/login', { method: 'POST', body: ADMIN });
    const mentorIds = [];
    for (const mentor of MENTORS) mentorIds.push(await availableMentor(mentor, adminToken));
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
