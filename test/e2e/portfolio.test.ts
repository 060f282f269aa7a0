/**
 * The portfolio as an adviser uses it: an adviser invited into three client organisations sees the
 * use cases of all three in one matrix and table, filters to one client, opens a use case from the
 * matrix, and never sees a fourth organisation they do not belong to (its use case is absent from
 * the portfolio, and its address gives the not-found page). Also on a phone: no overflow, axe clean.
 * The organisations, the adviser and the use cases are made through the API, as a client would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUseCaseText } from '../../src/core/use-case/parse-use-case.ts';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import { DEMO_LOGIN } from '../../src/server/demo-seed.ts';
import { horizontalOverflow, seriousAxeViolations } from '../support/axe.ts';
import { type E2eApp, startE2eApp } from '../support/e2e-app.ts';
import { httpLogin } from '../support/server-process.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const ADVISER = {
  email: 'adviseur@example.nl',
  name: 'Ada Adviseur',
  password: 'groene kikker op de brug 2026',
};

function example(path: string, title: string): UseCase {
  const parsed = parseUseCaseText(readFileSync(join(EXAMPLES, path), 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not validate`);
  return { ...parsed.value, title };
}

type Headers = Record<string, string>;

function omitContentType(headers: Headers): Headers {
  const { 'content-type': _omitted, ...rest } = headers;
  return rest;
}

/** One API call over real HTTP with a session's cookie and CSRF header. */
async function call(url: string, headers: Headers, method: string, path: string, body?: unknown) {
  const res = await fetch(`${url}${path}`, {
    method,
    // No body, no content type: an empty JSON body is malformed.
    headers: body === undefined ? omitContentType(headers) : headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
  return { res, data: data! };
}

describe('portfolio', () => {
  let app: E2eApp;
  let page: Page;
  const clients: { id: string; name: string; useCaseId: string; title: string }[] = [];
  let foreign: { id: string; useCaseId: string };

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
    const url = app.server.url;
    // The demo owner makes three client organisations and a fourth, and invites the adviser into three.
    const owner = await httpLogin(url, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const orgs = [];
    for (const name of ['Bakkerij Jansen', 'Installatiebedrijf De Vries', 'Kantoor Smit', 'Vreemde Vis BV']) {
      orgs.push({ id: String((await call(url, owner, 'POST', '/api/orgs', { name })).data.id), name });
    }
    let adviser: Headers | null = null;
    for (const org of orgs.slice(0, 3)) {
      const invited = await call(url, owner, 'POST', `/api/orgs/${org.id}/invitations`, {
        email: ADVISER.email,
        name: ADVISER.name,
        role: 'adviser',
      });
      const secret = String(invited.data.secret);
      if (adviser === null) {
        await call(url, { 'content-type': 'application/json' }, 'POST', `/api/invitations/${secret}/accept`, {
          name: ADVISER.name,
          password: ADVISER.password,
        });
        adviser = await httpLogin(url, ADVISER.email, ADVISER.password);
      } else {
        await call(url, adviser, 'POST', `/api/invitations/${secret}/accept`, {});
      }
    }
    const documents = [
      example('invoice-entry.yaml', 'Facturen inlezen bij de bakker'),
      example('heat-pump-maintenance.yaml', 'Onderhoud warmtepompen voorspellen'),
      example('cases/accountantskantoor-digitale-transformatie.yaml', 'Digitale transformatie kantoor'),
    ];
    for (const [i, org] of orgs.slice(0, 3).entries()) {
      const created = await call(url, adviser!, 'POST', `/api/orgs/${org.id}/use-cases`, {
        document: documents[i],
      });
      const useCaseId = String(created.data.id);
      await call(url, adviser!, 'POST', `/api/orgs/${org.id}/use-cases/${useCaseId}/assessments`);
      clients.push({ ...org, useCaseId, title: documents[i]!.title! });
    }
    const secret = await call(url, owner, 'POST', `/api/orgs/${orgs[3]!.id}/use-cases`, {
      document: example('invoice-entry.yaml', 'Geheim project van een ander'),
    });
    foreign = { id: orgs[3]!.id, useCaseId: String(secret.data.id) };

    await page.goto(url);
    await page.getByLabel('E-mailadres').fill(ADVISER.email);
    await page.getByLabel('Wachtwoord').fill(ADVISER.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Use cases' }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  const tableRows = () => page.locator('.portfolio-table tbody tr');

  it('shows the use cases of all three clients, and nothing of an organisation the adviser is not in', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Portfolio' })
      .click();
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    // Outside an organisation the switch names none, so the first client can be chosen too.
    expect(await page.locator('.org-switch select').inputValue()).toBe('');
    await tableRows().first().waitFor();
    expect(await tableRows().count()).toBe(3);
    const body = (await page.locator('main').textContent()) ?? '';
    for (const c of clients) {
      expect(body).toContain(c.title);
      expect(body).toContain(c.name);
    }
    expect(body).not.toContain('Geheim project');
    expect(body).not.toContain('Vreemde Vis');
    expect(await page.locator('.matrix-bubble').count()).toBe(3);
    // Every bubble is a link named with its figures.
    const label = await page
      .locator(`.matrix-bubble[data-use-case="${clients[0]!.useCaseId}"]`)
      .getAttribute('aria-label');
    expect(label).toContain('Facturen inlezen bij de bakker (Bakkerij Jansen): haalbaarheid');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('sorts the table by a column', async () => {
    const header = page.locator('.portfolio-table th').filter({ hasText: 'Haalbaarheid' });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const values = await page.locator('.portfolio-table tbody tr td:nth-of-type(4)').allTextContents();
    const numbers = values.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
  });

  it('filters to one client', async () => {
    const filter = page.locator('.portfolio-filter');
    expect(await filter.textContent()).toContain('Organisatie');
    await filter.locator('select').selectOption({ label: 'Installatiebedrijf De Vries' });
    await expect.poll(() => tableRows().count()).toBe(1);
    expect(await tableRows().first().textContent()).toContain('Onderhoud warmtepompen voorspellen');
    expect(page.url()).toContain(`org=${clients[1]!.id}`);
    expect(await page.locator('.matrix-bubble').count()).toBe(1);
  });

  it('opens a use case from the matrix', async () => {
    await page.locator(`.matrix-bubble[data-use-case="${clients[1]!.useCaseId}"]`).click();
    await page.waitForURL(`**/o/${clients[1]!.id}/use-cases/${clients[1]!.useCaseId}/results`);
    await page.getByRole('heading', { name: 'Onderhoud warmtepompen voorspellen', level: 1 }).waitFor();
  });

  it("gives the not-found page for the fourth organisation's use case", async () => {
    await page.goto(`${app.server.url}/o/${foreign.id}/use-cases/${foreign.useCaseId}/results`);
    await page.getByRole('heading', { name: 'Use case niet gevonden' }).waitFor();
    expect((await page.locator('main').textContent()) ?? '').not.toContain('Geheim project');
  });

  it('works on a phone: the table scrolls in its box, nothing overflows', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.server.url}/portfolio`);
    await tableRows().first().waitFor();
    expect(await tableRows().count()).toBe(3);
    expect(await horizontalOverflow(page), 'the portfolio is wider than the phone').toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '.tmp/portfolio-390.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${app.server.url}/portfolio`);
    await tableRows().first().waitFor();
    await page.screenshot({ path: '.tmp/portfolio-1280.png', fullPage: true });
  });
  it('copies a use case into another client as a template, and the portfolio shows the copy', async () => {
    await page.goto(`${app.server.url}/o/${clients[0]!.id}/use-cases/${clients[0]!.useCaseId}/results`);
    await page.getByText('Kopiëren naar een andere klant').click();
    await page.getByLabel('Naar organisatie').selectOption({ label: 'Kantoor Smit' });
    await page.getByLabel('Titel van de kopie').fill('Facturen inlezen, sjabloon');
    await page.getByRole('button', { name: 'Kopiëren', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Gekopieerd naar Kantoor Smit.' }).waitFor();
    await page.getByRole('link', { name: 'Open de kopie' }).click();
    await page.getByRole('heading', { name: 'Facturen inlezen, sjabloon', level: 1 }).waitFor();
    expect(page.url()).toContain(`/o/${clients[2]!.id}/use-cases/`);
    await page.goto(`${app.server.url}/portfolio?org=${clients[2]!.id}`);
    await expect.poll(() => tableRows().count()).toBe(2);
    expect(await page.locator('.portfolio-table').textContent()).toContain('Facturen inlezen, sjabloon');
  });
});
