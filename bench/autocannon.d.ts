/** The part of autocannon 8 the load benchmark uses (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export type AutocannonOptions = {
    url: string;
    connections?: number;
    duration?: number;
    /** Seconds before a request counts as a timeout (an error); autocannon's default is 10. */
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  };

  export type AutocannonResult = {
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    mismatches: number;
    totalCompletedRequests: number;
    totalRequests: number;
    duration: number;
    statusCodeStats: Record<string, { count: number }>;
  };

  export type AutocannonInstance = EventEmitter &
    PromiseLike<AutocannonResult> & {
      on(
        event: 'response',
        listener: (client: object, statusCode: number, resBytes: number, responseTimeMs: number) => void,
      ): AutocannonInstance;
    };

  export default function autocannon(options: AutocannonOptions): AutocannonInstance;
}
