import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  FEEDBACK_RATINGS,
  type FeedbackRating,
  MAX_OPEN_ANSWER,
} from '../../../src/core/survey/survey-types.ts';
import { api } from '../api.ts';
import { PublicFrame } from '../survey/public-frame.tsx';
import { useSurveyLabels } from '../survey/survey-labels.ts';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The feedback form of a use case (/f/<token>), without an account: useful, not useful, wrong or a
 * remark, an optional comment, and a name only for who wants an answer.
 */
export function PublicFeedbackPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const form = useQuery({
    queryKey: ['public-feedback', token],
    queryFn: () => api.get('/api/public/feedback/:token', { params: { token } }),
    retry: false,
  });
  const [sent, setSent] = useState(0);
  const [isThanking, setThanking] = useState(false);
  return (
    <PublicFrame>
      {form.isPending && <p>{t('web.common.loading')}</p>}
      {form.isError && (
        <>
          <h1>{t('surveyWeb.public.unavailableTitle')}</h1>
          <p className="error" role="alert">
            {messageOf(form.error)}
          </p>
        </>
      )}
      {form.data && (
        <>
          <h1>{t('surveyWeb.publicFeedback.title', { title: form.data.title })}</h1>
          <p className="public-org">{form.data.organisationName}</p>
          {isThanking ? (
            <div className="public-thanks" role="status" data-feedback="sent">
              <h2>{t('surveyWeb.publicFeedback.thanksTitle')}</h2>
              <p>{t('surveyWeb.publicFeedback.thanks')}</p>
              <button type="button" onClick={() => setThanking(false)}>
                {t('surveyWeb.publicFeedback.another')}
              </button>
            </div>
          ) : (
            <FeedbackForm
              key={sent}
              token={token}
              onSent={() => {
                setSent((n) => n + 1);
                setThanking(true);
              }}
            />
          )}
        </>
      )}
    </PublicFrame>
  );
}

function FeedbackForm({ token, onSent }: { token: string; onSent: () => void }) {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  const id = useId();
  const [rating, setRating] = useState<FeedbackRating | null>(null);
  const [comment, setComment] = useState('');
  const [name, setName] = useState('');
  const [isMissingRating, setMissingRating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!rating) {
      setMissingRating(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/public/feedback/:token', {
        params: { token },
        body: {
          rating,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
          ...(name.trim() ? { name: name.trim() } : {}),
        },
      });
      onSent();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="public-feedback" onSubmit={(e) => void submit(e)} noValidate>
      <p className="lead">{t('surveyWeb.publicFeedback.intro')}</p>
      <fieldset
        className="survey-item feedback-ratings"
        aria-describedby={isMissingRating ? `${id}-missing` : undefined}
      >
        <legend>{t('surveyWeb.publicFeedback.rating')}</legend>
        <div className="feedback-rating-options">
          {FEEDBACK_RATINGS.map((r) => (
            <label key={r} className={rating === r ? 'checked' : ''}>
              <input
                type="radio"
                name={`${id}-rating`}
                value={r}
                checked={rating === r}
                onChange={() => {
                  setRating(r);
                  setMissingRating(false);
                }}
              />
              <span>{l.rating(r)}</span>
            </label>
          ))}
        </div>
        {isMissingRating && (
          <span className="field-error" id={`${id}-missing`} role="alert">
            {t('surveyWeb.publicFeedback.ratingMissing')}
          </span>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('surveyWeb.publicFeedback.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={4}
          maxLength={MAX_OPEN_ANSWER}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('surveyWeb.publicFeedback.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          autoComplete="name"
          onChange={(e) => setName(e.target.value)}
          aria-describedby={`${id}-name-hint`}
        />
        <span className="hint" id={`${id}-name-hint`}>
          {t('surveyWeb.publicFeedback.nameHint')}
        </span>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary public-submit" disabled={isBusy}>
        {isBusy ? t('web.common.busy') : t('surveyWeb.publicFeedback.submit')}
      </button>
    </form>
  );
}
