import type { Finding, Severity } from '../assessment/assessment-types.ts';
import { msg } from '../message.ts';
import type { VendorComparison } from './compare-vendors.ts';
import type { GateResult, VendorGate, VendorRecord } from './vendor-types.ts';

/** The questionnaire evidence the partner factor reads: the comparison and the vendors it compared. */
export type PartnerEvidence = { comparison: VendorComparison; vendors: readonly VendorRecord[] };

/**
 * Gates whose failure is high: the customer's data used for training, personal data without a
 * processing agreement, outside the EU or with unknown sub-processors, and data that cannot leave.
 * Each is hard to repair after signing. The others (exit terms, a pilot first, the three-year cost)
 * are negotiable before signing: medium.
 */
export const HIGH_GATES: readonly VendorGate[] = [
  'noTrainingWithoutConsent',
  'processingAgreement',
  'subProcessors',
  'euHosting',
  'openExport',
];

/** Below this score (0..100) the selected vendor's scored answers are a finding of their own. */
export const WEAK_SCORE = 50;

function evidenceOf(gate: GateResult, vendor: string): Finding['evidence'] {
  const basis = gate.evidenced ? 'evidenced' : 'selfDeclared';
  return gate.quote === undefined
    ? msg(`vendors.finding.evidence.${basis}NoQuote`, { vendor })
    : msg(`vendors.finding.evidence.${basis}`, { vendor, quote: gate.quote });
}

/**
 * Findings for the `partner` factor from the selected vendor's questionnaire (the chosen one, else
 * the best-ranked one; see compareVendors): one per failed gate (high for the gates in
 * {@link HIGH_GATES}, medium otherwise) quoting the vendor's own answer and saying whether it was
 * self-declared or evidenced; one medium finding listing the open gates in `details`; one low finding
 * listing the gates passed on the vendor's word alone (no evidence: ask for the clause); one for a
 * score below {@link WEAK_SCORE}. Ids `partner.questionnaire.<gate>`, `partner.questionnaire.openGates`,
 * `partner.questionnaire.selfDeclaredGates`, `partner.questionnaire.weakScore`. No selected vendor: no findings (the intake's own partner
 * findings cover that case).
 */
export function questionnaireFindings(evidence: PartnerEvidence): Finding[] {
  const { comparison } = evidence;
  const row = comparison.rows.find((r) => r.vendorId === comparison.selectedId);
  if (row === undefined) return [];
  const vendor = row.name;
  const out: Finding[] = [];
  for (const gate of row.gates) {
    if (gate.status !== 'failed') continue;
    const severity: Severity = HIGH_GATES.includes(gate.gate) ? 'high' : 'medium';
    out.push({
      id: `partner.questionnaire.${gate.gate}`,
      severity,
      title: msg(`vendors.finding.failed.${gate.gate}.title`, { vendor }),
      evidence: evidenceOf(gate, vendor),
      advice: msg(`vendors.finding.failed.${gate.gate}.advice`, { vendor }),
    });
  }
  const open = row.gates.filter((g) => g.status === 'open');
  if (open.length > 0) {
    out.push({
      id: 'partner.questionnaire.openGates',
      severity: 'medium',
      title: msg('vendors.finding.openGates.title', { vendor, count: open.length }),
      evidence: msg('vendors.finding.openGates.evidence', { vendor, count: open.length }),
      advice: msg('vendors.finding.openGates.advice', { vendor }),
      details: open.map((g) => msg(`vendors.gate.${g.gate}.title`)),
    });
  }
  const unproven = row.gates.filter((g) => g.status === 'passed' && !g.evidenced);
  if (unproven.length > 0) {
    out.push({
      id: 'partner.questionnaire.selfDeclaredGates',
      severity: 'low',
      title: msg('vendors.finding.selfDeclaredGates.title', { vendor, count: unproven.length }),
      evidence: msg('vendors.finding.selfDeclaredGates.evidence', { vendor, count: unproven.length }),
      advice: msg('vendors.finding.selfDeclaredGates.advice', { vendor }),
      details: unproven.map((g) => msg(`vendors.gate.${g.gate}.title`)),
    });
  }
  if (row.answered && row.score < WEAK_SCORE) {
    const score = Math.round(row.score);
    out.push({
      id: 'partner.questionnaire.weakScore',
      severity: 'medium',
      title: msg('vendors.finding.weakScore.title', { vendor, score }),
      evidence: msg('vendors.finding.weakScore.evidence', {
        vendor,
        score,
        evidenced: Math.round(row.evidencedShare * 100),
      }),
      advice: msg('vendors.finding.weakScore.advice', { vendor }),
    });
  }
  return out;
}
