import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SECONDARY_KPIS } from '../../../src/core/pilot/pilot-constants.ts';
import { SaveState } from '../components/save-state.tsx';
import { DecimalInput, SelectInput, TextInput } from './pilot-fields.tsx';
import type { FieldErrors, KpiDraft, PilotPlanDraft, RuleDraft } from './pilot-types.ts';
import type { usePlanDraft } from './use-plan-draft.ts';

type Draft = ReturnType<typeof usePlanDraft>;
type RuleGroup = 'mustMeet' | 'shouldMeet';

/** A KPI id that is not taken yet: `kpi-2`, `kpi-3`, … (ids only tie values to a KPI; the name is shown). */
function freeKpiId(plan: PilotPlanDraft): string {
  const taken = new Set([plan.primaryKpi?.id, ...(plan.secondaryKpis ?? []).map((k) => k.id)]);
  let n = 2;
  while (taken.has(`kpi-${n}`)) n++;
  return `kpi-${n}`;
}

/**
 * The pilot's plan: process, dates, KPIs, baseline window, human review, rules and economics. While
 * the pilot is planned it saves as you type; a problem (from the API, or what the start needs) stands
 * under its field. Once started, changes wait for a reason and are recorded as an amendment.
 */
export function PlanEditor({
  draft,
  readiness,
  status,
}: {
  draft: Draft;
  readiness: FieldErrors;
  status: 'planned' | 'running' | 'decided';
}) {
  const { t } = useTranslation();
  const plan = draft.draft;
  const errorAt = (path: string) => draft.errors[path] ?? readiness[path];
  const set = (patch: Partial<PilotPlanDraft>) => draft.update({ ...plan, ...patch });
  const kpis = [plan.primaryKpi, ...(plan.secondaryKpis ?? [])].filter((k): k is KpiDraft => Boolean(k));
  const isLocked = status === 'decided';

  return (
    <fieldset className="pilot-plan" disabled={isLocked}>
      <legend className="visually-hidden">{t('pilotWeb.plan.title')}</legend>
      <div className="pilot-grid">
        <TextInput
          label={t('pilotWeb.plan.process')}
          hint={t('pilotWeb.plan.processHint')}
          value={plan.process}
          error={errorAt('plan.process')}
          onChange={(process) => set({ process })}
          className="wide"
        />
        <TextInput
          type="date"
          label={t('pilotWeb.plan.startDate')}
          value={plan.startDate}
          error={errorAt('plan.startDate')}
          onChange={(startDate) => set({ startDate })}
        />
        <DecimalInput
          label={t('pilotWeb.plan.weeks')}
          hint={t('pilotWeb.plan.weeksHint')}
          value={plan.weeks}
          min={1}
          max={52}
          error={errorAt('plan.weeks')}
          onChange={(weeks) => set({ weeks })}
        />
        <TextInput
          type="date"
          label={t('pilotWeb.plan.baselineFrom')}
          value={plan.baselineWindow?.from}
          error={errorAt('plan.baselineWindow.from') ?? errorAt('plan.baselineWindow')}
          onChange={(from) => set({ baselineWindow: { ...plan.baselineWindow, from } })}
        />
        <TextInput
          type="date"
          label={t('pilotWeb.plan.baselineTo')}
          hint={t('pilotWeb.plan.baselineWindowHint')}
          value={plan.baselineWindow?.to}
          error={errorAt('plan.baselineWindow.to')}
          onChange={(to) => set({ baselineWindow: { ...plan.baselineWindow, to } })}
        />
        <DecimalInput
          label={t('pilotWeb.plan.humanReviewShare')}
          hint={t('pilotWeb.plan.humanReviewShareHint')}
          value={plan.humanReviewShare}
          scale={100}
          unit="%"
          min={0}
          max={100}
          error={errorAt('plan.humanReviewShare')}
          onChange={(humanReviewShare) => set({ humanReviewShare })}
        />
        <TextInput
          label={t('pilotWeb.plan.reviewRhythm')}
          hint={t('pilotWeb.plan.reviewRhythmHint')}
          value={plan.reviewRhythm}
          error={errorAt('plan.reviewRhythm')}
          onChange={(reviewRhythm) => set({ reviewRhythm })}
        />
      </div>

      <h3>{t('pilotWeb.plan.kpis')}</h3>
      <p className="hint">{t('pilotWeb.plan.kpisHint')}</p>
      <KpiEditor
        legend={t('pilotWeb.plan.primaryKpi')}
        kpi={plan.primaryKpi ?? {}}
        path="plan.primaryKpi"
        errorAt={errorAt}
        onChange={(primaryKpi) => set({ primaryKpi })}
      />
      {(plan.secondaryKpis ?? []).map((kpi, i) => (
        <KpiEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: a KPI's position is its identity while it is edited
          key={i}
          legend={t('pilotWeb.plan.secondaryKpi', { n: i + 1 })}
          kpi={kpi}
          path={`plan.secondaryKpis.${i}`}
          errorAt={errorAt}
          onChange={(next) =>
            set({ secondaryKpis: (plan.secondaryKpis ?? []).map((k, j) => (j === i ? next : k)) })
          }
          onRemove={() => set({ secondaryKpis: (plan.secondaryKpis ?? []).filter((_, j) => j !== i) })}
        />
      ))}
      {(plan.secondaryKpis ?? []).length < MAX_SECONDARY_KPIS && (
        <button
          type="button"
          onClick={() =>
            set({
              secondaryKpis: [...(plan.secondaryKpis ?? []), { id: freeKpiId(plan), better: 'down' }],
            })
          }
        >
          {t('pilotWeb.plan.addKpi')}
        </button>
      )}

      <h3>{t('pilotWeb.plan.rules')}</h3>
      <p className="hint">{t('pilotWeb.plan.rulesHint')}</p>
      {(['mustMeet', 'shouldMeet'] as const).map((group) => (
        <RuleList
          key={group}
          group={group}
          rules={plan.rules?.[group] ?? []}
          kpis={kpis}
          errorAt={errorAt}
          onChange={(rules) => set({ rules: { ...plan.rules, [group]: rules } })}
        />
      ))}

      <h3>{t('pilotWeb.plan.economics')}</h3>
      <p className="hint">{t('pilotWeb.plan.economicsHint')}</p>
      <div className="pilot-grid">
        <DecimalInput
          label={t('pilotWeb.plan.volumePerWeek')}
          value={plan.economics?.volumePerWeek}
          min={0}
          error={errorAt('plan.economics.volumePerWeek')}
          onChange={(volumePerWeek) => set({ economics: { ...plan.economics, volumePerWeek } })}
        />
        <DecimalInput
          label={t('pilotWeb.plan.hourlyCost')}
          value={plan.economics?.hourlyCost}
          unit="€"
          min={0}
          error={errorAt('plan.economics.hourlyCost')}
          onChange={(hourlyCost) => set({ economics: { ...plan.economics, hourlyCost } })}
        />
        <DecimalInput
          label={t('pilotWeb.plan.weeksPerYear')}
          hint={t('pilotWeb.plan.weeksPerYearHint')}
          value={plan.economics?.weeksPerYear}
          min={1}
          max={53}
          error={errorAt('plan.economics.weeksPerYear')}
          onChange={(weeksPerYear) => set({ economics: { ...plan.economics, weeksPerYear } })}
        />
      </div>

      {status === 'planned' ? (
        <p className="pilot-save-state">
          <SaveState state={draft.state} error={draft.error} />
        </p>
      ) : (
        !isLocked && <AmendmentForm draft={draft} />
      )}
    </fieldset>
  );
}

function KpiEditor({
  legend,
  kpi,
  path,
  errorAt,
  onChange,
  onRemove,
}: {
  legend: string;
  kpi: KpiDraft;
  path: string;
  errorAt: (path: string) => string | undefined;
  onChange: (kpi: KpiDraft) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<KpiDraft>) => onChange({ ...kpi, ...patch });
  return (
    <fieldset className="pilot-kpi">
      <legend>
        {legend}
        {kpi.name ? `: ${kpi.name}` : ''}
      </legend>
      <div className="pilot-grid">
        <TextInput
          label={t('pilotWeb.kpi.name')}
          value={kpi.name}
          error={errorAt(`${path}.name`) ?? errorAt(`${path}.id`)}
          onChange={(name) => set({ name })}
        />
        <TextInput
          label={t('pilotWeb.kpi.unit')}
          hint={t('pilotWeb.kpi.unitHint')}
          value={kpi.unit}
          error={errorAt(`${path}.unit`)}
          onChange={(unit) => set({ unit })}
        />
        <SelectInput
          label={t('pilotWeb.kpi.better')}
          value={kpi.better}
          options={[
            { value: 'down', label: t('pilot.better.down') },
            { value: 'up', label: t('pilot.better.up') },
          ]}
          emptyLabel={t('pilotWeb.field.choose')}
          error={errorAt(`${path}.better`)}
          onChange={(better) => set({ better })}
        />
        <DecimalInput
          label={t('pilotWeb.kpi.smallestEffect')}
          hint={t('pilotWeb.kpi.smallestEffectHint')}
          value={kpi.smallestEffect}
          unit={kpi.unit}
          error={errorAt(`${path}.smallestEffect`)}
          onChange={(smallestEffect) => set({ smallestEffect })}
        />
        <TextInput
          label={t('pilotWeb.kpi.howMeasured')}
          value={kpi.howMeasured}
          error={errorAt(`${path}.howMeasured`)}
          onChange={(howMeasured) => set({ howMeasured })}
          className="wide"
        />
        <SelectInput
          label={t('pilotWeb.kpi.valuedAs')}
          hint={t('pilotWeb.kpi.valuedAsHint')}
          value={kpi.valuedAs}
          options={(['minutes-per-item', 'hours-per-item', 'hours-per-week'] as const).map((v) => ({
            value: v,
            label: t(`pilotWeb.kpi.valuedAsOption.${v}`),
          }))}
          emptyLabel={t('pilotWeb.kpi.valuedAsNone')}
          error={errorAt(`${path}.valuedAs`)}
          onChange={(valuedAs) => set({ valuedAs })}
        />
      </div>
      {onRemove && (
        <button type="button" className="link-inline" onClick={onRemove}>
          {t('pilotWeb.plan.removeKpi', { name: kpi.name ?? '' })}
        </button>
      )}
    </fieldset>
  );
}

function RuleList({
  group,
  rules,
  kpis,
  errorAt,
  onChange,
}: {
  group: RuleGroup;
  rules: RuleDraft[];
  kpis: KpiDraft[];
  errorAt: (path: string) => string | undefined;
  onChange: (rules: RuleDraft[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="pilot-rules" aria-labelledby={`rules-${group}`}>
      <h4 id={`rules-${group}`}>{t(`pilotWeb.plan.group.${group}`)}</h4>
      <p className="hint">{t(`pilotWeb.plan.groupHint.${group}`)}</p>
      {rules.map((rule, i) => (
        <RuleEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: a rule's position is its identity while it is edited
          key={i}
          legend={t('pilotWeb.rule.legend', { group: t(`pilot.group.${group}`), n: i + 1 })}
          rule={rule}
          kpis={kpis}
          path={`plan.rules.${group}.${i}`}
          errorAt={errorAt}
          onChange={(next) => onChange(rules.map((r, j) => (j === i ? next : r)))}
          onRemove={() => onChange(rules.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        onClick={() => onChange([...rules, { kpi: kpis[0]?.id, test: 'improvesBy' } as RuleDraft])}
      >
        {t(`pilotWeb.plan.addRule.${group}`)}
      </button>
    </section>
  );
}

function RuleEditor({
  legend,
  rule,
  kpis,
  path,
  errorAt,
  onChange,
  onRemove,
}: {
  legend: string;
  rule: RuleDraft;
  kpis: KpiDraft[];
  path: string;
  errorAt: (path: string) => string | undefined;
  onChange: (rule: RuleDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<RuleDraft>) => onChange({ ...rule, ...patch });
  const kpi = kpis.find((k) => k.id === rule.kpi);
  const isShare = rule.test !== 'reaches' || rule.kpi === 'adoption';
  return (
    <fieldset className="pilot-rule">
      <legend>{legend}</legend>
      <TextInput
        label={t('pilotWeb.rule.text')}
        hint={t('pilotWeb.rule.textHint')}
        value={rule.text}
        isMultiline
        error={errorAt(`${path}.text`)}
        onChange={(text) => set({ text })}
      />
      <div className="pilot-grid">
        <SelectInput
          label={t('pilotWeb.rule.kpi')}
          value={rule.kpi}
          options={[
            ...kpis.filter((k) => k.id).map((k) => ({ value: k.id!, label: k.name ?? k.id! })),
            { value: 'adoption', label: t('pilotWeb.rule.adoption') },
          ]}
          emptyLabel={t('pilotWeb.field.choose')}
          error={errorAt(`${path}.kpi`)}
          onChange={(next) =>
            set({ kpi: next, ...(next === 'adoption' ? { test: 'reaches' as const } : {}) })
          }
        />
        <SelectInput
          label={t('pilotWeb.rule.test')}
          value={rule.test}
          options={(['improvesBy', 'notWorse', 'reaches'] as const)
            .filter((v) => rule.kpi !== 'adoption' || v === 'reaches')
            .map((v) => ({ value: v, label: t(`pilotWeb.rule.testOption.${v}`) }))}
          emptyLabel={t('pilotWeb.field.choose')}
          error={errorAt(`${path}.test`)}
          onChange={(test) => set({ test })}
        />
        <DecimalInput
          label={t(`pilotWeb.rule.value.${rule.test ?? 'improvesBy'}`)}
          value={rule.value}
          scale={isShare ? 100 : 1}
          unit={isShare ? '%' : kpi?.unit}
          error={errorAt(`${path}.value`)}
          onChange={(value) => set({ value })}
        />
      </div>
      <button type="button" className="link-inline" onClick={onRemove}>
        {t('pilotWeb.rule.remove')}
      </button>
    </fieldset>
  );
}

/** A started pilot's plan changes only with a reason; it is then listed with its date. */
function AmendmentForm({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [what, setWhat] = useState('');
  if (!draft.isDirty && draft.state !== 'saved') {
    return <p className="hint">{t('pilotWeb.amend.howTo')}</p>;
  }
  if (!draft.isDirty) {
    return (
      <p className="ok" role="status">
        {t('pilotWeb.amend.saved')}
      </p>
    );
  }
  return (
    <form
      className="pilot-amend"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void draft.amend({ reason, what }).then((ok) => {
          if (ok) {
            setReason('');
            setWhat('');
          }
        });
      }}
    >
      <h3 id={`${id}-h`}>{t('pilotWeb.amend.title')}</h3>
      <p className="hint">{t('pilotWeb.amend.intro')}</p>
      <TextInput
        label={t('pilotWeb.amend.reason')}
        value={reason}
        isMultiline
        error={draft.errors['amendment.reason']}
        onChange={(v) => setReason(v ?? '')}
      />
      <TextInput
        label={t('pilotWeb.amend.what')}
        hint={t('pilotWeb.amend.whatHint')}
        value={what}
        onChange={(v) => setWhat(v ?? '')}
      />
      {draft.state === 'error' && (
        <p className="error" role="alert">
          {draft.error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={reason.trim() === '' || draft.state === 'saving'}>
          {t('pilotWeb.amend.save')}
        </button>
        <button type="button" onClick={draft.discard}>
          {t('pilotWeb.amend.discard')}
        </button>
      </div>
    </form>
  );
}
