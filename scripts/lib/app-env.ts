import { z } from 'zod';
import { BoardConfig } from '../../apps/board/src/config';
import { DispatchConfig } from '../../apps/dispatch/src/config';
import { IntakeConfig } from '../../apps/intake/src/config';
import { NotifierConfig } from '../../apps/notifier/src/config';
import { TriageConfig } from '../../apps/triage/src/config';
import { DEVELOPMENT_SECRETS } from '../../libs/platform/src/production-secrets';

/** The apps a production deployment runs (the sandbox is for development only), by their config schema. */
export const PRODUCTION_APPS: Record<string, z.ZodObject> = {
  intake: IntakeConfig,
  triage: TriageConfig,
  dispatch: DispatchConfig,
  notifier: NotifierConfig,
  board: BoardConfig,
};

/** The variables an app cannot start without: those its schema gives no default. */
export function requiredEnv(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape).filter((key) => !(schema.shape[key] as z.ZodType).safeParse(undefined).success);
}

/**
 * Variables whose value is a secret, or carries one (a password inside a URL): never a literal in a
 * deploy file, always from a Secret or `.env`.
 */
export const SECRET_ENV = new Set([...Object.keys(DEVELOPMENT_SECRETS), 'PII_ENCRYPTION_OLD_KEYS', 'DATABASE_URL', 'REDIS_URL', 'NATS_URL', 'NATS_PASSWORD', 'REDIS_PASSWORD', 'POSTGRES_PASSWORD']);

/**
 * Whether a text holds a URL with a password in it (`scheme://user:password@host`); a placeholder
 * (`<password>`) or a compose variable (`${REDIS_PASSWORD}`) in its place is not one.
 */
export function hasCredentials(text: string): boolean {
  return [...text.matchAll(/\/\/[^/@\s]*:([^/@\s]+)@/g)].some(([, password]) => !/^(<\w+>|\$\{\w+[^}]*\})$/.test(password));
}
