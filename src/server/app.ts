import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifySchema,
  type FastifyServerOptions,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { msg } from '../core/message.ts';
import { problemsFromIssues } from '../core/use-case/parse-use-case.ts';
import type { Locale } from '../i18n/resources.ts';
import { renderMessage, translator } from '../i18n/translate.ts';
import type { Store } from '../store/store.ts';
import { AppError } from './app-error.ts';
import { checkCsrf, resolveAuth } from './auth.ts';
import type { Config } from './config.ts';
import { registerHousekeeping } from './housekeeping.ts';
import {
  invalidInput,
  jsonNestsDeeperThan,
  MAX_JSON_DEPTH,
  multipartBoundary,
  storableParts,
  unstorableText,
} from './input-hygiene.ts';
import { type JobRunner, startJobRunner } from './job-runner.ts';
import { PROFILE_JOB, profileJobHandler } from './profile-job.ts';
import { requestLocale } from './request-locale.ts';
import { registerAccountRoutes } from './routes/account-routes.ts';
import { registerAssessmentRoutes } from './routes/assessment-routes.ts';
import { registerBusinessCaseRoutes } from './routes/business-case-routes.ts';
import { registerDataFileRoutes } from './routes/data-file-routes.ts';
import { registerFeedbackRoutes } from './routes/feedback-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerInvitationRoutes } from './routes/invitation-routes.ts';
import { registerOrganisationRoutes } from './routes/organisation-routes.ts';
import { registerPilotImportRoutes } from './routes/pilot-import-routes.ts';
import { registerPilotRoutes } from './routes/pilot-routes.ts';
import { registerPortfolioRoutes } from './routes/portfolio-routes.ts';
import { registerReportRoutes } from './routes/report-routes.ts';
import { registerSurveyRoutes } from './routes/survey-routes.ts';
import { registerUseCaseRoutes } from './routes/use-case-routes.ts';
import { registerVendorRoutes } from './routes/vendor-routes.ts';
import { type UploadStorage, uploadStorage } from './upload-storage.ts';
import { registerUploadSweep } from './upload-sweep.ts';

export type AppDeps = {
  store: Store;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** Run background jobs (profiling) in this process; default `config.runJobs`. */
  runJobs?: boolean;
};
/** A registered route; `schema` is what it validates with (the API contract test compares it). */
export type RouteInfo = { method: string; url: string; schema: FastifySchema | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    jobRunner: JobRunner | null;
    /** Where uploads wait until they are profiled. */
    uploads: UploadStorage;
    /** Every route registered, for the tenant-isolation test and the docs. */
    routeList: RouteInfo[];
  }
}

/**
 * Errors that mean the database cannot be reached right now, from node-postgres or PGlite: a refused
 * or dropped connection, a server shutting down, or a pool/database this process already closed.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08000', '08003', '08006'].includes(code))
    return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Cannot use a pool after calling end|Connection terminated|PGlite is closed/i.test(message);
}

/** Largest JSON body; use-case documents are a few kilobytes. Files go through multipart uploads. */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024;

/** Longest path parameter; ids are 36-character UUIDs. Longer gets MALFORMED_REQUEST, not a lookup. */
const MAX_PARAM_LENGTH = 100;

/** Multipart limits; the upload route takes one file and a few option fields. */
const MULTIPART_LIMITS = { files: 10, fields: 20 } as const;

/** Built files whose name carries a hash of their content (`assets/index-C6ReoHXn.js`) never change. */
const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html and the unhashed files: always asked again, so a new release is picked up at once. */
const WEB_PAGE_CACHE = 'no-cache';

/** Whether a file of the built web app is one of Vite's content-hashed assets. */
export function isHashedAsset(path: string): boolean {
  return /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.(js|css|woff2?|svg|png)(\.br|\.gz)?$/.test(path);
}

/** One year, the HSTS max-age browsers' preload lists expect. Sent only on TLS requests. */
const HSTS = 'max-age=31536000; includeSubDomains';

type FrameworkError = { statusCode?: number; code?: string; message?: string };
type MultipartReason = 'noBoundary' | 'truncated' | 'tooManyParts' | 'forbiddenName' | 'jsonField';

/**
 * Busboy's errors carry no code, only a message; these are the ones a client causes. Matched only
 * on multipart requests, so a bug elsewhere with a similar text still shows as a 500.
 */
const BUSBOY_FAILURES: ReadonlyArray<readonly [RegExp, MultipartReason]> = [
  [
    /^Multipart: Boundary not found$|^Boundary required$|^The needle cannot|^Unsupported Content-Type/,
    'noBoundary',
  ],
  [
    /^Unexpected end of (multipart data|form)$|terminated early due to unexpected end of multipart data$/,
    'truncated',
  ],
];

/** A MALFORMED_MULTIPART error with its reason in the request's language. */
function multipartError(
  reason: MultipartReason,
  locale: Locale,
  params?: Record<string, string | number>,
): AppError {
  return new AppError('MALFORMED_MULTIPART', {
    reason: renderMessage(msg(`input.request.${reason}`, params), locale),
  });
}

/** The Content-Type a route accepts, for the 415 message: its OpenAPI `consumes`, else JSON. */
function acceptedContentType(request: FastifyRequest): string {
  try {
    const schema = request.routeOptions.schema as { consumes?: string[] } | undefined;
    return schema?.consumes?.join(', ') ?? 'application/json';
  } catch {
    return 'application/json'; // errors raised before routing have no route options
  }
}

/**
 * JSON bodies: Fastify's own parser (which refuses prototype poisoning) behind a nesting-depth
 * check, so a body of nested brackets is a quick 400 naming the body.
 */
function installJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body); // parseAs 'string': already a string
    if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
      const problem = { path: 'body', message: msg('input.tooDeep', { limit: MAX_JSON_DEPTH }) };
      done(invalidInput([problem], requestLocale(request)), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}

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
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    // A bad %-escape or an over-long parameter fails before routing; answer it like every other error.
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
  });
  app.decorate('deps', deps);
  app.decorate('routeList', [] as RouteInfo[]);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method !== 'HEAD') app.routeList.push({ method, url: route.url, schema: route.schema });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The built web app loads only /assets/*.js; no inline script. The Swagger UI at /api/docs
        // sends its own policy (staticCSP). Inline styles stay: React and the charts set style attributes.
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS over plain HTTP is ignored at best and wrong on a LAN install; sent per request below.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    // request.protocol honours X-Forwarded-Proto only with HAALBAAR_TRUST_PROXY.
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
  });
  installJsonParser(app);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.maxUploadBytes, ...MULTIPART_LIMITS },
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
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // Swagger UI's own policy allows only its script files. Two changes: it adds <style> elements at
    // run time (so inline styles, as for the app), and upgrade-insecure-requests goes, because it
    // breaks the docs on a plain-HTTP install in a local network.
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';")
        .replace(/\s*upgrade-insecure-requests;?/, ''),
  });

  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    // The public links (survey, feedback, vendor questionnaire) are answered without an account:
    // whoever is logged in in the same browser, nothing about them is read or kept with the answer.
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/public/')) return;
    request.auth = await resolveAuth(request, deps.store, deps.config);
  });
  app.addHook('preHandler', async (request) => {
    if (request.url.startsWith('/api/')) checkCsrf(request);
  });
  // Before the schemas: text PostgreSQL cannot store is a 400 naming the field, wherever it is.
  app.addHook('preValidation', async (request) => {
    const multipart = request.isMultipart();
    const problems = [
      ...unstorableText(request.params, 'params'),
      ...unstorableText(request.query, 'querystring'),
      ...(multipart ? [] : unstorableText(request.body, 'body')),
    ];
    if (problems.length > 0) throw invalidInput(problems, requestLocale(request));
    if (multipart) {
      if (multipartBoundary(String(request.headers['content-type'])) === null) {
        throw multipartError('noBoundary', requestLocale(request));
      }
      const parts = request.parts.bind(request);
      request.parts = (options) => storableParts(parts(options), requestLocale(request));
    }
  });

  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));

  /** The one place that writes error responses: AppErrors, schema failures, framework and plugin errors. */
  function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const locale = requestLocale(request);
    const appError = toAppError(error, request, reply, locale);
    const params =
      appError.code === 'UNSUPPORTED_MEDIA_TYPE'
        ? { accepted: acceptedContentType(request), ...appError.params }
        : appError.params;
    const message = translator(locale)(`errors.${appError.code}`, params) as string;
    void reply.status(appError.status).send({
      error: {
        code: appError.code,
        message,
        ...(appError.details === undefined ? {} : { details: appError.details }),
      },
    });
  }

  function toAppError(
    error: unknown,
    request: FastifyRequest,
    reply: FastifyReply,
    locale: Locale,
  ): AppError {
    if (error instanceof AppError) return error;
    if (hasZodFastifySchemaValidationErrors(error)) {
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
      ).map((p) => ({ ...p, path: `${context}${p.path === '(root)' ? '' : `.${p.path}`}` }));
      return invalidInput(problems, locale);
    }
    const known = clientError(error as FrameworkError, request, reply, locale);
    if (known) return known;
    if (isDatabaseUnavailable(error)) {
      // The database went away (restarting, or this process is shutting down): try again shortly.
      request.log.warn({ err: error, requestId: request.id }, 'database unavailable');
      return new AppError('UNAVAILABLE');
    }
    // Ours, not the user's: logged with the request id, which the message gives as a reference.
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    return new AppError('INTERNAL', { requestId: request.id });
  }

  /** A framework or plugin error caused by the request, as an AppError; null when it is not one. */
  function clientError(
    e: FrameworkError,
    request: FastifyRequest,
    reply: FastifyReply,
    locale: Locale,
  ): AppError | null {
    const isMultipart = typeof request.isMultipart === 'function' && request.isMultipart();
    const reason = (key: string, params?: Record<string, string | number>) =>
      renderMessage(msg(`input.request.${key}`, params), locale);
    const tooLarge = () =>
      new AppError('PAYLOAD_TOO_LARGE', {
        limit: formatBytes(isMultipart ? deps.config.maxUploadBytes : JSON_BODY_LIMIT),
      });
    switch (e.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE':
        return tooLarge();
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      case 'FST_ERR_ROUTE_MISSING_CONTENT_TYPE':
        return new AppError('UNSUPPORTED_MEDIA_TYPE', {
          type: String(request.headers['content-type'] ?? '').slice(0, 100),
        });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return new AppError('MALFORMED_JSON');
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return new AppError('MALFORMED_REQUEST', { reason: reason('contentLength') });
      case 'FST_ERR_BAD_URL':
        return new AppError('MALFORMED_REQUEST', { reason: reason('badUrl') });
      case 'FST_ERR_MAX_PARAM_LENGTH':
        return new AppError('MALFORMED_REQUEST', {
          reason: reason('paramTooLong', { limit: MAX_PARAM_LENGTH }),
        });
      case 'FST_PARTS_LIMIT':
      case 'FST_FILES_LIMIT':
      case 'FST_FIELDS_LIMIT':
        return multipartError('tooManyParts', locale, MULTIPART_LIMITS);
      case 'FST_PROTO_VIOLATION':
        return multipartError('forbiddenName', locale);
      case 'FST_INVALID_JSON_FIELD_ERROR':
        return multipartError('jsonField', locale);
      case 'FST_MP_PREMATURE_CLOSE':
        return multipartError('truncated', locale);
    }
    if (isMultipart && e.statusCode === undefined) {
      const failure = BUSBOY_FAILURES.find(([pattern]) => pattern.test(String(e.message)));
      if (failure) return multipartError(failure[1], locale);
    }
    const status = e.statusCode ?? 500;
    if (status === 413) return tooLarge();
    if (status === 429) {
      return new AppError('RATE_LIMITED', {
        seconds: Math.max(1, Math.ceil(Number(reply.getHeader('retry-after') ?? 60))),
      });
    }
    if (status === 400 && e instanceof SyntaxError) return new AppError('MALFORMED_JSON');
    if (status >= 400 && status < 500) {
      // A client error without its own mapping: still the user's, but worth a mapping of its own.
      request.log.warn({ err: e, requestId: request.id }, 'client error without an error code');
      return new AppError('VALIDATION_FAILED', { problems: String(e.message) });
    }
    return null;
  }

  app.setNotFoundHandler((request, reply) => {
    // A missing asset (an old chunk after a new release) is a 404, never index.html under a .js name.
    const isPage = !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (!isPage || !deps.config.webRoot || request.method !== 'GET') {
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
    void reply.type('text/html').header('cache-control', WEB_PAGE_CACHE).sendFile('index.html');
  });

  registerHealthRoutes(app);
  registerAccountRoutes(app);
  app.decorate(
    'uploads',
    uploadStorage({
      location: deps.config.uploadStorage ?? (deps.store.db.engine === 'postgres' ? 'database' : 'files'),
      store: deps.store,
      dataDir: deps.config.dataDir,
    }),
  );
  registerOrganisationRoutes(app);
  registerInvitationRoutes(app);
  registerUseCaseRoutes(app);
  registerBusinessCaseRoutes(app);
  registerAssessmentRoutes(app);
  registerDataFileRoutes(app);
  registerPilotRoutes(app);
  registerPilotImportRoutes(app);
  registerSurveyRoutes(app);
  registerFeedbackRoutes(app);
  registerVendorRoutes(app);
  registerPortfolioRoutes(app);
  registerReportRoutes(app);

  registerHousekeeping(app);

  registerUploadSweep(app);

  app.decorate('jobRunner', null as JobRunner | null);
  if (deps.runJobs ?? deps.config.runJobs) {
    app.addHook('onReady', async () => {
      app.jobRunner = startJobRunner({
        store: deps.store,
        log: app.log,
        staleAfterSeconds: deps.config.jobStaleSeconds,
        handlers: {
          [PROFILE_JOB]: profileJobHandler({
            store: deps.store,
            config: deps.config,
            storage: app.uploads,
            log: app.log,
          }),
        },
      });
    });
    app.addHook('onClose', async () => {
      await app.jobRunner?.stop();
    });
  }

  const webRoot = deps.config.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz beside each file (vite.config.ts); the smallest accepted is sent.
      preCompressed: true,
      setHeaders: (reply, path) => {
        void reply.header('cache-control', isHashedAsset(path) ? HASHED_ASSET_CACHE : WEB_PAGE_CACHE);
      },
    });
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
