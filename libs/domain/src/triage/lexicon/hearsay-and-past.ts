import { LexiconSpec } from './lexicon';

/**
 * Hearsay and past events lower an adult case from P2 to P3 (policy: "vague or past
 * information"), unless the text also says it is still going on ("still", "now", "ตอนนี้ยัง").
 */
export const HEARSAY_OR_PAST: LexiconSpec = {
  id: 'hearsay-or-past',
  terms: {
    en: ['heard (?:that|about|from|of|rumou?rs?)', 'rumou?rs?', 'last (?:year|month)', '(?:years|months) ago', 'used to', 'in the past', 'a while ago', 'people say'],
    th: ['ได้ยิน(?:มา)?ว่า', 'ข่าวลือ', 'ลือกันว่า', 'เขาลือ', 'ปีที่แล้ว', 'ปีก่อน', 'เดือนที่แล้ว', 'เมื่อหลายปี', 'สมัยก่อน', 'เขาว่ากันว่า'],
    lo: ['ໄດ້ຍິນວ່າ', 'ປີກາຍ', 'ເດືອນກ່ອນ', 'ຂ່າວລື'],
    my: ['ကြားတယ်', 'ကြားရ', 'မနှစ်က', 'ဟိုတုန်းက', 'တုန်းက', 'ကောလာဟလ'],
  },
};

export const STILL_GOING_ON: LexiconSpec = {
  id: 'still-going-on',
  terms: {
    en: ['now', 'still', 'currently', 'right now', 'at the moment', 'today', 'tonight'],
    th: ['ตอนนี้', 'ยังอยู่', 'ยังถูก', 'ยังโดน', 'ขณะนี้', 'ปัจจุบัน', 'วันนี้', 'คืนนี้'],
    lo: ['ຕອນນີ້', 'ຍັງຢູ່', 'ປັດຈຸບັນ', 'ມື້ນີ້'],
    my: ['အခု', 'နေဆဲ', 'ဒီနေ့', 'ဒီည'],
  },
};
