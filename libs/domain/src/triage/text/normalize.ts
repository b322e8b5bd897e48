import { fixMyanmarDigitLetterConfusion, toAsciiDigits } from './digits';
import { foldMixedThaiLao } from './mixed-script';
import { toUnicodeBurmese } from './zawgyi';

/**
 * Puts a tip in the one form every rule expects: Unicode Burmese, ASCII digits, lower case, single
 * spaces, and the usual typing variants of Thai and Lao folded (sara am typed as nikhahit + sara aa,
 * sara ae typed as two sara e, doubled marks, letters repeated for emphasis: "ช่วยด้วยยยย").
 */
export function normalizeText(raw: string): string {
  let text = raw.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
  if (/[\u1000-\u109F]/.test(text)) text = fixMyanmarDigitLetterConfusion(toUnicodeBurmese(text));
  text = toAsciiDigits(foldMixedThaiLao(text))
    .replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33')
    .replace(/\u0ECD([\u0EC8-\u0ECB]?)\u0EB2/g, '$1\u0EB3')
    .replace(/\u0E40\u0E40/g, '\u0E41')
    .replace(/\u0EC0\u0EC0/g, '\u0EC1')
    .replace(/([\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD])\1+/g, '$1')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/[\u2018\u2019\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return text;
}
