import { z } from 'zod';
import { env, HealthBindConfig, InfrastructureConfig, MetricsConfig } from '@rescue/platform';

export const DispatchConfig = InfrastructureConfig.extend({
  DISPATCH_HEALTH_PORT: env.port(3300),
  DIRECTORY_FILE: z.string().default('deploy/directory.yaml'),
  /** How often each replica checks the directory's version (edits also announce themselves at once). */
  DIRECTORY_CHECK_INTERVAL_MS: env.positiveNumber(60_000),
  /** How long before a hand-off the incoming responder is told (minutes, before ESCALATION_TIME_SCALE). */
  HANDOFF_NOTICE_LEAD_MINUTES: env.positiveNumber(15),
  /** How often hand-offs and coverage gaps are looked for (also at start-up and after each directory edit). */
  ONCALL_SCAN_INTERVAL_MS: env.positiveNumber(60_000),
  /** How many days ahead coverage gaps are reported to the coordinators. */
  COVERAGE_GAP_DAYS: env.positiveNumber(7),
  /** 1 = real time; 0.01 turns a 5-minute deadline into 3 seconds (drills and tests). */
  ESCALATION_TIME_SCALE: env.positiveNumber(1),
  /** An accepted responder who has not reported arrival after this long is reminded (scaled like every wait). */
  ARRIVAL_REMINDER_MINUTES: env.positiveNumber(30),
  /** How often the auditor checks that every open role chain has a live deadline job. */
  DEADLINE_AUDIT_INTERVAL_MS: env.positiveNumber(60_000),
  /** How often it checks whether Redis lost its data (then it rebuilds at once). */
  REDIS_SENTINEL_INTERVAL_MS: env.positiveNumber(2_000),
}).extend(HealthBindConfig.shape).extend(MetricsConfig.shape);
export type DispatchConfig = z.infer<typeof DispatchConfig>;
export const DISPATCH_CONFIG = Symbol('DISPATCH_CONFIG');
