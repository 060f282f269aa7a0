import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/store.ts';
import type { ThrottleRule } from '../store/throttles-repository.ts';
import { AppError } from './app-error.ts';
import type { Config } from './config.ts';

/**
 * Limits on guessing passwords, checked after the body is parsed (the account is in the body) and
 * kept in the database, so every app process behind one PostgreSQL counts together.
 *
 * - Per account (the e-mail address, also one without an account, so the answer does not tell
 *   whether it exists): 5 failures in a row are free, then the account is locked for 30 seconds,
 *   doubling with each further failure up to 15 minutes; forgotten after a day without failures and
 *   on a success. The lock holds from any address, also for the right password, so spreading guesses
 *   over many addresses does not help.
 * - Per address: HAALBAAR_LOGIN_RATE_PER_MINUTE failures per minute across all accounts, so one
 *   address cannot try one password against many accounts. Attempts refused by a lock do not count,
 *   so one attacked account does not block the others' logins from the same address.
 *
 * Login and the current-password check of a password change share the counts: both guess the same
 * secret.
 */
export const ACCOUNT_FREE_FAILURES = 5;
const ACCOUNT_BASE_LOCK_SECONDS = 30;
const ACCOUNT_MAX_LOCK_SECONDS = 15 * 60;
const ACCOUNT_MEMORY_SECONDS = 24 * 60 * 60;

/** The account key: trimmed and lower-case, as the unique index on users compares addresses. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

function rules(config: Config, input: { email: string; ip: string }): ThrottleRule[] {
  // Always address first, then account: every caller locks the rows in the same order.
  return [
    { kind: 'window', key: `address:${input.ip}`, limit: config.loginRatePerMinute, windowSeconds: 60 },
    {
      kind: 'lockout',
      key: `account:${normaliseEmail(input.email)}`,
      freeFailures: ACCOUNT_FREE_FAILURES,
      baseLockSeconds: ACCOUNT_BASE_LOCK_SECONDS,
      maxLockSeconds: ACCOUNT_MAX_LOCK_SECONDS,
      memorySeconds: ACCOUNT_MEMORY_SECONDS,
    },
  ];
}

export type PasswordAttempt = {
  /** Call when the password was right: the account's count starts again, the address gets it back. */
  succeeded: () => Promise<void>;
};

/**
 * Counts one password attempt for an account from the request's address, before the password is
 * checked. Throws RATE_LIMITED (429 with Retry-After) when the account is locked or the address has
 * used its attempts; otherwise the attempt counts as failed until `succeeded` is called.
 */
export async function startPasswordAttempt(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { store: Store; config: Config; email: string },
): Promise<PasswordAttempt> {
  const attemptRules = rules(options.config, { email: options.email, ip: request.ip });
  const reservation = await options.store.throttles.reserve(attemptRules);
  if (!reservation.isAllowed) {
    void reply.header('retry-after', String(reservation.retryAfterSeconds));
    request.log.warn({ email: normaliseEmail(options.email), ip: request.ip }, 'password attempts limited');
    throw new AppError('RATE_LIMITED', { seconds: reservation.retryAfterSeconds, context: 'password' });
  }
  return { succeeded: () => options.store.throttles.forgive(attemptRules) };
}
