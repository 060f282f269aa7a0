import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN } from '../../src/server/demo-seed.ts';
import { type E2eApp, startE2eApp } from '../support/e2e-app.ts';

/** Text as a reader sees it: Intl puts a no-break space between € and the amount. */
const text = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');

describe('web app shell', () => {
  let app: E2eApp;
  let page: Page;

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('logs in with the demo login and shows the demo use case', async () => {
    await page.goto(app.server.url);
    await page.getByLabel('E-mailadres').fill(DEMO_LOGIN.email);
    await page.getByLabel('Wachtwoord').fill('wrong password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('horen niet bij elkaar');
    await page.getByLabel('Wachtwoord').fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Use cases' }).waitFor();
    expect(await page.locator('.card-title').first().textContent()).toContain('facturen');
  });

  it('creates a use case and edits it with Dutch number input', async () => {
    await page.getByRole('link', { name: 'Nieuwe use case' }).click();
    await page.getByLabel('Titel').fill('Offertes sneller opstellen');
    await page.getByLabel('Het probleem in uw eigen woorden').fill('Offertes maken kost te veel tijd.');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { name: 'Offertes sneller opstellen' }).waitFor();
    // The problem is the intake's first step, saved as you type.
    await page.getByRole('heading', { name: 'Het probleem', level: 2 }).waitFor();

    await page.getByLabel('Hoeveel uur per week gaat er nu handmatig in zitten?').fill('12');
    await page.getByLabel('Kosten per uur, inclusief werkgeverslasten').fill('52,50');
    await expect.poll(async () => text(await page.locator('.computed').textContent())).toContain('€ 630');
    await page.getByLabel('Welk deel gaat nu fout?').fill('4');
    await page.getByText('Alles is opgeslagen').waitFor();

    await page.getByLabel('Titel', { exact: true }).fill('Offertes sneller opstellen met AI');
    await page.getByRole('heading', { name: 'Offertes sneller opstellen met AI' }).waitFor();
  });

  it('shows the revision history and restores an earlier version', async () => {
    await page.getByRole('link', { name: 'Geschiedenis' }).click();
    const items = page.locator('.history-item');
    // One session of edits by one person is one version after the one that created the use case.
    await expect.poll(() => items.count()).toBe(2);
    const latest = text(await items.nth(0).textContent()).replace(/\s+/g, ' ');
    expect(latest).toContain('Titel: Offertes sneller opstellen → wordt Offertes sneller opstellen met AI');
    expect(latest).toContain('Kosten per uur, inclusief werkgeverslasten: niet ingevuld → wordt € 52,50');
    await items.nth(1).getByRole('button', { name: 'Deze versie terugzetten' }).click();
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.nth(0).textContent()).toContain('teruggezet uit versie 1');
    await page.getByRole('heading', { name: 'Offertes sneller opstellen', exact: true }).waitFor();
  });

  it('switches to English, with numbers in the English locale', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('link', { name: 'Intake' }).click();
    await page.getByLabel('Cost per hour, including employer costs').fill('52.50');
    await page.getByLabel('How many hours a week go into it by hand now?').fill('12');
    await expect.poll(async () => text(await page.locator('.computed').textContent())).toContain('€630');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByText('Everything is saved').waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'History' }).waitFor();
  });

  it('is usable on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Use cases' }).click();
    // Charts re-measure on resize (ResizeObserver): wait for the layout to settle.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
  });
});
