import { loadEnvFiles } from '../libs/platform/src/env-files';
import { Database } from '../libs/persistence/src/database';
import { migrate } from '../libs/persistence/src/migrate';
import { APPS, AppProcess, healthUrl, SINGLE_MODE_PROCESSES, waitForHttp } from './lib/app-process';
import { ensureInfrastructure } from './lib/services';

const COLORS = [36, 33, 35, 32, 34, 31];

/**
 * `npm start`: the whole system on one machine with the demo directory and the provider sandbox.
 * Checks PostgreSQL, Redis and NATS (starting local ones that do not answer), migrates, then runs
 * every app as its own process and restarts one that dies. `npm start -- --single` (or RUN_MODE=single)
 * runs the sandbox and one process of all the other apps instead, on the same ports.
 */
async function main() {
  loadEnvFiles();
  const log = (line: string) => console.log(`\x1b[1m[start]\x1b[0m ${line}`);
  await ensureInfrastructure(process.env, log);
  const db = new Database(process.env.DATABASE_URL!, 1);
  const applied = await migrate(db);
  await db.close();
  log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database is up to date');

  const single = process.argv.includes('--single') || process.env.RUN_MODE === 'single';
  const processes = single ? SINGLE_MODE_PROCESSES : APPS;
  log(single ? 'one process for intake, triage, dispatch, notifier and board (RUN_MODE=single)' : 'one process per app');

  let stopping = false;
  const apps = processes.map((name, i) => {
    const app = new AppProcess(name, process.env, (line) => console.log(`\x1b[${COLORS[i]}m${name.padEnd(8)}\x1b[0m ${line}`));
    const supervise = () => {
      app.start();
      void app.whenExited().then((code) => {
        if (stopping) return;
        log(`${name} exited with ${code}; restarting in 2 s`);
        setTimeout(supervise, 2000);
      });
    };
    supervise();
    return app;
  });
  // Ready when every app answers, whichever process it runs in.
  await Promise.all(APPS.map((name) => waitForHttp(healthUrl(name, process.env), 60_000)));
  const env = process.env;
  log(`ready:
  board (console and API)  http://127.0.0.1:${env.BOARD_PORT ?? 3000}   login ${env.BOARD_BOOTSTRAP_ADMIN_EMAIL} (password: BOARD_BOOTSTRAP_ADMIN_PASSWORD in .env, or .env.example)
  intake (tips, webhooks)  http://127.0.0.1:${env.INTAKE_PORT ?? 3100}
  sandbox (phone simulator) http://127.0.0.1:${env.SANDBOX_PORT ?? 3900}`);

  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping');
    await Promise.all(apps.map((a) => a.stop('SIGTERM')));
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(`[start] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
