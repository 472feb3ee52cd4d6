import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// The quiz answers, read from the service's catalogue: the page never receives them before a pass.
import { TRAINING_CATALOGUE } from '@passerelle/profiles';
import { ADMIN, assertFieldError, heading, screenshot, signIn, signUp, useBrowser } from './support.mjs';

const ALUMNUS = 'Ancien·ne élève';

async function openWizard(page) {
  await page.getByRole('link', { name: 'Mon parcours mentor' }).first().click();
  await heading(page, 'Devenir mentor').waitFor();
}

async function askToMentor(page, motivation) {
  await page.getByLabel('Votre motivation').fill(motivation);
  await page.getByRole('button', { name: 'Je veux devenir mentor' }).click();
  await page.getByText('Votre demande est enregistrée.').waitFor();
}

/** Answers a module's quiz by clicking the choices, as a person would. */
async function answerQuiz(page, module, pick) {
  for (const [index, question] of module.questions.entries()) {
    const group = page.getByRole('group', { name: `Question ${index + 1} : ${question.promptFr}` });
    const choice = question.choices.find((candidate) => candidate.id === pick(question));
    await group.getByRole('radio', { name: choice.labelFr, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Valider mes réponses' }).click();
}

async function openMentorInQueue(staff, displayName) {
  await staff.getByRole('link', { name: 'Mentors à valider' }).first().click();
  await heading(staff, 'Mentors à valider').waitFor();
  await staff.getByRole('link', { name: `Examiner la demande de ${displayName}` }).click();
  await heading(staff, displayName).waitFor();
}

describe('mentor onboarding', () => {
  const browser = useBrowser();

  it('takes an alumnus through the charter and every quiz; staff approve them; they see "available"', async () => {
    const page = await browser.openPage();
    const displayName = 'Bertrand Lefèvre';
    await signUp(page, { displayName, role: ALUMNUS });
    await openWizard(page);
    await screenshot(page, 'onboarding-wizard-start');
    await askToMentor(page, 'Transmettre mon expérience du conseil aux étudiants.');

    // The charter: accepting needs the box ticked.
    await page.getByRole('heading', { name: '1. Confidentialité', level: 4 }).waitFor();
    await page.getByRole('button', { name: 'Accepter la charte' }).click();
    await assertFieldError(
      page.getByRole('checkbox', { name: 'J’ai lu la charte et je m’engage à la respecter' }),
      'Cochez la case pour accepter la charte.',
    );
    await page.getByRole('checkbox', { name: 'J’ai lu la charte et je m’engage à la respecter' }).check();
    await page.getByRole('button', { name: 'Accepter la charte' }).click();
    await page.getByText(/Vous avez accepté la version \d+ le/).waitFor();

    // Every module: content, then its quiz. The first one is failed once, then passed.
    for (const [index, module] of TRAINING_CATALOGUE.entries()) {
      await page.getByRole('link', { name: `Suivre le module « ${module.titleFr} »` }).click();
      await heading(page, module.titleFr).waitFor();
      if (index === 0) {
        await screenshot(page, 'onboarding-module');
        await answerQuiz(
          page,
          module,
          (question) => question.choices.find((c) => c.id !== question.correctChoiceId).id,
        );
        const alert = page.getByRole('alert').filter({ hasText: /bonnes réponses/ });
        await alert.waitFor();
        assert.match(await alert.innerText(), /^0\/4 bonnes réponses : il en faut au moins 75 %/);
        // A failed attempt reveals no answer.
        assert.equal(await page.getByText('Réponse attendue').count(), 0);
      }
      await answerQuiz(page, module, (question) => question.correctChoiceId);
      await page.getByRole('status').filter({ hasText: 'Bravo, module réussi (4/4)' }).waitFor();
      if (index === 0) await screenshot(page, 'onboarding-module-passed');
      await page.getByRole('link', { name: 'Retour au parcours' }).first().click();
      await heading(page, 'Devenir mentor').waitFor();
    }
    const steps = page.getByRole('list', { name: 'Étapes' });
    assert.match(await steps.locator('[aria-current="step"]').innerText(), /Validation\s+\(à faire\)/);
    await page.getByTestId('mentor-availability').filter({ hasText: 'Pas encore disponible.' }).waitFor();
    await page.getByText('Votre demande attend la validation de l’équipe.').first().waitFor();
    await screenshot(page, 'onboarding-wizard-waiting');

    // Staff find them in the queue, with charter and training done, and approve.
    const staff = await browser.openPage();
    await signIn(staff, ADMIN);
    await staff.getByRole('link', { name: 'Mentors à valider' }).first().click();
    await heading(staff, 'Mentors à valider').waitFor();
    const row = staff.getByRole('row', { name: new RegExp(displayName) });
    await row.getByText(/Acceptée \(v\d+\)/).waitFor();
    await row.getByText('4/4 modules').waitFor();
    await screenshot(staff, 'onboarding-staff-queue');
    await row.getByRole('link', { name: `Examiner la demande de ${displayName}` }).click();
    await heading(staff, displayName).waitFor();
    await staff.getByText('Transmettre mon expérience du conseil aux étudiants.').waitFor();
    await staff.getByRole('button', { name: 'Approuver' }).click();
    const dialog = staff.getByRole('dialog', { name: `Approuver ${displayName} ?` });
    await dialog.waitFor();
    await screenshot(staff, 'onboarding-staff-approve-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await staff.getByRole('status').filter({ hasText: 'Décision enregistrée.' }).waitFor();
    assert.equal(await staff.getByTestId('mentor-status').innerText(), 'Approuvé·e · Disponible');
    await staff.getByRole('listitem').filter({ hasText: 'approbation' }).waitFor();
    await screenshot(staff, 'onboarding-staff-approved');

    // On the member's own page, staff see which charter version they accepted and when.
    const alumnusId = new URL(staff.url()).pathname.split('/').pop();
    await staff.goto(new URL(`/people/${alumnusId}`, staff.url()).href);
    await heading(staff, displayName).waitFor();
    assert.match(await staff.getByTestId('charter-standing').innerText(), /^Version \d+ acceptée le .+\.$/);
    await screenshot(staff, 'onboarding-staff-person-charter');

    // The alumnus now sees that they are available.
    await page.reload();
    await heading(page, 'Devenir mentor').waitFor();
    await page
      .getByTestId('mentor-availability')
      .filter({ hasText: 'Disponible : vous pouvez recevoir des demandes de mentorat.' })
      .waitFor();
    assert.equal(await steps.locator('[aria-current="step"]').count(), 0);
    await screenshot(page, 'onboarding-wizard-available');

    // The same page in English, charter included.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await heading(page, 'Become a mentor').waitFor();
    await page
      .getByTestId('mentor-availability')
      .filter({ hasText: 'Available: you can receive mentoring requests.' })
      .waitFor();
    await page.getByRole('heading', { name: '4. No recruitment pressure', level: 4 }).waitFor();
    await screenshot(page, 'onboarding-wizard-available-en', { fullPage: false });
  });

  it('lets staff reject a request only with a reason, which the alumnus then reads', async () => {
    const page = await browser.openPage();
    const displayName = 'Nadia Haddad';
    await signUp(page, { displayName, role: ALUMNUS });
    await openWizard(page);
    await askToMentor(page, 'Je souhaite aider.');

    const staff = await browser.openPage();
    await signIn(staff, ADMIN);
    await openMentorInQueue(staff, displayName);
    await staff.getByRole('button', { name: 'Refuser' }).click();
    const dialog = staff.getByRole('dialog', { name: `Refuser la demande de ${displayName}` });
    const reason = dialog.getByLabel('Motif (communiqué à la personne)');
    // The dialog starts on the reason; Escape closes it without any change.
    await reason.waitFor();
    await staff.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByRole('button', { name: 'Refuser' }).click();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await assertFieldError(reason, 'Indiquez un motif d’au moins 3 caractères.');
    await screenshot(staff, 'onboarding-staff-reject-reason', { fullPage: false });
    await reason.fill('Merci ! Le programme cherche surtout des profils en data cette année.');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await staff.getByRole('status').filter({ hasText: 'Décision enregistrée.' }).waitFor();
    await staff.getByRole('listitem').filter({ hasText: 'profils en data' }).waitFor();

    await page.reload();
    await page
      .getByText('Motif : Merci ! Le programme cherche surtout des profils en data cette année.')
      .waitFor();
    await page.getByRole('button', { name: 'Refaire une demande' }).waitFor();
  });

  it('lets staff preview and publish a new charter version, which the alumnus must accept again', async () => {
    const staff = await browser.openPage();
    await signIn(staff, ADMIN);
    await staff.getByRole('link', { name: 'Charte (édition)' }).first().click();
    await heading(staff, 'Charte : nouvelle version').waitFor();
    const french = staff.getByLabel('Texte en français (markdown)');
    const current = await french.inputValue();
    await french.fill(
      `${current}\n\n## 6. Mentorat à distance\n\n- Les échanges en visio suivent les mêmes règles.`,
    );
    await staff
      .getByRole('region', { name: 'Aperçu en français' })
      .getByRole('heading', { name: '6. Mentorat à distance' })
      .waitFor();
    // Markup in the text is shown as text, never run.
    await french.fill(`${current}\n\n<img src=x onerror="window.injected=1"> **fin**`);
    await staff.getByRole('region', { name: 'Aperçu en français' }).getByText('<img src=x').waitFor();
    assert.equal(await staff.evaluate(() => globalThis.injected), undefined);
    await french.fill(
      `${current}\n\n## 6. Mentorat à distance\n\n- Les échanges en visio suivent les mêmes règles.`,
    );
    await screenshot(staff, 'onboarding-staff-charter-editor');
    const publish = staff.getByRole('button', { name: /^Publier la version \d+$/ });
    const version = (await publish.innerText()).match(/\d+$/)[0];
    await publish.click();
    const dialog = staff.getByRole('dialog', { name: `Publier la version ${version} ?` });
    await dialog.getByRole('button', { name: 'Publier' }).click();
    await staff
      .getByRole('status')
      .filter({ hasText: `Version ${version} publiée.` })
      .waitFor();

    // A student now reads the new version, with its new section.
    const student = await browser.openPage();
    await signUp(student, { displayName: 'Léa Martin' });
    await student.getByRole('link', { name: 'Charte', exact: true }).first().click();
    await heading(student, 'Charte du mentorat').waitFor();
    await student.getByText(`Version ${version}, publiée le`).waitFor();
    await student.getByRole('heading', { name: '6. Mentorat à distance' }).waitFor();
  });
});
