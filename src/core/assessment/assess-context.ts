import type { DataProfile } from '../data-profile/data-profile-types.ts';
import { statusQuoCost } from '../status-quo-cost.ts';
import type { FeedbackEvidence, SurveyEvidence } from '../survey/survey-types.ts';
import type { NotApplicablePath } from '../use-case/use-case-paths.ts';
import type { UseCase } from '../use-case/use-case-schema.ts';
import type { AssessEvidence, StatusQuoCost } from './assessment-types.ts';
import { notApplicableTest } from './not-applicable.ts';
import { PARTNER } from './scoring-rules.ts';

/** Everything the factor rules share, computed once per assessment. */
export type AssessContext = {
  useCase: UseCase;
  isNotApplicable: (path: NotApplicablePath) => boolean;
  profiles: readonly DataProfile[];
  /** True when personal data is answered yes or found in a profiled file; undefined when unknown. */
  hasPersonalData: boolean | undefined;
  /** True when a profiled file contains personal data, whatever the answers say. */
  hasPiiInProfiles: boolean;
  statusQuo: StatusQuoCost | null;
  /** The company is an SME (under 250 employees). Unknown size counts as SME: that is who Haalbaar is for. */
  isSme: boolean;
  /** The employee survey's newest round that may be shown; it outranks the people answers. */
  survey: SurveyEvidence | undefined;
  /** The measured feedback channel; it outranks the answer on `people.feedbackChannel`. */
  feedback: FeedbackEvidence | undefined;
};

/** A file's name without its folders, for evidence ("sensoren.csv", not "/home/…/sensoren.csv"). */
export function fileLabel(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** Builds the shared context. Pure: reads only its arguments. */
export function buildAssessContext(useCase: UseCase, evidence: AssessEvidence = {}): AssessContext {
  const isNotApplicable = notApplicableTest(useCase.notApplicable);
  const profiles = evidence.dataProfiles ?? [];
  const hasPiiInProfiles = profiles.some(
    (p) => p.pii.length > 0 || p.issues.some((i) => String(i.code).startsWith('PII_')),
  );
  const answered = useCase.data?.personalData;
  let hasPersonalData: boolean | undefined;
  if (answered === true || hasPiiInProfiles) hasPersonalData = true;
  else if (answered === false || isNotApplicable('data.personalData')) hasPersonalData = false;
  const employees = useCase.organisation?.employees;
  return {
    useCase,
    isNotApplicable,
    profiles,
    hasPersonalData,
    hasPiiInProfiles,
    statusQuo: statusQuoCost(useCase.problem),
    isSme: employees === undefined || employees < PARTNER.smeEmployees,
    survey: evidence.survey,
    feedback: evidence.feedback,
  };
}
