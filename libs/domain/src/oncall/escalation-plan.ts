import { resolveTargets } from './targets';
import { Directory, FrozenPolicy, PolicyStep, Responder } from './types';

/**
 * Steps are numbered across repeats: with 3 steps and `repeat: 1`, step indexes 0-5 run steps
 * 0,1,2,0,1,2 and index 6 is exhausted. `index` is always that absolute index (what dispatch stores,
 * 1-based, as the chain's step), `position` the step's place in `chain.steps`, `round` the repeat.
 */
export type ChainStep = { step: PolicyStep; index: number; position: number; round: number };
export type ChainExhausted = { exhausted: true };

export function chainStep(frozen: FrozenPolicy, role: string, stepIndex: number): ChainStep | ChainExhausted {
  const steps = frozen.chains.find((c) => c.role === role)?.steps ?? [];
  const total = steps.length * (frozen.repeat + 1);
  if (!Number.isInteger(stepIndex) || stepIndex < 0 || stepIndex >= total) return { exhausted: true };
  const position = stepIndex % steps.length;
  return { step: steps[position], index: stepIndex, position, round: Math.floor(stepIndex / steps.length) };
}

/**
 * The first step from absolute index `fromIndex` on that has somebody to page at `at`. Steps whose
 * targets resolve to nobody (an uncovered schedule, an emptied team) are skipped at once: waiting
 * out a step that paged nobody would only lose minutes.
 */
export function nextNonEmptyStep(
  dir: Directory,
  frozen: FrozenPolicy,
  role: string,
  fromIndex: number,
  at: Date,
): (ChainStep & { responders: Responder[] }) | ChainExhausted {
  for (let index = Math.max(0, fromIndex); ; index++) {
    const next = chainStep(frozen, role, index);
    if ('exhausted' in next) return next;
    const responders = resolveTargets(dir, next.step.targets, { at });
    if (responders.length) return { ...next, responders };
  }
}
