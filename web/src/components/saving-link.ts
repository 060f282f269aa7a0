import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { flushAllEdits } from '../use-autosave.ts';

/**
 * The click handler of a link that leaves an editor: it saves every pending edit first and
 * navigates only when all of it is stored (a failed save or a conflict keeps the user on the page,
 * where the editor says why). Clicks that open a new tab or window are left to the browser.
 *
 * @example <NavLink to={to} onClick={useSavingClick(to)}>Data</NavLink>
 */
export function useSavingClick(to: string): (e: MouseEvent<HTMLAnchorElement>) => void {
  const navigate = useNavigate();
  return (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    void flushAllEdits().then((allSaved) => {
      if (allSaved) navigate(to);
    });
  };
}
