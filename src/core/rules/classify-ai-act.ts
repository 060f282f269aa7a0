import { type Message, msg } from '../message.ts';
import { ACTIVITIES } from './rules-data.ts';
import {
  type AffectedGroup,
  type AiActClass,
  RULES_ACTIVITIES,
  type RulesActivity,
  type RulesAnswers,
} from './rules-types.ts';

/** The article 50 duties the answers show, each on its own: they decide which obligations follow. */
export type TransparencyFacts = { interacts: boolean; generates: boolean; emotionOrBiometric: boolean };

/** The classification and what the obligations need to know about how it was reached. */
export type AiActFindings = {
  classification: AiActClass;
  /** Each names its provision: `rules.reason.*`. */
  reasons: Message[];
  /** What would settle an unclear class: `rules.settle.*`. */
  questions: Message[];
  /** Which high-risk routes hold: an Annex III area (art. 6(2)) and/or an Annex I product (art. 6(1)). */
  routes: { annexIII: boolean; annexI: boolean };
  /** An Annex III use kept out of high-risk by an article 6(3) exception (the provider must record it). */
  exceptionApplied: boolean;
  transparency: TransparencyFacts;
};

/** Groups for whom emotion recognition is prohibited: people at work or in education (art. 5(1)(f)). */
const WORK_OR_EDUCATION: readonly AffectedGroup[] = ['employees', 'applicants', 'students'];

type EmotionContext = 'work' | 'elsewhere' | 'unknown';

/** Where emotion recognition is used decides between a ban (art. 5(1)(f)) and Annex III, point 1(c). */
function emotionContext(affected: readonly AffectedGroup[] | undefined): EmotionContext {
  if (affected?.some((g) => WORK_OR_EDUCATION.includes(g))) return 'work';
  if (affected === undefined || affected.length === 0 || affected.includes('unknown')) return 'unknown';
  return 'elsewhere';
}

type AnnexIIIOutcome = {
  outcome: 'high-risk' | 'excepted' | 'unclear' | 'none';
  reasons: Message[];
  questions: Message[];
};

/**
 * An Annex III area is high-risk unless an article 6(3) exception applies; an exception never
 * applies to profiling (art. 6(3), last subparagraph), so it counts only once profiling is ruled out.
 */
function annexIIIOutcome(areas: readonly RulesActivity[], rules: RulesAnswers): AnnexIIIOutcome {
  if (areas.length === 0) return { outcome: 'none', reasons: [], questions: [] };
  const reasons = areas.map((a) => msg(`rules.reason.annexIII.${a}`));
  if (areas.some((a) => ACTIVITIES[a].profilingByNature === true)) {
    return {
      outcome: 'high-risk',
      reasons: [...reasons, msg('rules.reason.profilingByNature')],
      questions: [],
    };
  }
  if (rules.profiling === 'yes') {
    return { outcome: 'high-risk', reasons: [...reasons, msg('rules.reason.profiling')], questions: [] };
  }
  const exception = rules.exception;
  if (exception === 'none') {
    return { outcome: 'high-risk', reasons: [...reasons, msg('rules.reason.noException')], questions: [] };
  }
  const profilingQuestion = rules.profiling === 'no' ? [] : [msg('rules.settle.profiling')];
  if (exception === undefined || exception === 'unknown') {
    return { outcome: 'unclear', reasons, questions: [msg('rules.settle.exception'), ...profilingQuestion] };
  }
  if (rules.profiling !== 'no') return { outcome: 'unclear', reasons, questions: profilingQuestion };
  return {
    outcome: 'excepted',
    reasons: [...reasons, msg(`rules.reason.exception.${exception}`)],
    questions: [],
  };
}

function transparencyFacts(rules: RulesAnswers, has: (a: RulesActivity) => boolean, emotion: EmotionContext) {
  return {
    interacts: rules.interactsWithPeople === 'yes',
    generates: rules.generatesContent === 'yes',
    emotionOrBiometric: has('biometricCategorisation') || (has('emotionRecognition') && emotion !== 'work'),
  } satisfies TransparencyFacts;
}

function transparencyReasons(t: TransparencyFacts): Message[] {
  return [
    ...(t.interacts ? [msg('rules.reason.transparency.interacts')] : []),
    ...(t.generates ? [msg('rules.reason.transparency.generates')] : []),
    ...(t.emotionOrBiometric ? [msg('rules.reason.transparency.emotionOrBiometric')] : []),
  ];
}

/** Questions about article 50 answers not given: they decide between minimal and transparency. */
function transparencyQuestions(rules: RulesAnswers): Message[] {
  const open = (a: RulesAnswers['interactsWithPeople']) => a === undefined || a === 'unknown';
  return [
    ...(open(rules.interactsWithPeople) ? [msg('rules.settle.interacts')] : []),
    ...(open(rules.generatesContent) ? [msg('rules.settle.generates')] : []),
  ];
}

/**
 * Classifies a use under the AI Act, in the order the Act reads: a prohibited practice (art. 5)
 * outranks everything; then high-risk (art. 6(1) Annex I products, art. 6(2) Annex III areas unless
 * art. 6(3) applies); then the article 50 transparency duties; else minimal. Whatever the answers
 * leave open makes it `unclear`, with only the questions that would settle this case.
 *
 * @example classifyAiAct({ activities: ['recruitment'], exception: 'none' }).classification // 'high-risk'
 */
export function classifyAiAct(rules: RulesAnswers): AiActFindings {
  const given = new Set(rules.activities ?? []);
  const has = (a: RulesActivity) => given.has(a);
  const ordered = RULES_ACTIVITIES.filter(has);
  const emotion = emotionContext(rules.affected);
  const transparency = transparencyFacts(rules, has, emotion);
  const base = { routes: { annexIII: false, annexI: false }, exceptionApplied: false, transparency };

  const banned = ordered.filter(
    (a) => ACTIVITIES[a].kind === 'prohibited' || (a === 'emotionRecognition' && emotion === 'work'),
  );
  if (banned.length > 0) {
    return {
      ...base,
      classification: 'prohibited',
      reasons: banned.map((a) => msg(`rules.reason.prohibited.${a}`)),
      questions: [],
    };
  }

  const areas = ordered.filter(
    (a) => ACTIVITIES[a].kind === 'annexIII' || (a === 'emotionRecognition' && emotion === 'elsewhere'),
  );
  const annexI = has('productSafety');
  const annexIII = annexIIIOutcome(areas, rules);
  const reasons: Message[] = [
    ...annexIII.reasons,
    ...(annexI ? [msg('rules.reason.annexI')] : []),
    ...(has('fraudDetection') ? [msg('rules.reason.fraudDetection')] : []),
    ...transparencyReasons(transparency),
  ];
  const activityQuestions = [
    ...(given.size === 0 || has('unknown') ? [msg('rules.settle.activities')] : []),
    ...(has('emotionRecognition') && emotion === 'unknown' ? [msg('rules.settle.emotionContext')] : []),
  ];
  const isHighRisk = annexI || annexIII.outcome === 'high-risk';
  const routes = { annexIII: annexIII.outcome === 'high-risk', annexI };
  const exceptionApplied = annexIII.outcome === 'excepted';
  const duty = transparency.interacts || transparency.generates || transparency.emotionOrBiometric;

  // An unknown activity could still be a prohibited practice: nothing is settled until it is named.
  if (activityQuestions.length > 0) {
    const rest = [
      ...(isHighRisk ? [] : annexIII.questions),
      ...(isHighRisk || duty ? [] : transparencyQuestions(rules)),
    ];
    return { ...base, classification: 'unclear', reasons, questions: [...activityQuestions, ...rest] };
  }
  if (isHighRisk) return { ...base, routes, classification: 'high-risk', reasons, questions: [] };
  if (annexIII.outcome === 'unclear') {
    return { ...base, classification: 'unclear', reasons, questions: annexIII.questions };
  }
  if (duty) return { ...base, exceptionApplied, classification: 'transparency', reasons, questions: [] };
  const open = transparencyQuestions(rules);
  if (open.length > 0)
    return { ...base, exceptionApplied, classification: 'unclear', reasons, questions: open };
  return {
    ...base,
    exceptionApplied,
    classification: 'minimal',
    reasons: [...reasons, msg('rules.reason.minimal')],
    questions: [],
  };
}
