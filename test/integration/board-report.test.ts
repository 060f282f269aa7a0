/**
 * The board report of the demo-like invoice use case: the PDF in Dutch and English is a valid PDF that
 * pdf.js parses, its text holds the verdict, the status-quo cost in the locale's format and every
 * section heading, and its fonts are embedded. A member of the organisation may download it (PDF,
 * HTML, Markdown); another organisation gets 404 (also in tenant-isolation.test.ts). The CLI writes
 * the same kind of PDF. On PGlite and (with TEST_DATABASE_URL) PostgreSQL.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseUseCaseText } from '../../src/core/use-case/parse-use-case.ts';
import type { UseCase } from '../../src/core/use-case/use-case-schema.ts';
import { translator } from '../../src/i18n/translate.ts';
import { BOARD_SECTION_IDS } from '../../src/report/board-report/board-report-document.ts';
import type { Store } from '../../src/store/store.ts';
import { runHaalbaar } from '../support/cli-process.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { parsePdf } from '../support/pdf-text.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

const INVOICE_FILE = join(import.meta.dirname, '..', '..', 'examples', 'invoice-entry.yaml');
const STATUS_QUO = { nl: '€ 68.640', en: '€68,640' } as const;

function invoiceExample(): UseCase {
  const parsed = parseUseCaseText(readFileSync(INVOICE_FILE, 'utf8'));
  if (!parsed.ok) throw new Error('examples/invoice-entry.yaml does not validate');
  return parsed.value;
}

const headings = (locale: 'nl' | 'en') =>
  BOARD_SECTION_IDS.map((id) => translator(locale)(`report.section.${id}`));

describe.each(testEngines())('board report on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let orgId: string;
  let owner: Client;
  let member: Client;
  let stranger: Client;
  let useCaseId: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  beforeEach(async () => {
    await resetStore(store);
    orgId = (await store.accounts.createOrganisation('Van Dijk Installatietechniek')).id;
    const otherId = (await store.accounts.createOrganisation('Ander bedrijf')).id;
    await createUser(store, { email: 'owner@example.nl', organisationId: orgId });
    await createUser(store, { email: 'member@example.nl', organisationId: orgId, role: 'member' });
    await createUser(store, { email: 'stranger@example.nl', organisationId: otherId });
    owner = await login(app, 'owner@example.nl');
    member = await login(app, 'member@example.nl');
    stranger = await login(app, 'stranger@example.nl');
    const res = await owner.request('POST', `/api/orgs/${orgId}/use-cases`, { document: invoiceExample() });
    expect(res.statusCode, res.body).toBe(201);
    useCaseId = res.json().id as string;
  });

  for (const locale of ['nl', 'en'] as const) {
    it(`gives a member the PDF in ${locale}: verdict, ${STATUS_QUO[locale]}, every heading, embedded fonts`, async () => {
      const base = `/api/orgs/${orgId}/use-cases/${useCaseId}`;
      const res = await member.request('GET', `${base}/report.pdf?lang=${locale}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="(rapportage|board-report)-inkomende-facturen[a-z0-9-]*\.pdf"$/,
      );
      const bytes = res.rawPayload;
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdf = await parsePdf(bytes);
      expect(pdf.pages).toBeGreaterThanOrEqual(2);

      const businessCase = await member.request('GET', `${base}/business-case?lang=${locale}`);
      const verdict = businessCase.json().assessment.verdict as string;
      expect(pdf.text).toContain(translator(locale)(`assessment.verdict.${verdict}.title`));
      expect(pdf.text).toContain(STATUS_QUO[locale]);
      for (const heading of headings(locale)) expect(pdf.text).toContain(heading);
      expect(pdf.text).toContain('Van Dijk Installatietechniek');

      expect(pdf.fonts.length).toBeGreaterThan(0);
      for (const font of pdf.fonts) expect(font, font.name).toMatchObject({ embedded: true });
      expect(bytes.toString('latin1')).toMatch(/\/FontFile2 \d+ 0 R/);
    });
  }

  it('gives the same content as HTML and Markdown, and 404 to another organisation', async () => {
    const base = `/api/orgs/${orgId}/use-cases/${useCaseId}`;
    const html = await member.request('GET', `${base}/report.html?lang=en`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).not.toMatch(/<script/i);
    const md = await member.request('GET', `${base}/report.md?lang=en`);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    for (const heading of headings('en')) {
      expect(html.body).toContain(heading);
      expect(md.body).toContain(heading);
    }
    expect(html.body).toContain(STATUS_QUO.en);
    expect(md.body).toContain(STATUS_QUO.en);
    for (const format of ['pdf', 'html', 'md'])
      expect((await stranger.request('GET', `${base}/report.${format}`)).statusCode).toBe(404);
  });
});

describe('haalbaar report', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'haalbaar-report-'));
  });
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('writes a PDF that pdf.js parses, with every section heading and the cost in Dutch', async () => {
    const out = join(dir, 'rapport.pdf');
    const run = await runHaalbaar(['report', INVOICE_FILE, '--pdf', out, '--as-of', '2026-12-03']);
    expect(run.code, run.stderr).toBe(0);
    const pdf = await parsePdf(readFileSync(out));
    for (const heading of headings('nl')) expect(pdf.text).toContain(heading);
    expect(pdf.text).toContain(STATUS_QUO.nl);
    expect(pdf.text).toContain(translator('nl')('report.people.none'));
  });

  it('refuses a call without an output, saying what to give', async () => {
    const run = await runHaalbaar(['report', INVOICE_FILE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--pdf');
  });
});
