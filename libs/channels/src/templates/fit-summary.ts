import { isGsm7, smsSegments } from './sms-segments';

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** One line, no trailing full stop (the template adds its own punctuation). */
export function cleanSummary(summary: string): string {
  return summary.replace(/\s+/g, ' ').trim().replace(/[\s.。]+$/u, '');
}

/**
 * The longest start of `summary` for which `build(summary)` stays within `maxSegments`. Cuts on
 * grapheme boundaries, so a Thai vowel or tone mark is never split from its consonant, and marks
 * the cut with an ellipsis that does not itself switch a GSM-7 text to UCS-2.
 */
export function fitSummary(summary: string, build: (summary: string) => string, maxSegments: number): string {
  const clean = cleanSummary(summary);
  if (smsSegments(build(clean)) <= maxSegments) return clean;
  const parts = Array.from(graphemes.segment(clean), (s) => s.segment);
  const cut = (n: number) => {
    const head = parts.slice(0, n).join('').trimEnd();
    return head ? head + (isGsm7(build(head)) ? '...' : '…') : '';
  };
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (smsSegments(build(cut(mid))) <= maxSegments) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}
