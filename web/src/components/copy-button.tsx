import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies `text` (a new token, an invitation link) to the clipboard and says so. Where the browser
 * refuses (no clipboard over plain HTTP on another machine), the text stays on screen to select.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [isCopied, setCopied] = useState(false);
  // A new text (another token) has not been copied yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect resets when the text changes
  useEffect(() => setCopied(false), [text]);
  return (
    <span className="copy">
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {label}
      </button>{' '}
      <span role="status">{isCopied && <span className="ok">{t('web.settings.copied')}</span>}</span>
    </span>
  );
}
