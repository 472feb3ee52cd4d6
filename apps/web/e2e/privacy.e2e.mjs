import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import {
  ADMIN,
  assertFieldError,
  formAlert,
  heading,
  screenshot,
  signIn,
  signUp,
  useBrowser,
} from './support.mjs';

const HEADER = 'email,first_name,last_name,graduation_year,programme,employer,job_title,sector,city,country';

describe('staff import and my data', () => {
  const browser = useBrowser();

  it('staff check a CSV, see the bad line by its number, fix it and import', async () => {
    const page = await browser.openPage();
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Importer des anciens' }).first().click();
    await heading(page, 'Importer des anciens (CSV)').waitFor();

    const suffix = Date.now();
    const good = `e2e.claire.${suffix}@example.org,Claire,Dubois,2012,Master Finance,BNP Paribas,Analyste,banking,Lyon,FR`;
    const bad = `e2e.paul.${suffix}@example.org,Paul,Roux,2010,,Airbus,Ingénieur,aerospace-magic,Toulouse,FR`;
    const fileInput = page.getByLabel('Fichier CSV');
    await fileInput.setInputFiles({
      name: 'anciens.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${HEADER}\n${good}\n${bad}\n`),
    });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const errorRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
    await errorRow.getByText('Colonne sector : code de secteur inconnu').waitFor();
    assert.match(await errorRow.innerText(), /Erreur/);
    await page.getByText('Lignes en erreur : 1').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Importer', exact: true }).isDisabled(), true);
    await screenshot(page, 'import-dry-run-error');

    const fixed = bad.replace('aerospace-magic', 'engineering-industry');
    await fileInput.setInputFiles({
      name: 'anciens.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${HEADER}\n${good}\n${fixed}\n`),
    });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await page.getByText('À créer : 2').waitFor();
    const importButton = page.getByRole('button', { name: 'Importer', exact: true });
    assert.equal(await importButton.isDisabled(), false);
    await screenshot(page, 'import-dry-run-clean');
    await importButton.click();
    await page.getByRole('status').filter({ hasText: '2 ancien(s) créé(s), 0 mis à jour' }).waitFor();
    await screenshot(page, 'import-applied');

    // The same file again changes nothing.
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await page.getByText('Inchangés : 2').waitFor();
  });

  it('a person downloads their data, deletes their account and can no longer sign in', async () => {
    const page = await browser.openPage();
    const person = await signUp(page, { displayName: 'Manon Lefèvre' });

    await page.getByRole('heading', { level: 2, name: 'Mes données' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^passerelle-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(exported.parts.account.email, person.email);
    assert.equal(exported.parts.account.displayName, 'Manon Lefèvre');
    assert.doesNotMatch(JSON.stringify(exported), /hash|password/i);
    await page
      .getByRole('status')
      .filter({ hasText: 'Le fichier de vos données a été téléchargé.' })
      .waitFor();
    await screenshot(page, 'privacy-my-data');

    await page.getByRole('button', { name: 'Supprimer mon compte…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer définitivement votre compte ?' });
    const password = dialog.getByLabel('Mot de passe actuel');
    await password.fill('not-my-password');
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await assertFieldError(password, 'incorrect');
    await screenshot(page, 'privacy-delete-wrong-password', { fullPage: false });
    await password.fill(person.password);
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();

    await heading(page, 'Se connecter').waitFor();
    await page.getByText('Votre compte a été supprimé et vos données personnelles effacées.').waitFor();
    await screenshot(page, 'privacy-deleted');

    await signIn(page, person);
    assert.match(await formAlert(page), /incorrect/i);
  });
});
