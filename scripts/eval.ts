/**
 * `npm run eval`: how often the assessment agrees with the labelled examples, on the tuning set
 * (examples/cases + examples/invoice-entry.yaml) and on the held-out set (examples/held-out, written
 * without looking at the rules), side by side, plus the paraphrase suite (examples/paraphrases).
 * Factor bands (high/critical versus low/medium) and verdicts are the figures that count; exact levels
 * are an extra figure. The targets for the held-out set: 95 % bands, 90 % verdicts.
 *
 *   npm run eval                       both sets and the paraphrases
 *   npm run eval -- --tuning           the tuning set and the paraphrases only (while changing rules)
 *   npm run eval -- --misses           also list every disagreement (of the sets shown)
 *
 * Exits 0 whatever the figures: this command reports, the tests assert.
 */
import {
  type Agreement,
  band,
  loadLabelledSet,
  loadParaphrases,
  scoreParaphrases,
  scoreSet,
} from './eval/example-sets.ts';

const args = new Set(process.argv.slice(2));
const tuningOnly = args.has('--tuning');
const showMisses = args.has('--misses');

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);
const cell = (n: number, of: number) => `${n}/${of} (${pct(n, of)})`.padEnd(20);

const sets: { name: string; agreement: Agreement }[] = [
  { name: 'tuning', agreement: scoreSet(loadLabelledSet('tuning')) },
];
if (!tuningOnly) sets.push({ name: 'held-out', agreement: scoreSet(loadLabelledSet('held-out')) });

console.log(`${''.padEnd(26)}${sets.map((s) => s.name.padEnd(20)).join('')}`);
console.log(`${'cases'.padEnd(26)}${sets.map((s) => String(s.agreement.cases).padEnd(20)).join('')}`);
console.log(
  `${'factor bands'.padEnd(26)}${sets.map((s) => cell(s.agreement.bands, s.agreement.factors)).join('')}`,
);
console.log(
  `${'verdicts'.padEnd(26)}${sets.map((s) => cell(s.agreement.verdicts, s.agreement.cases)).join('')}`,
);
console.log(
  `${'exact levels (extra)'.padEnd(26)}${sets.map((s) => cell(s.agreement.exact, s.agreement.factors)).join('')}`,
);
if (!tuningOnly) console.log('targets on held-out: factor bands ≥ 95 %, verdicts ≥ 90 %');

const paraphrases = scoreParaphrases(loadParaphrases());
console.log(
  `\nparaphrases: ${paraphrases.variants} rewordings; same factor bands ${cell(paraphrases.sameBands, paraphrases.variants).trim()}, same verdict ${cell(paraphrases.sameVerdict, paraphrases.variants).trim()}, same levels ${cell(paraphrases.sameLevels, paraphrases.variants).trim()}`,
);

if (showMisses) {
  for (const s of sets) {
    console.log(`\n${s.name}: disagreements (label → model)`);
    for (const c of s.agreement.perCase) {
      const parts: string[] = [];
      if (c.verdict.expected !== c.verdict.got)
        parts.push(`verdict ${c.verdict.expected} → ${c.verdict.got}`);
      for (const f of c.factors) {
        if (band(f.expected) !== band(f.got)) parts.push(`${f.id} ${f.expected} → ${f.got}`);
      }
      if (parts.length > 0) console.log(`  ${c.file}: ${parts.join('; ')}`);
    }
  }
  console.log('\nparaphrases: band or verdict differences (source → rewording)');
  for (const d of paraphrases.differences) {
    console.log(`  ${d.file} #${d.variant}: ${d.factor} ${d.source} → ${d.got}`);
  }
}
