import { z } from 'zod';
import { env, InfrastructureConfig } from '@rescue/platform';

export const DispatchConfig = InfrastructureConfig.extend({
  DISPATCH_HEALTH_PORT: env.port(3300),
  DIRECTORY_FILE: z.string().default('deploy/directory.yaml'),
  /** 1 = real time; 0.01 turns a 5-minute deadline into 3 seconds (drills and tests). */
  ESCALATION_TIME_SCALE: env.positiveNumber(1),
  /** An accepted responder who has not reported arrival after this long is reminded (scaled like every wait). */
  ARRIVAL_REMINDER_MINUTES: env.positiveNumber(30),
  /** How often the auditor checks that every open role chain has a live deadline job. */
  DEADLINE_AUDIT_INTERVAL_MS: env.positiveNumber(60_000),
  /** How often it checks whether Redis lost its data (then it rebuilds at once). */
  REDIS_SENTINEL_INTERVAL_MS: env.positiveNumber(2_000),
});
export type DispatchConfig = z.infer<typeof DispatchConfig>;
export const DISPATCH_CONFIG = Symbol('DISPATCH_CONFIG');
