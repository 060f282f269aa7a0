import { dictionary } from '@zxcvbn-ts/language-common';
import { checkNewPassword } from '../core/password-policy.ts';
import { fieldLabel } from '../i18n/field-label.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';
import { AppError } from './app-error.ts';

/**
 * The common-password list: about 49,000 passwords seen most often in breaches, from zxcvbn-ts's
 * `@zxcvbn-ts/language-common` (MIT), lower-case. Loaded once, on first use.
 */
let commonPasswords: ReadonlySet<string> | null = null;
function isCommonPassword(lowerCase: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return commonPasswords.has(lowerCase);
}

/**
 * Throws WEAK_PASSWORD when the password breaks the policy (src/core/password-policy.ts), naming
 * every reason in the caller's language; `field` is where it was in the request, e.g. `body.password`
 * (the message names it by its label, "Wachtwoord").
 */
export function assertStrongPassword(
  password: string,
  options: { email: string; name?: string; field: string; locale: Locale },
): void {
  const reasons = checkNewPassword(password, {
    email: options.email,
    ...(options.name === undefined ? {} : { name: options.name }),
    isCommonPassword,
  });
  if (reasons.length === 0) return;
  const texts = reasons.map((r) => renderMessage(r, options.locale));
  throw new AppError(
    'WEAK_PASSWORD',
    // The message names the field by its label; the details keep its path.
    { field: fieldLabel(options.field, options.locale) ?? options.field, reasons: texts.join(' ') },
    { field: options.field, reasons: reasons.map((r, i) => ({ ...r, message: texts[i] })) },
  );
}
