/**
 * The rules, as an owner meets them: the intake's Rules step on a phone (check groups with "Weet ik
 * niet", side-by-side choices), the Rules section of the results for the demo's invoice case (minimal
 * risk, AI literacy since 2 February 2025, a DPIA advised), and the same case turned into emotion
 * recognition of employees: a prohibited practice, so the verdict becomes "Zo niet beginnen" (rethink)
 * and the first action says to stop.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, seriousAxeViolations } from '../support/axe.ts';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

const text = (s: string | null) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('rules and obligations', () => {
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

  const rulesPanel = () => page.locator('.rules-panel');

  /** Assesses from the intake's last step and waits for the verdict named. */
  async function assess(verdict: string) {
    await page.getByRole('button', { name: 'Beoordelen' }).click();
    await expect
      .poll(
        async () =>
          text(
            await page
              .locator('.verdict-title')
              .textContent()
              .catch(() => ''),
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(verdict);
    await rulesPanel().waitFor({ timeout: 30_000 });
  }

  it('asks the rules step on a phone, with the demo’s answers', async () => {
    await page.getByRole('link', { name: /facturen/ }).click();
    await page
      .locator('.steps')
      .getByRole('link', { name: /Regels/ })
      .click();
    await page.getByRole('heading', { name: 'Regels' }).waitFor();
    const activities = page.getByRole('group', { name: /Wat doet het systeem/ });
    expect(await activities.getByRole('checkbox', { name: 'Geen van deze' }).isChecked()).toBe(true);
    const interacts = page.getByRole('group', { name: /Praten of chatten mensen er rechtstreeks mee/ });
    expect(await interacts.getByRole('radio', { name: 'Nee' }).isChecked()).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await horizontalOverflow(page), 'the rules step is wider than the phone').toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows minimal risk with AI literacy and a DPIA advised in the results', async () => {
    await assess('Klaar voor een pilot');
    const panel = text(await rulesPanel().textContent());
    expect(panel).toContain('Minimaal risico');
    expect(panel).toContain('DPIA aangeraden');
    expect(panel).toContain('AI Act art. 4');
    expect(panel).toContain('sinds 2 februari 2025');
    expect(text(await page.locator('.action-plan').textContent())).toContain(
      'Zorg dat wie ermee werkt genoeg van AI weet',
    );
  });

  it('turns emotion recognition of employees into a prohibited practice: rethink, stop first', async () => {
    await page.getByRole('link', { name: 'Intake', exact: true }).click();
    await page
      .locator('.steps')
      .getByRole('link', { name: /Regels/ })
      .click();
    const activities = page.getByRole('group', { name: /Wat doet het systeem/ });
    await activities.getByRole('checkbox', { name: /Emoties herkennen/ }).check();
    // Ticking a practice clears "none of these".
    expect(await activities.getByRole('checkbox', { name: 'Geen van deze' }).isChecked()).toBe(false);
    await page
      .getByRole('group', { name: /Over wie gaat de uitkomst/ })
      .getByRole('checkbox', { name: 'Medewerkers' })
      .check();
    await assess('Zo niet beginnen');
    const panel = text(await rulesPanel().textContent());
    expect(panel).toContain('Verboden toepassing');
    const first = page.locator('.action-plan li.action').first();
    expect(text(await first.textContent())).toContain('Stop dit gebruik');
  });
});
