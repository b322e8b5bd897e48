import { Script } from '../text/language';
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
  bounded: boolean;
  weak: boolean;
}

export interface CompiledLexicon {
  id: string;
  groups: TermGroup[];
  exclude?: RegExp;
  negatable: boolean;
}

const GAP = '[^.!?\\n\\u104A\\u104B]{0,30}?';

function termSource(term: string, script: Script): string {
  const body = term.replace(/…/g, GAP);
  if (script === 'en') return `(?<![a-z0-9])(?:${body})(?![a-z0-9])`;
  return `(?<![\\u0E40-\\u0E44\\u0EC0-\\u0EC4\\u1039])(?:${body.replace(/ /g, '\\s?')})(?!\\p{M})`;
}

function compileGroup(terms: { source: string }[], bounded: boolean, weak: boolean): TermGroup | undefined {
  if (!terms.length) return undefined;
  return { regex: new RegExp(terms.map((t) => t.source).join('|'), 'gu'), bounded, weak };
}

function collect(spec: TermsByScript | undefined, bounded: boolean): { source: string }[] {
  const out: { source: string }[] = [];
  for (const [script, terms] of Object.entries(spec ?? {}) as [Script, readonly string[]][]) {
    for (const term of terms) {
      const isBounded = term.startsWith('=');
      if (isBounded !== bounded) continue;
      out.push({ source: termSource(isBounded ? term.slice(1) : term, script) });
    }
  }
  // Longer alternatives first, so that the longest phrase at a position wins.
  return out.sort((a, b) => b.source.length - a.source.length);
}

/** Builds the regexes of a lexicon once, at module load. */
export function compileLexicon(spec: LexiconSpec): CompiledLexicon {
  const groups = [
    compileGroup(collect(spec.terms, false), false, false),
    compileGroup(collect(spec.terms, true), true, false),
    compileGroup(collect(spec.weak, false), false, true),
    compileGroup(collect(spec.weak, true), true, true),
  ].filter((g): g is TermGroup => !!g);
  const excludeTerms = [...collect(spec.exclude, false), ...collect(spec.exclude, true)];
  return {
    id: spec.id,
    groups,
    exclude: excludeTerms.length ? new RegExp(excludeTerms.map((t) => t.source).join('|'), 'gu') : undefined,
    negatable: !!spec.negatable,
  };
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
  if (lexicon.exclude) {
    for (const m of text.matchAll(lexicon.exclude)) excluded.push([m.index, m.index + m[0].length]);
  }
  const matches: TermMatch[] = [];
  const negated: TermMatch[] = [];
  for (const group of lexicon.groups) {
    for (const m of text.matchAll(group.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!m[0]) continue;
      if (excluded.some(([s, e]) => start < e && end > s)) continue;
      if (group.bounded) {
        const b = target.boundaries();
        if (!b.has(start) || !b.has(end)) continue;
      }
      if (matches.some((x) => start < x.end && end > x.start)) continue;
      const match: TermMatch = { lexicon: lexicon.id, text: m[0].trim(), start, end, weak: group.weak };
      if (lexicon.negatable && isNegated(text, start, end)) negated.push(match);
      else matches.push(match);
    }
  }
  matches.sort((a, b) => a.start - b.start);
  return { matches, negated };
}
