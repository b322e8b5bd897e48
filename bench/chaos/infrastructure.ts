import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { Client } from 'pg';
import { Database } from '../../libs/persistence/src/database';
import { migrate } from '../../libs/persistence/src/migrate';
import { withoutFakeTime } from '../../test/support/fake-time';
import { eventually } from '../../test/support/system';
import { freePort, startNats, startRedis, waitForPort } from '../../test/support/servers';

/**
 * The servers one chaos scenario runs against, all of its own: NATS (one server, or a three-node
 * JetStream cluster), Redis without persistence, and a database. Each can be killed with SIGKILL and
 * started again on the same port (NATS on the same store), which is what the faults do.
 */
export class Infrastructure {
  readonly nats: NatsNode[] = [];
  private redis?: ChildProcess;
  private redisPort = 0;

  private constructor(
    private readonly dir: string,
    readonly databaseUrl: string,
    readonly postgres?: PostgresCluster,
  ) {}

  /** `postgres`: the server to create the database on (a URL without database), or a cluster of our own. */
  static async start(options: { natsNodes: 1 | 3; postgres: string | PostgresCluster; database: string }): Promise<Infrastructure> {
    const dir = mkdtempSync(join(tmpdir(), 'rescue-chaos-'));
    const server = typeof options.postgres === 'string' ? options.postgres : options.postgres.url;
    const infra = new Infrastructure(dir, await freshDatabase(server, options.database), typeof options.postgres === 'string' ? undefined : options.postgres);
    const ports = await Promise.all(Array.from({ length: options.natsNodes }, async () => ({ client: await freePort(), cluster: await freePort() })));
    for (const [i, p] of ports.entries()) {
      infra.nats.push(new NatsNode(`n${i + 1}`, p.client, join(dir, `nats-${i + 1}`), options.natsNodes > 1 ? { port: p.cluster, routes: ports.map((o) => o.cluster) } : undefined));
    }
    await Promise.all(infra.nats.map((n) => n.start()));
    await infra.jetStreamReady();
    infra.redisPort = await freePort();
    await infra.startRedis();
    return infra;
  }

  /** What the apps are pointed at. */
  env(): Record<string, string> {
    return {
      NATS_URL: this.nats.map((n) => `nats://127.0.0.1:${n.port}`).join(','),
      NATS_STREAM_REPLICAS: String(this.nats.length),
      REDIS_URL: `redis://127.0.0.1:${this.redisPort}`,
      DATABASE_URL: this.databaseUrl,
    };
  }

  /**
   * Until JetStream answers its API: a cluster's nodes listen at once but elect a meta leader only
   * after their routes are up (seconds, more on a loaded machine); until then the API times out.
   */
  async jetStreamReady(timeoutMs = 60_000): Promise<void> {
    await eventually(async () => {
      const nc = await connect({ servers: this.nats.filter((n) => n.running).map((n) => `nats://127.0.0.1:${n.port}`), timeout: 2000 });
      try {
        await (await nc.jetstreamManager({ timeout: 2000 })).getAccountInfo();
      } finally {
        await nc.close();
      }
    }, timeoutMs, 250);
  }

  async startRedis(): Promise<void> {
    this.redis = await startRedis(this.redisPort);
  }

  /** kill -9: Redis keeps nothing (no RDB, no AOF), as a crashed cache without persistence would. */
  async killRedis(): Promise<void> {
    await kill9(this.redis);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.nats.map((n) => n.kill()), kill9(this.redis)]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One nats-server with JetStream, optionally a member of a cluster (routes to every member). */
export class NatsNode {
  private child?: ChildProcess;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly storeDir: string,
    private readonly cluster?: { port: number; routes: number[] },
  ) {}

  async start(): Promise<void> {
    if (!this.cluster) {
      this.child = await startNats(this.port, this.storeDir);
      return;
    }
    mkdirSync(this.storeDir, { recursive: true });
    const routes = this.cluster.routes.filter((p) => p !== this.cluster!.port).map((p) => `nats://127.0.0.1:${p}`).join(',');
    this.child = spawn(
      'nats-server',
      ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir, '-n', this.name, '--cluster_name', 'chaos', '--cluster', `nats://127.0.0.1:${this.cluster.port}`, '--routes', routes],
      { stdio: 'ignore', detached: true, env: withoutFakeTime() },
    );
    this.child.unref();
    await waitForPort(this.port);
  }

  get running(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  /** kill -9; `start()` brings it back on the same port and store. */
  kill(): Promise<void> {
    return kill9(this.child);
  }
}

async function kill9(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || !alive(child)) return;
  child.kill('SIGKILL');
  // The servers are unref'd children: waiting for their 'exit' event would not keep this process alive.
  for (let waited = 0; alive(child) && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
}

function alive(child: ChildProcess): boolean {
  if (child.exitCode !== null || child.signalCode !== null) return false;
  try {
    process.kill(child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

/** A database created and migrated for one run, on the given server. */
export async function freshDatabase(server: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = `${server}/${name}`;
  const db = new Database(url, 1);
  await migrate(db);
  await db.close();
  return url;
}

/**
 * A PostgreSQL cluster of the harness's own (initdb, pg_ctl) on a free port under a temporary
 * directory, so that restarting it never touches the machine's shared server. initdb refuses to run
 * as root, so as root it runs as the `postgres` user.
 */
export class PostgresCluster {
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}`;
  }

  static async create(): Promise<PostgresCluster> {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    if (!versions.length) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql/*/bin');
    const bin = `/usr/lib/postgresql/${versions[versions.length - 1]}/bin`;
    const dir = mkdtempSync(join(tmpdir(), 'rescue-chaos-pg-'));
    if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
    const cluster = new PostgresCluster(bin, dir, await freePort());
    cluster.run('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust']);
    await cluster.start();
    return cluster;
  }

  async start(): Promise<void> {
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-l', join(this.dir, 'log'), '-w', '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`, 'start']);
    await waitForPort(this.port);
  }

  /** A crash: `-m immediate` stops without a checkpoint, so the start that follows runs crash recovery. */
  crash(): void {
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', 'stop']);
  }

  destroy(): void {
    try {
      this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'fast', 'stop']);
    } catch {
      // not running
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(tool: string, args: string[]): void {
    const command = [`${this.bin}/${tool}`, ...args];
    const asRoot = process.getuid?.() === 0;
    // Its clock is the apps' (deadlines use the database's now()), so it keeps this process's environment.
    execFileSync(asRoot ? 'runuser' : command[0], asRoot ? ['-u', 'postgres', '--', ...command] : command.slice(1), { stdio: 'ignore' });
  }
}
