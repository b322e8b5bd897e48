import { z } from 'zod';

/** Part of BoardConfig, on its own so `npm run pii:retention` reads the same setting without the board. */
export const ReporterRetentionConfig = z.object({
  /**
   * Days after an incident closed (resolved, or left in review) that its reporters' contact details,
   * pseudonyms and photos are erased; the case, its timings and outcome stay. 0 erases at the next daily run.
   */
  REPORTER_PII_RETENTION_DAYS: z.coerce.number().int().min(0).default(180),
});
