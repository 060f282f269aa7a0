import { useTranslation } from 'react-i18next';
import type { BusinessCaseInputId, Tornado } from '../../../src/core/business-case/business-case-types.ts';
import { useFormat } from '../format.ts';
import { useInputValueFormat } from './use-input-value-format.ts';

/**
 * The tornado: per input, the NPV with that input at its low and at its high value and everything
 * else at the most likely values, the widest swing on top. Drawn with plain elements so the labels
 * wrap on a phone; a visually hidden table carries the same numbers for screen readers.
 */
export function TornadoChart({ tornado }: { tornado: Tornado }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const inputValue = useInputValueFormat();
  const bars = tornado.bars.filter((b) => b.swingEur > 0);
  if (bars.length === 0) return <p className="muted">{t('businessCase.measureFirst.none')}</p>;
  const base = tornado.baseNpvEur;
  const values = [0, base, ...bars.flatMap((b) => [b.npvAtLowEur, b.npvAtHighEur])];
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const pad = (highest - lowest) * 0.04;
  const min = lowest - pad;
  const span = highest + pad - min;
  const x = (eur: number) => `${(((eur - min) / span) * 100).toFixed(3)}%`;
  const segment = (from: number, to: number) => ({
    left: x(Math.min(from, to)),
    width: `${((Math.abs(to - from) / span) * 100).toFixed(3)}%`,
  });
  const label = (id: BusinessCaseInputId) => t(`businessCase.input.${id}`);

  return (
    <figure className="bc-chart" aria-labelledby="bc-tornado-caption">
      <figcaption id="bc-tornado-caption">{t('businessCase.page.tornado.caption')}</figcaption>
      <div className="tornado" aria-hidden="true">
        <ul className="tornado-legend">
          <li>
            <span className="swatch tornado-low" /> {t('businessCase.page.tornado.atLow')}
          </li>
          <li>
            <span className="swatch tornado-high" /> {t('businessCase.page.tornado.atHigh')}
          </li>
        </ul>
        {bars.map((b) => (
          <div className="tornado-row" key={b.input}>
            <div className="tornado-label">
              {label(b.input)}{' '}
              <span className="muted small">
                {inputValue(b.input, b.lowValue)} – {inputValue(b.input, b.highValue)}
              </span>
            </div>
            <div className="tornado-track">
              <span className="tornado-bar tornado-low" style={segment(base, b.npvAtLowEur)} />
              <span className="tornado-bar tornado-high" style={segment(base, b.npvAtHighEur)} />
              <span className="tornado-base" style={{ left: x(base) }} />
              <span className="tornado-zero" style={{ left: x(0) }} />
            </div>
          </div>
        ))}
        <div className="tornado-axis">
          <span>{fmt.eur(min + pad)}</span>
          <span>{fmt.eur(min + span - pad)}</span>
        </div>
        <p className="tornado-note small muted">
          {t('businessCase.page.tornado.lines', { base: fmt.eur(base) })}
        </p>
      </div>
      <div className="visually-hidden">
        <table>
          <caption>{t('businessCase.page.tornado.tableCaption', { base: fmt.eur(base) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('businessCase.tornado.columnInput')}</th>
              <th scope="col">{t('businessCase.tornado.columnRange')}</th>
              <th scope="col">{t('businessCase.tornado.columnNpvLow')}</th>
              <th scope="col">{t('businessCase.tornado.columnNpvHigh')}</th>
              <th scope="col">{t('businessCase.tornado.columnSwing')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.input}>
                <th scope="row">{label(b.input)}</th>
                <td>
                  {inputValue(b.input, b.lowValue)} – {inputValue(b.input, b.highValue)}
                </td>
                <td>{fmt.eur(b.npvAtLowEur)}</td>
                <td>{fmt.eur(b.npvAtHighEur)}</td>
                <td>{fmt.eur(b.swingEur)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
