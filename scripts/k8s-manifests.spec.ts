import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { hasCredentials, PRODUCTION_APPS, requiredEnv, SECRET_ENV } from './lib/app-env';
import { KubernetesSchemas } from './lib/k8s-schema';
import { K8sObject, kustomize } from './lib/kustomize';

/**
 * kubectl does not run here: each overlay is rendered as `kubectl kustomize` would (scripts/lib/kustomize.ts)
 * and what it would apply is checked against the Kubernetes schemas and against the apps it starts.
 * Every check answers a list of problems; the last block breaks a manifest and sees its check fail.
 */
const OVERLAYS = ['province', 'small'] as const;
type Overlay = (typeof OVERLAYS)[number];
const render = (overlay: Overlay) => kustomize(`deploy/k8s/overlays/${overlay}`);
const schemas = new KubernetesSchemas();
const developmentEnv = parseEnv(readFileSync('.env.example', 'utf8'));

/** The Secrets the manifests read and their keys: one made by hand from the example, one by CloudNativePG. */
const SECRET_KEYS: Record<string, string[]> = {
  'rescue-secrets': Object.keys(parseEnv(readFileSync('deploy/k8s/rescue-secrets.env.example', 'utf8'))),
  'rescue-db-app': ['uri', 'username', 'password', 'host', 'port', 'dbname'],
};
const NAMESPACE = 'rescue';
const INGRESS_CONTROLLER_NAMESPACE = 'ingress-nginx';
const PROMETHEUS_NAMESPACE = 'monitoring';
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'Job']);

interface Pod {
  owner: K8sObject;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  spec: any;
}

const pods = (objects: K8sObject[]): Pod[] =>
  objects
    .filter((o) => WORKLOADS.has(o.kind))
    .map((o) => ({ owner: o, labels: o.spec.template.metadata?.labels ?? {}, annotations: o.spec.template.metadata?.annotations ?? {}, spec: o.spec.template.spec }));
const find = (objects: K8sObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const appDeployments = (objects: K8sObject[]) => objects.filter((o) => o.kind === 'Deployment' && o.metadata.name in PRODUCTION_APPS);

/** Whether a label selector (matchLabels, matchExpressions In) picks these labels. */
function selects(selector: any, labels: Record<string, string>): boolean {
  const byLabels = Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector?.matchExpressions ?? []).every((e: any) => e.operator === 'In' && e.values.includes(labels[e.key]));
  return byLabels && byExpressions;
}
const isEmptySelector = (selector: any) => !Object.keys(selector?.matchLabels ?? {}).length && !(selector?.matchExpressions ?? []).length;

/** Each variable a container gets, with its value where the manifests know it. */
function containerEnv(objects: K8sObject[], container: any): Map<string, { value?: string; secret?: { name: string; key: string } }> {
  const env = new Map<string, { value?: string; secret?: { name: string; key: string } }>();
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) for (const [k, v] of Object.entries(find(objects, 'ConfigMap', source.configMapRef.name)?.data ?? {})) env.set(k, { value: String(v) });
    if (source.secretRef) for (const key of SECRET_KEYS[source.secretRef.name] ?? []) env.set(key, { secret: { name: source.secretRef.name, key } });
  }
  for (const entry of container.env ?? []) {
    if ('value' in entry) env.set(entry.name, { value: String(entry.value) });
    else if (entry.valueFrom?.secretKeyRef) env.set(entry.name, { secret: entry.valueFrom.secretKeyRef });
    else env.set(entry.name, {});
  }
  return env;
}

function schemaProblems(objects: K8sObject[]): string[] {
  return objects.flatMap((o) => schemas.errors(o).map((e) => `${o.kind} ${o.metadata.name}${e}`));
}

function namespaceProblems(objects: K8sObject[]): string[] {
  return objects.filter((o) => o.kind !== 'Namespace' && o.metadata.namespace !== NAMESPACE).map((o) => `${o.kind} ${o.metadata.name}: not in namespace ${NAMESPACE}`);
}

/** Secrets come from Secrets: none in git, none in a ConfigMap or a literal, every reference resolvable. */
function secretProblems(objects: K8sObject[]): string[] {
  const problems = objects.filter((o) => o.kind === 'Secret').map((o) => `Secret ${o.metadata.name}: secrets are never in git`);
  for (const map of objects.filter((o) => o.kind === 'ConfigMap')) {
    for (const [key, value] of Object.entries(map.data ?? {})) {
      if (SECRET_ENV.has(key)) problems.push(`ConfigMap ${map.metadata.name}: ${key} is a secret`);
      if (hasCredentials(String(value))) problems.push(`ConfigMap ${map.metadata.name}: ${key} carries a password`);
    }
  }
  for (const pod of pods(objects)) {
    for (const container of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
      const where = `${pod.owner.metadata.name}/${container.name}`;
      for (const entry of container.env ?? []) {
        if ('value' in entry && (SECRET_ENV.has(entry.name) || hasCredentials(String(entry.value)))) problems.push(`${where}: ${entry.name} is a literal secret`);
      }
      for (const arg of [...(container.args ?? []), ...(container.command ?? [])]) if (hasCredentials(String(arg))) problems.push(`${where}: an argument carries a password`);
      for (const source of container.envFrom ?? []) if (source.secretRef && !SECRET_KEYS[source.secretRef.name]) problems.push(`${where}: unknown Secret ${source.secretRef.name}`);
      for (const entry of container.env ?? []) {
        const ref = entry.valueFrom?.secretKeyRef;
        if (ref && !SECRET_KEYS[ref.name]?.includes(ref.key)) problems.push(`${where}: ${entry.name} reads ${ref.name}/${ref.key}, which is not made`);
      }
    }
  }
  return problems;
}

/** Every variable each app requires is provided, the values known here parse, and its ports are the ones it listens on. */
function envProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(PRODUCTION_APPS)) if (!find(objects, 'Deployment', name)) problems.push(`${name}: no Deployment`);
  for (const deployment of appDeployments(objects)) {
    const app = deployment.metadata.name;
    const schema = PRODUCTION_APPS[app];
    const container = deployment.spec.template.spec.containers[0];
    const env = containerEnv(objects, container);
    const missing = requiredEnv(schema).filter((key) => !env.has(key));
    if (missing.length) problems.push(`${app}: ${missing.join(', ')} not provided`);
    for (const [key, { secret }] of env) if (SECRET_ENV.has(key) && !secret) problems.push(`${app}: ${key} is not from a Secret`);
    // The sandbox is not deployed: the provider URLs stay at their defaults (the real APIs).
    for (const key of env.keys()) if (/_API_BASE_URL$|^SANDBOX_/.test(key)) problems.push(`${app}: ${key} points away from the real provider`);
    if (env.get('NODE_ENV')?.value !== 'production') problems.push(`${app}: NODE_ENV is not production`);
    if (env.get('HEALTH_BIND_HOST')?.value !== '0.0.0.0') problems.push(`${app}: HEALTH_BIND_HOST must be 0.0.0.0 for probes and Prometheus`);
    // Secret values are unknown here: the development ones stand in for them to parse the rest.
    const values = Object.fromEntries([...env].map(([key, v]) => [key, v.value ?? developmentEnv[key] ?? 'postgres://user:password@db:5432/rescue']));
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${app}: ${i.path.join('.')} ${i.message}`));
      continue;
    }
    const listens = Object.entries(parsed.data as Record<string, unknown>).filter(([key]) => key.endsWith('_PORT')).map(([, port]) => port).sort();
    const declared = container.ports.map((p: any) => p.containerPort).sort();
    if (JSON.stringify(listens) !== JSON.stringify(declared)) problems.push(`${app}: container ports ${declared} but it listens on ${listens}`);
    if (!(container.args ?? []).includes(app)) problems.push(`${app}: the image is not told to start ${app}`);
  }
  return problems;
}

/** Probes and resources on every long-running container, the apps' probes on their health routes, replicas per overlay. */
function workloadProblems(objects: K8sObject[], overlay: Overlay): string[] {
  const problems: string[] = [];
  for (const pod of pods(objects)) {
    for (const container of pod.spec.containers) {
      const where = `${pod.owner.metadata.name}/${container.name}`;
      const r = container.resources ?? {};
      if (!r.requests?.cpu || !r.requests?.memory || !r.limits?.memory || !r.limits?.cpu) problems.push(`${where}: needs cpu and memory requests and limits`);
      if (pod.owner.kind === 'Job') continue;
      const portNames = new Set((container.ports ?? []).flatMap((p: any) => [p.name, p.containerPort]));
      for (const probe of ['readinessProbe', 'livenessProbe'] as const) {
        const spec = container[probe];
        if (!spec) problems.push(`${where}: no ${probe}`);
        const port = spec?.httpGet?.port ?? spec?.tcpSocket?.port;
        if (port !== undefined && !portNames.has(port)) problems.push(`${where}: ${probe} on port ${port}, which the container does not declare`);
      }
    }
  }
  for (const deployment of appDeployments(objects)) {
    const app = deployment.metadata.name;
    const container = deployment.spec.template.spec.containers[0];
    if (container.readinessProbe?.httpGet?.path !== '/readyz') problems.push(`${app}: readiness is not /readyz`);
    if (container.livenessProbe?.httpGet?.path !== '/healthz') problems.push(`${app}: liveness is not /healthz`);
    const replicas = overlay === 'province' ? 2 : 1;
    if (deployment.spec.replicas !== replicas) problems.push(`${app}: ${deployment.spec.replicas} replicas, ${overlay} runs ${replicas}`);
  }
  return problems;
}

/** Selectors pick the pods they are meant for; every replicated workload has a disruption budget. */
function selectorProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const all = pods(objects);
  for (const o of objects.filter((x) => x.kind === 'Deployment' || x.kind === 'StatefulSet')) {
    if (!selects(o.spec.selector, o.spec.template.metadata.labels)) problems.push(`${o.kind} ${o.metadata.name}: its selector misses its own pods`);
    if (!objects.some((p) => p.kind === 'PodDisruptionBudget' && selects(p.spec.selector, o.spec.template.metadata.labels)) && o.spec.replicas > 1) {
      problems.push(`${o.kind} ${o.metadata.name}: no PodDisruptionBudget`);
    }
  }
  for (const o of objects.filter((x) => x.kind === 'Service' || x.kind === 'PodDisruptionBudget')) {
    const selector = o.kind === 'Service' ? { matchLabels: o.spec.selector } : o.spec.selector;
    const selected = all.filter((p) => selects(selector, p.labels));
    if (isEmptySelector(selector) || !selected.length) problems.push(`${o.kind} ${o.metadata.name}: selects no pods`);
    if (o.kind !== 'Service') continue;
    for (const port of o.spec.ports) {
      const declared = selected.some((p) => p.spec.containers.some((c: any) => (c.ports ?? []).some((cp: any) => cp.name === port.targetPort || cp.containerPort === port.targetPort)));
      if (selected.length && !declared) problems.push(`Service ${o.metadata.name}: targetPort ${port.targetPort} is not a port of its pods`);
    }
  }
  return problems;
}

/** Who may reach what: only the ingress controller reaches the public ports; the rest is what the services need. */
function networkProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  if (!policies.some((p) => isEmptySelector(p.spec.podSelector) && p.spec.policyTypes?.includes('Ingress') && !p.spec.ingress?.length)) problems.push('no default-deny ingress policy');
  const fromNamespace = (peer: any, ns: string) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === ns && !peer.podSelector;
  const fromPods = (peer: any, labels: Record<string, string>) => !peer.namespaceSelector && peer.podSelector && selects(peer.podSelector, labels);
  const rulesFor = (labels: Record<string, string>) => policies.filter((p) => selects(p.spec.podSelector, labels)).flatMap((p) => (p.spec.ingress ?? []).map((rule: any) => ({ policy: p, rule })));
  const allows = (labels: Record<string, string>, port: number, from: (peer: any) => boolean) =>
    rulesFor(labels).some(({ rule }) => (rule.ports ?? []).some((p: any) => p.port === port) && (rule.from ?? []).some(from));

  for (const policy of policies) {
    for (const rule of policy.spec.ingress ?? []) if (!rule.from?.length || !rule.ports?.length) problems.push(`NetworkPolicy ${policy.metadata.name}: a rule open to every source or port`);
  }
  const appPods = pods(objects).filter((p) => p.owner.metadata.name in PRODUCTION_APPS);
  for (const pod of appPods) {
    const app = pod.owner.metadata.name;
    if (pod.labels.tier !== 'app') problems.push(`${app}: its pods lack tier: app, which the backends' policies allow`);
    // Nothing but the ingress controller (and the board, for intake's tip API) reaches an app from outside its pod.
    for (const { policy, rule } of rulesFor(pod.labels)) {
      for (const peer of rule.from ?? []) {
        const ingressController = fromNamespace(peer, INGRESS_CONTROLLER_NAMESPACE);
        const prometheus = fromNamespace(peer, PROMETHEUS_NAMESPACE);
        const board = app === 'intake' && fromPods(peer, { app: 'board' });
        if (!ingressController && !prometheus && !board) problems.push(`${app}: NetworkPolicy ${policy.metadata.name} lets ${JSON.stringify(peer)} in`);
        if (ingressController && !['board', 'intake'].includes(app)) problems.push(`${app}: reachable from the ingress controller`);
      }
    }
    const publicPort = { board: 3000, intake: 3100 }[app];
    if (publicPort && !allows(pod.labels, publicPort, (peer) => fromNamespace(peer, INGRESS_CONTROLLER_NAMESPACE))) problems.push(`${app}: the ingress controller cannot reach ${publicPort}`);
    if (pod.annotations['prometheus.io/scrape'] === 'true' && !allows(pod.labels, Number(pod.annotations['prometheus.io/port']), (peer) => fromNamespace(peer, PROMETHEUS_NAMESPACE))) {
      problems.push(`${app}: Prometheus cannot scrape ${pod.annotations['prometheus.io/port']}`);
    }
  }
  const app = { tier: 'app' };
  const backends: [string, Record<string, string>, number][] = [
    ['nats', { app: 'nats' }, 4222],
    ['redis', { app: 'redis' }, 6379],
    ['postgres', { 'cnpg.io/cluster': 'rescue-db' }, 5432],
  ];
  for (const [name, labels, port] of backends) if (!allows(labels, port, (peer) => fromPods(peer, app))) problems.push(`the apps cannot reach ${name} on ${port}`);
  if (!allows({ app: 'nats' }, 6222, (peer) => fromPods(peer, { app: 'nats' }))) problems.push('the NATS servers cannot reach each other');
  return problems;
}

/** TLS for the board and for intake's webhooks only, on the host Twilio signs for. */
function ingressProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const ingresses = objects.filter((o) => o.kind === 'Ingress');
  const backends = new Set<string>();
  for (const ingress of ingresses) {
    const tlsHosts = new Set((ingress.spec.tls ?? []).flatMap((t: any) => t.hosts));
    for (const rule of ingress.spec.rules) {
      if (!tlsHosts.has(rule.host)) problems.push(`Ingress ${ingress.metadata.name}: ${rule.host} without TLS`);
      for (const path of rule.http.paths) {
        const { name, port } = path.backend.service;
        backends.add(`${name}${path.path}`);
        const service = find(objects, 'Service', name);
        if (!service?.spec.ports.some((p: any) => p.name === port.name || p.port === port.number)) problems.push(`Ingress ${ingress.metadata.name}: no Service port ${name}/${port.name ?? port.number}`);
      }
    }
  }
  if ([...backends].sort().join() !== 'board/,intake/webhooks/') problems.push(`public paths are ${[...backends].sort().join(', ')}; only board/ and intake/webhooks/ should be`);
  const publicUrl = new URL(find(objects, 'ConfigMap', 'rescue-config')?.data.INTAKE_PUBLIC_URL ?? 'http://missing');
  const intakeHosts = ingresses.flatMap((i) => i.spec.rules.filter((r: any) => r.http.paths.some((p: any) => p.backend.service.name === 'intake')).map((r: any) => r.host));
  if (publicUrl.protocol !== 'https:' || !intakeHosts.includes(publicUrl.host)) problems.push(`INTAKE_PUBLIC_URL ${publicUrl} is not the intake Ingress over https (${intakeHosts})`);
  return problems;
}

/** NATS: a JetStream cluster of three (one in small) on volumes, and streams no wider than the servers. */
function natsProblems(objects: K8sObject[], overlay: Overlay): string[] {
  const problems: string[] = [];
  const servers = overlay === 'province' ? 3 : 1;
  const set = find(objects, 'StatefulSet', 'nats');
  const conf: string = find(objects, 'ConfigMap', 'nats-config')?.data['nats.conf'] ?? '';
  if (!set) return ['no NATS StatefulSet'];
  if (set.spec.replicas !== servers) problems.push(`NATS: ${set.spec.replicas} servers, ${overlay} runs ${servers}`);
  if (!set.spec.template.spec.containers[0].image.startsWith('nats:')) problems.push('NATS: not the official nats image');
  const headless = find(objects, 'Service', set.spec.serviceName);
  if (headless?.spec.clusterIP !== 'None') problems.push('NATS: its serviceName is not a headless Service');
  const storeDir = /store_dir:\s*(\S+)/.exec(conf)?.[1] ?? '';
  const mounts = set.spec.template.spec.containers[0].volumeMounts ?? [];
  const claims = (set.spec.volumeClaimTemplates ?? []).map((c: any) => c.metadata.name);
  if (!mounts.some((m: any) => claims.includes(m.name) && storeDir.startsWith(m.mountPath))) problems.push(`NATS: the JetStream store ${storeDir} is not on a volume claim`);
  const routes = [...conf.matchAll(/nats:\/\/([\w.-]+):6222/g)].map((m) => m[1]).sort();
  const expected = servers > 1 ? Array.from({ length: servers }, (_, i) => `nats-${i}.${set.spec.serviceName}.${NAMESPACE}.svc.cluster.local`) : [];
  if (JSON.stringify(routes) !== JSON.stringify(expected)) problems.push(`NATS: routes ${routes} but the servers are ${expected}`);
  const replicas = Number(find(objects, 'ConfigMap', 'rescue-config')?.data.NATS_STREAM_REPLICAS);
  if (replicas !== servers) problems.push(`NATS_STREAM_REPLICAS is ${replicas}, ${overlay} has ${servers} servers`);
  return problems;
}

/** Redis keeps what BullMQ stores (AOF) and never evicts it; PostgreSQL is a CloudNativePG cluster the apps reach. */
function storeProblems(objects: K8sObject[], overlay: Overlay): string[] {
  const problems: string[] = [];
  const redisConf: string = find(objects, 'ConfigMap', 'redis-config')?.data['redis.conf'] ?? '';
  if (redisConf !== readFileSync('deploy/redis.conf', 'utf8')) problems.push('redis.conf differs from deploy/redis.conf');
  if (!/^appendonly yes$/m.test(redisConf) || !/^maxmemory-policy noeviction$/m.test(redisConf)) problems.push('Redis: needs appendonly yes and maxmemory-policy noeviction');
  const redis = find(objects, 'StatefulSet', 'redis');
  if (!redis?.spec.volumeClaimTemplates?.length) problems.push('Redis: its data is not on a volume claim');
  const db = objects.find((o) => o.apiVersion === 'postgresql.cnpg.io/v1' && o.kind === 'Cluster');
  if (!db) return [...problems, 'no CloudNativePG Cluster'];
  const instances = overlay === 'province' ? 3 : 1;
  if (db.spec.instances !== instances) problems.push(`PostgreSQL: ${db.spec.instances} instances, ${overlay} runs ${instances}`);
  for (const pod of pods(objects).filter((p) => p.labels.tier === 'app')) {
    const ref = pod.spec.containers[0].env?.find((e: any) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef;
    if (ref?.name !== `${db.metadata.name}-app` || ref?.key !== 'uri') problems.push(`${pod.owner.metadata.name}: DATABASE_URL is not the uri CloudNativePG makes`);
  }
  if (!find(objects, 'Job', 'rescue-migrate')) problems.push('no migration Job');
  return problems;
}

const CHECKS = { schemaProblems, namespaceProblems, secretProblems, envProblems, workloadProblems, selectorProblems, networkProblems, ingressProblems, natsProblems, storeProblems };

describe.each(OVERLAYS)('deploy/k8s/overlays/%s', (overlay) => {
  const objects = render(overlay);

  it.each(Object.keys(CHECKS))('%s: none', (check) => {
    expect(CHECKS[check as keyof typeof CHECKS](objects, overlay)).toEqual([]);
  });

  it('runs the five production apps and not the sandbox', () => {
    expect(appDeployments(objects).map((d) => d.metadata.name).sort()).toEqual(Object.keys(PRODUCTION_APPS).sort());
    expect(objects.filter((o) => /sandbox/.test(JSON.stringify(o)))).toEqual([]);
  });
});

describe('rescue-secrets.env.example', () => {
  it('names every secret the manifests read and holds no value but placeholders', () => {
    const example = parseEnv(readFileSync('deploy/k8s/rescue-secrets.env.example', 'utf8'));
    // Empty, or a URL whose only password is the placeholder.
    const placeholder = (value = '') => value === '' || (value.includes('<password>') && !hasCredentials(value));
    expect(Object.entries(example).filter(([, value]) => !placeholder(value))).toEqual([]);
    expect(Object.keys(example).filter((key) => SECRET_ENV.has(key)).length).toBeGreaterThan(8);
    const urls = (example.NATS_URL ?? '').split(',');
    expect(urls.map((u) => new URL(u).host)).toEqual(['nats-0.nats.rescue.svc:4222', 'nats-1.nats.rescue.svc:4222', 'nats-2.nats.rescue.svc:4222']);
  });
});

/** Each check fails on the mistake it is there for. */
describe('the checks catch', () => {
  const container = (objects: K8sObject[], app: string) => find(objects, 'Deployment', app)!.spec.template.spec.containers[0];
  const mistakes: [string, keyof typeof CHECKS, (objects: K8sObject[]) => void, RegExp][] = [
    ['a missing readiness probe', 'workloadProblems', (o) => delete container(o, 'intake').readinessProbe, /intake\/intake: no readinessProbe/],
    ['a misspelt field', 'schemaProblems', (o) => (container(o, 'board').readinesProbe = {}), /board.*readinesProbe: unknown field/],
    ['a Cluster without storage', 'schemaProblems', (o) => delete find(o, 'Cluster', 'rescue-db')!.spec.storage, /Cluster rescue-db\/spec\/storage: required/],
    ['a wrong type', 'schemaProblems', (o) => (find(o, 'Deployment', 'triage')!.spec.replicas = 'two'), /triage\/spec\/replicas: not an integer/],
    ['a missing limit', 'workloadProblems', (o) => delete container(o, 'notifier').resources.limits, /notifier\/notifier: needs cpu and memory/],
    ['one replica in province', 'workloadProblems', (o) => (find(o, 'Deployment', 'dispatch')!.spec.replicas = 1), /dispatch: 1 replicas/],
    ['a variable an app needs', 'envProblems', (o) => delete find(o, 'ConfigMap', 'rescue-config')!.data.INTAKE_PUBLIC_URL, /intake: INTAKE_PUBLIC_URL not provided/],
    ['a port the app does not listen on', 'envProblems', (o) => (container(o, 'triage').ports[0].containerPort = 3201), /triage: container ports 3201/],
    ['the sandbox as provider', 'envProblems', (o) => (find(o, 'ConfigMap', 'rescue-config')!.data.TWILIO_API_BASE_URL = 'http://sandbox:3900'), /TWILIO_API_BASE_URL points away/],
    ['a literal password', 'secretProblems', (o) => container(o, 'board').env.push({ name: 'REDIS_URL', value: 'redis://:hunter22@redis:6379' }), /board\/board: REDIS_URL is a literal secret/],
    ['a secret in the ConfigMap', 'secretProblems', (o) => (find(o, 'ConfigMap', 'rescue-config')!.data.OPERATOR_API_KEY = 'x'), /OPERATOR_API_KEY is a secret/],
    ['a Secret key nobody makes', 'secretProblems', (o) => container(o, 'board').env.push({ name: 'X', valueFrom: { secretKeyRef: { name: 'rescue-secrets', key: 'NOPE' } } }), /reads rescue-secrets\/NOPE/],
    ['a PDB that selects nothing', 'selectorProblems', (o) => (find(o, 'PodDisruptionBudget', 'board')!.spec.selector.matchLabels.app = 'bord'), /board: selects no pods|Deployment board: no PodDisruptionBudget/],
    ['a Service on an undeclared port', 'selectorProblems', (o) => (find(o, 'Service', 'intake')!.spec.ports[0].targetPort = 'web'), /targetPort web/],
    ['no default deny', 'networkProblems', (o) => o.splice(o.indexOf(find(o, 'NetworkPolicy', 'default-deny-ingress')!), 1), /no default-deny/],
    ['an app open to everyone', 'networkProblems', (o) => find(o, 'NetworkPolicy', 'intake-from-board')!.spec.ingress[0].from.push({ namespaceSelector: {} }), /intake: NetworkPolicy intake-from-board lets/],
    ['the operator API made public', 'ingressProblems', (o) => (find(o, 'Ingress', 'intake')!.spec.rules[0].http.paths[0].path = '/'), /only board\/ and intake\/webhooks\//],
    ['NATS without its third route', 'natsProblems', (o) => (find(o, 'ConfigMap', 'nats-config')!.data['nats.conf'] = find(o, 'ConfigMap', 'nats-config')!.data['nats.conf'].replace(/.*nats-2.*\n/, '')), /NATS: routes/],
    ['streams wider than the cluster', 'natsProblems', (o) => (find(o, 'ConfigMap', 'rescue-config')!.data.NATS_STREAM_REPLICAS = '5'), /NATS_STREAM_REPLICAS is 5/],
    ['Redis that may evict', 'storeProblems', (o) => (find(o, 'ConfigMap', 'redis-config')!.data['redis.conf'] = 'maxmemory-policy allkeys-lru\n'), /noeviction/],
  ];

  it.each(mistakes)('%s', (_name, check, mutate, problem) => {
    const objects = render('province');
    expect(CHECKS[check](objects, 'province')).toEqual([]);
    mutate(objects);
    expect(CHECKS[check](objects, 'province')).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('a kustomization field the renderer does not carry out, or a patch that matches nothing', () => {
    const overlay = (kustomization: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'kustomize-'));
      writeFileSync(join(dir, 'kustomization.yaml'), `resources: [${join(process.cwd(), 'deploy/k8s/base')}]\n${kustomization}`);
      return dir;
    };
    expect(() => kustomize(overlay('namePrefix: x-'))).toThrow(/namePrefix/);
    expect(() => kustomize(overlay('patches: [{ target: { kind: Deployment, name: sandbox }, patch: "[]" }]'))).toThrow(/matches nothing/);
    expect(() => kustomize(overlay('patches: [{ target: { kind: Deployment, name: board }, patch: "[{op: replace, path: /spec/nope, value: 1}]" }]'))).toThrow(/no \/spec\/nope/);
  });
});
