import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { VENDOR_LIMITS } from '../../../src/core/vendors/vendor-types.ts';
import { LoadFailed } from '../components/load-failed.tsx';
import { UseCaseHeader } from '../components/use-case-header.tsx';
import { useCanManage } from '../survey/use-can-manage.ts';
import { useUseCase } from '../use-case-query.ts';
import { ClaimLedger } from '../vendors/claim-ledger.tsx';
import { VendorCard } from '../vendors/vendor-card.tsx';
import { VendorComparison } from '../vendors/vendor-comparison.tsx';
import { useAddVendor, useVendors } from '../vendors/vendor-queries.ts';
import { comparisonOf, type UseCaseIds } from '../vendors/vendor-types.ts';

/**
 * The Vendors tab: partner due diligence. The candidate vendors of the use case, each answering the
 * questionnaire through its own link (or the owner fills it in), compared side by side with failed
 * gates first, reweighted by the owner; the switching cost per vendor; the claim ledger. Members see
 * everything, without the controls.
 */
export function VendorsPage() {
  const { t } = useTranslation();
  const { orgId = '', useCaseId = '' } = useParams();
  const ids: UseCaseIds = { orgId, useCaseId };
  const useCase = useUseCase(orgId, useCaseId);
  const vendors = useVendors(ids);
  const canManage = useCanManage(orgId);

  if (useCase.isPending) return <p>{t('web.common.loading')}</p>;
  if (useCase.isError) return <LoadFailed error={useCase.error} />;
  const personalData = useCase.data.document.data?.personalData ?? null;
  const list = vendors.data?.vendors ?? [];
  const isFull = list.length >= VENDOR_LIMITS.vendorsPerUseCase;

  return (
    <section className="vendors-page">
      <UseCaseHeader useCase={useCase.data} />
      <p className="lead">{t('vendorsWeb.page.intro')}</p>
      {vendors.isPending && <p>{t('web.common.loading')}</p>}
      {vendors.isError && (
        <p className="error" role="alert">
          {vendors.error.message}
        </p>
      )}
      <section className="survey-section" aria-labelledby="vendors-list">
        <h2 id="vendors-list">{t('vendorsWeb.list.title')}</h2>
        <p className="hint">{t('vendorsWeb.list.intro')}</p>
        {vendors.data && list.length === 0 && <p className="muted">{t('vendorsWeb.list.none')}</p>}
        {list.length > 0 && (
          <ul className="vendor-cards">
            {list.map((v) => (
              <VendorCard key={v.id} ids={ids} vendor={v} personalData={personalData} canManage={canManage} />
            ))}
          </ul>
        )}
        {!canManage ? (
          <p className="notice">{t('vendorsWeb.onlyManagers')}</p>
        ) : isFull ? (
          <p className="hint">{t('vendorsWeb.list.full', { max: VENDOR_LIMITS.vendorsPerUseCase })}</p>
        ) : (
          <AddVendorForm ids={ids} isFirst={list.length === 0} />
        )}
      </section>
      {vendors.data && list.length > 0 && (
        <section className="survey-section" aria-labelledby="vendors-compare">
          <h2 id="vendors-compare">{t('vendorsWeb.compare.title')}</h2>
          <VendorComparison ids={ids} comparison={comparisonOf(vendors.data)} canManage={canManage} />
        </section>
      )}
      <section className="survey-section" aria-labelledby="vendors-claims">
        <h2 id="vendors-claims">{t('vendorsWeb.claims.title')}</h2>
        <ClaimLedger ids={ids} vendors={list} canManage={canManage} />
      </section>
    </section>
  );
}

const isWebsite = (text: string) => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** Adds a candidate vendor by name, with its website when known. */
function AddVendorForm({ ids, isFirst }: { ids: UseCaseIds; isFirst: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const add = useAddVendor(ids);
  const [name, setName] = useState('');
  const [website, setWebsite] = useState('');
  const [isTried, setTried] = useState(false);
  const site = website.trim();
  // "example.nl" is what people type; the API wants the scheme.
  const fullSite = site === '' || /^https?:\/\//i.test(site) ? site : `https://${site}`;
  const isNameMissing = name.trim() === '';
  const isSiteBad = fullSite !== '' && !isWebsite(fullSite);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (isNameMissing || isSiteBad) return;
    await add.mutateAsync({ name: name.trim(), ...(fullSite ? { website: fullSite } : {}) });
    setName('');
    setWebsite('');
    setTried(false);
  }

  return (
    <form className="vendor-add-form" noValidate onSubmit={(e) => void submit(e).catch(() => undefined)}>
      <h3>{isFirst ? t('vendorsWeb.add.titleFirst') : t('vendorsWeb.add.title')}</h3>
      <div className="vendor-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('vendorsWeb.add.name')}</label>
          <input
            id={`${id}-name`}
            maxLength={200}
            value={name}
            aria-invalid={(isTried && isNameMissing) || undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {isTried && isNameMissing && (
            <span className="field-error" role="alert">
              {t('vendorsWeb.add.nameMissing')}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-website`}>{t('vendorsWeb.add.website')}</label>
          <input
            id={`${id}-website`}
            inputMode="url"
            maxLength={VENDOR_LIMITS.url}
            value={website}
            aria-invalid={isSiteBad || undefined}
            onChange={(e) => setWebsite(e.target.value)}
          />
          {isSiteBad && (
            <span className="field-error" role="alert">
              {t('vendorsWeb.add.websiteBad')}
            </span>
          )}
        </div>
      </div>
      {add.isError && (
        <p className="error" role="alert">
          {add.error.message}
        </p>
      )}
      <button type="submit" className="primary" disabled={add.isPending}>
        {add.isPending ? t('web.common.busy') : t('vendorsWeb.add.submit')}
      </button>
    </form>
  );
}
