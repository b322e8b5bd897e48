import { LexiconSpec } from './lexicon';

/**
 * Words that make a tip worth a look although no indicator fired (policy: P3, "vague or past
 * information"): suspicion, trafficking, migrant workers, people moved in vans and boats, missing
 * people. Without any of them, and without an indicator, a tip goes to review (P4).
 */
export const CONCERN: LexiconSpec = {
  id: 'concern',
  terms: {
    en: [
      'suspicious',
      'suspect\\w*',
      'strange',
      'weird',
      'traffick\\w*',
      'migrants?',
      'workers?',
      'girls',
      'women',
      'vans?',
      'pickup',
      'trucks?',
      'boats?',
      'missing',
      'disappeared',
      'brought (?:in|over)',
      'please help',
      'need help',
      'urgent',
      'want(?:s)? to go home',
    ],
    th: [
      'สงสัย',
      'แปลก',
      'ผิดสังเกต',
      'ค้ามนุษย์',
      'ไม่ทราบที่มา',
      'ไม่รู้ว่าไปไหน',
      'ไม่แน่ใจว่าไปไหน',
      'คนงาน',
      'แรงงาน',
      'ต่างด้าว',
      'ผู้หญิง',
      'สาวๆ',
      'รถตู้',
      'รถกระบะ',
      'รถบรรทุก',
      'เรือ',
      'หายตัว',
      'หายไป',
      'ติดต่อไม่ได้',
      'ขอความช่วยเหลือ',
      'ช่วยเหลือด่วน',
      'อยากกลับบ้าน',
      'ด่วน',
    ],
    lo: ['ສົງໄສ', 'ແປກ', 'ຄ້າມະນຸດ', 'ແຮງງານ', 'ຄົນງານ', 'ແມ່ຍິງ', 'ສາວໆ', 'ລົດຕູ້', 'ເຮືອ', 'ຫາຍໄປ', 'ຕິດຕໍ່ບໍ່ໄດ້', 'ຂໍຄວາມຊ່ວຍເຫຼືອ', 'ຢາກກັບບ້ານ', 'ດ່ວນ'],
    my: ['သံသယ', 'လူကုန်ကူး', 'အလုပ်သမား', 'မိန်းကလေး', 'ပျောက်', 'ဆက်သွယ်လို့မရ', 'ကား', 'လှေ', 'ကူညီပါ', 'အကူအညီ', 'အိမ်ပြန်ချင်'],
  },
};
