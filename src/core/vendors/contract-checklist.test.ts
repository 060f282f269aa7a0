import { describe, expect, it } from 'vitest';
import { contractChecklist } from './contract-checklist.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('contractChecklist', () => {
  const items = contractChecklist();

  it('covers the clauses the design asks for', () => {
    expect(items.map((i) => i.id)).toEqual([
      'dataOwnership',
      'deletionOnExit',
      'logs',
      'limitations',
      'humanOversight',
      'noticePeriod',
      'transitionPeriod',
      'dataRetrieval',
      'switchingCharges',
    ]);
  });

  it.each(items.map((i) => [i.id, i] as const))('%s has a dated source with a provision', (_id, item) => {
    expect(item.source.title.trim()).not.toBe('');
    expect(item.source.provision.trim()).not.toBe('');
    expect(item.source.checked).toMatch(ISO_DATE);
    if (item.source.appliesFrom !== undefined) expect(item.source.appliesFrom).toMatch(ISO_DATE);
    expect(item.source.url).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
    expect(item.topic.key).toBe(`vendors.checklist.${item.id}.topic`);
    expect(item.why.key).toBe(`vendors.checklist.${item.id}.why`);
  });

  it('carries the legal facts from the data file into the texts', () => {
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('noticePeriod')?.why.params).toEqual({ months: 2 });
    expect(byId.get('transitionPeriod')?.why.params).toEqual({ days: 30 });
    expect(byId.get('dataRetrieval')?.why.params).toEqual({ days: 30 });
    expect(byId.get('switchingCharges')?.why.params).toEqual({ freeFrom: '2027-01-12' });
  });

  it('hands out copies: changing one list leaves the next one alone', () => {
    const first = contractChecklist();
    const [head] = first;
    if (head) head.source.provision = 'changed';
    expect(contractChecklist()[0]?.source.provision).not.toBe('changed');
  });
});
