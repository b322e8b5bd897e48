import { LexiconSpec } from './lexicon';

/**
 * Intimidation and threats short of a threat to life: threats to report a worker to the police or
 * immigration, to deport, to harm the family (policy: an adult exploitation indicator, P2).
 */
export const INTIMIDATION: LexiconSpec = {
  id: 'intimidation',
  negatable: true,
  terms: {
    en: [
      'threat(?:en|ened|ening|ens|s)?',
      'intimidat\\w*',
      '(?:report|hand|turn) (?:\\w+ ){0,2}?(?:in )?to (?:the )?(?:police|immigration|authorities)',
      'call(?:ing)? the (?:police|immigration) on',
      'have (?:her|him|them|me|us) (?:arrested|deported)',
      'blackmail\\w*',
    ],
    th: ['ขู่', 'ข่มขู่', 'แบล็[กค]เมล', 'จะแจ้งตำรวจ', 'แจ้งตำรวจจับ', 'ส่งตำรวจจับ', 'จะส่ง(?:ตัว)?กลับ', 'ข่มเหง'],
    lo: ['ຂູ່', 'ນາບຂູ່', 'ຂົ່ມຂູ່', 'ແຈ້ງຕຳຫຼວດ'],
    my: ['ခြိမ်းခြောက်', 'ရဲ…တိုင်', 'ရဲကိုအပ်', 'ဖမ်းခိုင်း'],
  },
  // "where should I report it to the police?": a question, not a threat.
  exclude: {
    my: ['တိုင်ရမလဲ', 'ဘယ်…တိုင်'],
    th: ['แจ้งความที่ไหน', 'ไปแจ้งความ(?:ได้)?(?:ที่)?ไหน', 'ต้องแจ้งตำรวจ(?:ที่)?ไหน'],
    lo: ['(?:ຕ້ອງ)?ແຈ້ງຕຳຫຼວດ(?:ຢູ່)?ບ່ອນໃດ', 'ຕ້ອງແຈ້ງຕຳຫຼວດ'],
  },
};
