import { LexiconSpec } from './lexicon';

/**
 * Words for children (policy: "child/girl/boy/kid/teen where the text makes them minors"). Words
 * that are used for young adults too ("วัยรุ่น", "teens", "young", "girls", "หนู", "น้อง") are not
 * here: alone they do not set `minors`. Burmese "မိန်းကလေး" (girl, literally "female child") counts
 * as Thai "เด็กหญิง" and Lao "ເດັກຍິງ" do: the same story in Thai and Burmese must agree on children. Explicit ages and school grades are
 * read by minors/ages.ts and minors/grades.ts.
 */
export const CHILD_WORDS: LexiconSpec = {
  id: 'children',
  terms: {
    // Romanised Burmese: ကလေး "ka lay" (child), မလေး "ma lay" (little girl), ကောင်(မ)လေး "kaung (ma) lay" (boy, girl).
    en: ['k(?:h)?a ?lay', 'ma ?lay', 'kaung ?(?:ma ?)?lay', 'nyi ?ma ?lay', 'maung ?lay', 'kyaung (?:thu|thar|tha|thoo)', 
      'child',
      'children',
      'kids?',
      'minors',
      'a minor',
      'underage',
      'under-age',
      'under ?age',
      'little (?:girls?|boys?|ones)',
      'young (?:girls?|boys?|children|kids)',
      'small (?:girls?|boys?|children|kids)',
      'school ?(?:girls?|boys?|children|kids)',
      '(?:primary|elementary|middle|junior high) school',
      'babies',
      'baby',
      'infants?',
      'toddlers?',
      'boy',
      'teenage (?:girls?|boys?)',
      // "some look young" is the policy's "young" alone; "looks very young" and "looks underage" are not.
      'looks? (?:very |so |too )(?:young)',
      'looks? (?:very |so |too )?(?:underage|like a (?:child|kid))',
    ],
    th: [
      'เด็ก',
      'ด\\.ญ\\.?',
      'ด\\.ช\\.?',
      'ผู้เยาว์',
      'ทารก',
      'นักเรียน',
      'ยังไม่บรรลุนิติภาวะ',
      'อายุไม่ถึง ?18',
      'ต่ำกว่า ?18',
      'หน้าเด็ก',
      'ดูเด็กมาก',
    ],
    // ສາວນ້ອຍ "little girl", also typed without its tone mark.
    lo: ['ເດັກ', 'ເດັກນ້ອຍ', 'ສາວນ້ອຍ', 'ສາວນອຍ', 'ລູກນ້ອຍ', 'ນັກຮຽນ', 'ຜູ້ເຍົາ', 'ອາຍຸບໍ່ເຖິງ ?18', 'ຕ່ຳກວ່າ ?18'],
    // "-လေး" (little) on boy, girl, younger sister and brother makes a child, as Thai เด็ก does.
    my: ['မိန်းကလေး', 'ကောင်(?:မ)?လေး', 'ညီမလေး', 'မောင်လေး', 'ကလေး', 'သူငယ်', 'အရွယ်မရောက်', 'ကျောင်းသူ', 'ကျောင်းသား', 'ယောက်ျားလေး', '18 ?နှစ်အောက်', 'ကလေးငယ်'],
  },
  exclude: {
    // A friend; giving birth ("ကလေးမွေး", Thai "คลอดลูก" has no child word) is about the mother.
    my: ['သူငယ်ချင်း', 'ကလေး\\s?မွေး'],
    en: ['kidding', 'child ?care (?:centre|center)', 'boy ?friend', 'boys? club', 'no kids'],
    th: [
      'เด็กเสิร์ฟ',
      'เด็กปั๊ม',
      'เด็กฝึกงาน',
      'เด็กเอ็น',
      'เด็กดริ้งค์',
      'เด็กนั่งดริ้งค์',
      'เด็กวัด',
      'นักเรียนนักศึกษา',
      'นักเรียนทุน',
      'อดีตนักเรียน',
      'ตอนเด็ก',
      'สมัยเด็ก',
    ],
    lo: ['ເດັກເສີບ'],
  },
};
