/** The browser's API client: JSON in and out, the CSRF header on changes, errors as ApiError. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken = '';
let language = 'nl';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}
export function setApiLanguage(lang: string): void {
  language = lang;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': language, accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      language === 'en' ? 'The server cannot be reached.' : 'De server is niet bereikbaar.',
    );
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: unknown };
  } | null;
  if (!res.ok) {
    const e = data?.error;
    throw new ApiError(res.status, e?.code ?? 'HTTP', e?.message ?? `HTTP ${res.status}`, e?.details);
  }
  return data as T;
}

export type Role = 'owner' | 'adviser' | 'member';
export type Membership = { organisationId: string; organisationName: string; role: Role };
export type User = { id: string; email: string; name: string; locale: string };
export type SessionInfo = { user: User; memberships: Membership[]; csrfToken: string };
export type UseCaseStatus = 'idea' | 'assessing' | 'pilot' | 'decided';
export type UseCaseSummary = {
  id: string;
  title: string;
  status: UseCaseStatus;
  revision: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};
// biome-ignore lint/suspicious/noExplicitAny: the document is validated by the server against schema v1
export type UseCaseDocument = Record<string, any>;
export type StoredUseCase = UseCaseSummary & { document: UseCaseDocument };
export type Revision = {
  revision: number;
  title: string;
  status: UseCaseStatus;
  document: UseCaseDocument;
  createdByName: string | null;
  createdAt: string;
  note: string | null;
};
export type Member = { userId: string; email: string; name: string; role: Role };
export type ApiToken = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdByName: string | null;
  /** Whether it works now; creatorLostAccess: its maker is no longer an owner or adviser here. */
  state: 'active' | 'expired' | 'revoked' | 'creatorLostAccess';
};
/** An open invitation, as owners see it in Settings. */
export type Invitation = {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
};
/** The answer to creating an invitation: the link is shown once. */
export type CreatedInvitation = Invitation & { secret: string; link: string };
/** What an invitation link is for, as the accept page shows it. */
export type InvitationView = {
  organisationName: string;
  email: string;
  name: string;
  role: Role;
  expiresAt: string;
};
export type AcceptedInvitation = SessionInfo & { organisationId: string };

/** The rendered assessment contract, the same type the server and CLI produce. */
export type { RenderedAssessment, RenderedFinding } from '../../src/report/assessment-render.ts';

import type { RenderedAssessment } from '../../src/report/assessment-render.ts';

export type AssessmentView = { id: string; revision: number; createdAt: string; result: RenderedAssessment };
export type AssessmentState = {
  current: AssessmentView | null;
  previous: AssessmentView | null;
  changes: { kind: string; text: string; tone: 'better' | 'worse' | 'neutral' }[];
  isStale: boolean;
  currentRevision: number;
};
