import { TermMatch } from './lexicon';
import { CHILD_EXPLOITATION, P1_INDICATORS, P2_INDICATORS } from './scoring';
import { IndicatorId } from './types';

/** Lexicon hits by lexicon id (only the usable ones: weak terms already dropped when needed). */
type Hits = (lexiconId: string) => TermMatch[];

export interface CompositeContext {
  /** The normalised tip text the hits point into. */
  text: string;
  hits: Hits;
  fired: ReadonlyMap<IndicatorId, string[]>;
  minors: boolean;
  /** Not-trafficking categories found (enquiry, thanks, ...). */
  notTrafficking: readonly string[];
}

const hasExploitation = (fired: ReadonlyMap<IndicatorId, string[]>) => [...fired.keys()].some((id) => CHILD_EXPLOITATION.includes(id));
/** Indicators that say by themselves that people are under someone's control or being smuggled. */
const CONTROL: readonly IndicatorId[] = [...P1_INDICATORS, ...P2_INDICATORS, 'smuggling'];

/**
 * Imminent movement from a time word ("tonight", "คืนนี้", "ဒီည") and a movement word ("take
 * across", "พาข้าม", "ခေါ်လာ") in the same tip, when the tip is about people being moved: an
 * indicator of control or smuggling fired, or it names people (workers, women, children) and is
 * not an enquiry. (A job seeker who "can travel tomorrow" is not imminent movement.)
 * ("I will go to your office tomorrow" is not imminent movement.)
 */
export function imminentMovement(ctx: CompositeContext): TermMatch[] {
  const movement = ctx.hits('movement');
  const nextToMovement = (m: TermMatch) => movement.some((v) => m.start < v.end + NOW_REACH && m.end > v.start - NOW_REACH);
  // A report that opens with "now" ("ตอนนี้มีคนพา…", "right now there are…") tells what is happening as it is written.
  const opensTheReport = (m: TermMatch) => m.start <= OPENING;
  // In a story dated years ago, "now" tells the present state ("now we don't know where they are"), not a departure.
  const nowCounts = ctx.hits('long-ago').length === 0;
  const anyTime = [...ctx.hits('imminent-time'), ...(nowCounts ? ctx.hits('imminent-now').filter((m) => nextToMovement(m) || opensTheReport(m)) : [])];
  // "Visited the farm today. … they can go to market on Sundays": a time and a movement of different sentences are not one event.
  const time = anyTime.filter((t) => movement.some((v) => sameSentence(ctx.text, t, v)));
  if (!time.length) return [];
  // A relative counts as a person moved when a broker or recruiter moves them ("the broker takes my sister across tomorrow"),
  // not on a family trip ("my brother picks me up tomorrow").
  const relativeByBroker = ctx.hits('third-party').length > 0 && ctx.fired.has('deceptive-recruitment');
  const aboutPeople = ctx.hits('moved-people').length > 0 || ctx.minors || relativeByBroker;
  const underControl = [...ctx.fired.keys()].some((id) => CONTROL.includes(id));
  if (underControl || (aboutPeople && !ctx.notTrafficking.length)) return [...time, ...movement];
  return [];
}

/** No sentence end (., !, ?, a line break, the Burmese ။) between two matches. Thai and Lao rarely mark one. */
function sameSentence(text: string, a: TermMatch, b: TermMatch): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return !/[.!?\n\u104B]/.test(text.slice(first.end, second.start));
}

/** Characters between "now" and a movement word for the two to be read together. */
const NOW_REACH = 16;
/** Characters from the start of a tip within which "now" sets the time of the whole report. */
const OPENING = 12;

/**
 * A bare cry for help is a self-rescue request when the writer speaks of themselves (first person,
 * no relative or other third person named, or first person right by the cry and no third person
 * there), or when the cry is all there is to go on.
 */
export function rescueCry(ctx: CompositeContext): TermMatch[] {
  const cries = ctx.hits('rescue-cry');
  if (!cries.length) return [];
  const near = (cry: TermMatch, m: TermMatch) => m.start < cry.end + NEAR && m.end > cry.start - NEAR;
  const firstPerson = ctx.hits('first-person');
  const thirdParty = ctx.hits('third-party');
  const aboutThemselves =
    (firstPerson.length > 0 && thirdParty.length === 0) ||
    cries.some((cry) => firstPerson.some((m) => near(cry, m)) && !thirdParty.some((m) => near(cry, m)));
  const nothingElse = !hasExploitation(ctx.fired) && !ctx.notTrafficking.length;
  return aboutThemselves || nothingElse ? cries : [];
}

/** Characters around a cry in which "I" or "my sister" tells who needs rescue. */
const NEAR = 40;
