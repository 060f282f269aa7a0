/**
 * The Content-Security-Policy allows no inline script. These journeys check that nothing the app or
 * the API docs need is blocked: every CSP violation the browser reports fails the test.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

type Violation = { directive: string; blocked: string; source: string };

describe('content security policy', () => {
  let app: E2eApp;
  let page: Page;

  /** Violations reported on the current document since it loaded. */
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations?: Violation[] }).cspViolations ?? []);

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
    // Runs before any page script, outside the page's CSP, on every document.
    await page.context().addInitScript(() => {
      const list: Violation[] = [];
      (window as unknown as { cspViolations: Violation[] }).cspViolations = list;
      document.addEventListener('securitypolicyviolation', (e) => {
        list.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile });
      });
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('sends a policy without unsafe-inline for scripts', async () => {
    const res = await page.goto(app.server.url);
    const csp = (await res?.allHeaders())?.['content-security-policy'] ?? '';
    expect(csp).toMatch(/(^|;)script-src 'self'(;|$)/);
  });

  it('lets the web app log in and draw the business case (charts and the Web Worker) without a violation', async () => {
    await loginAsDemo(app);
    await page.getByRole('link', { name: /facturen/ }).click();
    await page.getByRole('link', { name: 'Businesscase' }).click();
    await page.getByRole('heading', { name: 'Wat het huidige proces kost' }).waitFor();
    // The probability comes from the Web Worker: it arriving proves the worker was allowed to start.
    await expect
      .poll(() => page.locator('[data-figure="probability"] .bc-figure-value').textContent())
      .toMatch(/%$/);
    expect(await violations()).toEqual([]);
  });

  it('opens every tab of a use case without a violation (no page may bundle code the policy blocks)', async () => {
    await page.getByRole('link', { name: 'Use cases' }).first().click();
    await page.getByRole('link', { name: /facturen/ }).click();
    const tabs = page.getByRole('navigation', { name: 'Onderdelen van de use case' }).getByRole('link');
    // The Vendors tab comes with its texts, a moment after the others.
    await expect
      .poll(() => tabs.allTextContents())
      .toEqual([
        'Intake',
        'Data',
        'Resultaat',
        'Businesscase',
        'Pilot',
        'Medewerkers',
        'Leveranciers',
        'Geschiedenis',
      ]);
    const names = await tabs.allTextContents();
    for (const name of names) {
      await tabs.filter({ hasText: name }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await violations(), name).toEqual([]);
    }
  });

  it('lets the API docs at /api/docs render with their own policy', async () => {
    await page.goto(`${app.server.url}/api/docs/`);
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Haalbaar API' }).waitFor();
    await page.locator('.opblock').first().waitFor();
    expect(await violations()).toEqual([]);
  });
});
