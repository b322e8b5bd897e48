import { z } from 'zod';

export class ConfigError extends Error {}

/**
 * Validates the environment against a schema at boot. Every problem is listed by variable name so
 * an operator can fix the whole `.env` in one go rather than one crash at a time.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
}

/** Reusable env field schemas. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback),
  url: () => z.string().url(),
  secret: () => z.string().min(8, 'must be at least 8 characters'),
  positiveNumber: (fallback: number) => z.coerce.number().positive().default(fallback),
};

export const InfrastructureConfig = z.object({
  DATABASE_URL: env.url(),
  REDIS_URL: env.url(),
  NATS_URL: z.string().min(1),
});
