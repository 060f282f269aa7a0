import type { z } from 'zod';
import type { DOWNLOADS, ENDPOINTS } from './endpoints.ts';
import type { KnownFields } from './known-fields.ts';

/**
 * Types of the API contract for clients: per operation (`'GET /api/orgs/:orgId'`) what goes in and
 * what comes back. Types only; a client pays nothing for them at run time.
 */

type Endpoints = typeof ENDPOINTS;
export type EndpointKey = keyof Endpoints;
export type DownloadKey = keyof typeof DOWNLOADS;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The paths that answer one method: `PathOf<'DELETE'>` is every path with a DELETE operation. */
export type PathOf<M extends HttpMethod> = EndpointKey extends infer K
  ? K extends `${M} ${infer P}`
    ? P
    : never
  : never;

/** The names of a path's parameters: `'/api/orgs/:orgId/members/:userId'` → `'orgId' | 'userId'`. */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** What an operation answers on success (`undefined` for 204), as the client receives it. */
export type ResponseOf<K extends EndpointKey> = Endpoints[K]['status'] extends 204
  ? undefined
  : KnownFields<z.output<Endpoints[K]['response']>>;

/** The body an operation takes, as the client sends it. */
export type BodyOf<K extends EndpointKey> = Endpoints[K] extends { body: infer S extends z.ZodType }
  ? z.input<S>
  : never;

/** The query string an operation takes, as the client sends it. */
export type QueryOf<K extends EndpointKey | DownloadKey> = (Endpoints & typeof DOWNLOADS)[K] extends {
  query: infer S extends z.ZodType;
}
  ? z.input<S>
  : never;

type PathOfKey<K extends string> = K extends `${string} ${infer P}` ? P : never;

/** Path parameters by name; numbers (a revision) are written as they are. */
export type ParamsOf<K extends string> = Record<ParamNames<PathOfKey<K>>, string | number>;

/**
 * The second argument of a client call: `params` when the path has any, `query` when the operation
 * reads one, `body` when it takes one.
 */
export type RequestOptions<K extends EndpointKey | DownloadKey> = ([ParamNames<PathOfKey<K>>] extends [never]
  ? { params?: undefined }
  : { params: ParamsOf<K> }) &
  ([QueryOf<K>] extends [never] ? { query?: undefined } : { query?: QueryOf<K> }) &
  (K extends EndpointKey
    ? [BodyOf<K>] extends [never]
      ? { body?: undefined }
      : { body: BodyOf<K> }
    : unknown);

/** The options as a rest parameter: optional when nothing in them is required. */
export type RequestArgs<K extends EndpointKey | DownloadKey> =
  Partial<RequestOptions<K>> extends RequestOptions<K>
    ? [options?: RequestOptions<K>]
    : [options: RequestOptions<K>];
