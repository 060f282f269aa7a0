/**
 * The rules must read meaning, not copy examples: no pattern of four or more words may occur verbatim
 * in an example file (examples/cases, examples/invoice-entry.yaml, examples/held-out,
 * examples/paraphrases). A phrase that long is a sentence taken from an example, and agreement on
 * that example would then be fitted rather than learned (issue 8).
 */
import { describe, expect, it } from 'vitest';
import { allExampleTexts } from '../../../scripts/eval/example-sets.ts';
import { CONCRETE_PATTERNS } from './concrete-patterns.ts';
import * as L from './lexicon.ts';
import { SIGNAL_RULES } from './signal-rules.ts';
import { normaliseWord } from './tokenize.ts';

/** Lower case, no accents, hyphens and punctuation as spaces: how a phrase reads, however it is typed. */
const plain = (text: string): string =>
  normaliseWord(text)
    .replace(/[^\p{L}\p{N}%'*]+/gu, ' ')
    .trim();

function lexiconTerms(): string[] {
  const terms: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') terms.push(value);
    else if (Array.isArray(value)) for (const v of value) visit(v);
  };
  for (const value of Object.values(L)) visit(value);
  return terms;
}

/** Rules whose every slot is one literal word read as one phrase ("out … box" reads as two words). */
function rulePhrases(): string[] {
  return SIGNAL_RULES.flatMap((rule) => {
    const words = rule.slots.map((slot) => (Array.isArray(slot) && slot.length === 1 ? slot[0] : undefined));
    return words.every((w): w is string => typeof w === 'string') ? [words.join(' ')] : [];
  });
}

/** Literal runs of words in the concrete patterns' regular expressions. */
function concreteRuns(): string[] {
  return CONCRETE_PATTERNS.flatMap((p) =>
    p.source.split('|').flatMap((alt) =>
      alt
        .replace(/\\s[+*?]?/g, ' ')
        .split(/[^\p{L}\s]/u)
        .map((run) => run.trim().replace(/\s+/g, ' '))
        .filter((run) => run !== ''),
    ),
  );
}

describe('signal patterns', () => {
  const patterns = [...new Set([...lexiconTerms(), ...rulePhrases(), ...concreteRuns()])].map(plain);
  const examples = allExampleTexts().map((e) => ({ file: e.file, text: ` ${plain(e.text)} ` }));

  it('reads every example file there is', () => {
    expect(examples.filter((e) => e.file.startsWith('cases/')).length).toBeGreaterThanOrEqual(33);
    expect(examples.filter((e) => e.file.startsWith('held-out/')).length).toBeGreaterThanOrEqual(40);
    expect(examples.filter((e) => e.file.startsWith('paraphrases/')).length).toBeGreaterThanOrEqual(34);
    expect(examples.some((e) => e.file === 'invoice-entry.yaml')).toBe(true);
  });

  it('no pattern of four or more words occurs verbatim in an example file', () => {
    const long = patterns.filter((p) => p.split(' ').length >= 4);
    const copied = long.flatMap((p) => {
      const literal = p.replace(/\*/g, '');
      return examples.filter((e) => e.text.includes(` ${literal} `)).map((e) => `"${p}" in ${e.file}`);
    });
    expect(copied).toEqual([]);
  });

  it('every rule has at least one slot and a window that fits its slots', () => {
    for (const rule of SIGNAL_RULES) {
      expect(rule.slots.length).toBeGreaterThan(0);
      expect(rule.window).toBeGreaterThanOrEqual(rule.slots.length);
    }
  });
});
