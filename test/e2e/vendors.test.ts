/**
 * Partner due diligence, as an owner and two vendors use it: the owner adds two candidate vendors to
 * the demo's invoice case. FactuurFlow answers its questionnaire through its own link, on a phone,
 * without an account, and says "no" to export in open formats; the owner fills in ScanSnel's from its
 * quote and contract (every gate "yes", evidence on some). The comparison ranks ScanSnel first and
 * shows FactuurFlow's failed gate at the top of its card, with the vendor's own words and "self-
 * declared". The owner chooses FactuurFlow anyway and estimates leaving it: the partner factor on the
 * results quotes FactuurFlow's answer, and the business case shows the switching cost. A claim of
 * total automation comes back flagged with the question to put back; a revoked link stops working.
 *
 * FactuurFlow's switching estimate: €6 000 a year, 24 months, migration €3 000 / €6 000 / €12 000, 40
 * hours of retraining at the case's €52 an hour, one month side by side: 12 000 + 2 080 + 500 fixed,
 * so €17 580 / €20 580 / €26 580.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFromPage, horizontalOverflow, seriousAxeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { type E2eApp, loginAsDemo, startE2eApp } from '../support/e2e-app.ts';

/** Text as a reader sees it: Intl puts no-break spaces in figures. */
const text = (s: string | null) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const EXPORT_ANSWER = 'Export alleen als PDF, op aanvraag bij onze supportafdeling.';
const TRAINING_CLAUSE = 'Artikel 7.2: Leverancier gebruikt Klantgegevens niet voor het trainen van modellen.';

describe('partner due diligence', () => {
  let app: E2eApp;
  let page: Page;
  let phoneBrowser: Awaited<ReturnType<typeof launchBrowser>>;
  let phone: Page;
  let linkUrl = '';

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
    await loginAsDemo(app);
    // The vendor's phone: a browser with its own profile, never logged in.
    phoneBrowser = await launchBrowser();
    phone = await phoneBrowser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await phoneBrowser?.close();
    await app?.close();
  });

  const card = (name: string) => page.locator(`li.vendor-card[data-vendor="${name}"]`);
  const rank = (name: string) => page.locator(`li.vendor-rank[data-vendor="${name}"]`);
  const question = (scope: Page | Locator, id: string) => scope.locator(`fieldset[data-question="${id}"]`);

  /** Chooses an answer of one question (the radio labelled Ja, Deels, Nee or Onbekend). */
  async function answer(scope: Page | Locator, id: string, value: 'Ja' | 'Deels' | 'Nee' | 'Onbekend') {
    await question(scope, id).getByRole('radio', { name: value, exact: true }).check();
  }

  it('adds two vendors to the invoice case', async () => {
    await page.getByRole('link', { name: /facturen/ }).click();
    await page.getByRole('link', { name: 'Leveranciers', exact: true }).click();
    await page.getByRole('heading', { name: 'Kandidaat-leveranciers' }).waitFor();
    await page.getByText('Nog geen leveranciers.').waitFor();
    // A name is needed; a website without its scheme is completed.
    await page.getByRole('button', { name: 'Leverancier toevoegen' }).click();
    await page.getByText('Vul de naam van de leverancier in.').waitFor();
    await page.getByLabel('Naam van de leverancier').fill('FactuurFlow');
    await page.getByLabel('Website (optioneel)').fill('factuurflow.example');
    await page.getByRole('button', { name: 'Leverancier toevoegen' }).click();
    await card('FactuurFlow').waitFor();
    expect(text(await card('FactuurFlow').textContent())).toContain('https://factuurflow.example');
    await page.getByLabel('Naam van de leverancier').fill('ScanSnel');
    await page.getByRole('button', { name: 'Leverancier toevoegen' }).click();
    await card('ScanSnel').waitFor();
    expect(await page.locator('li.vendor-card').count()).toBe(2);
  });

  it('makes FactuurFlow’s questionnaire link and shows its address and expiry', async () => {
    const flow = card('FactuurFlow');
    expect(text(await flow.locator('.vendor-link-state').textContent())).toBe(
      'Nog geen link naar de vragenlijst.',
    );
    await flow.getByRole('button', { name: 'Link maken (geldig 14 dagen)' }).click();
    const link = flow.getByLabel('Link voor FactuurFlow');
    await link.waitFor();
    linkUrl = await link.inputValue();
    expect(linkUrl).toMatch(new RegExp(`^${app.server.url}/v/[\\w-]{16,}$`));
    await expect
      .poll(async () => text(await flow.locator('.vendor-link-state').textContent()))
      .toMatch(/^De link is open tot \d{2}-\d{2}-\d{4},? \d{2}:\d{2}\.$/);
  });

  it('lets FactuurFlow answer on a phone without an account, with one failed gate', async () => {
    await phone.goto(linkUrl);
    await phone.getByRole('heading', { name: 'Vragenlijst voor FactuurFlow' }).waitFor();
    const about = text(await phone.locator('.public-org').textContent());
    expect(about).toContain('Installatiebedrijf Van Dijk (demo)');
    expect(about).toMatch(/facturen/i);
    expect(text(await phone.locator('[data-vendor-expires]').textContent())).toMatch(
      /^Deze link is open tot /,
    );
    // The gates come first, then the scored questions.
    const parts = await phone.locator('.vendor-part > h2').allTextContents();
    expect(parts).toEqual(['Voorwaarden waaraan voldaan moet worden', 'Vragen die meetellen in de score']);

    await answer(phone, 'noTrainingWithoutConsent', 'Ja');
    const training = question(phone, 'noTrainingWithoutConsent');
    await training.locator('summary', { hasText: 'Bewijs toevoegen' }).click();
    await training.getByLabel('Tekst van de clausule').fill(TRAINING_CLAUSE);
    await training.getByRole('button', { name: 'Clausule toevoegen' }).click();
    expect(text(await training.locator('.vendor-evidence-list').textContent())).toContain('Artikel 7.2');
    expect(text(await training.locator('.vendor-basis').textContent())).toBe('met bewijs');

    for (const gate of ['processingAgreement', 'euHosting', 'pilotFirst']) await answer(phone, gate, 'Ja');
    // A file as evidence, sent to the link's own upload.
    const agreement = question(phone, 'processingAgreement');
    await agreement.locator('summary', { hasText: 'Bewijs toevoegen' }).click();
    await agreement.getByLabel('Bestand').setInputFiles({
      name: 'verwerkersovereenkomst.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Verwerkersovereenkomst FactuurFlow, versie 2026-11, artikel 28 AVG.\n'),
    });
    await expect
      .poll(async () => text(await agreement.locator('.vendor-evidence-list').textContent()))
      .toContain('Bestand: verwerkersovereenkomst.txt');
    await answer(phone, 'openExport', 'Nee');
    await question(phone, 'openExport').getByLabel('Toelichting').fill(EXPORT_ANSWER);
    expect(text(await question(phone, 'openExport').locator('.vendor-basis').textContent())).toBe(
      'eigen verklaring',
    );
    await answer(phone, 'references', 'Deels');

    expect(await horizontalOverflow(phone), 'the questionnaire is wider than the phone').toBe(0);
    expect(await seriousAxeViolations(phone)).toEqual([]);

    // A draft first: it is kept, and the page says so.
    await phone.getByRole('button', { name: 'Concept opslaan' }).click();
    await phone.getByText('Concept opgeslagen.').waitFor();
    await phone.reload();
    await phone.getByRole('heading', { name: 'Vragenlijst voor FactuurFlow' }).waitFor();
    expect(
      await question(phone, 'openExport').getByRole('radio', { name: 'Nee', exact: true }).isChecked(),
    ).toBe(true);
    expect(await question(phone, 'openExport').getByLabel('Toelichting').inputValue()).toBe(EXPORT_ANSWER);

    await phone.getByRole('button', { name: 'Vragenlijst indienen' }).click();
    const thanks = phone.locator('[data-vendor-questionnaire="submitted"]');
    await thanks.getByRole('heading', { name: 'Bedankt, de vragenlijst is ingediend' }).waitFor();
    expect(text(await thanks.textContent())).toContain('opnieuw indienen tot');
  });

  it('lets the owner fill in ScanSnel’s questionnaire, every gate yes, evidence on some', async () => {
    await page.reload();
    const snel = card('ScanSnel');
    await snel.locator('summary', { hasText: 'Vragenlijst zelf invullen' }).click();
    for (const gate of [
      'noTrainingWithoutConsent',
      'processingAgreement',
      'subProcessors',
      'euHosting',
      'openExport',
      'exitTerms',
      'pilotFirst',
      'threeYearCost',
    ])
      await answer(snel, gate, 'Ja');
    const sub = question(snel, 'subProcessors');
    await sub.getByLabel('Subverwerker 1: naam').fill('Hetzner Online');
    await sub.getByLabel('Subverwerker 1: land of regio').fill('Duitsland');
    await question(snel, 'exitTerms').getByLabel('Opzegtermijn').fill('2');
    await question(snel, 'pilotFirst').getByLabel('Kortste contract na de pilot').fill('12');
    const tco = question(snel, 'threeYearCost');
    await tco.getByLabel('Licentie').fill('9000');
    await tco.getByLabel('Implementatie').fill('3000');
    await tco.getByLabel('Support', { exact: true }).fill('1500');
    await tco.getByLabel('Overig').fill('0');
    const exportQuestion = question(snel, 'openExport');
    await exportQuestion.locator('summary', { hasText: 'Bewijs toevoegen' }).click();
    await exportQuestion.getByLabel('Webadres').fill('https://scansnel.example/docs/export');
    await exportQuestion.getByRole('button', { name: 'Webadres toevoegen' }).click();
    await exportQuestion.getByRole('link', { name: 'https://scansnel.example/docs/export' }).waitFor();
    const euHosting = question(snel, 'euHosting');
    await euHosting.locator('summary', { hasText: 'Bewijs toevoegen' }).click();
    await euHosting
      .getByLabel('Tekst van de clausule')
      .fill('Alle gegevens blijven in datacenters in de EU.');
    await euHosting.getByRole('button', { name: 'Clausule toevoegen' }).click();
    await answer(snel, 'integration', 'Ja');
    await snel.getByRole('button', { name: 'Indienen als door ons ingevuld' }).click();
    await snel.getByText('Ingediend; de vergelijking is bijgewerkt.').waitFor();
    await expect
      .poll(async () => text(await snel.locator('.vendor-state').textContent()))
      .toMatch(/^Door jullie zelf ingevuld op /);
    const flow = card('FactuurFlow');
    expect(text(await flow.locator('.vendor-state').textContent())).toMatch(
      /^Ingediend door de leverancier op /,
    );
    // The vendor's file is the organisation's to download.
    await flow.locator('summary', { hasText: 'Vragenlijst zelf invullen' }).click();
    const file = question(flow, 'processingAgreement').getByRole('link', {
      name: 'verwerkersovereenkomst.txt',
    });
    const href = (await file.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/vendors\/[\w-]+\/evidence\/[\w-]+$/);
    const download = await page.request.get(`${app.server.url}${href}`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain('artikel 28 AVG');
  });

  it('compares them with the failed gate first, quoting the vendor and marking it self-declared', async () => {
    const compare = page.locator('[data-table="vendor-comparison"]');
    await expect.poll(() => compare.locator('li.vendor-rank').count()).toBe(2);
    // Fewest failed gates first: ScanSnel, then FactuurFlow with its failed gate.
    expect(
      await compare.locator('li.vendor-rank').evaluateAll((els) => els.map((e) => e.dataset.vendor)),
    ).toEqual(['ScanSnel', 'FactuurFlow']);
    expect(text(await rank('ScanSnel').locator('.vendor-gates-summary').textContent())).toBe(
      'Geen voorwaarde niet gehaald',
    );
    const flow = rank('FactuurFlow');
    expect(await flow.getAttribute('data-failed')).toBe('1');
    expect(text(await flow.locator('.vendor-gates-summary').textContent())).toMatch(
      /^Voldoet niet aan 1 voorwaarde/,
    );
    const first = flow.locator('li.vendor-gate').first();
    expect(await first.getAttribute('data-gate')).toBe('openExport');
    expect(await first.getAttribute('data-status')).toBe('failed');
    const said = text(await first.textContent());
    expect(said).toContain('VOLDOET NIET');
    expect(said).toContain('Export van data, configuratie en logs in open formaten');
    expect(said).toContain('(eigen verklaring)');
    expect(said).toContain(EXPORT_ANSWER);
    // The XLSX has the same comparison.
    const xlsx = page.getByRole('link', { name: 'Vergelijking downloaden (Excel)' });
    expect(await xlsx.getAttribute('href')).toMatch(/\/vendors\/comparison\.xlsx\?lang=nl$/);
  });

  it('reweights the scored questions', async () => {
    const scoreOf = async () =>
      Number(await rank('ScanSnel').locator('[data-score]').getAttribute('data-score'));
    const before = await scoreOf();
    await page.locator('summary', { hasText: 'Gewichten van de vragen' }).click();
    // ScanSnel answered integration "yes" without evidence: weighing it most raises its score.
    await page.getByLabel('Koppeling met onze systemen', { exact: true }).fill('5');
    await page.getByLabel('Referenties', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Gewichten opslaan' }).click();
    await expect.poll(scoreOf).toBeGreaterThan(before);
  });

  it('chooses FactuurFlow and estimates the cost of leaving it', async () => {
    const flow = card('FactuurFlow');
    await flow.getByRole('button', { name: 'Deze leverancier kiezen' }).click();
    await flow.locator('.vendor-chosen').waitFor();
    await flow.locator('summary', { hasText: 'Overstapkosten schatten' }).click();
    await flow.getByLabel('Contractduur').fill('24');
    await flow.getByLabel('Kosten per jaar').fill('6000');
    await flow.getByLabel('Datamigratie, laag').fill('3000');
    await flow.getByLabel('Datamigratie, waarschijnlijk').fill('6000');
    await flow.getByLabel('Datamigratie, hoog').fill('12000');
    await flow.getByLabel('Opnieuw inwerken').fill('40');
    await flow.getByLabel('Naast elkaar draaien').fill('1');
    await flow.getByRole('button', { name: 'Schatting opslaan' }).click();
    await flow.getByText('Opgeslagen.').waitFor();
    await expect
      .poll(async () => text(await rank('FactuurFlow').locator('[data-switching]').textContent()))
      .toBe('€ 17.580 – € 20.580 – € 26.580');
    expect(await rank('FactuurFlow').locator('.badge.vendor-chosen').count()).toBe(1);
  });

  it('flags a claim of total automation with the question to put back', async () => {
    const ledger = page.getByRole('region', { name: 'Claims van leveranciers' });
    await ledger.locator('summary', { hasText: 'Claim toevoegen' }).click();
    await ledger
      .getByLabel('Claim, letterlijk')
      .fill('Met FactuurFlow worden al uw facturen volledig automatisch verwerkt, zonder handwerk.');
    await ledger.getByLabel('Leverancier').selectOption({ label: 'FactuurFlow' });
    await ledger.getByRole('button', { name: 'Claim toevoegen' }).click();
    const claim = ledger.locator('li.vendor-claim', { hasText: 'volledig automatisch verwerkt' });
    await claim.waitFor();
    expect(await claim.getAttribute('data-claim-status')).toBe('unverified');
    const flag = claim.locator('.vendor-flag');
    await flag.waitFor();
    expect(text(await flag.textContent())).toMatch(/^Doorvragen: ".+": welk aandeel .* nog een mens nodig/);
    expect(text(await claim.locator('.vendor-claim-meta').textContent())).toContain('FactuurFlow');
    // Linked to the pilot KPI that can settle it, with the figure it promises: unverified until measured.
    await claim.getByRole('button', { name: 'KPI koppelen…' }).click();
    await claim.getByLabel('KPI van de pilot (optioneel)').fill('minutenPerFactuur');
    await claim.getByLabel('Beloofd cijfer op die KPI (optioneel)').fill('1,5');
    await claim.getByRole('button', { name: 'Koppeling opslaan' }).click();
    await expect
      .poll(async () => text(await claim.locator('.vendor-claim-meta').textContent()))
      .toContain('KPI minutenPerFactuur');
    expect(text(await claim.locator('.vendor-claim-figures').textContent())).toBe('beloofd: 1,5');
    expect(await claim.getAttribute('data-claim-status')).toBe('unverified');
  });

  it('lets the partner factor quote FactuurFlow’s answer', async () => {
    await page.getByRole('link', { name: 'Resultaat', exact: true }).click();
    const partner = page
      .locator('details.factor')
      .filter({ has: page.locator('summary strong', { hasText: /^Partner$/ }) });
    await partner.locator('summary').waitFor({ timeout: 30_000 });
    if ((await partner.getAttribute('open')) === null) await partner.locator('summary').click();
    const finding = partner.locator('li.finding').filter({ hasText: EXPORT_ANSWER });
    await expect.poll(() => finding.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(text(await finding.first().textContent())).toContain('FactuurFlow');
  });

  it('shows the switching cost in the business case', async () => {
    await page.getByRole('link', { name: 'Businesscase', exact: true }).click();
    const switching = page.locator('[data-figure="switching"]');
    await switching.waitFor({ timeout: 60_000 });
    const said = text(await switching.textContent());
    expect(said).toContain('€ 17.580');
    expect(said).toContain('€ 20.580');
    expect(said).toContain('€ 26.580');
  });

  it('revokes the link, which then stops working', async () => {
    await page.getByRole('link', { name: 'Leveranciers', exact: true }).click();
    const flow = card('FactuurFlow');
    await flow.getByRole('button', { name: 'Link intrekken…' }).click();
    await flow.getByRole('button', { name: 'Ja, link intrekken' }).click();
    await expect
      .poll(async () => text(await flow.locator('.vendor-link-state').textContent()))
      .toBe('Nog geen link naar de vragenlijst.');
    await phone.goto(linkUrl);
    await phone.getByRole('heading', { name: 'Deze link werkt niet' }).waitFor();
    expect(await phone.locator('form.public-vendor').count()).toBe(0);
    expect(await horizontalOverflow(phone)).toBe(0);
  });

  it('shows a member everything but no controls', async () => {
    const vendorsPath = new URL(page.url()).pathname;
    const orgId = vendorsPath.split('/')[2]!;
    const invitation = await apiFromPage<{ link: string }>(page, 'POST', `/api/orgs/${orgId}/invitations`, {
      email: 'lid@example.nl',
      name: 'Lid Lezer',
      role: 'member',
    });
    // The phone accepts the invitation and is now a member of the organisation.
    await phone.goto(`${app.server.url}${invitation.link}`);
    await phone.getByLabel('Kies een wachtwoord').fill('zeven groene kikkers zingen');
    await phone.getByRole('button', { name: 'Account maken en accepteren' }).click();
    await phone.getByRole('heading', { name: 'Use cases' }).waitFor();
    await phone.goto(`${app.server.url}${vendorsPath}`);
    const flow = phone.locator('li.vendor-card[data-vendor="FactuurFlow"]');
    await flow.waitFor();
    await phone.locator('li.vendor-rank[data-vendor="FactuurFlow"]').waitFor();
    expect(await phone.getByRole('button', { name: 'Leverancier toevoegen' }).count()).toBe(0);
    expect(await flow.getByRole('button').count()).toBe(0);
    expect(await phone.getByRole('button', { name: 'Gewichten opslaan' }).count()).toBe(0);
    expect(await phone.locator('.notice', { hasText: 'Alleen eigenaren en adviseurs' }).count()).toBe(2);
    // The answers, read only, with the vendor's own words.
    await flow.locator('summary', { hasText: 'Antwoorden op de vragenlijst' }).click();
    const exportAnswer = text(await question(flow, 'openExport').textContent());
    expect(exportAnswer).toContain('Nee');
    expect(exportAnswer).toContain(EXPORT_ANSWER);
    expect(await question(flow, 'openExport').getByRole('radio').count()).toBe(0);
    expect(await horizontalOverflow(phone)).toBe(0);
  });
});
