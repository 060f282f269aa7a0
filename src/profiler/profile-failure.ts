/**
 * Why a file could not be profiled at all. Every failure has a stable code and a message key
 * (`profiler.failure.<CODE>`) whose text says what is wrong, where, and what to do.
 */
import { type Message, msg } from '../core/message.ts';

export const PROFILE_FAILURE_CODES = [
  'NOT_FOUND',
  'EMPTY_FILE',
  'BINARY_FILE',
  'UNSUPPORTED_FORMAT',
  'NOT_A_TABLE',
  'TOO_LARGE',
  'XLSX_ENCRYPTED',
  'XLSX_CORRUPT',
  'ZIP_BOMB',
  'XLSX_FALSE_SIZES',
  'XLSX_TOO_COMPLEX',
  'XLSX_TOO_MANY_TEXTS',
  'JSON_TOO_DEEP',
  'TOO_MANY_COLUMNS',
  'SHEET_NOT_FOUND',
  'COLUMN_NOT_FOUND',
  'UNREADABLE',
  'OUT_OF_MEMORY',
  'TIMED_OUT',
  'CRASHED',
  'INTERNAL',
] as const;
export type ProfileFailureCode = (typeof PROFILE_FAILURE_CODES)[number];

export type ProfileFailure = {
  code: ProfileFailureCode;
  message: Message;
  /** The file the failure is about. */
  file: string;
  /** What went wrong inside, for the log only: never shown (it names internals, in English). */
  cause?: string;
  /** Quoted to the user and logged with `cause`, for failures that are ours to investigate. */
  reference?: string;
};

/** Builds a failure whose message key is `profiler.failure.<code>`; `file` is always a param. */
export function profileFailure(
  code: ProfileFailureCode,
  file: string,
  params: Record<string, string | number> = {},
): ProfileFailure {
  return { code, file, message: msg(`profiler.failure.${code}`, { file, ...params }) };
}
