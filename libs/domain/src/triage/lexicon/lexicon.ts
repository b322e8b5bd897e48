import { Script } from '../text/language';
import { COMBINING_MARK } from '../text/marks';
import { isNegated } from '../text/negation';

/**
 * A lexicon: the words and phrases of one indicator in the four languages.
 *
 * Term syntax (regex source, applied to normalised text: lower case, ASCII digits):
 * - English terms match whole words; the others match anywhere, never in the middle of a syllable
 *   (not before a combining mark, not after a preposed vowel or a stacking sign).
 * - `…` is a short gap inside the same clause ("ยึด…บัตร" = confiscate … card).
 * - a leading `=` asks for word boundaries on both sides (Intl.Segmenter), for short words.
 * - a space in a Thai, Lao or Burmese term is optional in the text.
 */
export type TermsByScript = Partial<Record<Script, readonly string[]>>;

export interface LexiconSpec {
  id: string;
  terms: TermsByScript;
  /** Terms that count only when nothing says the tip is not about trafficking. */
  weak?: TermsByScript;
  /** Phrases that contain a term but mean something else ("ตีสอง" 2 a.m., "มัดจำ" deposit). */
  exclude?: TermsByScript;
  /** Drop a term preceded by a negation ("ไม่ได้ถูกขัง", "was not beaten"). */
  negatable?: boolean;
}

export interface TermMatch {
  lexicon: string;
  text: string;
  start: number;
  end: number;
  weak: boolean;
}

/** What a lexicon is matched against: the normalised text and its word boundaries, on demand. */
export interface MatchTarget {
  text: string;
  boundaries(): Set<number>;
}

interface TermGroup {
  regex: RegExp;
  latin: boolean;
  bounded: boolean;
  weak: boolean;
}

export interface CompiledLexicon {
  id: string;
  groups: TermGroup[];
  exclude?: TermGroup[];
  negatable: boolean;
}

/** A short gap in one clause. A period with no space after it is an abbreviation ("บัตรปชช.ของ", "อ.เชียงของ"), not a clause's end. */
const GAP = '(?:[^.!?\\n\\u104A\\u104B]|\\.(?=\\S)){0,30}?';

/**
 * The start condition (a whole English word; not inside a Thai/Lao syllable or a Burmese stack) is
 * checked in code, not as a regex lookbehind: a leading lookbehind stops V8 from skipping ahead to
 * positions where a term can start, which made matching several times slower.
 */
function termSource(term: string, latin: boolean): string {
  const body = term.replace(/…/g, GAP);
  return latin ? `(?:${body})` : `(?:${body.replace(/ /g, '\\s?')})`;
}

/** What may not follow a term: a letter of the same word (English) or a combining mark. */
const END = { latin: '(?![a-z0-9])', other: `(?!${COMBINING_MARK})` };

const LATIN_WORD_CHAR = /[a-z0-9]/;
/** Preposed Thai and Lao vowels and the Burmese stacking sign: a term cannot start right after them. */
const MID_SYLLABLE = /[\u0E40-\u0E44\u0EC0-\u0EC4\u1039]/;

function startsCleanly(text: string, start: number, latin: boolean): boolean {
  if (start === 0) return true;
  return !(latin ? LATIN_WORD_CHAR : MID_SYLLABLE).test(text[start - 1]);
}

function compileGroups(spec: TermsByScript | undefined, weak: boolean): TermGroup[] {
  const buckets = new Map<string, { sources: string[]; latin: boolean; bounded: boolean }>();
  for (const [script, terms] of Object.entries(spec ?? {}) as [Script, readonly string[]][]) {
    const latin = script === 'en';
    for (const term of terms) {
      const bounded = term.startsWith('=');
      const key = `${latin}/${bounded}`;
      const bucket = buckets.get(key) ?? { sources: [], latin, bounded };
      bucket.sources.push(termSource(bounded ? term.slice(1) : term, latin));
      buckets.set(key, bucket);
    }
  }
  return [...buckets.values()].map(({ sources, latin, bounded }) => ({
    // Longer alternatives first, so that the longest phrase at a position wins.
    regex: new RegExp(`(?:${sources.sort((a, b) => b.length - a.length).join('|')})${latin ? END.latin : END.other}`, 'g'),
    latin,
    bounded,
    weak,
  }));
}

/** Builds the regexes of a lexicon once, at module load. */
export function compileLexicon(spec: LexiconSpec): CompiledLexicon {
  const exclude = compileGroups(spec.exclude, false);
  return {
    id: spec.id,
    groups: [...compileGroups(spec.terms, false), ...compileGroups(spec.weak, true)],
    exclude: exclude.length ? exclude : undefined,
    negatable: !!spec.negatable,
  };
}

/** Occurrences of a group's terms that start cleanly (and sit on word boundaries when asked). */
function* occurrences(group: TermGroup, target: MatchTarget): Generator<[number, number, string]> {
  const { text } = target;
  const re = group.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const ok =
      m[0].length > 0 &&
      startsCleanly(text, start, group.latin) &&
      (!group.bounded || (target.boundaries().has(start) && target.boundaries().has(end)));
    if (!ok) {
      re.lastIndex = start + 1;
      continue;
    }
    yield [start, end, m[0]];
  }
}

export interface LexiconHits {
  matches: TermMatch[];
  /** Terms found but negated, for the explanation. */
  negated: TermMatch[];
}

/** All non-overlapping, non-excluded occurrences of a lexicon's terms in the target. */
export function matchLexicon(lexicon: CompiledLexicon, target: MatchTarget): LexiconHits {
  const { text } = target;
  const excluded: [number, number][] = [];
  for (const group of lexicon.exclude ?? []) for (const [s, e] of occurrences(group, target)) excluded.push([s, e]);
  const matches: TermMatch[] = [];
  const negated: TermMatch[] = [];
  for (const group of lexicon.groups) {
    for (const [start, end, found] of occurrences(group, target)) {
      if (excluded.some(([s, e]) => start < e && end > s)) continue;
      if (matches.some((x) => start < x.end && end > x.start)) continue;
      const match: TermMatch = { lexicon: lexicon.id, text: found.trim(), start, end, weak: group.weak };
      if (lexicon.negatable && isNegated(text, start, end)) negated.push(match);
      else matches.push(match);
    }
  }
  matches.sort((a, b) => a.start - b.start);
  return { matches, negated };
}
