import { z } from 'zod';
import { env, MetricsConfig } from '@rescue/platform';

/** The sandbox needs no database or broker: only the provider credentials it checks and signs with. */
export const SandboxConfig = z.object({
  /** The sandbox signs with the published development credentials: it is never part of a production system. */
  NODE_ENV: z
    .string()
    .default('development')
    .refine((v) => v !== 'production', 'the sandbox stands in for LINE and Twilio with published credentials and does not run in production'),
  SANDBOX_PORT: env.port(3900),
  /** Only this machine reaches the phone simulator unless told otherwise (e.g. 0.0.0.0 in compose). */
  SANDBOX_BIND_HOST: env.host('127.0.0.1'),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC/, 'must start with AC'),
  TWILIO_AUTH_TOKEN: z.string().min(1),
  /** The number inbound SMS are addressed to (the organisation's). */
  TWILIO_FROM_NUMBER: z.string().regex(/^\+\d{6,15}$/, 'must be an E.164 number').default('+15005550006'),
  LINE_CHANNEL_SECRET: z.string().min(1),
  LINE_CHANNEL_ACCESS_TOKEN: z.string().min(1),
  /** Where the sandbox delivers webhooks. */
  SANDBOX_INTAKE_URL: env.url(),
  /** The URL Twilio would call; X-Twilio-Signature is computed over it. */
  INTAKE_PUBLIC_URL: env.url(),
  DIRECTORY_FILE: z.string().default('deploy/directory.yaml'),
  /** LINE promises no lifetime for a reply token, only that it is short (about a minute in practice). */
  SANDBOX_REPLY_TOKEN_TTL_SECONDS: env.positiveNumber(60),
  /** What the sandbox keeps in memory, oldest dropped first: per recipient (or sender) and in all. */
  SANDBOX_KEEP_PER_RECIPIENT: z.coerce.number().int().min(1).default(200),
  SANDBOX_KEEP_TOTAL: z.coerce.number().int().min(1).default(5000),
}).extend(MetricsConfig.shape);
export type SandboxConfig = z.infer<typeof SandboxConfig>;
export const SANDBOX_CONFIG = Symbol('SANDBOX_CONFIG');
