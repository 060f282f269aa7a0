import { useTranslation } from 'react-i18next';
import type {
  ChangeElement,
  FeedbackRating,
  FeedbackStatus,
  OpenQuestion,
  Perception,
  SurveyWave,
} from '../../../src/core/survey/survey-types.ts';
import { useFormat } from '../format.ts';

/**
 * Names of the survey's vocabulary and its figures in the interface language. The instrument's own
 * names (`survey.element.*`, `survey.perception.*`, `survey.wave.*`) win; the web's are the fallback.
 */
export function useSurveyLabels() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return {
    element: (id: ChangeElement) => t([`survey.element.${id}`, `surveyWeb.label.element.${id}`]),
    perception: (id: Perception) => t([`survey.perception.${id}`, `surveyWeb.label.perception.${id}`]),
    wave: (id: SurveyWave) => t([`survey.wave.${id}`, `surveyWeb.label.wave.${id}`]),
    question: (id: OpenQuestion) => t(`surveyWeb.label.question.${id}`),
    rating: (id: FeedbackRating) => t(`surveyWeb.label.rating.${id}`),
    status: (id: FeedbackStatus) => t(`surveyWeb.label.status.${id}`),
    group: (key: string, label: string | null) =>
      key === 'other' ? t(['survey.group.other', 'surveyWeb.results.otherGroups']) : (label ?? key),
    generalLink: () => t(['survey.group.general', 'surveyWeb.rounds.generalLink']),
    /** A mean on the 1–5 scale, one decimal: `3,4`. */
    mean: (value: number) => fmt.fixed(value, 1),
    /** A share (0..1) as a whole percentage: `58%`. */
    pct: (share: number) => fmt.percent(share, 0),
    /** A day (YYYY-MM-DD) as the interface writes dates. */
    day: (iso: string) => fmt.date(iso, { timeZone: 'UTC' }),
  };
}
export type SurveyLabels = ReturnType<typeof useSurveyLabels>;
