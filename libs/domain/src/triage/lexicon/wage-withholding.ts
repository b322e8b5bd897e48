import { LexiconSpec } from './lexicon';

const TH_PAY = '(?:เงินเดือน|ค่าจ้าง|ค่าแรง|ค่าตอบแทน)';
const LO_PAY = '(?:ເງິນເດືອນ|ຄ່າແຮງ|ຄ່າຈ້າງ|ເງິນ)';
const MY_PAY = '(?:လစာ|လုပ်ခ|လခ|ပိုက်ဆံ|ငွေ)';

/** Wages withheld or not paid (policy: P2). ILO: withholding of wages. The negation is in the terms. */
export const WAGE_WITHHOLDING: LexiconSpec = {
  id: 'wage-withholding',
  terms: {
    // Romanised Burmese: "la ga 3 la ma pay thay bu" (လခ ၃ လ မပေးသေးဘူး, three months' wages not paid).
    en: ['la ?(?:ga|kha|ka|gar) (?:\\w+ ){0,3}?ma (?:pay|pey|pe|payy)(?! ?ya)', 'taken (?:out )?(?:from|of) (?:their |his |her |my )?(?:wages?|salary|pay)', 
      "(?:not|never|n't|hasn't|haven't|hadn't|wasn't|weren't) (?:been |being |got |gotten |get |getting |received? |receiving )?(?:paid|any (?:pay|wages?|salary|money))",
      'unpaid',
      // Everything deducted: wages that never reach the worker.
      'deducts? (?:almost )?(?:everything|all (?:of )?(?:it|their pay|the pay|the wages?))',
      'never (?:see|get|receive|touch) (?:any )?(?:cash|money|wages?|pay)',
      'no (?:pay|wages?|salary)',
      'without (?:any )?(?:pay|wages?|salary)',
      'wages? (?:\\w+ ){0,3}?(?:withheld|held back|kept|not paid|unpaid|owed|late)',
      'salar(?:y|ies) (?:\\w+ ){0,3}?(?:withheld|held back|kept|not paid|unpaid|owed|late)',
      'withh[eo]ld\\w* (?:\\w+ ){0,2}?(?:wages?|pay|salar(?:y|ies)|money)',
      "(?:doesn't|don't|didn't|does not|do not|did not|never|won't|will not|refus\\w* to|stopped) pay(?:ing)?",
      'owe(?:s|d)? (?:\\w+ ){0,2}?(?:wages?|salary|pay)',
      'months? without pay',
      'work(?:s|ed|ing)? for (?:free|nothing)',
      '(?:takes?|took|taking|keeps?|kept) (?:all |most of )?(?:their|her|his|my|our|the) (?:money|earnings|wages|salary|tips|pay)',
      '(?:holds?|holding|held) (?:back )?(?:their |her |his |my |our |the |all )?(?:wages?|salar(?:y|ies)|pay)\\b',
    ],
    th: ['ใช้งานหนัก(?:แต่)?ไม่ได้เงิน', 'ทำงานฟรี', 
      `ไม่(?:ได้)?(?:รับ)?(?:จ่าย)?${TH_PAY}`,
      'ไม่(?:ยอม)?จ่าย',
      'ไม่ให้เงิน',
      `ค้าง(?:จ่าย)?${TH_PAY}`,
      'ค้างจ่าย',
      `ยังไม่ได้(?:รับ)?(?:${TH_PAY}|เงิน)`,
      'หักเงิน…(?:หมด|ไม่เหลือ)',
      `เบี้ยว${TH_PAY}`,
      `โกง${TH_PAY}`,
      'ทำงานฟรี',
      'ไม่ได้เงินเลย',
      'เอาเงิน(?:ไป)?หมด',
      '(?:ยึด|เก็บ|เอา)เงิน(?:ที่ได้|ค่าจ้าง)?(?:ไป)?(?:หมด|ทั้งหมด)',
    ],
    lo: ['ເກັບ(?:ເງິນເດືອນ|ຄ່າແຮງ|ຄ່າຈ້າງ)(?:ໄວ້)?', 'ບໍ່ເຄີຍໄດ້(?:ຈັກ)?(?:ບາດ|ກີບ|ເງິນ)', `ບໍ່(?:ໄດ້)?(?:ຮັບ)?(?:ຈ່າຍ)?${LO_PAY}`, 'ບໍ່ຈ່າຍ', `ຄ້າງ(?:ຈ່າຍ)?${LO_PAY}`, 'ຫັກເງິນ…(?:ໝົດ|ບໍ່ເຫຼືອ)'],
    my: ['(?:လစာ|လခ)\\s?(?:တဝက်|တစ်ဝက်)', 'နှစ်ကုန်မှ\\s?ပေး', `${MY_PAY}…မ(?:ပေး|ရ)`, `${MY_PAY}…ဖြတ်ထား`, `${MY_PAY}…ချန်ထား`, 'အလကား…ခိုင်း'],
  },
  // "ပိုက်ဆံ မပေးရသေးဘူး": the reporter has not had to pay (a fee) yet; nobody is unpaid.
  exclude: { my: ['မပေးရသေး'] },
};
