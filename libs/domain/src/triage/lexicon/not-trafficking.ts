import { LexiconSpec } from './lexicon';

/**
 * The not-trafficking detector (policy: P4, no dispatch): enquiries, thanks, tests, spam, other
 * crimes. These only decide when no exploitation indicator fired; spam and tests also outweigh a
 * mere recruitment concern.
 */
export const ENQUIRY: LexiconSpec = {
  id: 'enquiry',
  terms: {
    en: ['not a report', 'wrong number', 
      '(?:office|opening|working) hours',
      'volunteer\\w*',
      'donat\\w*',
      'internships?',
      'how (?:do|can|to|much|long|does)',
      'what (?:is|are|time|documents)',
      'where (?:is|are|can|do)',
      '(?:can|could|may) (?:i|you) (?:ask|get|have)',
      'information (?:about|on)',
      "i(?:'d| would)? (?:like|want|wanted) to (?:know|ask|volunteer|donate|apply|visit|join)",
      'apply for',
      'job vacanc\\w*',
      'contact (?:number|details|info)',
      'is (?:it|this|that|the \\w+) (?:legal|legit|real|safe)',
      'legit',
      'are you hiring',
      '(?:looking for|i need|need) (?:a )?(?:job|work)',
    ],
    th: [
      'สอบถาม',
      'อยากทราบ',
      'อยากรู้',
      'ขอข้อมูล',
      'ขั้นตอน',
      'วิธี(?:การ)?(?:ทำ|สมัคร|ขอ|ต่อ)',
      'เปิดกี่โมง',
      'ปิดกี่โมง',
      'เวลาทำการ',
      'อาสาสมัคร',
      'บริจาค',
      'ต่อวีซ่า',
      'ต่อใบอนุญาต',
      'ฝึกงาน',
      'ทำบัตร',
      'ต้องใช้เอกสารอะไร',
      'หางานทำ',
      'สมัครงาน',
      'รับสมัครงานไหม',
    ],
    lo: ['ສອບຖາມ', 'ຢາກຮູ້', 'ຢາກຖາມ', 'ຂໍຂໍ້ມູນ', 'ອາສາສະໝັກ', 'ບໍລິຈາກ', 'ເຮັດບັດ'],
    my: ['မေးချင်', 'သိချင်', 'မေးမြန်း', 'စေတနာ့ဝန်ထမ်း', 'လှူဒါန်း', 'အလုပ်ရှာ', 'အလုပ်ရှိလား'],
  },
};

export const THANKS: LexiconSpec = {
  id: 'thanks',
  terms: {
    en: ['thank(?:s| you)', 'thx', 'much appreciated', 'grateful'],
    th: ['ขอบคุณ', 'ขอบใจ'],
    lo: ['ຂອບໃຈ'],
    my: ['ကျေးဇူးတင်', 'ကျေးဇူးပါ', 'ကျေးဇူး(?:\\s?အများကြီး|\\s?အရမ်း)\\s?တင်'],
  },
};

export const TEST_MESSAGE: LexiconSpec = {
  id: 'test',
  terms: {
    en: ['test(?:ing)?(?: message| msg)?(?: \\d+)?', 'ignore (?:this|me)', 'just testing'],
    th: ['ทดสอบ', '=เทส', 'เทสต์', 'ลองส่ง', 'ทดลองส่ง'],
    lo: ['ທົດສອບ', 'ທົດລອງ'],
    my: ['စမ်းသပ်'],
  },
};

export const SPAM: LexiconSpec = {
  id: 'spam',
  terms: {
    en: ['loans? (?:approved|fast|quick|instant)', 'add line @', 
      'click (?:here|now|the link|this link|link)',
      'click',
      'win (?:a|an|free|\\d)',
      "you(?:'ve| have)? won",
      'winner',
      'free (?:iphone|gift|credit|money|bonus|spins?)',
      'prizes?',
      'lottery',
      'congratulations',
      'bit\\.ly',
      'claim (?:your|now)',
      'unsubscribe',
      'loan offer',
      'jackpot',
    ],
    th: ['กู้เงินด่วน', 'ไม่เช็คบูโร', 'อนุมัติไว', 'แอดไลน์ ?@', 'เงินด่วน', 'ถูกรางวัล', 'รางวัล', 'คลิก', 'กดลิ[งง]ก์', 'เครดิตฟรี', 'สล็อต', 'บาคาร่า', 'เว็บพนัน', 'สินเชื่อ', 'โปรโมชั่น', 'แจกฟรี'],
    lo: ['ກູ້ເງິນດ່ວນ', 'ແອດໄລນ໌', 'ລາງວັນ', 'ຄລິກ', 'ແຈກຟຣີ'],
    my: ['ဆုမဲ', 'ကလစ်နှိပ်', 'အခမဲ့ရ'],
  },
};

export const OTHER_CRIME: LexiconSpec = {
  id: 'other-crime',
  terms: {
    en: ['hit (?:his|her|my|our|a|the) (?:motorbike|motorcycle|car|bike|scooter)', 'hit and run', '(?:the )?driver ran away', 'fell (?:from|off) (?:a |the |her |his |my )?(?:motorbike|motorcycle|bike|scooter|tree|roof)', 
      'stolen',
      'stole',
      'steal\\w*',
      'theft',
      'thie(?:f|ves)',
      'rob(?:bed|bery|bing)',
      'burglar\\w*',
      '(?:car|road|traffic|motorbike) accident',
      'accident',
      'drunk',
      'nois(?:e|y)',
      'vandal\\w*',
      'online scam',
      'scammed',
      'lost (?:my|a|her|his) (?:wallet|phone|bag|purse|dog|cat)',
      'drug deal\\w*',
      'yaba',
      'meth',
      'selling drugs',
      'drug trafficking',
      'fight(?:s|ing)?',
      'brawl',
      'domestic violence',
      'my (?:husband|ex|boyfriend|wife)',
      'leak (?:my|the) (?:photos|pictures|videos?)',
    ],
    // Lost property: "ทำมือถือหาย", "ဖုန်းပျောက်", "ໂທລະສັບເສຍ" (not a missing person).
    th: ['(?:มือถือ|โทรศัพท์|กระเป๋าเงิน|กระเป๋าตังค์)หาย', 'ชนกับ', 'รถชน', 'ขาหัก', 'รถพยาบาล(?:ฉุกเฉิน)?', 'รถล้ม', 'ล้มจากรถ', 'ตกรถ', 
      'ขโมย',
      // Drugs carried or sold: a police matter, not people (ยาบ้า, yaba, meth).
      'ยาบ้า',
      'ยาไอซ์',
      'ขนยา(?:เสพติด)?',
      'ลักทรัพย์',
      'รถหาย',
      'กระเป๋าหาย',
      'ของหาย',
      'อุบัติเหตุ',
      'รถชน',
      'เมาแล้วขับ',
      'เสียงดัง',
      'ทะเลาะ',
      'ยาบ้า',
      'ยาเสพติด',
      'ค้ายา',
      'ฉ้อโกง',
      'หลอกโอน',
      'หลอกให้โอน',
      'หลอกลงทุน',
      'โกงเงิน',
      'ถูกโกง',
      'วิ่งราว',
      'ปล้น',
      'ตีกัน',
      'ต่อยกัน',
      'ทะเลาะวิวาท',
      '=เมา',
      'ความรุนแรงในครอบครัว',
      'แฟนเก่า',
      'ผัว',
      'ปล่อยคลิป',
      'แจ้งความ',
    ],
    lo: ['(?:ໂທລະສັບ|ມືຖື|ກະເປົາເງິນ)(?:ເສຍ|ຫາຍ)', 'ລັກລົດ', 'ຕຳກັບ', 'ລົດຈັກຕຳ', 'ຂາຫັກ', 'ລົດໂຮງໝໍ', 'ລົດລົ້ມ', 'ລົດຕຳກັນ', '=ລັກ', 'ຖືກລັກ', 'ອຸບັດຕິເຫດ', 'ຢາບ້າ', 'ຢາເສບຕິດ', 'ສໍ້ໂກງ'],
    my: ['(?:ဖုန်း|ပိုက်ဆံအိတ်|ပိုက်ဆံ)(?:လည်း)?\\s?ပျောက်(?:သွား)?', 'အခိုးခံ', 'ခိုးခံရ', 'ခိုးသွား', 'ယာဘ', 'ဘိန်း', 'မူးယစ်ဆေး', 'ဆူညံ', '=ခိုး', 'ခိုးသွား', 'ခိုးယူ', 'မတော်တဆ', 'ယာဉ်တိုက်', 'မူးယစ်ဆေး', 'လိမ်လည်'],
  },
  exclude: { lo: ['ລັກລອບ', 'ລັກພາຕົວ'], my: ['ခိုးဝင်'] },
};

/** The P4 detectors, in the order the explanation names them. */
/** A family or social trip: a wedding, a funeral, visiting relatives, a holiday. */
export const ORDINARY_TRAVEL: LexiconSpec = {
  id: 'ordinary-travel',
  terms: {
    en: ['(?:study|field|school|company|coop) trip', 'excursion', 'by (?:their own )?choice', 'shopping', 'border pass', 'bus (?:times?|schedules?|tickets?|station)', 'green bus', 'mov(?:e|ing) house', 'moving (?:to a new|into a new|our) (?:house|home|flat|apartment)', 'wedding', 'funeral', 'ordination', 'holiday', 'vacation', 'festival', 'visit(?:ing)? (?:my |our |her |his )?(?:family|relatives|grand\\w+|parents|aunt|uncle)'],
    th: ['ทัศนศึกษา', 'ศึกษาดูงาน', 'เดินตลาด', 'ช้อปปิ้ง', 'ซื้อของ', 'บอร์เดอร์พาส', 'ย้ายบ้าน', 'ย้ายหอ', 'งานแต่ง', 'งานศพ', 'งานบวช', 'เยี่ยมญาติ', 'กลับบ้านช่วงปีใหม่', 'สงกรานต์'],
    lo: ['ຍ້າຍເຮືອນ', 'ງານແຕ່ງ', 'ງານດອງ', 'ງານສົບ', 'ງານບວດ', 'ຢາມພີ່ນ້ອງ', 'ຢ້ຽມຢາມ'],
    my: ['အိမ်ပြောင်း', 'မင်္ဂလာဆောင်', 'အသုဘ', 'ရှင်ပြု', 'ဆွေမျိုးတွေဆီ ?အလည်'],
  },
};

/** Someone ill or hurt being looked after: a hospital, a doctor, an ambulance. */
export const MEDICAL: LexiconSpec = {
  id: 'medical',
  terms: {
    en: ['hospital', 'clinic', 'ambulance', 'doctor'],
    th: ['โรงพยาบาล', '=รพ', 'หาหมอ', 'คลินิก', 'รถพยาบาล'],
    lo: ['ໂຮງໝໍ', 'ຫາໝໍ', 'ຄລີນິກ'],
    my: ['ဆေးရုံ', 'ဆေးခန်း'],
  },
};

export const NOT_TRAFFICKING = [TEST_MESSAGE, SPAM, THANKS, ENQUIRY, OTHER_CRIME, ORDINARY_TRAVEL, MEDICAL];
