import type { Action, Assessment, FactorId, Finding } from '../assessment/assessment-types.ts';
import { FACTOR_IDS } from '../assessment/assessment-types.ts';
import { actionIdOf } from '../assessment/plan-actions.ts';
import type { Message } from '../message.ts';
import { findingIdentity } from './finding-identity.ts';

/** One piece of evidence an action addressed: what it was about, and exactly what it said. */
export type ActionEvidenceItem = { key: string; fingerprint: string };

/** An action marked done: when (a calendar date, `YYYY-MM-DD`), a note, and the evidence it addressed then. */
export type ActionRecord = {
  actionId: string;
  /** The action's title when it was marked done, to show it after the plan dropped it. */
  title: Message;
  doneOn: string;
  note: string;
  evidence: readonly ActionEvidenceItem[];
};

/**
 * Where a done action stands against an assessment:
 * - `done`: the evidence it addressed is unchanged; it stays in the plan, shown as done with its date.
 * - `settled`: the evidence it addressed changed or is gone; it drops out of the plan.
 * - `reopened`: the assessment found new evidence the action must address, or the evidence it
 *   addressed got worse (a higher severity, a condition now not met); it is open again.
 */
export type ActionState = 'done' | 'settled' | 'reopened';
export type ActionProgress = {
  actionId: string;
  title: Message;
  state: ActionState;
  doneOn: string;
  note: string;
};

const isFactor = (id: string): id is FactorId => (FACTOR_IDS as readonly string[]).includes(id);

/**
 * The evidence an action addresses in an assessment, to keep with its "done" mark: each finding it
 * covers (by identity: `findingIdentity`) with its severity and texts, or for a success condition
 * the condition's status and evidence.
 */
export function actionEvidence(assessment: Assessment, action: Action): ActionEvidenceItem[] {
  if (action.factor === 'rules') return rulesEvidence(assessment, action);
  if (!isFactor(action.factor)) {
    const condition = assessment.successConditions.find((c) => c.id === action.factor);
    if (!condition) return [];
    return [
      {
        key: `condition|${condition.id}`,
        fingerprint: JSON.stringify([condition.status, condition.evidence]),
      },
    ];
  }
  const factor = assessment.factors.find((f) => f.id === action.factor);
  const covered = new Set(action.findingIds);
  return (factor?.findings ?? [])
    .filter((f) => covered.has(f.id))
    .map((f) => ({ key: findingIdentity(factor!.id, f).key, fingerprint: fingerprint(f) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The evidence of a legal duty: each obligation it covers, by id, with whether it is a blocker and
 * the day it applies from; for an action without obligations (settling an unclear class, a DPIA that
 * is only recommended) the outcome it answers.
 */
function rulesEvidence(assessment: Assessment, action: Action): ActionEvidenceItem[] {
  const rules = assessment.rules;
  if (!rules) return [];
  const level = rules.blockers.length > 0 ? 'high' : 'low';
  const covered = new Set(action.findingIds);
  const items = rules.obligations
    .filter((o) => covered.has(`rules.${o.id}`))
    .map((o) => ({
      key: `rules|${o.id}`,
      fingerprint: JSON.stringify([level, o.text, o.appliesFrom.date]),
    }));
  if (items.length > 0) return items.sort((a, b) => a.key.localeCompare(b.key));
  return [
    {
      key: `rules|${actionIdOf(action)}`,
      fingerprint: JSON.stringify(['low', rules.aiAct.classification, rules.aiAct.role, rules.dpia.outcome]),
    },
  ];
}

/** How much a piece of evidence asks for: its severity (a finding) or its status (a condition). */
const WEIGHT: Record<string, number> = {
  info: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
  met: 0,
  unknown: 1,
  'not-met': 2,
};

function weight(fingerprint: string): number {
  const [first] = JSON.parse(fingerprint) as unknown[];
  return WEIGHT[String(first)] ?? 0;
}

function fingerprint(f: Finding): string {
  return JSON.stringify([f.severity, f.title, f.evidence, f.details ?? []]);
}

/**
 * Where each action marked done stands against this assessment (see {@link ActionState}). An action
 * the plan no longer lists has nothing left to address: `settled`. Pure.
 *
 * @example actionProgress(assessment, [{ actionId: 'data.clean', doneOn: '2026-11-26', note: '', evidence }])
 */
export function actionProgress(assessment: Assessment, records: readonly ActionRecord[]): ActionProgress[] {
  return records.map((record) => {
    const { actionId, doneOn, note } = record;
    const action = assessment.actions.find((a) => actionIdOf(a) === actionId);
    if (!action) return { actionId, title: record.title, doneOn, note, state: 'settled' };
    const then = new Map(record.evidence.map((e) => [e.key, e.fingerprint]));
    const now = actionEvidence(assessment, action);
    let state: ActionState = 'done';
    const isWorse = (e: ActionEvidenceItem) => {
      const was = then.get(e.key);
      return was !== undefined && weight(e.fingerprint) > weight(was);
    };
    if (now.some((e) => !then.has(e.key) || isWorse(e))) state = 'reopened';
    else if (now.length !== then.size || now.some((e) => then.get(e.key) !== e.fingerprint))
      state = 'settled';
    return { actionId, title: action.title, doneOn, note, state };
  });
}
