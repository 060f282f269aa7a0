import { ApiError, apiHref, checkAnswerInDevelopment } from '../api.ts';
import type { DataFileView } from './data-file-types.ts';

/** The upload operation of the contract; its answer is the queued data file. */
const UPLOAD = 'POST /api/orgs/:orgId/use-cases/:useCaseId/data-files';

export type UploadFields = {
  keepFile: boolean;
  sheet?: string | undefined;
  timeColumn?: string | undefined;
  entityColumn?: string | undefined;
  targetColumn?: string | undefined;
};

/**
 * Uploads one file as multipart/form-data with XMLHttpRequest, because fetch cannot report upload
 * progress. Fields go before the file (the server reads them first). Resolves with the queued data
 * file (202); rejects with an ApiError carrying the server's message in the user's language, or
 * code `ABORTED` when `signal` aborts.
 */
export function uploadDataFile(options: {
  orgId: string;
  useCaseId: string;
  file: File;
  fields: UploadFields;
  csrfToken: string;
  language: string;
  /** Fraction 0..1 of the bytes sent. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
  networkErrorText: string;
  abortedText: string;
}): Promise<DataFileView> {
  const { fields } = options;
  const form = new FormData();
  if (fields.keepFile) form.append('keepFile', 'true');
  for (const name of ['sheet', 'timeColumn', 'entityColumn', 'targetColumn'] as const) {
    const value = fields[name]?.trim();
    if (value) form.append(name, value);
  }
  form.append('file', options.file, options.file.name);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiHref(UPLOAD, { params: { orgId: options.orgId, useCaseId: options.useCaseId } }));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', options.language);
    xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: handled below
      }
      if (xhr.status === 202 && body) {
        options.onProgress(1);
        checkAnswerInDevelopment(UPLOAD, body).then(() => resolve(body as DataFileView), reject);
        return;
      }
      const e = (body as { error?: { code: string; message: string; details?: unknown } } | null)?.error;
      reject(new ApiError(xhr.status, e?.code ?? 'HTTP', e?.message ?? `HTTP ${xhr.status}`, e?.details));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', options.networkErrorText));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', options.abortedText));
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new ApiError(0, 'ABORTED', options.abortedText));
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}
