import { type Message, msg } from '../message.ts';
import { MIN_BASELINE_POINTS, type PilotEvidence } from '../pilot/pilot-evidence.ts';
import type { NotApplicablePath } from '../use-case/use-case-paths.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import {
  type ConditionStatus,
  SUCCESS_CONDITION_IDS,
  type SuccessConditionId,
  type SuccessConditionResult,
} from './assessment-types.ts';
import { SUCCESS } from './scoring-rules.ts';

type Judged = { status: ConditionStatus; evidence: Message };

const key = (id: SuccessConditionId, variant: string, params?: Record<string, string | number>): Message =>
  msg(`assessment.condition.${id}.${variant}`, params);

function startSmall(u: UseCase, _pilot: PilotEvidence | undefined): Judged {
  const pilot = u.success?.pilot;
  if (pilot?.scope === undefined && pilot?.weeks === undefined)
    return { status: 'unknown', evidence: key('startSmall', 'unknown') };
  const isSmallScope = pilot.scope === 'one-process' || pilot.scope === 'one-department';
  if (pilot.scope !== undefined && !isSmallScope) {
    return {
      status: 'not-met',
      evidence: key('startSmall', `scope.${pilot.scope}`, { weeks: pilot.weeks ?? '?' }),
    };
  }
  if (pilot.weeks !== undefined && pilot.weeks > SUCCESS.pilotWeeksMax) {
    return {
      status: 'not-met',
      evidence: key('startSmall', 'tooLong', { weeks: pilot.weeks, max: SUCCESS.pilotWeeksMax }),
    };
  }
  if (pilot.scope === undefined)
    return { status: 'unknown', evidence: key('startSmall', 'scopeUnknown', { weeks: pilot.weeks ?? '?' }) };
  return pilot.weeks === undefined
    ? { status: 'met', evidence: key('startSmall', `met.${pilot.scope}`) }
    : { status: 'met', evidence: key('startSmall', `metWeeks.${pilot.scope}`, { weeks: pilot.weeks }) };
}

/** Pilot facts that settle a condition, or undefined when the pilot says nothing about it. */
function measureFromPilot(pilot: PilotEvidence): Judged | undefined {
  if (pilot.primaryKpi === null) return undefined;
  const params = { kpi: pilot.primaryKpi, pilot: pilot.title, count: pilot.primaryBaselinePoints };
  return pilot.primaryBaselinePoints >= MIN_BASELINE_POINTS
    ? { status: 'met', evidence: key('measure', 'pilotBaseline', params) }
    : {
        status: 'not-met',
        evidence: key('measure', 'pilotFewBaseline', { ...params, min: MIN_BASELINE_POINTS }),
      };
}

function measure(u: UseCase, pilot: PilotEvidence | undefined): Judged {
  const fromPilot = pilot && measureFromPilot(pilot);
  if (fromPilot) return fromPilot;
  const kpis = u.success?.kpis;
  if (kpis === undefined) return { status: 'unknown', evidence: key('measure', 'unknown') };
  if (kpis.length === 0) return { status: 'not-met', evidence: key('measure', 'none') };
  const complete = kpis.filter(
    (k) =>
      k.baseline !== undefined &&
      k.target !== undefined &&
      k.measuredHow !== undefined &&
      k.measuredHow.trim() !== '',
  );
  const first = complete[0];
  if (first === undefined)
    return { status: 'not-met', evidence: key('measure', 'incomplete', { count: kpis.length }) };
  return {
    status: 'met',
    evidence: key('measure', 'met', {
      name: first.name ?? '—',
      baseline: first.baseline ?? 0,
      target: first.target ?? 0,
      unit: first.unit ?? '',
      count: complete.length,
    }),
  };
}

/** Weeks a running pilot may go without a logged change before it counts as not iterating. */
const PILOT_WEEKS_WITHOUT_ITERATION = 3;

function iterateFromPilot(pilot: PilotEvidence): Judged | undefined {
  const params = { pilot: pilot.title, weeks: pilot.weeksMeasured };
  if (pilot.status !== 'planned' && pilot.iterations > 0)
    return {
      status: 'met',
      evidence: key('iterate', 'pilotIterations', { ...params, count: pilot.iterations }),
    };
  if (pilot.status !== 'planned' && pilot.weeksMeasured >= PILOT_WEEKS_WITHOUT_ITERATION)
    return { status: 'not-met', evidence: key('iterate', 'pilotNoIterations', params) };
  if (pilot.reviewRhythm !== null)
    return {
      status: 'met',
      evidence: key('iterate', 'pilotRhythm', { ...params, rhythm: pilot.reviewRhythm }),
    };
  return undefined;
}

function iterate(u: UseCase, pilot: PilotEvidence | undefined): Judged {
  const plan = u.success?.iterationPlan;
  const budget = u.expectations?.budgetForIterations;
  // A pilot's log shows whether it iterates, not whether there is money for rounds after it.
  const fromPilot = budget === false || pilot === undefined ? undefined : iterateFromPilot(pilot);
  if (fromPilot) return fromPilot;
  if (plan === false) return { status: 'not-met', evidence: key('iterate', 'noPlan') };
  if (budget === false) return { status: 'not-met', evidence: key('iterate', 'noBudget') };
  if (plan === true)
    return { status: 'met', evidence: key('iterate', budget === true ? 'met' : 'metBudgetUnknown') };
  return { status: 'unknown', evidence: key('iterate', 'unknown') };
}

function sponsor(u: UseCase, _pilot: PilotEvidence | undefined): Judged {
  const s = u.success?.sponsor;
  if (s?.level === undefined)
    return {
      status: 'unknown',
      evidence: key('sponsor', s?.name ? 'levelUnknown' : 'unknown', { name: s?.name ?? '' }),
    };
  const name = s.name?.trim() ?? '';
  if (s.level === 'board') {
    return {
      status: 'met',
      evidence: name === '' ? key('sponsor', 'metUnnamed') : key('sponsor', 'met', { name }),
    };
  }
  return { status: 'not-met', evidence: key('sponsor', `level.${s.level}`, { name }) };
}

function humanInTheLoop(u: UseCase, pilot: PilotEvidence | undefined): Judged {
  const share = pilot?.humanReviewShare;
  if (pilot && share !== null && share !== undefined) {
    const params = { pilot: pilot.title, pct: Math.round(share * 100) };
    return share > 0
      ? { status: 'met', evidence: key('humanInTheLoop', 'pilotReview', params) }
      : { status: 'not-met', evidence: key('humanInTheLoop', 'pilotNoReview', params) };
  }
  const answer = u.success?.humanInTheLoop;
  if (answer === true) return { status: 'met', evidence: key('humanInTheLoop', 'met') };
  if (answer === false) return { status: 'not-met', evidence: key('humanInTheLoop', 'notMet') };
  const rate = u.expectations?.expectedAutomationRate;
  if (rate !== undefined && rate >= SUCCESS.automationWithoutHuman) {
    return {
      status: 'not-met',
      evidence: key('humanInTheLoop', 'impliedByAutomation', { pct: Math.round(rate * 100) }),
    };
  }
  return { status: 'unknown', evidence: key('humanInTheLoop', 'unknown') };
}

const JUDGES: Record<SuccessConditionId, (u: UseCase, pilot: PilotEvidence | undefined) => Judged> = {
  startSmall,
  measure,
  iterate,
  sponsor,
  humanInTheLoop,
};

/**
 * Judges the five success conditions of the source: start small, measure, iterate, a board-level
 * sponsor, people in the loop. Each is met, not met or unknown, with the evidence it rests on.
 * A condition marked not applicable (`success.sponsor`) counts as met and says so. Once the use case
 * has a pilot, what it recorded (a baseline, a review share, the iteration log) outranks the answers.
 */
export function assessSuccessConditions(
  useCase: UseCase,
  isNotApplicable: (path: NotApplicablePath) => boolean,
  pilot?: PilotEvidence,
): SuccessConditionResult[] {
  const paths: Record<SuccessConditionId, NotApplicablePath> = {
    startSmall: 'success.pilot',
    measure: 'success.kpis',
    iterate: 'success.iterationPlan',
    sponsor: 'success.sponsor',
    humanInTheLoop: 'success.humanInTheLoop',
  };
  return SUCCESS_CONDITION_IDS.map((id) => {
    if (isNotApplicable(paths[id]))
      return { id, status: 'met', evidence: msg('assessment.condition.notApplicable') };
    const judged = JUDGES[id](useCase, pilot);
    return { id, ...judged };
  });
}
