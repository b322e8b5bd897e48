import { LexiconSpec } from './lexicon';

/**
 * Forced work, forced begging, excessive hours, no rest (policy: "forced work", P2).
 * ILO: abusive working conditions and excessive overtime. Twelve hours a day or more counts.
 */
const LONG_DAY = '(?:1[2-9]|2[0-4])';

export const FORCED_LABOUR: LexiconSpec = {
  id: 'forced-labour',
  negatable: true,
  terms: {
    en: ['(?:work(?:s|ing|ed)?|held|kept|trapped|stuck|locked) (?:\\w+ ){0,3}?(?:in|at|for) (?:a |an |the )?scam (?:compound|cent(?:er|re)|company|building|gang|camp)s?', 
      'forced to (?:work|beg|sell|fish|labou?r|steal|scam|carry)',
      '(?:made|make|makes|making) (?:\\w+ ){0,2}?(?:work|beg) ',
      'forced labou?r',
      'begging',
      'beg(?:s)? (?:on|in|at|for)',
      `${LONG_DAY} ?(?:hours?|hrs?|h) (?:a|per|each|every) day`,
      `${LONG_DAY} ?(?:hours?|hrs?) daily`,
      'no days? off',
      'without (?:a )?(?:days? off|rest|break)',
      'day and night',
      'slave\\w*',
      'slavery',
      'child labou?r',
    ],
    th: ['ทำงาน(?:ให้|ใน|กับ)แก๊งคอล(?:เซ็นเตอร์)?', 'บังคับ(?:ให้)?(?:หลอก|โกง)', 'โดนใช้งานหนัก', 'ถูกใช้งานหนัก', 
      'ถูกบังคับ',
      'บังคับให้',
      'บังคับใช้แรงงาน',
      'ใช้แรงงานเด็ก',
      'ขอทาน',
      'ไม่มีวันหยุด',
      'ไม่ได้หยุด',
      'ไม่ได้พัก',
      'ทำงานทั้งวันทั้งคืน',
      `วันละ ?${LONG_DAY} ?(?:ชั่วโมง|ชม)`,
      `${LONG_DAY} ?(?:ชั่วโมง|ชม)\\.?(?:ต่อวัน|/วัน)`,
      '=ทาส',
      'แรงงานทาส',
    ],
    lo: ['ບັງຄັບໃຫ້', 'ຖືກບັງຄັບ', 'ຂໍທານ', 'ບໍ່ມີມື້ພັກ', `ມື້ລະ ?${LONG_DAY} ?ຊົ່ວໂມງ`, 'ຂ້າທາດ'],
    my: [
      'အတင်းအဓမ္မ',
      'အဓမ္မ…(?:လုပ်|ခိုင်း)',
      'အတင်း…ခိုင်း',
      'တောင်းရမ်း',
      'သူတောင်းစား',
      'ဖုန်းတောင်း',
      'နားရက်မရှိ',
      `တစ်(?:နေ့|ရက်) ?${LONG_DAY} ?နာရီ`,
      'ကျွန်ပြု',
      'ကျွန်အဖြစ်',
    ],
  },
  exclude: { th: ['บังคับใช้กฎหมาย'] },
};
