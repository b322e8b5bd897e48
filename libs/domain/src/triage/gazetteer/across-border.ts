import { CrossBorder } from '../types';
import { DistrictSlug } from './districts';

/**
 * Places across the border and the Thai district that faces them (labelling policy: Tachileik ->
 * mae-sai; Huay Xai and Bokeo -> chiang-khong; the Golden Triangle special economic zone, Ton
 * Pheung, Kings Romans -> chiang-saen). Naming one of them makes the tip cross-border. Source: the
 * author's own knowledge; Thai, English, Lao and Burmese spellings as used locally.
 */
export interface AcrossBorderPlace {
  names: readonly string[];
  facing: DistrictSlug;
  country: CrossBorder;
}

export const ACROSS_BORDER: readonly AcrossBorderPlace[] = [
  {
    names: ['ท่าขี้เหล็ก', 'ท่าขี้เหร็ก', 'ท่าขี้เล็ก', 'tachileik', 'tachilek', 'ta chi lek', 'tachi lek', 'ta chilek', 'tachileck', 'thakhilek', 'tha khi lek', 'takhilek',
      'တာချီလိတ်', 'တာချီလိတ်မြို့', 'ທ່າຂີ້ເຫຼັກ'],
    facing: 'mae-sai',
    country: 'MM',
  },
  {
    // Kengtung is inland, on the road from Tachileik: the case is on the Myanmar side, acted on from Mae Sai.
    names: ['เชียงตุง', 'kengtung', 'keng tung', 'kyaingtong', 'kyaing tong', 'chiang tung', 'ကျိုင်းတုံ', 'ຊຽງຕຸງ'],
    facing: 'mae-sai',
    country: 'MM',
  },
  {
    names: ['ห้วยทราย', 'ห้วยซาย', 'ห้วยซ้าย', 'huay xai', 'houayxay', 'houay xay', 'huai xai', 'huay sai', 'houei sai', 'huai sai',
      'houayxai', 'huayxai', 'ຫ້ວຍຊາຍ', 'ເມືອງຫ້ວຍຊາຍ', 'ဟွေဆိုင်'],
    facing: 'chiang-khong',
    country: 'LA',
  },
  {
    names: ['บ่อแก้ว', 'แขวงบ่อแก้ว', 'bokeo', 'bo keo', 'bokeo province', 'ບໍ່ແກ້ວ', 'ແຂວງບໍ່ແກ້ວ'],
    facing: 'chiang-khong',
    country: 'LA',
  },
  {
    names: ['เขตเศรษฐกิจพิเศษสามเหลี่ยมทองคำ', 'เขตเศรษฐกิจพิเศษ สามเหลี่ยมทองคำ', 'คิงส์โรมัน', 'คิงโรมัน', 'ต้นผึ้ง', 'เมืองต้นผึ้ง',
      'golden triangle sez', 'sez', 'golden triangle special economic zone', 'gtsez', 'kings romans', 'king romans', 'kings roman',
      'ton pheung', 'tonpheung', 'ton phueng', 'ton peung',
      // The casinos of Bokeo are the zone's (a casino named with Bokeo is not Huay Xai).
      'bokeo casino', 'casino in bokeo', 'คาสิโนบ่อแก้ว', 'คาสิโนที่บ่อแก้ว', 'ຄາສິໂນບໍ່ແກ້ວ', 'ຄາສິໂນ ບໍ່ແກ້ວ', 'ຄາສິໂນຢູ່ບໍ່ແກ້ວ',
      'ເຂດເສດຖະກິດພິເສດສາມຫຼ່ຽມຄຳ', 'ເຂດເສດຖະກິດພິເສດ ສາມຫຼ່ຽມຄຳ', 'ຕົ້ນເຜິ້ງ', 'ເມືອງຕົ້ນເຜິ້ງ', 'ຄິງໂຣມັນ'],
    facing: 'chiang-saen',
    country: 'LA',
  },
];
