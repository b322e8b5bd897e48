import { LexiconSpec } from './lexicon';

/**
 * A person asking to be rescued themselves (policy: P1): "help me", "ช่วยหนูด้วย", "ကယ်ပါ",
 * "ຊ່ວຍຂ້ອຍແດ່", also relayed ("he asked us to get him out"). A bare "please help" from a third
 * party is weak: it does not count when the tip is otherwise an enquiry or a thank-you.
 */
export const SELF_RESCUE: LexiconSpec = {
  id: 'self-rescue',
  terms: {
    en: [
      'help me',
      'help us',
      'save me',
      'save us',
      'rescue (?:me|us)',
      'get (?:me|us) out',
      'come (?:and )?(?:get|save|rescue) (?:me|us)',
      "i (?:want|need) to (?:escape|get out|run away)",
      "i(?:'m| am) (?:trapped|being held|locked)",
      'sos',
      'chu?ai ?du?ai',
      'chuay ?duay',
      'help pl[sz]',
      'pl[sz] help',
      'help please',
      'asked (?:us |me |you )?to (?:get|bring) (?:her|him|them) out',
      'wants? to (?:escape|be rescued)',
    ],
    th: [
      'ช่วยด้วย',
      'ช่วย(?:หนู|ผม|ฉัน|เรา|พวกเรา|ข้อย|เค้า|ดิฉัน)(?:ด้วย|หน่อย|ที)?',
      'มาช่วย(?:หนู|ผม|ฉัน|เรา|ดิฉัน)',
      'ช่วยพา…ออก',
      'ช่วยพาออก',
      'พา(?:หนู|ผม|ฉัน|เรา)ออกไป',
      'อยากหนี',
      'ช่วยชีวิต',
      'ช่วยเหลือ(?:หนู|ผม|ฉัน|ดิฉัน)ด้วย',
      'ช่วยที',
    ],
    lo: ['ຊ່ວຍແດ່', 'ຊ່ວຍຂ້ອຍ', 'ຊ່ວຍນຳແດ່', 'ຊ່ວຍດ້ວຍ', 'ຊ່ວຍພວກເຮົາ', 'ຢາກໜີ', 'ພາຂ້ອຍອອກ', 'ຊ່ວຍເຫຼືອຂ້ອຍ'],
    my: ['ကယ်ပါ', 'ကယ်ကြပါ', 'ကယ်ပေးပါ', 'ကယ်တင်ပါ', 'ကယ်ကြ', 'ကူညီကြပါ', 'ထွက်ပြေးချင်'],
  },
  weak: {
    en: ['please help', 'need help', 'urgent help'],
    th: ['ขอความช่วยเหลือ', 'ช่วยเหลือด่วน', 'ช่วยหน่อย', 'อยากกลับบ้าน'],
    lo: ['ຂໍຄວາມຊ່ວຍເຫຼືອ', 'ຢາກກັບບ້ານ'],
    my: ['ကူညီပါ', 'အကူအညီ', 'အိမ်ပြန်ချင်'],
  },
};
