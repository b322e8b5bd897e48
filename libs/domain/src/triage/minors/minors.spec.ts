import { triage } from '../triage';
import { findAges } from './ages';
import { findGrades } from './grades';

const minors = (text: string) => triage({ text }).minors;

describe('ages', () => {
  it.each([
    ['อายุประมาณ 14-15 ปี', [14, 15]],
    ['อายุ ๑๓ ปี', [13]],
    ['อายุสิบห้า', [15]],
    ['อายุน่าจะ 16', [16]],
    ['a 12-year-old boy', [12]],
    ['aged 16', [16]],
    ['she is 15 and works at night', [15]],
    ['girl (15)', [15]],
    ['9 ขวบ', [9]],
    ['အသက် ၁၅ နှစ်လောက်', [15]],
    ['၁၂ နှစ်အရွယ်', [12]],
    ['ອາຍຸ ໑໔ ປີ', [14]],
    ['ອາຍຸ 14 ປີ', [14]],
    ['aged about fifteen', [15]],
  ])('%j has age %j', (text, ages) => {
    const found = findAges(triageText(text)).map((a) => a.age);
    for (const age of ages) expect(found).toContain(age);
  });

  it.each(['ทำงานมา 3 ปี', 'อายุงาน 10 ปี', 'she is 15 minutes away', 'the age where everyone', 'อายุ 3,000 บาท', 'room 304'])(
    '%j has no age',
    (text) => {
      expect(findAges(triageText(text))).toEqual([]);
    },
  );
});

describe('grades', () => {
  it.each(['นักเรียน ป.6', 'เรียนอยู่ ม.2', 'ป.๕', 'grade 8 student', '8th grade', 'ມ.3', '၈ တန်း'])('%j is a school grade', (text) => {
    expect(findGrades(triageText(text)).length).toBeGreaterThan(0);
  });

  it.each(['บ้านเลขที่ 12 ม.3 ต.เวียงพางคำ', '99/1 ม.5', 'ม.4 ต.ริมกก'])('%j is an address, not a grade', (text) => {
    expect(findGrades(triageText(text))).toEqual([]);
  });
});

describe('minors', () => {
  it.each([
    'มีเด็กอายุ 13 ทำงานในร้านคาราโอเกะ',
    'เด็กหญิงสองคนถูกพาไปขายบริการ',
    'นักเรียน ม.2 ถูกชวนไปทำงาน',
    'My neighbour’s daughter is 17 and works at a bar',
    'underage girls at the karaoke',
    'ကလေး ၂ ယောက်',
    'ເດັກນ້ອຍ 3 ຄົນ',
    'เด็กหญิงอายุ ๑๔ ปี',
    'အသက် ၁၆ နှစ် မိန်းကလေး',
    'girls under 18 serving drinks',
    '3 burmese girls maybe 13-14 selling flowers',
    'three girls, about 15, will be taken across to Tachileik tonight',
    'she looks very young',
    'မိန်းကလေး သုံးယောက်ကို ဒီည တာချီလိတ်ကို ခေါ်သွားမယ်', // three girls taken to Tachileik tonight
    'ເດັກຍິງ 3 ຄົນ ຖືກພາຂ້າມໄປ', // Lao: three girls taken across
  ])('%j involves minors', (text) => {
    expect(minors(text)).toBe(true);
  });

  it.each([
    'มีวัยรุ่นในหมู่บ้านถูกชวนไปทำงาน',
    'local teens asked to carry packages',
    'young women working at a bar',
    'teenagers from the village',
    'เด็กเสิร์ฟในร้านถูกนายจ้างยึดบัตร',
    'ผู้หญิงอายุ 25 ถูกยึดบัตร',
    'အမျိုးသမီးတွေ အလုပ်လုပ်နေတယ်', // women are working
    'ဆေးရုံကို သွားမယ် ကလေးမွေးတော့မယ်', // going to hospital, about to give birth
    'ทำงานมา 3 ปีแล้ว',
    'young men at the bus terminal',
    'หนูถูกขังอยู่',
  ])('%j does not involve minors', (text) => {
    expect(minors(text)).toBe(false);
  });
});

// Rules run on normalised text; the helper keeps these tests independent of the full engine.
import { normalizeText } from '../text/normalize';
function triageText(text: string): string {
  return normalizeText(text);
}
