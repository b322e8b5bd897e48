import { normalizeText } from './normalize';
import { parseNumber, toAsciiDigits } from './digits';
import { detectLanguage } from './language';

describe('digits and numbers', () => {
  it.each([
    ['อายุ ๑๔ ปี', 'อายุ 14 ปี'],
    ['အသက် ၁၅ နှစ်', 'အသက် 15 နှစ်'],
    ['ອາຍຸ ໑໖ ປີ', 'ອາຍຸ 16 ປີ'],
    ['room ３０４', 'room 304'],
  ])('turns %j into ASCII digits', (input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });

  it('reads a Burmese zero glued to letters as the letter wa', () => {
    expect(normalizeText('\u1040\u1014\u103A')).toBe('\u101D\u1014\u103A');
    expect(normalizeText('\u1041\u1040 \u1014\u103E\u1005\u103A')).toBe('10 \u1014\u103E\u1005\u103A');
  });

  it.each([
    ['15', 15],
    ['fifteen', 15],
    ['สิบห้า', 15],
    ['สิบเอ็ด', 11],
    ['ยี่สิบ', 20],
    ['เก้า', 9],
    ['ສິບສີ່', 14],
    ['ບໍ່', NaN],
  ])('parses %j', (word, value) => {
    expect(parseNumber(word)).toBe(value);
  });
});

describe('normalisation', () => {
  it('folds Thai typing variants and repeated letters', () => {
    expect(normalizeText('เเม่สาย')).toBe('แม่สาย');
    expect(normalizeText('น\u0E49\u0E4D\u0E32')).toBe('น้ำ');
    expect(normalizeText('ช่วยด้วยยยยย')).toBe('ช่วยด้วย');
    expect(normalizeText('  HELP   me ')).toBe('help me');
  });

  it('keeps long numbers intact', () => {
    expect(normalizeText('50000 baht')).toBe('50000 baht');
  });
});

describe('language detection', () => {
  it.each([
    ['มีเด็กถูกขังอยู่', 'th'],
    ['ນ້ອງສາວຂອງຂ້ອຍ', 'lo'],
    ['ကျွန်မကို ကယ်ပါ', 'my'],
    ['help me please', 'en'],
    ['ช่วยด้วย หนูถูกขังอยู่ที่ Mae Sai', 'th'],
    ['help pls locked in room at แม่สาย', 'en'],
    ['', 'en'],
  ])('%j is %s', (text, lang) => {
    expect(detectLanguage(normalizeText(text))).toBe(lang);
  });
});
