import { useTranslation } from 'react-i18next';
import type { AutosaveState } from '../use-autosave.ts';

/** What autosave is doing, announced politely; a conflict offers to load the newest version. */
export function SaveState({ state, error }: { state: AutosaveState; error: string | null }) {
  const { t } = useTranslation();
  if (state === 'idle') return null;
  if (state === 'error' || state === 'conflict') {
    return (
      <span className="error" role="alert">
        {error}{' '}
        {state === 'conflict' && (
          <button type="button" className="link-inline" onClick={() => window.location.reload()}>
            {t('web.intake.reload')}
          </button>
        )}
      </span>
    );
  }
  return (
    <span className="muted" role="status" aria-live="polite">
      {state === 'saved' ? t('web.intake.saved') : t('web.intake.saving')}
    </span>
  );
}
