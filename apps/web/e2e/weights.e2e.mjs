/* global document -- the callbacks given to page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ADMIN,
  assertFieldError,
  formAlert,
  heading,
  screenshot,
  signIn,
  useBrowser,
  waitForValue,
} from './support.mjs';

/** The share under a weight; French percentages have a narrow no-break space before "%": "46,2 %". */
const share = (percent) => new RegExp(`^Part du score : ${percent}\\s%$`);

describe('score weights (staff)', () => {
  const { openPage } = useBrowser();

  /** Staff sign in and open "Pondérations" from the menu: the classic programme comes first. */
  async function openWeights() {
    const page = await openPage();
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Pondérations' }).first().click();
    await heading(page, 'Pondérations').waitFor();
    await page.getByRole('group', { name: 'Poids des critères' }).waitFor();
    assert.equal(await page.getByLabel('Programme').locator('option:checked').innerText(), 'Mentorat');
    return page;
  }

  /** A weight's input and the share shown under it. */
  const weight = (page, label, part) => ({
    input: page.getByLabel(label, { exact: true }),
    share: page.locator(`[data-part="${part}"]`),
  });

  const save = (page) => page.getByRole('button', { name: 'Enregistrer' }).click();

  it('shows each weight’s share live, saves a change and keeps it after a reload; restores the defaults', async () => {
    const page = await openWeights();
    const skills = weight(page, 'Compétences', 'skills');
    const sector = weight(page, 'Secteur visé', 'sector');
    await page.getByText('Ce programme utilise les poids par défaut.').waitFor();
    assert.equal(await skills.input.inputValue(), '30');
    assert.match(await skills.share.innerText(), share('30'));
    assert.match(await sector.share.innerText(), share('15'));
    await page.getByText('Total : 100 points', { exact: false }).waitFor();
    await screenshot(page, 'weights-defaults');

    // Reverse mentoring scores without skills, sector and role: the shares are of what is left (45 points).
    await page.getByLabel('Programme').selectOption({ label: 'Mentorat inversé' });
    const topics = weight(page, 'Sujets de mentorat', 'topics');
    await topics.share.getByText(share('22,2')).waitFor();
    assert.match(await skills.share.innerText(), /^Non compté en mentorat inversé/);
    await screenshot(page, 'weights-reverse');
    await page.getByLabel('Programme').selectOption({ label: 'Mentorat' });
    await skills.share.getByText(share('30')).waitFor();

    // 60 of 130 points: the shares move as staff type, before anything is saved.
    await skills.input.fill('60');
    assert.match(await skills.share.innerText(), share('46,2'));
    assert.match(await sector.share.innerText(), share('11,5'));
    await page.getByText('Total : 130 points', { exact: false }).waitFor();
    await page.getByLabel('Durée d’un mentorat (mois)').fill('9');
    await save(page);
    await page.getByRole('status').getByText('Pondérations et délais enregistrés.').waitFor();
    await screenshot(page, 'weights-saved');

    await page.reload();
    await heading(page, 'Pondérations').waitFor();
    await waitForValue(skills.input, '60');
    assert.match(await skills.share.innerText(), share('46,2'));
    assert.equal(await page.getByLabel('Durée d’un mentorat (mois)').inputValue(), '9');
    assert.equal(await page.getByText('Ce programme utilise les poids par défaut.').count(), 0);

    // Back to the defaults (the other browser tests score with them), kept after a reload too.
    await page.getByRole('button', { name: 'Rétablir les poids par défaut' }).click();
    await page.getByText('Poids par défaut rétablis dans le formulaire', { exact: false }).waitFor();
    assert.equal(await skills.input.inputValue(), '30');
    assert.match(await skills.share.innerText(), share('30'));
    await page.getByLabel('Durée d’un mentorat (mois)').fill('6');
    await save(page);
    await page.getByRole('status').getByText('Pondérations et délais enregistrés.').waitFor();
    await page.reload();
    await waitForValue(skills.input, '30');
    assert.match(await sector.share.innerText(), share('15'));
    await page.getByText('Ce programme utilise les poids par défaut.').waitFor();
  });

  it('shows the API’s refusals on their fields: a negative weight, a timing out of range, every weight at 0', async () => {
    const page = await openWeights();
    const skills = weight(page, 'Compétences', 'skills');
    const stalled = page.getByLabel('Binôme en panne après (jours)');

    await skills.input.fill('-5');
    assert.match(await skills.share.innerText(), /^Part du score : —$/);
    await stalled.fill('0');
    await save(page);
    assert.equal(await formAlert(page), 'Certains champs sont à corriger.');
    // 1 000 with French digit grouping (a narrow no-break space).
    await assertFieldError(skills.input, 'Saisissez un nombre de 0 à 1\u202f000.');
    await assertFieldError(stalled, 'Saisissez un nombre entier de jours, de 1 à 365.');
    // The first invalid field has the focus, so a keyboard user lands on what to fix.
    assert.equal(await skills.input.evaluate((input) => input === document.activeElement), true);
    await screenshot(page, 'weights-field-errors');

    // Every part at 0: refused for the weights as a whole, said on their fieldset.
    await stalled.fill('21');
    for (const input of await page
      .getByRole('group', { name: 'Poids des critères' })
      .getByRole('spinbutton')
      .all()) {
      await input.fill('0');
    }
    await page.getByText('Donnez un poids supérieur à 0 à au moins un critère compté.').waitFor();
    await save(page);
    await assertFieldError(skills.input, 'Au moins un critère doit avoir un poids supérieur à 0.');
    await screenshot(page, 'weights-all-zero');

    // Nothing was saved: a reload shows the defaults.
    await page.reload();
    await waitForValue(skills.input, '30');
    assert.equal(await stalled.inputValue(), '21');
  });
});
