import type {
  Assessment,
  FactorId,
  Finding,
  RiskLevel,
  Severity,
  Verdict,
} from '../assessment/assessment-types.ts';
import { FACTOR_IDS, RISK_LEVELS } from '../assessment/assessment-types.ts';
import { compareSeverity } from '../assessment/score-findings.ts';
import type { Message } from '../message.ts';
import { pairFindings } from './finding-identity.ts';

export type AssessmentChange =
  | { kind: 'verdict'; from: Verdict; to: Verdict }
  | { kind: 'risk'; factor: FactorId; from: RiskLevel; to: RiskLevel; fromScore: number; toScore: number }
  | { kind: 'finding-new'; factor: FactorId; findingId: string; title: Message; severity: Severity }
  | { kind: 'finding-resolved'; factor: FactorId; findingId: string; title: Message; severity: Severity }
  | {
      kind: 'finding-changed';
      factor: FactorId;
      findingId: string;
      title: Message;
      from: Severity;
      to: Severity;
    }
  | { kind: 'status-quo-cost'; fromPerYear: number | null; toPerYear: number | null };

const rank = (r: RiskLevel) => RISK_LEVELS.indexOf(r);

/** A finding that asks for something: information findings count as no finding. */
const isProblem = (f: Finding) => f.severity !== 'info';

/** The finding changes of one factor: new, then changed, then resolved; each in report order. */
function findingChanges(factor: FactorId, before: readonly Finding[], after: readonly Finding[]) {
  const { pairs, onlyBefore, onlyAfter } = pairFindings(factor, before, after);
  const added: AssessmentChange[] = [];
  const changed: AssessmentChange[] = [];
  const resolved: AssessmentChange[] = [];
  const gone = (f: Finding): AssessmentChange => ({
    kind: 'finding-resolved',
    factor,
    findingId: f.id,
    title: f.title,
    severity: f.severity,
  });
  const appeared = (f: Finding): AssessmentChange => ({
    kind: 'finding-new',
    factor,
    findingId: f.id,
    title: f.title,
    severity: f.severity,
  });
  for (const f of onlyAfter) if (isProblem(f)) added.push(appeared(f));
  for (const f of onlyBefore) if (isProblem(f)) resolved.push(gone(f));
  for (const [was, now] of pairs) {
    if (isProblem(was) && !isProblem(now)) resolved.push(gone(was));
    else if (!isProblem(was) && isProblem(now)) added.push(appeared(now));
    else if (isProblem(now) && was.severity !== now.severity) {
      changed.push({
        kind: 'finding-changed',
        factor,
        findingId: now.id,
        title: now.title,
        from: was.severity,
        to: now.severity,
      });
    }
  }
  return [...added, ...changed, ...resolved];
}

/**
 * What changed between two assessments of the same use case, grouped per factor: the verdict first;
 * then per factor its risk level and its findings that are new, changed in severity or resolved
 * (factors that got worse first, most worse first, then those that got better, then the others in
 * factor order); then the cost of the status quo. Findings are paired by identity (factor, finding,
 * file, column: `pairFindings`), never by their position, so adding or removing a file does not make
 * the other files' findings look new, and one finding is never both new and resolved.
 * Information findings count as none. Returns [] when nothing a user would notice changed.
 */
export function compareAssessments(previous: Assessment, current: Assessment): AssessmentChange[] {
  const changes: AssessmentChange[] = [];
  if (previous.verdict !== current.verdict)
    changes.push({ kind: 'verdict', from: previous.verdict, to: current.verdict });

  const groups: { order: number; movement: number; changes: AssessmentChange[] }[] = [];
  for (const now of current.factors) {
    const before = previous.factors.find((f) => f.id === now.id);
    if (!before) continue;
    const group: AssessmentChange[] = [];
    if (before.risk !== now.risk) {
      group.push({
        kind: 'risk',
        factor: now.id,
        from: before.risk,
        to: now.risk,
        fromScore: before.score,
        toScore: now.score,
      });
    }
    group.push(...findingChanges(now.id, before.findings, now.findings));
    if (group.length > 0) {
      groups.push({
        order: FACTOR_IDS.indexOf(now.id),
        movement: rank(now.risk) - rank(before.risk),
        changes: group,
      });
    }
  }
  // Worse first (the biggest step first), then better, then unchanged risk levels, each in factor order.
  const band = (m: number) => (m > 0 ? 0 : m < 0 ? 1 : 2);
  groups.sort(
    (a, b) =>
      band(a.movement) - band(b.movement) ||
      (a.movement > 0 ? b.movement - a.movement : 0) ||
      a.order - b.order,
  );
  for (const g of groups) changes.push(...g.changes);

  const fromCost = previous.statusQuoCost?.perYear ?? null;
  const toCost = current.statusQuoCost?.perYear ?? null;
  if (fromCost !== toCost)
    changes.push({ kind: 'status-quo-cost', fromPerYear: fromCost, toPerYear: toCost });
  return changes;
}

/** Whether a change is a step towards a better result (for the tone of the change list). */
export function isImprovement(change: AssessmentChange): boolean | null {
  switch (change.kind) {
    case 'verdict':
      return change.to === 'ready' || (change.to === 'fix-first' && change.from === 'rethink');
    case 'risk':
      return rank(change.to) < rank(change.from);
    case 'finding-new':
      return false;
    case 'finding-resolved':
      return true;
    case 'finding-changed':
      return compareSeverity(change.to, change.from) < 0;
    case 'status-quo-cost':
      return null;
  }
}
