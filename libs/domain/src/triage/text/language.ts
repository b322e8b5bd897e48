import { Language } from '../types';

/** Script of a character: the lexicons and the negation rules are chosen by script. */
export type Script = 'th' | 'lo' | 'my' | 'en';

export function scriptOf(ch: string): Script | undefined {
  const c = ch.charCodeAt(0);
  if (c >= 0x0e00 && c <= 0x0e7f) return 'th';
  if (c >= 0x0e80 && c <= 0x0eff) return 'lo';
  if ((c >= 0x1000 && c <= 0x109f) || (c >= 0xaa60 && c <= 0xaa7f) || (c >= 0xa9e0 && c <= 0xa9ff)) return 'my';
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'en';
  return undefined;
}

/** The language whose script has the most letters; Latin (or nothing) counts as English. */
export function detectLanguage(text: string): Language {
  const counts: Record<Script, number> = { th: 0, lo: 0, my: 0, en: 0 };
  for (const ch of text) {
    const s = scriptOf(ch);
    if (s) counts[s]++;
  }
  let best: Language = 'en';
  // Thai, Lao and Burmese letters carry more information per character than Latin ones.
  let bestCount = counts.en / 2;
  for (const s of ['th', 'lo', 'my'] as const) {
    if (counts[s] > bestCount) {
      best = s;
      bestCount = counts[s];
    }
  }
  return best;
}
