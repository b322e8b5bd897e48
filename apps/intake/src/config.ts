import { z } from 'zod';
import { env, HealthBindConfig, InfrastructureConfig, MetricsConfig, PiiKeysConfig } from '@rescue/platform';

export const IntakeConfig = InfrastructureConfig.extend({
  INTAKE_PORT: env.port(3100),
  INTAKE_BIND_HOST: env.host('0.0.0.0'),
  /** `/metrics` (and `/healthz`) for Prometheus, on HEALTH_BIND_HOST. */
  INTAKE_HEALTH_PORT: env.port(3150),
  OPERATOR_API_KEY: env.secret(),
  INTAKE_PUBLIC_URL: env.url(),
  TIP_BODY_LIMIT: z.string().default('64kb'),
  TWILIO_AUTH_TOKEN: z.string().min(1),
  LINE_CHANNEL_SECRET: z.string().min(1),
  /** Intake answers LINE messages with their reply token (receipts, link confirmations, help). */
  LINE_CHANNEL_ACCESS_TOKEN: z.string().min(1),
  LINE_API_BASE_URL: z.string().url().default('https://api.line.me'),
  /** Where LINE serves the content of images users send (api-data.line.me; the sandbox in development). */
  LINE_DATA_API_BASE_URL: z.string().url().default('https://api-data.line.me'),
  ...PiiKeysConfig.shape,
  /** How often webhook events kept in PostgreSQL while NATS was down are offered to JetStream again. */
  INTAKE_INBOX_RELAY_MS: env.positiveNumber(1000),
  /** How often the relay looks for events when none is known to wait (left by a replica that stopped). */
  INTAKE_INBOX_CHECK_MS: env.positiveNumber(60_000),
}).extend(HealthBindConfig.shape).extend(MetricsConfig.shape);
export type IntakeConfig = z.infer<typeof IntakeConfig>;
export const INTAKE_CONFIG = Symbol('INTAKE_CONFIG');
