import { LexiconSpec } from './lexicon';

/** People hidden in transport or crossing outside checkpoints (a concern; P1 when imminent). */
export const SMUGGLING: LexiconSpec = {
  id: 'smuggling',
  terms: {
    en: [
      'hidden',
      'hid(?:ing)? (?:in|under|inside|behind)',
      'conceal\\w*',
      'smuggl\\w*',
      'illegal(?:ly)? cross\\w*',
      'natural (?:crossing|channel|border crossing|route)',
      'cross(?:ed|ing)? (?:the )?(?:river|mekong|border) (?:at night|illegally|by boat)',
      'avoid(?:ing)? (?:the )?checkpoints?',
      'without (?:going through )?(?:the )?checkpoints?',
    ],
    th: ['ซ่อน', '=ซุก', 'ลักลอบ', 'ช่องทางธรรมชาติ', 'หลบหนีเข้าเมือง', 'ข้ามแดนผิดกฎหมาย', 'เลี่ยงด่าน', 'หลบด่าน', 'อำพราง'],
    lo: ['ລັກລອບ', 'ເຊື່ອງ', 'ຊ່ອງທາງທຳມະຊາດ', 'ຂ້າມແດນຜິດກົດໝາຍ'],
    my: ['ခိုးဝင်', 'တရားမဝင်…ဖြတ်ကူး', 'ဝှက်ထား', 'ပုန်း'],
  },
  exclude: { th: ['ซ่อนหา'], my: ['လျှို့ဝှက်'] },
};
