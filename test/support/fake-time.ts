/**
 * `npm run test:hours` (scripts/test-at-hours.sh) runs the e2e tests under libfaketime, with the
 * clock shifted to a chosen hour. The apps (and their PostgreSQL) must keep the tests' clock; Redis,
 * NATS and Chromium must not be preloaded with it (Redis and Chromium hang under libfaketime, and a
 * browser's clock is the user's device's anyway).
 */
export const FAKETIME_VARIABLES = ['LD_PRELOAD', 'FAKETIME', 'FAKETIME_DONT_FAKE_MONOTONIC'] as const;

/** The shifted-clock variables of this process, for a child that shares the tests' clock. */
export function fakeTimeEnv(): Record<string, string> {
  return Object.fromEntries(FAKETIME_VARIABLES.flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]!]])));
}

/** This process's environment without them, for a child on the real clock. */
export function withoutFakeTime(): Record<string, string> {
  const env = Object.entries(process.env).filter(([k, v]) => v !== undefined && !(FAKETIME_VARIABLES as readonly string[]).includes(k));
  return Object.fromEntries(env) as Record<string, string>;
}
