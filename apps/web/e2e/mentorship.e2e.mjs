import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  acceptCharter,
  adminToken,
  api,
  availableMentor,
  classicProgramme,
  register,
  waitForSuggestions,
} from './people.mjs';
import { heading, screenshot, signIn, signOut, useBrowser } from './support.mjs';

/** A mentor with rare skills (carbon accounting, ESG reporting), so the reasons are theirs alone. */
const MENTOR = {
  displayName: 'Élise Fontaine',
  alumnus: {
    jobTitle: 'Responsable RSE',
    sector: 'energy-environment',
    languages: ['fr'],
    skillIds: ['carbon-accounting', 'esg-reporting'],
    topics: ['career-change'],
    formats: ['video'],
    capacity: 2,
  },
};
const MENTEE_NAME = 'Léa Moreau';
const MESSAGE = 'Je voudrais rejoindre une équipe RSE dans l’énergie et apprendre le bilan carbone.';

describe('from a request to an active mentorship', () => {
  const { openPage } = useBrowser();
  let mentor;
  let mentee;

  before(async () => {
    mentor = await availableMentor(MENTOR, await adminToken());
    mentee = await register(MENTEE_NAME, 'student');
    const token = mentee.accessToken;
    await api('/me/profile', {
      method: 'PUT',
      token,
      body: {
        timeZone: 'Europe/Paris',
        student: {
          skillIdsToDevelop: ['carbon-accounting', 'esg-reporting'],
          targetSectors: ['energy-environment'],
          targetRoles: ['Responsable RSE'],
          languages: ['fr'],
        },
      },
    });
    await acceptCharter(token);
    await waitForSuggestions(token, [mentor.account.id]);
    // Find a mentor's page is covered by suggestions.e2e.mjs; the request goes as that page sends it.
    const programme = await classicProgramme(token);
    await api('/matching/requests', {
      method: 'POST',
      token,
      body: { programmeId: programme.id, mentorIds: [mentor.account.id], message: MESSAGE },
    });
  });

  /** Signs in, opens "Mes mentorats" from the menu and the mentorship from the list. */
  async function openMentorship(page, person, linkName) {
    await signIn(page, person);
    // Signed in again in the same tab, one lands back where one signed out; the menu is there either way.
    await page.getByRole('link', { name: 'Mes mentorats' }).first().click();
    await heading(page, 'Mes mentorats').waitFor();
    const current = page.getByRole('region', { name: 'En cours' });
    await current.getByRole('link', { name: linkName }).click();
  }

  it('the mentor reads the request and its reasons and accepts; both see the proposal and its agreement', async () => {
    const page = await openPage({ timezoneId: 'Europe/Paris' });
    await signIn(page, mentor);
    await heading(page, 'Mon compte').waitFor();
    await page.getByRole('link', { name: 'Demandes reçues' }).first().click();
    await heading(page, 'Demandes reçues').waitFor();

    const card = page.getByRole('article', { name: `${MENTEE_NAME} vous demande de l’accompagner` });
    await card.getByText(MESSAGE).waitFor();
    const reasons = card.getByRole('region', { name: 'Pourquoi vous' });
    await reasons.getByText('2 compétences en commun : Bilan carbone, Reporting ESG').waitFor();
    await card.getByText(/Correspondance : \d+ sur 100/).waitFor();
    await screenshot(page, 'mentorship-incoming-request');

    await card.getByRole('button', { name: 'Accepter' }).click();
    const dialog = page.getByRole('dialog', { name: `Accepter la demande de ${MENTEE_NAME} ?` });
    await dialog.getByRole('button', { name: 'Accepter la demande' }).click();
    await page
      .getByRole('status')
      .getByText(`Demande de ${MENTEE_NAME} acceptée : le mentorat attend maintenant son accord.`)
      .waitFor();
    assert.equal(await card.count(), 0, 'the accepted request leaves the list');
    await signOut(page);

    // The mentor's side: the proposal, with the agreement the mentor accepted by accepting the request.
    await openMentorship(page, mentor, `Ouvrir le mentorat avec ${MENTEE_NAME}`);
    await heading(page, `Mentorat avec ${MENTEE_NAME}`).waitFor();
    await page.getByTestId('mentorship-status').getByText('Proposé — en attente des accords').waitFor();
    const agreement = page.getByRole('region', { name: 'L’accord' });
    await agreement.getByText('1 h par mois').waitFor();
    await agreement.getByText('6 mois').waitFor();
    const acceptances = agreement.getByTestId('agreement-acceptances');
    await acceptances.getByText(/^Mentor : accepté le /).waitFor();
    await acceptances.getByText('Mentoré·e : pas encore accepté').waitFor();
    await agreement
      .getByText(`Vous avez accepté l’accord ; ${MENTEE_NAME} doit l’accepter à son tour.`)
      .waitFor();
    await screenshot(page, 'mentorship-proposed-mentor');
    await signOut(page);
  });

  it('the mentee opens the proposal, accepts the agreement, and the mentorship is active for both', async () => {
    const page = await openPage({ timezoneId: 'Europe/Paris' });
    await openMentorship(page, mentee, `Ouvrir le mentorat avec ${MENTOR.displayName}`);
    await heading(page, `Mentorat avec ${MENTOR.displayName}`).waitFor();
    const agreement = page.getByRole('region', { name: 'L’accord' });
    await agreement
      .getByText('À vous : acceptez l’accord pour commencer, ou déclinez la proposition.')
      .waitFor();
    await screenshot(page, 'mentorship-proposed-mentee');

    await agreement.getByRole('button', { name: 'Accepter l’accord' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accepter l’accord ?' });
    await dialog
      .getByText('Vous êtes la seconde personne à accepter : le mentorat commence aussitôt.')
      .waitFor();
    await dialog.getByRole('button', { name: 'Accepter l’accord' }).click();
    await page.getByRole('status').getByText('Accord accepté : le mentorat a commencé.').waitFor();
    await page.getByTestId('mentorship-status').getByText('En cours').waitFor();
    await agreement
      .getByTestId('agreement-acceptances')
      .getByText(/^Mentoré·e : accepté le /)
      .waitFor();
    assert.equal(await agreement.getByRole('button', { name: 'Accepter l’accord' }).count(), 0);
    await screenshot(page, 'mentorship-active-mentee');
    await signOut(page);

    // The mentor finds it active too, from their own list.
    await openMentorship(page, mentor, `Ouvrir le mentorat avec ${MENTEE_NAME}`);
    await page.getByTestId('mentorship-status').getByText('En cours').waitFor();
    await page
      .getByRole('region', { name: 'L’accord' })
      .getByText(/^Mentoré·e : accepté le /)
      .waitFor();
  });
});
