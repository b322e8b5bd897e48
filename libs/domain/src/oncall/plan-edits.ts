import { EscalationPolicy, FrozenPolicy, PolicyRoleChain, PolicyStep } from './types';

/**
 * Coordinator actions that change an incident's own escalation plan (the policy frozen into it):
 * reassigning a role and re-dispatching after a triage correction. A chain's step number is an
 * absolute index into its steps (alert ids, timeline keys and deadline jobs derive from it), so an
 * edit never renumbers what already ran: it keeps the steps before the chain's position and puts the
 * new steps after them. Repeats are written out first (`repeat: 0`), so that inserting a step does
 * not shift which step a later index means. Pure: no I/O.
 */

/** The plan with every chain's repeats written out: absolute step index i is `steps[i]`. */
export function unrolled(policy: FrozenPolicy): FrozenPolicy {
  return {
    ...policy,
    repeat: 0,
    chains: policy.chains.map((c) => ({ ...c, steps: repeated(c.steps, policy.repeat) })),
  };
}

/** How long the step at absolute `step` (1-based; past the end: the last step) waits for an accept. */
export function waitOfStep(policy: FrozenPolicy, role: string, step: number): number {
  const steps = unrolled(policy).chains.find((c) => c.role === role)?.steps ?? [];
  const at = steps[Math.min(Math.max(step, 1), steps.length) - 1];
  return at?.waitMinutes ?? 5;
}

/**
 * A step inserted at absolute index `at` (the chain's current step number: the next one to run):
 * the chain pages it next, then carries on with the steps it would have run.
 */
export function withStepInserted(policy: FrozenPolicy, role: string, at: number, step: PolicyStep): FrozenPolicy {
  const plan = unrolled(policy);
  return {
    ...plan,
    chains: plan.chains.map((c) => (c.role === role ? { ...c, steps: [...padded(c.steps, at), step, ...c.steps.slice(at)] } : c)),
  };
}

/** The chain of `role` runs `next` (with its policy's repeats) from absolute index `at` on. */
export function withChainRestarted(policy: FrozenPolicy, role: string, at: number, next: PolicyRoleChain, repeat: number): FrozenPolicy {
  const plan = unrolled(policy);
  const fresh = repeated(next.steps, repeat);
  const existing = plan.chains.find((c) => c.role === role);
  const chain = { role, required: next.required, steps: existing ? [...padded(existing.steps, at), ...fresh] : fresh };
  return { ...plan, chains: existing ? plan.chains.map((c) => (c.role === role ? chain : c)) : [...plan.chains, chain] };
}

export interface ChainRow {
  role: string;
  required: boolean;
  state: string; // pending, accepted, exhausted, informed
  step: number;
}

export interface VerdictChange {
  districtChanged: boolean;
  /** The priority went up (P3 -> P1). */
  raised: boolean;
}

export interface Redispatch {
  policy: FrozenPolicy;
  /** Chains that run the new policy's chain from their current position (new district, or newly required). */
  restart: { role: string; required: boolean }[];
  /** Roles the incident had no chain for. */
  add: { role: string; required: boolean }[];
}

/**
 * What a triage correction changes. A new district pages its own on-call for every role not yet
 * accepted; a higher priority pages the roles it newly requires (and any new informational role);
 * a lower priority pages nobody new. Accepted roles are never touched, and chains the new policy
 * does not name keep running as they were.
 */
export function planRedispatch(current: FrozenPolicy, next: EscalationPolicy, rows: ChainRow[], change: VerdictChange): Redispatch | undefined {
  if (!change.districtChanged && !change.raised) return undefined;
  const byRole = new Map(rows.map((r) => [r.role, r]));
  let policy = current;
  const restart: Redispatch['restart'] = [];
  const add: Redispatch['add'] = [];
  for (const chain of next.chains) {
    const row = byRole.get(chain.role);
    const known = current.chains.some((c) => c.role === chain.role);
    if (row?.state === 'accepted') continue;
    if (!row || !known) {
      policy = withChainRestarted(policy, chain.role, row?.step ?? 0, chain, next.repeat);
      (row ? restart : add).push({ role: chain.role, required: chain.required });
    } else if (change.districtChanged || (chain.required && !row.required)) {
      policy = withChainRestarted(policy, chain.role, row.step, chain, next.repeat);
      restart.push({ role: chain.role, required: chain.required });
    }
  }
  if (!restart.length && !add.length) return undefined;
  return { policy: { ...unrolled(policy), id: next.id, districts: next.districts, priorities: next.priorities }, restart, add };
}

export const PRIORITY_RANK: Record<string, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };

function repeated(steps: PolicyStep[], repeat: number): PolicyStep[] {
  return Array.from({ length: repeat + 1 }, () => steps).flat();
}

/** The first `length` steps; a chain that ran past its end (exhausted) is padded with its last step. */
function padded(steps: PolicyStep[], length: number): PolicyStep[] {
  const out = steps.slice(0, length);
  while (out.length < length) out.push(steps[steps.length - 1] ?? { waitMinutes: 5, targets: [] });
  return out;
}
