import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missedTargets } from '../../bench/chaos/counting';
import { Infrastructure } from '../../bench/chaos/infrastructure';
import { runScenario, ScenarioResult } from '../../bench/chaos/run-scenario';
import { SCENARIOS } from '../../bench/chaos/scenarios';
import { e2eInfra } from './e2e-env';

/**
 * One scenario of `npm run chaos` with few tips, on servers of its own (it kills them) and a database
 * of its own on the run's PostgreSQL: the same harness and the same counting code.
 */
export async function chaosScenario(name: string, tips = 25, rate = 5): Promise<ScenarioResult & { missed: string[] }> {
  const scenario = SCENARIOS.find((s) => s.name === name);
  if (!scenario) throw new Error(`no chaos scenario ${name}`);
  const infra = await Infrastructure.start({ natsNodes: scenario.natsNodes, postgres: e2eInfra().postgres, database: `${e2eInfra().database}_chaos` });
  try {
    // CHAOS_LOGS_DIR keeps the apps' output, as under npm run chaos.
    const result = await runScenario(scenario, infra, { tips, rate, settleMs: 60_000, logsDir: process.env.CHAOS_LOGS_DIR, log: () => undefined });
    if (process.env.CHAOS_LOGS_DIR) writeFileSync(join(process.env.CHAOS_LOGS_DIR, `${name}.json`), JSON.stringify(result, null, 2));
    return { ...result, missed: missedTargets(result.counts) };
  } finally {
    await infra.stop();
  }
}
