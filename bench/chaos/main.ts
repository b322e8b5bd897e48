/**
 * `npm run chaos`: each scenario on a fresh system of its own (NATS, Redis, a database on a
 * PostgreSQL cluster of the run's own), tips streamed with a marker, responders answering through
 * the sandbox, one fault; then the counts. Writes bench/chaos-results.json, prints the table, and
 * exits non-zero if any figure that must be zero is not.
 *   npm run chaos -- --scenario nats-kill --tips 100 --rate 10     (or CHAOS_TIPS, CHAOS_RATE, CHAOS_SCENARIO)
 *   npm run chaos -- --logs /tmp/chaos-logs                         each scenario's app output, to read why a figure missed
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { missedTargets } from './counting';
import { Infrastructure, PostgresCluster } from './infrastructure';
import { table, writeResults } from './report';
import { CHAOS_SETTINGS, runScenario, ScenarioResult } from './run-scenario';
import { SCENARIOS } from './scenarios';

async function main() {
  const { values } = parseArgs({
    options: { scenario: { type: 'string' }, tips: { type: 'string' }, rate: { type: 'string' }, settle: { type: 'string' }, logs: { type: 'string' } },
  });
  const only = values.scenario ?? process.env.CHAOS_SCENARIO;
  const scenarios = only ? SCENARIOS.filter((s) => only.split(',').includes(s.name)) : SCENARIOS;
  if (!scenarios.length) throw new Error(`no scenario ${only}; one of ${SCENARIOS.map((s) => s.name).join(', ')}`);
  const options = {
    tips: Number(values.tips ?? process.env.CHAOS_TIPS ?? 300),
    rate: Number(values.rate ?? process.env.CHAOS_RATE ?? 10),
    settleMs: Number(values.settle ?? process.env.CHAOS_SETTLE_MS ?? 90_000),
    logsDir: values.logs ?? process.env.CHAOS_LOGS_DIR,
  };
  // App ports of the run's own, away from the kernel's ephemeral range (as the e2e global setup does).
  process.env.E2E_PORT_BASE ??= String(20000 + (process.pid % 1000) * 10);
  const postgres = await PostgresCluster.create();
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of scenarios) {
      const log = (line: string) => console.error(`[chaos ${scenario.name}] ${line}`);
      log(`${scenario.what}: ${options.tips} tips at ${options.rate}/s`);
      const infra = await Infrastructure.start({ natsNodes: scenario.natsNodes, postgres, database: `rescue_chaos_${scenario.name.replace(/-/g, '_')}` });
      try {
        const result = await runScenario(scenario, infra, { ...options, log });
        results.push(result);
        log(`done in ${result.seconds} s; ${missedTargets(result.counts).join(', ') || 'every zero held'}`);
      } finally {
        await infra.stop();
      }
      writeResults(join('bench', 'chaos-results.json'), results, { tips: options.tips, rate: options.rate, settleMs: options.settleMs, ...CHAOS_SETTINGS }, SCENARIOS.map((s) => s.name));
    }
  } finally {
    postgres.destroy();
  }
  console.log(table(results));
  const missed = results.flatMap((r) => missedTargets(r.counts).map((m) => `${r.scenario}: ${m}`));
  if (missed.length) {
    console.log(`\nmissed: ${missed.join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
