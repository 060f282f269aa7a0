import {
  type GateResult,
  type GateStatus,
  PERSONAL_DATA_GATES,
  VENDOR_GATES,
  type VendorAnswer,
  type VendorAnswers,
  type VendorGate,
} from './vendor-types.ts';

/**
 * Gates where "partly" fails: the customer's data is either kept out of training, under a processing
 * agreement and in the EU, or it is not. "We train only on some of it" or "mostly EU" is a no with
 * conditions. For the other gates "partly" stays open: partial export or an exit clause without all
 * terms is a question to put back ("which part is missing?"), not yet a refusal.
 */
export const STRICT_GATES: readonly VendorGate[] = [
  'noTrainingWithoutConsent',
  'processingAgreement',
  'euHosting',
];

/** Longest quote a gate result carries; the full comment stays in the answer. */
export const GATE_QUOTE_CHARS = 300;

/** What a "yes" must come with before the gate counts as passed. */
export type GateDetail = 'tco' | 'subProcessors' | 'noticeMonths';

export type GateOutcome = GateResult & {
  /** Set when a "yes" lacks the detail the gate asks for (the gate stays open). */
  missing?: GateDetail;
};

/** Whether an answer carries any evidence (a URL, a clause or a file). */
export function hasEvidence(answer: VendorAnswer | undefined): boolean {
  return (answer?.evidence?.length ?? 0) > 0;
}

/**
 * The vendor's own words for a finding: its comment, else the first clause it attached, shortened to
 * {@link GATE_QUOTE_CHARS} characters. Undefined when it wrote neither.
 */
export function answerQuote(answer: VendorAnswer | undefined): string | undefined {
  const clause = answer?.evidence?.find((e) => e.kind === 'clause');
  const raw = answer?.comment?.trim() || (clause?.kind === 'clause' ? clause.text.trim() : '');
  if (raw === '') return undefined;
  return raw.length > GATE_QUOTE_CHARS ? `${raw.slice(0, GATE_QUOTE_CHARS - 1).trimEnd()}…` : raw;
}

function missingDetail(gate: VendorGate, answer: VendorAnswer): GateDetail | undefined {
  if (gate === 'threeYearCost' && answer.tco === undefined) return 'tco';
  if (gate === 'subProcessors' && (answer.subProcessors?.length ?? 0) === 0) return 'subProcessors';
  if (gate === 'exitTerms' && answer.noticeMonths === undefined) return 'noticeMonths';
  return undefined;
}

/**
 * The must-pass gates of one questionnaire, in the fixed order of {@link VENDOR_GATES}.
 *
 * - `yes` passes, except where the gate asks for a detail: a three-year cost needs its breakdown
 *   (`tco`), sub-processors their list, exit terms a notice period; without it the gate is open.
 * - `no` fails; `partly` fails the strict privacy gates ({@link STRICT_GATES}) and is open elsewhere.
 * - unanswered or `unknown` is open: not a pass, and not yet a failure.
 * - the processing agreement and EU hosting are `not-applicable` when `personalData` is false (unknown
 *   personal data keeps them: the safe reading).
 *
 * `evidenced` tells whether the answer came with evidence; `quote` carries the vendor's own words.
 *
 * @example evaluateGates({ openExport: { value: 'no', comment: 'Alleen PDF' } }, { personalData: true })
 *   .find((g) => g.gate === 'openExport') // { gate: 'openExport', status: 'failed', evidenced: false, quote: 'Alleen PDF' }
 */
export function evaluateGates(
  answers: VendorAnswers,
  options: { personalData: boolean | undefined },
): GateOutcome[] {
  return VENDOR_GATES.map((gate) => {
    const answer = answers[gate];
    const result: GateOutcome = { gate, status: 'open', evidenced: hasEvidence(answer) };
    const quote = answerQuote(answer);
    if (quote !== undefined) result.quote = quote;
    if (options.personalData === false && PERSONAL_DATA_GATES.includes(gate)) {
      result.status = 'not-applicable';
      return result;
    }
    if (answer === undefined) return result;
    let status: GateStatus;
    switch (answer.value) {
      case 'yes': {
        const missing = missingDetail(gate, answer);
        if (missing !== undefined) result.missing = missing;
        status = missing === undefined ? 'passed' : 'open';
        break;
      }
      case 'no':
        status = 'failed';
        break;
      case 'partly':
        status = STRICT_GATES.includes(gate) ? 'failed' : 'open';
        break;
      case 'unknown':
        status = 'open';
        break;
    }
    result.status = status;
    return result;
  });
}
