import { z } from 'zod';

/** Liveness: the version and which database engine answers. */
export const ZHealth = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
});
