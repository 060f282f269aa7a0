import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/resources.ts';
import { renderMessage } from '../../i18n/translate.ts';
import type { Message } from '../message.ts';
import { RED_FLAG_CLAIMS } from '../signals/signal-tags.ts';
import { flagClaim } from './claim-ledger.ts';
import { compareVendors } from './compare-vendors.ts';
import { contractChecklist } from './contract-checklist.ts';
import { switchingCost } from './switching-cost.ts';
import { fullAnswers, vendor } from './test-vendor-answers.ts';
import { questionnaireFindings } from './vendor-findings.ts';
import { VENDOR_GATES, VENDOR_QUESTIONS, type VendorAnswers } from './vendor-types.ts';

/** Every message the vendor core hands out has a text in both languages, with its parameters filled. */
function expectRendered(message: Message): void {
  for (const locale of LOCALES) {
    const text = renderMessage(message, locale);
    expect(text, `${locale}: ${message.key}`).not.toBe(message.key);
    expect(text, `${locale}: ${message.key}`).not.toMatch(/\{\{|\$t\(/);
  }
}

describe('vendor messages', () => {
  it('renders every finding, for every failed gate, with and without quotes and evidence', () => {
    const messages: Message[] = [];
    for (const gate of VENDOR_GATES) {
      for (const answer of [
        { value: 'no' as const, comment: 'Nee.' },
        { value: 'no' as const, evidence: [{ kind: 'url' as const, url: 'https://x.example' }] },
      ]) {
        const answers: VendorAnswers = { [gate]: answer };
        const vendors = [vendor('a', answers)];
        for (const f of questionnaireFindings({
          comparison: compareVendors(vendors, { personalData: true }),
          vendors,
        }))
          messages.push(f.title, f.evidence, f.advice, ...(f.details ?? []));
      }
    }
    expect(messages.length).toBeGreaterThan(VENDOR_GATES.length * 6);
    messages.forEach(expectRendered);
  });

  it('renders the one-gate plurals of the open and self-declared gates findings', () => {
    const vendors = [
      vendor('a', {
        ...fullAnswers(),
        openExport: { value: 'unknown' },
        exitTerms: { value: 'yes', noticeMonths: 1 },
      }),
    ];
    const findings = questionnaireFindings({
      comparison: compareVendors(vendors, { personalData: false }),
      vendors,
    });
    expect(findings.map((f) => [f.id, f.title.params?.count])).toEqual([
      ['partner.questionnaire.openGates', 1],
      ['partner.questionnaire.selfDeclaredGates', 1],
    ]);
    for (const f of findings) [f.title, f.evidence, f.advice].forEach(expectRendered);
  });

  it('renders the switching assumptions, the checklist, the claim questions and the question texts', () => {
    switchingCost({}, {}).assumptions.forEach(expectRendered);
    switchingCost({}, { yearlyCostFromAnswers: 1000 }).assumptions.forEach(expectRendered);
    for (const item of contractChecklist()) [item.topic, item.why].forEach(expectRendered);
    for (const tag of RED_FLAG_CLAIMS)
      expectRendered({ key: `vendors.claim.question.${tag}`, params: { quote: 'x' } });
    const flag = flagClaim('Alles gaat volledig automatisch');
    if (flag) expectRendered(flag.question);
    for (const q of VENDOR_QUESTIONS) {
      expectRendered({ key: `vendors.question.${q}.title` });
      expectRendered({ key: `vendors.question.${q}.help` });
    }
    for (const g of VENDOR_GATES) expectRendered({ key: `vendors.gate.${g}.title` });
  });

  it('states the legal facts as numbers in the rendered checklist', () => {
    const notice = contractChecklist().find((i) => i.id === 'noticePeriod');
    expect(notice && renderMessage(notice.why, 'en')).toContain('2 months');
    expect(notice && renderMessage(notice.why, 'nl')).toContain('2 maanden');
  });
});
