import { DISTRICTS } from '@rescue/domain';

/** What a responder is told when a coordinator's action takes a page off them (Thai or English; SMS-sized). */
type Lang = 'th' | 'en';

const districtNames = new Map(DISTRICTS.map((d) => [d.slug, d]));
const place = (slug: string, lang: Lang) => (lang === 'th' ? districtNames.get(slug)?.nameTh : districtNames.get(slug)?.nameEn) ?? slug;

const texts = {
  reassigned: {
    th: (p: { district: string; to: string }) => `เรื่องที่ ${p.district} มอบหมายให้ ${p.to} แล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ`,
    en: (p: { district: string; to: string }) => `The ${p.district} case was reassigned to ${p.to}: you can stand down. Thank you.`,
  },
  merged: {
    th: (p: { district: string; caseRef: string }) => `เรื่องที่ ${p.district} ซ้ำกับเหตุ ${p.caseRef} และรวมกันแล้ว ท่านไม่ต้องออกเหตุนี้ ขอบคุณครับ`,
    en: (p: { district: string; caseRef: string }) => `The ${p.district} case duplicates case ${p.caseRef} and was merged into it: you can stand down. Thank you.`,
  },
  moved: {
    th: (p: { district: string; to: string }) => `เรื่องที่ ${p.district} ย้ายไป ${p.to} แล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ`,
    en: (p: { district: string; to: string }) => `The ${p.district} case was moved to ${p.to}: you can stand down. Thank you.`,
  },
};

export function commandNotice<K extends keyof typeof texts>(kind: K, languages: string[] | undefined, params: Parameters<(typeof texts)[K]['en']>[0]): string {
  const lang: Lang = languages?.[0] === 'th' ? 'th' : 'en';
  const named: Record<string, string> = { ...params, district: place(params.district, lang) };
  if (kind === 'moved') named.to = place((params as { to: string }).to, lang);
  return (texts[kind][lang] as (p: typeof params) => string)(named as typeof params);
}
