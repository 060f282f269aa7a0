import type { RuleFigure } from '../core/pilot/analyse-pilot.ts';

/**
 * How pilot figures read, shared by the reports (src/report/pilot-document.ts) and the web app's
 * Pilot tab: KPI values with the decimals they need, signed improvements, shares, and a rule's
 * figure against its threshold. Each side brings its own locale's number formatting and translation.
 */

/** Decimals a KPI value needs to not read as zero: 1 234, 15,2, 3,75, 0,0095. */
export function digitsFor(value: number): number {
  const a = Math.abs(value);
  if (a === 0 || a >= 100) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  return Math.min(6, 1 - Math.floor(Math.log10(a)));
}

/** A locale's plain number and share formatting, as locale-format.ts and the web's useFormat give it. */
export type BaseNumberFormat = {
  number: (value: number, digits: number) => string;
  percent: (share: number, digits: number) => string;
};

/** The pilot's number formatters over a locale's base formatting (minus signs as U+2212). */
export function pilotNumbers(base: BaseNumberFormat) {
  const num = (v: number) => base.number(v, digitsFor(v));
  const signed = (v: number) => (v > 0 ? `+${num(v)}` : num(v).replace(/^-/, '\u2212'));
  const pct = (v: number) => base.percent(v, Math.abs(v) < 0.1 ? 1 : 0);
  const signedPct = (v: number) => (v > 0 ? `+${pct(v)}` : pct(v).replace(/^-/, '\u2212'));
  return { num, signed, pct, signedPct };
}
export type PilotNumbers = ReturnType<typeof pilotNumbers>;

type Translate = (key: string, params: Record<string, unknown>) => string;

/** The measured figure behind a rule ("+43 % better (31 % to 50 %); threshold 30 %"). */
export function figureText(figure: RuleFigure | null, f: PilotNumbers, t: Translate): string {
  if (figure === null) return t('pilot.figure.missing', {});
  switch (figure.kind) {
    case 'relative':
      return t('pilot.figure.relative', {
        estimate: f.signedPct(figure.value.estimate),
        low: f.signedPct(figure.value.low),
        high: f.signedPct(figure.value.high),
        threshold: f.signedPct(figure.threshold),
      });
    case 'improvement':
      return t('pilot.figure.improvement', {
        estimate: f.signed(figure.value.estimate),
        low: f.signed(figure.value.low),
        high: f.signed(figure.value.high),
        threshold: f.signed(figure.threshold),
        unit: figure.unit,
      });
    case 'level':
      return t('pilot.figure.level', {
        estimate: f.num(figure.value.estimate),
        low: f.num(figure.value.low),
        high: f.num(figure.value.high),
        threshold: f.num(figure.threshold),
        unit: figure.unit,
      });
    case 'adoption':
      return t('pilot.figure.adoption', {
        share: figure.value,
        threshold: figure.threshold,
        week: figure.week,
      });
  }
}
