/* global document -- the callbacks given to page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uniqueEmail } from '@passerelle/testing';
import {
  assertFieldError,
  formAlert,
  heading,
  PASSWORD,
  screenshot,
  signIn,
  signOut,
  signUp,
  useBrowser,
} from './support.mjs';

describe('signing up, in and out', () => {
  const browser = useBrowser();

  it('signs a new student up and greets them by name on their account page', async () => {
    const page = await browser.openPage();
    await page.goto('/');
    await heading(page, 'Se connecter').waitFor();
    await page.getByRole('link', { name: 'Créer un compte' }).first().click();
    await heading(page, 'Créer un compte').waitFor();
    await screenshot(page, 'signup');

    await signUp(page, { displayName: 'Inès Lefèvre' });

    assert.match(await page.locator('main').innerText(), /Bonjour Inès Lefèvre/);
    assert.match(await page.locator('header').innerText(), /Inès Lefèvre/);
    assert.equal(new URL(page.url()).pathname, '/account');
    await page.reload();
    await heading(page, 'Mon compte').waitFor();
    assert.match(await page.locator('main').innerText(), /Étudiant·e/);
  });

  it('signs out, then back in with the same credentials', async () => {
    const page = await browser.openPage();
    const person = await signUp(page, { displayName: 'Hugo Bernard', role: 'Ancien·ne élève' });

    await signOut(page);
    await page.reload();
    await heading(page, 'Se connecter').waitFor();

    await signIn(page, person);
    await heading(page, 'Mon compte').waitFor();
    assert.match(await page.locator('main').innerText(), /Bonjour Hugo Bernard/);
    assert.match(await page.locator('main').innerText(), /Ancien·ne élève/);
  });

  it('says the email or password is wrong, and stays on the sign-in page', async () => {
    const page = await browser.openPage();
    const person = await signUp(page);
    await signOut(page);

    await signIn(page, { email: person.email, password: 'not-the-right-password' });

    assert.equal(await formAlert(page), 'Email ou mot de passe incorrect.');
    await heading(page, 'Se connecter').waitFor();
    await screenshot(page, 'signin-error');
  });

  it('shows the password rule next to the password field when it is too short', async () => {
    const page = await browser.openPage();
    await page.goto('/sign-up');
    await page.getByRole('radio', { name: 'Étudiant·e' }).check();
    await page.getByLabel('Nom affiché').fill('Lina Moreau');
    await page.getByLabel('Adresse email').fill(uniqueEmail());
    await page.getByLabel('Mot de passe').fill('short');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    const password = page.getByLabel('Mot de passe');
    await assertFieldError(password, 'Le mot de passe doit contenir au moins 10 caractères.');
    assert.ok(
      await password.evaluate((input) => input === document.activeElement),
      'focus moves to the field',
    );
    assert.equal(await page.getByLabel('Adresse email').getAttribute('aria-invalid'), 'false');
    await screenshot(page, 'signup-errors');
  });

  it('says on the email field that an account already uses this email', async () => {
    const page = await browser.openPage();
    const person = await signUp(page);
    await signOut(page);

    await page.goto('/sign-up');
    await page.getByRole('radio', { name: 'Étudiant·e' }).check();
    await page.getByLabel('Nom affiché').fill('Someone Else');
    await page.getByLabel('Adresse email').fill(person.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await assertFieldError(page.getByLabel('Adresse email'), 'Un compte existe déjà avec cet email.');
  });

  it('signs in with the keyboard alone', async () => {
    const page = await browser.openPage();
    const person = await signUp(page);
    await signOut(page);
    await page.goto('/sign-in');
    await heading(page, 'Se connecter').waitFor();

    // From the top of the page: the skip link comes first and leads into the content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Aller au contenu');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'email');
    await page.keyboard.type(person.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.password);
    await page.keyboard.press('Enter');

    await heading(page, 'Mon compte').waitFor();
    assert.match(await page.locator('main').innerText(), /Bonjour Camille Durand/);
  });
});
