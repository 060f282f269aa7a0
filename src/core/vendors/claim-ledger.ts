import { msg } from '../message.ts';
import { findSignals } from '../signals/find-signals.ts';
import {
  type ClaimStatus,
  type SettledClaim,
  VENDOR_LIMITS,
  VENDOR_QUESTIONS,
  type VendorClaim,
  type VendorRecord,
} from './vendor-types.ts';

/** A pilot KPI's measured value (undefined until the pilot has one) and which direction is better. */
export type KpiMeasurement = { kpiId: string; better: 'up' | 'down'; measured: number | undefined };

/**
 * The red flag of a claim as it is entered: a promise of total automation, perfect accuracy, no data
 * needed and the like, read by the same rules as the intake's free text (findSignals: Dutch and
 * English, negation and hedging respected, "we do not promise 100 %" raises nothing). A claim quoted
 * and rejected in the same text ("they say 100 %, we doubt it") is not flagged: it is no promise.
 * Comes with the question to put back to the vendor (`vendors.claim.question.<tag>`).
 *
 * @example flagClaim('Onze AI verwerkt 100% van de facturen volledig automatisch')?.tag // 'totalAutomation'
 */
export function flagClaim(text: string): SettledClaim['flag'] {
  const hit = findSignals(text, { kinds: ['redFlag'] }).find(
    (h) => h.kind === 'redFlag' && h.stance === 'asserted',
  );
  if (hit === undefined) return undefined;
  return { tag: hit.tag, question: msg(`vendors.claim.question.${hit.tag}`, { quote: hit.quote }) };
}

function settle(
  claim: VendorClaim,
  kpi: KpiMeasurement | undefined,
): { status: ClaimStatus; measured?: number } {
  const measured = kpi?.measured;
  if (kpi === undefined || measured === undefined || !Number.isFinite(measured))
    return { status: 'unverified' };
  if (claim.claimed === undefined) return { status: 'unverified', measured };
  const reached = kpi.better === 'up' ? measured >= claim.claimed : measured <= claim.claimed;
  return { status: reached ? 'confirmed' : 'refuted', measured };
}

/**
 * The ledger settled against the pilot: a claim is confirmed when the measured value of its KPI
 * reaches the claimed figure in the KPI's better direction (at least it for `up`, at most it for
 * `down`), refuted when it does not, and unverified without a linked KPI, a claimed figure or a
 * measurement. Each claim keeps its verbatim text and gets its red flag, if any. Order is kept.
 *
 * @example settleClaims([{ id: 'c', text: '2 minuten per factuur', source: 'entered', date: '2026-01-05',
 *   kpiId: 'minutes', claimed: 2 }], [{ kpiId: 'minutes', better: 'down', measured: 3.1 }])[0]?.status // 'refuted'
 */
export function settleClaims(
  claims: readonly VendorClaim[],
  kpis: readonly KpiMeasurement[],
): SettledClaim[] {
  return claims.map((claim) => {
    const kpi = claim.kpiId === undefined ? undefined : kpis.find((k) => k.kpiId === claim.kpiId);
    const settled: SettledClaim = { ...claim, ...settle(claim, kpi) };
    const flag = flagClaim(claim.text);
    if (flag !== undefined) settled.flag = flag;
    return settled;
  });
}

/** A fraction as a percentage for a claim's text: 0.955 → "95.5 %". */
function percentText(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10} %`;
}

/**
 * The claims a questionnaire makes, verbatim, for the ledger (source `questionnaire`, dated `date`):
 * the accuracy it states on the customer's own data and the share it says still needs a person (the
 * vendor's comment with the figure), and every other comment that promises something findSignals
 * flags (total automation, perfect accuracy, …). One claim per question; ids are
 * `<vendorId>.questionnaire.<question>`, so entering the same questionnaire twice gives the same ids.
 * Not linked to a KPI: the owner links each claim to the pilot KPI that can settle it.
 */
export function claimsFromQuestionnaire(vendor: VendorRecord, date: string): VendorClaim[] {
  const out: VendorClaim[] = [];
  for (const question of VENDOR_QUESTIONS) {
    const answer = vendor.answers[question];
    if (answer === undefined) continue;
    const comment = answer.comment?.trim() ?? '';
    const figure =
      question === 'ownDataAccuracy' && answer.accuracy !== undefined
        ? percentText(answer.accuracy)
        : question === 'humanShare' && answer.humanShare !== undefined
          ? percentText(answer.humanShare)
          : undefined;
    let text: string | undefined;
    if (figure !== undefined) text = comment === '' ? figure : `${figure}: ${comment}`;
    else if (comment !== '' && flagClaim(comment) !== undefined) text = comment;
    if (text === undefined) continue;
    if (text.length > VENDOR_LIMITS.claimText) text = `${text.slice(0, VENDOR_LIMITS.claimText - 1)}…`;
    out.push({
      id: `${vendor.id}.questionnaire.${question}`,
      vendorId: vendor.id,
      text,
      source: 'questionnaire',
      date,
    });
  }
  return out;
}
