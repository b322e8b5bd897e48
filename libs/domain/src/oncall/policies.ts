import { Directory, EscalationPolicy, FrozenPolicy, Priority } from './types';

/**
 * The policy for an incident: one naming the district beats a '*' policy. P4 is never dispatched
 * (it goes to the review queue), and a district/priority nobody covers has no policy.
 */
export function selectPolicy(dir: Directory, district: string, priority: Priority): EscalationPolicy | undefined {
  if (priority === 'P4') return undefined;
  const forPriority = dir.policies.filter((p) => p.priorities.includes(priority));
  return (
    forPriority.find((p) => p.districts !== '*' && p.districts.includes(district)) ??
    forPriority.find((p) => p.districts === '*' || p.districts.includes('*'))
  );
}

/** A deep, immutable copy for the incident to keep: editing the directory later never reroutes it. */
export function freezePolicy(policy: EscalationPolicy): FrozenPolicy {
  return deepFreeze(structuredClone(policy));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
