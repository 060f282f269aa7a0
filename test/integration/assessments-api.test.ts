import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUseCaseText } from '../../src/core/use-case/parse-use-case.ts';
import type { Store } from '../../src/store/store.ts';
import { freshStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, login, testApp } from '../support/test-app.ts';

const invoice = (() => {
  const parsed = parseUseCaseText(
    readFileSync(join(import.meta.dirname, '../../examples/invoice-entry.yaml'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('examples/invoice-entry.yaml is invalid');
  return parsed.value;
})();

describe.each(testEngines())('assessments API on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let client: Client;
  let orgId: string;

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await testApp(store);
    orgId = (await store.accounts.createOrganisation('Installateur')).id;
    await createUser(store, { email: 'owner@example.nl', organisationId: orgId });
    client = await login(app, 'owner@example.nl');
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('assesses a posted document statelessly, in the requested language', async () => {
    const nl = await client.request('POST', '/api/assess', invoice);
    expect(nl.statusCode).toBe(200);
    expect(nl.json()).toMatchObject({ schemaVersion: 1, verdict: 'ready' });
    expect(nl.json().factors.map((f: { id: string }) => f.id)).toEqual([
      'expectations',
      'problem',
      'data',
      'people',
      'partner',
    ]);
    const en = await client.request('POST', '/api/assess?lang=en', {
      title: 'AI',
      problem: { statement: 'We want to use AI to be more innovative.' },
    });
    expect(en.json().verdict).toBe('rethink');
    const problem = en.json().factors.find((f: { id: string }) => f.id === 'problem');
    expect(['high', 'critical']).toContain(problem.risk);
    for (const f of en.json().factors) {
      for (const finding of f.findings) {
        expect(finding.evidence).not.toMatch(/^assessment\./);
        expect(finding.advice.length).toBeGreaterThan(10);
      }
    }
    expect(await store.assessments.list(orgId, '00000000-0000-0000-0000-000000000000')).toEqual([]);
  });

  it('weighs the business case in a posted document, as a stored assessment does, unless ?businessCase=false', async () => {
    const parsed = parseUseCaseText(
      readFileSync(join(import.meta.dirname, '../fixtures/business-case/invoice.yaml'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('test/fixtures/business-case/invoice.yaml is invalid');
    const gapFindings = (res: { json: () => { factors: { findings: { id: string }[] }[] } }) =>
      res
        .json()
        .factors.flatMap((f) => f.findings.map((x) => x.id))
        .filter((id) => id.startsWith('businessCase.'));
    const plain = await client.request('POST', '/api/assess?businessCase=false', parsed.value);
    expect(plain.statusCode).toBe(200);
    expect(gapFindings(plain)).toEqual([]);
    const weighed = await client.request('POST', '/api/assess', parsed.value);
    expect(weighed.statusCode).toBe(200);
    expect(gapFindings(weighed)).toEqual(['businessCase.automationGap', 'businessCase.timeToValueGap']);
    expect((await client.request('POST', '/api/assess?businessCase=true', parsed.value)).body).toBe(
      weighed.body,
    );
  });

  it('refuses an invalid document with the path of each problem', async () => {
    const res = await client.request('POST', '/api/assess', { problem: { errorRate: 3 }, unknownKey: true });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.details.problems.map((p: { path: string }) => p.path)
      .sort();
    expect(paths).toEqual(['body.problem.errorRate', 'body.unknownKey']);
  });

  it('keeps each assessment with its revision and shows what changed', async () => {
    const created = await client.request('POST', `/api/orgs/${orgId}/use-cases`, {
      document: {
        title: 'Innovatie',
        problem: { statement: 'We willen iets met AI om innovatiever te worden.' },
      },
    });
    const uc = created.json();
    const base = `/api/orgs/${orgId}/use-cases/${uc.id}/assessments`;

    const before = (await client.request('GET', `${base}/latest`)).json();
    expect(before).toMatchObject({ current: null, isStale: true });

    const first = (await client.request('POST', base)).json();
    expect(first.current.revision).toBe(1);
    expect(first.current.result.verdict).toBe('rethink');
    expect(first.isStale).toBe(false);
    // Assessing again without changes keeps the same assessment.
    expect((await client.request('POST', base)).json().current.id).toBe(first.current.id);

    const saved = await client.request('PATCH', `/api/orgs/${orgId}/use-cases/${uc.id}`, {
      document: { ...invoice, title: 'Facturen' },
    });
    expect(saved.statusCode).toBe(200);
    expect((await client.request('GET', `${base}/latest`)).json().isStale).toBe(true);

    const second = (await client.request('POST', base)).json();
    expect(second.current.result.verdict).toBe('ready');
    expect(second.previous.id).toBe(first.current.id);
    expect(second.changes[0]).toMatchObject({ kind: 'verdict', tone: 'better' });
    expect(second.changes.some((c: { kind: string }) => c.kind === 'risk')).toBe(true);

    const list = (await client.request('GET', base)).json();
    expect(list.map((a: { revision: number; verdict: string }) => [a.verdict])).toEqual([
      ['ready'],
      ['rethink'],
    ]);
    expect((await store.useCases.get(orgId, uc.id))?.status).toBe('assessing');
  });
});
