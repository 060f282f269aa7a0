import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps the current step (`aria-current="step"`) of a sideways-scrolling step bar in view, centred
 * when it was out of view. Only the bar scrolls, never the page. Pass what changes the current
 * step (its index) as `current`.
 *
 * @example const list = useCurrentStepVisible<HTMLOListElement>(index); <ol ref={list}>…</ol>
 */
export function useCurrentStepVisible<T extends HTMLElement>(current: unknown) {
  const ref = useRef<T>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when the current step changes
  useLayoutEffect(() => {
    const bar = ref.current;
    const step = bar?.querySelector('[aria-current="step"]');
    if (!bar || !step || bar.scrollWidth <= bar.clientWidth) return;
    const barBox = bar.getBoundingClientRect();
    const stepBox = step.getBoundingClientRect();
    if (stepBox.left >= barBox.left && stepBox.right <= barBox.right) return;
    bar.scrollLeft += stepBox.left - barBox.left - (barBox.width - stepBox.width) / 2;
  }, [current]);
  return ref;
}
