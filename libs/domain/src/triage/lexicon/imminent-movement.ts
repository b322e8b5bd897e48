import { LexiconSpec } from './lexicon';

/**
 * Imminent movement (policy: P1): people are about to be moved, taken across the border or handed
 * on ("tonight", "tomorrow", "now", "about to cross", "leaving"). It fires when a time word and a
 * movement word both occur, and the tip is about people being moved (a people word or another
 * indicator), or on a phrase that says both at once ("about to cross", "on the way").
 */
export const IMMINENT_TIME: LexiconSpec = {
  id: 'imminent-time',
  terms: {
    en: ['(?:\\d+|a few|few|two|five|ten) (?:minutes?|mins?) ago', 
      'tonight',
      'today',
      // Movement in progress: it is happening while the reporter writes.
      'just now',
      'right now',
      'as we speak',
      'being (?:loaded|smuggled|shipped|trafficked)',
      'at the (?:crossing|pier|border gate)',
      'tomorrow',
      'this (?:morning|afternoon|evening|night|weekend)',
      'soon',
      '(?:in|within) (?:an?|one|two|a few|few|\\d+) (?:hours?|minutes?|mins?|hrs?)',
      'later today',
      'at dawn',
      'tmr',
      'tmrw',
      '2nite',
      'tonite',
      // Romanised Burmese: ဒီည "di nya" (tonight), မနက်ဖြန် "mahnet phyan" (tomorrow), ယနေ့ "ya nay" (today).
      'd(?:i|ee) ?nya',
      'ma?h?n[ae]i?t ?(?:phyan|pyan|phan|hpyan)',
      'ya ?nay',
    ],
    th: ['เพิ่ง(?:เกิด|เห็น)', '\\d+ ?นาที(?:ที่แล้ว|ก่อน)', 'เมื่อกี้', 'เมื่อกี๊', 
      'คืนนี้',
      'วันนี้',
      'พรุ่งนี้',
      'พุ่งนี้',
      'เย็นนี้',
      'ค่ำนี้',
      'เช้านี้',
      'บ่ายนี้',
      'มะรืน',
      'อีกสักครู่',
      'อีกไม่กี่ชั่วโมง',
      'อีก ?\\d+ ?(?:ชั่วโมง|ชม|นาที)',
      'เร็วๆ ?นี้',
      'เร็ว ๆ นี้',
      'กำลังจะ',
      'ใกล้จะ',
    ],
    // "At" a clock time ("ຕອນ 2 ໂມງເຊົ້າ", Thai-style "ຕີ 2"; "from 6 to 10" is working hours), midnight, and the time words typed without tone marks.
    lo: ['ຕອນ\\s?\\d{1,2}\\s?ໂມງ(?:ເຊົ້າ|ແລງ|ຄ່ຳ|ກາງຄືນ)?', '=ຕີ\\s?(?:\\d|ໜຶ່ງ|ສອງ|ສາມ|ສີ່)', 'ທ່ຽງຄືນ', 'ຄືນນີ', 'ມື້ນີ', 'ມື້ອືນ', 'ມືອື່ນ', 'ແລງນີ', '\\d+ ?ນາທີ(?:ກ່ອນ|ທີ່ແລ້ວ)', 'ເມື່ອກີ້', 'ຫາກໍ່', 'ຄືນນີ້', 'ມື້ນີ້', 'ມື້ອື່ນ', 'ແລງນີ້', 'ເຊົ້ານີ້', 'ກຳລັງຈະ', 'ໄວໆ ?ນີ້', 'ມື້ຮື'],
    // "At" a clock time ("မနက် ၂ နာရီမှာ"; "from 5 to 11" is working hours), midnight; မနက်ဖန် is a common spelling of မနက်ဖြန်.
    my: ['(?:ည|မနက်|မိုးလင်းခါနီး)\\s?\\d{1,2}\\s?နာရီ(?:ခွဲ)?\\s?(?:မှာ|လောက်(?:မှာ)?|ကျရင်)', 'သန်းခေါင်', 'မနက်ဖန်', 'ဒီနေ့ည', '\\d+ ?မိနစ်(?:လောက်)?(?:က|ပဲ ?ရှိသေး)', 'ဒီည', 'ဒီနေ့', 'ယနေ့', 'မနက်ဖြန်', 'နက်ဖြန်', 'မကြာခင်', 'ဒီမနက်', 'ဒီညနေ', 'ယနေ့ည'],
  },
};

/**
 * "Now" describes a state as often as a departure ("ตอนนี้ติดต่อไม่ได้" cannot be reached now), so
 * it counts only right next to a movement word ("moving them now", "ตอนนี้กำลังพา").
 */
export const IMMINENT_NOW: LexiconSpec = {
  id: 'imminent-now',
  terms: {
    en: ['a ?khu', 'now', 'rn', 'atm', 'at the moment'],
    th: ['ตอนนี้', 'เดี๋ยวนี้', 'ขณะนี้', 'ด่วน'],
    lo: ['ຕອນນີ້', 'ດຽວນີ້', 'ຕອນນີ', 'ດຽວນີ'],
    my: ['အခု', 'ခုချက်ချင်း', 'အခုပဲ', '=ခု'],
  },
};

/** Ordinary journeys, to a doctor, to school, home or to safety: not people being moved. */
const ORDINARY_JOURNEYS = {
  en: [
      '(?:(?:being|be) )?(?:taken|taking|moved|sent|transported) (?:\\w+ ){0,2}?(?:back )?(?:to )?(?:the |a |an )?(?:\\w+ ){0,3}?(?:hospital|clinic|doctor|school|home|police station|shelter|safe house|temple|church)',
      'on (?:the|their) way (?:to|back to) (?:the |a )?(?:hospital|clinic|school|work|market|temple|church|home)',
  ],
  th: ['(?:กำลัง(?:จะ)?(?:ถูก)?(?:พา|ส่ง|ย้าย)|ขึ้น(?:รถ|กระบะ))…(?:โรงพยาบาล|รพ|หาหมอ|คลินิก|โรงเรียน|กลับบ้าน|บ้านพักเด็ก|สถานพักพิง)'],
  lo: ['(?:ກຳລັງ(?:ຈະ)?(?:ຖືກ)?(?:ພາ|ສົ່ງ)|ຂຶ້ນລົດ)…(?:ໂຮງໝໍ|ຫາໝໍ|ໂຮງຮຽນ|ກັບບ້ານ)'],
  my: ['(?:ဆေးရုံ|ဆေးခန်း|ကျောင်း)(?:ကို)?\\s?(?:ကားနဲ့)?\\s?ခေါ်သွား'],
};

export const MOVEMENT: LexiconSpec = {
  id: 'movement',
  terms: {
    en: ['load(?:s|ed|ing)? (?:\\w+ ){0,3}?off', '(?:go|going|take|taking) (?:to )?(?:the )?(?:sez|border|other side)', 'myit ?ku', 'khaw (?:lar|lah|twar|thwar)', '(?:across|over) to', 'to the (?:\\w+ ){0,2}side', 'across the (?:river|border|mekong|water)', 'to the other side', 
      'tak(?:e|es|en|ing)',
      'mov(?:e|es|ed|ing)',
      'cross(?:es|ed|ing)?',
      'transport\\w*',
      'ship(?:s|ped|ping)?',
      'smuggl\\w*',
      'leav(?:e|es|ing)',
      // "she left with a man", "they are on the bus to Bangkok": a departure that has begun.
      'left (?:with|for|to)',
      // "putting 4 girls, look 14-15, onto a long-tail": people going onto a vehicle, however the sentence runs.
      '(?:onto|into) (?:a |an |the )?(?:\\w+ )?(?:boat|long-?tail|speedboat|ferry|van|truck|pickup|pick-up|minibus|lorry)s?',
      'on (?:the|a) (?:\\w+ )?(?:bus|van|boat|truck|train|pickup|minibus) (?:to|for|across|towards?)',
      'go(?:es|ing)? (?:to|across|over|into)',
      'head(?:s|ed|ing)? (?:to|for|towards?)',
      'bring(?:s|ing)?',
      'send(?:s|ing)?',
      'sent',
      'pick(?:s|ed|ing)? (?:\\w+ )?up',
      'depart\\w*',
      'driv(?:e|es|ing|en)',
      'travel\\w*',
      'sold',
      'sell(?:s|ing)? (?:her|him|them)',
      // "being loaded into a boat": people handled like cargo are being moved.
      'load(?:s|ed|ing)? (?:\\w+ )?(?:into|onto|on|in)',
      'being loaded',
      // People handled like cargo: "packed into a pickup", "crammed onto a boat".
      '(?:pack|cram|stuff|shove|herd|push)(?:s|ed|ing)? (?:\\w+ )?(?:into|onto|in|on)',
      // Romanised Burmese ပို့ "po" (send) with a tense ending.
      'po (?:tal|tae|mal|mae|nay|nei|lite)',
    ],
    th: ['พา\\S{0,16}?ขึ้น(?:รถ|กระบะ|เรือ)', 'ลุยน้ำ', 'พา\\S{0,12}?ข้าม', 
      'พา…ไป',
      'พาข้าม',
      '=ข้าม',
      'ข้าม(?:ไป|มา|แดน|ฝั่ง|โขง|แม่น้ำ|ด่าน)',
      'ส่งตัว',
      'ส่งไป',
      'ขนคน',
      'ขนย้าย',
      'ย้าย',
      'เดินทาง',
      'ออกจาก',
      'มารับ',
      'ไปรับ',
      'รับตัว',
      'ขึ้นรถ',
      'ขึ้นเรือ',
      'ลงเรือ',
      'จะไป',
      'จะพา',
      'ถูกพา',
      'เอาตัวไป',
      'ขายให้',
      'ขายต่อ',
    ],
    lo: ['ພາ\\S{0,16}?ຂຶ້ນ(?:ລົດ|ເຮືອ)', 'ຂ້າມ(?:ໄປ|ມາ|ແດນ|ຝັ່ງ|ນ້ຳ|ຂອງ)', 'ຈະຂ້າມ', 'ພາ\\S{0,12}?ຂ້າມ', 'ພາ…ໄປ', 'ພາຂ້າມ', '=ຂ້າມ', 'ສົ່ງໄປ', 'ສົ່ງຕົວ', 'ຍ້າຍ', 'ເດີນທາງ', 'ອອກຈາກ', 'ມາຮັບ', 'ຂຶ້ນລົດ', 'ຂຶ້ນເຮືອ', 'ຈະໄປ', 'ຈະພາ', 'ຖືກພາ'],
    my: ['မောင်းနေ', 'မောင်းသွား', 'မောင်းထွက်', 'ထည့်ထား', 'လာခေါ်', 'ကူးမယ်', 'တင်နေ', 'နယ်စပ်ကျော်', 'မြစ်ကူး', 'ခေါ်သွား', 'ခေါ်လာ', 'ခေါ်ဆောင်', 'ပို့', '=ကူး', 'ဖြတ်ကူး', 'ရွှေ့', 'ထွက်ခွာ', 'ထွက်မယ်', 'သယ်', 'ရောင်းစား'],
  },
  exclude: {
    // ပို့ (send) also ends the loanword passport (ပတ်စပို့).
    my: ['နိုင်ငံကူး', 'ပတ်စ?်?ပို့', 'ပါ့စပို့', ...ORDINARY_JOURNEYS.my],
    en: ['take care', 'take a look', 'taking care', ...ORDINARY_JOURNEYS.en],
    th: ORDINARY_JOURNEYS.th,
    lo: ORDINARY_JOURNEYS.lo,
  },
};

/** People being moved: the movement is about persons, not a reporter's own errand. */
export const MOVED_PEOPLE: LexiconSpec = {
  id: 'moved-people',
  terms: {
    // Romanised Burmese: "a lote thamar" (workers), "10 yout" (10 people).
    en: ['a ?lote ?tha ?mar?', '\\d+ ?(?:yout|yauk|yoke)', 'ppl', 'lad(?:y|ies)', 'guys', 
      'workers?',
      'women',
      'woman',
      'girls?',
      'boys?',
      'people',
      'persons?',
      'migrants?',
      'men',
      'labou?rers?',
      'victims?',
      'kids?',
      'children',
      'child',
    ],
    th: ['คนงาน', 'แรงงาน', 'ผู้หญิง', 'หญิงสาว', 'สาวๆ', 'ผู้ชาย', 'เหยื่อ', 'เด็ก', '\\d+ ?คน', 'ชาวพม่า', 'ชาวลาว', 'คน(?:ลาว|พม่า|ไทใหญ่|กัมพูชา|เขมร|ต่างด้าว|จีน)', 'ขนคน', 'ลักลอบ'],
    lo: ['ແຮງງານ', 'ຄົນງານ', 'ແມ່ຍິງ', 'ຜູ້ຍິງ', 'ສາວ', 'ເດັກ', '\\d+ ?ຄົນ'],
    my: ['အလုပ်သမား', 'မိန်းကလေး', 'အမျိုးသမီး', 'ကလေး', 'ယောက်', 'လူတွေ', 'သူတို့', 'ကောင်(?:မ)?လေး', 'မောင်လေး'],
  },
};

/** The people of a "put them into a van" phrase: pronouns, or a people word with a count. */
const PEOPLE =
  '(?:her|him|them|us|me|(?:the |some |two |three |four |five |several |\\d+ )?(?:women|woman|girls?|people|workers|kids|children|boys?|men|migrants|ladies))';

/** Phrases that say by themselves that people are about to move. */
export const IMMINENT_PHRASES: LexiconSpec = {
  id: 'imminent-movement',
  negatable: true,
  terms: {
    en: [
      'about to (?:cross|leave|be taken|be moved|be sent|be sold|go)',
      'on (?:the|their) way (?:to|across|over)',
      'en route',
      'being (?:taken|moved|transported|smuggled|sent)',
      // "being packed into a pickup": people handled like cargo, as it happens.
      'being (?:packed|loaded|crammed|pushed|forced|herded|shoved|put) (?:\\w+ )?(?:in|into|onto|on)',
      '(?:will|are going to|gonna) be (?:taken|moved|sent|sold|transported)',
      // People put into a vehicle by others: an abduction or a transfer as it happens.
      `(?:carried|carrying|dragged|dragging|pushed|pushing|forced|forcing|put|putting|bundled|shoved|threw|thrown|loaded|loading) ${PEOPLE} (?:into|onto|in|on|to) (?:a |an |the )?(?:\\w+ ){0,2}?(?:pickup|pick-up|van|car|truck|boat|vehicle|minibus|lorry|long-?tail)`,
      `(?:taking|moving|bringing|ferrying) ${PEOPLE} (?:\\w+ )?(?:across|over) (?:the )?(?:river|border|mekong|water|bridge)`,
    ],
    th: [
      // Goods (ของ) are not people: "กำลังขนของขึ้นรถ" is someone loading a car.
      '(?:กำลัง(?:จะ)?(?:ข้าม|พา|ขน(?!ของ)|ส่ง(?!ของ)|เดินทาง|ออกเดินทาง|ย้าย(?!ของ|บ้าน)))',
      'กำลังถูกพา',
      'ระหว่างทาง',
      'อยู่บนรถ(?:ที่)?กำลัง',
      // Taken by the arms, carried, dragged or pushed into a vehicle.
      '(?:หิ้วปีก|อุ้ม|ลาก|ยัด|ผลัก|ดึง|บังคับ)\\S{0,8}?(?:ขึ้น|ใส่|เข้า)(?:รถ|กระบะ|เรือ|ตู้)',
      // People put onto a boat or a truck by others ("เอาคนขึ้นเรือ"), as "loading people into a boat".
      '(?:เอา|ต้อน|ขน)(?:คน|ผู้หญิง|ผญ|เด็ก|แรงงาน|สาว)\\S{0,12}?(?:ขึ้น|ใส่|ลง)(?:รถ|กระบะ|เรือ|ตู้)',
    ],
    lo: ['ກຳລັງ(?:ຈະ)?(?:ຂ້າມ|ພາ|ສົ່ງ|ເດີນທາງ|ຍ້າຍ|ແລ່ນອອກ|ຂັບອອກ)', 'ກຳລັງຖືກພາ', '(?:ອຸ້ມ|ຫາມ|ລາກ|ຍູ້|ບັງຄັບ)\\S{0,8}?(?:ຂຶ້ນ|ໃສ່)(?:ລົດ|ເຮືອ)', '(?:ເອົາ|ຕ້ອນ|ຂົນ)(?:ຄົນ|ແມ່ຍິງ|ຜູ້ຍິງ|ເດັກ|ແຮງງານ|ສາວ)\\S{0,12}?(?:ຂຶ້ນ|ໃສ່|ລົງ)(?:ລົດ|ເຮືອ)'],
    my: ['ပေါ်\\s?တင်(?:သွား|ခေါ်)', 'ဆွဲခေါ်သွား', 'တင်ခေါ်သွား', 'ပွေ့(?:ပြီး|ချီ)', '(?:လှေ|ကား|သင်္ဘော|ထရပ်ကား)ပေါ်(?:ကို)?\\s?တင်(?:နေ|ပြီ)', 'ခေါ်သွားနေ', 'ပို့နေ', 'ကူးနေ', 'ခေါ်သွားတော့မယ်', '(?:ဆွဲ|တွန်း|ထမ်း|အတင်း)\\S{0,10}?(?:ကား|လှေ|သင်္ဘော)(?:ပေါ်)?(?:ကို)?\\s?(?:တင်|ထည့်)'],
  },
  exclude: {
    ...ORDINARY_JOURNEYS,
    // A phrase in quotes is cited (a poster's "report groups being moved"), not reported.
    en: [...ORDINARY_JOURNEYS.en, `['"“‘][^'"”’\\n]{0,40}?being (?:taken|moved|transported|smuggled|sent)[^'"”’\\n]{0,40}?['"”’]`],
  },
};
