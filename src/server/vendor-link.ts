import { newSecret, sha256 } from './auth.ts';

/**
 * A vendor questionnaire link's secret and what the database keeps of it. The token is random
 * (24 bytes, 32 characters in the address) and only its SHA-256 digest is stored, so a copy of the
 * database or a backup opens no questionnaire; the owner sees the token once, when the link is made.
 */
export function newVendorLink(now: Date, days: number): { token: string; digest: string; expiresAt: Date } {
  const token = newSecret(24);
  return { token, digest: vendorLinkDigest(token), expiresAt: new Date(now.getTime() + days * 86_400_000) };
}

/** The stored form of a token, to look a link up by. */
export function vendorLinkDigest(token: string): string {
  return sha256(`vendor-link:${token}`);
}

/** The page the vendor opens, and the API address behind it. */
export function vendorLinkPaths(token: string): { path: string; apiPath: string } {
  return { path: `/v/${token}`, apiPath: `/api/public/vendor-questionnaire/${token}` };
}
