import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { ScrollTable } from '../components/scroll-table.tsx';
import { useFormat } from '../format.ts';
import { DecimalInput, TextInput } from './pilot-fields.tsx';
import { usePilotFormat } from './pilot-format.ts';
import { useSaveBaseline } from './pilot-queries.ts';
import { type FieldErrors, fieldErrorsOf, type KpiDraft, type PilotView } from './pilot-types.ts';

type Row = { key: number; period: string | undefined; values: Record<string, number | undefined> };
type Ids = { orgId: string; useCaseId: string; pilotId: string };

const DAY_MS = 86_400_000;
/** The day a week after `iso` (YYYY-MM-DD), counted in UTC so no time zone shifts it. */
export function nextWeek(iso: string, weeks = 1): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** "2026-10-05", "5-10-2026" or "05/10/2026" as YYYY-MM-DD; null when it is not a day. */
export function readDay(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? null : day;
}

/**
 * The baseline: one line per period (its first day and a value per KPI), measured before the start.
 * Quick to type: a new line is the week after the last one and takes the focus; lines can also be
 * pasted from a spreadsheet. Saved as a whole (PUT); the API's problems stand at their line.
 */
export function BaselineEditor({
  pilot,
  ids,
  kpis,
  onDirty,
}: {
  pilot: PilotView;
  ids: Ids;
  kpis: KpiDraft[];
  /** Told whether lines wait to be saved (the start waits for them). */
  onDirty?: (isDirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveBaseline(ids);
  const nextKey = useRef(pilot.baseline.length);
  const [rows, setRows] = useState<Row[]>(() =>
    pilot.baseline.map((p, i) => ({ key: i, period: p.period, values: { ...p.values } })),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const validKpis = kpis.filter((k): k is KpiDraft & { id: string } => Boolean(k.id));
  const isDirty =
    JSON.stringify(rows.map((r) => ({ period: r.period, values: clean(r.values) }))) !==
    JSON.stringify(pilot.baseline.map((p) => ({ period: p.period, values: clean(p.values) })));

  useEffect(() => onDirty?.(isDirty), [isDirty, onDirty]);
  // Lines typed but not saved: the browser asks before the tab closes.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  function firstDay(): string {
    const last = rows.at(-1)?.period;
    if (last) return nextWeek(last);
    const from = pilot.plan.baselineWindow?.from;
    if (from) return from;
    const start = pilot.plan.startDate ?? new Date().toISOString().slice(0, 10);
    return nextWeek(start, -8);
  }

  function addRow(values: Row['values'] = {}, period = firstDay()) {
    const key = nextKey.current++;
    setRows((r) => [...r, { key, period, values }]);
    setFocusRow(key);
    setMessage(null);
  }

  function change(key: number, patch: Partial<Row>) {
    setRows((r) => r.map((row) => (row.key === key ? { ...row, ...patch } : row)));
    setMessage(null);
  }

  async function submit() {
    setMessage(null);
    try {
      const periods = rows
        .filter((r) => r.period)
        .map((r) => ({ period: r.period!, values: clean(r.values) }));
      await save.mutateAsync({ periods });
      setErrors({});
      setMessage({ kind: 'ok', text: t('pilotWeb.baseline.saved', { count: periods.length }) });
    } catch (e) {
      setErrors(e instanceof ApiError ? fieldErrorsOf(e.details) : {});
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <div className="pilot-baseline">
      <ScrollTable label={t('pilotWeb.baseline.tableLabel')}>
        <table className="table pilot-baseline-table">
          <thead>
            <tr>
              <th scope="col">{t('pilotWeb.baseline.period')}</th>
              {validKpis.map((k) => (
                <th scope="col" key={k.id}>
                  {k.name ?? k.id}
                  {k.unit ? <span className="muted"> ({k.unit})</span> : null}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('pilotWeb.baseline.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.key}>
                <td>
                  <TextInput
                    type="date"
                    label={t('pilotWeb.baseline.periodOf', { n: i + 1 })}
                    isLabelHidden
                    value={row.period}
                    error={errors[`periods.${i}.period`] ?? errors[`periods.${i}`]}
                    onChange={(period) => change(row.key, { period })}
                  />
                </td>
                {validKpis.map((k, j) => (
                  <td key={k.id}>
                    <AutoFocus isOn={focusRow === row.key && j === 0} onDone={() => setFocusRow(null)}>
                      <DecimalInput
                        label={t('pilotWeb.baseline.valueOf', { kpi: k.name ?? k.id, n: i + 1 })}
                        isLabelHidden
                        value={row.values[k.id]}
                        error={errors[`periods.${i}.values.${k.id}`]}
                        onChange={(v) => change(row.key, { values: { ...row.values, [k.id]: v } })}
                        onEnter={
                          i === rows.length - 1 && j === validKpis.length - 1 ? () => addRow() : undefined
                        }
                      />
                    </AutoFocus>
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="link-inline"
                    aria-label={t('pilotWeb.baseline.removeRow', { n: i + 1 })}
                    onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {rows.length === 0 && <p className="empty">{t('pilotWeb.baseline.none')}</p>}
      {errors.periods && <p className="field-error">{errors.periods}</p>}
      <div className="form-actions">
        <button type="button" onClick={() => addRow()}>
          {t('pilotWeb.baseline.addRow')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={save.isPending || !isDirty}
          onClick={() => void submit()}
        >
          {t('pilotWeb.baseline.save')}
        </button>
        {isDirty && <span className="muted">{t('pilotWeb.baseline.unsaved')}</span>}
      </div>
      {message && (
        <p
          className={message.kind === 'ok' ? 'ok' : 'error'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
      <PasteRows
        kpis={validKpis}
        onRows={(pasted) => {
          setRows((r) => [
            ...r,
            ...pasted.map((p) => ({ key: nextKey.current++, period: p.period, values: p.values })),
          ]);
          setMessage(null);
        }}
      />
    </div>
  );
}

/** Values without the empty ones: what the API stores. */
function clean(values: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(values)
      .filter((e): e is [string, number] => e[1] !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Focuses the first input inside once, when `isOn`: the new line's first value, ready to type. */
function AutoFocus({
  isOn,
  onDone,
  children,
}: {
  isOn: boolean;
  onDone: () => void;
  children: React.ReactNode;
}) {
  return (
    <div
      ref={(el) => {
        if (isOn && el) {
          el.querySelector('input')?.focus();
          onDone();
        }
      }}
    >
      {children}
    </div>
  );
}

/** Lines copied from a spreadsheet: a day, then a value per KPI in the order of the table. */
function PasteRows({
  kpis,
  onRows,
}: {
  kpis: (KpiDraft & { id: string })[];
  onRows: (rows: { period: string; values: Record<string, number | undefined> }[]) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  function add() {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const rows: { period: string; values: Record<string, number | undefined> }[] = [];
    for (const [n, line] of lines.entries()) {
      const cells = line.split(/\t|;|\s{2,}|\s(?=\S)/).map((c) => c.trim());
      const period = readDay(cells[0] ?? '');
      if (!period) {
        setProblem(t('pilotWeb.baseline.pasteBadDay', { line: n + 1, text: cells[0] ?? '' }));
        return;
      }
      const values: Record<string, number | undefined> = {};
      for (const [j, k] of kpis.entries()) {
        const cell = cells[j + 1];
        if (cell === undefined || cell === '') continue;
        const v = fmt.parseNumber(cell);
        if (v === null) {
          setProblem(t('pilotWeb.baseline.pasteBadValue', { line: n + 1, text: cell, kpi: k.name ?? k.id }));
          return;
        }
        values[k.id] = v;
      }
      rows.push({ period, values });
    }
    setProblem(null);
    setText('');
    onRows(rows);
  }
  return (
    <details className="pilot-paste">
      <summary>{t('pilotWeb.baseline.paste')}</summary>
      <p className="hint" id={`${id}-hint`}>
        {t('pilotWeb.baseline.pasteHint', { kpis: kpis.map((k) => k.name ?? k.id).join(', ') })}
      </p>
      <label htmlFor={id} className="visually-hidden">
        {t('pilotWeb.baseline.paste')}
      </label>
      <textarea
        id={id}
        rows={4}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" onClick={add} disabled={text.trim() === ''}>
        {t('pilotWeb.baseline.pasteAdd')}
      </button>
    </details>
  );
}

/** The frozen baseline of a started pilot, as a table. */
export function BaselineTable({ pilot, kpis }: { pilot: PilotView; kpis: KpiDraft[] }) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  const periods = pilot.frozenBaseline ?? pilot.baseline;
  const validKpis = kpis.filter((k): k is KpiDraft & { id: string } => Boolean(k.id));
  return (
    <ScrollTable label={t('pilotWeb.baseline.tableLabel')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('pilotWeb.baseline.period')}</th>
            {validKpis.map((k) => (
              <th scope="col" key={k.id}>
                {k.name ?? k.id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.period}>
              <td>{f.day(p.period)}</td>
              {validKpis.map((k) => (
                <td key={k.id} className="num">
                  {p.values[k.id] === undefined ? '–' : f.num(p.values[k.id]!)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
