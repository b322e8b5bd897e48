import { LexiconSpec } from './lexicon';

/**
 * Hearsay lowers an adult case from P2 to P3 (policy: "vague or past information"); past events,
 * or a person already safe, lower an adult P1 or P2 to P3 as well. Neither applies when the text
 * also says it is still going on ("still", "now", "ตอนนี้ยัง"), nor to imminent movement and rescue
 * requests, where a wrong guess costs too much. A child's case is lowered only when the child is
 * said to be safe now (SAFE_NOW), not merely because it began in the past.
 */
export const HEARSAY: LexiconSpec = {
  id: 'hearsay',
  terms: {
    en: ['a friend (?:told|said)', "(?:didn't|did not|hasn't|has not|haven't) see(?:n)? (?:it )?(?:myself|himself|herself)", 'not sure (?:if|whether)', "(?:don't|do not) know (?:if|whether)", 'heard (?:that|about|from|of|rumou?rs?)', 'rumou?rs?', 'people say', 'someone told me'],
    th: ['เพื่อนเล่าว่า', 'ได้ยินต่อ(?:กัน)?มา', 'ไม่รู้ว่าใคร', 'ได้ยินมาจาก', 'ไม่ได้เห็นเอง', 'ไม่รู้ว่า…(?:หรือเปล่า|หรือไม่)', 'ไม่แน่ใจ', 'ได้ยิน(?:มา)?ว่า', 'ข่าวลือ', 'ลือกันว่า', 'เขาลือ', 'เขาว่ากันว่า'],
    lo: ['ໝູ່ເລົ່າວ່າ', 'ໄດ້ຍິນ(?:ຈາກ|ມາ)', 'ບໍ່ໄດ້ເຫັນເອງ', 'ບໍ່ຮູ້ວ່າ…ຫຼືບໍ່', 'ບໍ່ແນ່ໃຈ', 'ໄດ້ຍິນວ່າ', 'ຂ່າວລື'],
    my: ['ကြားဖူး', 'ပြောပြတယ်', 'မသေချာ', 'ကြားတယ်', 'ကြားရ', 'ကောလာဟလ'],
  },
};

export const PAST_OR_RESOLVED: LexiconSpec = {
  id: 'past-or-resolved',
  terms: {
    en: ['(?:police )?raided', '(?:was|were|got|been) shut down', 'in (?:19|20)\\d\\d', 'last (?:year|month)', '(?:years|months) ago', 'used to', 'in the past', 'a while ago', 'back in \\d{4}'],
    th: ['ตำรวจ(?:บุก|เข้า)(?:ค้น|จับ|ทลาย)?', 'ตำรวจทลาย', 'ถูกปิด(?:ไป)?แล้ว', 'ตอนปี ?(?:25|20)\\d\\d', 'เมื่อ ?\\d+ ?ปี(?:ที่แล้ว|ก่อน)', 'ปีที่แล้ว', 'ปีก่อน', 'เดือนที่แล้ว', 'เมื่อหลายปี', 'สมัยก่อน'],
    lo: ['ຕອນປີ ?(?:25|20)\\d\\d', 'ເຄີຍຖືກ', 'ປີກ່ອນ', 'ປີກາຍ', 'ເດືອນກ່ອນ'],
    my: ['လွန်ခဲ့တဲ့ ?(?:နှစ်|လ)', 'ရဲ(?:ဝင်)?ဖမ်း', 'ပိတ်သွားပြီ', 'မနှစ်က', 'ဟိုတုန်းက'],
  },
};

/** A year or more ago: an old story, even about a child, is a case to look into (P3), not a dispatch. */
export const LONG_AGO: LexiconSpec = {
  id: 'long-ago',
  terms: {
    // Romanised Burmese "hnit hnit laung ka" (two years ago), "a yin ka" (formerly).
    en: ['(?:\\d+|two|three|four|five|several|many|a few|some) years (?:ago|back)', 'hnit (?:\\w+ )?(?:laung|loung|lone|lon) ka', 'last year', 'back in (?:19|20)\\d\\d', 'in (?:19|20)\\d\\d'],
    th: ['ปีที่แล้ว', 'ปีก่อน', 'เมื่อหลายปี', 'สมัยก่อน', 'ตอนปี ?(?:25|20)\\d\\d', 'เมื่อ ?\\d+ ?ปี(?:ที่แล้ว|ก่อน)', '\\d+ ?ปีก่อน'],
    lo: ['ປີກາຍ', 'ປີກ່ອນ', 'ຕອນປີ ?(?:25|20)\\d\\d', '\\d+ ?ປີກ່ອນ'],
    my: ['မနှစ်က', 'လွန်ခဲ့တဲ့ ?(?:\\d+ ?)?နှစ်', 'ဟိုတုန်းက', 'နှစ်ပေါင်းများစွာ'],
  },
};

/** The person is out of danger now: lowers even a child's case (to P3: follow-up, not a dispatch). */
export const SAFE_NOW: LexiconSpec = {
  id: 'safe-now',
  terms: {
    en: ['(?:now )?(?:at|in) (?:the )?(?:\\w+ ){0,2}police station', 'with our (?:staff|team)', 'safe[.!]', 
      '(?:is|are|now) (?:safe|home|back home)',
      '(?:safe|home|fine) now',
      'escaped',
      'was rescued',
      'got out',
      'came (?:back|home)',
      'back (?:home|in school|at school|with (?:her|his|their|my) (?:family|parents|mother|mom|mum))',
    ],
    th: ['อยู่กับ(?:ตำรวจ|เจ้าหน้าที่)', 'อยู่ที่(?:สถานี)?ตำรวจ', 'อยู่สถานีตำรวจ', 'ปลอดภัย(?:แล้ว|ดี)', 'กลับบ้านแล้ว', 'หนี(?:ออก|กลับ)มาได้', 'ออกมาได้แล้ว', 'ช่วยออกมาได้แล้ว', 'กลับมาอยู่บ้าน'],
    lo: ['ປອດໄພແລ້ວ', 'ປອດໄພດີ', 'ກັບບ້ານແລ້ວ', 'ໜີ(?:ອອກ|ກັບ)ມາໄດ້'],
    my: ['ဘေးကင်း', 'ထွက်လာပြီး?', 'ထွက်လာပြီ', 'အဆင်ပြေနေပြီ', 'လွတ်လာ', 'ထွက်ပြေးလာ', 'လုံခြုံစွာ', 'လုံခြုံ(?:ပါ)?(?:တယ်|နေပြီ)', 'ဘေးကင်းပြီ', 'ဘေးကင်းပါတယ်', 'လွတ်မြောက်', 'ပြန်ရောက်'],
  },
};

export const STILL_GOING_ON: LexiconSpec = {
  id: 'still-going-on',
  terms: {
    en: ["(?:haven't|have not|hasn't|has not) heard from", 'no contact', 'missing', "can't (?:reach|contact)", 'still', 'currently', 'right now', 'at the moment', 'today', 'tonight', 'every (?:day|night)'],
    th: ['ติดต่อไม่ได้', 'หายตัว', 'ขาดการติดต่อ', 'ตอนนี้ยัง', 'ยังอยู่', 'ยังถูก', 'ยังโดน', 'ขณะนี้', 'ปัจจุบัน', 'วันนี้', 'คืนนี้', 'ทุกวัน', 'ทุกคืน'],
    lo: ['ຕິດຕໍ່ບໍ່ໄດ້', 'ຫາຍຕົວ', 'ຍັງຢູ່', 'ປັດຈຸບັນ', 'ມື້ນີ້', 'ທຸກມື້'],
    // "ကျွန်မ ... အိမ်ဖော်လုပ်နေတယ်": I am working there now, so "safe" is about this call, not the case.
    my: ['ရှိသေး', 'သေးတယ်', 'ဆက်သွယ်လို့မရ', 'ပျောက်နေ', 'နေဆဲ', 'ဒီနေ့', 'ဒီည', 'နေ့တိုင်း', 'လုပ်နေ(?:တယ်|ပါတယ်|ရတယ်|ဆဲ)'],
  },
  // "the man who took her is still around": the recruiter is still there, not the case;
  // "the company still has his passport": the papers are still held, the person is not.
  // "don't know if they are still there": an open question about an old story, not news that it goes on.
  exclude: {
    th: ['ยังอยู่แถว', 'ไม่(?:รู้|ทราบ)ว่า\\s?(?:ตอนนี้)?\\s?ยัง', 'ยัง(?:อยู่|มี)(?:ไหม|มั้ย|รึเปล่า|หรือเปล่า|หรือไม่)\\s?(?:ไม่รู้|ไม่ทราบ)'],
    en: ['still around', 'still (?:has|have|keeps|holds) (?:his|her|their|my|the)', "(?:don'?t|do not|not sure|no idea|dunno)(?: know)? (?:if|whether) (?:\\w+ ){0,3}?still"],
    lo: ['ບໍ່ຮູ້ວ່າ\\s?(?:ດຽວນີ້)?\\s?ຍັງ', 'ຍັງຢູ່ບໍ່\\s?ບໍ່ຮູ້'],
    my: ['ရှိသေးလား\\s?မသိ'],
  },
};

/** A person got away from their exploiters: a past case to follow up (P3), never "not trafficking". */
export const ESCAPED: LexiconSpec = {
  id: 'escaped',
  terms: {
    en: [
      'escaped',
      'ran away from (?:the |a |an |her |his |their |my )?(?:\\w+ )?(?:employer|boss|owner|factory|farm|karaoke|shop|bar|massage|brothel|compound|house|boat|agent|broker)',
      'got out of (?:the |a |an )?(?:\\w+ )?(?:compound|karaoke|bar|brothel|massage|factory|farm|boat)',
      'was rescued',
      'were rescued',
    ],
    th: ['หนี(?:ออก|กลับ)มา', 'หนีรอด', 'ถูกช่วยออกมา', 'ช่วยออกมาได้'],
    lo: ['ໜີ(?:ອອກ|ກັບ)ມາ', 'ໜີລອດ', 'ຖືກຊ່ວຍອອກມາ'],
    my: ['လွတ်လာ', 'ထွက်ပြေးလာ', 'လွတ်မြောက်', 'ကယ်ထုတ်'],
  },
};
