import { DistrictSlug } from './districts';

/**
 * Villages, markets, temples, border crossings, bridges, ports and other places people name in
 * tips, by district. Source: the author's own knowledge of the province (names as on signs and in
 * local news; romanisations as travellers and NGO staff write them).
 */
export const LANDMARKS: Record<DistrictSlug, readonly (readonly string[])[]> = {
  'mueang-chiang-rai': [
    ['หอนาฬิกาเชียงราย', 'หอนาฬิกา', 'chiang rai clock tower', 'clock tower'],
    ['ไนท์บาซาร์', 'ไนท์บาซ่า', 'ໄນບາຊ່າ', 'ໄນທ໌ບາຊາ', 'night bazaar', 'night bazar'],
    ['วัดร่องขุ่น', 'wat rong khun', 'white temple'],
    ['วัดร่องเสือเต้น', 'wat rong suea ten', 'wat rong seua ten', 'blue temple'],
    ['บ้านดำ', 'baan dam', 'ban dam', 'black house'],
    ['สนามบินแม่ฟ้าหลวง', 'สนามบินเชียงราย', 'ท่าอากาศยานแม่ฟ้าหลวง', 'chiang rai airport', 'mae fah luang airport', 'mae fa luang airport'],
    ['มหาวิทยาลัยแม่ฟ้าหลวง', 'ม.แม่ฟ้าหลวง', 'มฟล', 'mae fah luang university', 'mae fa luang university', 'mfu'],
    ['ราชภัฏเชียงราย', 'chiang rai rajabhat'],
    ['สถานีขนส่งเชียงราย', 'บขส.เชียงราย', 'chiang rai bus terminal', 'chiang rai bus station'],
    ['เซ็นทรัลเชียงราย', 'central plaza chiang rai', 'central chiang rai'],
    ['สิงห์ปาร์ค', 'singha park'],
    ['ห้าแยกพ่อขุน', 'ห้าแยกพ่อขุนเม็งราย'],
    ['แม่น้ำกก', 'kok river', 'mae kok'],
    ['ตลาดบ้านดู่'],
    ['โรงพยาบาลเชียงรายประชานุเคราะห์', 'chiang rai prachanukroh hospital'],
  ],
  'wiang-chai': [['ตลาดเวียงชัย']],
  'chiang-khong': [
    ['สะพานมิตรภาพไทย-ลาว แห่งที่ 4', 'สะพานมิตรภาพไทยลาวแห่งที่ 4', 'สะพานมิตรภาพแห่งที่ 4', 'สะพานมิตรภาพ 4', 'สะพานมิตรภาพไทย-ลาว 4',
      'ຂົວມິດຕະພາບ ໄທ-ລາວ ແຫ່ງທີ 4', 'ຂົວມິດຕະພາບແຫ່ງທີ 4', 'ຂົວມິດຕະພາບ 4',
      '4th friendship bridge', 'fourth friendship bridge', 'friendship bridge 4', 'thai-lao friendship bridge', 'thai lao friendship bridge'],
    ['ด่านเชียงของ', 'ด่านศุลกากรเชียงของ', 'chiang khong checkpoint', 'chiang khong border', 'chiang khong immigration'],
    ['ท่าเรือบั๊ค', 'ท่าเรือบั๊ก', 'tha ruea bak'],
    ['สถานีขนส่งเชียงของ', 'chiang khong bus station', 'chiang khong bus terminal'],
    ['บ้านหาดบ้าย', 'ban hat bai', 'ban had bai'],
    ['ปากอิง', 'pak ing'],
    ['บ้านห้วยเม็ง', 'ban huai meng'],
  ],
  thoeng: [['ภูชี้ฟ้า', 'phu chi fa', 'phu chee fa', 'phu chi fah']],
  phan: [['ตลาดพาน'], ['วัดพระธาตุจอมแจ้ง']],
  'pa-daet': [],
  'mae-chan': [['ตลาดแม่จัน', 'mae chan market'], ['บ้านป่าซางงาม']],
  'chiang-saen': [
    ['สามเหลี่ยมทองคำ', 'golden triangle', 'ສາມຫຼ່ຽມຄຳ', 'ရွှေတြိဂံ'],
    ['สบรวก', 'sop ruak', 'sob ruak', 'sop ruag', 'ສົບຣວກ', 'ສົບຮວກ', 'ဆော့ရွက်'],
    ['ท่าเรือเชียงแสน', 'ท่าเรือพาณิชย์เชียงแสน', 'chiang saen port', 'chiang saen pier', 'chiang saen harbour'],
    ['ด่านเชียงแสน', 'chiang saen checkpoint'],
    ['ทะเลสาบเชียงแสน', 'หนองบงคาย', 'chiang saen lake'],
    ['หอฝิ่น', 'hall of opium', 'opium museum', 'house of opium'],
    ['ตลาดเชียงแสน', 'chiang saen market'],
  ],
  'mae-sai': [
    ['ด่านแม่สาย', 'ด่านพรมแดนแม่สาย', 'mae sai checkpoint', 'mae sai border', 'mae sai immigration'],
    ['สะพานมิตรภาพไทย-พม่า', 'สะพานมิตรภาพไทยพม่า', 'สะพานมิตรภาพไทย-เมียนมา', 'สะพานข้ามแม่น้ำสาย', 'สะพานแม่สาย',
      'mae sai bridge', 'thai-myanmar friendship bridge', 'thai-burma friendship bridge', 'second mae sai bridge'],
    ['สายลมจอย', 'ตลาดสายลมจอย', 'sailomjoy', 'sai lom joy'],
    ['ถ้ำหลวง', 'ถ้ำหลวงขุนน้ำนางนอน', 'tham luang', 'tham luang cave'],
    ['ดอยเวา', 'พระธาตุดอยเวา', 'doi wao'],
    ['ผาหมี', 'บ้านผาหมี', 'pha mee', 'pha mi'],
    ['ตลาดแม่สาย', 'mae sai market', 'မဲဆိုင်ဈေး'],
    ['สถานีขนส่งแม่สาย', 'mae sai bus terminal', 'mae sai bus station'],
    ['แม่น้ำสาย', 'สะพานข้ามน้ำสาย', 'ริมน้ำสาย', 'sai river', 'ruak river', 'แม่น้ำรวก'],
  ],
  'mae-suai': [['ดอยช้าง', 'doi chang', 'doi chaang']],
  'wiang-pa-pao': [['น้ำพุร้อนแม่ขะจาน', 'แม่ขะจาน', 'mae khachan', 'mae kachan']],
  'phaya-mengrai': [],
  'wiang-kaen': [
    ['ภูชี้ดาว', 'phu chi dao', 'phu chee dao'],
    ['ผาตั้ง', 'pha tang', 'pha tung'],
    ['ห้วยลึก', 'บ้านห้วยลึก', 'ด่านห้วยลึก', 'ท่าข้ามบ้านห้วยลึก', 'huai luek', 'huay luek', 'huai leuk', 'huay leuk'],
  ],
  'khun-tan': [],
  'mae-fa-luang': [
    ['ดอยตุง', 'พระตำหนักดอยตุง', 'doi tung', 'doi tong'],
    ['ดอยแม่สลอง', 'แม่สลอง', 'ດອຍແມ່ສະລອງ', 'ແມ່ສະລອງ', 'doi mae salong', 'mae salong'],
    ['สันติคีรี', 'santikhiri', 'santi khiri'],
  ],
  'mae-lao': [],
  'wiang-chiang-rung': [],
  'doi-luang': [],
};

/** Places along several districts (the Mekong): a weak clue, by the district most named with it. */
export const WEAK_LANDMARKS: Partial<Record<DistrictSlug, readonly (readonly string[])[]>> = {
  'chiang-khong': [['ริมโขง', 'แม่น้ำโขง', 'mekong', 'mekong river', 'ແມ່ນ້ຳຂອງ']],
};
