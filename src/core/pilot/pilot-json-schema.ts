import { documentedJsonSchema, type FieldDoc, type JsonSchema } from '../json-schema-docs.ts';
import {
  DEFAULT_PILOT_WEEKS,
  DEFAULT_PILOT_WEEKS_PER_YEAR,
  MAX_PILOT_WEEKS,
  PILOT_SCHEMA_VERSION,
  ZPilot,
} from './pilot-schema.ts';

const kpiDocs = (at: string): Record<string, FieldDoc> => ({
  [`${at}.id`]: {
    description:
      'Short code of the KPI (lower case, digits, dashes), used by rules and values. Not "adoption".',
  },
  [`${at}.name`]: { description: 'Name of the KPI, e.g. "Doorlooptijd per factuur".' },
  [`${at}.unit`]: { description: 'Unit of the values, e.g. "minutes" or "share".' },
  [`${at}.better`]: { description: 'Which way is better: up (higher is better) or down (lower is better).' },
  [`${at}.howMeasured`]: {
    description: 'How the value is measured, so the baseline and the pilot measure alike.',
  },
  [`${at}.smallestEffect`]: {
    description: 'Smallest effect worth having, absolute, in the unit of the KPI (e.g. 2 minutes).',
  },
  [`${at}.valuedAs`]: {
    description:
      'How the effect becomes euros per year with "economics": minutes or hours per item (× items per week × weeks per year × hourly cost), or hours per week.',
  },
  [`${at}.valuePerUnitPerYear`]: {
    description: 'Euros per year that one unit of improvement is worth; overrides valuedAs.',
  },
});

const RULE_DESCRIPTION =
  'A rule in plain text and structured: kpi (a KPI id or "adoption"), test improvesBy (value = share better than the baseline median, 0.3 = 30 %), notWorse (value = tolerated share worse, default 0) or reaches (value = level in the unit of the KPI; a share 0..1 for adoption).';

/** Descriptions by dotted path (`[]` for list items), as in the use-case schema. English: it is for developers. */
const FIELD_DOCS: Record<string, FieldDoc> = {
  schemaVersion: {
    description: 'Version of this file format. Only 1 exists.',
    default: PILOT_SCHEMA_VERSION,
  },
  title: { description: 'Name of the pilot, e.g. "Pilot factuurinvoer met AI".' },
  language: { description: 'Language of the free text (process, rules, notes).', default: 'nl' },
  plan: { description: 'The plan, registered before the start; later changes are amendments.' },
  'plan.process': { description: 'The one process the pilot runs in.' },
  'plan.startDate': { description: 'First day of the pilot, YYYY-MM-DD.' },
  'plan.weeks': {
    description: `Duration in weeks (1..${MAX_PILOT_WEEKS}).`,
    default: DEFAULT_PILOT_WEEKS,
  },
  'plan.primaryKpi': { description: 'The KPI the pilot is judged on first.' },
  'plan.secondaryKpis': { description: 'At most three further KPIs (errors, satisfaction, …).' },
  ...kpiDocs('plan.primaryKpi'),
  ...kpiDocs('plan.secondaryKpis[]'),
  'plan.baselineWindow': {
    description: 'The weeks before the start that the baseline covers (from ≤ to < startDate).',
  },
  'plan.humanReviewShare': { description: 'Share of the AI output a person checks, fraction 0..1.' },
  'plan.reviewRhythm': { description: 'Who reviews the results, and how often.' },
  'plan.rules': { description: 'Decision rules: must-meet (knock-out) and should-meet criteria.' },
  'plan.rules.mustMeet': { description: 'Knock-out criteria: each must be met for a Go.' },
  'plan.rules.shouldMeet': { description: 'Criteria most of which should be met for a Go.' },
  'plan.rules.mustMeet[]': { description: RULE_DESCRIPTION },
  'plan.rules.shouldMeet[]': { description: RULE_DESCRIPTION },
  economics: { description: 'Figures to express the effect in euros per year.' },
  'economics.volumePerWeek': { description: 'Items (invoices, tickets…) per week.' },
  'economics.hourlyCost': { description: 'Loaded cost per hour, in euros.' },
  'economics.weeksPerYear': { description: 'Working weeks per year.', default: DEFAULT_PILOT_WEEKS_PER_YEAR },
  baseline: { description: 'Values measured before the start, one item per period (week).' },
  'baseline[].period': { description: 'First day of the period, YYYY-MM-DD, within the baseline window.' },
  'baseline[].values': { description: 'Value per KPI id, in the unit of the KPI.' },
  measurements: { description: 'Values per pilot week.' },
  'measurements[].week': { description: 'Pilot week number, 1 = the first week; unique.' },
  'measurements[].values': { description: 'Value per KPI id, in the unit of the KPI.' },
  'measurements[].adoption': { description: 'Share of the eligible work done with the AI that week, 0..1.' },
  'measurements[].hoursSpent': { description: 'Hours spent on the pilot that week.' },
  'measurements[].costsEur': { description: 'Costs of the pilot that week, in euros.' },
  iterations: { description: 'The iteration log: what changed in which week, and why.' },
  amendments: { description: 'Changes to the plan after the start: date, what changed, why.' },
  decision: {
    description: "The sponsor's recorded decision: go, kill, hold or recycle; by whom, when, why.",
  },
  predicted: {
    description: "The business case's P10 / P50 / P90 of the savings per year (euros) before the pilot.",
  },
};

/**
 * The pilot file format (schema v1) as a JSON Schema (draft 2020-12), for editors and other tools
 * (`haalbaar schema pilot`). Generated from `ZPilot`, so it cannot drift. The cross-field checks
 * (rules name a declared KPI, unique weeks, values only for declared KPIs, dates in order) cannot be
 * expressed in JSON Schema and are described.
 */
export function pilotJsonSchema(): JsonSchema {
  return documentedJsonSchema(ZPilot, {
    id: 'https://haalbaar.example/schema/pilot-v1.json',
    title: 'Haalbaar pilot (schema version 1)',
    description:
      'One pilot of an AI use case: the plan registered before the start, the baseline, weekly measurements, iterations, amendments and the decision. Fractions are 0..1, money is euros, KPI values are in the unit of their KPI. Also checked, beyond this schema: every rule names a declared KPI (or adoption), week numbers and baseline periods are unique, values name declared KPIs only, the baseline window ends before the start.',
    fields: FIELD_DOCS,
  });
}
