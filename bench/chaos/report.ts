import { writeFileSync } from 'node:fs';
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

export function writeResults(path: string, results: ScenarioResult[], settings: object): void {
  writeFileSync(path, `${JSON.stringify({ at: new Date().toISOString(), settings, results: results.map((r) => ({ ...r, missed: missedTargets(r.counts) })) }, null, 2)}\n`);
}
