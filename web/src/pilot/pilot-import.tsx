import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PilotImportResult } from '../../../src/api/pilot-import-schemas.ts';
import { ApiError, apiHref, checkAnswerInDevelopment } from '../api.ts';
import { useSession } from '../session.ts';

const IMPORT = 'POST /api/orgs/:orgId/use-cases/:useCaseId/pilots/:pilotId/import';
type Ids = { orgId: string; useCaseId: string; pilotId: string };
type Problem = { field?: string; row: number | null; column: string | null; message: string };

/**
 * Reads the baseline (while planned) or the weeks (once running) from a CSV or XLSX export. Nothing
 * is stored while a row has a problem: each problem is listed with its row as Excel numbers it.
 */
export function PilotImport({
  ids,
  target,
  onImported,
}: {
  ids: Ids;
  target: 'baseline' | 'measurements';
  onImported?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [isReplacing, setReplacing] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<PilotImportResult | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'nl';

  async function upload(file: File) {
    setBusy(true);
    setProblems([]);
    setError(null);
    setDone(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const res = await fetch(
        apiHref(IMPORT, {
          params: ids,
          query: { target, mode: isReplacing ? 'replace' : 'merge', lang: language },
        }),
        {
          method: 'POST',
          body: form,
          credentials: 'same-origin',
          headers: {
            accept: 'application/json',
            'accept-language': language,
            'x-csrf-token': session.data?.csrfToken ?? '',
          },
        },
      ).catch(() => {
        throw new ApiError(0, 'NETWORK', t('pilotWeb.import.network'));
      });
      const body = (await res.json().catch(() => null)) as unknown;
      if (!res.ok) {
        const e = (body as { error?: { code: string; message: string; details?: unknown } } | null)?.error;
        throw new ApiError(res.status, e?.code ?? 'HTTP', e?.message ?? `HTTP ${res.status}`, e?.details);
      }
      await checkAnswerInDevelopment(IMPORT, body);
      const result = body as PilotImportResult;
      queryClient.setQueryData(['pilot', ids.orgId, ids.useCaseId, ids.pilotId, i18n.language], result.pilot);
      void queryClient.invalidateQueries({ queryKey: ['pilots', ids.orgId, ids.useCaseId] });
      setDone(result);
      onImported?.();
    } catch (e) {
      const listed = (e instanceof ApiError ? (e.details as { problems?: Problem[] } | undefined) : undefined)
        ?.problems;
      if (listed && listed.length > 0 && listed.some((p) => 'row' in p)) setProblems(listed);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <details className="pilot-import">
      <summary>{t(`pilotWeb.import.summary.${target}`)}</summary>
      <p className="hint" id={`${id}-hint`}>
        {t(`pilotWeb.import.hint.${target}`)}
      </p>
      <div className="field">
        <label htmlFor={id}>{t('pilotWeb.import.file')}</label>
        <input
          ref={input}
          id={id}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-hint`}
          disabled={isBusy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </div>
      <label className="inline-check">
        <input type="checkbox" checked={isReplacing} onChange={(e) => setReplacing(e.target.checked)} />{' '}
        {t(`pilotWeb.import.replace.${target}`)}
      </label>
      {isBusy && (
        <p className="muted" role="status">
          {t('pilotWeb.import.busy')}
        </p>
      )}
      {done && (
        <div role="status" className="ok">
          <p>
            {target === 'baseline'
              ? t('pilotWeb.import.donePeriods', { count: done.imported.periods.length })
              : t('pilotWeb.import.doneWeeks', {
                  count: done.imported.weeks.length,
                  weeks: done.imported.weeks.join(', '),
                })}
            {done.sheet ? ` ${t('pilotWeb.import.sheet', { sheet: done.sheet })}` : ''}
          </p>
          {done.warnings.length > 0 && (
            <ul className="pilot-problems">
              {done.warnings.map((w) => (
                <li key={`${w.row}-${w.column}-${w.message}`}>{w.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {(problems.length > 0 || error) && (
        <div role="alert">
          <p className="error">
            {problems.length > 0 ? t('pilotWeb.import.refused', { count: problems.length }) : error}
          </p>
          {problems.length > 0 && (
            <ul className="pilot-problems pilot-import-problems">
              {problems.map((p) => (
                <li key={`${p.row}-${p.column}-${p.message}`}>
                  <strong>
                    {p.field ??
                      (p.row === null
                        ? t('pilotImport.where.file')
                        : t('pilotImport.where.row', { row: p.row }))}
                  </strong>
                  : {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}
