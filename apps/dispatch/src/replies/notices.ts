import { districtName } from '@rescue/domain';

/** Short notices in the responder's language (Thai or English); SMS-sized. */
type Lang = 'th' | 'en';


/** What a referral is, in the receiving organisation's words. */
const REFERRAL_KINDS: Record<Lang, Record<string, string>> = {
  th: { shelter: 'บ้านพักคุ้มครอง', 'social-development': 'พมจ.', 'cross-border': 'ส่งต่อข้ามแดน' },
  en: { shelter: 'shelter', 'social-development': 'social development office', 'cross-border': 'cross-border hand-over' },
};

const texts = {
  // A coordinator's action took the page off them.
  reassigned: {
    th: (p: { district: string; to: string }) => `เรื่องที่ ${p.district} มอบหมายให้ ${p.to} แล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ`,
    en: (p: { district: string; to: string }) => `The ${p.district} case was reassigned to ${p.to}: you can stand down. Thank you.`,
  },
  merged: {
    th: (p: { district: string; caseRef: string }) => `เรื่องที่ ${p.district} ซ้ำกับเหตุ ${p.caseRef} และรวมกันแล้ว ท่านไม่ต้องออกเหตุนี้ ขอบคุณครับ`,
    en: (p: { district: string; caseRef: string }) => `The ${p.district} case duplicates case ${p.caseRef} and was merged into it: you can stand down. Thank you.`,
  },
  moved: {
    th: (p: { district: string; toDistrict: string }) => `เรื่องที่ ${p.district} ย้ายไป ${p.toDistrict} แล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ`,
    en: (p: { district: string; toDistrict: string }) => `The ${p.district} case was moved to ${p.toDistrict}: you can stand down. Thank you.`,
  },
  standDown: {
    th: (p: { by: string; role: string; district: string }) => `${p.by} (${p.role} ${p.district}) รับเรื่องแล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ`,
    en: (p: { by: string; role: string; district: string }) => `Accepted by ${p.by}, ${p.role} ${p.district}: you can stand down. Thank you.`,
  },
  accepted: {
    th: (p: { code?: number | null }) => `ท่านรับเรื่องแล้ว${p.code ? ` ตอบ ARRIVED ${p.code} เมื่อถึงที่เกิดเหตุ หรือ UNACK ${p.code} ถ้าไปไม่ได้` : ''}`,
    en: (p: { code?: number | null }) => `You accepted this case.${p.code ? ` Reply ARRIVED ${p.code} when you are there, UNACK ${p.code} if you cannot go.` : ''}`,
  },
  released: {
    th: (_: object) => `รับทราบ ท่านคืนเรื่องนี้แล้ว ระบบกำลังแจ้งผู้รับผิดชอบคนถัดไป`,
    en: (_: object) => `Noted: you handed this case back. We are paging the next person now.`,
  },
  arrivalReminder: {
    th: (p: { code?: number | null }) => `ท่านรับเรื่องนี้ไว้ ยังไม่ถึงที่เกิดเหตุหรือ?${p.code ? ` ตอบ ARRIVED ${p.code} เมื่อถึง หรือ UNACK ${p.code} ถ้าไปไม่ได้` : ''}`,
    en: (p: { code?: number | null }) => `You accepted this case: are you there yet?${p.code ? ` Reply ARRIVED ${p.code} when you are, or UNACK ${p.code} if you cannot go.` : ''}`,
  },
  alreadyTaken: {
    th: (p: { by: string }) => `เรื่องนี้มีผู้รับแล้ว: ${p.by}`,
    en: (p: { by: string }) => `Already accepted by ${p.by}.`,
  },
  // The receiving organisation of a referral: the case reference to ask the coordination centre about.
  referral: {
    th: (p: { district: string; caseRef: string; kind: string }) =>
      `มีการส่งต่อเรื่อง ${p.caseRef} (${p.district}) ให้หน่วยงานของท่าน (${REFERRAL_KINDS.th[p.kind] ?? p.kind}) โปรดติดต่อศูนย์ประสานงานเพื่อรับรายละเอียด`,
    en: (p: { district: string; caseRef: string; kind: string }) =>
      `Case ${p.caseRef} (${p.district}) has been referred to your organisation (${REFERRAL_KINDS.en[p.kind] ?? p.kind}). Please contact the coordination centre for the details.`,
  },
  resolved: {
    th: (p: { district: string; outcome: string }) => `เรื่องที่ ${p.district} ปิดแล้ว (${p.outcome}) ขอบคุณครับ`,
    en: (p: { district: string; outcome: string }) => `The ${p.district} case is closed (${p.outcome}). Thank you.`,
  },
};

export function notice<K extends keyof typeof texts>(kind: K, languages: string[] | undefined, params: Parameters<(typeof texts)[K]['en']>[0]): string {
  const lang: Lang = languages?.[0] === 'th' ? 'th' : 'en';
  // District slugs become names in the responder's language.
  const named: Record<string, unknown> = { ...params };
  for (const key of ['district', 'toDistrict']) if (typeof named[key] === 'string') named[key] = districtName(named[key] as string, lang);
  return (texts[kind][lang] as (p: typeof params) => string)(named as typeof params);
}
