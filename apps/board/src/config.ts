import { z } from 'zod';
import { env, HealthBindConfig, InfrastructureConfig, MetricsConfig, PiiKeysConfig } from '@rescue/platform';
import { ReporterRetentionConfig } from './retention/retention-config';

export const BoardConfig = InfrastructureConfig.extend({
  BOARD_PORT: env.port(3000),
  BOARD_BIND_HOST: env.host('0.0.0.0'),
  /** `/metrics` (and `/healthz`) for Prometheus, on HEALTH_BIND_HOST. */
  BOARD_HEALTH_PORT: env.port(3050),
  /**
   * Express `trust proxy`: how many proxies (or which) terminate TLS in front of the board. With it, a
   * request that came in over https is seen as secure and the session cookie is marked `Secure`.
   */
  BOARD_TRUST_PROXY: z.string().default('loopback'),
  BOARD_BOOTSTRAP_ADMIN_EMAIL: z.string().email(),
  BOARD_BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters'),
  BOARD_SESSION_TTL_MINUTES: env.positiveNumber(720),
  /** Wrong passwords in a row after which an account is locked (an admin can unlock it at once). */
  BOARD_LOGIN_MAX_FAILURES: env.positiveNumber(5),
  /** Failed logins from one address (any accounts) after which that address is refused. */
  BOARD_LOGIN_MAX_FAILURES_PER_ADDRESS: env.positiveNumber(20),
  /** How long failures are counted, and a lock lasts, from the first failure. */
  BOARD_LOGIN_LOCK_MINUTES: env.positiveNumber(15),
  /**
   * Roles that must prove a second factor (TOTP or a recovery code) at login; until they have set one
   * up, their session can do nothing else. Comma-separated; empty for none.
   */
  BOARD_SECOND_FACTOR_ROLES: z
    .string()
    .default('admin,coordinator')
    .transform((v) => v.split(',').map((r) => r.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['admin', 'coordinator', 'operator', 'responder']))),
  /** The console's static files (HTML, ES modules, CSS): tsc does not copy them into dist, so they are served from the source tree. */
  BOARD_CONSOLE_DIR: z.string().default('apps/board/src/console'),
  DIRECTORY_FILE: z.string().default('deploy/directory.yaml'),
  /** How many days ahead coverage gaps are looked for (GET /v1/oncall/gaps without ?days=). */
  COVERAGE_GAP_DAYS: env.positiveNumber(7),
  ...PiiKeysConfig.shape,
  ...ReporterRetentionConfig.shape,
  /** Intake's operator API, to which the console's tip form is forwarded. */
  INTAKE_URL: env.url().default('http://127.0.0.1:3100'),
  OPERATOR_API_KEY: env.secret(),
}).extend(HealthBindConfig.shape).extend(MetricsConfig.shape);
export type BoardConfig = z.infer<typeof BoardConfig>;
export const BOARD_CONFIG = Symbol('BOARD_CONFIG');
