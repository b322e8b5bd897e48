import { z } from 'zod';
import { DEFAULT_WINDOW_MINUTES } from '@rescue/domain';
import { env, HealthBindConfig, InfrastructureConfig, MetricsConfig } from '@rescue/platform';

export const TriageConfig = InfrastructureConfig.extend({
  TRIAGE_HEALTH_PORT: env.port(3200),
  /** How long after an incident's last tip a tip naming the same venue or person still joins it. */
  CORRELATION_WINDOW_MINUTES: env.positiveNumber(DEFAULT_WINDOW_MINUTES),
}).extend(HealthBindConfig.shape).extend(MetricsConfig.shape);
export type TriageConfig = z.infer<typeof TriageConfig>;
