import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

describe('intake wizard and results', () => {
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

  it('walks through every step of the wizard and shows a verdict with an action plan', async () => {
    await page.getByRole('link', { name: 'Nieuwe use case' }).click();
    await page.getByLabel('Titel').fill('Iets met AI');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('link', { name: 'Intake' }).click();

    await page
      .getByLabel('Het probleem in uw eigen woorden')
      .fill('We willen iets met AI doen om innovatiever te worden.');
    await page.getByLabel('Waar komt het idee vandaan?').selectOption('hype');
    await page.getByText('Alles is opgeslagen').waitFor();

    for (const step of ['Verwachtingen', 'Data', 'Medewerkers', 'Partner', 'Succesvoorwaarden']) {
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('heading', { name: step, level: 2 }).waitFor();
    }
    // A "no" on the success conditions, then the Rules step left unanswered ("weet ik niet").
    await page
      .getByRole('group', { name: 'Blijven mensen de uitzonderingen afhandelen?' })
      .getByLabel('Nee')
      .check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: 'Regels', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Beoordelen' }).click();

    await page.getByRole('heading', { name: 'Zo niet beginnen' }).waitFor({ timeout: 20_000 });
    const actions = page.locator('ol.actions > li');
    expect(await actions.count()).toBeGreaterThan(2);
    const problem = page.locator('details.factor', { hasText: 'Probleem' });
    expect(await problem.locator('.badge').first().textContent()).toMatch(/hoog|kritiek/);
    expect(await page.locator('.finding .evidence').first().textContent()).toMatch(/\S{3,}/);

    // The board report downloads as a PDF in the page's language.
    const href = await page.getByRole('link', { name: 'Rapport (PDF)' }).getAttribute('href');
    expect(href).toMatch(/\/report\.pdf\?lang=nl$/);
    const pdf = await page.request.get(new URL(href!, page.url()).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reflects a changed answer and keeps the previous assessment', async () => {
    await page.getByRole('link', { name: 'Antwoorden aanpassen' }).click();
    await page.getByRole('heading', { name: 'Het probleem', level: 2 }).waitFor();
    await page
      .getByLabel('Het probleem in uw eigen woorden')
      .fill('Onze binnendienst beantwoordt 400 klantvragen per week per e-mail; dat kost 30 uur per week.');
    await page.getByLabel('Hoeveel uur per week gaat er nu handmatig in zitten?').fill('30');
    await page.getByLabel('Kosten per uur, inclusief werkgeverslasten').fill('48,50');
    await page.getByLabel('Hoeveel stuks per week (facturen, tickets, orders…)?').fill('400');
    await page.getByLabel('Welk deel gaat nu fout?').fill('5');
    await page.getByLabel('Wat kost het om één fout te herstellen?').fill('20');
    await page
      .getByRole('group', { name: 'Zijn tijd en fouten echt gemeten (niet geschat)?' })
      .getByLabel('Ja')
      .check();
    await page
      .getByLabel('Wanneer is het geslaagd?')
      .fill('Antwoordtijd 40% lager op 1 juni 2027, gemeten in het ticketsysteem.');
    await page.getByLabel('Waar komt het idee vandaan?').selectOption('problem');
    await page.getByText('Alles is opgeslagen').waitFor();

    await page.getByRole('link', { name: 'Resultaat' }).click();
    await page
      .getByRole('heading', { name: /Wat is er veranderd sinds de vorige beoordeling/ })
      .waitFor({ timeout: 20_000 })
      .catch(async (e) => {
        await page.screenshot({ path: '/tmp/fail.png', fullPage: true });
        throw e;
      });
    // Changes come grouped per factor, each marked better or worse in words, not only in colour.
    const problem = page.locator('.change-group', { has: page.getByRole('heading', { name: 'Probleem' }) });
    const changes = await problem.locator('li').allTextContents();
    expect(changes.join('\n')).toMatch(/beter:.*van (kritiek|hoog)/);
    const cost = await page.locator('.big-number').textContent();
    expect((cost ?? '').replace(/\u00a0/g, ' ')).toBe('€ 96.460');

    const assessments = await page.evaluate(async () => {
      const me = await (await fetch('/api/auth/me')).json();
      const org = me.memberships[0].organisationId;
      const list = await (await fetch(`/api/orgs/${org}/use-cases`)).json();
      const uc = list.find((u: { title: string }) => u.title === 'Iets met AI');
      return (await fetch(`/api/orgs/${org}/use-cases/${uc.id}/assessments`)).json();
    });
    expect(assessments).toHaveLength(2);
  });

  it('shows the action plan as a to-do list: three first, the rest folded, ticked off with a day and a note', async () => {
    const plan = page.locator('.action-plan');
    const first = plan.locator(':scope > ol.actions > li');
    expect(await first.count()).toBeLessThanOrEqual(3);
    // The stored assessment's plan decides what the page must fold: the actions after the third.
    const actionCount = await page.evaluate(async () => {
      const me = await (await fetch('/api/auth/me')).json();
      const org = me.memberships[0].organisationId;
      const list = await (await fetch(`/api/orgs/${org}/use-cases`)).json();
      const uc = list.find((u: { title: string }) => u.title === 'Iets met AI');
      const state = await (await fetch(`/api/orgs/${org}/use-cases/${uc.id}/assessments/latest`)).json();
      return state.current.result.actions.length as number;
    });
    expect(actionCount).toBeGreaterThan(3);
    expect(await first.count()).toBe(3);
    const folded = plan.locator('details.actions-later');
    expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await folded.locator('li').count()).toBe(actionCount - 3);
    const title = (await first.first().locator('strong').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(3);

    await first.first().getByRole('button', { name: 'Afvinken als gedaan…' }).click();
    const form = page.getByRole('form', { name: `Afvinken: ${title}` });
    await form.getByLabel('Gedaan op').fill('2026-11-30');
    await form.getByLabel('Wat is er gedaan? (optioneel)').fill('Besproken met de binnendienst');
    await form.getByRole('button', { name: 'Afvinken' }).click();

    const done = plan.locator('ul.actions-done > li', { hasText: title });
    await done.waitFor();
    expect(await done.textContent()).toContain('gedaan op 30-11-2026');
    expect(await done.textContent()).toContain('Besproken met de binnendienst');
    expect(await plan.locator('ol.actions > li strong').allTextContents()).not.toContain(title);

    await page.getByRole('button', { name: `Weer openzetten: ${title}` }).click();
    await plan.locator('ul.actions-done').waitFor({ state: 'detached' });
    expect(await first.first().locator('strong').textContent()).toBe(title);
  });
});
