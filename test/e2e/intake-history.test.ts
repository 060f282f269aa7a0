import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN } from '../../src/server/demo-seed.ts';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

/** Text as a reader sees it: one kind of space. */
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The stored document of the use case this page shows, straight from the API. */
async function storedDocument(page: Page): Promise<Record<string, Record<string, unknown>>> {
  return page.evaluate(async () => {
    const [, , org, , id] = window.location.pathname.split('/');
    return (await (await fetch(`/api/orgs/${org}/use-cases/${id}`)).json()).document;
  });
}

describe('one place for the problem, and a history for people', () => {
  let app: E2eApp;
  let page: Page;

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
    await loginAsDemo(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens a new use case at the problem, the intake’s first step', async () => {
    await page.getByRole('link', { name: 'Nieuwe use case' }).click();
    await page.getByLabel('Titel').fill('Klantvragen beantwoorden');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { name: 'Het probleem', level: 2 }).waitFor();
    expect(page.url()).toMatch(/\/intake\/problem$/);
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Klantvragen beantwoorden');
    // No second copy of the problem questions in another tab.
    expect(await page.getByRole('link', { name: 'Probleem', exact: true }).count()).toBe(0);
  });

  it('edit then switch tab keeps the edit', async () => {
    const process = page.getByLabel('Welk proces gaat het om?');
    await process.fill('Klantvragen per e-mail');
    // At once, before autosave's pause: the tab saves first.
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.waitForURL(/\/data$/);
    expect((await storedDocument(page)).problem?.process).toBe('Klantvragen per e-mail');
    await page.getByRole('link', { name: 'Intake', exact: true }).click();
    expect(await page.getByLabel('Welk proces gaat het om?').inputValue()).toBe('Klantvragen per e-mail');
  });

  it('keeps an edit when the step bar moves to another step at once', async () => {
    await page.getByLabel('Wie heeft er nu last van?').fill('De binnendienst');
    await page
      .getByRole('navigation', { name: 'Stappen van de intake' })
      .getByRole('link', { name: /Data/ })
      .click();
    await page.getByRole('heading', { name: 'Data', level: 2 }).waitFor();
    expect((await storedDocument(page)).problem?.affected).toBe('De binnendienst');
    await page.getByRole('button', { name: 'Vorige' }).click();
    await page.getByRole('button', { name: 'Vorige' }).click();
    expect(await page.getByLabel('Wie heeft er nu last van?').inputValue()).toBe('De binnendienst');
  });

  it('keeps an edit when the main menu leaves the use case at once', async () => {
    await page.getByLabel('Hoeveel uur per week gaat er nu handmatig in zitten?').fill('30');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Use cases' })
      .click();
    await page.getByRole('heading', { name: 'Use cases' }).waitFor();
    await page.getByRole('link', { name: 'Klantvragen beantwoorden' }).click();
    await page.getByRole('heading', { name: 'Het probleem', level: 2 }).waitFor();
    expect(await page.getByLabel('Hoeveel uur per week gaat er nu handmatig in zitten?').inputValue()).toBe(
      '30',
    );
  });

  it('shows the history by question, with old → new values, and every answer of a version', async () => {
    await page
      .getByRole('group', { name: 'Zijn tijd en fouten echt gemeten (niet geschat)?' })
      .getByLabel('Ja')
      .check();
    await page.getByLabel('Waar komt het idee vandaan?').selectOption('problem');
    await page.getByLabel('Titel', { exact: true }).fill('Klantvragen sneller beantwoorden');
    await page.getByRole('link', { name: 'Geschiedenis' }).click();

    const items = page.locator('.history-item');
    // Created, then one session of edits by one person: one version, not one per autosave.
    await expect.poll(() => items.count()).toBe(2);
    const latest = text(await items.nth(0).textContent());
    expect(latest).toContain('Titel: Klantvragen beantwoorden → wordt Klantvragen sneller beantwoorden');
    expect(latest).toContain('Welk proces gaat het om?: niet ingevuld → wordt Klantvragen per e-mail');
    expect(latest).toContain(
      'Hoeveel uur per week gaat er nu handmatig in zitten?: niet ingevuld → wordt 30 uur/week',
    );
    expect(latest).toContain('Zijn tijd en fouten echt gemeten (niet geschat)?: niet ingevuld → wordt Ja');
    expect(latest).toContain(
      'Waar komt het idee vandaan?: niet ingevuld → wordt Een probleem dat we ervaren',
    );
    expect(latest).not.toMatch(/problem\.|\{"|hoursPerWeek/);

    await items.nth(1).getByRole('button', { name: 'Alle antwoorden van deze versie tonen' }).click();
    const answers = text(await items.nth(1).locator('.history-answers').textContent());
    expect(answers).toContain('Titel');
    expect(answers).toContain('Klantvragen beantwoorden');

    await items.nth(1).getByRole('button', { name: 'Deze versie terugzetten' }).click();
    await expect.poll(() => items.count()).toBe(3);
    expect(text(await items.nth(0).textContent())).toContain('teruggezet uit versie 1');
    await page.getByRole('heading', { name: 'Klantvragen beantwoorden', exact: true }).waitFor();
  });

  it('shows the interface in the account’s language right after logging in', async () => {
    // The account's language is English; this browser has only ever shown Dutch.
    await page.evaluate(async () => {
      const me = await (await fetch('/api/auth/me')).json();
      await fetch('/api/auth/me', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ locale: 'en' }),
      });
    });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(DEMO_LOGIN.email);
    await page.getByLabel('Wachtwoord').fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: 'New use case' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Log out' }).count()).toBe(1);
  });

  it('keeps a language picked on the login page, and saves it with the account', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByLabel('E-mailadres').fill(DEMO_LOGIN.email);
    await page.getByLabel('Wachtwoord').fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: 'Nieuwe use case' }).waitFor();
    const locale = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()).user.locale);
    expect(locale).toBe('nl');
  });
});
