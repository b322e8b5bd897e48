import { Directory, FrozenPolicy, nextNonEmptyStep, Responder } from '@rescue/domain';

export type StepPlan = { exhausted: true } | { exhausted: false; step: number; waitMinutes: number; responders: Responder[] };

/**
 * What a role chain does after absolute step `currentStep` (1-based; 0 = not started): the next
 * step that has somebody to page (empty steps are skipped at once), or exhaustion.
 */
export function planAfter(dir: Directory, policy: FrozenPolicy, role: string, currentStep: number, at: Date): StepPlan {
  const next = nextNonEmptyStep(dir, policy, role, currentStep, at);
  if ('exhausted' in next) return { exhausted: true };
  return { exhausted: false, step: next.index + 1, waitMinutes: next.step.waitMinutes, responders: next.responders };
}
