import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { parse } from 'yaml';

/**
 * The alert rules and the dashboard name only metrics that exist: ones the code registers with
 * prom-client (found by scanning apps/ and libs/), prom-client's default metrics (the apps collect them),
 * or the exporters' and Prometheus's own, listed in deploy/observability/exporter-metrics.txt.
 * promtool, when installed, checks the rules and runs their unit tests (alerts.test.yaml).
 */
const DIR = 'deploy/observability';
const rules = parse(readFileSync(join(DIR, 'alerts.yaml'), 'utf8'));
const dashboard = JSON.parse(readFileSync(join(DIR, 'dashboard.json'), 'utf8'));
const alerts: any[] = rules.groups.flatMap((g: any) => g.rules.filter((r: any) => r.alert));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

/** Every `new Counter|Gauge|Histogram|Summary({ name: '...' })` in the code, by name and type. */
function registeredMetrics(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sources('apps'), ...sources('libs')]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/new (Counter|Gauge|Histogram|Summary)(?:<[^>]*>)?\(\s*\{\s*name:\s*'([^']+)'/g)) found.set(m[2], m[1]);
  }
  return found;
}

/** The series names Prometheus sees: a histogram is its _bucket, _sum and _count. */
function seriesNames(metrics: Map<string, string>): Set<string> {
  const names = new Set<string>();
  for (const [name, type] of metrics) {
    names.add(name);
    if (type === 'Histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(`${name}${s}`);
    if (type === 'Summary') for (const s of ['_sum', '_count']) names.add(`${name}${s}`);
  }
  return names;
}

async function defaultMetricNames(): Promise<string[]> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return (await registry.getMetricsAsJSON()).flatMap((m) => (String(m.type) === 'histogram' ? [m.name, `${m.name}_bucket`, `${m.name}_sum`, `${m.name}_count`] : [m.name]));
}

function exporterMetrics(): string[] {
  return readFileSync(join(DIR, 'exporter-metrics.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split(/\s+/)[0]);
}

const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);

/** The metric names a PromQL expression reads: not functions, label names, strings or durations. */
export function metricsOf(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  return [...bare.matchAll(/(?<![\w:.])([a-zA-Z_:][\w:]*)(\s*\()?/g)]
    .filter(([, , call]) => !call) // a name followed by ( is a function or an aggregation
    .map(([, name]) => name)
    .filter((name) => !KEYWORDS.has(name.toLowerCase()));
}

function panels(): any[] {
  return dashboard.panels.flatMap((p: any) => [p, ...(p.panels ?? [])]).filter((p: any) => p.type !== 'row');
}
const dashboardExprs = () => panels().flatMap((p: any) => (p.targets ?? []).map((t: any) => t.expr as string));

describe('metric names', () => {
  it('follow prom-client conventions: snake_case, counters end in _total, histograms name their unit', () => {
    const problems = [...registeredMetrics()].flatMap(([name, type]) => [
      ...(/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(name) ? [] : [`${name}: not snake_case with a prefix`]),
      ...(type === 'Counter' && !name.endsWith('_total') ? [`${name}: a counter ends in _total`] : []),
      ...(type !== 'Counter' && name.endsWith('_total') ? [`${name}: only counters end in _total`] : []),
      ...(type === 'Histogram' && !/_(seconds|bytes)$/.test(name) ? [`${name}: a histogram names its unit`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('the metrics the alerts need are registered by the apps', () => {
    expect([...registeredMetrics().keys()]).toEqual(
      expect.arrayContaining(['notifier_deliveries_total', 'messaging_dead_letters_total', 'dispatch_deadline_lag_seconds', 'dispatch_redis_data_lost_total']),
    );
  });

  it('the PromQL reader finds metrics and only metrics', () => {
    expect(metricsOf('sum by (provider) (rate(a_total{outcome="x"}[5m])) / on (job) b_bucket > 0.1 and up == 0')).toEqual(['a_total', 'b_bucket', 'up']);
    expect(metricsOf('histogram_quantile(0.95, sum by (le) (rate(x_seconds_bucket[10m])))')).toEqual(['x_seconds_bucket']);
  });
});

describe('deploy/observability', () => {
  let known: Set<string>;
  beforeAll(async () => {
    known = new Set([...seriesNames(registeredMetrics()), ...(await defaultMetricNames()), ...exporterMetrics()]);
  });

  it('alerts.yaml names only metrics that exist', () => {
    const unknown = alerts.flatMap((a) => metricsOf(a.expr).filter((m) => !known.has(m)).map((m) => `${a.alert}: ${m}`));
    expect(unknown).toEqual([]);
  });

  it('dashboard.json names only metrics that exist', () => {
    const unknown = panels().flatMap((p: any) => (p.targets ?? []).flatMap((t: any) => metricsOf(t.expr).filter((m) => !known.has(m)).map((m) => `${p.title}: ${m}`)));
    expect(unknown).toEqual([]);
  });

  it('exporter-metrics.txt lists nothing that nothing reads', () => {
    const read = new Set([...alerts.map((a) => a.expr), ...dashboardExprs()].flatMap(metricsOf));
    expect(exporterMetrics().filter((m) => !read.has(m))).toEqual([]);
  });

  it('every alert waits (for:), has a severity and says what and why', () => {
    const problems = alerts.flatMap((a) => [
      ...(a.for === undefined ? [`${a.alert}: no for:`] : []),
      ...(['critical', 'warning'].includes(a.labels?.severity) ? [] : [`${a.alert}: severity is not critical or warning`]),
      ...(a.annotations?.summary && a.annotations?.description ? [] : [`${a.alert}: needs summary and description`]),
    ]);
    expect(problems).toEqual([]);
    expect(new Set(alerts.map((a) => a.alert)).size).toBe(alerts.length);
  });

  it.each([
    ['tips waiting in JetStream', 'jetstream_consumer_num_pending'],
    ['deadline lag', 'dispatch_deadline_lag_seconds_bucket'],
    ['delivery failures by provider', 'notifier_deliveries_total'],
    ['dead letters', 'messaging_dead_letters_total'],
    ['Redis data loss', 'dispatch_redis_data_lost_total'],
    ['a service down', 'up'],
  ])('an alert and a dashboard panel on %s (%s)', (_what, metric) => {
    expect(alerts.filter((a) => metricsOf(a.expr).includes(metric)).length).toBeGreaterThan(0);
    expect(dashboardExprs().filter((e) => metricsOf(e).includes(metric)).length).toBeGreaterThan(0);
  });

  it('the delivery failure alert is by provider', () => {
    const failing = alerts.find((a) => a.alert === 'DeliveriesFailing');
    expect(failing.expr).toMatch(/by \(provider\)/);
  });

  it('the dashboard is one Grafana dashboard on the provisioned Prometheus', () => {
    const datasource = parse(readFileSync(join(DIR, 'grafana/datasources/prometheus.yaml'), 'utf8')).datasources[0];
    expect(dashboard).toMatchObject({ uid: expect.any(String), title: expect.any(String), schemaVersion: expect.any(Number) });
    const problems = panels().flatMap((p: any) => [
      ...(p.datasource?.uid === datasource.uid ? [] : [`${p.title}: not on datasource ${datasource.uid}`]),
      ...(p.targets?.length && p.targets.every((t: any) => t.expr) ? [] : [`${p.title}: no query`]),
      ...(p.gridPos ? [] : [`${p.title}: no position`]),
    ]);
    expect(problems).toEqual([]);
    expect(new Set(panels().map((p: any) => p.id)).size).toBe(panels().length);
  });

  it('a misspelt metric is caught', () => {
    expect(metricsOf('rate(notifier_delivery_total[5m])').filter((m) => !known.has(m))).toEqual(['notifier_delivery_total']);
  });
});

const promtool = spawnSync('promtool', ['--version']).status === 0;
const withPromtool = promtool ? it : it.skip;
describe(promtool ? 'promtool' : 'promtool (skipped: promtool is not installed; apt-get install prometheus)', () => {
  withPromtool('check rules: the rules parse', () => {
    expect(execFileSync('promtool', ['check', 'rules', join(DIR, 'alerts.yaml')], { encoding: 'utf8' })).toMatch(/SUCCESS/);
  });

  withPromtool('test rules: each alert fires on its series (alerts.test.yaml)', () => {
    expect(execFileSync('promtool', ['test', 'rules', join(DIR, 'alerts.test.yaml')], { encoding: 'utf8' })).toMatch(/SUCCESS/);
  });

  withPromtool('check config: the compose Prometheus configuration, with the rules where it mounts them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prometheus-'));
    const config = readFileSync(join(DIR, 'prometheus.yml'), 'utf8').replace('/etc/prometheus/alerts.yaml', join(process.cwd(), DIR, 'alerts.yaml'));
    writeFileSync(join(dir, 'prometheus.yml'), config);
    expect(execFileSync('promtool', ['check', 'config', join(dir, 'prometheus.yml')], { encoding: 'utf8' })).toMatch(/SUCCESS/);
  });
});
