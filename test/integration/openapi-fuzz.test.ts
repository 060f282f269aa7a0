/**
 * Fuzzes every operation in the OpenAPI document with malformed requests: bodies generated from
 * the operation's own schema and then broken (wrong types, missing and extra fields, huge and
 * negative numbers, NUL, lone surrogates, very long strings, deep nesting, arrays for objects),
 * malformed and foreign ids in the path, broken query strings, wrong content types, and for the
 * upload route broken multipart forms. Every answer must be below 500 and every error must be
 * `{ error: { code, message } }`; the server must still answer /api/health afterwards.
 *
 * Seeded: the seed is printed at the start, and `FUZZ_SEED=<seed>` replays the same requests (each
 * operation uses the seed plus its index; only the ids of the fixture differ). Failures are not
 * shrunk (endOnFailure), so a slow machine reports the first failing request instead of timing out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { freshStore, resetStore, testEngines } from '../support/databases.ts';
import { type Client, createUser, TEST_PASSWORD, testConfig } from '../support/test-app.ts';

/** Requests per operation and engine: enough to reach every kind of fault, small enough for a busy two-core machine. */
const RUNS_PER_OPERATION = 40;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
console.log(`openapi-fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED})`);

type Schema = { [key: string]: unknown };
type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; schema?: Schema };
type Operation = {
  method: string;
  path: string;
  parameters: Parameter[];
  jsonBody: Schema | null;
  isMultipart: boolean;
};
type Spec = {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: unknown; summary?: string }>
  >;
  components?: { schemas?: Record<string, Schema> };
};

const dataDir = mkdtempSync(join(tmpdir(), 'haalbaar-fuzz-'));

/** The OpenAPI document of the app as built, read once to name one test per operation. */
async function readSpec(): Promise<Spec> {
  const store = await openStore({ kind: 'pglite', dataDir: null });
  const app = await buildApp({ store, config: testConfig({ HAALBAAR_DATA_DIR: dataDir }), runJobs: false });
  await app.ready();
  const spec = app.swagger() as unknown as Spec;
  await app.close();
  await store.close();
  return spec;
}

const spec = await readSpec();

function operationsOf(doc: Spec): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
        ?.content;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        jsonBody: content?.['application/json']?.schema ?? null,
        // The upload route reads its form itself, so the document describes it in words only.
        isMultipart:
          Boolean(content?.['multipart/form-data']) || /multipart\/form-data/.test(op.summary ?? ''),
      });
    }
  }
  return operations;
}

const operations = operationsOf(spec);

// ---------------------------------------------------------------------------------------------
// Values from a JSON Schema (the subset zod emits), then broken.

function deref(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.split('/').at(-1) ?? '';
  return spec.components?.schemas?.[name] ?? {};
}

/** Roughly valid values for a schema: the starting point that mutations then break. */
function fromSchema(input: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(input);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return fc.constantFrom(...(schema.enum as unknown[]));
  const choices = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (choices && choices.length > 0) return fc.oneof(...choices.map((s) => fromSchema(s, depth + 1)));
  const allOf = schema.allOf as Schema[] | undefined;
  if (allOf?.[0]) return fromSchema(allOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const num = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = ((schema.required ?? []) as string[]).filter((k) => k in properties);
      if (depth > 6) return fc.constant({});
      const model = Object.fromEntries(
        Object.entries(properties).map(([k, s]) => [k, fromSchema(s, depth + 1)]),
      );
      return fc.record(model, { requiredKeys: required }).map(ordered);
    }
    case 'array': {
      const min = num('minItems') ?? 0;
      const items = (schema.items ?? {}) as Schema;
      if (depth > 6) return fc.constant([]);
      return fc.array(fromSchema(items, depth + 1), { minLength: min, maxLength: Math.max(min, 3) });
    }
    case 'string': {
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'email')
        return fc.constantFrom('owner@example.nl', 'lid@example.nl', 'nieuw@example.nl');
      if (schema.format === 'date-time') return fc.constant('2026-12-01T10:00:00.000Z');
      const minLength = num('minLength') ?? 0;
      return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(num('maxLength') ?? 20, 20)) });
    }
    case 'integer':
      return fc.integer({ min: Math.ceil(num('minimum') ?? -1000), max: Math.floor(num('maximum') ?? 1000) });
    case 'number':
      return fc.double({ min: num('minimum') ?? -1e6, max: num('maximum') ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

/** Puts a three-point estimate in order (low ≤ likely ≤ high), the one rule the schema's JSON form cannot state. */
function ordered(value: Record<string, unknown>): Record<string, unknown> {
  const { low, likely, high } = value;
  if (typeof low !== 'number' || typeof likely !== 'number' || typeof high !== 'number') return value;
  const [a, b, c] = [low, likely, high].sort((x, y) => x - y);
  return { ...value, low: a, likely: b, high: c };
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Values that break a field: wrong types, edges of numbers, text a database cannot store, sheer size. */
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    1e308,
    -1e308,
    2 ** 31,
    2 ** 31 - 1,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    99_999_999_999,
    -1,
    0,
    0.5,
    5e-324,
    null,
    true,
    false,
    '',
    [],
    {},
    '1e400',
    'NaN',
    '-0',
    '0x10',
    'a\u0000b',
    '\uD800',
    'x\uDFFF',
    '🚲',
    '__proto__',
    `${'a'.repeat(3000)}@example.nl`,
    `lid@${'b'.repeat(300)}.nl`,
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(5_000, 60_000, 400_000).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 20, max: 80 }).map(nested),
  fc.constant(Array.from({ length: 5_000 }, (_, i) => i)),
  fc.jsonValue({ maxDepth: 2 }),
);

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (value !== null && typeof value === 'object' && out.length < 200) {
    for (const [k, v] of Object.entries(value))
      pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  cursor[path.at(-1)!] = replacement;
  return copy;
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

/**
 * Edge values of the same type as a leaf, so the request passes the schema and reaches the
 * database: text it cannot store, numbers beyond its columns.
 */
function edgeOf(leaf: string | number): Array<string | number> {
  return typeof leaf === 'string'
    ? [`${leaf}\u0000`, `\uD800${leaf}`, `${leaf}\uDC00`, `${leaf}${'x'.repeat(100_000)}`, '']
    : [2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 1e308, -1, 0, 0.5, 2 ** 53 + 2];
}

/** A valid-looking value with one thing broken (or, sometimes, nothing broken). */
function broken(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const paths = pathsOf(value);
    const objectPaths = paths.filter((p) => {
      const at = valueAt(value, p);
      return at !== null && typeof at === 'object' && !Array.isArray(at);
    });
    const leafPaths = paths.filter((p) => ['string', 'number'].includes(typeof valueAt(value, p)));
    const strategies: Array<fc.WeightedArbitrary<unknown>> = [
      { weight: 2, arbitrary: fc.constant(value) },
      {
        weight: 6,
        arbitrary: fc
          .tuple(fc.constantFrom(...pathsOf(value)), weirdValue)
          .map(([p, w]) => setAt(value, p, w)),
      },
      { weight: 1, arbitrary: fc.constant([value]) },
    ];
    if (leafPaths.length > 0) {
      strategies.push({
        weight: 5,
        arbitrary: fc.tuple(fc.constantFrom(...leafPaths), fc.nat(7)).map(([p, i]) => {
          const edges = edgeOf(valueAt(value, p) as string | number);
          return setAt(value, p, edges[i % edges.length]);
        }),
      });
    }
    if (objectPaths.length > 0) {
      strategies.push({
        weight: 2,
        arbitrary: fc
          .tuple(
            fc.constantFrom(...objectPaths),
            fc.constantFrom('extra', 'hoursPerWek', '__proto__', 'a\u0000'),
            weirdValue,
          )
          .map(([p, key, w]) => setAt(value, [...p, key], w)),
      });
      strategies.push({
        weight: 2,
        arbitrary: fc.constantFrom(...objectPaths).map((p) => {
          const copy = structuredClone(value);
          const target = valueAt(copy, p) as Record<string, unknown>;
          const first = Object.keys(target)[0];
          if (first !== undefined) delete target[first];
          return copy;
        }),
      });
    }
    return fc.oneof(...strategies);
  });
}

/** Raw bodies that are not what anyone should send. */
const rawBody = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'null',
    '[]',
    '"tekst"',
    '12',
    'true',
    '{}',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '\u0000',
    '\uFEFF{}',
    '{"a":1,"a":2}',
    '{"title":"\\u0000"}',
    '{"title":"\\ud800"}',
    '{"title":"\\x"}',
  ),
  fc.constant('['.repeat(1024 * 1024)),
  fc.integer({ min: 60, max: 70 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

// ---------------------------------------------------------------------------------------------
// Paths, queries, headers.

/** Percent-encodes every byte outside the unreserved set, so only deliberate breakage reaches the router raw. */
function encode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

type Fixture = {
  client: Client;
  /** The owner's session cookie value and CSRF token, for requests that send their own headers. */
  cookie: string;
  csrf: string;
  ids: Record<string, string[]>;
  others: string[];
  tokenSecret: string | null;
};

/** Numbers at the edges of what a database column holds, or the right id with a NUL after it. */
function paramEdge(own: string[]): fc.Arbitrary<string> {
  return own.every((v) => /^\d+$/.test(v))
    ? fc.constantFrom(
        '2147483647',
        '2147483648',
        '4294967296',
        '99999999999',
        '9007199254740993',
        '0',
        '-1',
        '1e3',
      )
    : fc.constantFrom(...own).map((id) => `${id}%00`);
}

/** A path parameter: usually the right id, else a foreign id of another kind, else something malformed. */
function paramValue(name: string, fixture: Fixture): fc.Arbitrary<string> {
  const own = fixture.ids[name] ?? [crypto.randomUUID()];
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...own) },
    { weight: 3, arbitrary: paramEdge(own) },
    { weight: 2, arbitrary: fc.constantFrom(...fixture.others) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '0',
        '-1',
        '2147483648',
        '99999999999',
        '1e400',
        '1.5',
        'NaN',
        'null',
        '%00',
        '%zz',
        '%ED%A0%80',
        '%F0%9F%9A%B2',
        '..',
        '%2e%2e',
        'a'.repeat(101),
        '00000000-0000-0000-0000-000000000000',
        'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
        `${own[0]}x`,
        (own[0] ?? '').toUpperCase(),
        "'%20or%201%3D1--",
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).map(encode) },
  );
}

function queryString(operation: Operation): fc.Arbitrary<string> {
  const known = operation.parameters.filter((p) => p.in === 'query');
  const value = (p: Parameter): fc.Arbitrary<string> => {
    const schema = deref(p.schema ?? {});
    const valid = Array.isArray(schema.enum)
      ? fc.constantFrom(...(schema.enum as string[]))
      : fc.integer({ min: 0, max: 1000 }).map(String);
    return fc.oneof(
      { weight: 3, arbitrary: valid },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          '',
          'x',
          '%00',
          '%zz',
          '-1',
          '1e309',
          '4294967296',
          '99999999999999999999',
          '1.5',
          'true',
          'x'.repeat(5000),
        ),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }).map(encode) },
    );
  };
  const pair =
    known.length > 0
      ? fc.oneof(
          fc.constantFrom(...known).chain((p) => value(p).map((v) => `${p.name}=${v}`)),
          fc.constantFrom('foo=bar', 'lang=nl&lang=en', 'a[b]=c', '__proto__[x]=1', 'runs=1&runs=2'),
        )
      : fc.constantFrom('foo=bar', 'lang=en', 'a[b]=c');
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    {
      weight: 5,
      arbitrary: fc.array(pair, { minLength: 1, maxLength: 3 }).map((pairs) => `?${pairs.join('&')}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('?', '?&&&', '?=', '?%', '?lang', '?lang=%E0%A4%A') },
  );
}

/** The headers that say who is asking: mostly the owner's session, else none, half of one, or garbage. */
function authHeaders(fixture: Fixture): fc.Arbitrary<Record<string, string>> {
  const session = { cookie: `hb_session=${fixture.cookie}`, 'x-csrf-token': fixture.csrf };
  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(session) },
    {
      weight: 3,
      arbitrary: fc.constantFrom<Record<string, string>>(
        {},
        { cookie: session.cookie },
        { ...session, 'x-csrf-token': 'x'.repeat(5000) },
        bearer(fixture.tokenSecret ?? 'hb_onbekend'),
        bearer('hb_%00nep'),
        bearer(`hb_${'x'.repeat(5000)}`),
        { authorization: 'Bearer' },
        { authorization: 'Basic YTpi' },
        { cookie: `hb_session=${'x'.repeat(5000)}` },
        { cookie: 'hb_session=%00' },
        { cookie: 'hb_session=caf\u00e9' },
        { cookie: 'hb_session' },
        { ...session, authorization: 'Bearer hb_nep' },
      ),
    },
  );
}

const acceptLanguage = fc.constantFrom(
  undefined,
  'en',
  'nl',
  'en-GB,en;q=0.9',
  '*',
  'xx;q=abc',
  ';;;,,',
  'en;q=NaN',
);

const jsonContentType = fc.oneof(
  { weight: 10, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      undefined,
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'APPLICATION/JSON',
      'application/json;',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/vnd.api+json',
      '*/*',
    ),
  },
);

// ---------------------------------------------------------------------------------------------
// Multipart forms for the upload route.

const multipartBody = fc
  .record({
    boundary: fc.constantFrom('grens', 'x', '----WebKitFormBoundary7MA4YWxkTrZu0gW'),
    header: fc.constantFrom('ok', 'ok', 'ok', 'none', 'empty', 'mismatch', 'quoted', 'long', 'json'),
    fields: fc.array(
      fc.record({
        name: fc.constantFrom(
          'keepFile',
          'sheet',
          'timeColumn',
          'targetColumn',
          'onbekend',
          'file',
          '__proto__',
          'a\u0000',
        ),
        value: fc.oneof(
          fc.constantFrom('true', 'false', '', 'Blad1', 'a\u0000b', '{"a":', 'x'.repeat(600)),
          fc.string({ unit: 'binary', maxLength: 10 }),
        ),
        isJson: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    files: fc.array(
      fc.record({
        field: fc.constantFrom('file', 'file', 'file', 'bestand'),
        name: fc.constantFrom(
          'meting.csv',
          'data.xlsx',
          '',
          '../../etc/passwd',
          'a\u0000.csv',
          `${'x'.repeat(300)}.csv`,
          '🚲.parquet',
        ),
        content: fc.constantFrom('', 'a;b\n1;2\n', '\u0000\u0001\u0002', 'PK\u0003\u0004rommel', '{"a":1}'),
      }),
      { minLength: 0, maxLength: 2 },
    ),
    filesFirst: fc.boolean(),
    cut: fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
    ),
  })
  .map((form) => {
    const b = form.boundary;
    const fieldParts = form.fields.map(
      (f) =>
        `--${b}\r\nContent-Disposition: form-data; name="${f.name}"\r\n${f.isJson ? 'Content-Type: application/json\r\n' : ''}\r\n${f.value}\r\n`,
    );
    const fileParts = form.files.map(
      (f) =>
        `--${b}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: text/csv\r\n\r\n${f.content}\r\n`,
    );
    const parts = form.filesFirst ? [...fileParts, ...fieldParts] : [...fieldParts, ...fileParts];
    let payload = Buffer.from(`${parts.join('')}--${b}--\r\n`, 'utf8');
    if (form.cut !== null) payload = payload.subarray(0, Math.floor(payload.length * form.cut));
    const contentType = {
      ok: `multipart/form-data; boundary=${b}`,
      none: 'multipart/form-data',
      empty: 'multipart/form-data; boundary=',
      mismatch: 'multipart/form-data; boundary=anders',
      quoted: `multipart/form-data; boundary="${b}"`,
      long: `multipart/form-data; boundary=${'x'.repeat(300)}`,
      json: 'application/json',
    }[form.header];
    return { payload, contentType };
  });

// ---------------------------------------------------------------------------------------------
// One request, and what every answer must look like.

type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
};

type Body = { payload?: string | Buffer; contentType?: string };

/**
 * What one request breaks. One part at a time reaches deep into the handlers; 'edge' keeps the
 * types right but sends what the database cannot hold (NUL, lone surrogates, numbers beyond a
 * column); 'all' breaks everything at once.
 */
type Focus = 'nothing' | 'path' | 'query' | 'body' | 'headers' | 'auth' | 'edge' | 'all';
const focus = fc.constantFrom<Focus>(
  'nothing',
  'path',
  'query',
  'body',
  'body',
  'headers',
  'auth',
  'edge',
  'edge',
  'all',
);

/** A form the upload route accepts, with the given option field and file name. */
function uploadForm(field: { name: string; value: string }, fileName: string): Body {
  return {
    payload: `--g\r\nContent-Disposition: form-data; name="${field.name}"\r\n\r\n${field.value}\r\n--g\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\ndatum;waarde\r\n2026-01-01;3\r\n--g--\r\n`,
    contentType: 'multipart/form-data; boundary=g',
  };
}

const validForm = fc
  .constantFrom('true', 'false')
  .map((v) => uploadForm({ name: 'keepFile', value: v }, 'meting.csv'));
const edgeForm = fc.oneof(
  fc
    .constantFrom('sheet', 'timeColumn', 'targetColumn')
    .chain((name) =>
      fc
        .constantFrom('Blad\u00001', '\uD800', 'x'.repeat(600))
        .map((value) => uploadForm({ name, value }, 'meting.csv')),
    ),
  fc
    .constantFrom('me\u0000ting.csv', `${'x'.repeat(300)}.csv`)
    .map((n) => uploadForm({ name: 'keepFile', value: 'true' }, n)),
);

/** A JSON value with one string or number leaf set to an edge value of the same type. */
function edged(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const leaves = pathsOf(value).filter((p) => ['string', 'number'].includes(typeof valueAt(value, p)));
    if (leaves.length === 0) return fc.constant(value);
    return fc.tuple(fc.constantFrom(...leaves), fc.nat(7)).map(([p, i]) => {
      const edges = edgeOf(valueAt(value, p) as string | number);
      return setAt(value, p, edges[i % edges.length]);
    });
  });
}

const asJson = (value: unknown): Body => ({
  payload: JSON.stringify(value) ?? 'null',
  contentType: 'application/json',
});

function requestFor(operation: Operation, fixture: Fixture): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const fill = (values: string[]) =>
    pathParams.reduce((url, p, i) => url.replace(`{${p.name}}`, values[i] ?? ''), operation.path);
  const own = (name: string) => fixture.ids[name] ?? ['x'];
  const params = fc.record({
    valid: fc.tuple(...pathParams.map((p) => fc.constantFrom(...own(p.name)))),
    broken: fc.tuple(...pathParams.map((p) => paramValue(p.name, fixture))),
    edge: fc.tuple(...pathParams.map((p) => paramEdge(own(p.name)))),
    index: fc.nat(Math.max(0, pathParams.length - 1)),
  });
  const validBody: fc.Arbitrary<Body> = operation.isMultipart
    ? validForm
    : operation.jsonBody
      ? fromSchema(operation.jsonBody).map(asJson)
      : fc.constant({});
  const edgeBody: fc.Arbitrary<Body> = operation.isMultipart
    ? edgeForm
    : operation.jsonBody
      ? edged(fromSchema(operation.jsonBody)).map(asJson)
      : fc.constant({});
  const brokenBody: fc.Arbitrary<Body> = operation.isMultipart
    ? fc.oneof(
        { weight: 6, arbitrary: multipartBody },
        { weight: 1, arbitrary: fc.record({ payload: rawBody, contentType: jsonContentType }) },
      )
    : operation.jsonBody
      ? fc.oneof(
          {
            weight: 6,
            arbitrary: fc.record({
              payload: broken(fromSchema(operation.jsonBody)).map((v) => JSON.stringify(v) ?? 'null'),
              contentType: jsonContentType,
            }),
          },
          { weight: 2, arbitrary: fc.record({ payload: rawBody, contentType: jsonContentType }) },
          { weight: 1, arbitrary: multipartBody },
        )
      : fc.oneof(
          { weight: 2, arbitrary: fc.record({ payload: rawBody, contentType: jsonContentType }) },
          { weight: 1, arbitrary: multipartBody },
        );
  // Broken headers: the right body under the wrong content type.
  const wrongType: fc.Arbitrary<string | undefined> = operation.isMultipart
    ? fc.constantFrom('multipart/form-data', 'application/json', undefined)
    : jsonContentType;
  const brokenHeaders = fc
    .tuple(validBody, wrongType)
    .map(([b, contentType]): Body => ({ ...b, contentType }));
  return fc
    .record({
      focus,
      params,
      query: queryString(operation),
      validBody,
      edgeBody,
      brokenBody,
      brokenHeaders,
      auth: authHeaders(fixture),
      language: acceptLanguage,
    })
    .map((r) => {
      const is = (part: Focus) => r.focus === part || r.focus === 'all';
      // 'path' and 'edge' change one parameter (the edge one only when there is no body to carry it).
      const values = [...r.params.valid];
      if (r.focus === 'all') values.splice(0, values.length, ...r.params.broken);
      else if (r.focus === 'path') values[r.params.index] = r.params.broken[r.params.index] ?? '';
      else if (r.focus === 'edge' && !operation.jsonBody && !operation.isMultipart)
        values[r.params.index] = r.params.edge[r.params.index] ?? '';
      const b = is('body')
        ? r.brokenBody
        : r.focus === 'headers'
          ? r.brokenHeaders
          : r.focus === 'edge'
            ? r.edgeBody
            : r.validBody;
      const headers: Record<string, string> = is('auth')
        ? { ...r.auth }
        : { cookie: `hb_session=${fixture.cookie}`, 'x-csrf-token': fixture.csrf };
      if (b.contentType !== undefined) headers['content-type'] = b.contentType;
      if (r.language !== undefined) headers['accept-language'] = r.language;
      return {
        method: operation.method,
        url: `${fill(values)}${is('query') ? r.query : ''}`,
        headers,
        ...(b.payload === undefined ? {} : { payload: b.payload }),
      };
    });
}

function send(app: FastifyInstance, request: FuzzRequest): Promise<LightMyRequestResponse> {
  const options: InjectOptions = {
    method: request.method as 'GET',
    url: request.url,
    headers: request.headers,
  };
  if (request.payload !== undefined) options.payload = request.payload;
  return app.inject(options);
}

function expectWellFormed(request: FuzzRequest, res: LightMyRequestResponse): void {
  const shown = Object.entries(request.headers).map(([k, v]) => `${k}: ${v.slice(0, 60)}`);
  const where = `${request.method} ${request.url.slice(0, 300)} [${shown.join('; ')}]`;
  if (res.statusCode >= 500) {
    throw new Error(`${where} answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
  }
  if (res.statusCode < 400) return;
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = res.json();
  } catch {
    throw new Error(`${where} answered ${res.statusCode} without JSON: ${res.body.slice(0, 300)}`);
  }
  const { code, message } = body.error ?? {};
  if (typeof code !== 'string' || !/^[A-Z_]+$/.test(code) || typeof message !== 'string' || message === '') {
    throw new Error(
      `${where} answered ${res.statusCode} without {error:{code,message}}: ${res.body.slice(0, 300)}`,
    );
  }
  if (/\{\{|^(errors|input)\.[\w.]+$/.test(message)) {
    throw new Error(`${where} answered an untranslated message: ${message}`);
  }
}

// ---------------------------------------------------------------------------------------------

describe.each(testEngines())('OpenAPI fuzz on $name', (engine) => {
  let store: Store;
  let app: FastifyInstance;
  let fixture: Fixture;

  /** Two organisations, people, a use case with two revisions, a token and a data file: ids to aim at. */
  async function setUp(): Promise<Fixture> {
    await resetStore(store);
    const orgA = await store.accounts.createOrganisation('Fuzz A');
    const orgB = await store.accounts.createOrganisation('Fuzz B');
    const owner = await createUser(store, { email: 'owner@example.nl', organisationId: orgA.id });
    const member = await createUser(store, {
      email: 'lid@example.nl',
      organisationId: orgA.id,
      role: 'member',
    });
    const outsider = await createUser(store, { email: 'ander@example.nl', organisationId: orgB.id });
    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'owner@example.nl', password: TEST_PASSWORD },
    });
    expect(signedIn.statusCode).toBe(200);
    const cookie = signedIn.cookies.find((c) => c.name === 'hb_session')!.value;
    const csrf = (signedIn.json() as { csrfToken: string }).csrfToken;
    const client: Client = {
      request: (method, url, body, headers = {}) =>
        app.inject({
          method: method as 'GET',
          url,
          headers: { cookie: `hb_session=${cookie}`, 'x-csrf-token': csrf, ...headers },
          ...(body === undefined ? {} : { payload: body as object }),
        }),
    };
    const created = await client.request('POST', `/api/orgs/${orgA.id}/use-cases`, {
      document: { title: 'Facturen', problem: { hoursPerWeek: 15, hourlyCost: 52 } },
    });
    expect(created.statusCode).toBe(201);
    const useCaseId = (created.json() as { id: string }).id;
    await client.request('PATCH', `/api/orgs/${orgA.id}/use-cases/${useCaseId}`, {
      document: { title: 'Facturen inlezen' },
    });
    const foreign = await store.useCases.create({
      organisationId: orgB.id,
      document: { title: 'Elders' },
      userId: outsider.id,
    });
    const token = await client.request('POST', `/api/orgs/${orgA.id}/tokens`, { name: 'fuzz' });
    const tokenJson = token.statusCode === 201 ? (token.json() as { id: string; secret: string }) : null;
    const upload = await client.request(
      'POST',
      `/api/orgs/${orgA.id}/use-cases/${useCaseId}/data-files`,
      `--g\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\na;b\r\n1;2\r\n--g--\r\n`,
      { 'content-type': 'multipart/form-data; boundary=g' },
    );
    const dataFileId = upload.statusCode === 202 ? (upload.json() as { id: string }).id : crypto.randomUUID();
    // Two pilots: one planned (plan, baseline and start to aim at) and one running (weeks, log, decision).
    const pilotIds: string[] = [];
    const pilots = `/api/orgs/${orgA.id}/use-cases/${useCaseId}/pilots`;
    for (const start of [false, true]) {
      const pilot = await client.request('POST', pilots, {
        plan: {
          process: 'Facturen inboeken',
          startDate: '2026-11-30',
          primaryKpi: {
            id: 'minuten',
            name: 'Minuten per factuur',
            unit: 'minuten',
            better: 'down',
            howMeasured: 'tijdregistratie',
            smallestEffect: 2,
          },
          rules: { mustMeet: [{ text: '30 % sneller', kpi: 'minuten', test: 'improvesBy', value: 0.3 }] },
        },
      });
      const pilotId = pilot.statusCode === 201 ? (pilot.json() as { id: string }).id : crypto.randomUUID();
      pilotIds.push(pilotId);
      if (!start) continue;
      await client.request('PUT', `${pilots}/${pilotId}/baseline`, {
        periods: [
          { period: '2026-10-05', values: { minuten: 12 } },
          { period: '2026-10-12', values: { minuten: 11 } },
        ],
      });
      const started = await client.request('POST', `${pilots}/${pilotId}/start`);
      expect(started.statusCode, started.body).toBe(200);
    }
    const ids: Record<string, string[]> = {
      orgId: [orgA.id],
      useCaseId: [useCaseId],
      revision: ['1', '2'],
      userId: [owner.id, member.id],
      tokenId: [tokenJson?.id ?? crypto.randomUUID()],
      dataFileId: [dataFileId],
      pilotId: pilotIds,
    };
    return {
      client,
      cookie,
      csrf,
      ids,
      others: [
        orgB.id,
        foreign.id,
        outsider.id,
        ...Object.values(ids)
          .flat()
          .filter((v) => v.length > 2),
      ],
      tokenSecret: tokenJson?.secret ?? null,
    };
  }

  /**
   * Rebuilds the fixture when an earlier request logged out, demoted the owner, or deleted what the
   * next ones aim at.
   */
  async function ensureFixture(): Promise<void> {
    const orgId = fixture.ids.orgId![0]!;
    const members = await fixture.client.request('GET', `/api/orgs/${orgId}/members`);
    const useCase = await fixture.client.request(
      'GET',
      `/api/orgs/${orgId}/use-cases/${fixture.ids.useCaseId![0]}`,
    );
    const isOwner =
      members.statusCode === 200 &&
      (members.json() as Array<{ userId: string; role: string }>).some(
        (m) => m.userId === fixture.ids.userId![0] && m.role === 'owner',
      );
    if (!isOwner || useCase.statusCode !== 200) fixture = await setUp();
  }

  beforeAll(async () => {
    store = await freshStore(engine);
    app = await buildApp({
      store,
      config: testConfig({ HAALBAAR_DATA_DIR: dataDir, HAALBAAR_MAX_UPLOAD_MB: '1' }),
      runJobs: false,
    });
    await app.ready();
    fixture = await setUp();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('has operations to fuzz', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations.map((operation, index) => ({ ...operation, index })))(
    '$method $path',
    async (operation) => {
      await ensureFixture();
      await fc.assert(
        fc.asyncProperty(requestFor(operation, fixture), async (request) => {
          expectWellFormed(request, await send(app, request));
        }),
        { numRuns: RUNS_PER_OPERATION, seed: SEED + operation.index, endOnFailure: true },
      );
    },
    120_000,
  );

  it('still answers /api/health afterwards', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
  });
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
