import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Docker and Kubernetes do not run here: check the deploy files against the apps they start. */
const APPS = ['intake', 'triage', 'dispatch', 'notifier', 'board'];

describe('deploy files', () => {
  it('compose runs every app, with PostgreSQL, Redis (noeviction) and NATS with JetStream', () => {
    const compose = parse(readFileSync('deploy/compose.yaml', 'utf8'));
    for (const app of APPS) expect(compose.services[app].command).toEqual([app]);
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'nats', 'migrate']));
    expect(readFileSync('deploy/redis.conf', 'utf8')).toMatch(/maxmemory-policy noeviction/);
    expect(readFileSync('deploy/nats.conf', 'utf8')).toMatch(/jetstream/);
  });

  it('every app the image can start has an entry point in the build', () => {
    for (const app of [...APPS, 'sandbox']) expect(readFileSync(`apps/${app}/src/main.ts`, 'utf8')).toMatch(/loadConfig/);
    for (const app of APPS) expect(readFileSync('apps/single/src/single-process.ts', 'utf8')).toContain(`start-${app}'`);
  });
});
