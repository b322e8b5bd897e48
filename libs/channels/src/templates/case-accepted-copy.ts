/** Languages the public is answered in (as their receipts): Thai, Burmese, Lao, English. */
export type PublicLanguage = 'th' | 'my' | 'lo' | 'en';

export function publicLanguage(language: string | null | undefined): PublicLanguage {
  const primary = language?.toLowerCase().split(/[-_]/)[0];
  return primary === 'my' || primary === 'lo' || primary === 'en' ? primary : 'th';
}

/**
 * What a member of the public hears when a responder accepted their case: the case reference and
 * that a team is responding, never who (a name could reach the wrong phone). One SMS segment or two.
 */
export const CASE_ACCEPTED_COPY: Record<PublicLanguage, (ref: string) => string> = {
  th: (ref) => `เรื่อง ${ref}: มีทีมกำลังออกช่วยเหลือแล้ว หากมีอะไรเปลี่ยนแปลง ตอบกลับที่นี่ได้`,
  my: (ref) => `အမှု ${ref}: အဖွဲ့တစ်ဖွဲ့ ကူညီရန် လာနေပါပြီ။ တစ်ခုခုပြောင်းလဲရင် ဒီမှာ ပြန်ပို့ပါ။`,
  lo: (ref) => `ເລື່ອງ ${ref}: ມີທີມກຳລັງອອກໄປຊ່ວຍແລ້ວ. ຖ້າມີຫຍັງປ່ຽນແປງ ຕອບກັບທີ່ນີ້ໄດ້.`,
  en: (ref) => `Case ${ref}: a team is responding. Reply here if anything changes.`,
};

export function caseAcceptedText(language: string | null | undefined, caseRef: string): string {
  return CASE_ACCEPTED_COPY[publicLanguage(language)](caseRef);
}
