import { normaliseQuestionPath } from '../../../src/core/assessment/not-applicable.ts';
import type { DocumentChange } from '../../../src/core/use-case/diff-use-cases.ts';
import type { LocaleFormat } from '../../../src/i18n/locale-format.ts';
import { INTAKE_STEPS, type ListQuestion, type Question, type Step } from './intake-questions.ts';

/** A translation function (i18next's `t`, narrowed to what this file needs). */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Where an answer belongs: an intake step, the business case, or the general fields. */
export type ChangeSection = Step['id'] | 'businessCase' | 'general';

/** One answer as a person reads it: the question in their language, and the values before and after. */
export type ChangeLine = {
  /** Stable within one list of changes (for React keys). */
  key: string;
  section: ChangeSection;
  /** The question as the intake asks it; for an item of a list, "Vendor 2 · Exit terms". */
  label: string;
  /** `null` when the question was not answered. */
  before: string | null;
  after: string | null;
};

/** How one answer is named and shown, and where it sorts. */
type Describer = {
  section: ChangeSection;
  order: number;
  label: (t: Translate) => string;
  show: (value: unknown, t: Translate, fmt: LocaleFormat) => string;
};

/** Texts longer than this are shortened with an ellipsis, so a long statement does not fill the page. */
const MAX_TEXT_CHARS = 160;

const shorten = (text: string) =>
  text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS - 1).trimEnd()}…` : text;

const showText = (v: unknown) => shorten(String(v));

/** What this file reads of a question, whatever document it asks about. */
type AnyQuestion = { kind: Question['kind']; id: string; unit?: string };

/** A number with the unit the intake shows beside its field (`12 uur/week`, `€ 52,50`, `4%`). */
function showNumber(question: AnyQuestion) {
  return (v: unknown, t: Translate, fmt: LocaleFormat) => {
    const n = Number(v);
    switch (question.unit) {
      case 'eur':
        return Number.isInteger(n) ? fmt.eur(n) : fmt.eurCents(n);
      case 'percent':
        return fmt.percent(n);
      case undefined:
        return fmt.number(n);
      default:
        return `${fmt.number(n)} ${t(`web.intake.unit.${question.unit}`)}`;
    }
  };
}

/** The value of an intake question, shown as the intake shows its answer. */
function showAnswer(question: AnyQuestion): Describer['show'] {
  switch (question.kind) {
    case 'text':
    case 'multiline':
      return showText;
    case 'number':
      return showNumber(question);
    case 'yesno':
      return (v, t) => t(v ? 'web.field.yes' : 'web.field.no');
    case 'select':
    case 'choice':
      return (v, t) => t(`web.intake.option.${question.id}.${String(v)}`);
    case 'multi':
      return (v, t) => (v as string[]).map((o) => t(`web.intake.option.${question.id}.${o}`)).join(', ');
  }
}

const showRange =
  (one: (n: number, t: Translate, fmt: LocaleFormat) => string): Describer['show'] =>
  (v, t, fmt) => {
    const r = v as { low: number; likely: number; high: number };
    return t('web.history.range', {
      low: one(r.low, t, fmt),
      likely: one(r.likely, t, fmt),
      high: one(r.high, t, fmt),
    });
  };
const eurRange = showRange((n, _t, fmt) => fmt.eur(n));
const fractionRange = showRange((n, _t, fmt) => fmt.percent(n));
const monthsRange = showRange((n, t, fmt) => `${fmt.number(n)} ${t('web.intake.unit.months')}`);
const showPercent: Describer['show'] = (v, _t, fmt) => fmt.percent(Number(v));

/** Every answer the history can name, by its path without list positions. */
const DESCRIBERS = new Map<string, Describer>();
/** The lists of the intake (data sources, vendors, KPIs), by path. */
const LISTS = new Map<string, { question: ListQuestion; section: ChangeSection; order: number }>();

let order = 0;
const add = (path: string, d: Omit<Describer, 'order'>) => DESCRIBERS.set(path, { ...d, order: order++ });

add('title', { section: 'general', label: (t) => t('web.intake.q.title.label'), show: showText });
for (const step of INTAKE_STEPS) {
  for (const question of step.questions) {
    if (question.kind === 'list') {
      LISTS.set(question.path, { question, section: step.id, order: order++ });
      for (const item of question.item as readonly (AnyQuestion & { path: string })[]) {
        add(`${question.path}.${item.path}`, {
          section: step.id,
          label: (t) => t(`web.intake.q.${item.id}.label`),
          show: showAnswer(item),
        });
      }
    } else if (question.path !== 'title') {
      add(question.path, {
        section: step.id,
        label: (t) => t(`web.intake.q.${question.id}.label`),
        show: showAnswer(question),
      });
    }
  }
}
add('problem.weeksPerYear', {
  section: 'problem',
  label: (t) => t('web.history.field.weeksPerYear'),
  show: (v, t, fmt) => `${fmt.number(Number(v))} ${t('web.intake.unit.weeks')}`,
});
add('organisation.employees', {
  section: 'general',
  label: (t) => t('web.history.field.employees'),
  show: (v, _t, fmt) => fmt.number(Number(v), 0),
});
add('organisation.sector', {
  section: 'general',
  label: (t) => t('web.history.field.sector'),
  show: showText,
});
add('language', {
  section: 'general',
  label: (t) => t('web.history.field.language'),
  show: (v) => (v === 'en' ? 'English' : 'Nederlands'),
});
add('data.files', {
  section: 'data',
  label: (t) => t('web.history.field.files'),
  show: (v) => shorten((v as string[]).join(', ')),
});
const bc = (path: string, label: string, show: Describer['show']) =>
  add(`businessCase.${path}`, { section: 'businessCase', label: (t) => t(label), show });
bc('timeReduction', 'businessCase.input.timeReduction', fractionRange);
bc('errorReduction', 'businessCase.input.errorReduction', fractionRange);
for (const cost of ['implementation', 'dataPreparation', 'trainingAndChange'])
  bc(`oneOffCosts.${cost}`, `businessCase.input.oneOffCosts.${cost}`, eurRange);
for (const cost of ['licence', 'maintenance', 'humanReview'])
  bc(`yearlyCosts.${cost}`, `businessCase.input.yearlyCosts.${cost}`, eurRange);
bc('monthsToFullEffect', 'businessCase.input.monthsToFullEffect', monthsRange);
bc('horizonYears', 'businessCase.page.settings.horizon', (v, t) =>
  t('businessCase.page.settings.years', { count: Number(v) }),
);
bc('discountRate', 'businessCase.page.settings.discountRate', showPercent);
bc('stallProbability', 'businessCase.page.settings.stallProbability', showPercent);
bc('stalledCostShare', 'businessCase.page.settings.stalledCostShare', showPercent);
bc('distribution', 'web.history.field.distribution', (v, t) => t(`businessCase.distribution.${String(v)}`));
const NOT_APPLICABLE_ORDER = order++;

/** The name of a question, section or list that `notApplicable` can list. */
function questionLabel(path: string, t: Translate): { label: string; section: ChangeSection; order: number } {
  const known = DESCRIBERS.get(path);
  if (known) return { label: known.label(t), section: known.section, order: known.order };
  const list = LISTS.get(path);
  if (list) return { label: t(`web.intake.q.${list.question.id}.label`), ...list };
  const step = INTAKE_STEPS.find((s) => s.id === path);
  if (step)
    return { label: t(`web.intake.step.${step.id}.title`), section: step.id, order: NOT_APPLICABLE_ORDER };
  return { label: path, section: 'general', order: NOT_APPLICABLE_ORDER };
}

/**
 * The changes between two versions as people read them: each named by its intake question in the
 * reader's language (an item of a list by its position, "Vendor 2 · Exit terms"), with the values
 * before and after shown as the intake shows them (`Ja`, `€ 52,50`, `4%`, the option's words), in
 * the order the intake asks. "Not applicable" answers are told per question. Compared with an empty
 * document, this lists every answer of a version.
 *
 * @example describeChanges(diffUseCases(older, newer), t, fmt)
 * // [{ label: 'Kosten per uur, inclusief werkgeverslasten', before: '€ 45', after: '€ 52,50', … }]
 */
export function describeChanges(
  changes: readonly DocumentChange[],
  t: Translate,
  fmt: LocaleFormat,
): ChangeLine[] {
  const lines: (ChangeLine & { order: number })[] = [];
  for (const change of changes) {
    const key = change.path.join('.');
    if (key === 'notApplicable') {
      lines.push(...notApplicableLines(change, t));
      continue;
    }
    const listAt = change.path.findIndex((p) => typeof p === 'number');
    const listPath = change.path.slice(0, listAt).join('.');
    const list = listAt > 0 ? LISTS.get(listPath) : undefined;
    const describer = DESCRIBERS.get(change.path.filter((p) => typeof p === 'string').join('.'));
    const show = (v: unknown) =>
      v === undefined ? null : describer ? describer.show(v, t, fmt) : JSON.stringify(v);
    const name = describer?.label(t) ?? key;
    const label = list
      ? `${t(`web.intake.q.${list.question.id}.item`, { n: Number(change.path[listAt]) + 1 })} · ${name}`
      : name;
    lines.push({
      key,
      section: describer?.section ?? 'general',
      order: describer?.order ?? order,
      label,
      before: show(change.before),
      after: show(change.after),
    });
  }
  // Stable: answers of one list item stay together, items in their order.
  return lines
    .map((line, i) => ({ line, i }))
    .sort((a, b) => a.line.order - b.line.order || a.i - b.i)
    .map(({ line: { order: _order, ...line } }) => line);
}

/** A change of the "not applicable" list, told per question: now "not applicable", or asked again. */
function notApplicableLines(change: DocumentChange, t: Translate): (ChangeLine & { order: number })[] {
  const set = (v: unknown) => new Set(((v as string[] | undefined) ?? []).map(normaliseQuestionPath));
  const before = set(change.before);
  const after = set(change.after);
  const na = t('web.field.notApplicable');
  const lines: (ChangeLine & { order: number })[] = [];
  for (const path of after) {
    if (!before.has(path))
      lines.push({ key: `na.${path}`, ...questionLabel(path, t), before: null, after: na });
  }
  for (const path of before) {
    if (!after.has(path))
      lines.push({ key: `na.${path}`, ...questionLabel(path, t), before: na, after: null });
  }
  return lines;
}

/** The names of the sections, for grouping the answers of one version. */
export function sectionTitle(section: ChangeSection, t: Translate): string {
  if (section === 'general') return t('web.history.section.general');
  if (section === 'businessCase') return t('businessCase.page.tab');
  return t(`web.intake.step.${section}.title`);
}
