import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MAX_OPEN_ANSWER, type OpenQuestion } from '../../../src/core/survey/survey-types.ts';
import { ApiError, api } from '../api.ts';
import { hasAnswered, markAnswered } from '../survey/answered-flag.ts';
import { PublicFrame } from '../survey/public-frame.tsx';
import { useSurveyLabels } from '../survey/survey-labels.ts';
import type { PublicSurveyView } from '../survey/survey-types.ts';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A survey round's page (/s/<token>), answered without an account: the instrument in the chosen
 * language, statements on a 1–5 scale, two open questions. The answer goes with a one-time ticket;
 * only this browser remembers that it answered.
 */
export function PublicSurveyPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  // Each load brings a new one-time ticket; "someone else answers" asks for a fresh one.
  const [attempt, setAttempt] = useState(0);
  const [isAnswered, setAnswered] = useState(() => hasAnswered(token));
  const survey = useQuery({
    queryKey: ['public-survey', token, language, attempt],
    queryFn: () => api.get('/api/public/surveys/:token', { params: { token }, query: { lang: language } }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });

  return (
    <PublicFrame>
      {survey.isPending && <p>{t('web.common.loading')}</p>}
      {survey.isError && (
        <>
          <h1>{t('surveyWeb.public.unavailableTitle')}</h1>
          <p className="error" role="alert">
            {messageOf(survey.error)}
          </p>
        </>
      )}
      {survey.data && (
        <>
          <h1>{survey.data.title}</h1>
          <p className="public-org">
            {survey.data.organisationName}
            {survey.data.group && ` · ${survey.data.group}`}
          </p>
          {survey.data.status === 'closed' ? (
            <p className="notice" role="status" data-survey="closed">
              {t('surveyWeb.public.closed')}
            </p>
          ) : isAnswered ? (
            <div className="public-thanks" role="status" data-survey="answered">
              <h2>{t('surveyWeb.public.thanksTitle')}</h2>
              <p>{t('surveyWeb.public.answeredBefore')}</p>
              <p className="hint">{t('surveyWeb.public.rememberedHere')}</p>
              <button
                type="button"
                onClick={() => {
                  setAnswered(false);
                  setAttempt((n) => n + 1);
                }}
              >
                {t('surveyWeb.public.someoneElse')}
              </button>
            </div>
          ) : (
            <SurveyForm
              key={attempt}
              token={token}
              survey={survey.data}
              onSubmitted={() => {
                markAnswered(token);
                setAnswered(true);
                window.scrollTo(0, 0);
              }}
              onStale={() => void survey.refetch()}
            />
          )}
        </>
      )}
    </PublicFrame>
  );
}

/**
 * The instrument as a form. A ticket that expired, or a round closed meanwhile, asks the page for a
 * fresh copy (`onStale`): the answers typed stay, and only "send" is needed again.
 */
function SurveyForm({
  token,
  survey,
  onSubmitted,
  onStale,
}: {
  token: string;
  survey: PublicSurveyView;
  onSubmitted: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  const id = useId();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [open, setOpen] = useState<Partial<Record<OpenQuestion, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [isRenewed, setRenewed] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const itemCount = survey.sections.reduce((n, s) => n + s.items.length, 0);
  const answeredCount = Object.keys(answers).length;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setRenewed(false);
    const texts = Object.fromEntries(
      Object.entries(open)
        .map(([k, v]) => [k, v?.trim() ?? ''])
        .filter(([, v]) => v !== ''),
    );
    try {
      await api.post('/api/public/surveys/:token/responses', {
        params: { token },
        body: {
          ticket: survey.ticket,
          answers,
          ...(Object.keys(texts).length > 0 ? { open: texts } : {}),
        },
      });
      onSubmitted();
    } catch (err) {
      // Sent before (a double tap that arrived twice): it counts once, and it was received.
      if (err instanceof ApiError && err.code === 'SURVEY_ANSWERED') return onSubmitted();
      setError(err instanceof ApiError ? err.message : messageOf(err));
      if (err instanceof ApiError && (err.code === 'SURVEY_TICKET_INVALID' || err.code === 'SURVEY_CLOSED')) {
        setRenewed(err.code === 'SURVEY_TICKET_INVALID');
        onStale();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="public-survey" onSubmit={(e) => void submit(e)} noValidate>
      <p className="lead">{survey.intro}</p>
      <p className="hint">{t('surveyWeb.public.privacy')}</p>
      {survey.sections.map((section) => (
        <section key={section.id} className="survey-part" aria-labelledby={`${id}-${section.id}`}>
          <h2 id={`${id}-${section.id}`}>{section.title}</h2>
          {section.items.map((item) => (
            <fieldset key={item.id} className="survey-item" data-item={item.id}>
              <legend>{item.text}</legend>
              <div className="survey-scale">
                {survey.scale.map((s) => {
                  const isChecked = answers[item.id] === s.value;
                  return (
                    <label key={s.value} className={isChecked ? 'checked' : ''}>
                      <input
                        type="radio"
                        name={`${id}-${item.id}`}
                        value={s.value}
                        checked={isChecked}
                        onChange={() => setAnswers((a) => ({ ...a, [item.id]: s.value }))}
                      />
                      <span className="survey-scale-value">{s.value}</span>{' '}
                      <span className="survey-scale-label">{s.label}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </section>
      ))}
      <section className="survey-part" aria-labelledby={`${id}-open`}>
        <h2 id={`${id}-open`}>{t('surveyWeb.public.openTitle')}</h2>
        {survey.openQuestions.map((q) => (
          <div key={q.id} className="field">
            <label htmlFor={`${id}-open-${q.id}`}>{q.text || l.question(q.id)}</label>
            <textarea
              id={`${id}-open-${q.id}`}
              rows={4}
              maxLength={MAX_OPEN_ANSWER}
              value={open[q.id] ?? ''}
              onChange={(e) => setOpen((o) => ({ ...o, [q.id]: e.target.value }))}
            />
          </div>
        ))}
        <p className="hint">{t('surveyWeb.public.openHint')}</p>
      </section>
      <p className="hint" aria-live="polite">
        {t('surveyWeb.public.progress', { answered: answeredCount, total: itemCount })}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
          {isRenewed && ` ${t('surveyWeb.public.ticketRenewed')}`}
        </p>
      )}
      <button type="submit" className="primary public-submit" disabled={isBusy}>
        {isBusy ? t('web.common.busy') : t('surveyWeb.public.submit')}
      </button>
    </form>
  );
}
