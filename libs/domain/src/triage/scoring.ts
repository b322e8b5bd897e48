import { IndicatorId, Priority } from './types';

/**
 * The labelling policy as a function: which indicators make which priority.
 * - P1: two strong indicators (see STRONG); a child with any exploitation indicator; confinement;
 *   violence or a threat to life; incapacitation; imminent movement; a person asking to be rescued.
 * - P2: adult exploitation indicators (documents, debt, wages, not allowed to leave, forced work,
 *   coerced sex work, sale of persons, intimidation), unless the tip is only hearsay or about the past (then P3).
 * - P3: recruitment, smuggling or vulnerability concerns; or no indicator but something worth a look.
 * - P4: nothing about trafficking (an enquiry, thanks, a test, spam, another crime, or nothing).
 */
export const P1_INDICATORS: readonly IndicatorId[] = ['confinement', 'violence', 'incapacitation', 'imminent-movement', 'self-rescue'];
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
  incapacitation: 'a person is drugged, unconscious or cannot stand',
  'imminent-movement': 'movement is imminent',
  'self-rescue': 'a person asks to be rescued',
};

/** Indicators that are trafficking only in a labour or exploitation setting (not a bar fight). */
const NEEDS_CONTEXT: readonly IndicatorId[] = ['violence', 'incapacitation', 'intimidation'];
/** P1 indicators that a past or resolved event no longer makes urgent (imminence and pleas always do). */
const MAY_BE_PAST: readonly IndicatorId[] = ['confinement', 'violence', 'incapacitation'];

/**
 * The strong indicators, by kind: any two kinds (a child counts as one) make a tip P1 whatever
 * else it says, unless it is only about the past. Documents taken and "cannot leave" are kinds of
 * confinement here: with a second kind they are no longer an adult P2 case.
 */
const STRONG: readonly { kind: string; ids: readonly IndicatorId[] }[] = [
  { kind: 'confinement', ids: ['confinement', 'restriction-of-movement', 'document-retention'] },
  { kind: 'incapacitation or violence', ids: ['incapacitation', 'violence'] },
  { kind: 'movement in progress', ids: ['imminent-movement'] },
];

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
  /** Only events of a year or more ago ("2 years ago", "ปีที่แล้ว"), nothing still going on. */
  longAgo: boolean;
  /** The person is said to be safe now (escaped, home, rescued), nothing still going on. */
  safeNow: boolean;
  /** Someone got away from exploiters: a case to follow up even when the tip is also a question. */
  escaped: boolean;
}

export interface Score {
  priority: Priority;
  reason: string;
  /** Signals that pointed lower and were outweighed ("hearsay (P3)"): the higher priority wins. */
  outweighed: string[];
}

export function scorePriority(input: ScoringInput): Score {
  const counted = new Set([...input.indicators].filter((id) => input.exploitationContext || !NEEDS_CONTEXT.includes(id)));
  const has = (ids: readonly IndicatorId[]) => ids.filter((id) => counted.has(id));
  const p1 = has(P1_INDICATORS);
  const p2 = has(P2_INDICATORS);
  // Movement counts as over only when the person is said to be safe ("crossed back, now safe with our staff").
  const past = input.pastOrResolved && p1.every((id) => MAY_BE_PAST.includes(id) || (input.safeNow && id === 'imminent-movement'));
  const score = (priority: Priority, reason: string): Score => ({ priority, reason, outweighed: priority === 'P1' || priority === 'P2' ? outweighedBy(input, priority) : [] });

  const strong = [...STRONG.filter((s) => has(s.ids).length).map((s) => s.kind), ...(input.minors ? ['a child'] : [])];
  // A child stays P1 although the case began in the past, unless the child is safe now or it was long ago.
  const over = past && (!input.minors || input.safeNow || input.longAgo);
  if (strong.length >= 2 && !over) return score('P1', `strong indicators together: ${strong.join(', ')}`);
  if (input.minors && has(CHILD_EXPLOITATION).length && !over) return score('P1', 'a child with an exploitation indicator');
  if (p1.length && !past) return score('P1', p1.map((id) => P1_REASONS[id]).join('; '));
  if (p1.length || p2.length) {
    if (input.pastOrResolved) return score('P3', `exploitation indicators${input.minors ? ' and a child' : ''}, but past events or the person is safe now`);
    if (input.hearsay) return score('P3', 'adult exploitation indicators, but hearsay');
    return score('P2', 'adult exploitation indicators, nothing imminent');
  }
  const outweighing = input.notTrafficking.filter((c) => OUTWEIGH_CONCERN.has(c));
  if (has(P3_INDICATORS).length) {
    if (outweighing.length) return score('P4', `not about trafficking (${outweighing.join(', ')})`);
    return score('P3', 'a recruitment, smuggling or vulnerability concern, no person under control now');
  }
  if (input.escaped) return score('P3', 'a person escaped from exploitation: a case to follow up');
  if (input.notTrafficking.length) return score('P4', `not about trafficking (${input.notTrafficking.join(', ')})`);
  if ([...input.indicators].some((id) => !counted.has(id) && id !== 'incapacitation')) return score('P3', 'violence or threats outside a labour or exploitation setting');
  if (input.concern || input.minors) return score('P3', 'no indicator, but worth a look');
  return score('P4', 'no trafficking indicator');
}

/** What in a P1 or P2 tip pointed lower: named in the explanation, so a reader sees it was weighed. */
function outweighedBy(input: ScoringInput, priority: Priority): string[] {
  return [
    ...(input.hearsay ? ['hearsay (P3)'] : []),
    ...(input.pastOrResolved && priority === 'P1' ? ['past events (P3)'] : []),
    ...input.notTrafficking.map((c) => `${c} (P4)`),
  ];
}
