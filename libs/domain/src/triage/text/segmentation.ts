/**
 * Word boundaries. Thai, Lao and Burmese are written without spaces between words; ICU's dictionary
 * segmenter (Intl.Segmenter, built into Node) finds them for all three scripts whatever the locale.
 * Short lexicon entries ("ตี" hit, "พาน" Phan) must start and end on a boundary so that they do not
 * fire inside longer words ("ตีสอง" 2 a.m., "พาน้อง" take the younger sibling).
 */

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Positions in `text` where a word starts or ends. */
export function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const { index, segment } of segmenter.segment(text)) {
    boundaries.add(index);
    boundaries.add(index + segment.length);
  }
  // ICU keeps abbreviations like "อ.พาน" in one segment: any non-letter also separates words.
  for (let i = 0; i < text.length; i++) {
    if (!LETTER_OR_MARK.test(text[i])) {
      boundaries.add(i);
      boundaries.add(i + 1);
    }
  }
  return boundaries;
}

/** The words of a text (letters and digits only), for correlation. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}
