import { isScaleValue, surveyInstrument } from './instrument.ts';
import {
  BARRIER_MEAN,
  CHANGE_ELEMENTS,
  type ChangeElement,
  INSTRUMENT_V1_ITEMS,
  type ItemFigure,
  OPEN_QUESTIONS,
  type OpenQuestion,
  PERCEPTIONS,
  type SurveyAnswers,
  type SurveyFigures,
  type SurveyGroup,
  type SurveyItemId,
  type SurveyResponse,
  type SurveyResults,
  type SurveyWave,
} from './survey-types.ts';

/**
 * The key of the merged remainder: groups below k, groups merged so none can be derived from the
 * total, and the answers through the round's general link (which belong to no named group).
 */
export const OTHER_GROUP_KEY = 'other';

/** A uniformly random order (the server's cryptographic shuffle); tests pass a fixed one. */
export type Shuffle = <T>(items: readonly T[]) => T[];

export type AggregateSurveyInput = {
  responses: readonly SurveyResponse[];
  groups: readonly SurveyGroup[];
  k: number;
  status: 'open' | 'closed';
  instrumentVersion: number;
  shuffle: Shuffle;
};

/** A shown part of the round: a named group with at least k responses, or the merged remainder. */
type Part = { key: string; responses: SurveyResponse[] };

/**
 * How a round's responses may be split for showing. Named groups with at least k responses are shown
 * under their own key; everything else (smaller groups, the general link, a bucket already called
 * `other` in an export) is pooled under `other`. While that pool holds 1..k−1 responses, the smallest
 * shown group joins it, so the pool is never below k and never derivable as total minus the shown
 * groups. When only one part is left it equals the total, and no split is shown at all.
 */
type Partition = {
  /** The shown parts in the owner's order, `other` last; empty when no split may be shown. */
  parts: Part[];
  /** The shown key a response of original group `group` counts under; null when no split is shown. */
  shownKeyOf: (group: string | null) => string | null;
  /** How many responses came through each original group (null: the general link). */
  bucketSize: (group: string | null) => number;
  /** Named groups with responses that are not shown under their own key. */
  hiddenGroups: number;
};

function partitionResponses(
  responses: readonly SurveyResponse[],
  groups: readonly SurveyGroup[],
  k: number,
): Partition {
  const buckets = new Map<string | null, SurveyResponse[]>();
  for (const response of responses) {
    const list = buckets.get(response.group);
    if (list) list.push(response);
    else buckets.set(response.group, [response]);
  }
  const order = new Map(groups.map((g, i) => [g.key, i]));
  const rank = (key: string) => order.get(key) ?? groups.length;
  const named = [...buckets.entries()]
    .filter((entry): entry is [string, SurveyResponse[]] => entry[0] !== null && entry[0] !== OTHER_GROUP_KEY)
    .map(([key, list]) => ({ key, responses: list }))
    // Stable: the owner's order, then unknown keys in order of appearance.
    .sort((a, b) => rank(a.key) - rank(b.key));
  const own = named.filter((p) => p.responses.length >= k);
  let pool = responses.length - own.reduce((n, p) => n + p.responses.length, 0);
  while (pool > 0 && pool < k && own.length > 0) {
    // Complementary suppression: the smallest shown group (the last of equals) joins the remainder.
    let smallest = own.length - 1;
    own.forEach((p, i) => {
      if (p.responses.length < (own[smallest]?.responses.length ?? 0)) smallest = i;
    });
    const [moved] = own.splice(smallest, 1);
    pool += moved?.responses.length ?? 0;
  }
  const ownKeys = new Set(own.map((p) => p.key));
  const bucketSize = (group: string | null) => buckets.get(group)?.length ?? 0;
  const partCount = own.length + (pool > 0 ? 1 : 0);
  if (partCount <= 1) {
    return { parts: [], shownKeyOf: () => null, bucketSize, hiddenGroups: named.length };
  }
  const shownKeyOf = (group: string | null) =>
    group !== null && ownKeys.has(group) ? group : OTHER_GROUP_KEY;
  const remainder = responses.filter((r) => shownKeyOf(r.group) === OTHER_GROUP_KEY);
  const parts = remainder.length > 0 ? [...own, { key: OTHER_GROUP_KEY, responses: remainder }] : own;
  return { parts, shownKeyOf, bucketSize, hiddenGroups: named.length - own.length };
}

/** Counts over one element or statement, before suppression. Scores are on the 1–5 scale. */
type Tally = { answered: number; sum: number; disagree: number; agree: number };

function tally(scores: readonly number[]): Tally {
  let sum = 0;
  let disagree = 0;
  let agree = 0;
  for (const s of scores) {
    sum += s;
    if (s <= 2) disagree++;
    if (s >= 4) agree++;
  }
  return { answered: scores.length, sum, disagree, agree };
}

/** The figure of a tally, or null below k people. The mean is rounded for showing; shares are exact. */
function figureOf(t: Tally, k: number): ItemFigure | null {
  if (t.answered < k || t.answered === 0) return null;
  return {
    // Element scores are halves, so sum × 10 is a whole number and the rounding is exact.
    mean: Math.round((t.sum * 10) / t.answered) / 10,
    disagreeShare: t.disagree / t.answered,
    agreeShare: t.agree / t.answered,
    answered: t.answered,
  };
}

/** The statements of each change element in an instrument version (version 1's when unknown). */
function elementItems(version: number): Record<ChangeElement, SurveyItemId[]> {
  const instrument = surveyInstrument(version) ?? surveyInstrument(1);
  const out = {} as Record<ChangeElement, SurveyItemId[]>;
  for (const element of CHANGE_ELEMENTS) {
    out[element] = instrument?.sections.find((s) => s.id === element)?.items.map((i) => i.id) ?? [];
  }
  return out;
}

/** A person's score on an element: the mean of the element's statements they answered. */
function elementScore(answers: SurveyAnswers, items: readonly SurveyItemId[]): number | undefined {
  const values = items.map((id) => answers[id]).filter(isScaleValue);
  return values.length === 0 ? undefined : values.reduce<number>((a, b) => a + b, 0) / values.length;
}

/** Tallies per element and per perception, in CHANGE_ELEMENTS and PERCEPTIONS order. */
function tallies(responses: readonly SurveyResponse[], items: Record<ChangeElement, SurveyItemId[]>) {
  const elements = CHANGE_ELEMENTS.map((id) =>
    tally(responses.flatMap((r) => elementScore(r.answers, items[id]) ?? [])),
  );
  const perceptions = PERCEPTIONS.map((id) =>
    tally(responses.flatMap((r) => (isScaleValue(r.answers[id]) ? [r.answers[id]] : []))),
  );
  return { elements, perceptions };
}

/**
 * Hides a group's figure where the groups' suppressed figures could be derived from the overall one:
 * per element or perception, while the people behind the groups' hidden figures number 1..k−1,
 * the shown figure with the fewest people is hidden too.
 */
function suppressComplements(groupTallies: Tally[], figures: (ItemFigure | null)[], k: number): void {
  const hiddenPeople = () => groupTallies.reduce((n, t, i) => n + (figures[i] === null ? t.answered : 0), 0);
  for (let hidden = hiddenPeople(); hidden > 0 && hidden < k; hidden = hiddenPeople()) {
    let fewest = -1;
    figures.forEach((f, i) => {
      if (f !== null && (fewest < 0 || f.answered < (figures[fewest]?.answered ?? 0))) fewest = i;
    });
    if (fewest < 0) return;
    figures[fewest] = null;
  }
}

function figuresOf(
  responses: number,
  t: { elements: Tally[]; perceptions: Tally[] },
  k: number,
): SurveyFigures {
  return {
    responses,
    elements: CHANGE_ELEMENTS.map((id, i) => ({ id, figure: figureOf(t.elements[i] as Tally, k) })),
    perceptions: PERCEPTIONS.map((id, i) => ({ id, figure: figureOf(t.perceptions[i] as Tally, k) })),
  };
}

/** The shown groups' figures, with complementary suppression per element and perception. */
function groupFigures(parts: readonly Part[], items: Record<ChangeElement, SurveyItemId[]>, k: number) {
  const perPart = parts.map((p) => tallies(p.responses, items));
  const figures = parts.map((p, i) =>
    figuresOf(p.responses.length, perPart[i] as ReturnType<typeof tallies>, k),
  );
  const columns = [
    ...CHANGE_ELEMENTS.map((_, j) => ({ kind: 'elements' as const, j })),
    ...PERCEPTIONS.map((_, j) => ({ kind: 'perceptions' as const, j })),
  ];
  for (const { kind, j } of columns) {
    const column = figures.map((f) => (f[kind][j] as { figure: ItemFigure | null }).figure);
    suppressComplements(
      perPart.map((t) => t[kind][j] as Tally),
      column,
      k,
    );
    figures.forEach((f, i) => {
      (f[kind][j] as { figure: ItemFigure | null }).figure = column[i] ?? null;
    });
  }
  return figures;
}

/** An open answer worth showing: trimmed, not empty. */
function openText(response: SurveyResponse, question: OpenQuestion): string | undefined {
  const text = response.open[question]?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/**
 * The results of a survey round as they may be shown (DESIGN.md "Employee voice"), safe in a company
 * of 30:
 *
 * - A person's element score is the mean of their answered statements of that element; an element's
 *   mean is the mean of the person scores (rounded to one decimal for showing only), its disagree and
 *   agree shares the shares of people scoring ≤ 2 and ≥ 4. A figure answered by fewer than k people
 *   is null.
 * - While the round is open and has fewer than k responses, not even the count is given; closed with
 *   fewer than k, the count is given but no figure.
 * - Groups: named groups with at least k responses are shown; the rest, and the general link, merge
 *   into `other`; while `other` holds 1..k−1 responses, the smallest shown group joins it; with one
 *   part left, no split is shown. Per element and perception, a group figure is hidden too when the
 *   hidden ones could be derived from the overall figure. `hiddenGroups` counts the named groups with
 *   responses not shown on their own (0 when nothing is shown).
 * - Open answers come only from people whose own link's group (or the general link) has at least k
 *   responses, only when figures are shown, empty ones dropped, in the order `shuffle` gives.
 * - The barrier is the first change element whose shown (rounded) mean is at most BARRIER_MEAN.
 *
 * @example aggregateSurvey({ responses, groups, k: 5, status: 'closed', instrumentVersion: 1, shuffle })
 */
export function aggregateSurvey(input: AggregateSurveyInput): SurveyResults {
  const { responses, k, status, instrumentVersion } = input;
  const total = responses.length;
  const shown = total >= k && total > 0;
  const base = { status, k, instrumentVersion };
  if (!shown) {
    return {
      ...base,
      responses: status === 'open' ? null : total,
      shown: false,
      overall: null,
      barrier: null,
      groups: [],
      hiddenGroups: 0,
      openAnswers: [],
    };
  }
  const items = elementItems(instrumentVersion);
  const overall = figuresOf(total, tallies(responses, items), k);
  const partition = partitionResponses(responses, input.groups, k);
  const labels = new Map(input.groups.map((g) => [g.key, g.label]));
  const figures = groupFigures(partition.parts, items, k);
  const groups = partition.parts.map((p, i) => ({
    key: p.key,
    label: p.key === OTHER_GROUP_KEY ? null : (labels.get(p.key) ?? p.key),
    figures: figures[i] as SurveyFigures,
  }));
  const speaking = responses.filter((r) => partition.bucketSize(r.group) >= k);
  const openAnswers = OPEN_QUESTIONS.map((question) => ({
    question,
    texts: input.shuffle(speaking.flatMap((r) => openText(r, question) ?? [])),
  }));
  const barrier =
    overall.elements.find((e) => e.figure !== null && e.figure.mean <= BARRIER_MEAN)?.id ?? null;
  return {
    ...base,
    responses: total,
    shown: true,
    overall,
    barrier,
    groups,
    hiddenGroups: partition.hiddenGroups,
    openAnswers,
  };
}

/** The export document (ZSurveyExport in src/api/survey-schemas.ts), as the core builds and reads it. */
export type SurveyExportDocument = {
  format: 'haalbaar-survey-export';
  formatVersion: 1;
  title: string;
  wave: SurveyWave;
  k: number;
  instrumentVersion: number;
  /** The shown named groups with their labels; `other` and the general link are not listed. */
  groups: Array<{ key: string; label: string }>;
  responses: Array<{
    /** The shown group the response counts under (`other` for the merged remainder); null without a split. */
    group: string | null;
    answers: SurveyAnswers;
    open: Partial<Record<OpenQuestion, string>>;
  }>;
};

const ITEM_ORDER: readonly SurveyItemId[] = INSTRUMENT_V1_ITEMS;

/**
 * A closed round's answers for `haalbaar survey results`, under the same anonymity rules as the
 * results: shuffled; each response carries the shown group it counts under (its own, `other`, or null
 * when no split may be shown), so no group below k can be picked out; open answers are left out
 * altogether, since next to the scores of the same row they would tie those scores to whoever wrote
 * a recognisable sentence. A round with fewer than k responses exports no
 * answers at all: a handful of rows would be the people themselves. The caller refuses open rounds.
 */
export function anonymisedExport(input: {
  title: string;
  wave: SurveyWave;
  k: number;
  instrumentVersion: number;
  groups: readonly SurveyGroup[];
  responses: readonly SurveyResponse[];
  shuffle: Shuffle;
}): SurveyExportDocument {
  const { k, responses } = input;
  const doc: SurveyExportDocument = {
    format: 'haalbaar-survey-export',
    formatVersion: 1,
    title: input.title,
    wave: input.wave,
    k,
    instrumentVersion: input.instrumentVersion,
    groups: [],
    responses: [],
  };
  if (responses.length < k || responses.length === 0) return doc;
  const partition = partitionResponses(responses, input.groups, k);
  const labels = new Map(input.groups.map((g) => [g.key, g.label]));
  doc.groups = partition.parts
    .filter((p) => p.key !== OTHER_GROUP_KEY)
    .map((p) => ({ key: p.key, label: labels.get(p.key) ?? p.key }));
  doc.responses = input.shuffle(
    responses.map((r) => {
      const answers: SurveyAnswers = {};
      for (const id of ITEM_ORDER) {
        const value = r.answers[id];
        if (isScaleValue(value)) answers[id] = value;
      }
      // No open answers: beside a person's scores, a recognisable sentence would give them all away.
      // The results page shows the open answers, shuffled and apart from any scores.
      return { group: partition.shownKeyOf(r.group), answers, open: {} };
    }),
  );
  return doc;
}
