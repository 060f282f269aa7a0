import { z } from 'zod';
import { ZLangQuery, ZStatusQuoCost, ZUseCaseParams } from './common-schemas.ts';
import type { KnownFields } from './known-fields.ts';

/** Assessments: the rendered result (`haalbaar assess --json`), kept assessments and what changed. */

const ZSeverity = z.enum(['info', 'low', 'medium', 'high', 'critical']);
const ZRiskLevel = z.enum(['low', 'medium', 'high', 'critical']);

const ZRenderedFinding = z.looseObject({
  id: z.string(),
  severity: ZSeverity,
  title: z.string(),
  evidence: z.string().describe('the evidence sentence, with the detail lines appended'),
  advice: z.string(),
  details: z.array(z.string()).optional().describe('the detail lines on their own, when there are any'),
});

/** The rules section of a rendered assessment (src/report/assessment-render.ts `renderRules`). */
const ZRenderedRules = z
  .looseObject({
    asOf: z.iso.date().describe('the day the obligations are judged on'),
    answered: z.boolean().describe('false when the use case has no rules section yet'),
    classification: z.enum(['prohibited', 'high-risk', 'transparency', 'minimal', 'unclear']),
    classificationName: z.string(),
    role: z.enum(['provider', 'deployer', 'unclear']),
    roleName: z.string(),
    transparencyDuty: z.boolean(),
    reasons: z.array(z.string()),
    questions: z.array(z.string()).describe('when unclear: the questions for the vendor or a lawyer'),
    dpia: z.looseObject({
      outcome: z.enum(['required', 'recommended', 'not-indicated']),
      outcomeName: z.string(),
      reasons: z.array(z.string()),
      done: z.enum(['yes', 'no', 'unknown']).nullable(),
    }),
    worksCouncil: z.looseObject({
      outcome: z.enum(['consent-required', 'no-works-council', 'not-required', 'unclear']),
      outcomeName: z.string(),
      reasons: z.array(z.string()),
    }),
    obligations: z.array(
      z.looseObject({
        id: z.string(),
        article: z.string(),
        text: z.string(),
        appliesFrom: z.iso.date(),
        verified: z.boolean().describe('false when no published text confirmed the date'),
        dateNote: z.string().nullable(),
        applies: z.boolean().describe('whether it applies on the "as of" day'),
        owner: z.string(),
        source: z.looseObject({
          title: z.string(),
          url: z.string().optional(),
          provision: z.string(),
          checked: z.string(),
        }),
      }),
    ),
    blockers: z.array(z.string()).describe('dpia, deployerDuties: what keeps the verdict from ready'),
  })
  .meta({ id: 'RulesResult' });

/**
 * The rendered assessment contract (DESIGN.md "Assessment result"), every text in the requested
 * language; `src/report/assessment-render.ts` produces it. Extra fields may be added; none are removed.
 */
export const ZRenderedAssessment = z
  .looseObject({
    schemaVersion: z.literal(1),
    locale: z.enum(['nl', 'en']),
    verdict: z.enum(['ready', 'fix-first', 'rethink']),
    verdictTitle: z.string(),
    verdictReason: z.string(),
    factors: z.array(
      z.looseObject({
        id: z.enum(['expectations', 'problem', 'data', 'people', 'partner']),
        name: z.string(),
        risk: ZRiskLevel,
        score: z.number(),
        findings: z.array(ZRenderedFinding),
      }),
    ),
    successConditions: z.array(
      z.looseObject({
        id: z.enum(['startSmall', 'measure', 'iterate', 'sponsor', 'humanInTheLoop']),
        name: z.string(),
        status: z.enum(['met', 'not-met', 'unknown']),
        evidence: z.string(),
      }),
    ),
    statusQuoCost: ZStatusQuoCost.nullable().describe(
      'what the current process costs in euros; null when hours or errors are unknown',
    ),
    actions: z.array(
      z.looseObject({
        id: z
          .string()
          .describe(
            'stable across assessments (`data.clean`, `condition.sponsor`, `finding.<id>`): mark it done under …/actions/:actionId',
          ),
        priority: z.number(),
        factor: z.string(),
        title: z.string(),
        why: z.string(),
        owner: z.string(),
        riskRemoved: z.number(),
        effort: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        findingIds: z.array(z.string()),
      }),
    ),
    rules: ZRenderedRules.optional().describe(
      'the AI Act class, DPIA, works council and dated obligations; absent in assessments made before it existed',
    ),
  })
  .meta({ id: 'AssessmentResult' });
export type RenderedAssessment = KnownFields<z.output<typeof ZRenderedAssessment>>;
export type RenderedFinding = KnownFields<z.output<typeof ZRenderedFinding>>;

export const ZAssessmentView = z
  .object({ id: z.string(), revision: z.number().int(), createdAt: z.string(), result: ZRenderedAssessment })
  .meta({ id: 'StoredAssessmentResult' });
export type AssessmentView = KnownFields<z.output<typeof ZAssessmentView>>;

/** An action id in the path: the catalogue's dotted ids and `finding.<finding id>`. */
const ZActionId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dots, dashes and underscores');

export const ZActionParams = ZUseCaseParams.extend({ actionId: ZActionId });

/** Marks an action of the plan done: on which day, and what was done. */
export const ZMarkActionDoneBody = z.strictObject({
  doneOn: z.iso.date().describe('the day it was done, YYYY-MM-DD'),
  note: z.string().max(2000).optional().describe('what was done; shown with the action'),
});

/**
 * Where an action marked done stands against the current assessment: `done` (the evidence it
 * addressed is unchanged: it stays in the plan, shown as done), `settled` (that evidence changed or is
 * gone: it drops out of the plan), `reopened` (the assessment found new evidence it must address, or the evidence it addressed got worse).
 */
export const ZActionProgress = z
  .object({
    actionId: ZActionId,
    state: z.enum(['done', 'settled', 'reopened']),
    doneOn: z.string().describe('YYYY-MM-DD'),
    note: z.string(),
    title: z.string().describe('the action in the requested language, also when the plan no longer lists it'),
  })
  .meta({ id: 'ActionProgress' });
export type ActionProgressView = KnownFields<z.output<typeof ZActionProgress>>;
export const ZActionProgressList = z.array(ZActionProgress);

export const ZAssessmentState = z
  .object({
    current: ZAssessmentView.nullable(),
    previous: ZAssessmentView.nullable(),
    changes: z.array(
      z.object({
        kind: z.string(),
        factor: z
          .enum(['expectations', 'problem', 'data', 'people', 'partner'])
          .nullable()
          .describe(
            'the factor the change belongs to (changes come grouped per factor); null for the verdict and the cost',
          ),
        text: z.string(),
        tone: z.enum(['better', 'worse', 'neutral']),
      }),
    ),
    actionProgress: z
      .array(ZActionProgress)
      .describe('the actions marked done, against the current assessment'),
    isStale: z.boolean().describe('the answers or the evidence changed since the current assessment'),
    currentRevision: z.number().int(),
  })
  .meta({ id: 'AssessmentState' });
export type AssessmentState = KnownFields<z.output<typeof ZAssessmentState>>;

/** The kept assessments of a use case: the verdict per revision. */
export const ZAssessmentList = z.array(
  z.object({
    id: z.string(),
    revision: z.number().int(),
    verdict: z.string(),
    createdAt: z.string(),
  }),
);

export const ZAssessQuery = ZLangQuery.extend({
  businessCase: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'weigh the business case: a simulation of its ranges adds findings where the expectations outrun what the ranges support (default true, the same assessment as a stored one and `haalbaar assess`; false assesses the answers alone)',
    ),
  asOf: z.iso
    .date()
    .optional()
    .describe('the day the rules and obligations are judged on, YYYY-MM-DD (default today)'),
});
