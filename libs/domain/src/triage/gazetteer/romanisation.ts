/**
 * Spelling variants, so that a place matches however it is typed: Thai tone marks missing or
 * wrong and ใ/ไ swapped; English romanisations ("Chieng Rai", "Maesai", "Houayxay", "Wieng Kaen").
 * Each name becomes a regex source.
 */

/** Romanised syllables and the spellings seen for them. */
const SYLLABLE_VARIANTS: Record<string, string> = {
  chiang: '(?:chiang|chieng|chaing|cheang|jiang)',
  mae: '(?:mae|mea|maae)',
  wiang: '(?:wiang|wieng|weang|viang|vieng)',
  khong: '(?:khong|kong|khone)',
  saen: '(?:saen|sean|saeng)',
  kaen: '(?:kaen|kean|khaen|kan)',
  huai: '(?:huai|huay|houay|houai|hoay)',
  huay: '(?:huai|huay|houay|houai|hoay)',
  xai: '(?:xai|xay|sai|say)',
  sai: '(?:sai|say|xai)',
  luang: '(?:luang|loung|luong)',
  fa: '(?:fa|fah)',
  rai: '(?:rai|rae)',
  mueang: '(?:mueang|muang|meuang|muong)',
  thoeng: '(?:thoeng|toeng|theung|therng|terng)',
  pao: '(?:pao|paow)',
  phaya: '(?:phaya|paya|phaya)',
  tham: '(?:tham|tam)',
  doi: '(?:doi|doy)',
  ban: '(?:ban|baan)',
  thai: '(?:thai|tai)',
};

const THAI_TONE = /[\u0E48-\u0E4B]/;
const LAO_TONE = /[\u0EC8-\u0ECB]/;

/** Regex source for one place name; `bounded` when a Thai or Lao name is short enough to hide in words. */
export function namePattern(name: string): { source: string; latin: boolean } {
  if (/^[a-z0-9 .'\-]+$/.test(name)) {
    const syllables = name.split(/[\s\-]+/).map((s) => SYLLABLE_VARIANTS[s] ?? escapeRegex(s));
    return { source: `(?<![a-z0-9])${syllables.join("[\\s\\-']?")}(?![a-z0-9])`, latin: true };
  }
  let source = '';
  for (const ch of name) {
    if (THAI_TONE.test(ch)) source += '[\\u0E48-\\u0E4B]?';
    else if (LAO_TONE.test(ch)) source += '[\\u0EC8-\\u0ECB]?';
    else if (ch === 'ใ' || ch === 'ไ') source += '[ใไ]';
    else if (ch === ' ' || ch === '-') source += '[\\s\\-]?';
    else source += escapeRegex(ch);
  }
  return { source: `(?<![\\u0E40-\\u0E44\\u0EC0-\\u0EC4\\u1039])${source}(?!\\p{M})`, latin: false };
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
