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
  'TOO_LARGE',
  'XLSX_ENCRYPTED',
  'XLSX_CORRUPT',
  'ZIP_BOMB',
  'SHEET_NOT_FOUND',
  'COLUMN_NOT_FOUND',
  'UNREADABLE',
] as const;
export type ProfileFailureCode = (typeof PROFILE_FAILURE_CODES)[number];

export type ProfileFailure = {
  code: ProfileFailureCode;
  message: Message;
  /** The file the failure is about. */
  file: string;
};

/** Builds a failure whose message key is `profiler.failure.<code>`; `file` is always a param. */
export function profileFailure(
  code: ProfileFailureCode,
  file: string,
  params: Record<string, string | number> = {},
): ProfileFailure {
  return { code, file, message: msg(`profiler.failure.${code}`, { file, ...params }) };
}
