import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { problemsFromIssues } from '../core/use-case/parse-use-case.ts';
import { renderMessage, translator } from '../i18n/translate.ts';
import type { Store } from '../store/store.ts';
import { AppError, type ErrorCode } from './app-error.ts';
import { checkCsrf, resolveAuth } from './auth.ts';
import type { Config } from './config.ts';
import { type JobRunner, startJobRunner } from './job-runner.ts';
import { PROFILE_JOB, profileJobHandler } from './profile-job.ts';
import { requestLocale } from './request-locale.ts';
import { registerAccountRoutes } from './routes/account-routes.ts';
import { registerAssessmentRoutes } from './routes/assessment-routes.ts';
import { registerBusinessCaseRoutes } from './routes/business-case-routes.ts';
import { registerDataFileRoutes } from './routes/data-file-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerOrganisationRoutes } from './routes/organisation-routes.ts';
import { registerUseCaseRoutes } from './routes/use-case-routes.ts';

export type AppDeps = {
  store: Store;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** Run background jobs (profiling) in this process; default true. */
  runJobs?: boolean;
};
export type RouteInfo = { method: string; url: string };

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    jobRunner: JobRunner | null;
    /** Every route registered, for the tenant-isolation test and the docs. */
    routeList: RouteInfo[];
  }
}

/** Largest JSON body; use-case documents are a few kilobytes. Files go through multipart uploads. */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024;

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} kB`;
}

/**
 * Builds the HTTP app: plugins, the one error handler, the routes, the API docs and the web app.
 * Does not listen; the caller does (tests use `app.inject`).
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: deps.config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate('deps', deps);
  app.decorate('routeList', [] as RouteInfo[]);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method !== 'HEAD') app.routeList.push({ method, url: route.url });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.maxUploadBytes, files: 10, fields: 20 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Haalbaar API',
        version: '1',
        description:
          'Assess whether an AI project will reach production. Authenticate with a session cookie (web app) ' +
          'or an organisation API token: `Authorization: Bearer hb_…`. Errors are `{ error: { code, message } }`.',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: 'hb_session' },
        },
      },
      security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.auth = await resolveAuth(request, deps.store);
  });
  app.addHook('preHandler', async (request) => {
    if (request.url.startsWith('/api/')) checkCsrf(request);
  });

  app.setErrorHandler((error, request, reply) => {
    const locale = requestLocale(request);
    const t = translator(locale);
    let appError: AppError;
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const input =
        context === 'body' ? request.body : context === 'querystring' ? request.query : request.params;
      const problems = problemsFromIssues(
        error.validation.map((v) => ({
          ...(v.params as object),
          code: v.keyword,
          path: v.instancePath
            .split('/')
            .filter(Boolean)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
          message: v.message,
        })) as never,
        input,
      ).map((p) => ({
        path: `${context}${p.path === '(root)' ? '' : `.${p.path}`}`,
        message: renderMessage(p.message, locale),
      }));
      appError = new AppError(
        'VALIDATION_FAILED',
        { problems: problems.map((p) => `${p.path}: ${p.message}`).join('; ') },
        { problems },
      );
    } else {
      const e = error as { statusCode?: number; code?: string; message: string };
      const status = e.statusCode ?? 500;
      const code: ErrorCode | null =
        status === 413 || e.code === 'FST_REQ_FILE_TOO_LARGE'
          ? 'PAYLOAD_TOO_LARGE'
          : e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : status === 429
              ? 'RATE_LIMITED'
              : status === 400 && (e.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError)
                ? 'MALFORMED_JSON'
                : status >= 400 && status < 500
                  ? 'VALIDATION_FAILED'
                  : null;
      if (code === null) {
        request.log.error({ err: error }, 'unhandled error');
        appError = new AppError('INTERNAL', { requestId: request.id });
      } else {
        appError = new AppError(code, {
          limit: formatBytes(request.isMultipart() ? deps.config.maxUploadBytes : JSON_BODY_LIMIT),
          type: String(request.headers['content-type'] ?? ''),
          detail: e.message,
          seconds: Math.max(1, Math.ceil(Number(reply.getHeader('retry-after') ?? 60))),
          problems: e.message,
        });
      }
    }
    const message = t(`errors.${appError.code}`, appError.params) as string;
    void reply.status(appError.status).send({
      error: {
        code: appError.code,
        message,
        ...(appError.details === undefined ? {} : { details: appError.details }),
      },
    });
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !deps.config.webRoot || request.method !== 'GET') {
      const t = translator(requestLocale(request));
      void reply.status(404).send({
        error: {
          code: 'ROUTE_NOT_FOUND',
          message: t('errors.ROUTE_NOT_FOUND', { method: request.method, url: request.url.split('?')[0] }),
        },
      });
      return;
    }
    // The web app routes on the client: every other GET gets its index.html.
    void reply.type('text/html').sendFile('index.html');
  });

  registerHealthRoutes(app);
  registerAccountRoutes(app);
  registerOrganisationRoutes(app);
  registerUseCaseRoutes(app);
  registerBusinessCaseRoutes(app);
  registerAssessmentRoutes(app);
  registerDataFileRoutes(app);

  app.decorate('jobRunner', null as JobRunner | null);
  if (deps.runJobs !== false) {
    app.addHook('onReady', async () => {
      app.jobRunner = startJobRunner({
        store: deps.store,
        log: app.log,
        handlers: { [PROFILE_JOB]: profileJobHandler({ store: deps.store, config: deps.config }) },
      });
    });
    app.addHook('onClose', async () => {
      await app.jobRunner?.stop();
    });
  }

  const webRoot = deps.config.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/html')
        .send(
          '<!doctype html><meta charset="utf-8"><title>Haalbaar</title><p>The web app is not built. Run <code>npm run build:web</code> (npm start does this), or use the API at <a href="/api/docs">/api/docs</a>.</p>',
        ),
    );
  }
  return app;
}
