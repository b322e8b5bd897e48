import { districtName } from './district-names';
import { ROLE_NAMES } from './oncall-copy';
import { TemplateLanguage } from './template-language';

/** The notices a responder receives after a page, when the caller has not worded them already. */
export type NoticeSpec =
  | { kind: 'stand-down'; by: string; role?: string; district?: string }
  | { kind: 'accepted'; code?: number }
  | { kind: 'resolved'; district: string; outcome?: string };

type Wording = { [K in NoticeSpec['kind']]: (n: Extract<NoticeSpec, { kind: K }>) => string };

const where = (lang: TemplateLanguage, role?: string, district?: string) =>
  [role && (ROLE_NAMES[role]?.[lang] ?? role), district && districtName(district, lang)].filter(Boolean).join(' ');

/** The Burmese and Lao were written by the engineers and should be reviewed by a native speaker before production. */
export const NOTICE_COPY: Record<TemplateLanguage, Wording> = {
  th: {
    'stand-down': (n) => `${n.by}${where('th', n.role, n.district) ? ` (${where('th', n.role, n.district)})` : ''} รับเรื่องแล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ`,
    accepted: (n) => `ท่านรับเรื่องแล้ว${n.code ? ` ตอบ ARRIVED ${n.code} เมื่อถึงที่เกิดเหตุ` : ''}`,
    resolved: (n) => `เรื่องที่ ${districtName(n.district, 'th')} ปิดแล้ว${n.outcome ? ` (${n.outcome})` : ''} ขอบคุณครับ`,
  },
  en: {
    'stand-down': (n) => `Accepted by ${n.by}${where('en', n.role, n.district) ? `, ${where('en', n.role, n.district)}` : ''}: you can stand down. Thank you.`,
    accepted: (n) => `You accepted this case.${n.code ? ` Reply ARRIVED ${n.code} when you are there.` : ''}`,
    resolved: (n) => `The ${districtName(n.district, 'en')} case is closed${n.outcome ? ` (${n.outcome})` : ''}. Thank you.`,
  },
  my: {
    'stand-down': (n) => `${n.by}${where('my', n.role, n.district) ? ` (${where('my', n.role, n.district)})` : ''} က လက်ခံပြီးပါပြီ။ သင် ထွက်ရန် မလိုတော့ပါ။ ကျေးဇူးတင်ပါသည်။`,
    accepted: (n) => `ဤအမှုကို သင် လက်ခံပြီးပါပြီ။${n.code ? ` ရောက်လျှင် ARRIVED ${n.code} ပြန်ပို့ပါ။` : ''}`,
    resolved: (n) => `${districtName(n.district, 'my')} အမှု ပိတ်ပြီးပါပြီ${n.outcome ? ` (${n.outcome})` : ''}။ ကျေးဇူးတင်ပါသည်။`,
  },
  lo: {
    'stand-down': (n) => `${n.by}${where('lo', n.role, n.district) ? ` (${where('lo', n.role, n.district)})` : ''} ຮັບເລື່ອງແລ້ວ. ທ່ານບໍ່ຕ້ອງໄປແລ້ວ. ຂອບໃຈ.`,
    accepted: (n) => `ທ່ານຮັບເລື່ອງນີ້ແລ້ວ.${n.code ? ` ຕອບ ARRIVED ${n.code} ເມື່ອຮອດບ່ອນເກີດເຫດ.` : ''}`,
    resolved: (n) => `ເລື່ອງທີ່ ${districtName(n.district, 'lo')} ປິດແລ້ວ${n.outcome ? ` (${n.outcome})` : ''}. ຂອບໃຈ.`,
  },
};
