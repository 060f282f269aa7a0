import { type Message, msg } from '../message.ts';
import { err, ok, type Result } from '../result.ts';
import {
  CHANGE_ELEMENTS,
  type ChangeElement,
  INSTRUMENT_V1_ITEMS,
  MAX_OPEN_ANSWER,
  OPEN_QUESTIONS,
  type OpenQuestion,
  PERCEPTIONS,
  type SurveyAnswers,
  type SurveyItemId,
} from './survey-types.ts';

/** A value on the answer scale: 1 (disagree fully) … 5 (agree fully). */
export type ScaleValue = 1 | 2 | 3 | 4 | 5;

/**
 * One instrument version as message keys (the edge translates them): the intro, the five scale
 * labels, a section per change element with its two statements, a section `tool` with the five
 * perceptions, and the two open questions.
 */
export type SurveyInstrument = {
  version: number;
  introKey: string;
  scale: Array<{ value: ScaleValue; key: string }>;
  sections: Array<{
    id: ChangeElement | 'tool';
    titleKey: string;
    items: Array<{ id: SurveyItemId; key: string }>;
  }>;
  openQuestions: Array<{ id: OpenQuestion; key: string }>;
};

const SCALE_VALUES: readonly ScaleValue[] = [1, 2, 3, 4, 5];
const ITEM_IDS: ReadonlySet<string> = new Set(INSTRUMENT_V1_ITEMS);

/** The versions the app can show and count; each round stores the one it was opened with. */
export const INSTRUMENT_VERSIONS: readonly number[] = [1];

function instrumentV1(): SurveyInstrument {
  const base = 'survey.instrument.v1';
  return {
    version: 1,
    introKey: `${base}.intro`,
    scale: SCALE_VALUES.map((value) => ({ value, key: `${base}.scale.${value}` })),
    sections: [
      ...CHANGE_ELEMENTS.map((element) => ({
        id: element,
        titleKey: `${base}.section.${element}`,
        items: ([`${element}.1`, `${element}.2`] as const).map((id) => ({ id, key: `${base}.${id}` })),
      })),
      {
        id: 'tool' as const,
        titleKey: `${base}.section.tool`,
        items: PERCEPTIONS.map((id) => ({ id, key: `${base}.${id}` })),
      },
    ],
    openQuestions: OPEN_QUESTIONS.map((id) => ({ id, key: `${base}.open.${id}` })),
  };
}

/**
 * The structure of instrument `version` as message keys (`survey.instrument.v1.*`); undefined for a
 * version this app does not know.
 *
 * @example surveyInstrument(1)?.sections[0] // { id: 'awareness', titleKey: …, items: [awareness.1, awareness.2] }
 */
export function surveyInstrument(version: number): SurveyInstrument | undefined {
  return version === 1 ? instrumentV1() : undefined;
}

/** True for an item id of instrument version 1 (`awareness.1`, …, `usefulness`, …). */
export function isSurveyItemId(id: unknown): id is SurveyItemId {
  return typeof id === 'string' && ITEM_IDS.has(id);
}

/** True for an integer 1–5. */
export function isScaleValue(value: unknown): value is ScaleValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** One problem with submitted answers: the item id or open question (or `(answers)`) and what. */
export type AnswerProblem = { path: string; message: Message };

/**
 * Validates and normalises one person's submitted answers for an instrument version: every key must
 * be an item of that version (an unknown id is a problem naming it), every value an integer 1–5; open
 * answers are trimmed, empty ones dropped, and longer than MAX_OPEN_ANSWER characters is a problem. At
 * least one item or one open question must be answered. Items come back in the instrument's order.
 */
export function checkSurveyAnswers(
  version: number,
  input: {
    answers: Readonly<Record<string, unknown>>;
    open?: Readonly<Partial<Record<string, unknown>>>;
  },
): Result<{ answers: SurveyAnswers; open: Partial<Record<OpenQuestion, string>> }, AnswerProblem[]> {
  const instrument = surveyInstrument(version);
  if (instrument === undefined)
    return err([{ path: '(version)', message: msg('survey.problem.unknownVersion', { version }) }]);
  const problems: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(input.answers)) {
    if (!isSurveyItemId(id)) problems.push({ path: id, message: msg('survey.problem.unknownItem', { id }) });
    else if (!isScaleValue(value))
      problems.push({ path: id, message: msg('survey.problem.notOnScale', { id, value: String(value) }) });
  }
  const open: Partial<Record<OpenQuestion, string>> = {};
  for (const [id, value] of Object.entries(input.open ?? {})) {
    if (!(OPEN_QUESTIONS as readonly string[]).includes(id)) {
      problems.push({ path: id, message: msg('survey.problem.unknownQuestion', { id }) });
    } else if (value !== undefined && typeof value !== 'string') {
      problems.push({ path: id, message: msg('survey.problem.notText', { id }) });
    } else if (typeof value === 'string') {
      const text = value.trim();
      if (text.length > MAX_OPEN_ANSWER)
        problems.push({ path: id, message: msg('survey.problem.tooLong', { id, max: MAX_OPEN_ANSWER }) });
      else if (text !== '') open[id as OpenQuestion] = text;
    }
  }
  if (problems.length > 0) return err(problems);
  const answers: SurveyAnswers = {};
  for (const section of instrument.sections) {
    for (const { id } of section.items) {
      const value = input.answers[id];
      if (isScaleValue(value)) answers[id] = value;
    }
  }
  if (Object.keys(answers).length === 0 && Object.keys(open).length === 0)
    return err([{ path: '(answers)', message: msg('survey.problem.nothingAnswered') }]);
  return ok({ answers, open });
}
