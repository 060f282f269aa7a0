/**
 * The one error type routes throw for expected failures. The code decides the HTTP status
 * (one table, below) and the translated message (`errors.<code>` in src/i18n/locales).
 */
export const ERROR_STATUS = {
  /** The request body, query or parameters do not match the schema. */
  VALIDATION_FAILED: 400,
  /** The body is not valid JSON. */
  MALFORMED_JSON: 400,
  /**
   * A multipart upload that cannot be read: no boundary, cut off, too many parts. Its own code,
   * because the fix (resend the form, check the client) differs from a JSON syntax error.
   */
  MALFORMED_MULTIPART: 400,
  /** The request itself cannot be read: a broken %-escape in the address, a body shorter than its Content-Length. */
  MALFORMED_REQUEST: 400,
  /** The use-case document does not validate against schema v1. */
  INVALID_USE_CASE: 400,
  /** Not logged in, or the session or token has expired. */
  UNAUTHENTICATED: 401,
  /** Email and password do not match. */
  INVALID_CREDENTIALS: 401,
  /** The invited address has an account: log in as it, then accept the invitation. */
  LOGIN_REQUIRED: 401,
  /** A new password breaks the password policy; the details name each reason. */
  WEAK_PASSWORD: 400,
  /** Cookie-authenticated change without a valid CSRF token. */
  CSRF_FAILED: 403,
  /** Logged in, but the role does not allow this. */
  FORBIDDEN: 403,
  /** The invitation is for another address than the account that is logged in. */
  INVITATION_WRONG_ACCOUNT: 403,
  /** The invitation link is unknown, used, revoked or expired (never say which). */
  INVITATION_INVALID: 404,
  /** Not there, or not in an organisation the caller belongs to (never say which). */
  NOT_FOUND: 404,
  /** The route does not exist. */
  ROUTE_NOT_FOUND: 404,
  /** The method is not supported on this route. */
  METHOD_NOT_ALLOWED: 405,
  /** Someone saved a newer version in between. */
  REVISION_CONFLICT: 409,
  /** The pilot has started: its plan changes only as an amendment with a reason, its baseline not at all. */
  PILOT_FROZEN: 409,
  /** The pilot has started already (a second start). */
  PILOT_STARTED: 409,
  /** The pilot has not started: measurements, iterations and the decision come after the start. */
  PILOT_NOT_RUNNING: 409,
  /** The pilot is decided: nothing in it changes any more. */
  PILOT_DECIDED: 409,
  /** The pilot cannot start yet; the message and the details name every missing field. */
  PILOT_NOT_READY: 409,
  /** A survey or feedback link that does not exist (or was replaced). */
  LINK_INVALID: 404,
  /** A vendor's questionnaire link whose time is up: the owner can make a new one. */
  LINK_EXPIRED: 410,
  /** The survey round is closed: it takes no more answers. */
  SURVEY_CLOSED: 409,
  /** The round is still open: its export comes once it is closed. */
  SURVEY_OPEN: 409,
  /** The survey page's one-time ticket is expired, forged or for another round: reload the page. */
  SURVEY_TICKET_INVALID: 409,
  /** This ticket was used: the answers from this page were received already. */
  SURVEY_ANSWERED: 409,
  /** A use case holds at most so many vendors or claims, a vendor so many evidence files. */
  VENDOR_LIMIT: 409,
  /** The email address already has an account. */
  EMAIL_TAKEN: 409,
  /** The last owner cannot be removed or demoted. */
  LAST_OWNER: 409,
  /** The body or upload is larger than allowed. */
  PAYLOAD_TOO_LARGE: 413,
  /** The Content-Type is not supported on this route. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** The uploaded file cannot be used (empty, binary, wrong format…). */
  UNPROCESSABLE_FILE: 422,
  /** An evidence file that is not one of the accepted kinds, or whose content does not match its name. */
  EVIDENCE_FILE_REFUSED: 422,
  /** Too many attempts; wait before trying again. */
  RATE_LIMITED: 429,
  /** A bug or an outage; logged with the request id. */
  INTERNAL: 500,
  /** The database or another dependency is unreachable. */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    /** Interpolation values for the translated message. */
    readonly params: Record<string, string | number> = {},
    /** Machine-readable details, e.g. the list of validation problems. */
    readonly details?: unknown,
  ) {
    super(code);
    this.status = ERROR_STATUS[code];
  }
}
