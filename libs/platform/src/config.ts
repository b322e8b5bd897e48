import { z } from 'zod';
import { productionSecretProblems } from './production-secrets';

export class ConfigError extends Error {}

/**
 * Validates the environment against a schema at boot. Every problem is listed by variable name so
 * an operator can fix the whole `.env` in one go rather than one crash at a time. Under
 * NODE_ENV=production a secret that is missing or one of the published development values is refused.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const secrets = productionSecretProblems(Object.keys(schema.shape), env);
  const refused = new Set(secrets.map((line) => line.slice(0, line.indexOf(':'))));
  const parsed = schema.safeParse(env);
  if (parsed.success && !secrets.length) return parsed.data;
  const lines = [
    ...secrets,
    ...(parsed.success ? [] : parsed.error.issues.filter((i) => !refused.has(String(i.path[0]))).map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`)),
  ];
  throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.map((l) => `  ${l}`).join('\n')}`);
}

/** Reusable env field schemas. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback),
  url: () => z.string().url(),
  secret: () => z.string().min(8, 'must be at least 8 characters'),
  positiveNumber: (fallback: number) => z.coerce.number().positive().default(fallback),
  /** The address a server binds: `0.0.0.0` (every interface) only for the ports that face users. */
  host: (fallback: string) => z.string().min(1).default(fallback),
};

/**
 * Where services that nobody outside the machine (or pod) should reach listen: the health and metrics
 * ports, and the sandbox. Set `0.0.0.0` where a probe or Prometheus scrapes from elsewhere (Kubernetes).
 */
export const HealthBindConfig = z.object({ HEALTH_BIND_HOST: env.host('127.0.0.1') });

export const InfrastructureConfig = z.object({
  DATABASE_URL: env.url(),
  REDIS_URL: env.url(),
  NATS_URL: z.string().min(1),
  /** Copies of each JetStream stream: 1 on a single NATS server, 3 on a three-node cluster. */
  NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
});
