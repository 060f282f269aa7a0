/**
 * The Pilot tab, as an owner uses it: plan a pilot of the demo's invoice case, enter eight weeks of
 * baseline, read the power check, start through the warning, enter six weeks on a phone (Dutch
 * decimal commas), read the effect with its interval, the control chart, the adoption, the euros
 * and the proposed decision, keep the iteration log, amend the plan with a reason, and record Go.
 * Every figure asserted follows from the values typed here (docs/pilot.md, docs/pilot-statistics.md).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow } from '../support/axe.ts';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

/** Text as a reader sees it: Intl puts no-break spaces in money and units. */
const text = (s: string | null) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Hours of manual entry per week before the pilot (median 15, mean 15,25) and the error share. */
const BASELINE_HOURS = ['15', '14', '16', '15', '17', '14', '15', '16'];
const BASELINE_ERRORS = ['0,03', '0,04', '0,03', '0,02', '0,03', '0,04', '0,03', '0,03'];
/** Six pilot weeks: hours fall to a median of 7, errors halve, adoption climbs to 85 %. */
const WEEKS = [
  { hours: '9', errors: '0,02', adoption: '30' },
  { hours: '8', errors: '0,02', adoption: '45' },
  { hours: '7', errors: '0,01', adoption: '60' },
  { hours: '7', errors: '0,02', adoption: '70' },
  { hours: '6', errors: '0,01', adoption: '80' },
  { hours: '6', errors: '0,01', adoption: '85' },
];

describe('pilot tab', () => {
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

  const section = (name: string) => page.getByRole('region', { name, exact: true });
  const fieldset = (name: RegExp) => page.getByRole('group', { name });

  it('explains a pilot and plans one pre-filled from the use case', async () => {
    await page.getByRole('link', { name: /facturen/ }).click();
    await page.getByRole('link', { name: 'Pilot', exact: true }).click();
    await page.getByRole('heading', { name: 'Nog geen pilot' }).waitFor();
    expect(text(await page.locator('.pilot-empty .lead').textContent())).toContain('zes weken');
    await page.getByRole('button', { name: 'Pilot plannen' }).click();

    await page.getByRole('heading', { name: /^Pilot: Inkomende facturen/ }).waitFor();
    expect(await page.getByLabel('Proces', { exact: true }).inputValue()).toBe(
      'invoer van inkomende facturen in het ERP',
    );
    // What the use case does not say is named at its field, and before the start.
    const primary = fieldset(/^Hoofd-KPI/);
    expect(await primary.getByLabel('Naam').inputValue()).toBe('handmatige invoertijd');
    expect(text(await primary.locator('.field-error').first().textContent())).toContain('dit veld ontbreekt');
    expect(text(await section('Starten').textContent())).toContain('nog geen nulmeting');
  });

  it('edits the plan, showing the API’s problem at its field, and saves as you type', async () => {
    await page.getByLabel('Startdatum').fill('2026-11-30');
    const primary = fieldset(/^Hoofd-KPI/);
    const secondary = fieldset(/^Neven-KPI 1/);
    // A negative smallest effect is refused by the API, next to the field.
    await primary.getByLabel('Kleinste zinvolle effect').fill('-3');
    await expect
      .poll(async () => text(await primary.locator('.field-error').first().textContent()))
      .toContain('minimaal 0');
    await primary.getByLabel('Kleinste zinvolle effect').fill('3');
    await primary.getByLabel('Telt in euro als').selectOption({ label: 'uren per week' });
    await secondary.getByLabel('Kleinste zinvolle effect').fill('0,01');
    // The must-meet rule: at least 30 % less manual entry time than the baseline.
    const rule = fieldset(/^moet-regel 1/);
    await rule.getByLabel('Regel in gewone taal').fill('De handmatige invoertijd daalt met minstens 30%.');
    await rule.getByLabel('Toets').selectOption('improvesBy');
    await rule.getByLabel('Minstens zoveel beter').fill('30');
    await page.getByLabel('Controle door een mens').fill('100');
    await page.getByText('Alles is opgeslagen').waitFor();
    await expect.poll(() => primary.locator('.field-error').count()).toBe(0);
  });

  it('refuses an imported baseline with a bad cell, naming its row, and stores nothing', async () => {
    const baseline = section('Nulmeting');
    await baseline.getByText('Nulmeting inlezen uit een CSV- of Excel-bestand').click();
    await baseline.getByLabel('Bestand (CSV of XLSX)').setInputFiles({
      name: 'nulmeting.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Periode;handmatige invoertijd;foutpercentage\n5-10-2026;15;0,03\n12-10-2026;veertien;0,04\n',
      ),
    });
    const alert = baseline.locator('.pilot-import [role="alert"]');
    await alert.waitFor();
    const problems = text(await alert.textContent());
    expect(problems).toContain('Het bestand is niet ingelezen: 1 probleem.');
    expect(problems).toContain("rij 3, kolom 'handmatige invoertijd': 'veertien' is geen getal");
    expect(await baseline.locator('tbody tr').count()).toBe(0);
  });

  it('takes eight weeks of baseline, typed quickly, and says what the pilot can see', async () => {
    const baseline = section('Nulmeting');
    await baseline.getByRole('button', { name: 'Periode toevoegen' }).click();
    // The first period starts eight weeks before the planned start.
    expect(await baseline.getByLabel('Periode 1', { exact: true }).inputValue()).toBe('2026-10-05');
    for (let i = 0; i < BASELINE_HOURS.length; i++) {
      // The new line's first value has the focus: type straight away.
      await page.keyboard.type(BASELINE_HOURS[i]!);
      const errors = baseline.getByLabel(`foutpercentage, periode ${i + 1}`);
      await errors.fill(BASELINE_ERRORS[i]!);
      // Enter in the last column adds the next week.
      if (i < BASELINE_HOURS.length - 1) await errors.press('Enter');
    }
    // Each new period is the week after the one before.
    expect(await baseline.getByLabel('Periode 8', { exact: true }).inputValue()).toBe('2026-11-23');
    expect(await baseline.getByLabel('handmatige invoertijd, periode 8').inputValue()).toBe('16');
    await baseline.getByRole('button', { name: 'Nulmeting opslaan' }).click();
    await baseline.getByText('Nulmeting opgeslagen: 8 periodes.').waitFor();

    const power = section('Kan de pilot het effect zien?');
    await expect
      .poll(async () => text(await power.textContent()))
      .toContain('handmatige invoertijd: met 6 weken ziet de pilot een verbetering van 3 uur per week');
    const powerText = text(await power.textContent());
    // Errors vary more against their smallest effect: 74 % power, 8 weeks would do.
    expect(powerText).toContain('foutpercentage: met 6 weken ziet de pilot een verbetering van 0,01');
    expect(powerText).toContain('met 74% kans');
    expect(powerText).toContain('Plan 8 weken');
    expect(await power.locator('li.pilot-power-ok').count()).toBe(1);
    expect(await power.locator('li.pilot-power-warn').count()).toBe(1);
  });

  it('starts only through a warning that plan and baseline freeze', async () => {
    const start = section('Starten');
    await start.getByRole('button', { name: 'Pilot starten…' }).click();
    const confirm = page.getByRole('region', { name: 'Weet je zeker dat je de pilot start?' });
    expect(text(await confirm.textContent())).toContain('worden het plan en de nulmeting vastgezet');
    await confirm.getByRole('button', { name: 'Nog niet' }).click();
    expect(await confirm.count()).toBe(0);
    await start.getByRole('button', { name: 'Pilot starten…' }).click();
    await page.getByRole('button', { name: 'Ja, start de pilot' }).click();
    await page.getByRole('heading', { name: 'Weekmetingen' }).waitFor();
    expect(text(await page.locator('.pilot-status').textContent())).toContain('loopt');
  });

  it('takes six weeks on a phone, with Dutch decimal commas', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [i, week] of WEEKS.entries()) {
      const card = page.getByRole('form', { name: new RegExp(`^Week ${i + 1}\\b`) });
      const hours = card.getByLabel('handmatige invoertijd', { exact: true });
      expect(await hours.getAttribute('inputmode')).toBe('decimal');
      await hours.fill(week.hours);
      await card.getByLabel('foutpercentage', { exact: true }).fill(week.errors);
      await card.getByLabel('Gebruik', { exact: true }).fill(week.adoption);
      await card.getByLabel('Tijd aan de pilot besteed').fill('4');
      await card.getByLabel('Kosten', { exact: true }).fill('150,50');
      await card.getByRole('button', { name: `Week ${i + 1} opslaan` }).click();
      await card.getByText(`Week ${i + 1} is opgeslagen.`).waitFor();
    }
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
  });

  it('removes a week entered by mistake, only after a confirmation', async () => {
    await page.reload();
    const card = page
      .locator('.pilot-week')
      .filter({ has: page.getByRole('heading', { name: /^Week 6\b/ }) });
    await card.getByRole('button', { name: 'Week 6 verwijderen…' }).click();
    await card.getByRole('button', { name: 'Annuleren' }).click();
    expect(await card.locator('.pilot-week-summary').count()).toBe(1);
    await card.getByRole('button', { name: 'Week 6 verwijderen…' }).click();
    await card.getByRole('button', { name: 'Ja, week 6 verwijderen' }).click();
    // Gone from the pilot: the card is a form again, with the values to correct and save anew.
    const form = page.getByRole('form', { name: /^Week 6\b/ });
    await form.getByRole('button', { name: 'Week 6 opslaan' }).waitFor();
    expect(await card.locator('.pilot-week-summary').count()).toBe(0);
    await form.getByRole('button', { name: 'Week 6 opslaan' }).click();
    await form.getByText('Week 6 is opgeslagen.').waitFor();
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
  });

  it('shows the effect with its interval, the control chart, the adoption, the euros and the proposal', async () => {
    const results = section('Resultaten');
    const hours = results.locator('[data-kpi="handmatige-invoertijd"]');
    // Hodges–Lehmann: the median of the 48 differences is −8 hours, exact interval −9 to −7 (95,7 %).
    await expect
      .poll(async () => text(await hours.locator('.pilot-effect').textContent()))
      .toContain(
        'Van 15 naar 7 uur per week (medianen). Verbetering: +8 (+7 tot +9) uur per week, 96%-interval.',
      );
    const effect = text(await hours.locator('.pilot-effect').textContent());
    expect(effect).toContain('Ten opzichte van de nulmeting: +53% (+47% tot +60%).');
    expect(effect).toContain('Het interval sluit nul uit');

    // Before/after: a chart with its text alternative.
    const beforeAfter = hours.locator('figure[data-chart="before-after"]');
    expect(await beforeAfter.locator('svg').count()).toBeGreaterThan(0);
    expect(text(await beforeAfter.locator('table').textContent())).toContain('7 (6 tot 8)');

    // XmR: mean 15,25, limits 15,25 ± 2,66 × 1,571 (the mean moving range of the baseline): 11,07 to 19,43.
    const control = hours.locator('figure[data-chart="control"]');
    expect(await control.locator('svg').count()).toBeGreaterThan(0);
    expect(text(await control.locator('.pilot-chart-text').textContent())).toBe(
      'Gemiddelde van de nulmeting 15,3 uur per week; natuurlijke grenzen 11,1 tot 19,4 uur per week. ' +
        'De pilot wijkt af van het proces van vóór de start.',
    );
    const rows = control.locator('table tbody tr');
    expect(await rows.count()).toBe(14);
    expect(text(await rows.nth(8).textContent())).toMatch(/^pilotweek 19onder de ondergrens/);
    expect(text(await rows.nth(0).textContent())).toBe('nulmeting 05-10-202615–');
    expect(await control.locator('.pilot-signal').count()).toBe(6);

    // Adoption: 85 % in week 6, far ahead of the 3–6 months yardstick.
    const adoption = results.locator('.pilot-adoption-text');
    expect(text(await adoption.textContent())).toBe(
      'In week 6 werd 85% van het werk met AI gedaan (sneller dan de maatstaf). ' +
        'Het gebruik is ingeburgerd (minstens 80%).',
    );
    expect(await results.locator('figure[data-chart="adoption"] table tbody tr').count()).toBe(6);

    // 8 hours a week × 46 weeks × € 52 an hour, and the interval's 7 and 9 hours.
    expect(text(await hours.locator('.pilot-euros').textContent())).toBe(
      'handmatige invoertijd: € 19.136 per jaar (€ 16.744 tot € 21.528)',
    );

    // The business case's forecast beside what was measured.
    const predicted = text(await results.locator('.pilot-predicted').textContent());
    expect(predicted).toMatch(
      /^Voorspeld door de business case: P10 € [\d.]+, P50 € [\d.]+, P90 € [\d.]+ per jaar\./,
    );
    expect(predicted).toContain('Gemeten in de pilot: € 19.136 per jaar (€ 16.744 tot € 21.528).');

    const rule = results.locator('.pilot-rule-list li').first();
    expect(await rule.getAttribute('data-status')).toBe('met');
    expect(text(await rule.textContent())).toContain('+53% beter (+47% tot +60%); drempel +30%');

    const proposal = results.locator('.pilot-proposal');
    expect(await proposal.getAttribute('data-outcome')).toBe('go');
    expect(text(await proposal.textContent())).toContain('Go: doorgaan naar productie');
    expect(text(await results.textContent())).toContain('24 uur en € 903');
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
  });

  it('keeps the iteration log and amends the plan only with a reason', async () => {
    const log = section('Wat er per week veranderde');
    await log.getByLabel('Week', { exact: true }).fill('3');
    await log.getByLabel('Wat is er veranderd?').fill('Leveranciers met afwijkende btw-regels apart gezet.');
    await log.getByLabel('Waarom?', { exact: true }).fill('Die facturen werden steeds verkeerd gelezen.');
    await log.getByRole('button', { name: 'Toevoegen aan het logboek' }).click();
    await log.getByText('Week 3: Leveranciers met afwijkende btw-regels apart gezet.').waitFor();

    const plan = section('Plan en wijzigingen');
    await plan.getByText('Plan aanpassen (met reden)').click();
    await plan.getByLabel('Bespreekritme').fill('elke vrijdag met de teamleider');
    const save = plan.getByRole('button', { name: 'Wijziging vastleggen' });
    expect(await save.isDisabled()).toBe(true);
    await plan.getByLabel('Waarom verandert het plan?').fill('Het team wil de weekcijfers samen bespreken.');
    await save.click();
    await plan.getByText('De wijziging is vastgelegd.').waitFor();
    expect(text(await plan.locator('.pilot-amendments').textContent())).toContain(
      'reden: Het team wil de weekcijfers samen bespreken.',
    );
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
  });

  it('records Go beside the proposal', async () => {
    const decision = section('Besluit');
    const go = decision.getByLabel(/^Go: doorgaan naar productie/);
    // The proposal is the choice to start from.
    expect(await go.isChecked()).toBe(true);
    await decision
      .getByLabel('Redenen')
      .fill('De invoertijd is meer dan gehalveerd en het team werkt er al mee.');
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const decided = decision.locator('.pilot-decided');
    await decided.waitFor();
    expect(await decided.getAttribute('data-outcome')).toBe('go');
    const decidedText = text(await decided.textContent());
    expect(decidedText).toMatch(/^Go: doorgaan naar productie, besloten door .+ op \d\d-\d\d-\d{4}\./);
    expect(decidedText).toContain('Het besluit volgt het voorstel.');
    expect(text(await page.locator('.pilot-status').textContent())).toContain('besloten');
    // The decision memo, as the sponsor files it.
    const memoHref = await decision.getByRole('link', { name: /^Beslismemo \(HTML/ }).getAttribute('href');
    const memo = await page.evaluate(async (url) => {
      const res = await fetch(url!);
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    }, memoHref);
    expect(memo.status).toBe(200);
    expect(memo.type).toMatch(/^text\/html/);
    expect(memo.body).toContain('De invoertijd is meer dan gehalveerd en het team werkt er al mee.');
    // Decided: no more weeks to enter.
    expect(await page.getByRole('heading', { name: 'Weekmetingen' }).count()).toBe(0);
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
  });

  it('writes the measured time saving into a new business-case revision on Go', async () => {
    const update = section('Besluit').locator('.pilot-business-case-update');
    // The primary KPI's share saved, 8 (7 to 9) of a baseline median of 15 hours, replaces the assumed range.
    expect(text(await update.textContent())).toContain(
      "De businesscase rekent nu met de gemeten tijdsbesparing op 'handmatige invoertijd': 53% (47% tot 60%)",
    );
    const revision = await update.getAttribute('data-revision');
    expect(Number(revision)).toBeGreaterThan(1);
    await update.getByRole('link', { name: 'Bekijk de bijgewerkte businesscase' }).click();
    const range = page.getByRole('group', { name: 'Minder handwerk (deel van de uren)' });
    await expect.poll(() => range.getByLabel('Laag').inputValue()).toBe('46,7');
    expect(await range.getByLabel('Waarschijnlijk').inputValue()).toBe('53,3');
    expect(await range.getByLabel('Hoog').inputValue()).toBe('60');
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
    await page.goBack();
    await section('Besluit').locator('.pilot-decided').waitFor();
  });

  it('plans the next pilot after a decision, and lists both, newest first', async () => {
    await page.getByRole('button', { name: 'Nieuwe pilot plannen' }).click();
    const choice = page.getByLabel('Pilot', { exact: true });
    await expect.poll(() => choice.locator('option').count()).toBe(2);
    const options = (await choice.locator('option').allTextContents()).map(text);
    expect(options[0]).toMatch(/\(gepland\)$/);
    expect(options[1]).toMatch(/\(Go\)$/);
    await page.getByRole('heading', { name: 'Nulmeting' }).waitFor();
    // The decided pilot is one choice away, with its decision.
    await choice.selectOption({ index: 1 });
    await page.locator('.pilot-decided[data-outcome="go"]').waitFor();
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
  });
});
