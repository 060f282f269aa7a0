import { EXPECTATION_GAP_FACTOR } from '../core/business-case/expectation-gap-findings.ts';
import { npvHistogram } from '../core/business-case/npv-histogram.ts';
import { plainSpaces } from '../i18n/locale-format.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';
import type { BusinessCaseReportInput } from './business-case-document.ts';

/** Bars in the histogram the JSON carries for a chart. */
export const JSON_HISTOGRAM_BINS = 20;

/**
 * The business case as a JSON-ready object (`haalbaar business-case FILE --json`, and the API).
 * Numbers are raw (euros, fractions 0..1, months; payback null = not within the horizon); finding
 * texts are rendered in `locale`. The per-run samples are not included — only a histogram of them.
 * Versioned by `schemaVersion`; fields are only ever added.
 */
export function renderBusinessCaseJson(
  input: BusinessCaseReportInput,
  locale: Locale,
): Record<string, unknown> {
  const { useCase, result, findings } = input;
  const { samples: _samples, ...rest } = result;
  return {
    schemaVersion: 1,
    locale,
    title: useCase.title ?? null,
    runs: rest.runs,
    seed: rest.seed,
    distribution: rest.distribution,
    statusQuo: rest.inputs.statusQuo,
    inputs: {
      ranges: rest.inputs.ranges,
      horizonYears: rest.inputs.horizonYears,
      discountRate: rest.inputs.discountRate,
      stalledCostShare: rest.inputs.stalledCostShare,
      licenceVendor: rest.inputs.licenceVendor,
    },
    deterministic: rest.deterministic,
    simulated: rest.simulated,
    stall: rest.stall,
    assessment: input.assessment ?? null,
    expected: rest.expected,
    tornado: rest.tornado,
    switching: rest.switching ?? null,
    measureFirst: rest.measureFirst,
    npvHistogram: npvHistogram(result, JSON_HISTOGRAM_BINS),
    findings: findings.map((f) => ({
      id: f.id,
      factor: EXPECTATION_GAP_FACTOR,
      severity: f.severity,
      title: plainSpaces(renderMessage(f.title, locale)),
      evidence: plainSpaces(renderMessage(f.evidence, locale)),
      advice: plainSpaces(renderMessage(f.advice, locale)),
    })),
  };
}
