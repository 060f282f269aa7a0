import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { VendorAnswers } from '../../../src/core/vendors/vendor-types.ts';
import { ApiError, api, apiHref } from '../api.ts';
import { useFormat } from '../format.ts';
import { useSession } from '../session.ts';
import { PublicFrame } from '../survey/public-frame.tsx';
import { QuestionnaireForm } from '../vendors/questionnaire-form.tsx';
import { uploadEvidence } from '../vendors/vendor-queries.ts';
import type { PublicQuestionnaire } from '../vendors/vendor-types.ts';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A vendor's questionnaire (/v/<token>), answered without an account: whom it is for and until when
 * the link is open, the must-pass questions first, then the scored ones, each with its evidence; saved
 * as a draft or submitted, and changeable while the link is open. An unknown or expired link says so.
 */
export function PublicVendorPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const questionnaire = useQuery({
    // The language is in the key: an error message comes back in the language chosen.
    queryKey: ['public-vendor', token, i18n.language],
    queryFn: () => api.get('/api/public/vendor-questionnaire/:token', { params: { token } }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  return (
    <PublicFrame>
      {questionnaire.isPending && <p>{t('web.common.loading')}</p>}
      {questionnaire.isError && (
        <>
          <h1>{t('vendorsWeb.public.unavailableTitle')}</h1>
          <p className="error" role="alert" data-vendor-link="unavailable">
            {messageOf(questionnaire.error)}
          </p>
          <p className="hint">{t('vendorsWeb.public.unavailableHint')}</p>
        </>
      )}
      {questionnaire.data && <Questionnaire token={token} initial={questionnaire.data} />}
    </PublicFrame>
  );
}

function Questionnaire({ token, initial }: { token: string; initial: PublicQuestionnaire }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const queryClient = useQueryClient();
  const [view, setView] = useState(initial);
  const [answers, setAnswers] = useState<VendorAnswers>(initial.answers);
  const [state, setState] = useState<'idle' | 'saving' | 'draft' | 'submitted'>(
    initial.submitted ? 'submitted' : 'idle',
  );
  const [error, setError] = useState<string | null>(null);
  const [isExpired, setExpired] = useState(false);

  async function send(submit: boolean) {
    setState('saving');
    setError(null);
    try {
      const next = submit
        ? await api.post('/api/public/vendor-questionnaire/:token/submit', {
            params: { token },
            body: { answers },
          })
        : await api.put('/api/public/vendor-questionnaire/:token', { params: { token }, body: { answers } });
      setView(next);
      queryClient.setQueryData(['public-vendor', token, i18n.language], next);
      setState(submit ? 'submitted' : 'draft');
      if (submit) window.scrollTo(0, 0);
    } catch (e) {
      setState('idle');
      setError(messageOf(e));
      if (e instanceof ApiError && (e.code === 'LINK_EXPIRED' || e.code === 'LINK_INVALID')) setExpired(true);
    }
  }

  const upload = (file: File) =>
    uploadEvidence({
      key: 'POST /api/public/vendor-questionnaire/:token/evidence',
      href: apiHref('POST /api/public/vendor-questionnaire/:token/evidence', { params: { token } }),
      file,
      csrfToken: session.data?.csrfToken ?? '',
      language: i18n.language,
      networkMessage: t('vendorsWeb.common.network'),
    });

  return (
    <>
      <h1>{t('vendorsWeb.public.title', { vendor: view.vendorName })}</h1>
      <p className="public-org">
        {t('vendorsWeb.public.forWhom', { organisation: view.organisationName, useCase: view.useCaseTitle })}
      </p>
      <p className="hint" data-vendor-expires={view.expiresAt}>
        {t('vendorsWeb.public.expires', { date: fmt.dateTime(view.expiresAt) })}
      </p>
      {state === 'submitted' && (
        <div className="public-thanks" role="status" data-vendor-questionnaire="submitted">
          <h2>{t('vendorsWeb.public.thanksTitle')}</h2>
          <p>{t('vendorsWeb.public.thanks', { organisation: view.organisationName })}</p>
          <p className="hint">{t('vendorsWeb.public.canChange', { date: fmt.dateTime(view.expiresAt) })}</p>
        </div>
      )}
      <form
        className="public-vendor"
        noValidate
        // Enter in a field sends nothing: saving and submitting are the buttons' choice.
        onSubmit={(e) => e.preventDefault()}
      >
        <p className="lead">{t('vendorsWeb.public.intro')}</p>
        <p className="hint">{t('vendorsWeb.public.evidenceCounts')}</p>
        <QuestionnaireForm
          answers={answers}
          onChange={(next) => {
            if (state === 'draft') setState('idle');
            setAnswers(next);
          }}
          personalData={view.personalData}
          upload={upload}
          headingLevel={2}
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {!isExpired && (
          <div className="public-vendor-actions">
            <button type="button" disabled={state === 'saving'} onClick={() => void send(false)}>
              {t('vendorsWeb.form.saveDraft')}
            </button>
            <button
              type="button"
              className="primary public-submit"
              disabled={state === 'saving'}
              onClick={() => void send(true)}
            >
              {state === 'saving' ? t('web.common.busy') : t('vendorsWeb.public.submit')}
            </button>
            <p role="status" className="hint">
              {state === 'draft' && t('vendorsWeb.public.draftSaved')}
            </p>
          </div>
        )}
      </form>
    </>
  );
}
