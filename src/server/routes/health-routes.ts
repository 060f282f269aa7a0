import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import pkg from '../../../package.json' with { type: 'json' };
import { ZErrorResponse } from '../../api/common-schemas.ts';
import { ZHealth } from '../../api/health-schemas.ts';
import { AppError } from '../app-error.ts';

export function registerHealthRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        security: [],
        response: {
          200: ZHealth,
          503: ZErrorResponse,
        },
      },
    },
    async (request) => {
      try {
        await app.deps.store.db.query('select 1');
      } catch (e) {
        request.log.error({ err: e }, 'health check: database unreachable');
        throw new AppError('UNAVAILABLE');
      }
      return { status: 'ok' as const, version: pkg.version, database: app.deps.store.db.engine };
    },
  );
}
