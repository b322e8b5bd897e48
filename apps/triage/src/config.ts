import { z } from 'zod';
import { env, HealthBindConfig, InfrastructureConfig } from '@rescue/platform';

export const TriageConfig = InfrastructureConfig.extend({
  TRIAGE_HEALTH_PORT: env.port(3200),
}).extend(HealthBindConfig.shape);
export type TriageConfig = z.infer<typeof TriageConfig>;
