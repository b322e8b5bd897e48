import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ScenarioResult } from './run-scenario';
import { missedTargets } from './counting';

const COLUMNS = ['scenario', 'sent', 'accepted (2xx)', 'refused (503, to retry)', 'stored', 'incidents', 'paged', 'lost', 'duplicate deliveries', 'later-step pages after an ack', 'deadlines lost', 'recovery time'];

/** The table of the issue, one row per scenario, in Markdown. */
export function table(results: ScenarioResult[]): string {
  const rows = results.map(({ scenario, counts: c }) => [
    scenario, c.sent, c.accepted, c.refused, c.stored, c.incidents, c.paged, c.lost, c.duplicateDeliveries, c.laterStepPagesAfterAck,
    c.deadlinesLost + c.unansweredNotExhausted, c.recoveryMs === undefined ? '-' : `${(c.recoveryMs / 1000).toFixed(1)} s`,
  ]);
  return [COLUMNS, COLUMNS.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/**
 * Writes this run's results over the same scenarios' earlier ones, each with its time and settings, in
 * the order of `scenarioOrder`: a run of one scenario updates its row and keeps the others.
 */
export function writeResults(path: string, results: ScenarioResult[], settings: object, scenarioOrder: string[]): void {
  const at = new Date().toISOString();
  const byScenario = new Map<string, object>(earlierResults(path).map((r) => [r.scenario, r]));
  for (const r of results) byScenario.set(r.scenario, { ...r, at, settings, missed: missedTargets(r.counts) });
  const ordered = scenarioOrder.filter((name) => byScenario.has(name)).map((name) => byScenario.get(name));
  writeFileSync(path, `${JSON.stringify({ results: ordered }, null, 2)}\n`);
}

/** The file's results, each with its own time and settings (older files kept them once, at the top). */
function earlierResults(path: string): { scenario: string }[] {
  if (!existsSync(path)) return [];
  const file = JSON.parse(readFileSync(path, 'utf8'));
  return (file.results ?? []).map((r: { scenario: string }) => ({ at: file.at, settings: file.settings, ...r }));
}
