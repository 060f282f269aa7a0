import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';

type Base = {
  label: string;
  /** A problem from the API (a 400's detail, or what keeps the pilot from starting), shown under the field. */
  error?: string | undefined;
  hint?: string | undefined;
  /** Label only for screen readers (a grid whose column heads say it). */
  isLabelHidden?: boolean;
  className?: string;
};

function Field({
  id,
  base,
  children,
  localError,
}: {
  id: string;
  base: Base;
  children: ReactNode;
  localError?: string | null;
}) {
  const error = localError ?? base.error;
  return (
    <div className={`field pilot-field ${base.className ?? ''}`}>
      <label htmlFor={id} className={base.isLabelHidden ? 'visually-hidden' : undefined}>
        {base.label}
      </label>
      {children}
      {base.hint && (
        <span className="hint" id={`${id}-hint`}>
          {base.hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-err`}>
          {error}
        </span>
      )}
    </div>
  );
}

const describedBy = (id: string, base: Base, hasLocal = false) =>
  [base.hint ? `${id}-hint` : '', base.error || hasLocal ? `${id}-err` : ''].filter(Boolean).join(' ') ||
  undefined;

/**
 * A number typed as people type it: "12,5" in Dutch (a point too), `inputmode="decimal"` for the
 * phone's number pad. `scale` shows a share as a percentage: 30 typed is 0.3 stored (scale 100).
 * What cannot be read as a number is said under the field and not passed on.
 */
export function DecimalInput(
  props: Base & {
    value: number | undefined;
    onChange: (v: number | undefined) => void;
    unit?: string | undefined;
    scale?: number;
    min?: number;
    max?: number;
    /** Enter pressed in the field (a grid adds its next line). */
    onEnter?: () => void;
  },
) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const scale = props.scale ?? 1;
  const shown =
    props.value === undefined ? '' : fmt.numberForInput(Math.round(props.value * scale * 1e9) / 1e9);
  const [text, setText] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  const [isInvalid, setInvalid] = useState(false);
  // A phone's decimal pad may offer only the point: in Dutch "12.5" without a comma is 12,5.
  const read = (input: string): number | null =>
    fmt.parseNumber(
      fmt.numberForInput(0.5).includes(',') && !input.includes(',') && input.split('.').length === 2
        ? input.replace('.', ',')
        : input,
    );
  if (shown !== lastShown) {
    setLastShown(shown);
    if (read(text) !== read(shown)) setText(shown);
  }
  function change(next: string) {
    setText(next);
    const n = read(next);
    const bad =
      (next.trim() !== '' && n === null) ||
      (n !== null &&
        ((props.min !== undefined && n < props.min) || (props.max !== undefined && n > props.max)));
    setInvalid(bad);
    if (!bad) props.onChange(n === null ? undefined : Math.round((n / scale) * 1e12) / 1e12);
  }
  const range =
    props.min !== undefined && props.max !== undefined
      ? t('pilotWeb.field.range', { min: fmt.number(props.min), max: fmt.number(props.max) })
      : props.min !== undefined
        ? t('pilotWeb.field.atLeast', { min: fmt.number(props.min) })
        : props.max !== undefined
          ? t('pilotWeb.field.atMost', { max: fmt.number(props.max) })
          : '';
  const localError = isInvalid ? t('pilotWeb.field.invalidNumber', { range }) : null;
  return (
    <Field id={id} base={props} localError={localError}>
      <div className="with-unit">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={isInvalid || Boolean(props.error)}
          aria-describedby={describedBy(id, props, isInvalid)}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && props.onEnter) {
              e.preventDefault();
              props.onEnter();
            }
          }}
        />
        {props.unit && <span className="unit">{props.unit}</span>}
      </div>
    </Field>
  );
}

export function TextInput(
  props: Base & {
    value: string | undefined;
    onChange: (v: string | undefined) => void;
    isMultiline?: boolean;
    type?: 'text' | 'date';
  },
) {
  const id = useId();
  const common = {
    id,
    value: props.value ?? '',
    'aria-invalid': Boolean(props.error),
    'aria-describedby': describedBy(id, props),
    onChange: (e: { target: { value: string } }) =>
      props.onChange(e.target.value === '' ? undefined : e.target.value),
  };
  return (
    <Field id={id} base={props}>
      {props.isMultiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type={props.type ?? 'text'} />
      )}
    </Field>
  );
}

export function SelectInput<T extends string>(
  props: Base & {
    value: T | undefined;
    options: { value: T; label: string }[];
    onChange: (v: T | undefined) => void;
    emptyLabel?: string;
  },
) {
  const id = useId();
  return (
    <Field id={id} base={props}>
      <select
        id={id}
        value={props.value ?? ''}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : (e.target.value as T))}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
