import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { ADMIN, assertFieldError, heading, screenshot, signIn, signUp, useBrowser } from './support.mjs';

const nextYear = new Date().getUTCFullYear() + 1;

/** An image that has actually been decoded (a blocked or broken one has no natural width). */
async function loaded(image) {
  await image.waitFor();
  await image
    .page()
    .waitForFunction((element) => element.complete && element.naturalWidth > 0, await image.elementHandle());
}

async function openMyProfile(page) {
  await page.getByRole('link', { name: 'Mon profil' }).first().click();
  await heading(page, 'Mon profil').waitFor();
}

describe('my profile', () => {
  const browser = useBrowser();

  it('takes a student through the four-step needs assessment to a SMART goal', async () => {
    const page = await browser.openPage({ timezoneId: 'Europe/Paris' });
    await signUp(page, { displayName: 'Inès Garcia' });
    await openMyProfile(page);
    const meter = page.getByRole('meter', { name: 'Complétude du profil' });
    assert.equal(await meter.evaluate((element) => element.value), 0);

    // Step 1: about you
    await page.getByRole('heading', { name: 'Étape 1 sur 4 : Vous' }).waitFor();
    await page.getByLabel('Formation').fill('Master Économie appliquée');
    await page.getByLabel('Année de diplôme prévue').fill(String(nextYear));
    await page.getByLabel('Ville').fill('Lyon');
    await page.getByLabel('Pays').selectOption('FR');
    await page.getByRole('checkbox', { name: 'français' }).check();
    await page.getByRole('checkbox', { name: 'anglais' }).check();
    await page.getByLabel('Autre langue').selectOption({ label: 'catalan' });
    await page.getByRole('checkbox', { name: 'catalan' }).waitFor();
    // Offering reverse mentoring asks for at least one topic.
    await page
      .getByRole('checkbox', { name: 'Je peux accompagner un·e alumni sur le numérique (mentorat inversé)' })
      .check();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await assertFieldError(
      page.getByRole('checkbox', { name: 'Outils d’IA' }),
      'Cochez au moins un sujet que vous pouvez transmettre.',
    );
    await page.getByRole('checkbox', { name: 'Outils d’IA' }).check();
    await page.getByRole('checkbox', { name: 'Réseaux sociaux' }).check();
    await screenshot(page, 'profile-student-step1');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();

    // Step 2: targets, with the skills combobox driven by the keyboard
    await page.getByRole('heading', { name: 'Étape 2 sur 4 : Vos cibles' }).waitFor();
    await page.getByLabel('Métiers visés').fill('Analyste financier\nChargée d’études');
    await page.getByRole('checkbox', { name: 'Banque' }).check();
    const skills = page.getByRole('combobox', { name: 'Compétences à développer' });
    await skills.fill('modelisation fin');
    await page.getByRole('option', { name: /Modélisation financière/ }).waitFor();
    await skills.press('Enter');
    await page
      .getByRole('list', { name: 'Compétences choisies' })
      .getByText('Modélisation financière')
      .waitFor();
    await page.getByRole('checkbox', { name: 'Visio' }).check();
    await screenshot(page, 'profile-student-step2');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();

    // Step 3: needs assessment
    await page.getByRole('heading', { name: 'Étape 3 sur 4 : Vos besoins' }).waitFor();
    await page.getByLabel('Étape de la recherche').selectOption('preparing-applications');
    await page.getByLabel('Points forts').fill('Rigueur, goût des chiffres');
    await page.getByLabel('Points à travailler').fill('Pas de réseau dans la banque');
    await page.getByLabel('Attentes envers le mentor').fill('Relire mon CV et me présenter des analystes');
    await screenshot(page, 'profile-student-step3');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();

    // Step 4: a SMART goal; a past date is refused and named
    await page.getByRole('heading', { name: 'Étape 4 sur 4 : Vos objectifs' }).waitFor();
    await page.getByRole('button', { name: 'Ajouter un objectif' }).click();
    const goal = page.getByRole('group', { name: 'Objectif 1' });
    await goal.getByLabel('Intitulé').fill('Décrocher un stage en banque');
    await goal
      .getByLabel('Spécifique : que ferez-vous exactement ?')
      .fill('Postuler aux stages d’analyste crédit');
    await goal
      .getByLabel('Mesurable : comment saurez-vous que c’est atteint ?')
      .fill('15 candidatures et 3 entretiens');
    const targetDate = goal.getByLabel('Échéance');
    await targetDate.fill('2020-01-15');
    await page.getByRole('button', { name: 'Enregistrer mes objectifs' }).click();
    await assertFieldError(targetDate, 'Choisissez une date après aujourd’hui.');
    await screenshot(page, 'profile-student-goal-error');
    await targetDate.fill(`${nextYear}-03-31`);
    await page.getByRole('button', { name: 'Enregistrer mes objectifs' }).click();
    await page.getByRole('status').filter({ hasText: 'Bilan enregistré.' }).waitFor();
    await screenshot(page, 'profile-student-done');

    // Everything but the photo and availability is there now.
    await page.reload();
    await heading(page, 'Mon profil').waitFor();
    const missing = await page.locator('.completeness__missing').innerText();
    assert.deepEqual(missing.split('\n').sort(), ['Disponibilités', 'Photo']);
    assert.equal(await meter.evaluate((element) => element.value), 87);

    // The same page in English, labels from the taxonomy included.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await heading(page, 'My profile').waitFor();
    await page.getByRole('heading', { name: 'Profile 87% complete' }).waitFor();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'Step 2 of 4: Your targets' }).waitFor();
    await page.getByRole('list', { name: 'Chosen skills' }).getByText('Financial modelling').waitFor();
    await screenshot(page, 'profile-student-en');
  });

  it('lets an alumnus edit the profile, availability and photo, refusing bad input by name', async () => {
    const page = await browser.openPage({ timezoneId: 'Europe/Paris' });
    const alumnus = await signUp(page, { displayName: 'Julien Moreau', role: 'Ancien·ne élève' });
    await openMyProfile(page);

    await page
      .getByLabel('Présentation', { exact: true })
      .fill('Analyste crédit depuis douze ans, ravi d’aider.');
    await page.getByLabel('Employeur', { exact: true }).fill('BNP Paribas');
    await page.getByLabel('Poste', { exact: true }).fill('Analyste crédit senior');
    await page.getByLabel('Secteur', { exact: true }).selectOption('banking');
    const skills = page.getByRole('combobox', { name: 'Compétences', exact: true });
    await skills.fill('negociation');
    await page.getByRole('option', { name: /^Négociation Vente/ }).click();
    await page.getByRole('checkbox', { name: 'Relecture de CV' }).check();
    const capacity = page.getByLabel('Nombre maximum de mentoré·e·s en même temps');
    await capacity.fill('25');
    await page
      .getByLabel('Profil LinkedIn', { exact: true })
      .fill('https://www.linkedin.com/in/julien-moreau');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await assertFieldError(capacity, 'capacity must be between 0 and 20');
    await screenshot(page, 'profile-alumnus-capacity-error');
    await capacity.fill('3');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil enregistré.' }).waitFor();

    // Availability: overlapping slots are refused on the slot, then fixed.
    await page.getByRole('button', { name: 'Ajouter un créneau' }).click();
    await page.getByRole('button', { name: 'Ajouter un créneau' }).click();
    const second = page.getByRole('group', { name: 'Créneau 2' });
    await second.getByLabel('Début').fill('18:30');
    await second.getByLabel('Fin').fill('20:00');
    await page.getByRole('button', { name: 'Enregistrer les disponibilités' }).click();
    await page.getByText('Ce créneau chevauche le créneau 1.').waitFor();
    await screenshot(page, 'profile-alumnus-availability-error');
    await second.getByLabel('Jour').selectOption('3');
    await page.getByRole('button', { name: 'Enregistrer les disponibilités' }).click();
    await page.getByRole('status').filter({ hasText: 'Disponibilités enregistrées.' }).waitFor();

    // Photo: a text file named .png is refused; a real picture is shown.
    const photo = page.getByLabel('Choisir une photo');
    await photo.setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not an image'),
    });
    await page.getByRole('button', { name: 'Envoyer la photo' }).click();
    await assertFieldError(photo, 'Ce fichier n’est pas une image JPEG, PNG ou WebP.');
    const picture = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2f6f9f' } })
      .jpeg()
      .toBuffer();
    await photo.setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: picture });
    await loaded(page.getByRole('img', { name: 'Aperçu de la nouvelle photo' }));
    await screenshot(page, 'profile-alumnus-photo-preview', { fullPage: false });
    await page.getByRole('button', { name: 'Envoyer la photo' }).click();
    await page.getByRole('status').filter({ hasText: 'Photo enregistrée.' }).waitFor();
    await loaded(page.getByRole('img', { name: 'Julien Moreau' }));
    await screenshot(page, 'profile-alumnus');

    await page.reload();
    await heading(page, 'Mon profil').waitFor();
    assert.equal(await page.getByLabel('Employeur', { exact: true }).inputValue(), 'BNP Paribas');
    assert.equal(await capacity.inputValue(), '3');
    assert.equal(await page.getByRole('group', { name: 'Créneau 2' }).getByLabel('Jour').inputValue(), '3');
    const profileUrl = await page.getByRole('link', { name: /Voir mon profil/ }).getAttribute('href');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'profile-alumnus-mobile', { fullPage: false });

    // A student sees the public profile without what the alumnus keeps for mentoring partners.
    const student = await browser.openPage({ timezoneId: 'America/Toronto' });
    await signUp(student, { displayName: 'Emma Tremblay' });
    await student.goto(profileUrl);
    await heading(student, alumnus.displayName).waitFor();
    const text = await student.locator('main').innerText();
    assert.match(text, /Analyste crédit senior · BNP Paribas/);
    assert.match(text, /Jusqu’à 3 mentoré·e·s à la fois/);
    assert.match(text, /Lundi 18:00–19:00 \(soit lundi 12:00 chez vous\)/);
    assert.doesNotMatch(text, /linkedin\.com/);
    await loaded(student.getByRole('img', { name: 'Julien Moreau' }));
    await screenshot(student, 'profile-public');
  });

  it('lets staff merge a duplicate keyword into the one to keep', async () => {
    const page = await browser.openPage();
    await signUp(page, { displayName: 'Hugo Lambert' });
    await openMyProfile(page);
    await page.getByLabel('Mots-clés', { exact: true }).fill('IA, Échecs');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.getByRole('heading', { name: 'Étape 2 sur 4 : Vos cibles' }).waitFor();

    const other = await browser.openPage();
    await signUp(other, { displayName: 'Sarah Cohen' });
    await openMyProfile(other);
    await other.getByLabel('Mots-clés', { exact: true }).fill('Intelligence artificielle');
    await other.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await other.getByRole('heading', { name: 'Étape 2 sur 4 : Vos cibles' }).waitFor();

    const staff = await browser.openPage();
    await signIn(staff, ADMIN);
    await staff.getByRole('link', { name: 'Mots-clés' }).first().click();
    await heading(staff, 'Mots-clés des profils').waitFor();
    await staff.getByLabel('Rechercher un mot-clé').fill('ia');
    const row = staff.getByRole('row', { name: /^ia / });
    await row.getByRole('button', { name: 'Fusionner « ia »' }).click();
    const target = staff.getByLabel('Fusionner « ia » dans :');
    await target.fill('intelligence artificielle');
    await staff.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await staff
      .getByRole('status')
      .filter({ hasText: '« ia » fusionné dans « intelligence artificielle » (1 profil).' })
      .waitFor();
    await screenshot(staff, 'profile-staff-tags');

    await page.reload();
    await heading(page, 'Mon profil').waitFor();
    assert.equal(
      await page.getByLabel('Mots-clés', { exact: true }).inputValue(),
      'echecs, intelligence artificielle',
    );
  });
});
