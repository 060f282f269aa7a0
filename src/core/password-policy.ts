import { type Message, msg } from './message.ts';

/**
 * The password policy, after NIST SP 800-63B-4 (section 3.1.1.2): a minimum length, no composition
 * rules (no "one capital, one digit"), long passphrases welcome, and a check against passwords that
 * are common, expected or derived from the account.
 *
 * Minimum 15 characters: rev. 4 asks for 15 when the password is the only factor, and in Haalbaar it
 * is (there is no second factor). Fifteen characters is three or four ordinary words, which is easier
 * to remember than a short password full of symbols.
 */
export const MIN_PASSWORD_LENGTH = 15;
/** Long enough for any passphrase (NIST asks to allow at least 64); bounds the hashing work. */
export const MAX_PASSWORD_LENGTH = 1000;

/** Why a new password is refused; each is a message key under `common.password.`. */
export type PasswordProblem =
  | 'tooShort'
  | 'tooLong'
  | 'repeated'
  | 'sequence'
  | 'containsEmail'
  | 'containsName'
  | 'common';

export type PasswordContext = {
  /** The account's e-mail address: the password may not contain it or its part before the @. */
  email: string;
  /** The person's name: the password may not contain it or one of its longer parts. */
  name?: string;
  /**
   * Whether a lower-case string is on a list of commonly used passwords. The list is data, so the
   * caller brings it (the server loads one; the web, which does not ship it, passes `() => false`).
   */
  isCommonPassword?: (lowerCase: string) => boolean;
};

/** Name parts shorter than this are too common inside ordinary words to refuse ("an", "de", "jan"). */
const MIN_NAME_PART = 4;

/**
 * Rows of characters that people type in order: the alphabet, the digits, and the letter rows of
 * QWERTY and AZERTY keyboards. Each is read both ways; digits and the alphabet wrap around (…890123…).
 */
const SEQUENCES: readonly { chars: string; wraps: boolean }[] = [
  { chars: 'abcdefghijklmnopqrstuvwxyz', wraps: true },
  { chars: '0123456789', wraps: true },
  { chars: 'qwertyuiop', wraps: false },
  { chars: 'asdfghjkl', wraps: false },
  { chars: 'zxcvbnm', wraps: false },
  { chars: 'azertyuiop', wraps: false },
  { chars: 'qsdfghjklm', wraps: false },
  { chars: 'wxcvbn', wraps: false },
  { chars: 'qwertzuiop', wraps: false },
  { chars: 'yxcvbnm', wraps: false },
];

/** Length in characters as a person counts them (code points, after Unicode normalisation). */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

/**
 * Checks a new password against the policy and returns every reason it is refused, as messages
 * (`common.password.<problem>`); an empty list means the password is accepted.
 *
 * @example
 * checkNewPassword('1234567890123456', { email: 'an@example.nl' })
 * // → [{ key: 'common.password.sequence' }]
 */
export function checkNewPassword(password: string, context: PasswordContext): Message[] {
  return passwordProblems(password, context).map((problem) =>
    problem === 'tooShort'
      ? msg('common.password.tooShort', { min: MIN_PASSWORD_LENGTH })
      : problem === 'tooLong'
        ? msg('common.password.tooLong', { max: MAX_PASSWORD_LENGTH })
        : msg(`common.password.${problem}`),
  );
}

/** The same check as `checkNewPassword`, as plain problem codes. */
export function passwordProblems(password: string, context: PasswordContext): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = passwordLength(password);
  if (length < MIN_PASSWORD_LENGTH) problems.push('tooShort');
  if (length > MAX_PASSWORD_LENGTH) problems.push('tooLong');
  const lower = password.normalize('NFKC').toLowerCase();
  const compact = lower.replace(/\s+/gu, '');
  if (isRepetition(compact)) problems.push('repeated');
  else if (isSequence(compact)) problems.push('sequence');
  if (containsEmail(compact, context.email)) problems.push('containsEmail');
  if (context.name !== undefined && containsName(compact, context.name)) problems.push('containsName');
  if (context.isCommonPassword && isCommon(compact, context.isCommonPassword)) problems.push('common');
  return problems;
}

/**
 * One character or a short unit over and over: "aaaaaaaaaaaaaaa", fifteen spaces, "abababab…",
 * "123123123…". An empty string (only spaces) counts as repetition too.
 */
function isRepetition(compact: string): boolean {
  const chars = [...compact];
  if (chars.length === 0) return true;
  for (let unit = 1; unit <= 4 && unit * 2 <= chars.length; unit++) {
    if (chars.every((c, i) => c === chars[i % unit])) return true;
  }
  return false;
}

/** The sequences in which `b` follows `a`: +k when it comes right after in sequence k, -k right before. */
function step(a: string, b: string): number[] {
  const steps: number[] = [];
  for (const [index, { chars, wraps }] of SEQUENCES.entries()) {
    const i = chars.indexOf(a);
    const j = chars.indexOf(b);
    if (i < 0 || j < 0) continue;
    const n = chars.length;
    if (j === i + 1 || (wraps && i === n - 1 && j === 0)) steps.push(index + 1);
    if (j === i - 1 || (wraps && i === 0 && j === n - 1)) steps.push(-(index + 1));
  }
  return steps;
}

/**
 * Typed in order: the whole password is made of runs of at least three characters that each follow
 * one sequence in one direction ("123456789012345", "qwertyuiopasdfg", "zyxwvutsrqponml").
 */
function isSequence(compact: string): boolean {
  const chars = [...compact];
  if (chars.length < 3) return false;
  let runLength = 1;
  let direction: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    const here = step(chars[i - 1]!, chars[i]!);
    const continued = runLength > 1 ? here.filter((d) => direction.includes(d)) : here;
    if (continued.length > 0) {
      runLength++;
      direction = continued;
    } else {
      if (runLength < 3) return false;
      runLength = 1;
      direction = [];
    }
  }
  return runLength >= 3;
}

function containsEmail(compact: string, email: string): boolean {
  const address = email.trim().toLowerCase();
  if (address === '') return false;
  const local = address.split('@')[0] ?? '';
  return compact.includes(address) || (local.length >= MIN_NAME_PART && compact.includes(local));
}

function containsName(compact: string, name: string): boolean {
  const lower = name.normalize('NFKC').toLowerCase().trim();
  const whole = lower.replace(/\s+/gu, '');
  if (whole.length >= 3 && compact.includes(whole)) return true;
  return lower
    .split(/[^\p{L}\p{N}]+/u)
    .some((part) => [...part].length >= MIN_NAME_PART && compact.includes(part));
}

/**
 * A commonly used password, or one built on it: the password itself, its letters alone when they are
 * most of it ("Wachtwoord2026!!", "iloveyou12345678"), or a common password said twice.
 */
function isCommon(compact: string, isCommonPassword: (lowerCase: string) => boolean): boolean {
  if (isCommonPassword(compact)) return true;
  const letters = compact.replace(/[^\p{L}]+/gu, '');
  if (letters.length === 0) return false;
  if (letters.length * 2 >= [...compact].length && isCommonPassword(letters)) return true;
  const half = letters.length / 2;
  return (
    Number.isInteger(half) &&
    letters.slice(0, half) === letters.slice(half) &&
    isCommonPassword(letters.slice(0, half))
  );
}
