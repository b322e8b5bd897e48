import { z } from 'zod';
import { env, InfrastructureConfig } from '@rescue/platform';

export const BoardConfig = InfrastructureConfig.extend({
  BOARD_PORT: env.port(3000),
  BOARD_BOOTSTRAP_ADMIN_EMAIL: z.string().email(),
  BOARD_BOOTSTRAP_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters'),
  BOARD_SESSION_TTL_MINUTES: env.positiveNumber(720),
  /** The console's static files (HTML, ES modules, CSS): tsc does not copy them into dist, so they are served from the source tree. */
  BOARD_CONSOLE_DIR: z.string().default('apps/board/src/console'),
  DIRECTORY_FILE: z.string().default('deploy/directory.yaml'),
  /** How many days ahead coverage gaps are looked for (GET /v1/oncall/gaps without ?days=). */
  COVERAGE_GAP_DAYS: env.positiveNumber(7),
  PII_ENCRYPTION_KEY: z.string().min(1),
  /** Intake's operator API, to which the console's tip form is forwarded. */
  INTAKE_URL: env.url().default('http://127.0.0.1:3100'),
  OPERATOR_API_KEY: env.secret(),
});
export type BoardConfig = z.infer<typeof BoardConfig>;
export const BOARD_CONFIG = Symbol('BOARD_CONFIG');
