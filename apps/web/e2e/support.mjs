// Shared by the browser tests: the browser, the app's address and the few steps most tests take.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { uniqueEmail } from '@passerelle/testing';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const PASSWORD = 'passerelle-e2e-password';
/** Created by run.mjs when the portal starts: the one account that can use staff pages. */
export const ADMIN = { email: 'admin@example.org', password: 'passerelle-e2e-admin' };

const screenshotsDir = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(screenshotsDir, { recursive: true });

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * One browser for the tests of the calling `describe`: launched before the first, closed after the last.
 * `openPage(options)` opens a fresh context in it (see openPage below).
 */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser?.close());
  return { openPage: (options) => openPage(browser, options) };
}

/** A fresh context per test: its own cookies, so no test inherits another's session. */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, timezoneId } = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport, locale: 'fr-FR', timezoneId });
  context.setDefaultTimeout(10_000);
  return context.newPage();
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage });
}

export function heading(page, name) {
  return page.getByRole('heading', { level: 1, name });
}

/** Signs up through the form, as a person would; resolves on the account page. */
export async function signUp(
  page,
  { displayName = 'Camille Durand', role = 'Étudiant·e', email = uniqueEmail() } = {},
) {
  await page.goto('/sign-up');
  await page.getByRole('radio', { name: role }).check();
  await page.getByLabel('Nom affiché').fill(displayName);
  await page.getByLabel('Adresse email').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await heading(page, 'Mon compte').waitFor();
  return { email, password: PASSWORD, displayName };
}

export async function signIn(page, { email, password }) {
  await page.goto('/sign-in');
  await page.getByLabel('Adresse email').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

export async function signOut(page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await heading(page, 'Se connecter').waitFor();
}

/**
 * The error shown for a field, checked the way assistive technologies find it: the control
 * is marked invalid and its description includes the message.
 */
export async function assertFieldError(control, expectedMessage) {
  await control.and(control.page().locator('[aria-invalid="true"]')).waitFor();
  const describedBy = await control.getAttribute('aria-describedby');
  assert.ok(describedBy, 'an invalid field must point to its error with aria-describedby');
  const descriptions = await Promise.all(
    describedBy.split(' ').map((id) => control.page().locator(`[id="${id}"]`).innerText()),
  );
  assert.ok(
    descriptions.some((text) => text.includes(expectedMessage)),
    `expected "${expectedMessage}" in the field's description, got ${JSON.stringify(descriptions)}`,
  );
}

/** The text of the form-level live region once it has something to say. */
export async function formAlert(page) {
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await alert.waitFor();
  return alert.innerText();
}

/** Waits until a form control holds the value, e.g. once a save has come back. */
export async function waitForValue(control, expected, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  let actual = await control.inputValue();
  while (actual !== expected && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    actual = await control.inputValue();
  }
  assert.equal(actual, expected);
}
