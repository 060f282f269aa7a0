import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';

type Base = { label: string; hint?: string | undefined; why?: string | undefined };

function Help({ hint, why, id }: { hint?: string | undefined; why?: string | undefined; id: string }) {
  const { t } = useTranslation();
  return (
    <>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {why && (
        <details className="why">
          <summary>{t('web.field.whyWeAsk')}</summary>
          <p>{why}</p>
        </details>
      )}
    </>
  );
}

export function TextField(
  props: Base & { value: string | undefined; onChange: (v: string | undefined) => void; multiline?: boolean },
) {
  const id = useId();
  const common = {
    id,
    value: props.value ?? '',
    'aria-describedby': props.hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          {...common}
          rows={4}
          onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
        />
      ) : (
        <input
          {...common}
          onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
        />
      )}
      <Help hint={props.hint} why={props.why} id={id} />
    </div>
  );
}

/**
 * A number typed in the user's locale ("52,50" in Dutch). `scale` converts between what is shown
 * and what is stored: a percentage field shows 3 and stores 0.03 (scale 100).
 */
export function NumberField(
  props: Base & {
    value: number | undefined;
    onChange: (v: number | undefined) => void;
    unit?: string;
    scale?: number;
    min?: number;
    max?: number;
  },
) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const scale = props.scale ?? 1;
  const shown =
    props.value === undefined ? '' : fmt.numberForInput(Math.round(props.value * scale * 1e6) / 1e6);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // When the stored value changes from outside (a restore, a reload), show it; while the user
  // types, `shown` follows their own input, so the text they typed ("52," ) is kept.
  const [lastShown, setLastShown] = useState(shown);
  if (shown !== lastShown) {
    setLastShown(shown);
    if (fmt.parseNumber(text) !== fmt.parseNumber(shown)) setText(shown);
  }
  function change(next: string) {
    setText(next);
    const n = fmt.parseNumber(next);
    const bad =
      (next.trim() !== '' && n === null) ||
      (n !== null &&
        ((props.min !== undefined && n < props.min) || (props.max !== undefined && n > props.max)));
    setInvalid(bad);
    if (!bad) props.onChange(n === null ? undefined : n / scale);
  }
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <div className="with-unit">
        <input
          id={id}
          inputMode="decimal"
          value={text}
          aria-invalid={invalid}
          aria-describedby={`${id}-hint ${id}-err`}
          onChange={(e) => change(e.target.value)}
        />
        {props.unit && <span className="unit">{props.unit}</span>}
      </div>
      {invalid && (
        <span className="field-error" id={`${id}-err`} role="alert">
          {t('web.field.invalidNumber', {
            min: props.min === undefined ? '' : fmt.number(props.min),
            max: props.max === undefined ? '' : fmt.number(props.max),
          })}
        </span>
      )}
      <Help hint={props.hint} why={props.why} id={id} />
    </div>
  );
}

/** Yes / no / "don't know" (the answer removed), and optionally "not applicable". */
export function YesNoField(
  props: Base & {
    value: boolean | undefined;
    onChange: (v: boolean | undefined) => void;
    notApplicable?: boolean | undefined;
    onNotApplicable?: ((on: boolean) => void) | undefined;
  },
) {
  const { t } = useTranslation();
  const id = useId();
  const current = props.notApplicable
    ? 'na'
    : props.value === undefined
      ? 'unknown'
      : props.value
        ? 'yes'
        : 'no';
  const options: [string, string][] = [
    ['yes', t('web.field.yes')],
    ['no', t('web.field.no')],
    ['unknown', t('web.field.unknown')],
  ];
  if (props.onNotApplicable) options.push(['na', t('web.field.notApplicable')]);
  return (
    <fieldset className="field choice" aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.label}</legend>
      <div className="segmented">
        {options.map(([value, label]) => (
          <label key={value} className={current === value ? 'checked' : ''}>
            <input
              type="radio"
              name={id}
              value={value}
              checked={current === value}
              onChange={() => {
                if (value === 'na') props.onNotApplicable?.(true);
                else {
                  if (props.notApplicable) props.onNotApplicable?.(false);
                  props.onChange(value === 'unknown' ? undefined : value === 'yes');
                }
              }}
            />
            {label}
          </label>
        ))}
      </div>
      <Help hint={props.hint} why={props.why} id={id} />
    </fieldset>
  );
}

/**
 * A few options side by side (radio buttons), for short answers such as yes / no / "weet ik niet".
 * Nothing is checked while the question is unanswered; "clear" takes an answer back.
 */
export function ChoiceField<T extends string>(
  props: Base & {
    value: T | undefined;
    options: { value: T; label: string }[];
    onChange: (v: T | undefined) => void;
  },
) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="field choice" aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.label}</legend>
      <div className="segmented">
        {props.options.map((o) => (
          <label key={o.value} className={props.value === o.value ? 'checked' : ''}>
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
        {props.value !== undefined && (
          <button type="button" className="link-button" onClick={() => props.onChange(undefined)}>
            {t('web.field.clear')}
          </button>
        )}
      </div>
      <Help hint={props.hint} why={props.why} id={id} />
    </fieldset>
  );
}

/**
 * Several options at once (check boxes). An option in `exclusive` ("none of these", "weet ik niet")
 * stands alone: ticking it clears the others, and ticking another clears it. No box ticked is
 * "not answered".
 */
export function CheckGroupField<T extends string>(
  props: Base & {
    value: T[] | undefined;
    options: { value: T; label: string }[];
    exclusive?: readonly string[];
    onChange: (v: T[] | undefined) => void;
  },
) {
  const id = useId();
  const chosen = new Set<string>(props.value ?? []);
  const exclusive = new Set(props.exclusive ?? []);
  function toggle(value: T, on: boolean) {
    let next: T[];
    if (!on) next = (props.value ?? []).filter((v) => v !== value);
    else if (exclusive.has(value)) next = [value];
    else next = [...(props.value ?? []).filter((v) => !exclusive.has(v)), value];
    // Kept in the options' order, so the saved document does not change with the order of clicks.
    const order = props.options.map((o) => o.value);
    next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    props.onChange(next.length ? next : undefined);
  }
  return (
    <fieldset className="field check-group" aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.label}</legend>
      <div className="check-options">
        {props.options.map((o) => (
          <label key={o.value} className={exclusive.has(o.value) ? 'inline-check exclusive' : 'inline-check'}>
            <input
              type="checkbox"
              value={o.value}
              checked={chosen.has(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {o.label}
          </label>
        ))}
      </div>
      <Help hint={props.hint} why={props.why} id={id} />
    </fieldset>
  );
}

export function SelectField<T extends string>(
  props: Base & {
    value: T | undefined;
    options: { value: T; label: string }[];
    onChange: (v: T | undefined) => void;
  },
) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : (e.target.value as T))}
      >
        <option value="">{t('web.field.unknown')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Help hint={props.hint} why={props.why} id={id} />
    </div>
  );
}

export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="field-group">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
