import type { AssessContext } from '../assess-context.ts';
import type { Severity } from '../assessment-types.ts';
import { type DraftFinding, draftFinding } from '../draft-finding.ts';
import { factorQuestionItems, unansweredFinding } from '../questions.ts';
import { PEOPLE } from '../scoring-rules.ts';

/**
 * Findings for the `people` factor: ignored employees. When they are first involved, honest
 * communication about jobs, training, a feedback channel that is acted on, and time for adoption.
 */
export function peopleFindings(ctx: AssessContext): DraftFinding[] {
  const p = ctx.useCase.people ?? {};
  const na = ctx.isNotApplicable;
  const out: DraftFinding[] = [];

  if (p.employeesInvolvedFrom !== undefined && !na('people.employeesInvolvedFrom')) {
    const severity: Severity | null = PEOPLE.involvedSeverity[p.employeesInvolvedFrom];
    if (severity !== null) {
      out.push(
        draftFinding({
          id: 'people.involvedLate',
          rule: `people.involved.${p.employeesInvolvedFrom}`,
          severity,
          action: 'people.involve',
        }),
      );
    }
  }

  const noes: Array<[keyof typeof p, string, DraftFinding['action']]> = [
    ['communicationPlan', 'people.noCommunication', 'people.communicate'],
    ['jobImpactCommunicated', 'people.jobImpactSilent', 'people.communicate'],
    ['trainingPlan', 'people.noTraining', 'people.train'],
    ['feedbackChannel', 'people.noFeedback', 'people.feedback'],
  ];
  for (const [field, rule, action] of noes) {
    if (p[field] === false && !na(`people.${field}`)) {
      out.push(draftFinding({ id: rule, rule, severity: 'medium', action }));
    }
  }

  const months = p.adoptionMonthsPlanned;
  if (months !== undefined && months < PEOPLE.adoptionMonthsMedium && !na('people.adoptionMonthsPlanned')) {
    out.push(
      draftFinding({
        id: 'people.shortAdoption',
        rule: 'people.shortAdoption',
        severity: months <= PEOPLE.adoptionMonthsHigh ? 'high' : 'medium',
        action: 'people.adoptionTime',
        params: { months },
      }),
    );
  }

  const unanswered = unansweredFinding({
    id: 'people.unanswered',
    rule: 'people.unanswered',
    action: 'people.answer',
    items: factorQuestionItems({ factor: 'people', useCase: ctx.useCase, isNotApplicable: na }),
  });
  if (unanswered) out.push(unanswered);
  return out;
}
