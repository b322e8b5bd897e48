import { LexiconSpec } from './lexicon';

/**
 * Hearsay lowers an adult case from P2 to P3 (policy: "vague or past information"); past events,
 * or a person already safe, lower an adult P1 or P2 to P3 as well. Neither applies when the text
 * also says it is still going on ("still", "now", "ตอนนี้ยัง"), nor to children or to imminent
 * movement and rescue requests, where a wrong guess costs too much.
 */
export const HEARSAY: LexiconSpec = {
  id: 'hearsay',
  terms: {
    en: ['heard (?:that|about|from|of|rumou?rs?)', 'rumou?rs?', 'people say', 'someone told me'],
    th: ['ได้ยิน(?:มา)?ว่า', 'ข่าวลือ', 'ลือกันว่า', 'เขาลือ', 'เขาว่ากันว่า'],
    lo: ['ໄດ້ຍິນວ່າ', 'ຂ່າວລື'],
    my: ['ကြားတယ်', 'ကြားရ', 'ကောလာဟလ'],
  },
};

export const PAST_OR_RESOLVED: LexiconSpec = {
  id: 'past-or-resolved',
  terms: {
    en: [
      'last (?:year|month)', '(?:years|months) ago', 'used to', 'in the past', 'a while ago', 'back in \\d{4}',
      '(?:is|are|now) (?:safe|home|back home|fine|ok)', '(?:safe|home|fine) now', 'escaped', 'was rescued', 'got out',
    ],
    th: [
      'ปีที่แล้ว', 'ปีก่อน', 'เดือนที่แล้ว', 'เมื่อหลายปี', 'สมัยก่อน', 'ปลอดภัยแล้ว', 'กลับบ้านแล้ว', 'หนีออกมาได้', 'ออกมาได้แล้ว',
      'ช่วยออกมาได้แล้ว',
    ],
    lo: ['ປີກາຍ', 'ເດືອນກ່ອນ', 'ປອດໄພແລ້ວ', 'ກັບບ້ານແລ້ວ', 'ໜີອອກມາໄດ້'],
    my: ['မနှစ်က', 'ဟိုတုန်းက', 'တုန်းက', 'ဘေးကင်းပြီ', 'လွတ်မြောက်'],
  },
};

export const STILL_GOING_ON: LexiconSpec = {
  id: 'still-going-on',
  terms: {
    en: ['still', 'currently', 'right now', 'at the moment', 'today', 'tonight', 'every (?:day|night)'],
    th: ['ตอนนี้ยัง', 'ยังอยู่', 'ยังถูก', 'ยังโดน', 'ขณะนี้', 'ปัจจุบัน', 'วันนี้', 'คืนนี้', 'ทุกวัน', 'ทุกคืน'],
    lo: ['ຍັງຢູ່', 'ປັດຈຸບັນ', 'ມື້ນີ້', 'ທຸກມື້'],
    my: ['နေဆဲ', 'ဒီနေ့', 'ဒီည', 'နေ့တိုင်း'],
  },
};
