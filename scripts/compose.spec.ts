import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { parse } from 'yaml';
import { loadConfig } from '../libs/platform/src/config';
import { hasCredentials, PRODUCTION_APPS, requiredEnv, SECRET_ENV } from './lib/app-env';

/**
 * Docker does not run here: deploy/compose.yaml (one VM) is parsed as compose would read it (merge keys,
 * `${VAR}` from deploy/.env, whose committed template is deploy/.env.production.example) and checked
 * against the apps it starts. Each check answers a list of problems; the last block breaks the file and
 * sees its check fail.
 */
const DEPLOY = 'deploy';
const PROXY = 'caddy';
const STORES = ['postgres', 'redis', 'nats'];
/** Tools an operator opts into (`--profile observability`): they may answer on the VM's loopback only. */
const OPTIONAL_PROFILE = 'observability';
const template = parseEnv(readFileSync(join(DEPLOY, '.env.production.example'), 'utf8')) as Record<string, string>;
const developmentEnv = parseEnv(readFileSync('.env.example', 'utf8'));
/** Board's and intake's metrics servers answer /metrics and /healthz only; /readyz is on their main port. */
const METRICS_ONLY_PORTS = ['BOARD_HEALTH_PORT', 'INTAKE_HEALTH_PORT'];
/** Compose-level secrets beside the apps' own (SECRET_ENV), and the names tools read them under. */
const SECRET_NAMES = new Set([...SECRET_ENV, 'GRAFANA_ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD', 'REDISCLI_AUTH', 'DATA_SOURCE_NAME']);

type Compose = { services: Record<string, any>; volumes?: Record<string, unknown> };
const load = (): Compose => parse(readFileSync(join(DEPLOY, 'compose.yaml'), 'utf8'), { merge: true });
const caddyfile = () => readFileSync(join(DEPLOY, 'Caddyfile'), 'utf8');

/** A service's environment as a map (compose accepts a map or a list of NAME=value). */
function environmentOf(service: any): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v ?? '')]));
  return Object.fromEntries(env.map((line: string) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]));
}

/** Compose interpolation: `${VAR}`, `${VAR:-default}`, `${VAR:?error}`, and `$$` for a literal `$`. */
function interpolate(text: string, vars: Record<string, string | undefined>): string {
  return text.replace(/\$\$|\$\{(\w+)(?::?([-?])([^}]*))?\}/g, (whole, name, op, arg) => {
    if (whole === '$$') return '$';
    const value = vars[name];
    if (op === '-' && !value) return arg;
    return value ?? '';
  });
}

/** What an app's process gets: deploy/.env (its template here) under the service's own environment. */
function appEnv(service: any, file: Record<string, string> = template): Record<string, string> {
  const fromFile = service.env_file ? file : {};
  return { ...fromFile, ...environmentOf(service) };
}

/** Secret values are unknown here: the development ones stand in for them, to parse the rest. */
function standInVars(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(template)) vars[key] = value || (key in developmentEnv ? developmentEnv[key]! : '0123456789abcdef');
  return vars;
}

function serviceProblems(compose: Compose): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(compose.services)) {
    if (!service.image && !service.build) problems.push(`${name}: neither image nor build`);
    if (service.image && /:latest$|^[^:]+$/.test(service.image) && !service.build) problems.push(`${name}: image ${service.image} is not pinned to a version`);
  }
  for (const app of Object.keys(PRODUCTION_APPS)) {
    const service = compose.services[app];
    if (!service) {
      problems.push(`${app}: no service`);
      continue;
    }
    if (JSON.stringify(service.command) !== JSON.stringify([app])) problems.push(`${app}: the image is not told to start ${app}`);
    if (service.restart !== 'unless-stopped' && service.restart !== 'always') problems.push(`${app}: not restarted after a crash or a reboot`);
  }
  if (compose.services.sandbox || JSON.stringify(compose).includes('sandbox')) problems.push('the sandbox is deployed; it is for development only');
  return problems;
}

/** Healthchecks where something waits on them; the apps' on /readyz of a port they listen on. */
function healthProblems(compose: Compose): string[] {
  const problems: string[] = [];
  const waitedOn = new Set(Object.values(compose.services).flatMap((s: any) => Object.entries(s.depends_on ?? {}).filter(([, d]: any) => d.condition === 'service_healthy').map(([n]) => n)));
  for (const name of new Set([...waitedOn, ...STORES, PROXY, ...Object.keys(PRODUCTION_APPS)])) {
    if (!compose.services[name]?.healthcheck?.test) problems.push(`${name}: no healthcheck`);
  }
  for (const [app, schema] of Object.entries(PRODUCTION_APPS)) {
    const service = compose.services[app];
    const test = (service?.healthcheck?.test ?? []).join(' ');
    const parsed = schema.safeParse(interpolateAll(appEnv(service ?? {}, standInVars()), standInVars()));
    if (!parsed.success) continue; // envProblems names it
    const ports = Object.entries(parsed.data as Record<string, unknown>).filter(([k]) => k.endsWith('_PORT') && !METRICS_ONLY_PORTS.includes(k)).map(([, p]) => p);
    const probed = /127\.0\.0\.1:(\d+)\/readyz/.exec(test);
    if (!probed) problems.push(`${app}: its healthcheck does not ask /readyz`);
    else if (!ports.includes(Number(probed[1]))) problems.push(`${app}: its healthcheck asks port ${probed[1]}, it serves /readyz on ${ports}`);
  }
  return problems;
}

function interpolateAll(env: Record<string, string>, vars: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v, vars)]));
}

/** Start order: the stores healthy, then the migration done, then the apps, then the proxy. */
function dependencyProblems(compose: Compose): string[] {
  const problems: string[] = [];
  const conditions = new Set(['service_started', 'service_healthy', 'service_completed_successfully']);
  for (const [name, service] of Object.entries(compose.services)) {
    if (Array.isArray(service.depends_on)) problems.push(`${name}: depends_on without conditions`);
    for (const [target, dep] of Object.entries<any>(Array.isArray(service.depends_on) ? {} : (service.depends_on ?? {}))) {
      if (!compose.services[target]) problems.push(`${name}: depends on ${target}, which is not a service`);
      if (!conditions.has(dep?.condition)) problems.push(`${name}: depends on ${target} without a valid condition`);
      if (target === name) problems.push(`${name}: depends on itself`);
    }
  }
  const needs = (name: string, target: string, condition: string) => {
    if (compose.services[name]?.depends_on?.[target]?.condition !== condition) problems.push(`${name}: must wait for ${target} (${condition})`);
  };
  for (const app of Object.keys(PRODUCTION_APPS)) {
    for (const store of STORES) needs(app, store, 'service_healthy');
    needs(app, 'migrate', 'service_completed_successfully');
  }
  needs('migrate', 'postgres', 'service_healthy');
  if (compose.services.migrate?.restart !== 'no') problems.push('migrate: a one-shot must not restart');
  if (!/migrate\.js/.test(JSON.stringify(compose.services.migrate?.entrypoint ?? compose.services.migrate?.command))) problems.push('migrate: does not run scripts/migrate');
  for (const app of ['board', 'intake']) needs(PROXY, app, 'service_healthy');
  return problems;
}

/** Data on named volumes (declared), configuration from files in deploy/ (present). */
function volumeProblems(compose: Compose): string[] {
  const problems: string[] = [];
  const declared = new Set(Object.keys(compose.volumes ?? {}));
  const mounts = (name: string) => (compose.services[name]?.volumes ?? []).map((v: string) => v.split(':'));
  for (const [name] of Object.entries(compose.services)) {
    for (const [source, target] of mounts(name)) {
      if (source.startsWith('.') || source.startsWith('/')) {
        if (!existsSync(join(DEPLOY, source))) problems.push(`${name}: mounts ${source}, which is not in ${DEPLOY}/`);
      } else if (!declared.has(source)) problems.push(`${name}: volume ${source} is not declared`);
      if (!target) problems.push(`${name}: a volume without a target`);
    }
  }
  const onNamedVolume = (name: string, path: string) => mounts(name).some(([source, target]: string[]) => declared.has(source) && path.startsWith(target));
  if (!onNamedVolume('postgres', '/var/lib/postgresql/data')) problems.push('postgres: its data is not on a named volume');
  if (!onNamedVolume('redis', '/data')) problems.push('redis: its append-only file is not on a named volume');
  const natsConf = readFileSync(join(DEPLOY, 'nats.conf'), 'utf8');
  const storeDir = /store_dir:\s*(\S+)/.exec(natsConf)?.[1] ?? '(none)';
  if (!onNamedVolume('nats', storeDir)) problems.push(`nats: the JetStream store ${storeDir} is not on a named volume`);
  if (!onNamedVolume(PROXY, '/data')) problems.push(`${PROXY}: its certificates are not on a named volume`);
  // Redis reads deploy/redis.conf: AOF on, and never evicts a deadline.
  const redisConf = mounts('redis').find(([source]: string[]) => source.endsWith('.conf'));
  const conf = redisConf ? readFileSync(join(DEPLOY, redisConf[0]), 'utf8') : '';
  if (!/^appendonly yes$/m.test(conf) || !/^maxmemory-policy noeviction$/m.test(conf)) problems.push('redis: needs appendonly yes and maxmemory-policy noeviction');
  if (!(compose.services.redis?.command ?? []).includes(redisConf?.[1])) problems.push('redis: not started with its redis.conf');
  return problems;
}

/** Secrets are references to deploy/.env, never values; the template holds none. */
function secretProblems(compose: Compose): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(compose.services)) {
    for (const [key, value] of Object.entries(environmentOf(service))) {
      if (hasCredentials(value)) problems.push(`${name}: ${key} carries a literal password`);
      if ((SECRET_NAMES.has(key) || /(PASSWORD|SECRET|TOKEN|_KEY|AUTH)$/.test(key)) && !/\$\{\w+/.test(value)) problems.push(`${name}: ${key} is a literal secret`);
    }
    for (const arg of [...(service.command ?? []), ...(service.entrypoint ?? [])].map(String)) {
      if (hasCredentials(arg)) problems.push(`${name}: an argument carries a password`);
    }
    const args = (service.command ?? []).map(String);
    args.forEach((arg: string, i: number) => {
      if (/^--?(requirepass|pass(word)?)$/.test(args[i - 1] ?? '') && !/^\$\{\w+/.test(arg)) problems.push(`${name}: ${args[i - 1]} is given a literal`);
    });
  }
  for (const [key, value] of Object.entries(template)) {
    if ((SECRET_NAMES.has(key) || key in developmentEnv && /(KEY|TOKEN|SECRET|PASSWORD)$/.test(key)) && value !== '') problems.push(`.env.production.example: ${key} holds a value; a template holds placeholders`);
    if (hasCredentials(value)) problems.push(`.env.production.example: ${key} carries a password`);
  }
  return problems;
}

/** Every variable each app requires is provided, the values known here parse, and it runs as in production. */
function envProblems(compose: Compose): string[] {
  const problems: string[] = [];
  const vars = standInVars();
  const referenced = new Set([...JSON.stringify(compose).matchAll(/\$\{(\w+)/g)].map((m) => m[1]));
  for (const name of referenced) if (!(name in template)) problems.push(`\${${name}} is used but not in .env.production.example`);
  for (const [app, schema] of Object.entries(PRODUCTION_APPS)) {
    const service = compose.services[app];
    if (!service) continue;
    if (service.env_file !== '.env' && !(Array.isArray(service.env_file) && service.env_file.includes('.env'))) problems.push(`${app}: its env_file is not deploy/.env`);
    const env = appEnv(service);
    const missing = requiredEnv(schema).filter((key) => !(key in env));
    if (missing.length) problems.push(`${app}: ${missing.join(', ')} not provided`);
    for (const key of Object.keys(env)) if (/_API_BASE_URL$|^SANDBOX_/.test(key)) problems.push(`${app}: ${key} points away from the real provider`);
    if (env.NODE_ENV !== 'production') problems.push(`${app}: NODE_ENV is not production`);
    if (env.HEALTH_BIND_HOST !== '0.0.0.0') problems.push(`${app}: HEALTH_BIND_HOST must be 0.0.0.0 for healthchecks and Prometheus`);
    const parsed = schema.safeParse(interpolateAll(appEnv(service, vars), vars));
    if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${app}: ${i.path.join('.')} ${i.message}`));
  }
  const intake = interpolateAll(appEnv(compose.services.intake ?? {}), { ...vars, DOMAIN: 'domain.test' });
  if (intake.INTAKE_PUBLIC_URL !== 'https://domain.test') problems.push(`INTAKE_PUBLIC_URL is ${intake.INTAKE_PUBLIC_URL}, not https://\${DOMAIN} (Caddy's host)`);
  return problems;
}

/** Only the proxy publishes ports; opt-in tools at most on the VM's loopback. */
function portProblems(compose: Compose): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(compose.services)) {
    for (const port of service.ports ?? []) {
      const text = typeof port === 'object' ? `${port.host_ip ?? ''}:${port.published ?? ''}` : String(port);
      if (name === PROXY) continue;
      const loopback = /^127\.0\.0\.1:/.test(text);
      if (!(loopback && (service.profiles ?? []).includes(OPTIONAL_PROFILE))) problems.push(`${name}: publishes ${text}; only ${PROXY} faces the network`);
    }
    if (service.network_mode === 'host') problems.push(`${name}: on the host's network`);
  }
  const published = (compose.services[PROXY]?.ports ?? []).map((p: unknown) => String(p).split(':')[0]).sort();
  if (JSON.stringify([...new Set(published)]) !== JSON.stringify(['443', '80'])) problems.push(`${PROXY}: publishes ${published}; it needs 80 (ACME, redirect) and 443`);
  return problems;
}

/** The proxy serves DOMAIN over TLS and routes to the board and to intake's webhooks, nothing else. */
function proxyProblems(compose: Compose, file = caddyfile()): string[] {
  const problems: string[] = [];
  const text = file.replace(/#.*$/gm, '');
  const sites = [...text.matchAll(/^(\S[^{\n]*)\{\s*$/gm)].map((m) => m[1].trim()).filter((s) => s !== '');
  if (JSON.stringify(sites) !== JSON.stringify(['{$DOMAIN}'])) problems.push(`Caddyfile: sites ${JSON.stringify(sites)}; only {$DOMAIN} (automatic HTTPS)`);
  if (/\bhttp:\/\/|auto_https\s+off|tls\s+internal/.test(text)) problems.push('Caddyfile: plain HTTP or no public certificate');
  if (!('DOMAIN' in environmentOf(compose.services[PROXY] ?? {}))) problems.push(`${PROXY}: not given DOMAIN`);
  const routes: string[] = [];
  // Each `handle [path] { ... reverse_proxy upstream }` as path -> upstream.
  for (const m of text.matchAll(/handle(?:\s+(\S+))?\s*\{([^}]*)\}/g)) {
    for (const upstream of m[2].matchAll(/reverse_proxy\s+(\S+)/g)) routes.push(`${m[1] ?? '*'} -> ${upstream[1]}`);
  }
  const outside = text.replace(/handle(?:\s+\S+)?\s*\{[^}]*\}/g, '');
  if (/reverse_proxy|file_server|php_fastcgi|redir\s+\S+\s+http/.test(outside)) problems.push('Caddyfile: something served outside the handle blocks');
  const port = (app: string, key: string) => (PRODUCTION_APPS[app].shape[key] as any).parse(undefined);
  const expected = [`/webhooks/* -> intake:${port('intake', 'INTAKE_PORT')}`, `* -> board:${port('board', 'BOARD_PORT')}`].sort();
  if (JSON.stringify(routes.sort()) !== JSON.stringify(expected)) problems.push(`Caddyfile: routes ${JSON.stringify(routes)}; only ${JSON.stringify(expected)}`);
  if (!(compose.services[PROXY]?.volumes ?? []).some((v: string) => v.startsWith('./Caddyfile:/etc/caddy/Caddyfile'))) problems.push(`${PROXY}: does not read deploy/Caddyfile`);
  return problems;
}

/** Prometheus (opt-in) scrapes each app on the port it serves /metrics on. */
function scrapeProblems(): string[] {
  const problems: string[] = [];
  const config = parse(readFileSync(join(DEPLOY, 'observability/prometheus.yml'), 'utf8'));
  const targets = new Map<string, string[]>(config.scrape_configs.map((c: any) => [c.job_name, c.static_configs.flatMap((s: any) => s.targets)]));
  for (const [app, schema] of Object.entries(PRODUCTION_APPS)) {
    const key = Object.keys(schema.shape).find((k) => k.endsWith('_HEALTH_PORT'))!;
    const want = `${app}:${(schema.shape[key] as any).parse(undefined)}`;
    if (JSON.stringify(targets.get(app)) !== JSON.stringify([want])) problems.push(`prometheus.yml: job ${app} scrapes ${targets.get(app)}, its metrics are on ${want}`);
  }
  if (!(config.rule_files ?? []).includes('/etc/prometheus/alerts.yaml')) problems.push('prometheus.yml: does not load alerts.yaml');
  return problems;
}

const CHECKS = { serviceProblems, healthProblems, dependencyProblems, volumeProblems, secretProblems, envProblems, portProblems, proxyProblems };

describe('deploy/compose.yaml (one VM)', () => {
  it.each(Object.keys(CHECKS))('%s: none', (check) => {
    expect(CHECKS[check as keyof typeof CHECKS](load())).toEqual([]);
  });

  it('scrapeProblems: none', () => {
    expect(scrapeProblems()).toEqual([]);
  });

  it('the template as copied, unfilled, is refused by every app under NODE_ENV=production, secret by secret', () => {
    const compose = load();
    for (const [app, schema] of Object.entries(PRODUCTION_APPS)) {
      const env = interpolateAll(appEnv(compose.services[app]), template);
      const secrets = requiredEnv(schema).filter((key) => SECRET_ENV.has(key) && !/_URL$/.test(key));
      if (!secrets.length) continue; // triage and dispatch read no secret but the URLs compose builds
      expect(() => loadConfig(schema, env)).toThrow(new RegExp(secrets.map((s) => `${s}: missing`).join('[\\s\\S]*')));
    }
  });
});

/** Each check fails on the mistake it is there for. */
describe('the compose checks catch', () => {
  const mistakes: [string, keyof typeof CHECKS, (c: Compose) => void, RegExp][] = [
    ['a service without image or build', 'serviceProblems', (c) => delete c.services.redis.image, /redis: neither image nor build/],
    ['an app started as another', 'serviceProblems', (c) => (c.services.triage.command = ['board']), /triage: the image is not told to start triage/],
    ['a store without a healthcheck', 'healthProblems', (c) => delete c.services.nats.healthcheck, /nats: no healthcheck/],
    ['an app probed on the wrong port', 'healthProblems', (c) => (c.services.notifier.healthcheck.test = ['CMD', 'node', '-e', "fetch('http://127.0.0.1:3300/readyz')"]), /notifier: its healthcheck asks port 3300/],
    ['an app that does not wait for the migration', 'dependencyProblems', (c) => delete c.services.dispatch.depends_on.migrate, /dispatch: must wait for migrate \(service_completed_successfully\)/],
    ['an app that waits for Redis only to start', 'dependencyProblems', (c) => (c.services.board.depends_on = { ...c.services.board.depends_on, redis: { condition: 'service_started' } }), /board: must wait for redis \(service_healthy\)/],
    ['an undeclared volume', 'volumeProblems', (c) => delete c.volumes!.nats, /nats: volume nats is not declared/],
    ['JetStream off its volume', 'volumeProblems', (c) => (c.services.nats.volumes = ['./nats.conf:/etc/nats/nats.conf:ro']), /JetStream store \/data\/jetstream is not on a named volume/],
    ['a literal password', 'secretProblems', (c) => (c.services.board.environment = { ...c.services.board.environment, REDIS_URL: 'redis://:hunter22@redis:6379' }), /board: REDIS_URL carries a literal password/],
    ['a literal key', 'secretProblems', (c) => (c.services.intake.environment = { ...c.services.intake.environment, OPERATOR_API_KEY: 'abcdefghijkl' }), /intake: OPERATOR_API_KEY is a literal secret/],
    ['a variable an app needs', 'envProblems', (c) => delete c.services.notifier.environment.INTAKE_PUBLIC_URL, /INTAKE_PUBLIC_URL/],
    ['the sandbox as provider', 'envProblems', (c) => (c.services.notifier.environment.TWILIO_API_BASE_URL = 'http://sandbox:3900'), /notifier: TWILIO_API_BASE_URL points away/],
    ['an app that publishes its port', 'portProblems', (c) => (c.services.intake.ports = ['3100:3100']), /intake: publishes 3100:3100/],
    ['Grafana open to the network', 'portProblems', (c) => (c.services.grafana.ports = ['3001:3000']), /grafana: publishes 3001:3000/],
  ];

  it.each([
    ['the operator API made public', (t: string) => t.replace('handle /webhooks/*', 'handle /v1/*'), /routes .*\/v1\/\* -> intake/],
    ['a route to another app', (t: string) => t.replace('reverse_proxy board:3000', 'reverse_proxy board:3000\n\t\treverse_proxy triage:3200'), /-> triage:3200/],
    ['a second site without TLS', (t: string) => `${t}\nhttp://grafana.example.org {\n\treverse_proxy grafana:3000\n}\n`, /plain HTTP|sites/],
  ] as const)('Caddyfile: %s', (_name, mutate, problem) => {
    expect(proxyProblems(load())).toEqual([]);
    expect(proxyProblems(load(), mutate(caddyfile()))).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it.each(mistakes)('%s', (_name, check, mutate, problem) => {
    const compose = load();
    expect(CHECKS[check](compose)).toEqual([]);
    mutate(compose);
    expect(CHECKS[check](compose)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });
});
