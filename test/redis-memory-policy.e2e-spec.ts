import { ChildProcess } from 'node:child_process';
import { freePort, startRedis } from './support/servers';
import { eventually, System } from './support/system';

/**
 * BullMQ's production guide: Redis must not evict. A service that uses Redis reads the policy at
 * start-up and warns, by name, when it is anything else; a Redis that refuses CONFIG (managed Redis,
 * deploy/redis.conf) is said once, and the service starts anyway.
 */
const started: ChildProcess[] = [];
let system: System | undefined;

afterEach(async () => {
  await system?.stop();
  for (const child of started.splice(0)) child.kill('SIGKILL');
});

async function notifierAgainst(redisArgs: string[]): Promise<System> {
  const port = await freePort();
  started.push(await startRedis(port, redisArgs));
  system = new System({ REDIS_URL: `redis://127.0.0.1:${port}` });
  await system.startApp('notifier');
  return system;
}

const redisLines = (s: System) => s.logs.filter((l) => l.includes('maxmemory-policy'));

it('warns when Redis would evict jobs (allkeys-lru)', async () => {
  const s = await notifierAgainst(['--maxmemory-policy', 'allkeys-lru']);
  await eventually(async () => expect(redisLines(s).join('\n')).toMatch(/WARN.*maxmemory-policy is allkeys-lru, not noeviction/));
});

it('is quiet about noeviction', async () => {
  const s = await notifierAgainst([]);
  await eventually(async () => expect(redisLines(s).join('\n')).toContain('maxmemory-policy is noeviction'));
  expect(redisLines(s).join('\n')).not.toMatch(/WARN/);
});

it('says once that CONFIG is not permitted, and runs', async () => {
  const s = await notifierAgainst(['--rename-command', 'CONFIG', '']);
  await eventually(async () => expect(redisLines(s)).toEqual([expect.stringContaining('CONFIG not permitted')]));
  expect(s.apps.get('notifier')!.running).toBe(true);
});
