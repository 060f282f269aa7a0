import type { FastifyRequest } from 'fastify';
import type { Message } from '../core/message.ts';
import { fieldLabel } from '../i18n/field-label.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage } from '../i18n/translate.ts';
import { AppError } from './app-error.ts';
import { requestLocale } from './request-locale.ts';

/**
 * The one 400 for input that does not fit, in the request's language. The message is for a person:
 * each field by its label ("Wachtwoord: is te kort: minimaal 12 tekens"), and a problem in the
 * address says so ("Dit adres klopt niet: …"). `details.problems` keeps the machine path of each
 * problem beside its message and label, for programs.
 *
 * @example invalidInput([{ path: 'body.password', message: msg('input.tooShort', { minimum: 12 }) }], 'nl')
 */
export function invalidInput(
  problems: readonly { path: string; message: Message }[],
  locale: Locale,
): AppError {
  const rendered = problems.map((p) => ({
    path: p.path,
    field: fieldLabel(p.path, locale),
    message: renderMessage(p.message, locale),
  }));
  const isAddress = rendered.length > 0 && rendered.every((p) => p.path.startsWith('params'));
  return new AppError(
    'VALIDATION_FAILED',
    {
      problems: rendered.map((p) => `${p.field ?? p.path}: ${p.message}`).join('; '),
      ...(isAddress ? { context: 'address' } : {}),
    },
    { problems: rendered },
  );
}

/** `invalidInput` in the language of a request. */
export function invalidFields(
  request: FastifyRequest,
  problems: { path: string; message: Message }[],
): AppError {
  return invalidInput(problems, requestLocale(request));
}
