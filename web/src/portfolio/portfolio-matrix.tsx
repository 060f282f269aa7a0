import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PortfolioRow } from '../../../src/api/portfolio-schemas.ts';
import { useFormat } from '../format.ts';

/** Drawing size in SVG units; the figure scales to its column (a phone included). */
const WIDTH = 640;
const HEIGHT = 380;
const PAD = { left: 74, right: 28, top: 26, bottom: 44 };
const MIN_RADIUS = 6;
const MAX_RADIUS = 22;

/** Round numbers for the value axis: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 5, 10].find((f) => f * power >= raw) ?? 10;
  return factor * power;
}

/** The value axis from the lowest P10 to the highest P90, always with zero on it. */
export function valueAxis(rows: readonly PortfolioRow[]): { min: number; max: number; ticks: number[] } {
  const low = Math.min(0, ...rows.map((r) => r.yearlyBenefitEur.p10));
  const high = Math.max(0, ...rows.map((r) => r.yearlyBenefitEur.p90));
  const step = niceStep(Math.max(high - low, 1000), 5);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(v);
  return { min, max: max === min ? min + step : max, ticks };
}

/**
 * The value/feasibility matrix: feasibility 0–100 across, the P50 net yearly benefit up with a
 * vertical line from P10 to P90, the bubble's area the one-off cost, its colour the verdict. Each
 * bubble is a link to the use case's results, named with all of its figures; the table beside it
 * carries the same figures for anyone who does not read the drawing.
 */
export function PortfolioMatrix({ rows }: { rows: readonly PortfolioRow[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const axis = valueAxis(rows);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (feasibility: number) => PAD.left + (feasibility / 100) * plotW;
  const y = (eur: number) => PAD.top + ((axis.max - eur) / (axis.max - axis.min)) * plotH;
  const maxOneOff = Math.max(1, ...rows.map((r) => r.oneOffCostEur));
  // Area proportional to the cost: the radius grows with its square root.
  const radius = (eur: number) =>
    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.max(0, eur) / maxOneOff);

  // Largest bubbles first, so small ones stay on top and clickable.
  const drawn = [...rows].sort((a, b) => b.oneOffCostEur - a.oneOffCostEur);

  return (
    <figure className="portfolio-matrix">
      <figcaption>
        <strong>{t('portfolio.matrix.title')}</strong> {t('portfolio.matrix.caption')}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="portfolio-matrix-svg">
        <title>{t('portfolio.matrix.title')}</title>
        {axis.ticks.map((v) => (
          <g key={v} className="matrix-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {fmt.eurCompact(v)}
            </text>
          </g>
        ))}
        {[0, 25, 50, 75, 100].map((f) => (
          <g key={f} className="matrix-grid">
            <line x1={x(f)} x2={x(f)} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
            <text x={x(f)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle">
              {f}
            </text>
          </g>
        ))}
        <line className="matrix-zero" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <text className="matrix-axis" x={PAD.left + plotW / 2} y={HEIGHT - 6} textAnchor="middle">
          {t('portfolio.matrix.x')}
        </text>
        <text
          className="matrix-axis"
          transform={`translate(14 ${PAD.top + plotH / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('portfolio.matrix.y')}
        </text>
        {drawn.map((r) => {
          const to = `/o/${r.organisationId}/use-cases/${r.useCaseId}/results`;
          const label = t('portfolio.matrix.bubble', {
            title: r.title || t('web.useCases.untitled'),
            organisation: r.organisationName,
            feasibility: r.feasibility,
            p10: fmt.eur(r.yearlyBenefitEur.p10),
            p50: fmt.eur(r.yearlyBenefitEur.p50),
            p90: fmt.eur(r.yearlyBenefitEur.p90),
            oneOff: fmt.eur(r.oneOffCostEur),
            verdict: t(`web.verdict.${r.verdict}.title`),
          });
          const cx = x(r.feasibility);
          return (
            <a
              key={r.useCaseId}
              href={to}
              aria-label={label}
              className={`matrix-bubble verdict-${r.verdict}`}
              data-use-case={r.useCaseId}
              onClick={(e: MouseEvent) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                e.preventDefault();
                navigate(to);
              }}
            >
              <title>{label}</title>
              <line
                className="matrix-spread"
                x1={cx}
                x2={cx}
                y1={y(r.yearlyBenefitEur.p10)}
                y2={y(r.yearlyBenefitEur.p90)}
              />
              <line
                className="matrix-spread"
                x1={cx - 4}
                x2={cx + 4}
                y1={y(r.yearlyBenefitEur.p10)}
                y2={y(r.yearlyBenefitEur.p10)}
              />
              <line
                className="matrix-spread"
                x1={cx - 4}
                x2={cx + 4}
                y1={y(r.yearlyBenefitEur.p90)}
                y2={y(r.yearlyBenefitEur.p90)}
              />
              <circle cx={cx} cy={y(r.yearlyBenefitEur.p50)} r={radius(r.oneOffCostEur)} />
            </a>
          );
        })}
      </svg>
      <ul className="matrix-legend">
        {(['ready', 'fix-first', 'rethink'] as const).map((v) => (
          <li key={v} className={`card-verdict verdict-chip-${v}`}>
            {t(`web.verdict.${v}.title`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
