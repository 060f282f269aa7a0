import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

const FILE = 'sensoren-hal-2.csv';

/** Roughly one reading a day at changing times, 21 days missing, every ninth temperature empty. */
function handLoggedSensorCsv(): string {
  const lines = ['datum;machine;temperatuur;druk'];
  const start = Date.UTC(2026, 0, 1, 8);
  for (let day = 0; day < 90; day++) {
    if (day >= 30 && day < 51) continue;
    const t = new Date(start + day * 86_400_000 + ((day * 37) % 300) * 60_000);
    const date = `${t.getUTCDate()}-${t.getUTCMonth() + 1}-${t.getUTCFullYear()}`;
    const time = `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
    const temperature = day % 9 === 4 ? '' : (60 + (day % 7) * 0.5).toFixed(1).replace('.', ',');
    lines.push(`${date} ${time};M1;${temperature};${(2 + (day % 5) * 0.1).toFixed(1).replace('.', ',')}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('data upload and profile', () => {
  let app: E2eApp;
  let page: Page;

  const tab = (name: string) =>
    page
      .getByRole('navigation', { name: 'Onderdelen van de use case' })
      .getByRole('link', { name, exact: true });
  const dataFactor = () =>
    page.locator('details.factor').filter({ has: page.locator('summary strong', { hasText: /^Data$/ }) });

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
    await loginAsDemo(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('profiles an upload, explains the gap in plain words and feeds the data factor', async () => {
    await page
      .getByRole('link', { name: /Inkomende facturen/ })
      .first()
      .click();
    await tab('Resultaat').click();
    await dataFactor().waitFor({ timeout: 30_000 });
    const before = (await dataFactor().textContent()) ?? '';
    expect(before).not.toContain(FILE);

    await tab('Data').click();
    await page.getByRole('heading', { name: 'Databestanden' }).waitFor();
    await page.getByText('Nog geen bestanden').waitFor();
    const keep = page.getByLabel('Bestand bewaren na het onderzoek');
    expect(await keep.isChecked()).toBe(false);
    await page.getByLabel('Bestanden', { exact: true }).setInputFiles([
      { name: FILE, mimeType: 'text/csv', buffer: Buffer.from(handLoggedSensorCsv()) },
      { name: 'leeg.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
    ]);
    await page.getByRole('button', { name: '2 bestanden versturen en onderzoeken' }).click();

    // The upload progress bar of each file, full once sent.
    const uploadBar = page.getByRole('progressbar', { name: `Versturen van ${FILE}` });
    await uploadBar.waitFor();
    await expect.poll(() => uploadBar.getAttribute('value'), { timeout: 20_000 }).toBe('1');
    await page.getByRole('progressbar', { name: 'Versturen van leeg.csv' }).waitFor();
    await expect
      .poll(() => page.locator('.data-upload-state').allTextContents(), { timeout: 20_000 })
      .toEqual(['Verstuurd; het onderzoek staat hieronder.', 'Verstuurd; het onderzoek staat hieronder.']);

    // Profiling runs in the background and survives a reload: the card polls the stored job.
    await page.reload();
    const card = page.getByRole('article', { name: FILE });
    await card.waitFor();
    await card.getByRole('heading', { name: 'Eerst oplossen' }).waitFor({ timeout: 60_000 });

    // Verdict-like readiness, then the top problems in plain words.
    expect(await card.locator('.data-verdict').textContent()).toMatch(/B — geldig, nog niet geschikt/);
    const top = await card.locator('.data-top li').allTextContents();
    expect(top.length).toBeGreaterThan(0);
    expect(top.length).toBeLessThanOrEqual(3);
    expect(top.join('\n')).toMatch(/met de hand bijgehouden/);

    // The gap named with its dates and length, and the coverage chart with its text alternative.
    const series = card.locator('.data-series').first();
    await series.waitFor();
    const seriesText = (await series.textContent()) ?? '';
    expect(seriesText).toMatch(/Lijkt met de hand bijgehouden/);
    expect(seriesText).toMatch(/Er is 1 gat: 22 dagen zonder metingen, van 30-01-2026 tot 21-02-2026/);
    expect(seriesText).toMatch(/Periodes zonder één meting:/);
    expect(await series.locator('figure table.visually-hidden tbody tr').count()).toBeGreaterThan(10);

    // The file at a glance and the missing values among all findings.
    const facts = (await card.locator('.data-facts').first().textContent()) ?? '';
    expect(facts).toContain('Rijen69');
    expect(facts).toContain('puntkomma (;)');
    expect(facts).toContain('komma (1,5)');
    await card.getByText(/^Alle bevindingen/).click();
    expect(await card.locator('.data-section').first().textContent()).toMatch(
      /Kolom "temperatuur" is leeg in \d+ rijen/,
    );

    // A column chart once the column is opened, with its hidden table.
    await card.getByText(/^Kolommen \(4\)/).click();
    await card.locator('details.data-column summary', { hasText: 'druk' }).click();
    await card.locator('details.data-column[open] figure svg').first().waitFor();

    // The empty file: why it cannot be used, in plain words.
    const failed = page.getByRole('article', { name: 'leeg.csv' });
    await failed.getByText('Dit bestand kan niet gebruikt worden.').waitFor({ timeout: 30_000 });
    expect(await failed.locator('.data-failed').textContent()).toMatch(/leeg\.csv is leeg/);

    // The assessment now quotes the file in the data factor.
    await page.getByRole('link', { name: 'Naar de bijgewerkte beoordeling' }).click();
    await expect
      .poll(async () => (await dataFactor().textContent()) ?? '', { timeout: 30_000 })
      .toContain(FILE);
    const after = (await dataFactor().textContent()) ?? '';
    expect(after).not.toEqual(before);
    expect(after).toMatch(/met de hand|onregelmatig|gaten/i);
  });

  it('is usable on a phone: no sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await tab('Data').click();
    await page
      .getByRole('article', { name: FILE })
      .getByRole('heading', { name: 'Eerst oplossen' })
      .waitFor();
    // Charts re-measure on resize (ResizeObserver): wait for the layout to settle.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('deletes a file and its profile', async () => {
    const card = page.getByRole('article', { name: FILE });
    await card.getByRole('button', { name: `${FILE} verwijderen` }).click();
    await card.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await card.waitFor({ state: 'detached' });
    await page
      .getByRole('article', { name: 'leeg.csv' })
      .getByRole('button', { name: 'leeg.csv verwijderen' })
      .click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('Nog geen bestanden').waitFor();
  });
});
