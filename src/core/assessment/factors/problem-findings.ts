import { msg } from '../../message.ts';
import { findSignals } from '../../signals/find-signals.ts';
import { measureConcreteness, QUANTITY_KINDS } from '../../signals/measure-concreteness.ts';
import type { AssessContext } from '../assess-context.ts';
import type { Severity } from '../assessment-types.ts';
import { type DraftFinding, draftFinding } from '../draft-finding.ts';
import { factorQuestionItems, isAnswered, unansweredFinding } from '../questions.ts';
import { compareSeverity } from '../score-findings.ts';
import { PROBLEM } from '../scoring-rules.ts';

/** The six problem-definition questions of the source's rule, in report order. */
export const DEFINITION_QUESTIONS = ['process', 'time', 'money', 'frequency', 'baseline', 'target'] as const;
export type DefinitionQuestion = (typeof DEFINITION_QUESTIONS)[number];

/**
 * Which problem-definition questions are answered concretely: by a number in the answers or by a
 * figure in the user's own problem statement ("15 uur per week" answers the time question).
 */
export function concreteDefinitionAnswers(ctx: AssessContext): Record<DefinitionQuestion, boolean> {
  const p = ctx.useCase.problem ?? {};
  const statement = measureConcreteness(p.statement);
  const target = measureConcreteness(p.target);
  const has = (kind: (typeof statement.kinds)[number]) => statement.kinds.includes(kind);
  return {
    process: isAnswered(p.process),
    time: p.hoursPerWeek !== undefined || has('hours'),
    money: p.hourlyCost !== undefined || p.costPerError !== undefined || has('amount'),
    frequency:
      p.volumePerWeek !== undefined || p.errorRate !== undefined || has('volume') || has('percentage'),
    baseline: p.baselineMeasured === true || (p.baselineMeasured !== false && has('baseline')),
    target: target.hasNumber,
  };
}

const quoteList = (quotes: readonly string[]): string =>
  [...new Set(quotes)]
    .slice(0, 3)
    .map((q) => `“${q}”`)
    .join(', ');

/**
 * A labour-only problem: the labour cost is complete and the error part is not part of the problem —
 * no error figure is given at all, the error rate is zero, or the error questions are marked not
 * applicable. Then the labour cost is the whole cost, and the small-problem rule applies to it. A
 * problem with some error figures but not all stays partial: missing numbers never look cheap.
 */
export function isLabourOnly(ctx: AssessContext): boolean {
  const p = ctx.useCase.problem ?? {};
  if (p.hoursPerWeek === undefined || p.hourlyCost === undefined) return false;
  const na = ctx.isNotApplicable;
  if (p.errorRate === 0 || na('problem.errorRate') || na('problem.costPerError')) return true;
  return p.volumePerWeek === undefined && p.errorRate === undefined && p.costPerError === undefined;
}

/** Origins that share a vague goal: nobody started from a problem of their own. */
const ORIGINS_WITHOUT_PROBLEM = new Set(['directive', 'vendor', 'competitor', 'hype']);

/**
 * The vague-goal finding, structured answers first. The origin of the idea decides when it is known:
 * "problem" overrules vague words (information, quoted), any other origin confirms them. Without an
 * origin, a vague goal counts in full only when several kinds of vague goal agree; a single one is a
 * finding to verify, at most medium. In full it is high with fewer than two figures beside it, else
 * medium (the wish is decoration around a real problem).
 */
function vagueGoalFinding(ctx: AssessContext): DraftFinding | null {
  const p = ctx.useCase.problem ?? {};
  const na = ctx.isNotApplicable;
  if (na('problem.statement')) return null;
  const texts = [p.statement, p.target].filter((t): t is string => t !== undefined);
  const vague = texts.flatMap((t) => findSignals(t, { kinds: ['vague'] }));
  if (vague.length === 0) return null;
  const quotes = quoteList(vague.map((v) => v.quote));
  const origin = na('problem.origin') ? undefined : p.origin;
  if (origin === 'problem') {
    return draftFinding({
      id: 'problem.vagueGoal',
      rule: 'problem.vagueGoal',
      severity: 'info',
      action: 'problem.define',
      params: { quotes },
      evidence: msg('assessment.evidence.vague.contradicted', { quotes }),
    });
  }
  // Figures next to the wish: kinds of quantity in the statement plus numeric answers. The target is
  // left out on purpose, so that sharpening the target can never make the wish weigh more.
  const inStatement = measureConcreteness(p.statement).kinds.filter((k) => QUANTITY_KINDS.includes(k));
  const numericAnswers = [p.hoursPerWeek, p.hourlyCost, p.volumePerWeek, p.errorRate, p.costPerError].filter(
    (v) => v !== undefined,
  );
  const figures = inStatement.length + numericAnswers.length;
  const full: Severity = figures < PROBLEM.vagueWithFiguresMinKinds ? 'high' : 'medium';
  const isConfirmed =
    (origin !== undefined && ORIGINS_WITHOUT_PROBLEM.has(origin)) ||
    new Set(vague.map((v) => v.tag)).size >= PROBLEM.vagueKindsThatAgree;
  const severity: Severity =
    isConfirmed || compareSeverity(full, PROBLEM.textOnlyVagueMax) <= 0 ? full : PROBLEM.textOnlyVagueMax;
  return draftFinding({
    id: 'problem.vagueGoal',
    rule: 'problem.vagueGoal',
    severity,
    action: 'problem.define',
    params: { quotes },
    ...(isConfirmed ? {} : { evidence: msg('assessment.evidence.vague.toVerify', { quotes }) }),
  });
}

/**
 * Findings for the `problem` factor: a solution looking for a problem. Applies the source's rule
 * (fewer than three concrete answers = at least high), vague goals, the idea's origin, the baseline,
 * the target, alternatives and the size of the status-quo cost.
 */
export function problemFindings(ctx: AssessContext): DraftFinding[] {
  const p = ctx.useCase.problem ?? {};
  const na = ctx.isNotApplicable;
  const out: DraftFinding[] = [];

  const answers = concreteDefinitionAnswers(ctx);
  const concrete = DEFINITION_QUESTIONS.filter((q) => answers[q]).length;
  if (concrete < PROBLEM.concreteAnswersNeeded) {
    out.push(
      draftFinding({
        id: 'problem.definition',
        rule: 'problem.definition',
        severity: concrete <= PROBLEM.concreteAnswersCritical ? 'critical' : 'high',
        action: 'problem.define',
        params: {
          count: concrete,
          total: DEFINITION_QUESTIONS.length,
          needed: PROBLEM.concreteAnswersNeeded,
        },
        details: DEFINITION_QUESTIONS.filter((q) => !answers[q]).map((q) =>
          msg(`assessment.question.definition.${q}`),
        ),
      }),
    );
  }

  const vague = vagueGoalFinding(ctx);
  if (vague) out.push(vague);

  if (p.origin !== undefined && !na('problem.origin')) {
    const severity: Severity | null = PROBLEM.originSeverity[p.origin];
    if (severity !== null) {
      out.push(
        draftFinding({
          id: 'problem.origin',
          rule: `problem.origin.${p.origin}`,
          severity,
          action: 'problem.reconsider',
        }),
      );
    }
  }

  if (p.baselineMeasured === false && !na('problem.baselineMeasured')) {
    out.push(
      draftFinding({
        id: 'problem.noBaseline',
        rule: 'problem.noBaseline',
        severity: 'medium',
        action: 'problem.baseline',
      }),
    );
  }

  if (isAnswered(p.target) && !na('problem.target')) {
    const target = measureConcreteness(p.target);
    const quote = (p.target ?? '').trim().slice(0, 200);
    if (!target.hasNumber) {
      out.push(
        draftFinding({
          id: 'problem.targetWithoutNumber',
          rule: 'problem.targetWithoutNumber',
          severity: 'medium',
          action: 'problem.define',
          params: { quote },
        }),
      );
    } else if (!target.hasDate) {
      out.push(
        draftFinding({
          id: 'problem.targetWithoutDate',
          rule: 'problem.targetWithoutDate',
          severity: 'low',
          action: 'problem.define',
          params: { quote },
        }),
      );
    }
  }

  if (p.alternativesConsidered === false && !na('problem.alternativesConsidered')) {
    out.push(
      draftFinding({
        id: 'problem.noAlternatives',
        rule: 'problem.noAlternatives',
        severity: 'medium',
        action: 'problem.alternatives',
      }),
    );
  }

  const cost = ctx.statusQuo;
  if (cost !== null) {
    const params = {
      perYear: cost.perYear,
      labourPerYear: cost.breakdown.labourPerYear,
      errorsPerYear: cost.breakdown.errorsPerYear,
      weeks: cost.breakdown.weeksPerYear,
    };
    out.push(
      draftFinding({
        id: 'problem.statusQuoCost',
        rule: cost.isPartial ? 'problem.statusQuoCostPartial' : 'problem.statusQuoCost',
        severity: 'info',
        action: 'problem.define',
        params,
      }),
    );
    const labourOnly = isLabourOnly(ctx);
    if ((!cost.isPartial || labourOnly) && cost.perYear < PROBLEM.costPerYearMedium) {
      const isTiny = cost.perYear < PROBLEM.costPerYearCritical;
      const threshold = isTiny ? PROBLEM.costPerYearCritical : PROBLEM.costPerYearMedium;
      out.push(
        draftFinding({
          id: 'problem.smallProblem',
          rule: isTiny ? 'problem.tinyProblem' : 'problem.smallProblem',
          severity: isTiny ? 'critical' : 'medium',
          action: 'problem.biggerProblem',
          params: { ...params, threshold },
          ...(cost.isPartial
            ? { evidence: msg('assessment.evidence.cost.labourOnly', { perYear: cost.perYear, threshold }) }
            : {}),
        }),
      );
    }
  }

  const unanswered = unansweredFinding({
    id: 'problem.unanswered',
    rule: 'problem.unanswered',
    action: 'problem.answer',
    items: factorQuestionItems({ factor: 'problem', useCase: ctx.useCase, isNotApplicable: na }),
  });
  if (unanswered) out.push(unanswered);
  return out;
}
