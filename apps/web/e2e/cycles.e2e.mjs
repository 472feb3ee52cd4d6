/* global document -- the callbacks given to locator.evaluate run in the browser */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, describe, it } from 'node:test';
import { acceptCharter, adminToken, api, availableMentor, register, waitForSuggestions } from './people.mjs';
import { ADMIN, assertFieldError, heading, screenshot, signIn, signOut, useBrowser } from './support.mjs';

/** A graduation year nobody else's test uses, so the cycle's mentees are the three below. */
const COHORT = 2043;

/** Two mentors with skills no other test gives anyone, two places each. */
const HELENE = {
  displayName: 'Hélène Garnier',
  alumnus: {
    jobTitle: 'Responsable logistique',
    sector: 'logistics-supply-chain',
    languages: ['fr'],
    skillIds: ['supply-chain', 'logistics'],
    topics: ['first-job'],
    formats: ['video'],
    capacity: 2,
  },
};
const KARIM = {
  displayName: 'Karim Haddad',
  alumnus: {
    jobTitle: 'Juriste en propriété intellectuelle',
    sector: 'law',
    languages: ['fr'],
    skillIds: ['intellectual-property', 'competition-law'],
    topics: ['first-job'],
    formats: ['video'],
    capacity: 2,
  },
};

/** Anaïs and Bastien want Hélène's skills, Chloé Karim's; Chloé has not accepted the charter. */
const STUDENTS = [
  {
    displayName: 'Anaïs Lefort',
    charter: true,
    student: { skillIdsToDevelop: ['supply-chain', 'logistics'], targetSectors: ['logistics-supply-chain'] },
  },
  {
    displayName: 'Bastien Roux',
    charter: true,
    student: { skillIdsToDevelop: ['logistics'], targetSectors: ['logistics-supply-chain'] },
  },
  {
    displayName: 'Chloé Marchand',
    charter: false,
    student: { skillIdsToDevelop: ['intellectual-property', 'competition-law'], targetSectors: ['law'] },
  },
];

/** Resolves once `check` holds, for what the page changes after an answer (focus, say). */
async function eventually(check, message) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await check()) return;
    await sleep(100);
  }
  assert.fail(message);
}

const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);

describe('staff matching cycles', () => {
  const { openPage } = useBrowser();
  const people = {};

  before(async () => {
    const staffToken = await adminToken();
    const mentorIds = [];
    for (const mentor of [HELENE, KARIM]) {
      const made = await availableMentor(mentor, staffToken);
      people[mentor.displayName] = made;
      mentorIds.push(made.account.id);
    }
    for (const { displayName, charter, student } of STUDENTS) {
      const made = await register(displayName, 'student');
      people[displayName] = made;
      await api('/me/profile', {
        method: 'PUT',
        token: made.accessToken,
        body: {
          timeZone: 'Europe/Paris',
          student: { ...student, expectedGraduationYear: COHORT, languages: ['fr'] },
        },
      });
      if (charter) await acceptCharter(made.accessToken);
    }
    // Matching learns of profiles through events: once each student's suggestions show both
    // mentors, its read model has them all.
    for (const { displayName } of STUDENTS)
      await waitForSuggestions(people[displayName].accessToken, mentorIds);
  });

  it('staff open a cycle for a cohort, lock, remove, run again, swap and publish it; each pair shows its outcome', async () => {
    const page = await openPage({ timezoneId: 'Europe/Paris' });
    await signIn(page, ADMIN);
    await heading(page, 'Mon compte').waitFor();
    await page.getByRole('link', { name: 'Cycles d’appariement' }).first().click();
    await heading(page, 'Cycles d’appariement').waitFor();
    // This file is the only one opening cycles.
    await page.getByText('Aucun cycle pour l’instant.').waitFor();

    // Out of bounds, the API refuses top K and the field says why.
    await page.getByLabel('Programme', { exact: true }).selectOption({ label: 'Mentorat' });
    await page.getByLabel('Promotion (année de diplôme)').fill(String(COHORT));
    const topK = page.getByLabel('Candidats étudiés par mentoré·e');
    await topK.fill('2');
    await page.getByRole('button', { name: 'Ouvrir et calculer le brouillon' }).click();
    await assertFieldError(topK, 'Indiquez un nombre entier de 3 à 50.');
    await screenshot(page, 'cycles-open-error');
    await topK.fill('25');
    await page.getByRole('button', { name: 'Ouvrir et calculer le brouillon' }).click();

    await heading(page, `Cycle Mentorat, promotion ${COHORT}`).waitFor();
    const summary = page.getByRole('region', { name: 'Résumé' });
    const pool = async (name) =>
      summary.locator('.cycle-pool__item', { hasText: name }).locator('dd').innerText();
    assert.equal(await pool('Mentoré·es'), '3');
    const figures = summary.getByRole('table', { name: /Répartition optimale/ });
    const figureRow = async (name) =>
      (await figures.getByRole('row', { name }).getByRole('cell').allInnerTexts()).map((text) =>
        text.replace(/\s/g, ' '),
      );
    // Optimal, greedy, draft: everyone has a mentor.
    assert.deepEqual(await figureRow('Binômes'), ['3', '3', '3']);
    assert.deepEqual(await figureRow('Couverture'), ['100 %', '100 %', '100 %']);
    await summary
      .getByText(/^Gain de la répartition optimale sur la gloutonne : .+ de score total\.$/)
      .waitFor();

    const pairs = page.getByRole('region', { name: 'Les binômes' }).getByRole('table');
    await pairs.getByText('3 mentoré·es (tous)').waitFor();
    const row = (mentee) =>
      pairs.getByRole('row').filter({ has: page.getByRole('rowheader', { name: mentee }) });
    const mentorOf = async (mentee) => (await row(mentee).getByRole('cell').first().innerText()).trim();
    assert.deepEqual(await pairs.getByRole('rowheader').allInnerTexts(), [
      'Anaïs Lefort',
      'Bastien Roux',
      'Chloé Marchand',
    ]);
    assert.equal(await mentorOf('Anaïs Lefort'), 'Hélène Garnier');
    assert.equal(await mentorOf('Bastien Roux'), 'Hélène Garnier');
    assert.equal(await mentorOf('Chloé Marchand'), 'Karim Haddad');
    await row('Anaïs Lefort')
      .getByRole('list', { name: 'Pourquoi Anaïs Lefort et Hélène Garnier' })
      .getByText('2 compétences en commun : Chaîne logistique, Logistique')
      .waitFor();
    await screenshot(page, 'cycle-draft');

    const status = page.getByRole('status').filter({ hasText: /\S/ });

    // Lock Anaïs's pair: the button says it, focus stays on it.
    await page.getByRole('button', { name: 'Verrouiller le binôme : Anaïs Lefort' }).click();
    await status.getByText('Binôme Anaïs Lefort – Hélène Garnier verrouillé').waitFor();
    const unlock = page.getByRole('button', { name: 'Déverrouiller le binôme : Anaïs Lefort' });
    await eventually(() => isFocused(unlock), 'focus should stay on the lock button of the row');
    await row('Anaïs Lefort').getByText('Verrouillé', { exact: true }).waitFor();

    // Remove Bastien's pair, confirmed in a dialog.
    await page.getByRole('button', { name: 'Retirer le binôme : Bastien Roux' }).click();
    const removal = page.getByRole('dialog', { name: 'Retirer ce binôme ?' });
    await removal
      .getByText(
        'Bastien Roux n’aura plus de mentor jusqu’au prochain calcul, qui ne lui proposera plus Hélène Garnier.',
      )
      .waitFor();
    await removal.getByRole('button', { name: 'Retirer le binôme' }).click();
    await status.getByText('Binôme Bastien Roux – Hélène Garnier retiré.').waitFor();
    await eventually(
      async () => (await mentorOf('Bastien Roux')) === 'Sans mentor',
      'Bastien should be unpaired',
    );
    await summary.getByText('1 binôme verrouillé · 1 binôme retiré').waitFor();

    // Run again: Anaïs keeps Hélène (locked), Bastien never gets her back and takes Karim's second place.
    await page.getByRole('button', { name: 'Relancer le calcul' }).click();
    await status.getByText('Brouillon recalculé autour des verrous : 3 binômes.').waitFor();
    await eventually(
      async () => (await mentorOf('Bastien Roux')) === 'Karim Haddad',
      'Bastien should get Karim',
    );
    assert.equal(await mentorOf('Anaïs Lefort'), 'Hélène Garnier');
    assert.equal(await mentorOf('Chloé Marchand'), 'Karim Haddad');

    // Bastien taking Anaïs's mentor would bring back the removed pair: refused, said in the status region.
    await page.getByRole('button', { name: 'Échanger le mentor : Bastien Roux' }).click();
    let swap = page.getByRole('dialog', { name: 'Échanger le mentor : Bastien Roux' });
    // Chloé has Karim too: only Anaïs is offered.
    const partners = swap.getByLabel('Avec le mentor de');
    await partners.waitFor();
    assert.deepEqual(await partners.locator('option').allInnerTexts(), [
      '—',
      'Anaïs Lefort (mentor : Hélène Garnier)',
    ]);
    await partners.selectOption({ label: 'Anaïs Lefort (mentor : Hélène Garnier)' });
    await swap.getByRole('button', { name: 'Échanger les mentors' }).click();
    await status
      .getByText('Échange refusé : il formerait un binôme que vous avez retiré de ce cycle.')
      .waitFor();
    await screenshot(page, 'cycle-swap-refused');
    assert.equal(await mentorOf('Bastien Roux'), 'Karim Haddad');

    // Chloé and Anaïs exchange their mentors: both pairs are locked.
    await page.getByRole('button', { name: 'Échanger le mentor : Chloé Marchand' }).click();
    swap = page.getByRole('dialog', { name: 'Échanger le mentor : Chloé Marchand' });
    await swap
      .getByLabel('Avec le mentor de')
      .selectOption({ label: 'Anaïs Lefort (mentor : Hélène Garnier)' });
    await swap.getByRole('button', { name: 'Échanger les mentors' }).click();
    await status
      .getByText(
        'Chloé Marchand et Anaïs Lefort ont échangé leurs mentors ; les deux binômes sont verrouillés.',
      )
      .waitFor();
    await eventually(
      async () => (await mentorOf('Chloé Marchand')) === 'Hélène Garnier',
      'Chloé should get Hélène',
    );
    assert.equal(await mentorOf('Anaïs Lefort'), 'Karim Haddad');
    // The filter lives in the address; the radio is checked once the router has moved.
    await page.getByRole('radio', { name: 'Verrouillés' }).click();
    await pairs.getByText('2 mentoré·es (verrouillés)').waitFor();
    await eventually(
      async () =>
        (
          await pairs
            .getByRole('rowheader')
            .allInnerTexts()
            .catch(() => [])
        ).join() === 'Anaïs Lefort,Chloé Marchand',
      'the locked filter should show Anaïs and Chloé',
    );
    await page.getByRole('radio', { name: 'Tous' }).click();
    await pairs.getByText('3 mentoré·es (tous)').waitFor();
    await row('Bastien Roux').waitFor();

    // Publish: the dialog says how many proposals go out; Chloé lacks the charter and is skipped.
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    const publication = page.getByRole('dialog', { name: 'Publier ce cycle ?' });
    await publication.getByText(/^3 propositions de mentorat seront envoyées\./).waitFor();
    await screenshot(page, 'cycle-publish-dialog', { fullPage: false });
    await publication.getByRole('button', { name: 'Publier les propositions' }).click();
    await status
      .getByText('Cycle publié : 2 propositions de mentorat envoyées, 1 binôme non proposé.')
      .waitFor();
    await page
      .getByText(/^Publié le .+ : 2 propositions de mentorat envoyées, 1 binôme non proposé\.$/)
      .waitFor();
    await eventually(
      async () => (await row('Anaïs Lefort').innerText()).includes('Proposé'),
      'Anaïs’s pair should show its outcome',
    );
    await row('Bastien Roux').getByText('Proposé', { exact: true }).waitFor();
    await row('Chloé Marchand').getByText('Non proposé : charte en vigueur non acceptée').waitFor();
    await row('Anaïs Lefort')
      .getByRole('link', { name: 'Voir le mentorat Anaïs Lefort – Karim Haddad' })
      .waitFor();
    // Nothing can change any more.
    assert.equal(
      await page.getByRole('button', { name: /Verrouiller|Retirer|Échanger|Relancer|Publier/ }).count(),
      0,
    );
    await screenshot(page, 'cycle-published');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'cycle-published-mobile');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The same page in English, reasons included; then back to French for the other tests' admin.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await heading(page, `Cycle Mentoring, class of ${COHORT}`).waitFor();
    const pairsInEnglish = page.getByRole('region', { name: 'The pairs' }).getByRole('table');
    await pairsInEnglish.getByText('3 mentees (all)').waitFor();
    await pairsInEnglish
      .getByRole('list', { name: 'Why Anaïs Lefort and Karim Haddad' })
      .getByText('speaks French')
      .waitFor();
    await pairsInEnglish.getByText('Not proposed: current charter not accepted').waitFor();
    assert.equal(await status.count(), 0, 'the French message should not stay on the English page');
    await screenshot(page, 'cycle-published-en');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await heading(page, `Cycle Mentorat, promotion ${COHORT}`).waitFor();

    await page.getByRole('link', { name: 'Tous les cycles' }).click();
    await heading(page, 'Cycles d’appariement').waitFor();
    const cycles = page.getByRole('table', { name: '1 cycle, du plus récent au plus ancien' });
    await cycles.getByRole('row').nth(1).waitFor();
    const listed = (await cycles.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).map((text) =>
      text.replace(/\s/g, ' '),
    );
    assert.deepEqual(listed.slice(0, 3), [String(COHORT), 'Publié', '100 %']);
    await screenshot(page, 'cycles-list');
    await signOut(page);
  });

  it('a student of a proposed pair finds the proposal on My mentorships', async () => {
    const page = await openPage({ timezoneId: 'Europe/Paris' });
    await signIn(page, people['Anaïs Lefort']);
    await page.getByRole('link', { name: 'Mes mentorats' }).first().click();
    await heading(page, 'Mes mentorats').waitFor();
    const current = page.getByRole('region', { name: 'En cours' });
    const card = current.getByRole('article').filter({ hasText: 'Karim Haddad vous accompagne' });
    await card.getByText('Proposé — en attente des accords').waitFor();
    await screenshot(page, 'cycle-student-mentorships');
    await card.getByRole('link', { name: 'Ouvrir le mentorat avec Karim Haddad' }).click();
    await page.getByText('Proposé par l’équipe lors d’une campagne de mise en relation').waitFor();
  });
});
