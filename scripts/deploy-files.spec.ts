import { readFileSync } from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';

/** Docker and Kubernetes do not run here: check the deploy files against the apps they start. */
const APPS = ['intake', 'triage', 'dispatch', 'notifier', 'board'];
const PORTS: Record<string, number> = { intake: 3100, triage: 3200, dispatch: 3300, notifier: 3400, board: 3000 };

describe('deploy files', () => {
  it('compose runs every app, with PostgreSQL, Redis (noeviction) and NATS with JetStream', () => {
    const compose = parse(readFileSync('deploy/compose.yaml', 'utf8'));
    for (const app of APPS) expect(compose.services[app].command).toEqual([app]);
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'nats', 'migrate']));
    expect(readFileSync('deploy/redis.conf', 'utf8')).toMatch(/maxmemory-policy noeviction/);
    expect(readFileSync('deploy/nats.conf', 'utf8')).toMatch(/jetstream/);
  });

  it('Kubernetes has a deployment and service per app on its port, probed on /readyz and /healthz', () => {
    const docs = parseAllDocuments(readFileSync('deploy/k8s/rescue.yaml', 'utf8')).map((d) => d.toJS());
    for (const app of APPS) {
      const deployment = docs.find((d) => d.kind === 'Deployment' && d.metadata.name === app);
      const container = deployment.spec.template.spec.containers[0];
      expect(container.args).toEqual([app]);
      expect(container.ports[0].containerPort).toBe(PORTS[app]);
      expect(container.readinessProbe.httpGet.path).toBe('/readyz');
      expect(docs.find((d) => d.kind === 'Service' && d.metadata.name === app).spec.ports[0].port).toBe(PORTS[app]);
    }
    expect(docs.find((d) => d.kind === 'Deployment' && d.metadata.name === 'dispatch').spec.replicas).toBeGreaterThan(1);
  });

  it('every app the image can start has an entry point in the build', () => {
    for (const app of [...APPS, 'sandbox']) expect(readFileSync(`apps/${app}/src/main.ts`, 'utf8')).toMatch(/loadConfig/);
  });
});
