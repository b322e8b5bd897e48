import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import IORedis from 'ioredis';
import { connect } from 'nats';
import { natsServerOptions } from '@rescue/messaging';
import { withoutFakeTime } from './support/fake-time';
import { freePort, waitForPort } from './support/servers';

/**
 * deploy/nats.conf and deploy/redis.conf (what compose and a VM install run) let no client in without
 * the password, and the apps' URLs carry it (issue 19). Docker does not run here, so the real servers
 * are started on the very files, on free ports.
 */
const PASSWORD = 'a-deploy-password-7';
const servers: ChildProcess[] = [];

afterAll(() => servers.forEach((s) => s.kill('SIGKILL')));

async function start(command: string, args: string[], port: number, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...withoutFakeTime(), ...env } });
  servers.push(child);
  await waitForPort(port);
}

describe('deploy/nats.conf', () => {
  let url = '';
  beforeAll(async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'nats-conf-'));
    // The file as shipped, with its store in a folder of this test (nats-server refuses a second store_dir).
    const conf = join(dir, 'nats.conf');
    writeFileSync(conf, readFileSync('deploy/nats.conf', 'utf8').replace('/data/jetstream', join(dir, 'jetstream')));
    await start('nats-server', ['-c', conf, '-a', '127.0.0.1', '-p', String(port), '-m', String(await freePort())], port, { NATS_PASSWORD: PASSWORD });
    url = `nats://rescue:${PASSWORD}@127.0.0.1:${port}`;
  });

  it('refuses a client without the password, or with a wrong one', async () => {
    const bare = natsServerOptions(url).servers;
    await expect(connect({ servers: bare, reconnect: false, timeout: 3000 })).rejects.toThrow(/Authorization/i);
    await expect(connect({ ...natsServerOptions(url.replace(PASSWORD, 'guess')), reconnect: false, timeout: 3000 })).rejects.toThrow(/Authorization/i);
  });

  it('lets in the apps, whose NATS_URL carries the password, with JetStream on', async () => {
    const nc = await connect({ ...natsServerOptions(url), reconnect: false, timeout: 3000 });
    expect((await (await nc.jetstreamManager()).getAccountInfo()).limits).toBeDefined();
    await nc.close();
  });
});

describe('deploy/redis.conf', () => {
  let port = 0;
  beforeAll(async () => {
    port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'redis-conf-'));
    // As compose runs it: the file, then the password from the environment (here without AOF on disk).
    await start('redis-server', [resolve('deploy/redis.conf'), '--requirepass', PASSWORD, '--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--appendonly', 'no'], port);
  });

  it('refuses commands without the password', async () => {
    const redis = new IORedis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
    redis.on('error', () => undefined);
    await expect(redis.set('deadline', '1')).rejects.toThrow(/NOAUTH/);
    redis.disconnect();
  });

  it('lets in the apps, whose REDIS_URL carries the password, keeps noeviction, and offers no FLUSHALL', async () => {
    const redis = new IORedis(`redis://:${PASSWORD}@127.0.0.1:${port}`, { maxRetriesPerRequest: 0 });
    expect(await redis.set('deadline', '1')).toBe('OK');
    await expect(redis.flushall()).rejects.toThrow(/unknown command/i);
    expect(await redis.info('memory')).toMatch(/maxmemory_policy:noeviction/);
    redis.disconnect();
  });
});
