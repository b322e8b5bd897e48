/**
 * School grades mark children: Thai ป.1-ป.6 (primary) and ม.1-ม.6 (secondary), Lao ປ.1-ປ.5 and
 * ມ.1-ມ.7, Burmese "N တန်း", English "grade N" / "Nth grade", and the school levels in words.
 * Thai addresses also write "ม.3" for หมู่ 3 (village number 3), so an ม. with an address around
 * it (house number, "ต." subdistrict) is not a grade.
 */
export interface GradeMention {
  text: string;
  start: number;
}

const GRADE_PATTERNS: RegExp[] = [
  /(?<![\p{L}\p{M}])([ปม])\.\s?([1-6])(?!\d)/gu,
  /(?<![\p{L}\p{M}])([ປມ])\.\s?([1-7])(?!\d)/gu,
  /(?:ประถม|มัธยม)(?:ศึกษา)?(?:ปีที่)?\s?[1-6]?|ชั้นประถม|ม\.ต้น|ม\.ปลาย|นักเรียนชั้น/gu,
  /ປະຖົມ|ມັດທະຍົມ/gu,
  /(?<![\d])([1-9]|1[01])\s?တန်း|မူလတန်း|အလယ်တန်း/gu,
  /(?<![a-z])(?:grade\s?(?:[1-9]|1[0-2])|(?:[1-9]|1[0-2])(?:st|nd|rd|th) grade|year\s?(?:[1-9]|1[01]) (?:student|pupil)s?)(?![a-z\d])/gu,
];

const THAI_ADDRESS_BEFORE = /(?:\d|เลขที่|บ้าน|\/)\s?\S{0,4}\s?$/u;
const THAI_ADDRESS_AFTER = /^\s?(?:ต\.|ตำบล|บ้าน|ถ\.|ถนน|อ\.)/u;
/** "น้อง ม.2 บ้านเดียวกัน": a child word right before makes it a grade, whatever follows. */
const CHILD_BEFORE = /(?:น้อง|เด็ก|ลูก\S{0,4}|หลาน\S{0,4}|นักเรียน|ນ້ອງ|ເດັກ|ລູກ\S{0,4}|ນັກຮຽນ)\s?$/u;

export function findGrades(text: string): GradeMention[] {
  const found: GradeMention[] = [];
  for (const re of GRADE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (m[1] === 'ม' || m[1] === 'ມ') {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
        if (!CHILD_BEFORE.test(before) && (THAI_ADDRESS_BEFORE.test(before) || THAI_ADDRESS_AFTER.test(after))) continue;
      }
      found.push({ text: m[0].trim(), start: m.index });
    }
  }
  return found;
}
