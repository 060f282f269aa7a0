import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Range } from '../../../src/core/use-case/use-case-schema.ts';
import { NumberField } from '../components/fields.tsx';

type Draft = { low: number | undefined; likely: number | undefined; high: number | undefined };
const POINTS = ['low', 'likely', 'high'] as const;

/** Why a draft cannot be saved yet, or null when it is a valid range. */
function draftProblem(draft: Draft): 'incomplete' | 'order' | null {
  const { low, likely, high } = draft;
  if (low === undefined || likely === undefined || high === undefined) return 'incomplete';
  return low <= likely && likely <= high ? null : 'order';
}

/**
 * One uncertain input as low / most likely / high, typed in the user's locale. Without a range of
 * its own the fields show Haalbaar's default (marked as an assumption) or the vendor's quote. Only a complete, ordered
 * range is passed on; until then the fields keep what was typed and say what is wrong. Clearing all
 * three, or "use the default", removes the range from the document.
 */
export function RangeField(props: {
  label: string;
  unit: string;
  /** Shown value = stored value × scale (a fraction as a percentage: scale 100). */
  scale: number;
  max: number | undefined;
  value: Range | undefined;
  fallback: Range;
  /** Where the fallback comes from when it is not Haalbaar's default (the vendor's quote). */
  fallbackSource?: { badge: string; reset: string };
  onChange: (range: Range | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const shown = props.value ?? props.fallback;
  const [draft, setDraft] = useState<Draft>(shown);
  // A new value from outside (saved, reset, restored): show it.
  const [lastShown, setLastShown] = useState(JSON.stringify(shown));
  if (JSON.stringify(shown) !== lastShown) {
    setLastShown(JSON.stringify(shown));
    setDraft(shown);
  }
  const problem = draftProblem(draft);

  function change(point: (typeof POINTS)[number], value: number | undefined) {
    const next = { ...draft, [point]: value };
    setDraft(next);
    if (next.low === undefined && next.likely === undefined && next.high === undefined) {
      props.onChange(undefined);
    } else if (draftProblem(next) === null) {
      props.onChange({ low: next.low!, likely: next.likely!, high: next.high! });
    }
  }

  return (
    <fieldset className="range-field" aria-describedby={problem ? `${id}-problem` : undefined}>
      <legend>
        {props.label} <span className="range-unit">({props.unit})</span>
      </legend>
      <div className="range-source">
        {props.value === undefined ? (
          props.fallbackSource ? (
            <span className="badge badge-own">{props.fallbackSource.badge}</span>
          ) : (
            <span className="badge badge-assumption">{t('businessCase.page.assumption')}</span>
          )
        ) : (
          <>
            <span className="badge badge-own">{t('businessCase.page.ownEstimate')}</span>
            <button type="button" className="link-inline" onClick={() => props.onChange(undefined)}>
              {props.fallbackSource?.reset ?? t('businessCase.page.useDefault')}
            </button>
          </>
        )}
      </div>
      <div className="range-points">
        {POINTS.map((point) => (
          <NumberField
            key={point}
            label={t(`businessCase.page.point.${point}`)}
            scale={props.scale}
            min={0}
            max={props.max}
            value={draft[point]}
            onChange={(v) => change(point, v)}
          />
        ))}
      </div>
      {problem && (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {t(`businessCase.page.rangeProblem.${problem}`)}
        </p>
      )}
    </fieldset>
  );
}
