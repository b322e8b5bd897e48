import { districtName, ROLE_NAMES, templateLanguage, TemplateLanguage } from '@rescue/channels';

/**
 * Short notices in the responder's first language (Thai, English, Burmese or Lao; any other reads
 * English); SMS-sized. Reply keywords (ARRIVED, UNACK) and codes stay ASCII, as the reply parser
 * reads them. The Burmese and Lao were written by the engineers and should be reviewed by a native
 * speaker before production.
 */
type Lang = TemplateLanguage;

/** What a referral is, in the receiving organisation's words. */
const REFERRAL_KINDS: Record<Lang, Record<string, string>> = {
  th: { shelter: 'บ้านพักคุ้มครอง', 'social-development': 'พมจ.', 'cross-border': 'ส่งต่อข้ามแดน' },
  en: { shelter: 'shelter', 'social-development': 'social development office', 'cross-border': 'cross-border hand-over' },
  my: { shelter: 'ကာကွယ်စောင့်ရှောက်ရေး အိမ်', 'social-development': 'လူမှုဖွံ့ဖြိုးရေး ရုံး', 'cross-border': 'နယ်စပ်ဖြတ် လွှဲပြောင်းခြင်း' },
  lo: { shelter: 'ເຮືອນພັກປົກປ້ອງ', 'social-development': 'ຫ້ອງການພັດທະນາສັງຄົມ', 'cross-border': 'ສົ່ງຕໍ່ຂ້າມແດນ' },
};

const STAND_DOWN = { my: 'သင် ထွက်ရန် မလိုတော့ပါ။ ကျေးဇူးတင်ပါသည်။', lo: 'ທ່ານບໍ່ຕ້ອງໄປແລ້ວ. ຂອບໃຈ.' };

const texts = {
  // A coordinator's action took the page off them.
  reassigned: {
    th: (p: { district: string; to: string }) => `เรื่องที่ ${p.district} มอบหมายให้ ${p.to} แล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ`,
    en: (p: { district: string; to: string }) => `The ${p.district} case was reassigned to ${p.to}: you can stand down. Thank you.`,
    my: (p: { district: string; to: string }) => `${p.district} အမှုကို ${p.to} ထံ လွှဲပြောင်းပြီးပါပြီ။ ${STAND_DOWN.my}`,
    lo: (p: { district: string; to: string }) => `ເລື່ອງທີ່ ${p.district} ມອບໝາຍໃຫ້ ${p.to} ແລ້ວ. ${STAND_DOWN.lo}`,
  },
  merged: {
    th: (p: { district: string; caseRef: string }) => `เรื่องที่ ${p.district} ซ้ำกับเหตุ ${p.caseRef} และรวมกันแล้ว ท่านไม่ต้องออกเหตุนี้ ขอบคุณครับ`,
    en: (p: { district: string; caseRef: string }) => `The ${p.district} case duplicates case ${p.caseRef} and was merged into it: you can stand down. Thank you.`,
    my: (p: { district: string; caseRef: string }) => `${p.district} အမှုသည် အမှု ${p.caseRef} နှင့် ထပ်နေသဖြင့် ပေါင်းလိုက်ပါပြီ။ ${STAND_DOWN.my}`,
    lo: (p: { district: string; caseRef: string }) => `ເລື່ອງທີ່ ${p.district} ຊ້ຳກັບເຫດ ${p.caseRef} ແລະ ລວມກັນແລ້ວ. ທ່ານບໍ່ຕ້ອງໄປເຫດນີ້ແລ້ວ. ຂອບໃຈ.`,
  },
  moved: {
    th: (p: { district: string; toDistrict: string }) => `เรื่องที่ ${p.district} ย้ายไป ${p.toDistrict} แล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ`,
    en: (p: { district: string; toDistrict: string }) => `The ${p.district} case was moved to ${p.toDistrict}: you can stand down. Thank you.`,
    my: (p: { district: string; toDistrict: string }) => `${p.district} အမှုကို ${p.toDistrict} သို့ ပြောင်းလိုက်ပါပြီ။ ${STAND_DOWN.my}`,
    lo: (p: { district: string; toDistrict: string }) => `ເລື່ອງທີ່ ${p.district} ຍ້າຍໄປ ${p.toDistrict} ແລ້ວ. ${STAND_DOWN.lo}`,
  },
  standDown: {
    th: (p: { by: string; role: string; district: string }) => `${p.by} (${p.role} ${p.district}) รับเรื่องแล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ`,
    en: (p: { by: string; role: string; district: string }) => `Accepted by ${p.by}, ${p.role} ${p.district}: you can stand down. Thank you.`,
    my: (p: { by: string; role: string; district: string }) => `${p.by} (${p.role} ${p.district}) က လက်ခံပြီးပါပြီ။ ${STAND_DOWN.my}`,
    lo: (p: { by: string; role: string; district: string }) => `${p.by} (${p.role} ${p.district}) ຮັບເລື່ອງແລ້ວ. ${STAND_DOWN.lo}`,
  },
  accepted: {
    th: (p: { code?: number | null }) => `ท่านรับเรื่องแล้ว${p.code ? ` ตอบ ARRIVED ${p.code} เมื่อถึงที่เกิดเหตุ หรือ UNACK ${p.code} ถ้าไปไม่ได้` : ''}`,
    en: (p: { code?: number | null }) => `You accepted this case.${p.code ? ` Reply ARRIVED ${p.code} when you are there, UNACK ${p.code} if you cannot go.` : ''}`,
    my: (p: { code?: number | null }) => `ဤအမှုကို သင် လက်ခံပြီးပါပြီ။${p.code ? ` ရောက်လျှင် ARRIVED ${p.code}၊ မသွားနိုင်လျှင် UNACK ${p.code} ပြန်ပို့ပါ။` : ''}`,
    lo: (p: { code?: number | null }) => `ທ່ານຮັບເລື່ອງນີ້ແລ້ວ.${p.code ? ` ຕອບ ARRIVED ${p.code} ເມື່ອຮອດບ່ອນເກີດເຫດ ຫຼື UNACK ${p.code} ຖ້າໄປບໍ່ໄດ້.` : ''}`,
  },
  released: {
    th: (_: object) => `รับทราบ ท่านคืนเรื่องนี้แล้ว ระบบกำลังแจ้งผู้รับผิดชอบคนถัดไป`,
    en: (_: object) => `Noted: you handed this case back. We are paging the next person now.`,
    my: (_: object) => `မှတ်သားပြီးပါပြီ။ ဤအမှုကို သင် ပြန်အပ်လိုက်ပါပြီ။ နောက်တစ်ယောက်ကို ယခု အကြောင်းကြားနေပါသည်။`,
    lo: (_: object) => `ຮັບຊາບ. ທ່ານຄືນເລື່ອງນີ້ແລ້ວ. ລະບົບກຳລັງແຈ້ງຜູ້ຮັບຜິດຊອບຄົນຕໍ່ໄປ.`,
  },
  arrivalReminder: {
    th: (p: { code?: number | null }) => `ท่านรับเรื่องนี้ไว้ ยังไม่ถึงที่เกิดเหตุหรือ?${p.code ? ` ตอบ ARRIVED ${p.code} เมื่อถึง หรือ UNACK ${p.code} ถ้าไปไม่ได้` : ''}`,
    en: (p: { code?: number | null }) => `You accepted this case: are you there yet?${p.code ? ` Reply ARRIVED ${p.code} when you are, or UNACK ${p.code} if you cannot go.` : ''}`,
    my: (p: { code?: number | null }) => `ဤအမှုကို သင် လက်ခံထားပါသည်။ ရောက်ပြီလား?${p.code ? ` ရောက်လျှင် ARRIVED ${p.code}၊ မသွားနိုင်လျှင် UNACK ${p.code} ပြန်ပို့ပါ။` : ''}`,
    lo: (p: { code?: number | null }) => `ທ່ານຮັບເລື່ອງນີ້ໄວ້. ຮອດບ່ອນເກີດເຫດແລ້ວບໍ?${p.code ? ` ຕອບ ARRIVED ${p.code} ເມື່ອຮອດ ຫຼື UNACK ${p.code} ຖ້າໄປບໍ່ໄດ້.` : ''}`,
  },
  alreadyTaken: {
    th: (p: { by: string }) => `เรื่องนี้มีผู้รับแล้ว: ${p.by}`,
    en: (p: { by: string }) => `Already accepted by ${p.by}.`,
    my: (p: { by: string }) => `ဤအမှုကို ${p.by} က လက်ခံပြီးပါပြီ။`,
    lo: (p: { by: string }) => `ເລື່ອງນີ້ມີຜູ້ຮັບແລ້ວ: ${p.by}`,
  },
  // The receiving organisation of a referral: the case reference to ask the coordination centre about.
  referral: {
    th: (p: { district: string; caseRef: string; kind: string }) =>
      `มีการส่งต่อเรื่อง ${p.caseRef} (${p.district}) ให้หน่วยงานของท่าน (${REFERRAL_KINDS.th[p.kind] ?? p.kind}) โปรดติดต่อศูนย์ประสานงานเพื่อรับรายละเอียด`,
    en: (p: { district: string; caseRef: string; kind: string }) =>
      `Case ${p.caseRef} (${p.district}) has been referred to your organisation (${REFERRAL_KINDS.en[p.kind] ?? p.kind}). Please contact the coordination centre for the details.`,
    my: (p: { district: string; caseRef: string; kind: string }) =>
      `အမှု ${p.caseRef} (${p.district}) ကို သင့်အဖွဲ့ (${REFERRAL_KINDS.my[p.kind] ?? p.kind}) သို့ လွှဲပို့ပါပြီ။ အသေးစိတ်ကို ညှိနှိုင်းရေးစင်တာထံ မေးပါ။`,
    lo: (p: { district: string; caseRef: string; kind: string }) =>
      `ມີການສົ່ງຕໍ່ເລື່ອງ ${p.caseRef} (${p.district}) ໃຫ້ອົງການຂອງທ່ານ (${REFERRAL_KINDS.lo[p.kind] ?? p.kind}). ກະລຸນາຕິດຕໍ່ສູນປະສານງານເພື່ອຮັບລາຍລະອຽດ.`,
  },
  resolved: {
    th: (p: { district: string; outcome: string }) => `เรื่องที่ ${p.district} ปิดแล้ว (${p.outcome}) ขอบคุณครับ`,
    en: (p: { district: string; outcome: string }) => `The ${p.district} case is closed (${p.outcome}). Thank you.`,
    my: (p: { district: string; outcome: string }) => `${p.district} အမှု ပိတ်ပြီးပါပြီ (${p.outcome})။ ကျေးဇူးတင်ပါသည်။`,
    lo: (p: { district: string; outcome: string }) => `ເລື່ອງທີ່ ${p.district} ປິດແລ້ວ (${p.outcome}). ຂອບໃຈ.`,
  },
};

export function notice<K extends keyof typeof texts>(kind: K, languages: string[] | undefined, params: Parameters<(typeof texts)[K]['en']>[0]): string {
  const lang = templateLanguage(languages);
  // District slugs and role slugs become names in the responder's language.
  const named: Record<string, unknown> = { ...params };
  for (const key of ['district', 'toDistrict']) if (typeof named[key] === 'string') named[key] = districtName(named[key] as string, lang);
  if (typeof named.role === 'string') named.role = ROLE_NAMES[named.role]?.[lang] ?? named.role;
  return (texts[kind][lang] as (p: typeof params) => string)(named as typeof params);
}
