import type { Assessment, FactorId, RiskLevel, Verdict } from '../assessment/assessment-types.ts';
import { RISK_LEVELS } from '../assessment/assessment-types.ts';
import type { Message } from '../message.ts';

export type AssessmentChange =
  | { kind: 'verdict'; from: Verdict; to: Verdict }
  | { kind: 'risk'; factor: FactorId; from: RiskLevel; to: RiskLevel; fromScore: number; toScore: number }
  | { kind: 'finding-resolved'; factor: FactorId; findingId: string; title: Message }
  | { kind: 'finding-new'; factor: FactorId; findingId: string; title: Message }
  | { kind: 'status-quo-cost'; fromPerYear: number | null; toPerYear: number | null };

/**
 * What changed between two assessments of the same use case, most important first: the verdict,
 * then factor risk levels (worse before better), then findings that appeared or were resolved.
 * Returns an empty list when nothing that a user would notice changed.
 */
export function compareAssessments(previous: Assessment, current: Assessment): AssessmentChange[] {
  const changes: AssessmentChange[] = [];
  if (previous.verdict !== current.verdict)
    changes.push({ kind: 'verdict', from: previous.verdict, to: current.verdict });

  const rank = (r: RiskLevel) => RISK_LEVELS.indexOf(r);
  const riskChanges: AssessmentChange[] = [];
  const findingChanges: AssessmentChange[] = [];
  for (const now of current.factors) {
    const before = previous.factors.find((f) => f.id === now.id);
    if (!before) continue;
    if (before.risk !== now.risk) {
      riskChanges.push({
        kind: 'risk',
        factor: now.id,
        from: before.risk,
        to: now.risk,
        fromScore: before.score,
        toScore: now.score,
      });
    }
    const beforeIds = new Set(before.findings.map((f) => f.id));
    const nowIds = new Set(now.findings.map((f) => f.id));
    for (const f of now.findings) {
      if (!beforeIds.has(f.id))
        findingChanges.push({ kind: 'finding-new', factor: now.id, findingId: f.id, title: f.title });
    }
    for (const f of before.findings) {
      if (!nowIds.has(f.id)) {
        findingChanges.push({ kind: 'finding-resolved', factor: now.id, findingId: f.id, title: f.title });
      }
    }
  }
  riskChanges.sort((a, b) =>
    a.kind === 'risk' && b.kind === 'risk' ? rank(b.to) - rank(b.from) - (rank(a.to) - rank(a.from)) : 0,
  );
  changes.push(...riskChanges, ...findingChanges);

  const fromCost = previous.statusQuoCost?.perYear ?? null;
  const toCost = current.statusQuoCost?.perYear ?? null;
  if (fromCost !== toCost)
    changes.push({ kind: 'status-quo-cost', fromPerYear: fromCost, toPerYear: toCost });
  return changes;
}
