/**
 * `haalbaar rules` through the real CLI on the issue's six cases (examples/rules/): each lands where
 * the texts put it, judged on a fixed day; the files match the cases the core tests use; bad input
 * exits 2 with the problem named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ISSUE_CASES } from '../../src/core/rules/rules-cases.ts';
import { runHaalbaar as haalbaar, PROJECT_ROOT } from '../support/cli-process.ts';

const FILES: Record<keyof typeof ISSUE_CASES, string> = {
  cvScreening: 'cv-screening.yaml',
  chatbot: 'customer-chatbot.yaml',
  emotionAtWork: 'emotion-recognition-staff.yaml',
  invoiceEntry: 'invoice-entry-minimal.yaml',
  retrainedUnderOwnName: 'retrained-tool-own-name.yaml',
  vague: 'vague-many-unknowns.yaml',
};
const path = (key: keyof typeof FILES) => join(PROJECT_ROOT, 'examples/rules', FILES[key]);

type Rules = {
  classification: string;
  role: string;
  transparencyDuty: boolean;
  questions: string[];
  dpia: { outcome: string };
  worksCouncil: { outcome: string };
  obligations: { id: string; applies: boolean; appliesFrom: string; verified: boolean }[];
  blockers: string[];
};

async function rules(key: keyof typeof FILES, ...args: string[]): Promise<Rules> {
  const run = await haalbaar(['rules', path(key), '--json', '--as-of', '2026-12-03', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('haalbaar rules', () => {
  it.concurrent('reads the same cases the core tests judge', () => {
    for (const key of Object.keys(FILES) as (keyof typeof FILES)[]) {
      const { schemaVersion: _v, ...file } = parse(readFileSync(path(key), 'utf8'));
      expect(file, key).toEqual(ISSUE_CASES[key]);
    }
  });

  it.concurrent('CV screening: high-risk deployer, DPIA required, works council, two blockers', async () => {
    const r = await rules('cvScreening');
    expect([r.classification, r.role, r.dpia.outcome, r.worksCouncil.outcome]).toEqual([
      'high-risk',
      'deployer',
      'required',
      'consent-required',
    ]);
    expect(r.blockers).toEqual(['dpia', 'deployerDuties']);
    const oversight = r.obligations.find((o) => o.id === 'deployerOversight');
    expect(oversight).toMatchObject({ applies: false, verified: false });
  });

  it.concurrent('the chatbot has a transparency duty', async () => {
    const r = await rules('chatbot');
    expect(r.classification).toBe('transparency');
    expect(r.transparencyDuty).toBe(true);
  });

  it.concurrent('emotion recognition of employees is prohibited', async () => {
    expect((await rules('emotionAtWork')).classification).toBe('prohibited');
  });

  it.concurrent('invoice entry is minimal, with AI literacy only', async () => {
    const r = await rules('invoiceEntry');
    expect(r.classification).toBe('minimal');
    expect(r.obligations.map((o) => o.id)).toEqual(['literacy']);
  });

  it.concurrent('a bought tool retrained and sold under its own name makes the company the provider', async () => {
    expect((await rules('retrainedUnderOwnName')).role).toBe('provider');
  });

  it.concurrent('a vague case is unclear, with the questions that would settle it', async () => {
    const r = await rules('vague');
    expect(r.classification).toBe('unclear');
    expect(r.questions.length).toBeGreaterThan(2);
  });

  it.concurrent('prints the obligations in English text too', async () => {
    const run = await haalbaar(['rules', path('cvScreening'), '--lang', 'en', '--as-of', '2026-12-03']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Rules and obligations (As of 3 December 2026)');
    expect(run.stdout).toContain('AI Act art. 26(2)');
  });

  it.concurrent('refuses a day that does not exist, and a missing file', async () => {
    const bad = await haalbaar(['rules', path('chatbot'), '--as-of', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--as-of moet een dag zijn als 2026-12-03, niet '2026-02-30'");
    const missing = await haalbaar(['rules', join(PROJECT_ROOT, 'examples/rules/bestaat-niet.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('bestand niet gevonden');
  });
});
