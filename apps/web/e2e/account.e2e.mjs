import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertFieldError,
  heading,
  screenshot,
  signIn,
  signOut,
  signUp,
  waitForValue,
  useBrowser,
} from './support.mjs';

describe('my account', () => {
  const browser = useBrowser();

  it('saves the display name and a time zone picked from the searchable list', async () => {
    const page = await browser.openPage({ timezoneId: 'Europe/Paris' });
    await signUp(page, { displayName: 'Chloé Petit' });

    await page.getByLabel('Nom affiché').fill('Chloé Petit-Roux');
    const timeZone = page.getByRole('combobox', { name: 'Fuseau horaire' });
    assert.equal(await timeZone.inputValue(), 'Europe/Paris', 'sign-up takes the browser’s zone');
    await timeZone.fill('new york');
    const listbox = page.getByRole('listbox', { name: 'Fuseau horaire' });
    await listbox.getByRole('option', { name: /America\/New York/ }).waitFor();
    await screenshot(page, 'account-timezone');
    await timeZone.press('Enter');
    assert.equal(await timeZone.inputValue(), 'America/New_York');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' }).waitFor();
    await page.reload();
    await heading(page, 'Mon compte').waitFor();
    assert.equal(await page.getByLabel('Nom affiché').inputValue(), 'Chloé Petit-Roux');
    assert.equal(
      await page.getByRole('combobox', { name: 'Fuseau horaire' }).inputValue(),
      'America/New_York',
    );
    assert.match(await page.locator('header').innerText(), /Chloé Petit-Roux/);
    await screenshot(page, 'account-fr');
  });

  it('picks a time zone with the arrow keys and refuses a zone that does not exist', async () => {
    const page = await browser.openPage();
    await signUp(page);
    const timeZone = page.getByRole('combobox', { name: 'Fuseau horaire' });

    await timeZone.fill('Dakar');
    await timeZone.press('ArrowDown');
    await timeZone.press('ArrowUp');
    const active = await timeZone.getAttribute('aria-activedescendant');
    assert.match(await page.locator(`[id="${active}"]`).innerText(), /Africa\/Dakar/);
    await timeZone.press('Enter');
    assert.equal(await timeZone.inputValue(), 'Africa/Dakar');

    await timeZone.fill('Mars/Olympus');
    await timeZone.press('Escape');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await assertFieldError(timeZone, 'Choisissez un fuseau horaire dans la liste');
  });

  it('switches the interface from French to English and keeps it for the account', async () => {
    const page = await browser.openPage();
    const person = await signUp(page, { displayName: 'Yanis Garcia' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');

    await page.getByRole('button', { name: 'Switch to English' }).click();

    await heading(page, 'My account').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(await page.locator('main').innerText(), /Hello Yanis Garcia!/);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // The account's own language follows once the gateway has saved it.
    await waitForValue(page.getByLabel('Language'), 'en');
    await screenshot(page, 'account-en');

    // The choice belongs to the account: a new device in French gets English after sign-in.
    const otherDevice = await browser.openPage();
    await otherDevice.goto('/sign-in');
    await heading(otherDevice, 'Se connecter').waitFor();
    await signIn(otherDevice, person);
    await heading(otherDevice, 'My account').waitFor();
  });

  it('changes the password, which then signs the person in', async () => {
    const page = await browser.openPage();
    const person = await signUp(page);
    const newPassword = 'a-brand-new-passphrase';

    await page.getByLabel('Mot de passe actuel').fill('wrong-current-password');
    await page.getByLabel('Nouveau mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await assertFieldError(page.getByLabel('Mot de passe actuel'), 'Mot de passe actuel incorrect.');

    await page.getByLabel('Mot de passe actuel').fill(person.password);
    await page.getByLabel('Nouveau mot de passe').fill('short');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await assertFieldError(
      page.getByLabel('Nouveau mot de passe'),
      'Le nouveau mot de passe doit contenir au moins 10 caractères.',
    );

    await page.getByLabel('Nouveau mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByRole('status').filter({ hasText: 'Mot de passe modifié.' }).waitFor();
    assert.equal(await page.getByLabel('Mot de passe actuel').inputValue(), '', 'passwords are cleared');

    await signOut(page);
    await signIn(page, person);
    await page.getByRole('alert').filter({ hasText: 'Email ou mot de passe incorrect.' }).waitFor();
    await signIn(page, { email: person.email, password: newPassword });
    await heading(page, 'Mon compte').waitFor();
  });

  it('opens the menu on a small screen', async () => {
    const page = await browser.openPage({ viewport: { width: 390, height: 844 } });
    await signUp(page, { displayName: 'Maëlle Fontaine' });
    const menuButton = page.getByRole('button', { name: 'Menu' });
    const accountLink = page.getByRole('navigation').getByRole('link', { name: 'Mon compte' });
    assert.equal(await accountLink.isVisible(), false, 'the menu starts closed');

    await menuButton.click();

    assert.equal(await menuButton.getAttribute('aria-expanded'), 'true');
    await accountLink.waitFor({ state: 'visible' });
    await page.getByText('Connecté·e : Maëlle Fontaine').waitFor();
    await screenshot(page, 'mobile-menu', { fullPage: false });
    await page.keyboard.press('Escape');
    assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');
  });
});
