import { type Message, msg } from '../message.ts';
import type { ActionId } from './action-catalogue.ts';
import type { Finding, Severity } from './assessment-types.ts';

/** A finding as the rules produce it: with the action that would remove it. */
export type DraftFinding = Finding & { action: ActionId };

export type Params = Record<string, string | number>;

export type DraftFindingOptions = {
  /** Stable id, unique within the assessment (`partner.noPilot.v2`). */
  id: string;
  /** The text family: keys are `assessment.finding.<rule>.title|evidence|advice`. */
  rule: string;
  severity: Severity;
  action: ActionId;
  params?: Params;
  /** Overrides the rule's own evidence text (shared evidence sentences). */
  evidence?: Message;
  details?: Message[];
};

/** Builds a finding whose texts are message keys under `assessment.finding.<rule>`. */
export function draftFinding(options: DraftFindingOptions): DraftFinding {
  const base = `assessment.finding.${options.rule}`;
  const params = options.params;
  const finding: DraftFinding = {
    id: options.id,
    severity: options.severity,
    title: msg(`${base}.title`, params),
    evidence: options.evidence ?? msg(`${base}.evidence`, params),
    advice: msg(`${base}.advice`, params),
    action: options.action,
  };
  if (options.details && options.details.length > 0) finding.details = options.details;
  return finding;
}

/** A percentage for display, from a fraction: 0.034 → 3.4. */
export function percent(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}
