/**
 * That this browser answered a survey round, kept in this browser only (localStorage) so the page
 * can say so on a second visit. The server never learns it: responses carry no browser identity.
 * Storage that is full or refused (private mode) simply forgets.
 */
const KEY_PREFIX = 'haalbaar.survey.answered.';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** True when this browser submitted an answer through this link before. */
export function hasAnswered(token: string, store: Storage | null = storage()): boolean {
  try {
    return store?.getItem(KEY_PREFIX + token) === '1';
  } catch {
    return false;
  }
}

/** Remembers, in this browser only, that an answer went through this link. */
export function markAnswered(token: string, store: Storage | null = storage()): void {
  try {
    store?.setItem(KEY_PREFIX + token, '1');
  } catch {
    // Full or refused storage: the page just will not remember.
  }
}
