import { LexiconSpec } from './lexicon';

/** Identity and travel documents of the four languages (passport, ID card, pink card, work permit). */
const TH_DOC = '(?:บัตร|พาสปอร์ต|พาสปอต|พาสปอร์ท|พาสปอด|พาสสปอร์ต|หนังสือเดินทาง|เอกสาร|ใบอนุญาต|วีซ่า|ใบเวิร์ค|passport)';
const LO_DOC = '(?:ໜັງສືຜ່ານແດນ|ໜັງສືເດີນທາງ|ພາສປອດ|ພາສະປອດ|ບັດ|ເອກະສານ|ໃບອະນຸຍາດ|ປື້ມຜ່ານແດນ)';
const MY_DOC =
  '(?:နိုင်ငံကူးလက်မှတ်|ပတ်စ်ပို့|ပတ်စပို့|ပါ့စပို့|ပတ်ပို့|မှတ်ပုံတင်|ကတ်|အလုပ်ပါမစ်|ပါမစ်|စာရွက်စာတမ်း|ဗီဇာ|passport|id ?cards?)';
const EN_DOC =
  '(?:passports?|ids?|id cards?|identity (?:cards?|documents?|papers)|documents?|papers|pink cards?|work permits?|visas?|border pass(?:es)?)';
const EN_OWNER =
  "(?:(?:her|his|their|my|our|your|the|all|all the|all their|these|those|everyone's|workers'?|girls'?|women's|men's) )?";

/** Retention of identity documents (policy: P2). ILO: retention of identity documents. */
export const DOCUMENT_RETENTION: LexiconSpec = {
  id: 'document-retention',
  negatable: true,
  terms: {
    en: [
      `(?:keep|keeps|kept|keeping|hold|holds|held|holding|took|take|takes|taken|taking|confiscat\\w*|seiz\\w*|withh[eo]ld\\w*|withhold\\w*|retain\\w*|stole|steals?|has|have|had|got) (?:away )?${EN_OWNER}${EN_DOC}`,
      `${EN_DOC} (?:(?:was|were|is|are|been|got) )?(?:taken|kept|held|confiscated|seized|withheld|retained)`,
      `(?:won't|will not|refuses? to|doesn't|does not|didn't|did not) (?:give|return|hand) (?:back )?${EN_OWNER}${EN_DOC}`,
      // Romanised Burmese: "passport nae pink card ko yu htar" (ယူထား, took and keeps), "thein htar" (သိမ်းထား).
      `${EN_DOC}(?: (?:nae|nhint|and) ${EN_DOC})? (?:ko |ka )?(?:yu|yuu|thein|thane) ?(?:htar|thar|hta|thwar|twar|lite)`,
    ],
    th: [
      `ยึด…${TH_DOC}`,
      `${TH_DOC}…(?:ถูก|โดน)ยึด`,
      `เก็บ…${TH_DOC}…ไว้`,
      `เก็บ${TH_DOC}…ไป`,
      `(?:เอา|ริบ)${TH_DOC}…ไป`,
      `${TH_DOC}…อยู่(?:กับ|ที่)(?:นายจ้าง|เจ้าของ|นายหน้า|เถ้าแก่|เขา|หัวหน้า|โบรกเกอร์|เอเย่น)`,
      `ไม่(?:ยอม)?คืน…${TH_DOC}`,
      `${TH_DOC}…ไม่(?:ยอม)?คืน`,
    ],
    lo: [`ເກັບ${LO_DOC}…ໄປ`, `ຍຶດ…${LO_DOC}`, `${LO_DOC}…ຖືກຍຶດ`, `ເກັບ…${LO_DOC}…ໄວ້`, `ເອົາ${LO_DOC}…ໄປ`, `ບໍ່ຄືນ…${LO_DOC}`, `${LO_DOC}…ຢູ່(?:ກັບ|ນຳ|ທີ່)(?:ນາຍຈ້າງ|ເຖົ້າແກ່|ເຈົ້າຂອງ|ນາຍໜ້າ|ຫົວໜ້າ|ເຂົາ)`, `${LO_DOC}…ຢູ່ໃນມື`],
    my: [`${MY_DOC}…(?:သိမ်း|ယူထား|ယူသွား|ပြန်မပေး|ဖမ်းထား|ချုပ်ထား)`, `${MY_DOC}\\s?(?:တွေ|ကို)?\\s?(?:ဘော့စ်|ဘော့|အလုပ်ရှင်|သူဌေး|ပွဲစား|boss)\\s?(?:ဆီ|က|မှာ)`, `(?:သိမ်း|ယူ)ထား…${MY_DOC}`, `${MY_DOC}…လက်(?:ထဲ|ထက်|ဝယ်)`],
  },
  // "ဘာစာရွက်စာတမ်းတွေ ယူသွားရမလဲ": which documents must I bring (ရ, must), not documents taken away.
  exclude: { my: ['ယူသွားရ(?:မ|မှာ|မည်|တယ်)'] },
};
