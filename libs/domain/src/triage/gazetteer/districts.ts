/**
 * The 18 districts (amphoe) of Chiang Rai province. Source: the author's own knowledge of Thai
 * administrative divisions (Department of Provincial Administration names; English spellings as
 * on road signs plus common romanisations; Lao and Burmese script as written in Laos and Shan
 * State for the towns they know). Check against DOPA data before relying on a spelling.
 */
export const DISTRICT_SLUGS = [
  'mueang-chiang-rai',
  'wiang-chai',
  'chiang-khong',
  'thoeng',
  'phan',
  'pa-daet',
  'mae-chan',
  'chiang-saen',
  'mae-sai',
  'mae-suai',
  'wiang-pa-pao',
  'phaya-mengrai',
  'wiang-kaen',
  'khun-tan',
  'mae-fa-luang',
  'mae-lao',
  'wiang-chiang-rung',
  'doi-luang',
] as const;
export type DistrictSlug = (typeof DISTRICT_SLUGS)[number];

export interface DistrictRecord {
  slug: DistrictSlug;
  nameTh: string;
  nameEn: string;
  /** Other names of the district itself, any script (English in lower case). */
  aliases: readonly string[];
}

export const DISTRICT_RECORDS: readonly DistrictRecord[] = [
  {
    slug: 'mueang-chiang-rai',
    nameTh: 'เมืองเชียงราย',
    nameEn: 'Mueang Chiang Rai',
    aliases: [
      'muang chiang rai', 'mueang chiangrai', 'chiang rai city', 'chiang rai town', 'chiangrai city', 'chiangrai town',
      'downtown chiang rai', 'central chiang rai', 'cr muang', 'cr mueang', 'cr city', 'cr town', 'ตัวเมืองเชียงราย', 'ในเมืองเชียงราย', 'อ.เมือง', 'อำเภอเมือง',
      'ເມືອງຊຽງຮາຍ', 'ເມືອງຊຽງລາຍ', 'ချင်းရိုင်မြို့',
    ],
  },
  { slug: 'wiang-chai', nameTh: 'เวียงชัย', nameEn: 'Wiang Chai', aliases: ['wiang chay', 'ເວຽງໄຊ', 'ເວຽງຊັຍ'] },
  { slug: 'chiang-khong', nameTh: 'เชียงของ', nameEn: 'Chiang Khong', aliases: ['chiang kong', 'ຊຽງຂອງ', 'ချင်းခေါင်', 'ချင်းခေါင်း', 'ချင်းကောင်'] },
  { slug: 'thoeng', nameTh: 'เทิง', nameEn: 'Thoeng', aliases: ['toeng', 'theung', 'therng', 'terng', 'ເທີງ'] },
  { slug: 'phan', nameTh: 'พาน', nameEn: 'Phan', aliases: ['ພານ'] },
  { slug: 'pa-daet', nameTh: 'ป่าแดด', nameEn: 'Pa Daet', aliases: ['pa dad', 'pa daed', 'ປ່າແດດ'] },
  { slug: 'mae-chan', nameTh: 'แม่จัน', nameEn: 'Mae Chan', aliases: ['mae jan', 'mae chun', 'ແມ່ຈັນ', 'မယ်ချန်', 'မဲချန်', 'မဲ့ချန်', 'မယ်ဂျန်', 'မယ်ကျန်'] },
  { slug: 'chiang-saen', nameTh: 'เชียงแสน', nameEn: 'Chiang Saen', aliases: ['chiang sen', 'chiang san', 'ຊຽງແສນ', 'ချင်းဆိန်', 'ချင်းစိန်'] },
  { slug: 'mae-sai', nameTh: 'แม่สาย', nameEn: 'Mae Sai', aliases: ['mae say', 'ແມ່ສາຍ', 'မဲဆိုင်', 'မယ်ဆိုင်', 'မဲ့ဆိုင်', 'မယ်စိုင်'] },
  { slug: 'mae-suai', nameTh: 'แม่สรวย', nameEn: 'Mae Suai', aliases: ['mae suay', 'mae suei', 'mae sruai', 'ແມ່ສວຍ', 'မယ်စွယ်', 'မဲစွယ်', 'မယ်ဆွယ်', 'မဲဆွယ်'] },
  { slug: 'wiang-pa-pao', nameTh: 'เวียงป่าเป้า', nameEn: 'Wiang Pa Pao', aliases: ['wiang papao', 'ເວຽງປ່າເປົ້າ', 'ເວຽງປ່າເປົາ', 'ว.ป.เป้า'] },
  { slug: 'phaya-mengrai', nameTh: 'พญาเม็งราย', nameEn: 'Phaya Mengrai', aliases: ['phaya meng rai', 'paya mengrai', 'ພະຍາເມັງຣາຍ', 'ພະຍາເມັງລາຍ'] },
  { slug: 'wiang-kaen', nameTh: 'เวียงแก่น', nameEn: 'Wiang Kaen', aliases: ['wiang kan', 'wiang khaen', 'ເວຽງແກ່ນ'] },
  { slug: 'khun-tan', nameTh: 'ขุนตาล', nameEn: 'Khun Tan', aliases: ['khun taan', 'ຂຸນຕານ', 'ခွန်တန်'] },
  { slug: 'mae-fa-luang', nameTh: 'แม่ฟ้าหลวง', nameEn: 'Mae Fa Luang', aliases: ['mae fah luang', 'ແມ່ຟ້າຫຼວງ', 'မယ်ဖလွင်', 'မယ်ဖာလွင်', 'မဲဖာလွင်'] },
  { slug: 'mae-lao', nameTh: 'แม่ลาว', nameEn: 'Mae Lao', aliases: ['ແມ່ລາວ'] },
  { slug: 'wiang-chiang-rung', nameTh: 'เวียงเชียงรุ้ง', nameEn: 'Wiang Chiang Rung', aliases: ['ເວຽງຊຽງຮຸ້ງ'] },
  { slug: 'doi-luang', nameTh: 'ดอยหลวง', nameEn: 'Doi Luang', aliases: ['ດອຍຫຼວງ'] },
];

/**
 * "Chiang Rai" alone names the province as often as the town: a weak clue for the Mueang
 * district, used only when nothing more precise is named.
 */
export const PROVINCE_NAMES: readonly string[] = ['เชียงราย', 'chiang rai', 'ຊຽງຮາຍ', 'ຊຽງລາຍ', 'ချင်းရိုင်', 'ချင်းရိုင်း'];
