/**
 * Every page of the app, in Dutch and English, on a desktop (1280 px) and a phone (390 px): no
 * serious or critical axe-core violation anywhere (nor the moderate landmark-unique and
 * page-has-heading-one it once had), and on the phone no sideways scrolling
 * (`scrollWidth <= innerWidth`). Known once: aria-hidden-focus on the Data tab's charts,
 * scrollable-region-focusable on the business case and settings, colour contrast on the archived
 * list, a 404 page without a heading, intake pages 963 px wide on a phone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFromPage, horizontalOverflow, seriousAxeViolations } from '../support/axe.ts';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

type Visit = {
  name: string;
  path: string;
  /** Waits until the page shows what it is about (data loaded, charts drawn). */
  ready: (page: Page) => Promise<void>;
  /** Opens what is folded away, so the check sees it too. */
  expand?: (page: Page) => Promise<void>;
};

const heading = (page: Page) => page.locator('main h1').first().waitFor();

describe('every page on a desktop and a phone, in Dutch and English', () => {
  let app: E2eApp;
  let page: Page;
  let visits: Visit[];
  /** A survey round's public page and a feedback form, for the logged-out check. */
  let surveyPath = '';
  let feedbackPath = '';
  /** A vendor's questionnaire page (/v/<token>), for the logged-out check. */
  let vendorPath = '';

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
    await loginAsDemo(app);
    const [org] = await apiFromPage<{ organisationId: string }[]>(page, 'GET', '/api/orgs');
    const o = `/o/${org!.organisationId}`;
    const cases = await apiFromPage<{ id: string; verdict: string | null }[]>(
      page,
      'GET',
      `/api/orgs/${org!.organisationId}/use-cases`,
    );
    const fixFirst = cases.find((c) => c.verdict === 'fix-first');
    expect(fixFirst, 'the demo has a case to fix first').toBeDefined();
    // An archived use case, for the list with archived cases shown.
    const archived = await apiFromPage<{ id: string }>(
      page,
      'POST',
      `/api/orgs/${org!.organisationId}/use-cases`,
      {
        document: { title: 'Oud idee: offertes met AI' },
      },
    );
    await apiFromPage(page, 'PATCH', `/api/orgs/${org!.organisationId}/use-cases/${archived.id}`, {
      archived: true,
    });
    const uc = `${o}/use-cases/${fixFirst!.id}`;
    const ready = cases.find((c) => c.verdict === 'ready');
    expect(ready, 'the demo has a case ready for a pilot').toBeDefined();
    const running = await runningPilot(
      page,
      `/api/orgs/${org!.organisationId}/use-cases/${fixFirst!.id}/pilots`,
    );
    // A newer pilot, still planned: the tab opens on it, with the list of both above it.
    await apiFromPage(page, 'POST', `/api/orgs/${org!.organisationId}/use-cases/${fixFirst!.id}/pilots`, {});
    const employeeVoice = await surveyWithResults(
      page,
      `/api/orgs/${org!.organisationId}/use-cases/${fixFirst!.id}`,
    );
    surveyPath = employeeVoice.surveyPath;
    feedbackPath = employeeVoice.feedbackPath;
    vendorPath = await vendorsCompared(page, `/api/orgs/${org!.organisationId}/use-cases/${fixFirst!.id}`);
    visits = [
      {
        name: 'use-case list',
        path: o,
        ready: async (p) => void (await p.locator('.card-verdict').first().waitFor()),
      },
      {
        name: 'use-case list with archived cases',
        path: o,
        ready: async (p) => {
          await p.locator('.card-verdict').first().waitFor();
          await p.locator('.inline-check input[type="checkbox"]').check();
          await p.locator('.card.archived').waitFor();
        },
      },
      { name: 'new use case', path: `${o}/use-cases/new`, ready: heading },
      {
        name: 'intake, first step',
        path: `${uc}/intake`,
        ready: async (p) => void (await p.locator('.step-body h2').waitFor()),
      },
      {
        name: 'intake, last step',
        path: `${uc}/intake/success`,
        ready: async (p) => void (await p.locator('.step-body h2').waitFor()),
      },
      {
        name: 'data',
        path: `${uc}/data`,
        ready: async (p) => void (await p.locator('.data-verdict').first().waitFor({ timeout: 30_000 })),
        expand: async (p) => {
          await p.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.open = true;
          });
          await p.locator('details.data-column[open] figure').first().waitFor();
        },
      },
      {
        name: 'results',
        path: `${uc}/results`,
        ready: async (p) => void (await p.locator('.verdict').waitFor({ timeout: 30_000 })),
        expand: async (p) => {
          await p.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.open = true;
          });
        },
      },
      {
        name: 'business case',
        path: `${uc}/business-case`,
        ready: async (p) => void (await p.locator('.bc-figure').first().waitFor({ timeout: 60_000 })),
      },
      {
        name: 'pilot, none yet',
        path: `${o}/use-cases/${ready!.id}/pilot`,
        ready: async (p) => void (await p.locator('.pilot-empty h2').waitFor()),
      },
      {
        name: 'pilot, planned',
        path: `${uc}/pilot`,
        ready: async (p) => void (await p.locator('#pilot-start').waitFor()),
      },
      {
        name: 'pilot, running with results',
        path: `${uc}/pilot?pilot=${running}`,
        ready: async (p) =>
          void (await p.locator('figure[data-chart="control"] svg').first().waitFor({ timeout: 30_000 })),
      },
      {
        name: 'employees, a round with results and the feedback inbox',
        path: `${uc}/employees`,
        ready: async (p) => {
          await p.locator('[data-results="shown"]').waitFor({ timeout: 30_000 });
          await p.locator('li.feedback-item').first().waitFor();
        },
        expand: async (p) => {
          await p.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.open = true;
          });
        },
      },
      {
        name: 'vendors, compared, with a claim',
        path: `${uc}/vendors`,
        ready: async (p) => {
          await p.locator('li.vendor-rank').first().waitFor();
          await p.locator('li.vendor-claim').first().waitFor();
        },
        expand: async (p) => {
          await p.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.open = true;
          });
        },
      },
      {
        name: 'history',
        path: `${uc}/history`,
        ready: async (p) => void (await p.locator('.history-item').first().waitFor()),
      },
      {
        name: 'settings',
        path: `${o}/settings`,
        ready: async (p) => void (await p.locator('main table').first().waitFor()),
      },
      {
        name: 'portfolio',
        path: '/portfolio',
        ready: async (p) => void (await p.locator('.portfolio-table tbody tr').first().waitFor()),
      },
      { name: 'page not found', path: `${o}/bestaat-niet`, ready: heading },
      {
        name: 'use case not found',
        path: `${o}/use-cases/00000000-0000-4000-8000-000000000000/results`,
        ready: heading,
      },
    ];
  });
  afterAll(async () => {
    await app?.close();
  });

  async function checkEveryPage(language: 'nl' | 'en', width: number) {
    await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
    // The header's switch: it also becomes the account's language, which applies at the next login.
    await page.goto(`${app.server.url}${visits[0]!.path}`);
    await page
      .locator('.lang-switch')
      .getByRole('button', { name: language.toUpperCase(), exact: true })
      .click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
    const problems: string[] = [];
    for (const visit of visits) {
      await page.goto(`${app.server.url}${visit.path}`);
      await visit.ready(page);
      await visit.expand?.(page);
      expect(await page.locator('html').getAttribute('lang'), visit.name).toBe(language);
      if (width < 500) {
        // Charts re-measure on resize (ResizeObserver): let the layout settle.
        await expect
          .poll(() => horizontalOverflow(page), { message: `${visit.name}: wider than the phone` })
          .toBe(0);
      }
      for (const v of await seriousAxeViolations(page)) {
        problems.push(`${visit.name}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
      }
    }
    expect(problems).toEqual([]);
  }

  it('Dutch on a desktop', async () => {
    await checkEveryPage('nl', 1280);
  }, 400_000);

  it('Dutch on a phone', async () => {
    await checkEveryPage('nl', 390);
  }, 400_000);

  it('English on a desktop', async () => {
    await checkEveryPage('en', 1280);
  }, 400_000);

  it('English on a phone', async () => {
    await checkEveryPage('en', 390);
  }, 400_000);

  it('the login page, an invitation link, a survey, the feedback form and a vendor questionnaire, logged out, on a phone', async () => {
    await apiFromPage(page, 'POST', '/api/auth/logout');
    await page.setViewportSize({ width: 390, height: 844 });
    const problems: string[] = [];
    for (const language of ['nl', 'en'] as const) {
      await page.evaluate((l) => localStorage.setItem('haalbaar.lang', l), language);
      for (const [path, ready] of [
        ['/login', 'form button[type="submit"]'],
        ['/invite/bestaat-niet-0123456789abcdefghijklmnopqrstuvwxyz', '.login-card [role="alert"]'],
        [surveyPath, 'form.public-survey'],
        [feedbackPath, 'form.public-feedback'],
        ['/s/bestaat-niet-0123456789abcdefghijklmnopqrstuvwxyz', '.public-card [role="alert"]'],
        [vendorPath, 'form.public-vendor'],
        ['/v/bestaat-niet-0123456789abcdefghijklmnopqrstuvwxyz', '.public-card [role="alert"]'],
      ] as const satisfies readonly (readonly [string, string])[]) {
        await page.goto(`${app.server.url}${path}`);
        await page.locator(ready).waitFor();
        expect(await horizontalOverflow(page), path).toBe(0);
        for (const v of await seriousAxeViolations(page))
          problems.push(`${language} ${path}: ${v.impact} ${v.id}`);
      }
    }
    expect(problems).toEqual([]);
  }, 200_000);
});

/**
 * A pilot with a plan, eight baseline weeks and six measured weeks (through the API), so the pilot
 * tab shows every part: effect, charts, adoption, rules, findings, the proposal and the decision form.
 */
async function runningPilot(page: Page, pilots: string): Promise<string> {
  const created = await apiFromPage<{ id: string }>(page, 'POST', pilots, {});
  const url = `${pilots}/${created.id}`;
  const kpi = (id: string, name: string, smallestEffect: number) => ({
    id,
    name,
    unit: 'per week',
    better: 'down',
    howMeasured: 'storingsregistratie',
    smallestEffect,
  });
  await apiFromPage(page, 'PATCH', url, {
    plan: {
      process: 'Storingen voorspellen bij twintig klanten',
      startDate: '2026-11-30',
      weeks: 6,
      primaryKpi: kpi('storingen', 'onverwachte storingen', 2),
      secondaryKpis: [kpi('spoedritten', 'spoedritten', 1)],
      rules: {
        mustMeet: [
          { text: 'Minstens 20% minder storingen', kpi: 'storingen', test: 'improvesBy', value: 0.2 },
        ],
        shouldMeet: [{ text: 'Het gebruik haalt 60%', kpi: 'adoption', test: 'reaches', value: 0.6 }],
      },
    },
  });
  const periods = [12, 10, 11, 13, 12, 11, 14, 12].map((v, i) => ({
    period: new Date(Date.UTC(2026, 9, 5 + 7 * i)).toISOString().slice(0, 10),
    values: { storingen: v, spoedritten: 4 + (i % 3) },
  }));
  await apiFromPage(page, 'PUT', `${url}/baseline`, { periods });
  await apiFromPage(page, 'POST', `${url}/start`);
  for (const [i, v] of [11, 10, 9, 9, 8, 8].entries()) {
    await apiFromPage(page, 'POST', `${url}/measurements`, {
      week: i + 1,
      values: { storingen: v, spoedritten: 4 },
      adoption: 0.2 + 0.1 * i,
      hoursSpent: 3,
      costsEur: 120,
      note: 'Klantbezoek ingepland',
    });
  }
  await apiFromPage(page, 'POST', `${url}/iterations`, {
    week: 2,
    change: 'Drempel voor een waarschuwing verlaagd',
    why: 'Monteurs misten vroege signalen',
  });
  return created.id;
}

/**
 * A survey round of the use case with five responses (results shown, a barrier) and a feedback link
 * with one item, through the API: the Employees tab then shows every part. Returns the public paths.
 */
async function surveyWithResults(
  page: Page,
  useCase: string,
): Promise<{ surveyPath: string; feedbackPath: string }> {
  const round = await apiFromPage<{ links: { token: string; path: string }[] }>(
    page,
    'POST',
    `${useCase}/surveys`,
    { wave: 'start' },
  );
  const link = round.links[0]!;
  for (const knowledge of [2, 2, 3, 4, 1]) {
    const { ticket } = await apiFromPage<{ ticket: string }>(
      page,
      'GET',
      `/api/public/surveys/${link.token}`,
    );
    await apiFromPage(page, 'POST', `/api/public/surveys/${link.token}/responses`, {
      ticket,
      answers: {
        'awareness.1': 4,
        'desire.1': 4,
        'knowledge.1': knowledge,
        'knowledge.2': knowledge,
        usefulness: 4,
      },
      open: { helps: 'Meer oefentijd', concerns: 'Of het systeem de btw goed leest' },
    });
  }
  const feedback = await apiFromPage<{ token: string; path: string }>(
    page,
    'POST',
    `${useCase}/feedback-link`,
  );
  await apiFromPage(page, 'POST', `/api/public/feedback/${feedback.token}`, {
    rating: 'wrong',
    comment: 'Leverancier verkeerd herkend',
  });
  return { surveyPath: link.path, feedbackPath: feedback.path };
}

/**
 * Two vendors of the use case through the API: one answers its questionnaire through its link (a
 * failed gate, evidence on another), the owner fills in the other; a flagged claim. The Vendors tab
 * then shows every part. Returns the path of the vendor's questionnaire page.
 */
async function vendorsCompared(page: Page, useCase: string): Promise<string> {
  const first = await apiFromPage<{ id: string }>(page, 'POST', `${useCase}/vendors`, {
    name: 'SensorPlatform',
    website: 'https://sensorplatform.example',
  });
  const second = await apiFromPage<{ id: string }>(page, 'POST', `${useCase}/vendors`, {
    name: 'WarmteData',
  });
  const link = await apiFromPage<{ token: string; path: string }>(
    page,
    'POST',
    `${useCase}/vendors/${first.id}/link`,
    {},
  );
  await apiFromPage(page, 'POST', `/api/public/vendor-questionnaire/${link.token}/submit`, {
    answers: {
      noTrainingWithoutConsent: {
        value: 'yes',
        evidence: [{ kind: 'clause', text: 'Klantdata wordt niet gebruikt om modellen te trainen.' }],
      },
      openExport: { value: 'no', comment: 'Export alleen via ons eigen dashboard.' },
      references: { value: 'partly' },
    },
  });
  await apiFromPage(page, 'PUT', `${useCase}/vendors/${second.id}`, {
    answers: {
      openExport: { value: 'yes', evidence: [{ kind: 'url', url: 'https://warmtedata.example/export' }] },
      exitTerms: { value: 'yes', noticeMonths: 2 },
      integration: { value: 'yes' },
    },
    switching: { yearlyCost: 4800, contractMonths: 12 },
    submit: true,
  });
  await apiFromPage(page, 'POST', `${useCase}/claims`, {
    vendorId: first.id,
    text: 'Het platform voorspelt elke storing, zonder uitzondering.',
    source: 'entered',
    date: '2026-11-20',
  });
  return link.path;
}
