import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwitchingInput, VendorAnswers } from '../../../src/core/vendors/vendor-types.ts';
import { apiHref } from '../api.ts';
import { CopyButton } from '../components/copy-button.tsx';
import { NumberField } from '../components/fields.tsx';
import { useFormat } from '../format.ts';
import { useSession } from '../session.ts';
import { QuestionnaireForm } from './questionnaire-form.tsx';
import {
  uploadEvidence,
  useMakeLink,
  useRemoveVendor,
  useRevokeLink,
  useUpdateVendor,
} from './vendor-queries.ts';
import type { UseCaseIds, VendorLinkView, VendorView } from './vendor-types.ts';

/** Days a new questionnaire link stays open unless the owner says otherwise (the API allows 1–60). */
const LINK_DAYS = 14;

/**
 * One candidate vendor: its state, its questionnaire link, the switching estimate, the choice, and the
 * questionnaire as the owner fills it in. Members see the same without the controls.
 */
export function VendorCard({
  ids,
  vendor,
  personalData,
  canManage,
}: {
  ids: UseCaseIds;
  vendor: VendorView;
  personalData: boolean | null;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const headingId = useId();
  const update = useUpdateVendor(ids, vendor.id);
  const remove = useRemoveVendor(ids, vendor.id);
  const [isConfirmingRemove, setConfirmingRemove] = useState(false);
  return (
    <li className={`vendor-card${vendor.chosen ? ' is-chosen' : ''}`} data-vendor={vendor.name}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{vendor.name}</h3>
        <p className="vendor-rank-meta">
          {vendor.chosen && <span className="badge vendor-chosen">{t('vendorsWeb.vendor.chosen')}</span>}{' '}
          <span className="vendor-state">
            {vendor.submittedAt
              ? t(`vendorsWeb.vendor.submitted.${vendor.answeredBy ?? 'vendor'}`, {
                  date: fmt.date(vendor.submittedAt),
                })
              : t('vendorsWeb.vendor.draft')}
          </span>
          {vendor.website && (
            <>
              {' · '}
              <a href={vendor.website} rel="noreferrer noopener" target="_blank">
                {vendor.website}
              </a>
            </>
          )}
        </p>
        <LinkPanel ids={ids} vendor={vendor} canManage={canManage} />
        {canManage && (
          <div className="vendor-actions">
            {vendor.chosen ? (
              <button
                type="button"
                disabled={update.isPending}
                onClick={() => update.mutate({ chosen: false })}
              >
                {t('vendorsWeb.vendor.unchoose')}
              </button>
            ) : (
              <button
                type="button"
                disabled={update.isPending}
                onClick={() => update.mutate({ chosen: true })}
              >
                {t('vendorsWeb.vendor.choose')}
              </button>
            )}
            {!isConfirmingRemove && (
              <button type="button" onClick={() => setConfirmingRemove(true)}>
                {t('vendorsWeb.vendor.remove')}
              </button>
            )}
          </div>
        )}
        {update.isError && (
          <p className="error" role="alert">
            {update.error.message}
          </p>
        )}
        {isConfirmingRemove && (
          <div className="survey-confirm">
            <p>{t('vendorsWeb.vendor.removeConfirm', { name: vendor.name })}</p>
            <button
              type="button"
              className="danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {t('vendorsWeb.vendor.removeYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmingRemove(false)}>
              {t('vendorsWeb.common.cancel')}
            </button>
            {remove.isError && (
              <p className="error" role="alert">
                {remove.error.message}
              </p>
            )}
          </div>
        )}
        <details className="vendor-details">
          <summary className="vendor-summary">{t('vendorsWeb.switching.title')}</summary>
          <SwitchingForm ids={ids} vendor={vendor} canManage={canManage} />
        </details>
        <details className="vendor-details">
          <summary className="vendor-summary">
            {canManage ? t('vendorsWeb.vendor.fillIn') : t('vendorsWeb.vendor.answers')}
          </summary>
          <OwnerQuestionnaire ids={ids} vendor={vendor} personalData={personalData} canManage={canManage} />
        </details>
      </article>
    </li>
  );
}

/**
 * The vendor's questionnaire link. Its address is shown once, when it is made (only a digest is
 * stored); later the page shows until when it is open, and a new link replaces it.
 */
function LinkPanel({ ids, vendor, canManage }: { ids: UseCaseIds; vendor: VendorView; canManage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const make = useMakeLink(ids, vendor.id);
  const revoke = useRevokeLink(ids, vendor.id);
  const [made, setMade] = useState<VendorLinkView | null>(null);
  const [isConfirmingRevoke, setConfirmingRevoke] = useState(false);
  const url = made ? `${window.location.origin}${made.path}` : null;
  const link = vendor.link;
  return (
    <div className="vendor-link" data-link={link ? (link.isExpired ? 'expired' : 'open') : 'none'}>
      {url && made && (
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('vendorsWeb.link.url', { name: vendor.name })}</label>
          <div className="survey-copy-row">
            <input id={`${id}-url`} readOnly value={url} onFocus={(e) => e.target.select()} />
            <CopyButton text={url} label={t('vendorsWeb.link.copy')} />
          </div>
          <span className="hint">{t('vendorsWeb.link.onlyNow')}</span>
        </div>
      )}
      <p className="vendor-link-state">
        {!link
          ? t('vendorsWeb.link.none')
          : link.isExpired
            ? t('vendorsWeb.link.expired', { date: fmt.dateTime(link.expiresAt) })
            : t('vendorsWeb.link.openUntil', { date: fmt.dateTime(link.expiresAt) })}
      </p>
      {canManage && (
        <div className="vendor-actions">
          <button
            type="button"
            disabled={make.isPending}
            onClick={() => make.mutate(LINK_DAYS, { onSuccess: (l) => setMade(l) })}
          >
            {link
              ? t('vendorsWeb.link.remake', { days: LINK_DAYS })
              : t('vendorsWeb.link.make', { days: LINK_DAYS })}
          </button>
          {link && !isConfirmingRevoke && (
            <button type="button" onClick={() => setConfirmingRevoke(true)}>
              {t('vendorsWeb.link.revoke')}
            </button>
          )}
        </div>
      )}
      {isConfirmingRevoke && (
        <div className="survey-confirm">
          <p>{t('vendorsWeb.link.revokeConfirm')}</p>
          <button
            type="button"
            className="danger"
            disabled={revoke.isPending}
            onClick={() =>
              revoke.mutate(undefined, {
                onSuccess: () => {
                  setConfirmingRevoke(false);
                  setMade(null);
                },
              })
            }
          >
            {t('vendorsWeb.link.revokeYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirmingRevoke(false)}>
            {t('vendorsWeb.common.cancel')}
          </button>
        </div>
      )}
      {(make.isError || revoke.isError) && (
        <p className="error" role="alert">
          {(make.error ?? revoke.error)?.message}
        </p>
      )}
    </div>
  );
}

/** The owner's estimate of what leaving this vendor costs; parts left empty use the stated defaults. */
function SwitchingForm({
  ids,
  vendor,
  canManage,
}: {
  ids: UseCaseIds;
  vendor: VendorView;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const update = useUpdateVendor(ids, vendor.id);
  const [draft, setDraft] = useState<SwitchingInput>(vendor.switching);
  const [isSaved, setSaved] = useState(false);
  const set = (patch: Partial<SwitchingInput>) => {
    setSaved(false);
    const next = { ...draft, ...patch } as SwitchingInput;
    for (const k of Object.keys(next) as (keyof SwitchingInput)[]) if (next[k] === undefined) delete next[k];
    setDraft(next);
  };
  const migration = draft.migration;
  const setMigration = (part: 'low' | 'likely' | 'high', v: number | undefined) => {
    const next = { low: 0, likely: 0, high: 0, ...migration, [part]: v ?? 0 };
    set({ migration: next.low === 0 && next.likely === 0 && next.high === 0 ? undefined : next });
  };
  const isOrdered = !migration || (migration.low <= migration.likely && migration.likely <= migration.high);
  return (
    <form
      className="vendor-switching"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!isOrdered) return;
        update.mutate({ switching: draft }, { onSuccess: () => setSaved(true) });
      }}
    >
      <p className="hint">{t('vendorsWeb.switching.intro')}</p>
      <fieldset className="vendor-fieldset" disabled={!canManage}>
        <legend className="visually-hidden">{t('vendorsWeb.switching.title')}</legend>
        <div className="vendor-grid">
          <NumberField
            label={t('vendorsWeb.switching.contractMonths')}
            unit={t('vendorsWeb.form.months')}
            min={0}
            max={240}
            value={draft.contractMonths}
            onChange={(v) => set({ contractMonths: v })}
          />
          <NumberField
            label={t('vendorsWeb.switching.yearlyCost')}
            unit="€"
            min={0}
            max={1_000_000_000}
            value={draft.yearlyCost}
            onChange={(v) => set({ yearlyCost: v })}
          />
          <NumberField
            label={t('vendorsWeb.switching.migrationLow')}
            unit="€"
            min={0}
            max={1_000_000_000}
            value={migration?.low}
            onChange={(v) => setMigration('low', v)}
          />
          <NumberField
            label={t('vendorsWeb.switching.migrationLikely')}
            unit="€"
            min={0}
            max={1_000_000_000}
            value={migration?.likely}
            onChange={(v) => setMigration('likely', v)}
          />
          <NumberField
            label={t('vendorsWeb.switching.migrationHigh')}
            unit="€"
            min={0}
            max={1_000_000_000}
            value={migration?.high}
            onChange={(v) => setMigration('high', v)}
          />
          <NumberField
            label={t('vendorsWeb.switching.retrainingHours')}
            unit={t('vendorsWeb.switching.hours')}
            min={0}
            max={1_000_000}
            value={draft.retrainingHours}
            onChange={(v) => set({ retrainingHours: v })}
          />
          <NumberField
            label={t('vendorsWeb.switching.parallelMonths')}
            unit={t('vendorsWeb.form.months')}
            min={0}
            max={240}
            value={draft.parallelMonths}
            onChange={(v) => set({ parallelMonths: v })}
          />
        </div>
      </fieldset>
      {!isOrdered && (
        <p className="field-error" role="alert">
          {t('vendorsWeb.switching.order')}
        </p>
      )}
      {update.isError && (
        <p className="error" role="alert">
          {update.error.message}
        </p>
      )}
      {canManage && (
        <div className="vendor-actions">
          <button type="submit" className="primary" disabled={update.isPending || !isOrdered}>
            {update.isPending ? t('web.common.busy') : t('vendorsWeb.switching.save')}
          </button>
          <span role="status">{isSaved && <span className="ok">{t('vendorsWeb.common.saved')}</span>}</span>
        </div>
      )}
    </form>
  );
}

/** The questionnaire as the owner fills it in: saved as a draft, or submitted as answered by the owner. */
function OwnerQuestionnaire({
  ids,
  vendor,
  personalData,
  canManage,
}: {
  ids: UseCaseIds;
  vendor: VendorView;
  personalData: boolean | null;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const update = useUpdateVendor(ids, vendor.id);
  const [answers, setAnswers] = useState<VendorAnswers>(vendor.answers);
  const [saved, setSaved] = useState<'draft' | 'submitted' | null>(null);
  const params = { ...ids, vendorId: vendor.id };
  const upload = (file: File) =>
    uploadEvidence({
      key: 'POST /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/evidence',
      href: apiHref('POST /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/evidence', { params }),
      file,
      csrfToken: session.data?.csrfToken ?? '',
      language: i18n.language,
      networkMessage: t('vendorsWeb.common.network'),
    });
  const fileHref = (fileId: string) =>
    apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/vendors/:vendorId/evidence/:fileId', {
      params: { ...params, fileId },
      query: {},
    });
  const save = (submit: boolean) =>
    update.mutate({ answers, submit }, { onSuccess: () => setSaved(submit ? 'submitted' : 'draft') });
  return (
    <form
      className="vendor-owner-form"
      noValidate
      // Enter in a field sends nothing: saving and submitting are the buttons' choice.
      onSubmit={(e) => e.preventDefault()}
    >
      {vendor.answeredBy === 'vendor' && canManage && (
        <p className="notice">{t('vendorsWeb.vendor.answeredByVendorNote')}</p>
      )}
      <QuestionnaireForm
        answers={answers}
        onChange={(next) => {
          setSaved(null);
          setAnswers(next);
        }}
        personalData={personalData}
        isReadOnly={!canManage}
        upload={canManage ? upload : undefined}
        fileHref={fileHref}
        headingLevel={4}
      />
      {update.isError && (
        <p className="error" role="alert">
          {update.error.message}
        </p>
      )}
      {canManage && (
        <div className="vendor-actions vendor-sticky-actions">
          <button type="button" disabled={update.isPending} onClick={() => save(false)}>
            {t('vendorsWeb.form.saveDraft')}
          </button>
          <button type="button" className="primary" disabled={update.isPending} onClick={() => save(true)}>
            {t('vendorsWeb.form.submitOwner')}
          </button>
          <span role="status">
            {saved && <span className="ok">{t(`vendorsWeb.form.saved.${saved}`)}</span>}
          </span>
        </div>
      )}
    </form>
  );
}
