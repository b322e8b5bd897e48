import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { withoutFakeTime } from './fake-time';

/** Real servers on test ports, for tests that need to kill, flush or restart them. */
export async function startNats(port: number, storeDir: string): Promise<ChildProcess> {
  mkdirSync(storeDir, { recursive: true });
  const child = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], { stdio: 'ignore', detached: true, env: withoutFakeTime() });
  child.unref();
  await waitForPort(port);
  return child;
}

/** A Redis without persistence (a kill loses everything); `extraArgs` come last, so they override. */
export async function startRedis(port: number, extraArgs: string[] = []): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', ...extraArgs],
    { stdio: 'ignore', detached: true, env: withoutFakeTime() },
  );
  child.unref();
  await waitForPort(port);
  return child;
}

export async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((done) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        done(true);
      });
      socket.on('error', () => done(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`port ${port} did not open in ${timeoutMs} ms`);
}

/** A free TCP port, from the kernel. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}
