import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table that may be wider than its column (a phone, a narrow panel): it scrolls sideways inside
 * its own box, says so in a visible hint, and can be scrolled with the keyboard (the box takes the
 * focus, named by `label`) — never cut off silently.
 *
 * @example <ScrollTable label={t('web.settings.tokens')}><table className="table">…</table></ScrollTable>
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const [isOverflowing, setOverflowing] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="table-wrap">
      {isOverflowing && (
        <p className="scroll-hint" aria-hidden="true">
          {t('web.common.scrollHint')}
        </p>
      )}
      <section ref={box} className="table-scroll" tabIndex={isOverflowing ? 0 : undefined} aria-label={label}>
        {children}
      </section>
    </div>
  );
}
