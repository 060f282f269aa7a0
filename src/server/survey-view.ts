import { randomInt } from 'node:crypto';
import type { SurveyRoundView } from '../api/survey-schemas.ts';
import { aggregateSurvey } from '../core/survey/aggregate-survey.ts';
import { surveyEvidenceOf } from '../core/survey/survey-evidence.ts';
import type { SurveyEvidence, SurveyResults } from '../core/survey/survey-types.ts';
import type { Store } from '../store/store.ts';
import type { StoredSurveyRound } from '../store/surveys-repository.ts';

/** A uniformly random order, from the system's cryptographic source: free text shows in no telling order. */
export function secureShuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The results of a round under the anonymity rules. */
/**
 * The responses a round's results are taken over. While it is open: those published, a publication
 * taking in what arrived since the last one only once that is at least k responses, so watching the
 * results between two answers never shows what one person answered. Once closed: all of them.
 */
export async function shownResponses(store: Store, round: StoredSurveyRound) {
  if (round.status === 'open') {
    await store.surveys.publish(round.id, round.k);
    return store.surveys.responses(round.id, 'published');
  }
  const [all, published] = await Promise.all([
    store.surveys.responses(round.id, 'all'),
    store.surveys.responses(round.id, 'published'),
  ]);
  // Closed: everyone counts, unless results were shown while open and fewer than k answered since.
  // Those few would be the difference between the last figures and these: they stay out.
  const late = all.length - published.length;
  return published.length > 0 && late > 0 && late < round.k ? published : all;
}

/** Open rounds show no split into groups: one group could move by a single person between updates. */
function withoutSplitWhileOpen(round: StoredSurveyRound, results: SurveyResults): SurveyResults {
  return round.status === 'open' ? { ...results, groups: [], hiddenGroups: 0 } : results;
}

export async function roundResults(store: Store, round: StoredSurveyRound): Promise<SurveyResults> {
  const results = aggregateSurvey({
    responses: await shownResponses(store, round),
    groups: round.groups,
    k: round.k,
    status: round.status,
    instrumentVersion: round.instrumentVersion,
    shuffle: secureShuffle,
  });
  return withoutSplitWhileOpen(round, results);
}

/** A round as the API shows it: the count only once it may be known (closed, or at least k). */
export async function presentRound(store: Store, round: StoredSurveyRound): Promise<SurveyRoundView> {
  if (round.status === 'open') await store.surveys.publish(round.id, round.k);
  const [links, count] = await Promise.all([
    store.surveys.links(round.id),
    store.surveys.responseCount(round.id),
  ]);
  const label = new Map(round.groups.map((g) => [g.key, g.label]));
  return {
    id: round.id,
    useCaseId: round.useCaseId,
    title: round.title,
    wave: round.wave,
    status: round.status,
    k: round.k,
    instrumentVersion: round.instrumentVersion,
    openedOn: round.openedOn,
    closedOn: round.closedOn,
    // Open: the published count (the exact count would tell who just answered).
    responses: round.status === 'closed' ? count.all : count.published >= round.k ? count.published : null,
    links: links.map((l) => ({
      group: l.group,
      label: l.group === null ? null : (label.get(l.group) ?? l.group),
      token: l.token,
      path: `/s/${l.token}`,
    })),
  };
}

/**
 * What the survey tells the assessment: the newest round of the use case whose figures may be
 * shown. Only aggregates leave here; open answers are not part of it.
 */
export async function surveyEvidence(
  store: Store,
  options: { orgId: string; useCaseId: string },
): Promise<SurveyEvidence | undefined> {
  const rounds = await store.surveys.list(options.orgId, options.useCaseId);
  const withResults = [];
  for (const round of rounds) {
    const results = aggregateSurvey({
      responses: await shownResponses(store, round),
      groups: round.groups,
      k: round.k,
      status: round.status,
      instrumentVersion: round.instrumentVersion,
      // The evidence never carries free text, so its order does not matter: keep it stable.
      shuffle: (xs) => [...xs],
    });
    withResults.push({
      roundId: round.id,
      wave: round.wave,
      status: round.status,
      openedOn: round.openedOn,
      results,
    });
    if (results.shown) break;
  }
  return surveyEvidenceOf(withResults);
}
