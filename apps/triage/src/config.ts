import { z } from 'zod';
import { env, InfrastructureConfig } from '@rescue/platform';

export const TriageConfig = InfrastructureConfig.extend({
  TRIAGE_HEALTH_PORT: env.port(3200),
});
export type TriageConfig = z.infer<typeof TriageConfig>;
