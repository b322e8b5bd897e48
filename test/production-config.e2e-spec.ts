import { randomBytes } from 'node:crypto';
import { AppName, AppProcess, healthUrl, waitForHttp } from '../scripts/lib/app-process';
import { e2eEnv } from './support/e2e-env';

/**
 * Production never runs on the secrets `.env.example` publishes (issue 19): each service refuses to
 * start with one of them or with a secret missing, naming the variable, and the sandbox (which signs
 * with the published credentials) refuses production altogether. With secrets of its own, it starts.
 */
/** The services that hold secrets (triage and dispatch read none: only infrastructure URLs). */
const SERVICES: AppName[] = ['board', 'intake', 'notifier'];

/** Runs an app until it exits (or is ready): its exit code and everything it printed. */
async function boot(name: AppName, env: NodeJS.ProcessEnv): Promise<{ code: number | null | 'ready'; output: string }> {
  const lines: string[] = [];
  const app = new AppProcess(name, env, (line) => lines.push(line));
  app.start();
  const code = await Promise.race([app.whenExited(), waitForHttp(healthUrl(name, env), 30_000).then(() => 'ready' as const)]);
  await app.stop();
  return { code, output: lines.join('\n') };
}

const ownSecrets = () => ({
  OPERATOR_API_KEY: randomBytes(24).toString('base64url'),
  TWILIO_AUTH_TOKEN: randomBytes(16).toString('hex'),
  LINE_CHANNEL_SECRET: randomBytes(16).toString('hex'),
  LINE_CHANNEL_ACCESS_TOKEN: randomBytes(32).toString('base64url'),
  BOARD_BOOTSTRAP_ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
  PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
});

describe('NODE_ENV=production', () => {
  it.each(SERVICES)('%s refuses to start on the development secrets of .env.example, naming each one it reads', async (name) => {
    const { code, output } = await boot(name, e2eEnv({ NODE_ENV: 'production' }));
    expect(code).toBe(1);
    const named = [...output.matchAll(/^\s+([A-Z_]+): is a development value published in \.env\.example/gm)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    if (name === 'board') expect(named).toEqual(expect.arrayContaining(['BOARD_BOOTSTRAP_ADMIN_PASSWORD', 'OPERATOR_API_KEY', 'PII_ENCRYPTION_KEY']));
    if (name === 'intake') expect(named).toEqual(expect.arrayContaining(['OPERATOR_API_KEY', 'PII_ENCRYPTION_KEY', 'TWILIO_AUTH_TOKEN', 'LINE_CHANNEL_SECRET']));
  });

  it('names a secret that is missing', async () => {
    const env = e2eEnv({ NODE_ENV: 'production', ...ownSecrets() });
    delete env.PII_ENCRYPTION_KEY;
    const { code, output } = await boot('board', env);
    expect(code).toBe(1);
    expect(output).toMatch(/PII_ENCRYPTION_KEY: missing; production needs a secret of its own/);
  });

  it('starts the board and intake on secrets of their own', async () => {
    const env = e2eEnv({ NODE_ENV: 'production', ...ownSecrets() });
    for (const name of ['board', 'intake'] as const) expect((await boot(name, env)).code).toBe('ready');
  });

  it('the sandbox does not run at all', async () => {
    const { code, output } = await boot('sandbox', e2eEnv({ NODE_ENV: 'production', ...ownSecrets() }));
    expect(code).toBe(1);
    expect(output).toMatch(/NODE_ENV: the sandbox stands in for LINE and Twilio .* does not run in production/);
  });
});
