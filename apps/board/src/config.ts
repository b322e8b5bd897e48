import { z } from 'zod';
import { env, InfrastructureConfig } from '@rescue/platform';

export const BoardConfig = InfrastructureConfig.extend({
  BOARD_PORT: env.port(3000),
  BOARD_BOOTSTRAP_ADMIN_EMAIL: z.string().email(),
  BOARD_BOOTSTRAP_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters'),
  BOARD_SESSION_TTL_MINUTES: env.positiveNumber(720),
  DIRECTORY_FILE: z.string().default('deploy/directory.yaml'),
  PII_ENCRYPTION_KEY: z.string().min(1),
});
export type BoardConfig = z.infer<typeof BoardConfig>;
export const BOARD_CONFIG = Symbol('BOARD_CONFIG');
