import { LexiconSpec } from './lexicon';

/**
 * A person asking to be rescued themselves (policy: P1): "save me", "ช่วยหนูด้วย", "ຊ່ວຍຂ້ອຍແດ່",
 * "ကျွန်မကို ကယ်ပါ", also relayed ("he asked us to get him out", "ขอให้ช่วยพาออกมา"). These name
 * the person to rescue, so they count as they are.
 */
export const SELF_RESCUE: LexiconSpec = {
  id: 'self-rescue',
  terms: {
    en: [
      'save (?:me|us)',
      'rescue (?:me|us)',
      'get (?:me|us) out',
      'come (?:and )?(?:get|save|rescue|take|fetch) (?:me|us)',
      "i (?:want|need) to (?:escape|get out|run away)",
      "i(?:'m| am) (?:trapped|being held|locked|held)",
      'asked (?:us |me |you )?to (?:get|bring) (?:her|him|them) out',
      'wants? to (?:escape|be rescued)',
      // "pls come pick me up", "get me outta here"; romanised Burmese "lar khaw par" (come and fetch).
      'come (?:and )?pick (?:me|us) up',
      'get (?:me|us) outta',
      '(?:ngar|kyama|kyanaw|kyun ?daw|kyun ?ma) (?:ko )?(?:lar )?(?:khaw|kal|kae) (?:pay )?(?:par|pa|bar)',
    ],
    th: [
      'ช่วย(?:หนู|ผม|ฉัน|เรา|พวกเรา|ข้อย|ดิฉัน)(?:ด้วย|หน่อย|ที)?',
      'มาช่วย(?:หนู|ผม|ฉัน|เรา|ดิฉัน)',
      'ช่วยพา…ออก',
      'ช่วยพาออก',
      'พา(?:หนู|ผม|ฉัน|เรา)ออกไป',
      'อยากหนี',
      'ช่วยเหลือ(?:หนู|ผม|ฉัน|ดิฉัน)ด้วย',
      // "Come and get me" as a plea (a particle of asking: "a van will pick us up" is not one).
      'มารับ(?:หนู|ผม|ฉัน|เรา|พวกเรา|ดิฉัน|ข้อย)(?:ที|ด้วย|หน่อย|เถอะ|ออกไป)',
    ],
    // "Come and get me" as a plea (ມາຮັບຂ້ອຍແດ່, Burmese "ကျွန်မကို လာခေါ်ပါ"; "a van will pick us up" is not one), "take me out of here".
    lo: ['ຊ່ວຍຂ້ອຍ', 'ຊ່ວຍພວກເຮົາ', 'ຢາກໜີ', 'ພາຂ້ອຍອອກ', 'ຊ່ວຍເຫຼືອຂ້ອຍ', 'ມາຮັບ(?:ຂ້ອຍ|ພວກເຮົາ|ເຮົາ|ຂ້ານ້ອຍ)\\s?(?:ແດ່|ແນ່|ດ້ວຍ|ນຳ|ອອກ)', 'ຊ່ວຍພາ(?:ຂ້ອຍ|ພວກເຮົາ|ເຮົາ)ອອກ'],
    my: ['(?:ကျွန်မ|ကျွန်တော်|ကျွန်တော့်|ငါ|ကျွန်ုပ်)(?:တို့)?(?:ကို)? ?(?:ကယ်|(?:လာခေါ်|လာကယ်|ထုတ်)(?:ပေး)?(?:ပါ|ကြပါ))', '(?:ကယ်|လာခေါ်|ခေါ်)ထုတ်(?:ပေး)?(?:ပါ|ကြပါ)', 'ထွက်ပြေးချင်'],
  },
  /** "help me" is also how enquiries start: it counts unless the tip is an enquiry, thanks... */
  weak: { en: ['help me', 'help us'] },
};

/**
 * A bare cry for help ("ช่วยด้วย", "help pls", "ကယ်ပါ", "ຊ່ວຍແດ່") is self-rescue when the writer
 * speaks of themselves (first person, no relative or friend named), or when it is all the tip says.
 * A relative's "please help" about an adult case does not make it P1.
 */
export const RESCUE_CRY: LexiconSpec = {
  id: 'rescue-cry',
  terms: {
    en: ['ku ?nyi (?:pay )?(?:par|pa|bar)', 'kal (?:pay )?(?:kya )?(?:par|pa|bar)', 'kae (?:pay )?(?:par|pa)', 'sos', 'chu?ai ?du?ai', 'chuay ?duay', 'help pl[sz]', 'pl[sz] help', 'help please', 'please help', 'help!+', 'urgent help'],
    th: ['ช่วย(?:พวก)?(?:หนู|ผม|เรา|ฉัน|พี่|น้อง)(?:ด้วย|หน่อย|ที)', 'ช่วยด้วย', 'ช่วยที', 'ช่วยหน่อย'],
    lo: ['ຊ່ວຍ(?:ພວກ)?(?:ຂ້ອຍ|ເຮົາ|ນ້ອງ)(?:ແດ່|ນຳ|ດ້ວຍ)', 'ຊ່ວຍແດ່', 'ຊ່ວຍນຳແດ່', 'ຊ່ວຍດ້ວຍ'],
    my: ['ကူညီပါ', 'ကူညီကြပါ', 'ကူညီပေးပါ', 'ကယ်ပါ', 'ကယ်ကြပါ', 'ကယ်ပေးပါ', 'ကယ်တင်ပါ', 'ကယ်ကြ'],
  },
};

export const FIRST_PERSON: LexiconSpec = {
  id: 'first-person',
  terms: {
    // Not "my"/"our": they usually come before a relative ("my sister").
    en: ['i', "i'm", 'me', 'we', 'us', 'my (?:passport|id|phone|documents?|papers|boss|employer|room|wages?|salary)'],
    th: ['หนู', 'ผม', 'ฉัน', 'ดิฉัน', '=กู', 'ข้อย', '=เรา', 'พวกเรา'],
    lo: ['ຂ້ອຍ', 'ພວກເຮົາ', '=ເຮົາ', 'ຂ້າພະເຈົ້າ'],
    my: ['ကျွန်မ', 'ကျွန်တော်', 'ကျွန်တော့်', '=ငါ', 'ကျွန်ုပ်'],
  },
  exclude: { th: ['หนูน้อย'] },
};

export const THIRD_PARTY: LexiconSpec = {
  id: 'third-party',
  terms: {
    en: ['sister', 'brother', 'daughter', 'son', 'friend', 'cousin', 'neighbou?r', 'niece', 'nephew', 'wife', 'husband', 'mother', 'father', 'relative', 'there (?:is|are)', 'someone', 'a (?:man|woman|girl|boy)'],
    th: ['พี่สาว', 'น้องสาว', 'พี่ชาย', 'น้องชาย', 'ลูก', 'เพื่อน', 'หลาน', 'ญาติ', 'สามี', 'ภรรยา', 'เมีย', 'แฟน', 'มีคน', 'มีเด็ก', 'มีผู้หญิง'],
    lo: ['ນ້ອງສາວ', 'ນ້ອງຊາຍ', 'ອ້າຍ', 'ເອື້ອຍ', 'ລູກ', 'ໝູ່', 'ຍາດ', 'ມີຄົນ', 'ມີເດັກ'],
    my: ['ညီမ', 'အစ်မ', 'အစ်ကို', '=ညီ', 'သူငယ်ချင်း', 'သမီး', '=သား', 'ဆွေမျိုး', 'အမေ', 'အဖေ'],
  },
  exclude: { th: ['ลูกค้า', 'ลูกจ้าง', 'ลูกน้อง', 'เพื่อนร่วมงาน'], lo: ['ລູກຄ້າ', 'ລູກຈ້າງ'] },
};
