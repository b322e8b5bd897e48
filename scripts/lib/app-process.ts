import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const APPS = ['sandbox', 'intake', 'triage', 'dispatch', 'notifier', 'board'] as const;
export type AppName = (typeof APPS)[number];

/** RUN_MODE=single: the sandbox, and every other app in one process (dist/apps/single). */
export const SINGLE_MODE_PROCESSES = ['sandbox', 'single'] as const;
export type ProcessName = AppName | 'single';

// npm scripts and jest both run from the repository root.
const ROOT = process.cwd();

/**
 * A larger young generation than V8's 16 MB default: every event and request allocates short-lived
 * objects, and at 50 tips a second the default scavenged so often that the pauses showed in the p99
 * of tip -> SMS (measured: bench/results.json). V8 grows it only when allocation needs it, so an
 * idle service stays small. The Dockerfile passes the same flags.
 * The single process keeps the default: it is for small machines, where memory counts more than the
 * p99 at 50 tips/s, and with 64 MB the five apps' allocations grew it to 276 MB after 100 tips at
 * 20/s against 212 MB with 16 (bench/single-memory.ts).
 */
const nodeFlags = (name: ProcessName) => (name === 'single' ? [] : ['--max-semi-space-size=64']);

/**
 * One built app (or the single process of them all) as a child process: `node -r tsconfig-paths/register dist/apps/<app>/src/main.js`,
 * with the `@rescue/*` aliases resolved inside dist. Used by `npm start` and the end-to-end tests
 * (which kill and restart services to prove nothing is lost).
 */
export class AppProcess {
  private child?: ChildProcess;
  private exited?: Promise<number | null>;

  constructor(
    readonly name: ProcessName,
    private readonly env: NodeJS.ProcessEnv,
    private readonly onOutput: (line: string) => void = () => undefined,
  ) {}

  /** The process id while it runs (the benchmark reads its CPU time). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  start(): void {
    const child = spawn(process.execPath, [...nodeFlags(this.name), '-r', 'tsconfig-paths/register', `dist/apps/${this.name}/src/main.js`], {
      cwd: ROOT,
      env: { ...this.env, TS_NODE_BASEURL: resolve(ROOT, 'dist'), TS_NODE_PROJECT: resolve(ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    const forward = (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      lines.forEach((l) => this.onOutput(l));
    };
    child.stdout!.on('data', forward);
    child.stderr!.on('data', forward);
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
    this.child = child;
  }

  /** Resolves when the exit code is known; SIGKILL simulates a crash mid-way. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<void> {
    if (!this.child || !this.running) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  whenExited(): Promise<number | null> {
    return this.exited ?? Promise.resolve(null);
  }
}

/** Polls an HTTP URL until it answers 2xx. */
export async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not become ready in ${timeoutMs} ms (${last})`);
}

/** The health URL of each app, from the same environment it runs with. */
export function healthUrl(name: AppName, env: NodeJS.ProcessEnv): string {
  const port = {
    sandbox: env.SANDBOX_PORT ?? '3900',
    intake: env.INTAKE_PORT ?? '3100',
    triage: env.TRIAGE_HEALTH_PORT ?? '3200',
    dispatch: env.DISPATCH_HEALTH_PORT ?? '3300',
    notifier: env.NOTIFIER_HEALTH_PORT ?? '3400',
    board: env.BOARD_PORT ?? '3000',
  }[name];
  return name === 'sandbox' ? `http://127.0.0.1:${port}/__sandbox/messages` : `http://127.0.0.1:${port}/healthz`;
}

/** The health URLs that answer when a process is up: its app's, or every app's but the sandbox's for the single process. */
export function healthUrls(name: ProcessName, env: NodeJS.ProcessEnv): string[] {
  return name === 'single' ? APPS.filter((app) => app !== 'sandbox').map((app) => healthUrl(app, env)) : [healthUrl(name, env)];
}
