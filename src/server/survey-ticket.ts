import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Days a ticket handed out with the survey page stays good: time to answer, not to hoard. */
export const TICKET_DAYS = 2;

/** YYYY-MM-DD of `day` plus `days`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * A one-time ticket for one submission to one round: the round, a random nonce and the last day it
 * is good, signed with the server's secret. It is handed to whoever opens the survey page and names
 * nobody; spending it stores only a digest of the nonce, apart from the answers.
 */
export function issueTicket(secret: string, roundId: string, today: string): string {
  const payload = Buffer.from(
    JSON.stringify({ r: roundId, n: randomBytes(16).toString('base64url'), e: addDays(today, TICKET_DAYS) }),
  ).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/**
 * The digest to spend and the ticket's last day, for a ticket this server signed for this round that
 * has not expired; null for anything else (forged, another round's, expired, malformed).
 */
export function readTicket(
  secret: string,
  ticket: string,
  roundId: string,
  today: string,
): { digest: string; expiresOn: string } | null {
  const [payload, signature, ...rest] = ticket.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const { r, n, e } = (parsed ?? {}) as { r?: unknown; n?: unknown; e?: unknown };
  if (r !== roundId || typeof n !== 'string' || typeof e !== 'string' || e < today) return null;
  return { digest: createHash('sha256').update(`${r}:${n}`).digest('hex'), expiresOn: e };
}
