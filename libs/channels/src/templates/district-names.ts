import { TemplateLanguage } from './template-language';

/**
 * Chiang Rai's eighteen districts (amphoe), by the slugs triage uses, as a responder reads them.
 * Burmese: the names used in Shan State for the border towns (Mae Sai, Chiang Saen, Chiang Khong,
 * Mae Chan, Chiang Rai), the others transliterated from Thai. Lao: the Thai names in Lao script.
 * The Burmese and Lao were written by the engineers and should be reviewed by a native speaker
 * before production.
 */
const DISTRICTS: Record<string, Record<TemplateLanguage, string>> = {
  'mueang-chiang-rai': { th: 'เมืองเชียงราย', en: 'Mueang Chiang Rai', my: 'ချင်းရိုင်', lo: 'ເມືອງຊຽງຮາຍ' },
  'mae-sai': { th: 'แม่สาย', en: 'Mae Sai', my: 'မဲဆိုင်', lo: 'ແມ່ສາຍ' },
  'chiang-saen': { th: 'เชียงแสน', en: 'Chiang Saen', my: 'ချင်းဆိန်', lo: 'ຊຽງແສນ' },
  'chiang-khong': { th: 'เชียงของ', en: 'Chiang Khong', my: 'ချင်းခေါင်', lo: 'ຊຽງຂອງ' },
  'wiang-kaen': { th: 'เวียงแก่น', en: 'Wiang Kaen', my: 'ဝီယင်ကန်', lo: 'ເວຽງແກ່ນ' },
  'mae-chan': { th: 'แม่จัน', en: 'Mae Chan', my: 'မယ်ချန်', lo: 'ແມ່ຈັນ' },
  'mae-fa-luang': { th: 'แม่ฟ้าหลวง', en: 'Mae Fa Luang', my: 'မယ်ဖလွင်', lo: 'ແມ່ຟ້າຫຼວງ' },
  'doi-luang': { th: 'ดอยหลวง', en: 'Doi Luang', my: 'ဒွိုင်လွင်', lo: 'ດອຍຫຼວງ' },
  'thoeng': { th: 'เทิง', en: 'Thoeng', my: 'ထိန်', lo: 'ເທີງ' },
  'phan': { th: 'พาน', en: 'Phan', my: 'ဖန်', lo: 'ພານ' },
  'pa-daet': { th: 'ป่าแดด', en: 'Pa Daet', my: 'ပါဒက်', lo: 'ປ່າແດດ' },
  'mae-suai': { th: 'แม่สรวย', en: 'Mae Suai', my: 'မယ်စွယ်', lo: 'ແມ່ສວຍ' },
  'wiang-pa-pao': { th: 'เวียงป่าเป้า', en: 'Wiang Pa Pao', my: 'ဝီယင်ပါပေါင်', lo: 'ເວຽງປ່າເປົ້າ' },
  'wiang-chai': { th: 'เวียงชัย', en: 'Wiang Chai', my: 'ဝီယင်ချိုင်', lo: 'ເວຽງໄຊ' },
  'wiang-chiang-rung': { th: 'เวียงเชียงรุ้ง', en: 'Wiang Chiang Rung', my: 'ဝီယင်ချင်းရုန်', lo: 'ເວຽງຊຽງຮຸ້ງ' },
  'phaya-mengrai': { th: 'พญาเม็งราย', en: 'Phaya Mengrai', my: 'ဖယာမင်ရိုင်', lo: 'ພະຍາເມັງຣາຍ' },
  'khun-tan': { th: 'ขุนตาล', en: 'Khun Tan', my: 'ခွန်တန်', lo: 'ຂຸນຕານ' },
  'mae-lao': { th: 'แม่ลาว', en: 'Mae Lao', my: 'မယ်လာအို', lo: 'ແມ່ລາວ' },
  unknown: { th: 'ไม่ทราบพื้นที่', en: 'area unknown', my: 'နေရာ မသိပါ', lo: 'ບໍ່ຮູ້ພື້ນທີ່' },
};

/** The district as a responder reads it; an unknown slug is shown as words ("san-sai" -> "San Sai"). */
export function districtName(slug: string, language: TemplateLanguage): string {
  const known = DISTRICTS[slug];
  if (known) return known[language];
  return slug.split(/[-_\s]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') || DISTRICTS.unknown[language];
}
