import { IndicatorId, Priority } from './types';

/**
 * The labelling policy as a function: which indicators make which priority.
 * - P1: a child with any exploitation indicator; confinement; violence or a threat to life;
 *   imminent movement; a person asking to be rescued.
 * - P2: adult exploitation indicators (documents, debt, wages, not allowed to leave, forced work,
 *   coerced sex work, sale of persons, intimidation), unless the tip is only hearsay or about the past (then P3).
 * - P3: recruitment, smuggling or vulnerability concerns; or no indicator but something worth a look.
 * - P4: nothing about trafficking (an enquiry, thanks, a test, spam, another crime, or nothing).
 */
export const P1_INDICATORS: readonly IndicatorId[] = ['confinement', 'violence', 'imminent-movement', 'self-rescue'];
export const P2_INDICATORS: readonly IndicatorId[] = [
  'document-retention',
  'debt-bondage',
  'wage-withholding',
  'restriction-of-movement',
  'forced-labour',
  'sexual-exploitation',
  'sale-of-persons',
  'intimidation',
];
export const P3_INDICATORS: readonly IndicatorId[] = ['deceptive-recruitment', 'abuse-of-vulnerability', 'smuggling'];

/** Indicators that make a child's case P1 (a child at an exploitative venue counts too). */
export const CHILD_EXPLOITATION: readonly IndicatorId[] = [...P1_INDICATORS, ...P2_INDICATORS, ...P3_INDICATORS, 'exploitative-venue'];

const P1_REASONS: Partial<Record<IndicatorId, string>> = {
  confinement: 'a person is confined',
  violence: 'violence or a threat to life',
  'imminent-movement': 'movement is imminent',
  'self-rescue': 'a person asks to be rescued',
};

/** Indicators that are trafficking only in a labour or exploitation setting (not a bar fight). */
const NEEDS_CONTEXT: readonly IndicatorId[] = ['violence', 'intimidation'];
/** P1 indicators that a past or resolved event no longer makes urgent (imminence and pleas always do). */
const MAY_BE_PAST: readonly IndicatorId[] = ['confinement', 'violence'];

/** The not-trafficking signals that outweigh a mere concern (P3), not an exploitation indicator. */
const OUTWEIGH_CONCERN = new Set(['spam', 'test']);

export interface ScoringInput {
  /** Indicators that fired (children included when minors is true). */
  indicators: ReadonlySet<IndicatorId>;
  minors: boolean;
  /** Not-trafficking categories found: enquiry, thanks, test, spam, other-crime. */
  notTrafficking: readonly string[];
  /** Something worth a look although no indicator fired. */
  concern: boolean;
  /** Employers, owners, brokers, workers, another indicator: violence and threats count as trafficking. */
  exploitationContext: boolean;
  /** Only hearsay, nothing said to be going on now. */
  hearsay: boolean;
  /** Only past events or a person already safe, nothing said to be going on now. */
  pastOrResolved: boolean;
}

export interface Score {
  priority: Priority;
  reason: string;
}

export function scorePriority(input: ScoringInput): Score {
  const counted = new Set([...input.indicators].filter((id) => input.exploitationContext || !NEEDS_CONTEXT.includes(id)));
  const has = (ids: readonly IndicatorId[]) => ids.filter((id) => counted.has(id));
  if (input.minors && has(CHILD_EXPLOITATION).length) return { priority: 'P1', reason: 'a child with an exploitation indicator' };
  const p1 = has(P1_INDICATORS);
  const p2 = has(P2_INDICATORS);
  const past = input.pastOrResolved && p1.every((id) => MAY_BE_PAST.includes(id));
  if (p1.length && !past) return { priority: 'P1', reason: p1.map((id) => P1_REASONS[id]).join('; ') };
  if (p1.length || p2.length) {
    if (input.pastOrResolved) return { priority: 'P3', reason: 'exploitation indicators, but past events or the person is safe now' };
    if (input.hearsay) return { priority: 'P3', reason: 'adult exploitation indicators, but hearsay' };
    return { priority: 'P2', reason: 'adult exploitation indicators, nothing imminent' };
  }
  const outweighing = input.notTrafficking.filter((c) => OUTWEIGH_CONCERN.has(c));
  if (has(P3_INDICATORS).length) {
    if (outweighing.length) return { priority: 'P4', reason: `not about trafficking (${outweighing.join(', ')})` };
    return { priority: 'P3', reason: 'a recruitment, smuggling or vulnerability concern, no person under control now' };
  }
  if (input.notTrafficking.length) return { priority: 'P4', reason: `not about trafficking (${input.notTrafficking.join(', ')})` };
  if (counted.size < input.indicators.size) return { priority: 'P3', reason: 'violence or threats outside a labour or exploitation setting' };
  if (input.concern || input.minors) return { priority: 'P3', reason: 'no indicator, but worth a look' };
  return { priority: 'P4', reason: 'no trafficking indicator' };
}
