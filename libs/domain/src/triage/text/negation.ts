import { scriptOf } from './language';

/**
 * Whether a matched term is negated ("ไม่ได้ถูกขัง" not locked up, "wasn't beaten", "ບໍ່ໄດ້ຖືກຂັງ",
 * Burmese "မ…ဘူး"). Terms that are negative by themselves ("ไม่ให้ออก" not allowed out) carry the
 * negator inside the term, so only what comes before (or, in Burmese, around) the term is looked at.
 */
const THAI_NEGATION = /(?:ไม่|มิ|ปราศจาก)(?:ใช่|ได้|เคย|ค่อย)?(?:บอก|พูด|เห็น)?(?:ว่า)?(?:มี(?:ใคร|การ|คน)?)?(?:ได้)?(?:ถูก|โดน)?\s?$/;
/** "ไม่มีใครถูกขังหรือทำร้าย": the second of two negated terms joined by "หรือ". */
const THAI_NEGATED_LIST = /(?:ไม่มีใคร|ไม่ได้|ไม่เคย)(?:ถูก|โดน)?\S{1,10}หรือ(?:ถูก|โดน)?\s?$/;
const LAO_NEGATION = /(?:ບໍ່|ບໍ)(?:ແມ່ນ|ໄດ້|ເຄີຍ)?(?:ມີ(?:ໃຜ|ການ|ຄົນ)?)?(?:ໄດ້)?(?:ຖືກ)?\s?$/;
// The words between a negator and the term never include a conjunction: "cannot quit until debt paid" negates quitting, not the debt.
const ENGLISH_NEGATION =
  /(?:^|[^a-z'])(?:not|no|never|nobody|none|neither|nor|without|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|won't|cannot|can't|no one)(?:\s+(?!(?:until|because|but|and|so|unless|if|when|before|after|till)\b)[a-z']+){0,2}\s*$/;
const BURMESE_AFTER_NEGATION = /^[^\s။]{0,8}(?:ဘူး|ပါဘူး)|^\s?(?:တာ|တဲ့)?\s?(?:မဟုတ်|မရှိ)/;

export function isNegated(text: string, start: number, end: number): boolean {
  const script = scriptOf(text[start] ?? '') ?? 'en';
  const before = text.slice(Math.max(0, start - 24), start);
  switch (script) {
    case 'th':
      return THAI_NEGATION.test(before) || THAI_NEGATED_LIST.test(before);
    case 'lo':
      return LAO_NEGATION.test(before);
    case 'my': {
      const after = text.slice(end, end + 14);
      if (/^\s?(?:တာ|တဲ့)?\s?(?:မဟုတ်|မရှိ)/.test(after)) return true;
      return /မ\s?$/.test(before) && BURMESE_AFTER_NEGATION.test(after);
    }
    default:
      return ENGLISH_NEGATION.test(text.slice(Math.max(0, start - 40), start));
  }
}
