import { onCallAt } from './schedule';
import { Directory, PolicyTarget, Responder } from './types';

/**
 * The people an escalation step pages, in target order without duplicates. Ids the directory no
 * longer knows (a frozen policy can outlive a directory edit) resolve to nobody rather than failing:
 * the chain then moves on to its next step.
 */
export function resolveTargets(dir: Directory, targets: PolicyTarget[], options: { at: Date }): Responder[] {
  const byId = new Map(dir.responders.map((r) => [r.id, r]));
  const ids: string[] = [];
  for (const target of targets) {
    if ('schedule' in target) {
      const schedule = dir.schedules.find((s) => s.id === target.schedule);
      if (schedule) ids.push(...onCallAt(schedule, options.at));
    } else if ('team' in target) {
      ids.push(...(dir.teams.find((t) => t.id === target.team)?.members ?? []));
    } else if ('responders' in target) {
      ids.push(...target.responders);
    } else if (target.coordinators) {
      ids.push(...dir.coordinators);
    }
  }
  return [...new Set(ids)].map((id) => byId.get(id)).filter((r): r is Responder => r !== undefined);
}

/** Everyone alarmed when a chain is exhausted, in directory order. */
export function coordinators(dir: Directory): Responder[] {
  return resolveTargets(dir, [{ coordinators: true }], { at: new Date(0) });
}
