import { LexiconSpec } from './lexicon';

/**
 * Not allowed to leave, guarded, phone taken away (policy: P2, "not allowed to leave short of
 * confinement"). ILO: restriction of movement and isolation.
 */
export const RESTRICTION_OF_MOVEMENT: LexiconSpec = {
  id: 'restriction-of-movement',
  terms: {
    en: [
      "(?:not|never|n't) (?:be(?:en)? |being )?(?:allowed|permitted|able) (?:to )?(?:leave|go out|go outside|go home|out|outside|return home|contact|call|use (?:a|the|her|his|their) phone)",
      "(?:doesn't|does not|don't|do not|didn't|did not|won't|will not|never) let (?:\\w+ ){0,2}?(?:leave|go|out)",
      "can(?:not|'t|t) (?:leave|go out|go home|get away|escape|contact)",
      'before (?:she|he|they|i|we) can (?:leave|go)',
      'forbidden (?:to|from) (?:leave|leaving|go|going)',
      'guarded',
      'under guard',
      'watched (?:all the time|day and night|24)',
      '(?:took|take|takes|taken|taking|confiscat\\w*|kept|keeps|keep|holds?|held) (?:away )?(?:(?:her|his|their|my|our|the) )?(?:phones?|mobiles?)',
      '(?:phone|phones|mobile) (?:was |were )?(?:taken|confiscated|kept)',
      'no phone',
      'isolated',
      'cut off from',
      'never (?:allowed|leaves?)',
    ],
    th: [
      'ไม่(?:ยอม)?ให้(?:ออก|ไป|กลับ|ติดต่อ|ใช้โทรศัพท์|ใช้มือถือ|เจอ)',
      'ห้าม(?:ออก|ไป|กลับ|ติดต่อ|ใช้โทรศัพท์|ใช้มือถือ)',
      'ออก(?:ไป|มา)?(?:ไหน|ข้างนอก)?ไม่ได้',
      'กลับบ้านไม่ได้',
      'ไปไหนไม่ได้',
      'หนีไม่ได้',
      'ติดต่อ(?:ใคร|ครอบครัว|ที่บ้าน|ญาติ)ไม่ได้',
      'คอยคุม',
      'คุมตัว',
      'ควบคุมตัว',
      'มีคน(?:คุม|เฝ้า)',
      'คอยเฝ้า',
      'เฝ้าไว้',
      '(?:ยึด|เอา|ริบ)…(?:โทรศัพท์|มือถือ)',
      'ไม่ให้ใช้(?:โทรศัพท์|มือถือ)',
    ],
    lo: [
      'ບໍ່ໃຫ້(?:ອອກ|ໄປ|ກັບ|ຕິດຕໍ່)',
      'ຫ້າມ(?:ອອກ|ໄປ|ກັບ)',
      'ອອກ(?:ໄປ)?ບໍ່ໄດ້',
      'ກັບບ້ານບໍ່ໄດ້',
      'ໜີບໍ່ໄດ້',
      'ຄອຍເຝົ້າ',
      'ມີຄົນເຝົ້າ',
      '(?:ຍຶດ|ເອົາ)…ໂທລະສັບ',
    ],
    my: [
      'အပြင်…မထွက်ရ',
      'ထွက်ခွင့်မ(?:ပေး|ရ)',
      'ပြန်ခွင့်မ(?:ပေး|ရ)',
      'မထွက်ရ',
      'ထွက်လို့မရ',
      'ပြန်လို့မရ',
      'ဖုန်း…(?:ယူ|သိမ်း)',
      'စောင့်ကြပ်',
      'အစောင့်',
    ],
  },
  exclude: { th: ['ออกไม่ได้ว่า'] },
};
