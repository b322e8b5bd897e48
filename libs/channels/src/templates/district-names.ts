import { TemplateLanguage } from './template-language';

/** Chiang Rai's eighteen districts (amphoe), by the slugs triage uses. */
const DISTRICTS: Record<string, Record<TemplateLanguage, string>> = {
  'mueang-chiang-rai': { th: 'เมืองเชียงราย', en: 'Mueang Chiang Rai' },
  'mae-sai': { th: 'แม่สาย', en: 'Mae Sai' },
  'chiang-saen': { th: 'เชียงแสน', en: 'Chiang Saen' },
  'chiang-khong': { th: 'เชียงของ', en: 'Chiang Khong' },
  'wiang-kaen': { th: 'เวียงแก่น', en: 'Wiang Kaen' },
  'mae-chan': { th: 'แม่จัน', en: 'Mae Chan' },
  'mae-fa-luang': { th: 'แม่ฟ้าหลวง', en: 'Mae Fa Luang' },
  'doi-luang': { th: 'ดอยหลวง', en: 'Doi Luang' },
  'thoeng': { th: 'เทิง', en: 'Thoeng' },
  'phan': { th: 'พาน', en: 'Phan' },
  'pa-daet': { th: 'ป่าแดด', en: 'Pa Daet' },
  'mae-suai': { th: 'แม่สรวย', en: 'Mae Suai' },
  'wiang-pa-pao': { th: 'เวียงป่าเป้า', en: 'Wiang Pa Pao' },
  'wiang-chai': { th: 'เวียงชัย', en: 'Wiang Chai' },
  'wiang-chiang-rung': { th: 'เวียงเชียงรุ้ง', en: 'Wiang Chiang Rung' },
  'phaya-mengrai': { th: 'พญาเม็งราย', en: 'Phaya Mengrai' },
  'khun-tan': { th: 'ขุนตาล', en: 'Khun Tan' },
  'mae-lao': { th: 'แม่ลาว', en: 'Mae Lao' },
  unknown: { th: 'ไม่ทราบพื้นที่', en: 'area unknown' },
};

/** The district as a responder reads it; an unknown slug is shown as words ("san-sai" -> "San Sai"). */
export function districtName(slug: string, language: TemplateLanguage): string {
  const known = DISTRICTS[slug];
  if (known) return known[language];
  return slug.split(/[-_\s]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') || DISTRICTS.unknown[language];
}
