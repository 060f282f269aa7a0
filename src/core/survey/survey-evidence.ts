import {
  CHANGE_ELEMENTS,
  PERCEPTIONS,
  type SurveyEvidence,
  type SurveyResults,
  type SurveyWave,
} from './survey-types.ts';

/**
 * What the survey tells the `people` factor: the newest of the rounds (given newest first) whose
 * figures may be shown — closed, or open with at least k responses — as aggregates only (no groups,
 * no free text). Undefined when no round has shown figures yet.
 *
 * @example surveyEvidenceOf([{ roundId, wave: 'end', status: 'closed', openedOn: '2026-05-04', results }])
 */
export function surveyEvidenceOf(
  roundsNewestFirst: ReadonlyArray<{
    roundId: string;
    wave: SurveyWave;
    status: 'open' | 'closed';
    openedOn: string;
    results: SurveyResults;
  }>,
): SurveyEvidence | undefined {
  for (const round of roundsNewestFirst) {
    const { results } = round;
    const overall = results.overall;
    if (!results.shown || overall === null || results.responses === null) continue;
    return {
      roundId: round.roundId,
      wave: round.wave,
      status: round.status,
      openedOn: round.openedOn,
      responses: results.responses,
      elements: CHANGE_ELEMENTS.map((id) => {
        const figure = overall.elements.find((e) => e.id === id)?.figure ?? null;
        return { id, mean: figure?.mean ?? null, disagreeShare: figure?.disagreeShare ?? null };
      }),
      perceptions: PERCEPTIONS.map((id) => {
        const figure = overall.perceptions.find((p) => p.id === id)?.figure ?? null;
        return { id, mean: figure?.mean ?? null, agreeShare: figure?.agreeShare ?? null };
      }),
      barrier: results.barrier,
    };
  }
  return undefined;
}
