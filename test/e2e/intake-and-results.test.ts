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
    // A "not applicable" answer and a "don't know" answer on the last step.
    await page
      .getByRole('group', { name: 'Blijven mensen de uitzonderingen afhandelen?' })
      .getByLabel('Nee')
      .check();
    await page.getByRole('button', { name: 'Beoordelen' }).click();

    await page.getByRole('heading', { name: 'Zo niet beginnen' }).waitFor({ timeout: 20_000 });
    const actions = page.locator('ol.actions > li');
    expect(await actions.count()).toBeGreaterThan(2);
    const problem = page.locator('details.factor', { hasText: 'Probleem' });
    expect(await problem.locator('.badge').first().textContent()).toMatch(/hoog|kritiek/);
    expect(await page.locator('.finding .evidence').first().textContent()).toMatch(/\S{3,}/);
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
    const changes = await page.locator('.changes li').allTextContents();
    expect(changes.join('\n')).toMatch(/Probleem: van (kritiek|hoog risico)/);
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
});
