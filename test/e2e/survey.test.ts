/**
 * The employee voice, as an owner and the employees use it: the owner opens a survey round for the
 * demo's invoice case; six employees answer it through the public link on a phone, without an
 * account, in a browser of their own. The results stay hidden (no figures, no count) until the fifth
 * response, then show the barrier point "knowledge" with its figure; while the round is open they move
 * only by k (5) responses at a time, and since the figures at five were seen, the sixth stays out when
 * the round closes (one person would be the difference); the people factor of the assessment then
 * quotes the figure. Then the feedback form is sent twice and
 * one item is acted on in the inbox, which moves the measured share.
 *
 * The answers: awareness and desire 4 for everyone; knowledge 2, 2, 1, 2, 4, 4 (both statements),
 * so over the first five responses its mean is 2,2 with 80% disagreeing (a score of 2 or lower).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, seriousAxeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

/** Text as a reader sees it: Intl puts no-break spaces in figures. */
const text = (s: string | null) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const KNOWLEDGE = [2, 2, 1, 2, 4, 4];

/** One employee's answers: item id → 1..5. */
function answersOf(respondent: number): Record<string, number> {
  const knowledge = KNOWLEDGE[respondent]!;
  return {
    'awareness.1': 4,
    'awareness.2': 4,
    'desire.1': 4,
    'desire.2': 4,
    'knowledge.1': knowledge,
    'knowledge.2': knowledge,
    'ability.1': 4,
    'ability.2': 3,
    'reinforcement.1': 4,
    'reinforcement.2': 4,
    usefulness: 4,
    ease: 4,
    jobWorry: 2,
    trust: 4,
    learningTime: 3,
  };
}

describe('employee voice', () => {
  let app: E2eApp;
  let page: Page;
  let phoneBrowser: Awaited<ReturnType<typeof launchBrowser>>;
  let phone: Page;
  let surveyUrl = '';
  let feedbackUrl = '';

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
    await loginAsDemo(app);
    // The employees' phone: another browser with its own profile, never logged in.
    phoneBrowser = await launchBrowser();
    phone = await phoneBrowser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await phoneBrowser?.close();
    await app?.close();
  });

  const results = () => page.getByRole('region', { name: /^Resultaten:/ });
  const roundCard = () => page.locator('.survey-round').first();

  /** The owner's view of the results, read afresh. */
  async function reloadResults() {
    await page.reload();
    await results().locator('[data-results]').waitFor();
  }

  /** One employee answers the survey on the phone, skipping nothing, and sees the thanks. */
  async function answer(respondent: number) {
    await phone.goto(surveyUrl);
    const form = phone.locator('form.public-survey');
    const answered = phone.locator('[data-survey="answered"]');
    await form.or(answered).waitFor();
    // The browser remembers only that it answered: someone else on this phone starts afresh.
    if (await answered.isVisible()) {
      await phone.getByRole('button', { name: 'Iemand anders wil op dit apparaat antwoorden' }).click();
      await form.waitFor();
    }
    for (const [item, value] of Object.entries(answersOf(respondent))) {
      await phone
        .locator(`fieldset[data-item="${item}"] label`)
        .filter({ has: phone.locator(`input[value="${value}"]`) })
        .click();
    }
    expect(text(await form.textContent())).toContain('15 van 15 stellingen beantwoord');
    if (respondent === 0) {
      await phone.getByLabel('Wat zou jou het meest helpen?').fill('Een uur oefenen met echte facturen');
      expect(await horizontalOverflow(phone), 'the survey is wider than the phone').toBe(0);
      expect(await seriousAxeViolations(phone)).toEqual([]);
    }
    await phone.getByRole('button', { name: 'Versturen' }).click();
    await answered.getByRole('heading', { name: 'Bedankt!' }).waitFor();
  }

  it('opens a round for the invoice case and lists its link', async () => {
    await page.getByRole('link', { name: /facturen/ }).click();
    await page.getByRole('link', { name: 'Medewerkers', exact: true }).click();
    await page.getByRole('heading', { name: 'Enquêterondes' }).waitFor();
    await page.getByText('Nog geen rondes.').waitFor();
    // k: default 5, explained in one line.
    expect(await page.getByLabel('Kleinste groep die getoond wordt').inputValue()).toBe('5');
    expect(text(await page.locator('.survey-k .hint').textContent())).toBe(
      "Resultaten van een groep verschijnen pas vanaf 5 mensen; kleinere groepen tellen mee onder 'overige'.",
    );
    await page.getByRole('radio', { name: /Vóór de pilot/ }).check();
    await page.getByRole('button', { name: 'Ronde openen' }).click();
    const link = page.getByLabel('Link: Algemene link');
    await link.waitFor();
    surveyUrl = await link.inputValue();
    expect(surveyUrl).toMatch(new RegExp(`^${app.server.url}/s/[\\w-]{16,}$`));
    expect(text(await roundCard().textContent())).toContain('aantal reacties verborgen tot er 5 zijn');
  });

  it('shows neither figures nor a count before the fifth response', async () => {
    for (let i = 0; i < 4; i++) await answer(i);
    // The phone kept only its own flag, in its own storage.
    expect(await phone.evaluate(() => Object.keys(localStorage))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^haalbaar\.survey\.answered\./)]),
    );
    await reloadResults();
    const shown = text(await results().textContent());
    expect(shown).toContain('Resultaten verschijnen vanaf 5 reacties.');
    expect(await results().locator('[data-results="shown"], table').count()).toBe(0);
    expect(shown).not.toMatch(/\b[1-4] reacties?\b/);
    expect(text(await roundCard().textContent())).not.toMatch(/\b[1-4] reacties?\b/);
  });

  it('shows the figures from the fifth response on', async () => {
    await answer(4);
    await reloadResults();
    expect(text(await results().locator('.survey-count').textContent())).toContain(
      'Op basis van 5 reacties.',
    );
    const knowledge = results().locator('[data-table="elements"] tr[data-element="knowledge"]');
    expect(text(await knowledge.textContent())).toMatch(/2,2.*80%/);
    expect(text(await roundCard().textContent())).toContain('minstens 5 reacties');
  });

  it('names knowledge as the barrier point with its figure, and keeps the sixth back while open', async () => {
    await answer(5);
    await reloadResults();
    // Open: the figures move per five responses, so the sixth cannot be read from a difference.
    expect(text(await results().locator('.survey-count').textContent())).toContain(
      'Op basis van 5 reacties.',
    );
    expect(text(await results().textContent())).toContain('per 5 reacties bijgewerkt');
    const barrier = results().locator('.survey-barrier');
    expect(await barrier.getAttribute('data-barrier')).toBe('knowledge');
    const said = text(await barrier.textContent());
    expect(said).toContain('Knelpunt: Weten hoe');
    expect(said).toContain('gemiddeld 2,2 op 5, 80% is het oneens');
    expect(said).toContain('training');
    // Awareness and desire are above 3: not the barrier, and their figures are there.
    const table = results().locator('[data-table="elements"]');
    expect(text(await table.locator('tr[data-element="awareness"]').textContent())).toContain('4,0');
    expect(text(await table.locator('tr[data-element="desire"]').textContent())).toContain('4,0');
    expect(text(await table.locator('tr[data-element="knowledge"]').textContent())).toMatch(/2,2.*80%/);
    // The open answer, from a group with k responses.
    expect(text(await results().locator('.survey-open').first().textContent())).toContain(
      'Een uur oefenen met echte facturen',
    );
    // The trend has this round.
    const trend = page.locator('[data-table="trend"]');
    expect(text(await trend.textContent())).toContain('2,2');
  });

  it('closes the round after a confirmation, and the link takes no more answers', async () => {
    await roundCard().getByRole('button', { name: 'Ronde sluiten…' }).click();
    const confirm = roundCard().locator('.survey-confirm');
    expect(text(await confirm.textContent())).toContain('geen antwoorden meer aangenomen');
    await confirm.getByRole('button', { name: 'Ja, ronde sluiten' }).click();
    await roundCard().locator('.survey-status-closed').waitFor();
    await reloadResults();
    // Closed: the figures at five were seen while open, so the sixth alone would be the difference:
    // it stays out, and the results say why.
    expect(text(await results().locator('.survey-count').textContent())).toBe(
      'Op basis van 5 reacties. De ronde is gesloten.',
    );
    expect(text(await results().textContent())).toContain('1 reactie kwam binnen na de laatste tussenstand');
    expect(text(await results().locator('.survey-barrier').textContent())).toContain(
      'gemiddeld 2,2 op 5, 80% is het oneens',
    );
    expect(text(await roundCard().textContent())).toContain('6 reacties');
    expect(text(await page.locator('[data-table="trend"]').textContent())).toContain('2,2');

    await phone.goto(surveyUrl);
    const closed = phone.locator('[data-survey="closed"]');
    await closed.waitFor();
    expect(text(await closed.textContent())).toContain('er worden geen antwoorden meer aangenomen');
    expect(await phone.locator('form.public-survey').count()).toBe(0);
  });

  it('lets the people factor of the assessment quote the survey’s figure', async () => {
    await page.getByRole('link', { name: 'Resultaat', exact: true }).click();
    const people = page
      .locator('details.factor')
      .filter({ has: page.locator('summary strong', { hasText: /^Medewerkers$/ }) });
    await people.locator('summary').waitFor({ timeout: 30_000 });
    if ((await people.getAttribute('open')) === null) await people.locator('summary').click();
    const finding = people.locator('li.finding').filter({ hasText: 'Knelpunt uit de enquête' });
    await expect.poll(() => finding.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const said = text(await finding.first().textContent());
    expect(said).toContain('medewerkers weten niet hoe het werkt');
    expect(said).toContain('5 medewerkers');
    expect(said).toContain('gemiddeld 2,2 op 5');
    expect(said).toMatch(/80(,\d)?\s?%/);
  });

  it('takes feedback twice through the form and measures the share handled within two weeks', async () => {
    await page.getByRole('link', { name: 'Medewerkers', exact: true }).click();
    const inbox = page.getByRole('region', { name: 'Feedback tijdens de pilot' });
    await inbox.getByRole('button', { name: 'Feedbacklink maken' }).click();
    const formUrl = inbox.getByLabel('Formulier voor medewerkers');
    await formUrl.waitFor();
    feedbackUrl = await formUrl.inputValue();
    expect(feedbackUrl).toMatch(new RegExp(`^${app.server.url}/f/[\\w-]{16,}$`));
    expect(text(await inbox.locator('.feedback-curl').textContent())).toMatch(
      /^curl -X POST '.+\/api\/public\/feedback\//,
    );
    expect(text(await inbox.textContent())).toContain('Binnen twee weken afgehandeld: nog niets te meten.');

    await phone.goto(feedbackUrl);
    await phone.getByRole('heading', { name: /^Feedback: Inkomende facturen/ }).waitFor();
    expect(text(await phone.locator('form.public-feedback').textContent())).toContain(
      'Laat leeg om anoniem te blijven',
    );
    expect(await horizontalOverflow(phone), 'the feedback form is wider than the phone').toBe(0);
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await phone.getByText('Fout', { exact: true }).click();
    await phone
      .getByLabel('Toelichting (optioneel)')
      .fill('Btw-bedrag van leverancier Jansen verkeerd overgenomen');
    await phone.getByRole('button', { name: 'Feedback versturen' }).click();
    await phone.getByRole('heading', { name: 'Bedankt voor je feedback' }).waitFor();
    await phone.getByRole('button', { name: 'Nog iets melden' }).click();
    await phone.getByText('Nuttig', { exact: true }).click();
    await phone.getByLabel('Je naam (optioneel)').fill('Sanne');
    await phone.getByRole('button', { name: 'Feedback versturen' }).click();
    await phone.getByRole('heading', { name: 'Bedankt voor je feedback' }).waitFor();

    await page.reload();
    const items = inbox.locator('li.feedback-item');
    await expect.poll(() => items.count()).toBe(2);
    const wrong = items.filter({ hasText: 'Btw-bedrag' });
    expect(text(await wrong.textContent())).toContain('anoniem');
    expect(text(await items.filter({ hasText: 'Nuttig' }).textContent())).toContain('van Sanne');
    // Acting on an item needs a note of what changed.
    await wrong.getByRole('button', { name: 'Actie ondernomen…' }).click();
    await wrong.getByRole('button', { name: 'Opslaan als actie ondernomen' }).click();
    await wrong.getByText('Schrijf kort op wat er met de melding is gedaan.').waitFor();
    await wrong.getByLabel('Wat is er veranderd?').fill('Btw-regel voor Jansen aangepast in de herkenning');
    await wrong.getByRole('button', { name: 'Opslaan als actie ondernomen' }).click();
    await wrong.locator('.feedback-status-acted').waitFor();
    expect(text(await wrong.textContent())).toContain('Btw-regel voor Jansen aangepast');
    await expect
      .poll(async () => text(await inbox.locator('.feedback-share').textContent()))
      .toBe('Binnen twee weken afgehandeld: 100% (1 van 1 melding).');
    expect(text(await inbox.locator('.feedback-measured .hint').textContent())).toContain(
      '2 meldingen ontvangen, 1 met een actie opgevolgd, 0 te laat.',
    );
  });

  it('makes a new feedback link in place of the old one, which then stops working', async () => {
    const inbox = page.getByRole('region', { name: 'Feedback tijdens de pilot' });
    await inbox.getByRole('button', { name: 'Nieuwe link maken…' }).click();
    expect(text(await inbox.locator('.survey-confirm').textContent())).toContain('werken daarna niet meer');
    await inbox.getByRole('button', { name: 'Ja, nieuwe link maken' }).click();
    const formUrl = inbox.getByLabel('Formulier voor medewerkers');
    await expect.poll(() => formUrl.inputValue()).not.toBe(feedbackUrl);
    expect(await formUrl.inputValue()).toMatch(/\/f\/[\w-]{16,}$/);
    await phone.goto(feedbackUrl);
    await phone.getByRole('heading', { name: 'Deze link werkt niet' }).waitFor();
    expect(await phone.locator('form.public-feedback').count()).toBe(0);
  });
});
