import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { fakeTimeEnv } from './fake-time';

/**
 * End-to-end tests run against their own NATS and Redis (started by global-setup on free ports, so a
 * test may kill or flush them) and their own PostgreSQL database, never the developer's running system.
 * global-setup publishes its choices in E2E_* variables, so concurrent runs do not collide.
 */
export function e2eInfra() {
  return {
    natsPort: Number(process.env.E2E_NATS_PORT ?? 14222),
    redisPort: Number(process.env.E2E_REDIS_PORT ?? 16379),
    database: process.env.E2E_DATABASE ?? 'rescue_e2e',
    portBase: Number(process.env.E2E_PORT_BASE ?? 13000),
    /** The PostgreSQL server (no database): the machine's, or one of the run's own (npm run test:hours). */
    postgres: process.env.E2E_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432',
  };
}

/**
 * The development values from .env.example, pointed at the test infrastructure and ports, and at the
 * test directory: the demo people and policies with schedules that do not change with the hour.
 */
export const TEST_DIRECTORY_FILE = 'test/fixtures/directory.yaml';

/** Offsets from the port base that no app's env takes: for a second replica's health port. */
export const REPLICA_PORT_OFFSETS = [7, 8] as const;

export function e2eEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const example = parseEnv(readFileSync(resolve(process.cwd(), '.env.example'), 'utf8'));
  const infra = e2eInfra();
  const base = infra.portBase;
  const ports = { BOARD_PORT: base, INTAKE_PORT: base + 1, TRIAGE_HEALTH_PORT: base + 2, DISPATCH_HEALTH_PORT: base + 3, NOTIFIER_HEALTH_PORT: base + 4, BOARD_HEALTH_PORT: base + 5, INTAKE_HEALTH_PORT: base + 6, SANDBOX_PORT: base + 9 }; // base + 7, + 8: REPLICA_PORT_OFFSETS
  const intake = `http://127.0.0.1:${ports.INTAKE_PORT}`;
  const sandbox = `http://127.0.0.1:${ports.SANDBOX_PORT}`;
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...fakeTimeEnv(), // npm run test:hours: the apps keep the tests' clock
    ...example,
    ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
    NODE_ENV: 'test',
    NATS_URL: `nats://127.0.0.1:${infra.natsPort}`,
    REDIS_URL: `redis://127.0.0.1:${infra.redisPort}`,
    DATABASE_URL: `${infra.postgres}/${infra.database}`,
    INTAKE_PUBLIC_URL: intake,
    INTAKE_URL: intake,
    SANDBOX_INTAKE_URL: intake,
    TWILIO_API_BASE_URL: sandbox,
    LINE_API_BASE_URL: sandbox,
    LINE_DATA_API_BASE_URL: sandbox,
    DIRECTORY_FILE: TEST_DIRECTORY_FILE,
    ...overrides,
  };
}
