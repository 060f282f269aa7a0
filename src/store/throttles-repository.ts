import type { Database, Queryable } from './database.ts';

/**
 * A limit on failed attempts under one key, kept in the database so that every app process sharing
 * one PostgreSQL sees the same counts.
 * - `window`: at most `limit` failures per `windowSeconds` (a fixed window), e.g. per address.
 * - `lockout`: after `freeFailures` failures in a row, locked for `baseLockSeconds`, doubling with
 *   each further failure up to `maxLockSeconds`; the count is forgotten after `memorySeconds`
 *   without a failure and on a success. E.g. per account.
 */
export type ThrottleRule =
  | { kind: 'window'; key: string; limit: number; windowSeconds: number }
  | {
      kind: 'lockout';
      key: string;
      freeFailures: number;
      baseLockSeconds: number;
      maxLockSeconds: number;
      memorySeconds: number;
    };

export type Reservation = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

type State = { failures: number; windowStartedAt: number; lockedUntil: number | null; updatedAt: number };

const epoch = (column: string) => `extract(epoch from ${column})::float8 as ${column}`;

async function lockState(tx: Queryable, key: string): Promise<State> {
  await tx.query('insert into auth_throttles (key) values ($1) on conflict (key) do nothing', [key]);
  const [row] = await tx.query(
    `select failures, ${epoch('window_started_at')}, ${epoch('locked_until')}, ${epoch('updated_at')}
     from auth_throttles where key = $1 for update`,
    [key],
  );
  return {
    failures: Number(row!.failures),
    windowStartedAt: Number(row!.window_started_at),
    lockedUntil: row!.locked_until === null ? null : Number(row!.locked_until),
    updatedAt: Number(row!.updated_at),
  };
}

/** Seconds until the rule lets another attempt through, or 0 when it does now. */
function waitSeconds(rule: ThrottleRule, state: State, now: number): number {
  if (rule.kind === 'window') {
    const windowEnd = state.windowStartedAt + rule.windowSeconds;
    return now < windowEnd && state.failures >= rule.limit ? windowEnd - now : 0;
  }
  return state.lockedUntil !== null && state.lockedUntil > now ? state.lockedUntil - now : 0;
}

/** The state after counting one more failure. */
function afterFailure(rule: ThrottleRule, state: State, now: number): State {
  if (rule.kind === 'window') {
    const isNewWindow = now >= state.windowStartedAt + rule.windowSeconds;
    return isNewWindow
      ? { ...state, failures: 1, windowStartedAt: now, updatedAt: now }
      : { ...state, failures: state.failures + 1, updatedAt: now };
  }
  const isForgotten = now - state.updatedAt > rule.memorySeconds;
  const failures = (isForgotten ? 0 : state.failures) + 1;
  const extra = failures - rule.freeFailures;
  const lockedUntil =
    extra >= 0 ? now + Math.min(rule.baseLockSeconds * 2 ** Math.min(extra, 30), rule.maxLockSeconds) : null;
  return { ...state, failures, lockedUntil, updatedAt: now };
}

/** Attempt limits (login, password checks) per account and per address. */
export function throttlesRepository(db: Database) {
  return {
    /**
     * Checks every rule and, when none blocks, counts this attempt as a failure under each key
     * before the password is checked, so parallel attempts cannot slip past a limit. Call
     * `forgive` when the attempt succeeds. Keys are locked in the order given; give them in the
     * same order everywhere.
     */
    async reserve(rules: readonly ThrottleRule[]): Promise<Reservation> {
      return db.transaction(async (tx) => {
        const [clock] = await tx.query<{ now: number }>('select extract(epoch from now())::float8 as now');
        const now = Number(clock!.now);
        const states: State[] = [];
        for (const rule of rules) states.push(await lockState(tx, rule.key));
        const wait = Math.max(0, ...rules.map((rule, i) => waitSeconds(rule, states[i]!, now)));
        if (wait > 0) return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
        for (const [i, rule] of rules.entries()) {
          const next = afterFailure(rule, states[i]!, now);
          await tx.query(
            `update auth_throttles set failures = $2, window_started_at = to_timestamp($3),
               locked_until = to_timestamp($4), updated_at = to_timestamp($5) where key = $1`,
            [rule.key, next.failures, next.windowStartedAt, next.lockedUntil, next.updatedAt],
          );
        }
        return { isAllowed: true };
      });
    },

    /**
     * Takes back a reserved attempt that succeeded: a lockout count starts again from zero, a window
     * count gives the attempt back.
     */
    async forgive(rules: readonly ThrottleRule[]): Promise<void> {
      for (const rule of rules) {
        await db.query(
          rule.kind === 'lockout'
            ? 'update auth_throttles set failures = 0, locked_until = null, updated_at = now() where key = $1'
            : 'update auth_throttles set failures = greatest(failures - 1, 0) where key = $1',
          [rule.key],
        );
      }
    },

    /** Deletes counts unused for a day and no longer locking; returns how many. */
    async purgeStale(): Promise<number> {
      const rows = await db.query(
        `delete from auth_throttles where updated_at < now() - interval '1 day'
           and (locked_until is null or locked_until < now()) returning key`,
      );
      return rows.length;
    },
  };
}

export type ThrottlesRepository = ReturnType<typeof throttlesRepository>;
