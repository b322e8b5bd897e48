import { z } from 'zod';
import { env, HealthBindConfig, InfrastructureConfig, MetricsConfig, PiiKeysConfig } from '@rescue/platform';

export const NotifierConfig = InfrastructureConfig.extend({
  NOTIFIER_HEALTH_PORT: env.port(3400),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC/, 'must start with AC'),
  TWILIO_AUTH_TOKEN: z.string().min(1),
  TWILIO_FROM_NUMBER: z.string().regex(/^\+\d{6,15}$/, 'must be an E.164 number'),
  /** Unset in production (the SDK talks to api.twilio.com); the sandbox in development. */
  TWILIO_API_BASE_URL: z.string().url().optional(),
  LINE_CHANNEL_ACCESS_TOKEN: z.string().min(1),
  LINE_API_BASE_URL: z.string().url().default('https://api.line.me'),
  INTAKE_PUBLIC_URL: env.url(),
  /** Provider pace: Twilio queues per sender; LINE allows 2,000 pushes/s. Raise SMS for a Messaging Service pool. */
  SMS_RATE_PER_SECOND: env.positiveNumber(10),
  LINE_RATE_PER_SECOND: env.positiveNumber(100),
  DELIVERY_ATTEMPTS: env.positiveNumber(8),
  /** Opens a public reporter's sealed contact to tell them about their case, and keys the STOP list. */
  ...PiiKeysConfig.shape,
}).extend(HealthBindConfig.shape).extend(MetricsConfig.shape);
export type NotifierConfig = z.infer<typeof NotifierConfig>;
export const NOTIFIER_CONFIG = Symbol('NOTIFIER_CONFIG');
