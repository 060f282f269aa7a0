import { describe, expect, it } from 'vitest';
import { hasAnswered, markAnswered } from './answered-flag.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('answered flag', () => {
  it('remembers a link as answered and keeps nothing but the flag', () => {
    const store = memoryStorage();
    expect(hasAnswered('token-a-0123456789', store)).toBe(false);
    markAnswered('token-a-0123456789', store);
    expect(hasAnswered('token-a-0123456789', store)).toBe(true);
    expect(hasAnswered('token-b-0123456789', store)).toBe(false);
    expect([...store.map.values()]).toEqual(['1']);
  });

  it('forgets quietly where storage is refused', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    };
    expect(() => markAnswered('token-a-0123456789', refusing)).not.toThrow();
    expect(hasAnswered('token-a-0123456789', refusing)).toBe(false);
    expect(hasAnswered('token-a-0123456789', null)).toBe(false);
  });
});
