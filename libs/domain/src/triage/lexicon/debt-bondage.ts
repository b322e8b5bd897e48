import { LexiconSpec } from './lexicon';

/** Debt bondage: a debt, a recruitment fee or deductions tying the worker (policy: P2). ILO: debt bondage. */
export const DEBT_BONDAGE: LexiconSpec = {
  id: 'debt-bondage',
  negatable: true,
  terms: {
    en: [
      'owe(?:s|d)?',
      'owing',
      'in debt',
      'debts?',
      'pay (?:it |that |this |the (?:debt|money) )?(?:back|off)',
      'repay\\w*',
      'bonded',
      'deduct\\w* (?:\\w+ ){0,3}?(?:debt|fees?|loans?|costs?|transport|food|rent)',
      'work (?:it )?off',
    ],
    th: [
      'หนี้',
      'ค่าหัวคิว',
      'หักค่าหัว',
      'หัก…(?:ค่าหัวคิว|ค่านายหน้า|ค่าเดินทาง|ค่าที่พัก|ค่าอาหาร|ค่าเอกสาร|ค่าบัตร|ค่าทำบัตร)',
      'ทำงานใช้',
      'ใช้คืน',
    ],
    lo: ['ໜີ້', 'ຫັກ…(?:ຄ່າ|ໜີ້)', 'ເຮັດວຽກໃຊ້'],
    my: ['အကြွေး', 'ကြွေး', 'ဆပ်ရ', 'ဆပ်ဖို့', 'ပြန်ဆပ်', 'ဖြတ်…(?:ကြွေး|ခ)'],
  },
  exclude: {
    en: ['owe (?:you|u) (?:a|an|one|my)', 'owe it to'],
    th: ['(?:ขา|แขน|กระดูก|นิ้ว)หัก'],
    lo: ['(?:ຂາ|ແຂນ|ກະດູກ|ນິ້ວ)ຫັກ'],
  },
};
