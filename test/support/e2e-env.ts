import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { readFileSync } from 'node:fs';

/**
 * End-to-end tests run against their own NATS and Redis (started by global-setup on other ports, so a
 * test may kill or flush them) and their own PostgreSQL database, never the developer's running system.
 */
export const E2E_INFRA = {
  NATS_PORT: 14222,
  REDIS_PORT: 16379,
  DATABASE: 'rescue_e2e',
};

const PORTS = { BOARD_PORT: 13000, INTAKE_PORT: 13100, TRIAGE_HEALTH_PORT: 13200, DISPATCH_HEALTH_PORT: 13300, NOTIFIER_HEALTH_PORT: 13400, SANDBOX_PORT: 13900 };

/** The development values from .env.example, pointed at the test infrastructure and ports. */
export function e2eEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const example = parseEnv(readFileSync(resolve(process.cwd(), '.env.example'), 'utf8'));
  const intake = `http://127.0.0.1:${PORTS.INTAKE_PORT}`;
  const sandbox = `http://127.0.0.1:${PORTS.SANDBOX_PORT}`;
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...example,
    ...Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v)])),
    NODE_ENV: 'test',
    NATS_URL: `nats://127.0.0.1:${E2E_INFRA.NATS_PORT}`,
    REDIS_URL: `redis://127.0.0.1:${E2E_INFRA.REDIS_PORT}`,
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${E2E_INFRA.DATABASE}`,
    INTAKE_PUBLIC_URL: intake,
    SANDBOX_INTAKE_URL: intake,
    TWILIO_API_BASE_URL: sandbox,
    LINE_API_BASE_URL: sandbox,
    ...overrides,
  };
}
