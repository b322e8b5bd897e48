import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sleep, System } from '../../test/support/system';
import { SANDBOX_KEEPS_EVERYTHING } from '../bench-system';
import { count, Counts } from './counting';
import { Infrastructure } from './infrastructure';
import { Responders } from './responders';
import { Scenario } from './scenarios';
import { MARKER_PATTERN, SentTip, streamTips } from './tip-stream';

export interface RunOptions {
  tips: number;
  rate: number;
  /** How long after the last tip the system may take to finish every chain. */
  settleMs: number;
  /** Where each scenario's app output is written (<scenario>.log), if anywhere. */
  logsDir?: string;
  log(line: string): void;
}

/**
 * Deadlines at 1/250 of real time (a 5-minute step waits 1.2 s, a whole unanswered chain about 7 s);
 * the periodic deadline audit is set longer than a run, so that only what is meant to rebuild
 * deadlines (start-up, the Redis sentinel) can save a lost one; providers' pace is not the subject.
 */
export const CHAOS_SETTINGS = {
  ESCALATION_TIME_SCALE: '0.004',
  DEADLINE_AUDIT_INTERVAL_MS: '600000',
  SMS_RATE_PER_SECOND: '2000',
  LINE_RATE_PER_SECOND: '2000',
  ...SANDBOX_KEEPS_EVERYTHING, // the counts read every message the sandbox received
};

export interface ScenarioResult {
  scenario: string;
  what: string;
  counts: Counts;
  responders: Responders['stats'];
  faultAfterMs?: number;
  seconds: number;
}

/** One scenario on a fresh system against `infra`: tips streamed, responders answering, the fault, the counts. */
export async function runScenario(scenario: Scenario, infra: Infrastructure, options: RunOptions): Promise<ScenarioResult> {
  const system = new System({ ...CHAOS_SETTINGS, ...infra.env() });
  const started = Date.now();
  let faultAt: number | undefined;
  let faulting: Promise<void> = Promise.resolve();
  try {
    await system.start();
    if (scenario.dispatchReplicas === 2) await system.startApp('dispatch', 'dispatch-2', { DISPATCH_HEALTH_PORT: system.replicaHealthPort() });
    const responders = new Responders(system);
    responders.start();
    const strikeAfter = Math.max(1, Math.round(options.tips * (scenario.strikeAt ?? 0.4)));
    const ctx = { system, infra, struck: () => void (faultAt = Date.now()), log: options.log };
    const sent = await streamTips(system.urls.intake, system.env.OPERATOR_API_KEY!, options.tips, options.rate, (n) => {
      if (n === strikeAfter && scenario.fault) faulting = scenario.fault(ctx);
    });
    await faulting;
    options.log(`${sent.length} tips sent; settling`);
    await settle(system, sent, options.settleMs);
    await responders.stop();
    const counts = await count(system, sent, faultAt);
    return { scenario: scenario.name, what: scenario.what, counts, responders: responders.stats, faultAfterMs: faultAt && faultAt - started, seconds: Math.round((Date.now() - started) / 1000) };
  } finally {
    await faulting.catch(() => undefined);
    await system.stop();
    if (options.logsDir) {
      mkdirSync(options.logsDir, { recursive: true });
      writeFileSync(join(options.logsDir, `${scenario.name}.log`), system.logs.join('\n'));
    }
  }
}

/**
 * Waits until every accepted tip is an incident paged at a phone and no required chain of an open
 * incident is pending (or `timeoutMs`), then until the sandbox has received nothing new for 3 s.
 * Chains run to their end unanswered while a stalled notifier is still catching up: counting then
 * would call late pages lost.
 */
async function settle(system: System, sent: SentTip[], timeoutMs: number): Promise<void> {
  const accepted = sent.filter((t) => t.status >= 200 && t.status < 300).map((t) => t.index + 1000);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    await sleep(1000);
    const [state] = await system
      .sql<{ triaged: number; pending: number }>(
        `SELECT (SELECT count(DISTINCT substring(text from $1)) FROM tips WHERE text ~ $1 AND incident_id IS NOT NULL AND substring(text from $1)::int = ANY($2))::int AS triaged,
                (SELECT count(*) FROM incident_roles r JOIN incidents i ON i.id = r.incident_id
                  WHERE r.required AND r.state = 'pending' AND i.state IN ('triggered', 'acknowledged'))::int AS pending`,
        [MARKER_PATTERN, accepted],
      )
      .catch(() => [{ triaged: -1, pending: -1 }]);
    if (state.triaged === accepted.length && state.pending === 0 && (await count(system, sent).catch(() => undefined))?.lost === 0) break;
  }
  for (let last = -1, quiet = 0; quiet < 3 && Date.now() < until + 20_000; await sleep(1000)) {
    const n = (await system.allMessages()).length;
    quiet = n === last ? quiet + 1 : 0;
    last = n;
  }
}
