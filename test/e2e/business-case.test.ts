import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DATA_FILE, DEMO_LOGIN } from '../../src/server/demo-seed.ts';
import { type E2eApp, startE2eApp } from '../support/e2e-app.ts';

/** Text as a reader sees it: Intl puts a no-break space between € and the amount. */
const text = (s: string | null) =>
  (s ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('business case page', () => {
  let app: E2eApp;
  let page: Page;
  let pagePath = '';

  const probability = () => page.locator('[data-figure="probability"] .bc-figure-value').textContent();
  const histogramTable = () => page.locator('.bc-chart').nth(0).locator('table').textContent();
  const tornadoFirstRow = () => page.locator('.bc-chart').nth(1).locator('tbody tr th').first().textContent();
  const measureFirst = () => page.locator('.measure-first').textContent();
  const licence = () => page.getByRole('group', { name: 'Licentie (per jaar)' });

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the business case of the demo use case with the cost of the current process', async () => {
    await page.goto(app.server.url);
    await page.getByLabel('E-mailadres').fill(DEMO_LOGIN.email);
    await page.getByLabel('Wachtwoord').fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: /facturen/ }).click();
    await page.getByRole('link', { name: 'Businesscase' }).click();
    await page.getByRole('heading', { name: 'Wat het huidige proces kost' }).waitFor();
    pagePath = new URL(page.url()).pathname;
    expect(pagePath).toMatch(/\/use-cases\/[0-9a-f-]+\/business-case$/);

    const statusQuo = text(await page.locator('.bc-status-quo').textContent());
    expect(statusQuo).toContain('15 uur × € 52 per uur');
    expect(statusQuo).toContain('€ 780');
    expect(statusQuo).toContain('€ 540');
    expect(statusQuo).toContain('€ 68.640');

    // The live results arrive from the Web Worker.
    await expect.poll(probability).toMatch(/%$/);
    // Without a licence range of its own, the licence is the vendor's yearly cost from the intake.
    expect(text(await licence().textContent())).toContain('offerte van Factuurslim B.V.');
    expect(await licence().getByLabel('Waarschijnlijk').inputValue()).toBe('7200');
    const biggest = text(await tornadoFirstRow());
    expect(text(await measureFirst())).toContain(biggest);
    expect(await page.locator('.bc-chart').nth(0).locator('.recharts-bar-rectangle').count()).toBeGreaterThan(
      10,
    );
    expect(await page.locator('.recharts-reference-line').count()).toBe(1);
  });

  it('recomputes on every change: histogram, probability and tornado follow a narrower licence range', async () => {
    const before = {
      probability: await probability(),
      histogram: await histogramTable(),
    };
    // Typing a high below the likely value is refused with an explanation, and nothing is recomputed.
    await licence().getByLabel('Hoog').fill('2.400');
    await licence().getByRole('alert').waitFor();
    expect(text(await licence().getByRole('alert').textContent())).toContain('Laag mag niet hoger zijn');
    expect(await probability()).toBe(before.probability);

    await licence().getByLabel('Laag').fill('1200');
    await licence().getByLabel('Waarschijnlijk').fill('1800');
    await expect.poll(() => licence().getByRole('alert').count()).toBe(0);
    await expect.poll(probability).not.toBe(before.probability);
    await expect.poll(histogramTable).not.toBe(before.histogram);
    expect(text(await tornadoFirstRow())).not.toBe('Licentie (per jaar)');
    expect(text(await licence().textContent())).toContain('eigen schatting');
    expect(text(await licence().textContent())).toContain('Offerte gebruiken');
    // A cheaper licence makes a positive outcome more likely.
    const pct = (s: string | null) => Number(text(s).replace('%', '').replace(',', '.'));
    expect(pct(await probability())).toBeGreaterThan(pct(before.probability));

    const elapsedMs = Number(await page.locator('.bc-monte-carlo').getAttribute('data-elapsed-ms'));
    console.log(`in-browser recomputation (10 000 runs, assessed twice): ${elapsedMs} ms`);
  });

  it('saves the range as a new revision, and shows the same figures as the API', async () => {
    await page.getByText('Alles is opgeslagen').waitFor();
    const apiPath = `/api${pagePath.replace(/^\/o\//, '/orgs/')}`;
    const useCasePath = apiPath.replace(/\/business-case$/, '');
    const saved = await page.evaluate(async (url) => (await fetch(url)).json(), useCasePath);
    expect(saved.document.businessCase.yearlyCosts.licence).toEqual({ low: 1200, likely: 1800, high: 2400 });
    expect(saved.revision).toBeGreaterThan(1);

    const fromApi = await page.evaluate(async (url) => {
      const body = await (await fetch(url)).json();
      const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
      return percent.format(body.simulated.probabilityNpvPositive);
    }, apiPath);
    expect(text(await probability())).toBe(text(fromApi));

    await page.reload();
    await expect.poll(() => licence().getByLabel('Hoog').inputValue()).toBe('2400');
    expect(text(await licence().textContent())).toContain('eigen schatting');
  });

  it('exports the business case to Excel', async () => {
    const link = page.getByRole('link', { name: 'Exporteren naar Excel' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/business-case\.xlsx\?lang=nl$/);
    const download = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        disposition: res.headers.get('content-disposition'),
        magic: [...new Uint8Array(await res.arrayBuffer()).slice(0, 2)],
      };
    }, href!);
    expect(download.status).toBe(200);
    expect(download.type).toContain('spreadsheetml');
    expect(download.disposition).toContain('attachment; filename="businesscase-');
    expect(download.magic).toEqual([0x50, 0x4b]);
  });

  it('is usable on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(probability).toMatch(/%$/);
    // Charts re-measure on resize (ResizeObserver): wait for the layout to settle.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('speaks English, with English number entry', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'What the current process costs' }).waitFor();
    expect(text(await page.locator('.bc-status-quo').textContent())).toContain('€68,640');
    const before = await probability();
    const group = page.getByRole('group', { name: 'Implementation (one-off)' });
    await group.getByLabel('High').fill('30,000');
    await group.getByLabel('Likely').fill('15000');
    await expect.poll(probability).not.toBe(before);
    await page.getByText('Everything is saved').waitFor();
  });

  it('follows the server’s assessment with a data file: the page shows the stall chance the API gives, not one from the answers alone', async () => {
    // The invoice case's answers say its data is fine; a hand-kept file with gaps says otherwise.
    const csv = readFileSync(DEMO_DATA_FILE, 'utf8');
    const apiPath = `/api${pagePath.replace(/^\/o\//, '/orgs/')}`;
    const useCasePath = apiPath.replace(/\/business-case$/, '');
    await page.evaluate(
      async ({ base, content }) => {
        const { csrfToken } = await (await fetch('/api/auth/me')).json();
        const form = new FormData();
        form.append('file', new Blob([content], { type: 'text/csv' }), 'meterstanden.csv');
        const res = await fetch(`${base}/data-files`, {
          method: 'POST',
          headers: { 'x-csrf-token': csrfToken },
          body: form,
        });
        const { id } = await res.json();
        for (;;) {
          const file = await (await fetch(`${base}/data-files/${id}`)).json();
          if (file.status === 'done' || file.status === 'failed') return file.status;
          await new Promise((r) => setTimeout(r, 200));
        }
      },
      { base: useCasePath, content: csv },
    );
    await page.reload();
    const stallFigure = page.locator('[data-figure="stall"] .bc-figure-value');
    await expect.poll(() => stallFigure.textContent()).toMatch(/%$/);
    const report = await page.evaluate(async (url) => (await fetch(url)).json(), `${apiPath}?lang=en`);
    const data = report.assessment.factors.find((f: { id: string }) => f.id === 'data');
    expect(data.risk).toMatch(/high|critical/);
    const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
    await expect
      .poll(async () => text(await stallFigure.textContent()))
      .toBe(percent.format(report.stall.probability));
    expect(text(await page.locator('.bc-stall').textContent())).toContain(`data ${data.risk}`);
  });
});
