import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import IORedis from 'ioredis';
import { connect } from 'nats';
import { natsServerOptions } from '../../libs/messaging/src/nats-server-options';
import { Client } from 'pg';

interface Service {
  name: string;
  check(): Promise<void>;
  /** The command that starts a local server, if one is installed. */
  startCommand(): string | undefined;
}

export function infrastructure(env: NodeJS.ProcessEnv): Service[] {
  return [
    {
      name: 'PostgreSQL',
      async check() {
        const client = new Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 2000 });
        await client.connect();
        await client.end();
      },
      startCommand: () =>
        existsSync('/etc/postgresql')
          ? `pg_ctlcluster --skip-systemctl-redirect ${readdirSync('/etc/postgresql')[0]} main start`
          : undefined,
    },
    {
      name: 'Redis',
      async check() {
        const redis = new IORedis(env.REDIS_URL!, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        try {
          await redis.connect();
          await redis.ping();
        } finally {
          redis.disconnect();
        }
      },
      startCommand: () =>
        installed('redis-server')
          ? 'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --maxmemory-policy noeviction --dir /var/lib/redis --logfile /var/log/redis/ci.log'
          : undefined,
    },
    {
      name: 'NATS (JetStream)',
      async check() {
        const nc = await connect({ ...natsServerOptions(env.NATS_URL!), timeout: 2000, reconnect: false });
        await nc.jetstreamManager(); // fails when JetStream is not enabled
        await nc.close();
      },
      startCommand: () =>
        installed('nats-server')
          ? 'start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log'
          : undefined,
    },
  ];
}

function installed(binary: string): boolean {
  try {
    execSync(`command -v ${binary}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Checks each service; starts a local one that does not answer, or says exactly what to run. */
export async function ensureInfrastructure(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  for (const service of infrastructure(env)) {
    try {
      await service.check();
      log(`${service.name}: ok`);
      continue;
    } catch (err) {
      const command = service.startCommand();
      if (!command) {
        throw new Error(`${service.name} does not answer (${(err as Error).message}) and no local server is installed. Start it, or point the URL in .env at one.`);
      }
      log(`${service.name} does not answer; starting it: ${command}`);
      try {
        execSync(command, { stdio: 'inherit' });
      } catch {
        throw new Error(`${service.name} could not be started. Run as root: ${command}`);
      }
    }
    await retry(() => service.check(), 20, 250).catch((err) => {
      throw new Error(`${service.name} still does not answer: ${(err as Error).message}`);
    });
    log(`${service.name}: started`);
  }
}

async function retry(fn: () => Promise<void>, times: number, waitMs: number): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= times) throw err;
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}
