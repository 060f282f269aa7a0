import type { AssessContext } from '../assess-context.ts';
import { type DraftFinding, draftFinding, percent } from '../draft-finding.ts';
import {
  type AnswerPath,
  factorQuestionItems,
  isAnswered,
  type QuestionItem,
  SOURCE_QUESTIONS,
  unansweredFinding,
} from '../questions.ts';
import { DATA } from '../scoring-rules.ts';
import { profileFindings } from './profile-findings.ts';

/**
 * Findings for the `data` factor: bad data. From the answers (format, capture, history, volume,
 * completeness, labels, access, legal basis) and, far better, from profiles of the real files.
 */
export function dataFindings(ctx: AssessContext): DraftFinding[] {
  const d = ctx.useCase.data ?? {};
  const na = ctx.isNotApplicable;
  const out: DraftFinding[] = [];
  const sources = d.sources ?? [];
  const sourceItems: QuestionItem[] = [];

  sources.forEach((s, i) => {
    const name = s.name?.trim() || `#${i + 1}`;
    const suffix = `s${i + 1}`;
    const params = { source: name };
    if (s.format === 'paper' && !na('data.sources.format')) {
      out.push(
        draftFinding({
          id: `data.paper.${suffix}`,
          rule: 'data.paper',
          severity: 'high',
          action: 'data.digitise',
          params,
        }),
      );
    }
    if (s.capture === 'manual' && !na('data.sources.capture')) {
      out.push(
        draftFinding({
          id: `data.manualCapture.${suffix}`,
          rule: 'data.manualCapture',
          severity: 'low',
          action: 'data.capture',
          params,
        }),
      );
    }
    if (
      s.monthsOfHistory !== undefined &&
      s.monthsOfHistory < DATA.monthsMedium &&
      !na('data.sources.monthsOfHistory')
    ) {
      out.push(
        draftFinding({
          id: `data.shortHistory.${suffix}`,
          rule: 'data.shortHistory',
          severity: s.monthsOfHistory < DATA.monthsHigh ? 'high' : 'medium',
          action: 'data.collect',
          params: { ...params, months: s.monthsOfHistory },
        }),
      );
    }
    if (s.records !== undefined && s.records < DATA.recordsMedium && !na('data.sources.records')) {
      out.push(
        draftFinding({
          id: `data.fewRecords.${suffix}`,
          rule: 'data.fewRecords',
          severity: s.records < DATA.recordsHigh ? 'high' : 'medium',
          action: 'data.collect',
          params: { ...params, records: s.records },
        }),
      );
    }
    if (
      s.completeness !== undefined &&
      s.completeness < DATA.completenessMedium &&
      !na('data.sources.completeness')
    ) {
      out.push(
        draftFinding({
          id: `data.incomplete.${suffix}`,
          rule: 'data.incomplete',
          severity: s.completeness < DATA.completenessHigh ? 'high' : 'medium',
          action: 'data.clean',
          params: { ...params, pct: percent(s.completeness) },
        }),
      );
    }
    for (const q of SOURCE_QUESTIONS) {
      if (na(`data.sources.${q.field}`)) continue;
      sourceItems.push({
        labelKey: `assessment.question.source.${q.field}`,
        labelParams: params,
        weight: q.weight,
        isAnswered: isAnswered(s[q.field]),
      });
    }
  });

  const hasLabelsInProfiles = ctx.profiles.some((p) => p.labels !== undefined);
  if (d.labelsAvailable === false && !hasLabelsInProfiles && !na('data.labelsAvailable')) {
    out.push(
      draftFinding({ id: 'data.noLabels', rule: 'data.noLabels', severity: 'medium', action: 'data.labels' }),
    );
  }

  if (d.personalData === true && !na('data.legalBasis')) {
    if (d.legalBasis === false) {
      out.push(
        draftFinding({
          id: 'data.noLegalBasis',
          rule: 'data.noLegalBasis',
          severity: 'high',
          action: 'data.legal',
        }),
      );
    } else if (d.legalBasis === undefined) {
      out.push(
        draftFinding({
          id: 'data.legalBasisUnknown',
          rule: 'data.legalBasisUnknown',
          severity: 'high',
          action: 'data.legal',
        }),
      );
    }
  }

  if (d.accessible === false && !na('data.accessible')) {
    out.push(
      draftFinding({
        id: 'data.notAccessible',
        rule: 'data.notAccessible',
        severity: 'high',
        action: 'data.digitise',
      }),
    );
  }

  out.push(...profileFindings(ctx));

  // A loadable profiled file shows that data exists and can be exported; labels in a profile answer that question.
  const hasLoadableProfile = ctx.profiles.some((p) => p.readiness.level !== 'not-loadable');
  const answeredByProfiles = new Set<AnswerPath>();
  if (hasLoadableProfile) answeredByProfiles.add('data.sources').add('data.accessible');
  if (hasLabelsInProfiles) answeredByProfiles.add('data.labelsAvailable');
  if (ctx.hasPiiInProfiles) answeredByProfiles.add('data.personalData');

  const unanswered = unansweredFinding({
    id: 'data.unanswered',
    rule: 'data.unanswered',
    action: 'data.answer',
    items: [
      ...factorQuestionItems({
        factor: 'data',
        useCase: ctx.useCase,
        isNotApplicable: na,
        alsoAnswered: answeredByProfiles,
      }),
      ...sourceItems,
    ],
  });
  if (unanswered) out.push(unanswered);
  return out;
}
