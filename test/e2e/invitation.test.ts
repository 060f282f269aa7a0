import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION } from '../../src/server/demo-seed.ts';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

describe('joining by invitation', () => {
  let app: E2eApp;
  let page: Page;
  let link = '';

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an owner invites a new person, who accepts on a phone with their own password and lands in the organisation', async () => {
    await loginAsDemo(app);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { name: 'Iemand uitnodigen' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Nina de Nieuwe');
    await page.getByLabel('E-mailadres', { exact: true }).fill('nina@example.nl');
    await page.getByLabel('Rol', { exact: true }).selectOption('adviser');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    link = (await page.locator('.notice code.secret').textContent()) ?? '';
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[\w-]{40,}$/);
    await page.getByRole('cell', { name: 'nina@example.nl' }).waitFor();
    // No owner sets someone else's password any more.
    expect(await page.getByRole('button', { name: 'Nieuw wachtwoord' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(link);
    await page.getByRole('heading', { name: `Uitnodiging voor ${DEMO_ORGANISATION}` }).waitFor();
    expect(await page.locator('.lead').textContent()).toContain('als adviseur');
    expect(await page.getByLabel('Uw naam').inputValue()).toBe('Nina de Nieuwe');

    const password = page.getByLabel('Kies een wachtwoord');
    await password.fill('kort');
    await password.blur();
    await expect.poll(() => page.locator('.field-error').textContent()).toContain('minstens 15 tekens');

    // Long enough, but a common password: only the server knows the list, and says so.
    await password.fill('Wachtwoord2026!!');
    await page.getByRole('button', { name: 'Account maken en accepteren' }).click();
    await expect.poll(() => page.locator('.field-error').textContent()).toContain('veelgebruikt');

    await password.fill('zeven groene kikkers zingen');
    await page.getByRole('button', { name: 'Account maken en accepteren' }).click();
    await page.getByRole('heading', { name: 'Use cases' }).waitFor();
    expect(await page.locator('.user').textContent()).toContain('Nina de Nieuwe');
    expect(await page.locator('.org-switch select option:checked').textContent()).toBe(DEMO_ORGANISATION);
    // Fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('says plainly that a used link no longer works', async () => {
    await page.goto(link);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('werkt niet (meer)');
  });
});
