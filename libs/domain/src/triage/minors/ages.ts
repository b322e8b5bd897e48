import { NUMBER_WORD_SOURCE, parseNumber } from '../text/digits';

/**
 * Explicit ages in a normalised text (ASCII digits): "อายุประมาณ 14-15 ปี", "aged 16", "a
 * 12-year-old", "9 ขวบ", "အသက် ၁၅ နှစ်", "ອາຍຸ 14 ປີ", "girl (15)", "อายุสิบห้า". A bare "3 ปี"
 * is a duration, not an age, so a number needs an age word before it or an age unit after it.
 */
export interface AgeMention {
  age: number;
  text: string;
  start: number;
}

/** What joins two numbers of one range: "13-14", "13 or 14", "๑๓ ถึง ๑๔". */
const BETWEEN = '(?:-|–|~|/|to|or|and|&|ถึง|หรือ|กับ|ຫາ|ແລະ)';
const NUM = `(\\d{1,2}|${NUMBER_WORD_SOURCE})`;
// "၁၃ နှစ်၊ ၁၅ နှစ်": a list of two ages reads as a range.
const RANGE = `${NUM}(?:\\s?(?:${BETWEEN}|(?:နှစ်|ปี|ປີ)\\s?[,၊])\\s?${NUM})?`;
const DIGITS = '(\\d{1,2})';
const DIGIT_RANGE = `${DIGITS}(?:\\s?${BETWEEN}\\s?${DIGITS})?`;
/** Number words only right after the age word: "อายุสิบห้า", "aged about fifteen". */
const HEDGE = '(?:\\s?(?:ประมาณ|ราว|ราวๆ|น่าจะ|about|around|approximately|approx\\.?|only|just|ປະມານ|လောက်))?\\s?';
const AGE_WORD = '(?:อายุ|(?<![a-z])(?:ages?|aged)|အသက်|ອາຍຸ)';
const NOT_AN_AGE_WORD = '(?!งาน|การ|ความ|ใช้งาน|การใช้งาน|limit|group)';
const FILLER = '[^\\d\\n.!?]{0,14}?';
const AGE_UNIT =
  '(?:ขวบ|years?[\\s-]?old|yrs?[\\s-]?old|y\\.?o\\.?(?![a-z])|y/o|-?year-old|နှစ်အရွယ်|နှစ်သမီး|နှစ်သား|ປີເຄິ່ງ)';
const PERSON_NOUN =
  '(?:เด็ก\\S{0,6}|ลูกสาว|ลูกชาย|หลานสาว|หลานชาย|girls?|boys?|daughter|son|kids?|child|niece|nephew|cousin|sister|brother|grand(?:kids?|children|child|daughters?|sons?)|น้องสาว|น้องชาย|ကလေး\\S{0,6}|ကောင်(?:မ)?လေး|ညီမ\\S{0,3}|မောင်လေး|သမီး\\S{0,3}|ເດັກ\\S{0,6}|ລູກສາວ|ລູກຊາຍ|ນ້ອງສາວ|ນ້ອງຊາຍ|ສາວນ້ອຍ)';
/**
 * "my daughter is 17", "she's 15", "the youngest one is 15", "my ลูกพี่ลูกน้อง is 13" (a Thai kin word in an
 * English sentence): a person word, a copula, a bare number.
 */
const EN_PERSON =
  "(?:(?<![a-z])(?:daughter|son|girl|boy|kid|child|sister|brother|cousin|niece|nephew|grand(?:daughter|son|child)|friend|she|he|(?:youngest|oldest|eldest)(?: one| girl| boy| of them)?)|ลูกพี่ลูกน้อง|ลูกสาว|ลูกชาย|หลานสาว|หลานชาย|หลาน|น้องสาว|น้องชาย)(?:'s| is| was| who is| turned| just turned)";
const NOT_A_UNIT = '(?!\\d|[,.]\\d|\\s?(?:%|baht|thb|km|kg|hours?|hrs?|days?|weeks?|months?|minutes?|mins?|people|persons?|of|th|st|nd|rd|times?|am|pm|o.clock))';

const PATTERNS: RegExp[] = [
  new RegExp(`${AGE_WORD}${NOT_AN_AGE_WORD}${FILLER}${DIGIT_RANGE}`, 'gu'),
  new RegExp(`${AGE_WORD}${HEDGE}${RANGE}`, 'gu'),
  new RegExp(`(?<![\\d,.])${RANGE}\\s?${AGE_UNIT}`, 'gu'),
  new RegExp(`${PERSON_NOUN}[\\s,(]{0,3}${RANGE}\\s?(?=ปี|years|yrs|\\)|,(?!\\d)|ປີ|နှစ်|\\sat the time)`, 'gu'),
  new RegExp(`${EN_PERSON}\\s(?:only\\s|just\\s|about\\s|around\\s)?${DIGIT_RANGE}${NOT_A_UNIT}`, 'gu'),
  // "a young woman maybe 17": one person and a hedged number (a count would be of people, not one).
  new RegExp(`(?<![a-z])(?:woman|lady|man|guy|person) (?:maybe|about|around|approx\\.?|aged?)\\s?${DIGIT_RANGE}${NOT_A_UNIT}`, 'gu'),
  // "ကောင်လေး ၂ ယောက် (၁၃ နှစ်)", "2 คน (15 ปี)": a count of people, then the ages in brackets.
  new RegExp(`(?:ယောက်|คน|ຄົນ|people|persons|kids|girls|boys)\\s?\\(\\s?(?:အသက်|อายุ|ອາຍຸ|aged?)?\\s?${RANGE}\\s?(?:နှစ်|ปี|ປີ|years?|yrs?|y/?o)`, 'gu'),
  // "a 16 years girl": a number of years right before a person word is an age.
  new RegExp(`(?<![\\d,.])${DIGIT_RANGE}\\s?(?:years?|yrs?)(?:\\s?old)?\\s(?=(?:girls?|boys?|kids?|child|daughters?|sons?|students?)(?![a-z]))`, 'gu'),
  // "two of them are only 16": "only" and a bare number say an age.
  new RegExp(`(?<![a-z])(?:are|is|was|were) only ${DIGIT_RANGE}${NOT_A_UNIT}`, 'gu'),
  // "girls maybe 13-14", "three girls, about 15", "เด็กผู้หญิงราว 12": a person word, a hedge, a number.
  new RegExp(`${PERSON_NOUN}[\\s,(]{0,3}(?:maybe|about|around|approx\\.?|aged?|roughly|looks?(?: like)?|looking|ประมาณ|ราวๆ|ราว|น่าจะ|ປະມານ)\\s?${DIGIT_RANGE}${NOT_A_UNIT}`, 'gu'),
];

/** Every explicit age (a range gives both ends). */
export function findAges(text: string): AgeMention[] {
  const found: AgeMention[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      // "อายุ 3,000 บาท", "age 50%": an amount, not an age.
      if (/^(?:[,.]\d|\s?%|\s?(?:บาท|baht|thb|kg|km))/.test(after)) continue;
      for (const group of [m[1], m[2]]) {
        if (!group) continue;
        const age = parseNumber(group);
        if (Number.isFinite(age) && age > 0 && age < 100) found.push({ age, text: m[0].trim(), start: m.index });
      }
    }
  }
  return found;
}

/** "under 18", "ต่ำกว่า 18", "ไม่ถึง 18", "ບໍ່ເຖິງ 18", "၁၈ နှစ်အောက်": a stated ceiling below adulthood. */
const UNDER_AGE = [
  /(?:under|below|less than|younger than|ต่ำกว่า|ไม่ถึง|ไม่เกิน|ຕ່ຳກວ່າ|ບໍ່ເຖິງ)\s?(\d{1,2})(?!\d)/gu,
  /(\d{1,2})\s?နှစ်(?:\s?)အောက်/gu,
];

export function findUnderAge(text: string): AgeMention[] {
  const found: AgeMention[] = [];
  for (const re of UNDER_AGE) {
    for (const m of text.matchAll(re)) {
      const ceiling = Number(m[1]);
      if (ceiling <= 18 && ceiling > 0) found.push({ age: ceiling - 1, text: m[0], start: m.index });
    }
  }
  return found;
}
