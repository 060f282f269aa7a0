import type { Locale } from './resources.ts';
import { translator } from './translate.ts';

/** Where in a request a problem is; the first segment of a problem's path. */
const CONTEXTS = new Set(['body', 'params', 'querystring', 'headers']);

/** The lists of a use case whose item questions carry a prefix in their ids (`vendorName`, `kpiTarget`). */
const LIST_ITEMS: Record<string, string> = { sources: 'source', vendors: 'vendor', kpis: 'kpi' };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The field a validation problem is about, as a person knows it, in their language: the label of
 * the form field or intake question, never the machine path. `body.password` → "Wachtwoord",
 * `params.useCaseId` → "De use case in het adres", `body.document.partner.vendors[1].exitTerms` →
 * "Leverancier 2 · Er zijn afspraken over opzeggen en vertrekken". Null when no label is known
 * (the caller then shows the path). A body that is itself a use case (`body.businessCase.timeReduction`)
 * is named like one.
 *
 * @example fieldLabel('body.document.problem.hoursPerWeek', 'en') // "How many hours a week go into it by hand now?"
 */
export function fieldLabel(path: string, locale: Locale): string | null {
  const t = translator(locale);
  const text = (key: string, options?: Record<string, unknown>): string | null => {
    const value = t(key, options ?? {}) as string;
    return value === key ? null : value;
  };
  const first = (keys: string[]) => keys.reduce<string | null>((found, key) => found ?? text(key), null);
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '' && p !== '(root)');
  const [context, ...rest] = CONTEXTS.has(parts[0] ?? '') ? parts : ['body', ...parts];
  const last = rest.at(-1);
  if (last === undefined) return text(`input.field.${context === 'params' ? 'body' : context}`);
  if (context === 'params') return text(`input.param.${last}`);
  if (rest[0] === 'plan' || rest[0] === 'baseline') return pilotFieldLabel(rest, text);
  const documentAt = rest.indexOf('document');
  if (documentAt >= 0 && documentAt < rest.length - 1)
    return documentFieldLabel(rest.slice(documentAt + 1), text, first);
  // Some operations take a use case as the whole body (`POST /api/business-case`).
  return text(`input.field.${last}`) ?? documentFieldLabel(rest, text, first);
}

/** The intake's own label of a use-case field (`problem.hoursPerWeek`, `partner.vendors.1.name`). */
function documentFieldLabel(
  segments: string[],
  text: (key: string, options?: Record<string, unknown>) => string | null,
  first: (keys: string[]) => string | null,
): string | null {
  const indexAt = segments.findIndex((s) => /^\d+$/.test(s));
  const list = indexAt > 0 ? segments[indexAt - 1] : undefined;
  const prefix = list === undefined ? undefined : LIST_ITEMS[list];
  if (list !== undefined && prefix !== undefined) {
    const item = text(`web.intake.q.${list}.item`, { n: Number(segments[indexAt]) + 1 });
    const field = segments[indexAt + 1];
    const sub =
      field === undefined
        ? null
        : first([`web.intake.q.${prefix}${capitalise(field)}.label`, `web.intake.q.${field}.label`]);
    return item && sub ? `${item} · ${sub}` : (item ?? sub);
  }
  const last = segments.at(-1) ?? '';
  const keys = [`web.intake.q.${last}.label`, `web.history.field.${last}`, `input.field.${last}`];
  if (segments[0] === 'businessCase') keys.unshift(`businessCase.input.${segments.slice(1).join('.')}`);
  if (segments.length === 1) keys.push(`web.intake.step.${last}.title`);
  return first(keys);
}

/**
 * The Pilot tab's name of a pilot plan field (`plan.primaryKpi.smallestEffect` → "Hoofd-KPI,
 * kleinste zinvolle effect"), or of the baseline.
 */
function pilotFieldLabel(
  segments: string[],
  text: (key: string, options?: Record<string, unknown>) => string | null,
): string | null {
  const last = segments.filter((s) => !/^\d+$/.test(s)).at(-1) ?? '';
  const label = text(`pilotWeb.pathLabel.${last}`);
  const kpi =
    segments[1] === 'primaryKpi' && segments.length > 2
      ? text('pilotWeb.plan.primaryKpi')
      : segments[1] === 'secondaryKpis' && segments.length > 3
        ? text('pilotWeb.plan.secondaryKpi', { n: Number(segments[2]) + 1 })
        : null;
  return kpi && label ? `${kpi}, ${label}` : label;
}
