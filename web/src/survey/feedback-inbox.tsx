import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asksForAction } from '../../../src/core/survey/feedback-evidence.ts';
import { FEEDBACK_HANDLE_DAYS, type FeedbackStatus } from '../../../src/core/survey/survey-types.ts';
import { CopyButton } from '../components/copy-button.tsx';
import { useSurveyLabels } from './survey-labels.ts';
import { useFeedbackLink, useHandleFeedback, useInbox, useMakeFeedbackLink } from './survey-queries.ts';
import type { FeedbackItemView, InboxView, UseCaseIds } from './survey-types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one YYYY-MM-DD to today (UTC), as the server counts the two weeks. */
export function daysSince(isoDay: string, today: Date = new Date()): number {
  const from = Date.parse(`${isoDay}T00:00:00Z`);
  const to = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.floor((to - from) / DAY_MS);
}

/** An open item that asks for action is overdue once its two weeks are over (a bare "useful" never is). */
export function isOverdue(
  item: Pick<FeedbackItemView, 'status' | 'receivedOn' | 'rating' | 'comment'>,
  today?: Date,
): boolean {
  return (
    item.status === 'open' && asksForAction(item) && daysSince(item.receivedOn, today) > FEEDBACK_HANDLE_DAYS
  );
}

const HANDLED: Exclude<FeedbackStatus, 'open'>[] = ['acted', 'answered', 'declined'];

/** The feedback link (for people and for tools), the measured share, and the items to work. */
export function FeedbackInbox({ ids, canManage }: { ids: UseCaseIds; canManage: boolean }) {
  const { t } = useTranslation();
  const inbox = useInbox(ids);
  return (
    <>
      <FeedbackLinkPanel ids={ids} canManage={canManage} />
      {inbox.isPending && <p>{t('web.common.loading')}</p>}
      {inbox.isError && (
        <p className="error" role="alert">
          {inbox.error.message}
        </p>
      )}
      {inbox.data && (
        <>
          <Measured measured={inbox.data.measured} />
          <h3>{t('surveyWeb.feedback.itemsTitle')}</h3>
          {inbox.data.items.length === 0 ? (
            <p className="muted">{t('surveyWeb.feedback.noItems')}</p>
          ) : (
            <ul className="feedback-items">
              {inbox.data.items.map((item) => (
                <FeedbackItem key={item.id} ids={ids} item={item} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function FeedbackLinkPanel({ ids, canManage }: { ids: UseCaseIds; canManage: boolean }) {
  const { t } = useTranslation();
  const link = useFeedbackLink(ids);
  const make = useMakeFeedbackLink(ids);
  const [isConfirming, setConfirming] = useState(false);
  if (link.isPending) return <p>{t('web.common.loading')}</p>;
  if (link.isError)
    return (
      <p className="error" role="alert">
        {link.error.message}
      </p>
    );
  const origin = window.location.origin;
  const { path, apiPath } = link.data;
  const formUrl = path ? `${origin}${path}` : null;
  const apiUrl = apiPath ? `${origin}${apiPath}` : null;
  const curl = apiUrl
    ? `curl -X POST '${apiUrl}' -H 'content-type: application/json' -d '{"rating":"wrong","comment":"…","outputRef":"…"}'`
    : null;
  return (
    <div className="feedback-link" data-feedback-link={link.data.token ? 'made' : 'none'}>
      {!formUrl && <p>{t('surveyWeb.feedback.linkNone')}</p>}
      {formUrl && (
        <>
          <div className="field">
            <label htmlFor="feedback-form-url">{t('surveyWeb.feedback.formUrl')}</label>
            <div className="survey-copy-row">
              <input id="feedback-form-url" readOnly value={formUrl} onFocus={(e) => e.target.select()} />
              <CopyButton text={formUrl} label={t('surveyWeb.rounds.copy')} />
            </div>
            <span className="hint">{t('surveyWeb.feedback.formUrlHint')}</span>
          </div>
          {apiUrl && curl && (
            <div className="field">
              <label htmlFor="feedback-api-url">{t('surveyWeb.feedback.apiUrl')}</label>
              <div className="survey-copy-row">
                <input id="feedback-api-url" readOnly value={apiUrl} onFocus={(e) => e.target.select()} />
                <CopyButton text={apiUrl} label={t('surveyWeb.rounds.copy')} />
              </div>
              <span className="hint">{t('surveyWeb.feedback.apiHint')}</span>
              <pre className="feedback-curl">
                <code>{curl}</code>
              </pre>
            </div>
          )}
        </>
      )}
      {make.isError && (
        <p className="error" role="alert">
          {make.error.message}
        </p>
      )}
      {!canManage ? (
        <p className="notice">{t('surveyWeb.feedback.onlyManagers')}</p>
      ) : !formUrl ? (
        <button type="button" className="primary" disabled={make.isPending} onClick={() => make.mutate()}>
          {t('surveyWeb.feedback.makeLink')}
        </button>
      ) : isConfirming ? (
        <div className="survey-confirm">
          <p>{t('surveyWeb.feedback.rotateConfirm')}</p>
          <button
            type="button"
            className="danger"
            disabled={make.isPending}
            onClick={() => make.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          >
            {t('surveyWeb.feedback.rotateYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('surveyWeb.common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('surveyWeb.feedback.rotate')}
        </button>
      )}
    </div>
  );
}

function Measured({ measured }: { measured: InboxView['measured'] }) {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  return (
    <div className="feedback-measured" data-share={measured.share ?? ''}>
      <p className="feedback-share">
        {measured.share === null
          ? t('surveyWeb.feedback.shareNone')
          : t('surveyWeb.feedback.share', {
              share: l.pct(measured.share),
              handled: measured.handledInTime,
              due: t('surveyWeb.count.items', { count: measured.due }),
            })}
      </p>
      <p className="hint">
        {t('surveyWeb.feedback.counts', {
          received: t('surveyWeb.count.items', { count: measured.received }),
          acted: measured.actedOn,
          overdue: measured.overdue,
        })}
      </p>
    </div>
  );
}

function FeedbackItem({ ids, item }: { ids: UseCaseIds; item: FeedbackItemView }) {
  const { t } = useTranslation();
  const l = useSurveyLabels();
  const handle = useHandleFeedback(ids);
  const [status, setStatus] = useState<Exclude<FeedbackStatus, 'open'> | null>(null);
  const [note, setNote] = useState('');
  const [isMissingNote, setMissingNote] = useState(false);
  const id = useId();
  const isLate = isOverdue(item);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!status) return;
    if (note.trim() === '') {
      setMissingNote(true);
      return;
    }
    handle.mutate(
      { itemId: item.id, body: { status, note: note.trim() } },
      {
        onSuccess: () => {
          setStatus(null);
          setNote('');
        },
      },
    );
  }

  return (
    <li className={`feedback-item feedback-${item.status}${isLate ? ' is-overdue' : ''}`} data-item={item.id}>
      <p className="feedback-item-head">
        <span className={`badge feedback-rating-${item.rating}`}>{l.rating(item.rating)}</span>{' '}
        <span className="muted">{t('surveyWeb.feedback.receivedOn', { date: l.day(item.receivedOn) })}</span>{' '}
        {isLate && <span className="badge feedback-overdue">{t('surveyWeb.feedback.overdue')}</span>}
      </p>
      {item.comment && <p className="feedback-comment">{item.comment}</p>}
      <p className="hint">
        {item.name ? t('surveyWeb.feedback.from', { name: item.name }) : t('surveyWeb.feedback.anonymous')}
        {item.outputRef && ` · ${t('surveyWeb.feedback.outputRef', { ref: item.outputRef })}`}
      </p>
      {item.status !== 'open' ? (
        <p className="feedback-handled">
          <span className={`badge feedback-status-${item.status}`}>{l.status(item.status)}</span>{' '}
          {item.handledOn &&
            t('surveyWeb.feedback.handledOn', { date: l.day(item.handledOn), by: item.handledBy ?? '–' })}
          {item.note && (
            <>
              {' — '}
              <span className="feedback-note">{item.note}</span>
            </>
          )}
        </p>
      ) : status === null ? (
        <div className="feedback-actions">
          {HANDLED.map((s) => (
            <button key={s} type="button" onClick={() => setStatus(s)}>
              {t(`surveyWeb.feedback.action.${s}`)}
            </button>
          ))}
        </div>
      ) : (
        <form className="feedback-handle" onSubmit={submit} noValidate>
          <label htmlFor={`${id}-note`}>{t(`surveyWeb.feedback.noteLabel.${status}`)}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              setMissingNote(false);
            }}
            aria-invalid={isMissingNote || undefined}
            aria-describedby={isMissingNote ? `${id}-missing` : undefined}
            // biome-ignore lint/a11y/noAutofocus: the note is what the chosen action asks for next
            autoFocus
          />
          {isMissingNote && (
            <span className="field-error" id={`${id}-missing`} role="alert">
              {t('surveyWeb.feedback.noteMissing')}
            </span>
          )}
          {handle.isError && (
            <p className="error" role="alert">
              {handle.error.message}
            </p>
          )}
          <button type="submit" className="primary" disabled={handle.isPending}>
            {t(`surveyWeb.feedback.save.${status}`)}
          </button>{' '}
          <button type="button" onClick={() => setStatus(null)}>
            {t('surveyWeb.common.cancel')}
          </button>
        </form>
      )}
    </li>
  );
}
