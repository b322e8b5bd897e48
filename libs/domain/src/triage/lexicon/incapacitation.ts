import { LexiconSpec } from './lexicon';

/**
 * Incapacitation: drugged, unconscious, too weak to stand or walk (a strong indicator: a person who
 * cannot resist or call for help). Counted, like violence, only in an exploitation setting: a
 * drunk uncle who passed out is not a trafficking case.
 */
export const INCAPACITATION: LexiconSpec = {
  id: 'incapacitation',
  negatable: true,
  terms: {
    en: ["(?:can't|cannot|can not|could not|couldn't) breathe", 'suffocat\\w*', 'say ?(?:khat|khet|kat)', 'tha ?ti ?(?:lit|let)', 
      'drugg(?:ed|ing)',
      '(?:look|looks|looked|looking|seem|seems|seemed) (?:\\w+ )?(?:drugged|sedated|out of it|high|dazed|unconscious)',
      'sedat(?:ed|ives?)',
      'spiked (?:drinks?|her|his|their)',
      'unconscious',
      'semi[- ]?conscious',
      'half[- ]?conscious',
      'passed out',
      'knocked out',
      'not (?:moving|responding|waking up|breathing)',
      "(?:can(?:not|'t|t)|couldn't|could not) (?:stand|walk|wake)",
      'barely (?:conscious|awake|walk\\w*|stand\\w*|breathing)',
      'carried (?:her|him|them) (?:out|in|to|into|onto)',
      // Something put in a drink or food that left them sleepy or dizzy: drugged, said in other words.
      'put something in (?:\\w+ )?(?:water|drinks?|food|tea|coffee|beer)',
      '(?:drink|water|food|tea|coffee|beer) (?:\\w+ )?made (?:her|him|them|me|us|everyone) (?:\\w+ )?(?:sleepy|dizzy|drowsy|weak|faint)',
      '(?:sleepy|drowsy|dizzy) (?:all day|all the time|after (?:drinking|eating))',
      '(?:can(?:not|\'t|t)|could not|couldn\'t) walk straight',
      'beaten unconscious',
    ],
    th: ['หายใจไม่ออก', 'ขาดอากาศ', 
      'มอมยา',
      'ถูกวางยา',
      'โดนวางยา',
      'วางยา',
      'เหมือน(?:โดน|ถูก)?(?:วาง|มอม)ยา',
      'เหมือนเมายา',
      'ยาสลบ',
      'หมดสติ',
      'ไม่ได้สติ',
      'สลบ',
      'ไม่รู้สึกตัว',
      'เดินไม่ไหว',
      'ยืนไม่ไหว',
      'ยืนไม่ได้',
      'อุ้ม(?:ขึ้น|ใส่|ไป)',
      // A drink or food that made them sleepy or dizzy; walking unsteadily.
      '(?:กิน|ดื่ม)(?:น้ำ|ข้าว|เหล้า|เบียร์)?…แล้ว(?:ง่วง|มึน|เบลอ|หลับ|ไม่รู้สึกตัว)',
      'เดินไม่ตรง',
      'เดินเซ',
    ],
    // ເມົາຢາ "drug-drunk", walking unsteadily, a drink that made them sleepy or dizzy.
    lo: ['ເມົາຢາ', 'ຍ່າງບໍ່ຊື່', 'ຍ່າງໂຊເຊ', '(?:ກິນ|ດື່ມ)…ແລ້ວ(?:ງ່ວງ|ມຶນ|ເຫງົາ|ນອນຫຼັບ|ສະຫຼົບ|ບໍ່ຮູ້ສຶກຕົວ)', 'ໝົດແຮງ', 'ສະຕິບໍ່ດີ', 'ຫາຍໃຈບໍ່ອອກ', 'ຖືກວາງຢາ', 'ວາງຢາ', 'ມອມຢາ', 'ເໝືອນ(?:ຖືກ)?ວາງຢາ', 'ສະຫຼົບ', 'ສະລົບ', 'ໝົດສະຕິ', 'ບໍ່ຮູ້ສຶກຕົວ', 'ຍ່າງບໍ່ໄຫວ', 'ຍ່າງບໍ່ໄດ້'],
    // Fainted, senseless, a drink that made them sleepy or dizzy; romanised "say khat" (drugged), "tha ti lit" (unconscious) are in en.
    my: ['သတိမေ့', 'မေ့မြော', 'သတိမရှိ', 'သောက်…(?:ပြီး|ပြီးတော့|ရင်)\\s?(?:အိပ်ချင်|ခေါင်းမူး|မူး|အိပ်ပျော်)', 'ဆေးခပ်', 'မျက်လုံး…မဖွင့်နိုင်', 'အသက်ရှူ(?:ကျပ်|မရ|မဝ)', 'ဆေးခတ်', 'သတိလစ်', 'သတိမရ', 'မေ့ဆေး', 'လမ်းမလျှောက်နိုင်', 'မတ်တပ်(?:တောင်|ပင်)?\\s?မရပ်နိုင်', 'ထမ်းသွား'],
  },
  exclude: {
    en: ['drugging (?:test|dog)s?'],
    th: ['วางยาฆ่า', 'สลบเหมือด'],
  },
};

/** A drink or food someone gave that left them sleepy or dizzy: drugged, said in other words. */
const GIVEN_DRINK = {
  en: ["(?:drinks?|water|food|tea|coffee|beer) (?:that )?(?:they|he|she|the \\w+) gave (?:\\w+ ){0,4}?(?:sleepy|dizzy|drowsy|passed out|unconscious)"],
  th: ['(?:น้ำ|ข้าว|เครื่องดื่ม|เหล้า|เบียร์|อาหาร|ขนม)ที่(?:เขา|นายจ้าง|เถ้าแก่|นายหน้า|คนนั้น|หัวหน้า|เจ้าของ)?(?:ให้|เอามาให้)…(?:ง่วง|มึน|เบลอ|หลับ|สลบ|ไม่รู้สึกตัว)'],
  lo: ['(?:ນ້ຳ|ເຂົ້າ|ເຫຼົ້າ|ເບຍ|ອາຫານ)ທີ່(?:ເຂົາ|ນາຍຈ້າງ|ເຖົ້າແກ່|ນາຍໜ້າ|ເຈົ້າຂອງ)?ໃຫ້…(?:ງ່ວງ|ມຶນ|ສະຫຼົບ|ນອນຫຼັບ|ບໍ່ຮູ້ສຶກຕົວ)'],
  my: ['ပေးတဲ့…(?:သောက်|စား)…(?:အိပ်ချင်|မူး|သတိလစ်|သတိမေ့)'],
};

/** Drugged by someone (not just unconscious): a crime against the person, an exploitation setting by itself. */
export const DRUGGING: LexiconSpec = {
  id: 'drugging',
  negatable: true,
  terms: {
    en: ['drugg(?:ed|ing)', 'spiked (?:drinks?|her|his|their)', ...GIVEN_DRINK.en, 'sedated', 'put something in (?:\\w+ )?(?:water|drinks?|food|tea|coffee|beer)', 'say ?(?:khat|khet|kat)'],
    th: [...GIVEN_DRINK.th, 'มอมยา', 'ถูกวางยา', 'โดนวางยา', 'วางยา', 'เหมือน(?:โดน|ถูก)?(?:วาง|มอม)?ยา', 'ยาสลบ'],
    lo: [...GIVEN_DRINK.lo, 'ຖືກວາງຢາ', 'ວາງຢາ', 'ມອມຢາ', 'ເໝືອນ(?:ຖືກ)?ວາງຢາ', 'ເມົາຢາ'],
    my: [...GIVEN_DRINK.my, 'ဆေးခတ်', 'ဆေးခပ်', 'မေ့ဆေး'],
  },
};
