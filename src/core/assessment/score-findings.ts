import type { Finding, RiskLevel, Severity } from './assessment-types.ts';
import { RISK_BANDS, SEVERITY_POINTS, UNKNOWN_SHARE } from './scoring-rules.ts';

const SEVERITY_ORDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/**
 * The risk score of a set of findings, 0–100 (higher = more risk): the chance that at least one of
 * them stalls the project, each severity standing for a chance (SEVERITY_POINTS). Invariants: the
 * empty set scores 0; adding a finding or raising a severity never lowers the score; one finding
 * alone scores exactly its severity's points. Rounded to a whole number.
 */
export function scoreFindings(findings: ReadonlyArray<Pick<Finding, 'severity'>>): number {
  let survive = 1;
  for (const f of findings) survive *= 1 - SEVERITY_POINTS[f.severity] / 100;
  return Math.round(100 * (1 - survive));
}

/** The risk level whose band contains a score (RISK_BANDS). */
export function riskLevelForScore(score: number): RiskLevel {
  for (const band of RISK_BANDS) if (score >= band.from) return band.level;
  return 'low';
}

/** Orders severities: negative when a is milder than b. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b);
}

/** True for the two levels that block a pilot: high and critical. */
export function isHighRisk(level: RiskLevel): boolean {
  return level === 'high' || level === 'critical';
}

/**
 * Severity of an "unanswered questions" finding from the unanswered share of the question weight
 * (UNKNOWN_SHARE), or null when nothing is unanswered. Share is a fraction 0..1.
 */
export function severityForUnknownShare(share: number): Severity | null {
  if (share <= 0) return null;
  if (share > UNKNOWN_SHARE.high) return 'high';
  if (share >= UNKNOWN_SHARE.medium) return 'medium';
  return 'low';
}
