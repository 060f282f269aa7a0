import { type Message, msg } from '../../message.ts';
import {
  BARRIER_MEAN,
  CHANGE_ELEMENTS,
  type ChangeElement,
  type FeedbackEvidence,
  type SurveyEvidence,
} from '../../survey/survey-types.ts';
import type { UseCase } from '../../use-case/use-case-schema.ts';
import type { ActionId } from '../action-catalogue.ts';
import type { AssessContext } from '../assess-context.ts';
import type { Severity } from '../assessment-types.ts';
import { type DraftFinding, draftFinding, type Params } from '../draft-finding.ts';
import { type AnswerPath, factorQuestionItems, unansweredFinding } from '../questions.ts';
import { FEEDBACK, PEOPLE, SURVEY } from '../scoring-rules.ts';

type PeopleAnswers = NonNullable<UseCase['people']>;

/** The intake answers the survey can outrank: what the owner says about the employees. */
type OutrankedField = Exclude<keyof PeopleAnswers, 'monitorsStaff'>;

/**
 * Which intake answers each change element measures from the employees' side. Knowing why and what
 * changes for one's job is what a communication plan and telling people about job impact are for;
 * wanting to take part is what involving them early is for; knowing how is what training is for; a
 * way of working that is kept up is what an acted-on feedback channel is for. Ability in daily work
 * says something about the adoption time planned only once the pilot has run (LATE_WAVES): before
 * that it measures today's system, not whether the months planned will be enough.
 */
const ELEMENT_ANSWERS: Record<ChangeElement, readonly OutrankedField[]> = {
  awareness: ['communicationPlan', 'jobImpactCommunicated'],
  desire: ['employeesInvolvedFrom'],
  knowledge: ['trainingPlan'],
  ability: ['adoptionMonthsPlanned'],
  reinforcement: ['feedbackChannel'],
};
const LATE_WAVES: ReadonlySet<SurveyEvidence['wave']> = new Set(['end', 'followUp']);

/** The action that fits each barrier: explain, involve, train, make time and support, act on feedback. */
const ELEMENT_ACTION: Record<ChangeElement, ActionId> = {
  awareness: 'people.communicate',
  desire: 'people.involve',
  knowledge: 'people.train',
  ability: 'people.support',
  reinforcement: 'people.feedback',
};

/** An element's figures when the survey may show them. */
type ElementFigure = { id: ChangeElement; mean: number; disagree: number };

/** A survey with its element figures that may be quoted, in the order of the change. */
type SurveyView = { survey: SurveyEvidence; figures: ElementFigure[]; params: Params };

function surveyView(survey: SurveyEvidence | undefined): SurveyView | undefined {
  if (!survey) return undefined;
  const figures: ElementFigure[] = [];
  for (const id of CHANGE_ELEMENTS) {
    const e = survey.elements.find((x) => x.id === id);
    if (e && e.mean !== null && e.disagreeShare !== null)
      figures.push({ id, mean: e.mean, disagree: e.disagreeShare });
  }
  return { survey, figures, params: { responses: survey.responses, wave: survey.wave } };
}

/** The answers an element's figure speaks for: ability only after the pilot has run. */
function answersOf(element: ChangeElement, survey: SurveyEvidence): readonly OutrankedField[] {
  if (element === 'ability' && !LATE_WAVES.has(survey.wave)) return [];
  return ELEMENT_ANSWERS[element];
}

/** True when the owner's answer says this is taken care of, so a low figure contradicts it. */
function answerSaysDone(p: PeopleAnswers, field: OutrankedField): boolean {
  switch (field) {
    case 'employeesInvolvedFrom':
      return (
        p.employeesInvolvedFrom !== undefined && PEOPLE.involvedSeverity[p.employeesInvolvedFrom] === null
      );
    case 'adoptionMonthsPlanned':
      // Planning enough months does not promise ability at the end of a pilot: never contradicted.
      return false;
    default:
      return p[field] === true;
  }
}

/** The details naming the intake answers a low element contradicts: the survey outranks them. */
function contradictions(
  element: ChangeElement,
  ctx: AssessContext,
  p: PeopleAnswers,
  survey: SurveyEvidence,
): Message[] {
  return answersOf(element, survey)
    .filter((field) => !ctx.isNotApplicable(`people.${field}`) && answerSaysDone(p, field))
    .map((field) =>
      field === 'employeesInvolvedFrom'
        ? msg(`assessment.evidence.survey.contradicts.employeesInvolvedFrom.${p.employeesInvolvedFrom}`)
        : msg(`assessment.evidence.survey.contradicts.${field}`),
    );
}

/**
 * The survey's own findings: the barrier point (the first element whose mean is at most 3) with its
 * figure and the advice that fits it, the further low elements in one smaller finding, and worry
 * about jobs and distrust of the output.
 */
function surveyFindings(view: SurveyView, ctx: AssessContext, p: PeopleAnswers): DraftFinding[] {
  const { survey, params } = view;
  const out: DraftFinding[] = [];
  const stillOpen = survey.status === 'open' ? [msg('assessment.evidence.survey.stillOpen', params)] : [];
  const low = view.figures.filter((f) => f.mean <= BARRIER_MEAN);
  const [barrier, ...alsoLow] = low;
  if (barrier) {
    // The advice starts at the first low step; the severity is that of the worst one, so a survey
    // that gets worse anywhere never makes the factor look better.
    const isHigh = low.some(
      (f) => f.mean <= SURVEY.barrierHighMean || f.disagree >= SURVEY.barrierHighDisagreeShare,
    );
    out.push(
      draftFinding({
        id: `people.survey.barrier.${barrier.id}`,
        rule: `people.survey.barrier.${barrier.id}`,
        severity: isHigh ? 'high' : 'medium',
        action: ELEMENT_ACTION[barrier.id],
        params: { ...params, mean: barrier.mean, disagree: barrier.disagree },
        details: [...contradictions(barrier.id, ctx, p, survey), ...stillOpen],
      }),
    );
  }
  const [firstAlso] = alsoLow;
  if (firstAlso) {
    out.push(
      draftFinding({
        id: 'people.survey.alsoLow',
        rule: 'people.survey.alsoLow',
        severity: SURVEY.alsoLowSeverity,
        action: ELEMENT_ACTION[firstAlso.id],
        params: { ...params, count: alsoLow.length },
        details: alsoLow.flatMap((f) => [
          msg(`assessment.evidence.survey.element.${f.id}`, { mean: f.mean, disagree: f.disagree }),
          ...contradictions(f.id, ctx, p, survey),
        ]),
      }),
    );
  }

  const perception = (id: 'jobWorry' | 'trust') => {
    const x = survey.perceptions.find((q) => q.id === id);
    return x && x.mean !== null && x.agreeShare !== null ? { mean: x.mean, agree: x.agreeShare } : undefined;
  };
  const worry = perception('jobWorry');
  if (worry) {
    const severity: Severity | null =
      worry.mean >= SURVEY.jobWorryMeanHigh
        ? 'high'
        : worry.mean >= SURVEY.jobWorryMeanMedium || worry.agree >= SURVEY.jobWorryAgreeShare
          ? 'medium'
          : null;
    if (severity) {
      out.push(
        draftFinding({
          id: 'people.survey.jobWorry',
          rule: 'people.survey.jobWorry',
          severity,
          action: 'people.communicate',
          // No contradiction of "job impact communicated": people told honestly can still worry.
          params: { ...params, mean: worry.mean, agree: worry.agree },
        }),
      );
    }
  }
  const trust = perception('trust');
  if (trust && trust.mean <= SURVEY.trustMeanLow) {
    out.push(
      draftFinding({
        id: 'people.survey.lowTrust',
        rule: 'people.survey.lowTrust',
        severity: trust.mean <= SURVEY.trustMeanMedium ? 'medium' : 'low',
        action: 'people.feedback',
        params: { ...params, mean: trust.mean, agree: trust.agree },
      }),
    );
  }
  return out;
}

/** The feedback channel is measured when enough items are due to judge the share (FEEDBACK.minDue). */
function measuredFeedback(
  feedback: FeedbackEvidence | undefined,
): (FeedbackEvidence & { share: number }) | undefined {
  if (!feedback || feedback.share === null || feedback.due < FEEDBACK.minDue) return undefined;
  return { ...feedback, share: feedback.share };
}

/**
 * The measured feedback channel: the share of items handled within two weeks. Below the bar it is a
 * finding (and contradicts an owner who said the channel is acted on); above it, an information
 * finding that replaces the owner's "no feedback channel".
 */
function feedbackFinding(
  feedback: FeedbackEvidence & { share: number },
  ctx: AssessContext,
  p: PeopleAnswers,
): DraftFinding {
  const params = {
    share: feedback.share,
    handled: feedback.handledInTime,
    due: feedback.due,
    received: feedback.received,
    actedOn: feedback.actedOn,
    overdue: feedback.overdue,
  };
  const answered = ctx.isNotApplicable('people.feedbackChannel') ? undefined : p.feedbackChannel;
  if (feedback.share < FEEDBACK.shareMedium) {
    return draftFinding({
      id: 'people.feedback.slow',
      rule: 'people.feedback.slow',
      severity: feedback.share < FEEDBACK.shareHigh ? 'high' : 'medium',
      action: 'people.feedback',
      params,
      details: answered === true ? [msg('assessment.evidence.feedback.contradicts')] : undefined,
    });
  }
  return draftFinding({
    id: 'people.feedback.handled',
    rule: 'people.feedback.handled',
    severity: 'info',
    action: 'people.feedback',
    params,
    details: answered === false ? [msg('assessment.evidence.feedback.outweighs')] : undefined,
  });
}

/** An owner-answer finding together with the answer it rests on. */
type AnswerFinding = { field: OutrankedField; finding: DraftFinding };

/** The findings of the owner's own answers, each with the answer it rests on. */
function answerFindings(ctx: AssessContext, p: PeopleAnswers): AnswerFinding[] {
  const na = ctx.isNotApplicable;
  const answers: AnswerFinding[] = [];

  if (p.employeesInvolvedFrom !== undefined && !na('people.employeesInvolvedFrom')) {
    const severity: Severity | null = PEOPLE.involvedSeverity[p.employeesInvolvedFrom];
    if (severity !== null) {
      answers.push({
        field: 'employeesInvolvedFrom',
        finding: draftFinding({
          id: 'people.involvedLate',
          rule: `people.involved.${p.employeesInvolvedFrom}`,
          severity,
          action: 'people.involve',
        }),
      });
    }
  }

  const noes: Array<[OutrankedField, string, ActionId]> = [
    ['communicationPlan', 'people.noCommunication', 'people.communicate'],
    ['jobImpactCommunicated', 'people.jobImpactSilent', 'people.communicate'],
    ['trainingPlan', 'people.noTraining', 'people.train'],
    ['feedbackChannel', 'people.noFeedback', 'people.feedback'],
  ];
  for (const [field, rule, action] of noes) {
    if (p[field] === false && !na(`people.${field}`)) {
      answers.push({ field, finding: draftFinding({ id: rule, rule, severity: 'medium', action }) });
    }
  }

  const months = p.adoptionMonthsPlanned;
  if (months !== undefined && months < PEOPLE.adoptionMonthsMedium && !na('people.adoptionMonthsPlanned')) {
    answers.push({
      field: 'adoptionMonthsPlanned',
      finding: draftFinding({
        id: 'people.shortAdoption',
        rule: 'people.shortAdoption',
        severity: months <= PEOPLE.adoptionMonthsHigh ? 'high' : 'medium',
        action: 'people.adoptionTime',
        params: { months },
      }),
    });
  }

  return answers;
}

/**
 * Findings for the `people` factor: ignored employees. When they are first involved, honest
 * communication about jobs, training, a feedback channel that is acted on, and time for adoption;
 * and the duties when the system can monitor staff.
 *
 * Evidence outranks answers (DESIGN.md "Employee voice"). With an employee survey, the barrier point
 * becomes a finding quoting the figure, with advice that fits it; a low element that the owner said
 * was taken care of says so in its details; an owner's "no" on something the employees rate above
 * the barrier line becomes information, and the questions the survey measured are no longer gaps
 * (ELEMENT_ANSWERS). A measured feedback channel replaces the answer on `feedbackChannel` outright.
 * Without survey or feedback evidence the findings are those of the answers alone.
 */
export function peopleFindings(ctx: AssessContext): DraftFinding[] {
  const p = ctx.useCase.people ?? {};
  const na = ctx.isNotApplicable;
  const out: DraftFinding[] = [];

  const view = surveyView(ctx.survey);
  const feedback = measuredFeedback(ctx.feedback);
  /** The answers the evidence measured, and the figure of the element that measured each. */
  const measured = new Map<OutrankedField, ElementFigure | 'feedback'>();
  if (view) {
    for (const figure of view.figures) {
      for (const field of answersOf(figure.id, view.survey)) measured.set(field, figure);
    }
  }
  if (feedback) measured.set('feedbackChannel', 'feedback');

  for (const { field, finding } of answerFindings(ctx, p)) {
    const by = measured.get(field);
    // Measured feedback replaces the answer: feedbackFinding below speaks for it.
    if (by === 'feedback') continue;
    // Unmeasured, not clearly in place according to the employees, or knowledge asked before anyone
    // was trained (the owner's training plan is about what comes): the answer's finding stands.
    const isClear =
      by !== undefined && by.mean >= SURVEY.outrankMean && by.disagree < SURVEY.outrankDisagreeShare;
    if (by === undefined || !isClear || (field === 'trainingPlan' && view?.survey.wave === 'before')) {
      out.push(finding);
      continue;
    }
    // The employees rate this above the barrier line: the owner's "no" is outranked.
    out.push(
      draftFinding({
        id: `people.survey.outweighs.${field}`,
        rule: `people.survey.outweighs.${field}`,
        severity: 'info',
        action: finding.action,
        params: { ...view?.params, mean: by.mean, disagree: by.disagree },
      }),
    );
  }

  if (view) out.push(...surveyFindings(view, ctx, p));
  if (feedback) out.push(feedbackFinding(feedback, ctx, p));

  if (p.monitorsStaff === true && !na('people.monitorsStaff')) {
    out.push(
      draftFinding({
        id: 'people.monitorsStaff',
        rule: 'people.monitorsStaff',
        severity: PEOPLE.monitorsStaffSeverity,
        action: 'people.worksCouncil',
      }),
    );
  }

  const unanswered = unansweredFinding({
    id: 'people.unanswered',
    rule: 'people.unanswered',
    action: 'people.answer',
    items: factorQuestionItems({
      factor: 'people',
      useCase: ctx.useCase,
      isNotApplicable: na,
      alsoAnswered: new Set<AnswerPath>([...measured.keys()].map((field) => `people.${field}` as const)),
    }),
  });
  if (unanswered) out.push(unanswered);
  return out;
}
