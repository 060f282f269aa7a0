import {
  CHANGE_ELEMENTS,
  type SurveyResults,
  type SurveyTrendPoint,
  type SurveyWave,
} from './survey-types.ts';

/**
 * The element means of a use case's rounds over time, oldest first (by the day each opened; rounds
 * opened on the same day keep their given order). A round whose figures may not be shown has null
 * means, and a null count while it is open and below k: the trend shows only what its results show.
 *
 * @example surveyTrend([{ roundId, wave: 'start', openedOn: '2026-03-02', closedOn: null, results }])
 */
export function surveyTrend(
  rounds: ReadonlyArray<{
    roundId: string;
    wave: SurveyWave;
    openedOn: string;
    closedOn: string | null;
    results: SurveyResults;
  }>,
): SurveyTrendPoint[] {
  return rounds
    .map((round, index) => ({ round, index }))
    .sort((a, b) =>
      a.round.openedOn < b.round.openedOn ? -1 : a.round.openedOn > b.round.openedOn ? 1 : a.index - b.index,
    )
    .map(({ round }) => {
      const overall = round.results.shown ? round.results.overall : null;
      return {
        roundId: round.roundId,
        wave: round.wave,
        openedOn: round.openedOn,
        closedOn: round.closedOn,
        responses: round.results.responses,
        elements: CHANGE_ELEMENTS.map((id) => ({
          id,
          mean: overall?.elements.find((e) => e.id === id)?.figure?.mean ?? null,
        })),
      };
    });
}
