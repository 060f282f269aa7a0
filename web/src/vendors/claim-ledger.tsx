import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_SOURCES, type ClaimSource, VENDOR_LIMITS } from '../../../src/core/vendors/vendor-types.ts';
import { useFormat } from '../format.ts';
import { useAddClaim, useClaims, usePilotKpis, useRemoveClaim, useUpdateClaim } from './vendor-queries.ts';
import type { ClaimView, UseCaseIds, VendorView } from './vendor-types.ts';

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * The claim ledger: every vendor claim verbatim with its source and date, linked to the pilot KPI that
 * can settle it; confirmed or refuted by the measured figure, unverified until then. A promise of
 * total automation or perfect accuracy comes back flagged, with the question to put to the vendor.
 */
export function ClaimLedger({
  ids,
  vendors,
  canManage,
}: {
  ids: UseCaseIds;
  vendors: VendorView[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const claims = useClaims(ids);
  const [lastAdded, setLastAdded] = useState<string | null>(null);
  return (
    <>
      <p className="hint">{t('vendorsWeb.claims.intro')}</p>
      {claims.isPending && <p>{t('web.common.loading')}</p>}
      {claims.isError && (
        <p className="error" role="alert">
          {claims.error.message}
        </p>
      )}
      {claims.data &&
        (claims.data.claims.length === 0 ? (
          <p className="muted">{t('vendorsWeb.claims.none')}</p>
        ) : (
          <ul className="vendor-claims">
            {claims.data.claims.map((c) => (
              <ClaimItem
                key={c.id}
                ids={ids}
                claim={c}
                vendors={vendors}
                canManage={canManage}
                isNew={c.id === lastAdded}
              />
            ))}
          </ul>
        ))}
      {canManage ? (
        <details className="vendor-details">
          <summary className="vendor-summary">{t('vendorsWeb.claims.addTitle')}</summary>
          <ClaimForm ids={ids} vendors={vendors} onAdded={(c) => setLastAdded(c.id)} />
        </details>
      ) : (
        <p className="notice">{t('vendorsWeb.onlyManagers')}</p>
      )}
    </>
  );
}

function ClaimItem({
  ids,
  claim,
  vendors,
  canManage,
  isNew,
}: {
  ids: UseCaseIds;
  claim: ClaimView;
  vendors: VendorView[];
  canManage: boolean;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const remove = useRemoveClaim(ids);
  const [isLinking, setLinking] = useState(false);
  const vendor = vendors.find((v) => v.id === claim.vendorId);
  return (
    <li className={`vendor-claim vendor-claim-${claim.status}`} data-claim-status={claim.status}>
      <q className="vendor-quote">{claim.text}</q>
      <p className="vendor-claim-meta">
        <span className={`badge vendor-claim-status-${claim.status}`}>
          {t(`vendors.claim.status.${claim.status}`)}
        </span>{' '}
        {[
          vendor?.name ?? t('vendorsWeb.claims.noVendor'),
          t(`vendors.claim.source.${claim.source}`),
          fmt.date(claim.date),
          claim.kpiId ? t('vendorsWeb.claims.kpi', { kpi: claim.kpiId }) : t('vendorsWeb.claims.noKpi'),
        ].join(' · ')}
      </p>
      {(claim.claimed !== undefined || claim.measured !== undefined) && (
        <p className="vendor-claim-figures">
          {claim.claimed !== undefined &&
            t('vendorsWeb.claims.claimed', { value: fmt.number(claim.claimed) })}
          {claim.claimed !== undefined && claim.measured !== undefined && ' · '}
          {claim.measured !== undefined &&
            t('vendorsWeb.claims.measured', { value: fmt.number(claim.measured) })}
        </p>
      )}
      {claim.flag && (
        <div className="vendor-flag" role={isNew ? 'alert' : undefined} data-flag={claim.flag.tag}>
          <strong>{t('vendorsWeb.claims.flagged')}</strong> {claim.flag.question}
        </div>
      )}
      {canManage && !isLinking && (
        <div className="vendor-actions">
          <button type="button" onClick={() => setLinking(true)}>
            {t('vendorsWeb.claims.link')}
          </button>
          <button
            type="button"
            className="link-button"
            disabled={remove.isPending}
            onClick={() => remove.mutate(claim.id)}
          >
            {t('vendorsWeb.claims.remove')}
          </button>
        </div>
      )}
      {isLinking && <LinkClaimForm ids={ids} claim={claim} onDone={() => setLinking(false)} />}
    </li>
  );
}

function ClaimForm({
  ids,
  vendors,
  onAdded,
}: {
  ids: UseCaseIds;
  vendors: VendorView[];
  onAdded: (claim: ClaimView) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const add = useAddClaim(ids);
  const [text, setText] = useState('');
  const [source, setSource] = useState<ClaimSource>('entered');
  const [date, setDate] = useState(todayIso);
  const [vendorId, setVendorId] = useState('');
  const [kpiId, setKpiId] = useState('');
  const [claimed, setClaimed] = useState('');
  const [isTried, setTried] = useState(false);
  const claimedValue = claimed.trim() === '' ? undefined : fmt.parseNumber(claimed);
  const isTextMissing = text.trim() === '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (isTextMissing || claimedValue === null || !date) return;
    const added = await add.mutateAsync({
      text: text.trim(),
      source,
      date,
      ...(vendorId ? { vendorId } : {}),
      ...(kpiId.trim() ? { kpiId: kpiId.trim() } : {}),
      ...(claimedValue !== undefined ? { claimed: claimedValue } : {}),
    });
    onAdded(added);
    setText('');
    setClaimed('');
    setTried(false);
  }

  return (
    <form className="vendor-claim-form" noValidate onSubmit={(e) => void submit(e).catch(() => undefined)}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('vendorsWeb.claims.text')}</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          maxLength={VENDOR_LIMITS.claimText}
          value={text}
          aria-invalid={(isTried && isTextMissing) || undefined}
          aria-describedby={`${id}-text-hint`}
          onChange={(e) => setText(e.target.value)}
        />
        <span className="hint" id={`${id}-text-hint`}>
          {t('vendorsWeb.claims.textHint')}
        </span>
        {isTried && isTextMissing && (
          <span className="field-error" role="alert">
            {t('vendorsWeb.claims.textMissing')}
          </span>
        )}
      </div>
      <div className="vendor-grid">
        <div className="field">
          <label htmlFor={`${id}-vendor`}>{t('vendorsWeb.claims.vendor')}</label>
          <select id={`${id}-vendor`} value={vendorId} onChange={(e) => setVendorId(e.target.value)}>
            <option value="">{t('vendorsWeb.claims.noVendor')}</option>
            {vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-source`}>{t('vendorsWeb.claims.source')}</label>
          <select
            id={`${id}-source`}
            value={source}
            onChange={(e) => setSource(e.target.value as ClaimSource)}
          >
            {CLAIM_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`vendors.claim.source.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('vendorsWeb.claims.date')}</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <KpiField ids={ids} value={kpiId} onChange={setKpiId} />
        <ClaimedField value={claimed} onChange={setClaimed} />
      </div>
      {add.isError && (
        <p className="error" role="alert">
          {add.error.message}
        </p>
      )}
      <button type="submit" className="primary" disabled={add.isPending}>
        {add.isPending ? t('web.common.busy') : t('vendorsWeb.claims.add')}
      </button>
    </form>
  );
}

/** The pilot KPI a claim is linked to: typed, with the newest pilot's KPIs offered. */
function KpiField({
  ids,
  value,
  onChange,
}: {
  ids: UseCaseIds;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const kpis = usePilotKpis(ids);
  const offered = kpis.data ?? [];
  return (
    <div className="field">
      <label htmlFor={`${id}-kpi`}>{t('vendorsWeb.claims.kpiLabel')}</label>
      <input
        id={`${id}-kpi`}
        list={`${id}-kpis`}
        maxLength={100}
        value={value}
        aria-describedby={`${id}-kpi-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={`${id}-kpis`}>
        {offered.map((k) => (
          <option key={k.id} value={k.id}>
            {k.name}
          </option>
        ))}
      </datalist>
      <span className="hint" id={`${id}-kpi-hint`}>
        {offered.length > 0
          ? t('vendorsWeb.claims.kpiHint', { kpis: offered.map((k) => `${k.id} (${k.name})`).join(', ') })
          : t('vendorsWeb.claims.kpiHintNone')}
      </span>
    </div>
  );
}

/** The figure a claim promises on its KPI, typed in the user's locale. */
function ClaimedField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const isBad = value.trim() !== '' && fmt.parseNumber(value) === null;
  return (
    <div className="field">
      <label htmlFor={`${id}-claimed`}>{t('vendorsWeb.claims.claimedLabel')}</label>
      <input
        id={`${id}-claimed`}
        inputMode="decimal"
        value={value}
        aria-invalid={isBad || undefined}
        aria-describedby={`${id}-claimed-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="hint" id={`${id}-claimed-hint`}>
        {t('vendorsWeb.claims.claimedHint')}
      </span>
      {isBad && (
        <span className="field-error" role="alert">
          {t('vendorsWeb.claims.claimedBad')}
        </span>
      )}
    </div>
  );
}

/**
 * Links a claim (one from a questionnaire, say, which comes without one) to the pilot KPI that can
 * settle it, with the figure it promises there.
 */
function LinkClaimForm({ ids, claim, onDone }: { ids: UseCaseIds; claim: ClaimView; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const update = useUpdateClaim(ids);
  const [kpiId, setKpiId] = useState(claim.kpiId ?? '');
  const [claimed, setClaimed] = useState(
    claim.claimed === undefined ? '' : fmt.numberForInput(claim.claimed),
  );
  const claimedValue = claimed.trim() === '' ? undefined : fmt.parseNumber(claimed);
  return (
    <form
      className="vendor-claim-link"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (claimedValue === null) return;
        update.mutate(
          {
            claimId: claim.id,
            body: {
              text: claim.text,
              source: claim.source,
              date: claim.date,
              ...(claim.vendorId ? { vendorId: claim.vendorId } : {}),
              ...(kpiId.trim() ? { kpiId: kpiId.trim() } : {}),
              ...(claimedValue !== undefined ? { claimed: claimedValue } : {}),
            },
          },
          { onSuccess: onDone },
        );
      }}
    >
      <div className="vendor-grid">
        <KpiField ids={ids} value={kpiId} onChange={setKpiId} />
        <ClaimedField value={claimed} onChange={setClaimed} />
      </div>
      {update.isError && (
        <p className="error" role="alert">
          {update.error.message}
        </p>
      )}
      <div className="vendor-actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? t('web.common.busy') : t('vendorsWeb.claims.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('vendorsWeb.common.cancel')}
        </button>
      </div>
    </form>
  );
}
