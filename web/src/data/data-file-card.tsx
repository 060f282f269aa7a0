import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiHref } from '../api.ts';
import { useCountsAsEvidence, useDataFile, useDataProfile, useDeleteDataFile } from './data-file-queries.ts';
import { type DataFileView, isInProgress } from './data-file-types.ts';
import { ProfileView } from './profile-view.tsx';
import { useProfileFormat } from './use-profile-format.ts';

/**
 * One uploaded file: its profiling progress while it is queued or running, the failure in plain
 * words when it cannot be used, or its profile; and a way to delete it.
 */
export function DataFileCard({
  orgId,
  useCaseId,
  listed,
  onDeleted,
}: {
  orgId: string;
  useCaseId: string;
  listed: DataFileView;
  /** Called after the file is gone, so the page can move the keyboard focus somewhere sensible. */
  onDeleted?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useProfileFormat();
  const id = useId();
  const file = useDataFile(orgId, useCaseId, listed);
  const profile = useDataProfile(orgId, useCaseId, file);
  const remove = useDeleteDataFile(orgId, useCaseId);
  const counts = useCountsAsEvidence(orgId, useCaseId);
  const [isConfirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isConfirming) confirmButton.current?.focus();
  }, [isConfirming]);

  const settings = (['sheet', 'timeColumn', 'entityColumn', 'targetColumn'] as const)
    .filter((k) => file.options[k])
    .map((k) => t(`profiler.page.file.option.${k}`, { value: file.options[k] }));
  const reportUrl = apiHref('GET /api/orgs/:orgId/use-cases/:useCaseId/data-files/:dataFileId/profile.html', {
    params: { orgId, useCaseId, dataFileId: file.id },
    query: { lang: i18n.language === 'en' ? 'en' : 'nl' },
  });

  return (
    <article
      className={file.countsAsEvidence ? 'panel data-file' : 'panel data-file is-left-out'}
      aria-labelledby={`${id}-name`}
    >
      <header className="data-file-head">
        <div>
          <h3 id={`${id}-name`}>{file.fileName}</h3>
          <p className="muted small">
            {t('profiler.page.file.meta', {
              size: fmt.bytes(file.bytes),
              date: fmt.dateTime(file.createdAt),
            })}
            {' · '}
            {file.keepFile
              ? t('profiler.page.file.kept')
              : file.isStored
                ? t('profiler.page.file.removedAfter')
                : t('profiler.page.file.notKept')}
            {settings.length > 0 && ` · ${settings.join(' · ')}`}
          </p>
        </div>
        <div className="data-file-actions">
          {isConfirming ? (
            <fieldset className="data-confirm">
              <legend>{t('profiler.page.file.confirm', { file: file.fileName })}</legend>
              <button
                ref={confirmButton}
                type="button"
                className="danger"
                disabled={remove.isPending}
                onClick={() => remove.mutate(file.id, { onSuccess: () => onDeleted?.() })}
              >
                {t('profiler.page.file.confirmYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)} disabled={remove.isPending}>
                {t('profiler.page.file.cancel')}
              </button>
            </fieldset>
          ) : (
            <button
              type="button"
              onClick={() => setConfirming(true)}
              aria-label={t('profiler.page.file.deleteLabel', { file: file.fileName })}
            >
              {t('profiler.page.file.delete')}
            </button>
          )}
        </div>
      </header>
      {file.status !== 'failed' && (
        <div className="data-counts">
          <label className="inline-check" htmlFor={`${id}-counts`}>
            <input
              id={`${id}-counts`}
              type="checkbox"
              checked={file.countsAsEvidence}
              disabled={counts.isPending}
              aria-describedby={`${id}-counts-hint`}
              onChange={(e) => counts.mutate({ dataFileId: file.id, countsAsEvidence: e.target.checked })}
            />
            {t('profiler.page.file.counts')}
          </label>
          <span className="hint" id={`${id}-counts-hint`}>
            {file.countsAsEvidence ? t('profiler.page.file.countsHint') : t('profiler.page.file.countsOff')}
          </span>
          {counts.isError && (
            <p className="error" role="alert">
              {counts.error instanceof ApiError ? counts.error.message : String(counts.error)}
            </p>
          )}
        </div>
      )}
      {remove.isError && (
        <p className="error" role="alert">
          {remove.error instanceof ApiError ? remove.error.message : String(remove.error)}
        </p>
      )}

      {isInProgress(file.status) && (
        <div className="data-progress">
          <progress
            max={1}
            value={file.status === 'queued' ? undefined : file.progress}
            aria-label={t('profiler.page.file.progressLabel', { file: file.fileName })}
          />
          <p role="status">
            {file.status === 'queued'
              ? t('profiler.page.file.queued')
              : t('profiler.page.file.profiling', { percent: Math.round(file.progress * 100) })}
          </p>
          <p className="muted small">{t('profiler.page.file.canLeave')}</p>
        </div>
      )}

      {file.status === 'failed' && (
        <div className="data-failed" role="alert">
          <p>
            <strong>{t('profiler.page.file.failed')}</strong>
          </p>
          <p>{file.failure?.message ?? t('profiler.page.file.failedUnknown')}</p>
          <p className="muted small">{t('profiler.page.file.failedNext')}</p>
        </div>
      )}

      {file.status === 'done' && (
        <>
          <p className="visually-hidden" role="status">
            {t('profiler.page.file.done', { file: file.fileName })}
          </p>
          {profile.isPending && <p>{t('web.common.loading')}</p>}
          {profile.isError && (
            <p className="error" role="alert">
              {profile.error instanceof ApiError ? profile.error.message : String(profile.error)}
            </p>
          )}
          {profile.data && <ProfileView profile={profile.data} reportUrl={reportUrl} />}
        </>
      )}
    </article>
  );
}
