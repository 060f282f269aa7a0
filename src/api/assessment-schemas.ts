import { z } from 'zod';
import { ZLangQuery, ZStatusQuoCost } from './common-schemas.ts';
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
  })
  .meta({ id: 'AssessmentResult' });
export type RenderedAssessment = KnownFields<z.output<typeof ZRenderedAssessment>>;
export type RenderedFinding = KnownFields<z.output<typeof ZRenderedFinding>>;

export const ZAssessmentView = z
  .object({ id: z.string(), revision: z.number().int(), createdAt: z.string(), result: ZRenderedAssessment })
  .meta({ id: 'StoredAssessmentResult' });
export type AssessmentView = KnownFields<z.output<typeof ZAssessmentView>>;

export const ZAssessmentState = z
  .object({
    current: ZAssessmentView.nullable(),
    previous: ZAssessmentView.nullable(),
    changes: z.array(
      z.object({ kind: z.string(), text: z.string(), tone: z.enum(['better', 'worse', 'neutral']) }),
    ),
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
      'also weigh the business case: a 2,000-run simulation of its ranges adds findings where the expectations outrun what the ranges support (slower; default false, the same assessment as `haalbaar assess`)',
    ),
});
