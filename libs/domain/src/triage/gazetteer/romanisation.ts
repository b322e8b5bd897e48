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

/**
 * Regex source for one place name, whether it is romanised, and the characters a match can start
 * with (the place index only tries names at positions that start with one of them). What may not
 * follow the name (a letter, a combining mark) and what may not precede it are the index's business.
 */
export function namePattern(name: string): { source: string; latin: boolean; starts: string[] } {
  if (/^[a-z0-9 .'\-]+$/.test(name)) {
    const words = name.split(/[\s\-]+/);
    const syllables = words.map((s) => SYLLABLE_VARIANTS[s] ?? escapeRegex(s));
    const first = SYLLABLE_VARIANTS[words[0]];
    const starts = first ? [...new Set([...first.matchAll(/[(|:]([a-z])/g)].map((m) => m[1]))] : [words[0][0]];
    return { source: syllables.join("[\\s\\-']?"), latin: true, starts };
  }
  // Tone marks are often left out or misplaced, Lao writers use ຣ and ລ alike, and Lao spells
  // "wiang" both ວຽງ and (as Thai does) ເວຽງ: all of these match the one name.
  const lao = /[\u0E80-\u0EFF]/.test(name);
  const toneless = [...name].filter((ch) => !THAI_TONE.test(ch) && !LAO_TONE.test(ch));
  const tone = lao ? '[\\u0EC8-\\u0ECB]?' : '[\\u0E48-\\u0E4B]?';
  const piece = (ch: string, i: number) => {
    if (lao && i === 0 && ch === 'ເ' && toneless[1] === 'ວ' && toneless[2] === 'ຽ') return 'ເ?';
    if (ch === ' ' || ch === '-') return '[\\s\\-]?';
    if (ch === 'ใ' || ch === 'ไ') return `[ใไ]${tone}`;
    if (ch === 'ຣ' || ch === 'ລ') return `[ຣລ]${tone}`;
    return escapeRegex(ch) + tone;
  };
  const source = toneless.map(piece).join('');
  const first = name[0];
  const starts = first === 'ใ' || first === 'ไ' ? ['ใ', 'ไ'] : source.startsWith('ເ?') ? ['ເ', 'ວ'] : first === 'ຣ' || first === 'ລ' ? ['ຣ', 'ລ'] : [first];
  return { source, latin: false, starts };
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
