import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { useSession } from '../session.ts';
import { type UploadFields, uploadDataFile } from './upload-data-file.ts';
import { useProfileFormat } from './use-profile-format.ts';

/** Extensions offered in the file picker; the server decides by content, not by name. */
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.parquet,.json,.ndjson,.jsonl';

type Upload = {
  key: string;
  name: string;
  fraction: number;
  state: 'waiting' | 'uploading' | 'sent' | 'failed';
  error?: string;
};

/**
 * Picks one or more files, with the optional profiling settings, and uploads them one after the
 * other with a progress bar each. A sent file appears in the list below, where its profiling
 * progress is shown.
 */
export function UploadPanel({ orgId, useCaseId }: { orgId: string; useCaseId: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useProfileFormat();
  const session = useSession();
  const queryClient = useQueryClient();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [keepFile, setKeepFile] = useState(false);
  const [options, setOptions] = useState<Omit<UploadFields, 'keepFile'>>({});
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [isBusy, setBusy] = useState(false);
  const [pickError, setPickError] = useState<string | null>(null);
  const [isDragging, setDragging] = useState(false);

  /** Files dropped on the drop zone take the place of what the file picker holds. */
  function drop(e: DragEvent<HTMLFieldSetElement>) {
    e.preventDefault();
    setDragging(false);
    if (isBusy) return;
    const dropped = [...e.dataTransfer.files];
    if (dropped.length === 0) return;
    setFiles(dropped);
    setPickError(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  const update = (key: string, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (files.length === 0) {
      setPickError(t('profiler.page.upload.pickFirst'));
      fileInput.current?.focus();
      return;
    }
    setPickError(null);
    const batch = files.map((file, i) => ({ file, key: `${Date.now()}-${i}-${file.name}` }));
    setUploads(batch.map(({ file, key }) => ({ key, name: file.name, fraction: 0, state: 'waiting' })));
    setBusy(true);
    const controller = new AbortController();
    abort.current = controller;
    for (const { file, key } of batch) {
      if (controller.signal.aborted) {
        update(key, { state: 'failed', error: t('profiler.page.upload.cancelled') });
        continue;
      }
      update(key, { state: 'uploading' });
      try {
        await uploadDataFile({
          orgId,
          useCaseId,
          file,
          fields: { keepFile, ...options },
          csrfToken: session.data?.csrfToken ?? '',
          language: i18n.language,
          onProgress: (fraction) => update(key, { fraction }),
          signal: controller.signal,
          networkErrorText: t('web.common.serverDown'),
          abortedText: t('profiler.page.upload.cancelled'),
        });
        update(key, { state: 'sent', fraction: 1 });
        void queryClient.invalidateQueries({ queryKey: ['data-files', orgId, useCaseId] });
      } catch (err) {
        update(key, { state: 'failed', error: err instanceof ApiError ? err.message : String(err) });
      }
    }
    abort.current = null;
    setBusy(false);
    setFiles([]);
    if (fileInput.current) fileInput.current.value = '';
  }

  const option = (name: keyof typeof options) => ({
    value: options[name] ?? '',
    onChange: (e: { target: { value: string } }) => setOptions((o) => ({ ...o, [name]: e.target.value })),
  });

  return (
    <form className="panel data-upload" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('profiler.page.upload.title')}</h2>
      <p className="muted">{t('profiler.page.upload.intro')}</p>
      <fieldset
        className={isDragging ? 'field drop-zone is-dragging' : 'field drop-zone'}
        onDragEnter={(e) => {
          e.preventDefault();
          if (!isBusy) setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={drop}
      >
        <legend className="drop-zone-title">{t('profiler.page.upload.dropHere')}</legend>
        <label htmlFor={`${id}-file`}>{t('profiler.page.upload.files')}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          multiple
          accept={ACCEPT}
          aria-describedby={`${id}-file-hint${pickError ? ` ${id}-file-error` : ''}`}
          aria-invalid={pickError ? true : undefined}
          disabled={isBusy}
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
            setPickError(null);
          }}
        />
        <span className="hint" id={`${id}-file-hint`}>
          {t('profiler.page.upload.filesHint')}
        </span>
        {files.length > 0 && (
          <div className="drop-zone-picked" role="status">
            <p>{t('profiler.page.upload.picked', { count: files.length })}</p>
            <ul>
              {files.map((f) => (
                <li key={`${f.name}-${f.size}-${f.lastModified}`}>
                  {f.name} <span className="muted">({fmt.bytes(f.size)})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {pickError && (
          <span className="field-error" id={`${id}-file-error`} role="alert">
            {pickError}
          </span>
        )}
      </fieldset>

      <div className="field data-keep">
        <label className="inline-check" htmlFor={`${id}-keep`}>
          <input
            id={`${id}-keep`}
            type="checkbox"
            checked={keepFile}
            disabled={isBusy}
            aria-describedby={`${id}-keep-hint`}
            onChange={(e) => setKeepFile(e.target.checked)}
          />
          {t('profiler.page.upload.keepFile')}
        </label>
        <span className="hint" id={`${id}-keep-hint`}>
          {t('profiler.page.upload.keepFileHint')}
        </span>
      </div>

      <details className="data-options">
        <summary>{t('profiler.page.upload.options')}</summary>
        <p className="hint">{t('profiler.page.upload.optionsHint')}</p>
        <div className="grid-2">
          {(['sheet', 'timeColumn', 'entityColumn', 'targetColumn'] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`${id}-${name}`}>{t(`profiler.page.upload.${name}`)}</label>
              <input
                id={`${id}-${name}`}
                {...option(name)}
                disabled={isBusy}
                autoComplete="off"
                maxLength={200}
                aria-describedby={`${id}-${name}-hint`}
              />
              <span className="hint" id={`${id}-${name}-hint`}>
                {t(`profiler.page.upload.${name}Hint`)}
              </span>
            </div>
          ))}
        </div>
      </details>

      <div className="form-actions">
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy
            ? t('profiler.page.upload.busy')
            : t('profiler.page.upload.submit', { count: Math.max(1, files.length) })}
        </button>
        {isBusy && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('profiler.page.upload.cancel')}
          </button>
        )}
      </div>

      {uploads.length > 0 && (
        <ul className="data-uploads" aria-label={t('profiler.page.upload.listLabel')}>
          {uploads.map((u) => (
            <li key={u.key} className={`data-upload-item upload-${u.state}`}>
              <span className="data-upload-name">{u.name}</span>
              <progress
                max={1}
                value={u.fraction}
                aria-label={t('profiler.page.upload.progressLabel', { file: u.name })}
                aria-valuetext={fmt.percent(u.fraction)}
              />
              <span className="data-upload-percent" aria-hidden="true">
                {fmt.percent(u.fraction)}
              </span>
              <span className="data-upload-state" role={u.state === 'failed' ? 'alert' : 'status'}>
                {u.state === 'failed' ? u.error : t(`profiler.page.upload.state.${u.state}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
