import type { FastifyRequest } from 'fastify';
import type { Message } from '../core/message.ts';
import { renderMessage } from '../i18n/translate.ts';
import { AppError } from './app-error.ts';
import { requestLocale } from './request-locale.ts';

/**
 * A 400 naming the fields, in the request's language, shaped like the validation errors of the error
 * handler (`details.problems` with a path and a message each).
 */
export function invalidFields(
  request: FastifyRequest,
  problems: { path: string; message: Message }[],
): AppError {
  const locale = requestLocale(request);
  const rendered = problems.map((p) => ({ path: p.path, message: renderMessage(p.message, locale) }));
  return new AppError(
    'VALIDATION_FAILED',
    { problems: rendered.map((p) => `${p.path}: ${p.message}`).join('; ') },
    { problems: rendered },
  );
}
