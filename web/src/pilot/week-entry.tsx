import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { nextWeek } from './baseline-editor.tsx';
import { DecimalInput, TextInput } from './pilot-fields.tsx';
import { usePilotFormat } from './pilot-format.ts';
import { useDeleteWeek, useSaveWeek } from './pilot-queries.ts';
import { type FieldErrors, fieldErrorsOf, type KpiDraft, type PilotView } from './pilot-types.ts';

type Ids = { orgId: string; useCaseId: string; pilotId: string };
type Measurement = PilotView['measurements'][number];

/**
 * The weeks of a running pilot, one card each: the KPI values, adoption (as a percentage), hours,
 * costs and a note. Made for a phone: the number pad opens, "12,5" and "12.5" both read as 12½.
 * Saving a week again replaces it.
 */
export function WeekEntry({ pilot, ids, kpis }: { pilot: PilotView; ids: Ids; kpis: KpiDraft[] }) {
  const planned = pilot.plan.weeks ?? 6;
  const measured = pilot.measurements.map((m) => m.week);
  const last = Math.max(planned, ...measured);
  const weeks = Array.from({ length: last }, (_, i) => i + 1);
  const validKpis = kpis.filter((k): k is KpiDraft & { id: string } => Boolean(k.id));
  return (
    <div className="pilot-weeks">
      {weeks.map((week) => (
        <WeekCard
          key={week}
          week={week}
          startDate={pilot.plan.startDate}
          kpis={validKpis}
          ids={ids}
          stored={pilot.measurements.find((m) => m.week === week)}
          isNext={week === Math.max(0, ...measured) + 1}
        />
      ))}
    </div>
  );
}

function WeekCard({
  week,
  startDate,
  kpis,
  ids,
  stored,
  isNext,
}: {
  week: number;
  startDate: string | undefined;
  kpis: (KpiDraft & { id: string })[];
  ids: Ids;
  stored: Measurement | undefined;
  isNext: boolean;
}) {
  const { t } = useTranslation();
  const f = usePilotFormat();
  const save = useSaveWeek(ids);
  const remove = useDeleteWeek(ids);
  const [isConfirmingRemove, setConfirmingRemove] = useState(false);
  const [values, setValues] = useState<Record<string, number | undefined>>(() => ({ ...stored?.values }));
  const [adoption, setAdoption] = useState(stored?.adoption);
  const [hoursSpent, setHours] = useState(stored?.hoursSpent);
  const [costsEur, setCosts] = useState(stored?.costsEur);
  const [note, setNote] = useState(stored?.note);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const headingId = `week-${week}`;
  // A stored week folds to one line; it opens to be changed (and stays open once saved here).
  const [isOpen, setOpen] = useState(!stored);
  const from = startDate ? nextWeek(startDate, week - 1) : null;

  async function submit() {
    setMessage(null);
    const clean = Object.fromEntries(
      Object.entries(values).filter((e): e is [string, number] => e[1] !== undefined),
    );
    try {
      await save.mutateAsync({
        week,
        values: clean,
        ...(adoption === undefined ? {} : { adoption }),
        ...(hoursSpent === undefined ? {} : { hoursSpent }),
        ...(costsEur === undefined ? {} : { costsEur }),
        ...(note ? { note } : {}),
      });
      setErrors({});
      setOpen(true);
      setMessage({ kind: 'ok', text: t('pilotWeb.week.saved', { week }) });
    } catch (e) {
      setErrors(e instanceof ApiError ? fieldErrorsOf(e.details) : {});
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }

  const summary = stored
    ? [
        ...kpis.flatMap((k) =>
          stored.values[k.id] === undefined
            ? []
            : [`${k.name ?? k.id} ${f.num(stored.values[k.id]!)} ${k.unit ?? ''}`.trim()],
        ),
        ...(stored.adoption === undefined
          ? []
          : [t('pilotWeb.week.adoptionShort', { share: f.pct(stored.adoption) })]),
      ].join(' · ')
    : '';

  return (
    <div className={`card pilot-week${stored ? ' is-stored' : ''}${isNext ? ' is-next' : ''}`}>
      <h3 id={headingId}>
        {t('pilotWeb.week.title', { week })}
        {from && <span className="muted"> · {t('pilotWeb.week.from', { date: f.day(from) })}</span>}
      </h3>
      {stored && !isOpen ? (
        <>
          <p className="pilot-week-summary">
            <span className="badge status-met">{t('pilotWeb.week.stored')}</span> {summary}
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => setOpen(true)}>
              {t('pilotWeb.week.edit', { week })}
            </button>
            {isConfirmingRemove ? (
              <span className="pilot-week-remove">
                <span>{t('pilotWeb.week.removeConfirm', { week })}</span>{' '}
                <button
                  type="button"
                  className="danger"
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate(week, {
                      onError: (e) => setMessage({ kind: 'error', text: e.message }),
                      onSettled: () => setConfirmingRemove(false),
                    })
                  }
                >
                  {t('pilotWeb.week.removeYes', { week })}
                </button>{' '}
                <button type="button" onClick={() => setConfirmingRemove(false)}>
                  {t('pilotWeb.week.removeNo')}
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirmingRemove(true)}>
                {t('pilotWeb.week.remove', { week })}
              </button>
            )}
          </div>
          {message?.kind === 'error' && (
            <p className="error" role="alert">
              {message.text}
            </p>
          )}
        </>
      ) : (
        <form
          aria-labelledby={headingId}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {stored && !message && <p className="muted pilot-week-state">{t('pilotWeb.week.stored')}</p>}
          <div className="pilot-grid">
            {kpis.map((k) => (
              <DecimalInput
                key={k.id}
                label={k.name ?? k.id}
                unit={k.unit}
                value={values[k.id]}
                error={errors[`values.${k.id}`] ?? errors[`body.values.${k.id}`]}
                onChange={(v) => setValues((old) => ({ ...old, [k.id]: v }))}
              />
            ))}
            <DecimalInput
              label={t('pilotWeb.week.adoption')}
              hint={t('pilotWeb.week.adoptionHint')}
              unit="%"
              scale={100}
              min={0}
              max={100}
              value={adoption}
              error={errors.adoption}
              onChange={setAdoption}
            />
            <DecimalInput
              label={t('pilotWeb.week.hoursSpent')}
              unit={t('pilotWeb.week.hoursUnit')}
              min={0}
              value={hoursSpent}
              error={errors.hoursSpent}
              onChange={setHours}
            />
            <DecimalInput
              label={t('pilotWeb.week.costsEur')}
              unit="€"
              min={0}
              value={costsEur}
              error={errors.costsEur}
              onChange={setCosts}
            />
          </div>
          <TextInput
            label={t('pilotWeb.week.note')}
            value={note}
            isMultiline
            error={errors.note}
            onChange={setNote}
          />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {stored ? t('pilotWeb.week.saveAgain', { week }) : t('pilotWeb.week.save', { week })}
            </button>
            {message && (
              <span
                className={message.kind === 'ok' ? 'ok' : 'error'}
                role={message.kind === 'ok' ? 'status' : 'alert'}
              >
                {message.text}
              </span>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
