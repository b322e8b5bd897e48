import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) per process, read from /proc; Linux only, like the rest of the bench. */
export type CpuSnapshot = Map<number, { comm: string; seconds: number }>;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Every process on the machine, or only `pids` (cheaper, for a bench that samples often). */
export function cpuSnapshot(pids?: Iterable<number>): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  for (const entry of pids ? [...pids].map(String) : readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' '); // fields from 3 (state) on
      out.set(Number(entry), { comm, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND });
    } catch {
      // the process ended between the listing and the read
    }
  }
  return out;
}

/**
 * CPU milliseconds spent per unit of work between two snapshots, by label: the named pids (the apps,
 * NATS, Redis, this process), every `postgres` backend together, and the rest of the machine.
 */
export function cpuPerUnit(before: CpuSnapshot, after: CpuSnapshot, labels: Map<number, string>, units: number): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [pid, end] of after) {
    const spent = end.seconds - (before.get(pid)?.seconds ?? 0);
    if (spent <= 0) continue;
    const label = labels.get(pid) ?? (end.comm === 'postgres' ? 'postgres' : 'other');
    totals[label] = (totals[label] ?? 0) + spent;
  }
  const perUnit = Object.entries(totals)
    .sort(([, a], [, b]) => b - a)
    .map(([label, seconds]) => [label, Math.round(((seconds * 1000) / units) * 100) / 100] as const);
  return Object.fromEntries([...perUnit, ['total', Math.round(perUnit.reduce((s, [, v]) => s + v, 0) * 100) / 100]]);
}
