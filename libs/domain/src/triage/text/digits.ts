/**
 * Digits and number words. Tips write numbers in Arabic, Thai (๐-๙), Lao (໐-໙) and Burmese (၀-၉)
 * digits, and ages sometimes in words ("อายุสิบห้า", "fifteen"); rules work on ASCII digits only.
 */

const DIGIT_BLOCKS = [0x0e50 /* Thai */, 0x0ed0 /* Lao */, 0x1040 /* Myanmar */, 0xff10 /* full-width */];

/**
 * Burmese "၀" (zero) and "ဝ" (the letter wa) look the same and are swapped all the time, as are
 * "၇" (seven) and "ရ" (ra). A zero or seven glued to Burmese letters is a letter, not a digit.
 */
export function fixMyanmarDigitLetterConfusion(text: string): string {
  return text
    .replace(/(?<![\u1040-\u1049\d])\u1040(?![\u1040-\u1049\d])(?:(?<=[\u1000-\u103F]\u1040)|(?=[\u1000-\u103F]))/g, '\u101D')
    .replace(/(?<![\u1040-\u1049\d])\u1047(?=[\u102B-\u103E])/g, '\u101B');
}

/** Replaces Thai, Lao, Burmese and full-width digits by ASCII digits (one character for one). */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59\u0ED0-\u0ED9\u1040-\u1049\uFF10-\uFF19]/g, (d) => {
    const code = d.charCodeAt(0);
    for (const base of DIGIT_BLOCKS) if (code >= base && code <= base + 9) return String(code - base);
    return d;
  });
}

const EN_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};
const TH_UNITS: Record<string, number> = {
  'หนึ่ง': 1, 'เอ็ด': 1, 'สอง': 2, 'สาม': 3, 'สี่': 4, 'ห้า': 5, 'หก': 6, 'เจ็ด': 7, 'แปด': 8, 'เก้า': 9,
};
const LO_UNITS: Record<string, number> = {
  'ໜຶ່ງ': 1, 'ເອັດ': 1, 'ສອງ': 2, 'ສາມ': 3, 'ສີ່': 4, 'ຫ້າ': 5, 'ຫົກ': 6, 'ເຈັດ': 7, 'ແປດ': 8, 'ເກົ້າ': 9,
};

const thUnit = Object.keys(TH_UNITS).join('|');
const loUnit = Object.keys(LO_UNITS).join('|');

/** Regex source matching a number from 1 to 29 written in English, Thai or Lao words. */
export const NUMBER_WORD_SOURCE = [
  `(?<![a-z])(?:${Object.keys(EN_NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?![a-z])`,
  `(?:ยี่สิบ|สิบ)(?:${thUnit})?|(?:${thUnit})`,
  `(?:ຊາວ|ສິບ)(?:${loUnit})?|(?:${loUnit})`,
].join('|');

/** Value of a number written in digits or in words (see NUMBER_WORD_SOURCE), or NaN. */
export function parseNumber(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  if (token in EN_NUMBERS) return EN_NUMBERS[token];
  const tens = /^(ยี่สิบ|สิบ|ຊາວ|ສິບ)(.*)$/.exec(token);
  if (tens) {
    const base = tens[1] === 'ยี่สิบ' || tens[1] === 'ຊາວ' ? 20 : 10;
    if (!tens[2]) return base;
    const unit = TH_UNITS[tens[2]] ?? LO_UNITS[tens[2]];
    return unit === undefined ? NaN : base + unit;
  }
  return TH_UNITS[token] ?? LO_UNITS[token] ?? NaN;
}
