import { DistrictSlug } from './districts';

/**
 * Subdistricts (tambon) of each district, Thai name then romanisations. Source: the author's own
 * knowledge of Thai administrative divisions (DOPA names). Left out on purpose: names shared by
 * two districts of the province (ป่าซาง in Mae Chan and Wiang Chiang Rung, สันทราย in Mueang and
 * Mae Chan, ป่าแดด the Mae Suai tambon that would shadow Pa Daet district) and names identical to
 * their district. Names that are everyday words (เวียง town, สถาน place, ครึ่ง half, ปอ, ต้า,
 * ท่าข้าม crossing) are in PREFIXED_SUBDISTRICTS: they count only after ต./ตำบล/tambon.
 */
export const SUBDISTRICTS: Record<DistrictSlug, readonly (readonly string[])[]> = {
  'mueang-chiang-rai': [
    ['รอบเวียง', 'rop wiang', 'robwiang'],
    ['บ้านดู่', 'ban du', 'baan du', 'ban doo'],
    ['นางแล', 'nang lae', 'nanglae'],
    ['แม่ข้าวต้ม', 'mae khao tom'],
    ['แม่ยาว', 'mae yao'],
    ['แม่กรณ์', 'mae kon', 'mae korn'],
    ['ห้วยชมภู', 'huai chomphu', 'huay chompoo'],
    ['ห้วยสัก', 'huai sak', 'huay sak'],
    ['ริมกก', 'rim kok', 'rimkok'],
    ['ดอยลาน', 'doi lan'],
    ['ป่าอ้อดอนชัย', 'pa o don chai'],
    ['ท่าสาย', 'tha sai'],
    ['ดอยฮาง', 'doi hang'],
    ['ท่าสุด', 'tha sut'],
  ],
  'wiang-chai': [
    ['ผางาม', 'pha ngam'],
    ['เวียงเหนือ', 'wiang nuea'],
    ['ดอนศิลา', 'don sila'],
    ['เมืองชุม', 'mueang chum'],
  ],
  'chiang-khong': [
    ['บุญเรือง', 'bun rueang', 'boon ruang'],
    ['ห้วยซ้อ', 'huai so', 'huay so'],
    ['ศรีดอนชัย'],
    ['ริมโขง', 'rim khong'],
  ],
  thoeng: [
    ['ปล้อง', 'plong'],
    ['แม่ลอย', 'mae loi'],
    ['เชียงเคี่ยน', 'chiang khian'],
    ['ตับเต่า', 'tap tao'],
    ['หงาว', 'ngao'],
    ['สันทรายงาม', 'san sai ngam'],
    ['ศรีดอนไชย'],
    ['หนองแรด', 'nong raet'],
  ],
  phan: [
    ['สันมะเค็ด', 'san makhet'],
    ['แม่อ้อ', 'mae o'],
    ['ธารทอง', 'than thong'],
    ['ดอยงาม', 'doi ngam'],
    ['หัวง้ม', 'hua ngom'],
    ['เจริญเมือง', 'charoen mueang'],
    ['ป่าหุ่ง', 'pa hung'],
    ['ม่วงคำ', 'muang kham'],
    ['สันกลาง', 'san klang'],
    ['แม่เย็น', 'mae yen'],
    ['เมืองพาน', 'mueang phan'],
    ['เวียงห้าว', 'wiang hao'],
  ],
  'pa-daet': [
    ['ป่าแงะ', 'pa ngae'],
    ['สันมะค่า', 'san makha'],
    ['โรงช้าง', 'rong chang'],
    ['ศรีโพธิ์เงิน', 'si pho ngoen'],
  ],
  'mae-chan': [
    ['จันจว้า', 'chan chwa', 'chan jawa'],
    ['จันจว้าใต้', 'chan chwa tai'],
    ['แม่คำ', 'mae kham'],
    ['ท่าข้าวเปลือก', 'tha khao plueak'],
    ['ป่าตึง', 'pa tueng', 'pa tung'],
    ['แม่ไร่', 'mae rai'],
    ['ศรีค้ำ', 'si kham'],
    ['จอมสวรรค์', 'chom sawan'],
  ],
  'chiang-saen': [
    ['บ้านแซว', 'ban saeo', 'ban saew'],
    ['ศรีดอนมูล', 'si don mun', 'si don moon'],
    ['แม่เงิน', 'mae ngoen', 'mae ngern'],
    ['โยนก', 'yonok'],
  ],
  'mae-sai': [
    ['ห้วยไคร้', 'huai khrai', 'huay khrai'],
    ['โป่งผา', 'pong pha'],
    ['ศรีเมืองชุม', 'si mueang chum'],
    ['เวียงพางคำ', 'wiang phang kham'],
    ['บ้านด้าย', 'ban dai'],
    ['โป่งงาม', 'pong ngam'],
  ],
  'mae-suai': [
    ['แม่พริก', 'mae phrik'],
    ['ศรีถ้อย', 'si thoi'],
    ['ท่าก๊อ', 'tha ko'],
    ['วาวี', 'wawi', 'wa wi'],
  ],
  'wiang-pa-pao': [
    ['สันสลี', 'san sali'],
    ['ป่างิ้ว', 'pa ngio'],
    ['เวียงกาหลง', 'wiang kalong'],
    ['แม่เจดีย์', 'mae chedi'],
    ['แม่เจดีย์ใหม่', 'mae chedi mai'],
  ],
  'phaya-mengrai': [
    ['แม่เปา', 'mae pao'],
    ['แม่ต๋ำ', 'mae tam'],
    ['ไม้ยา', 'mai ya'],
    ['ตาดควัน', 'tat khwan'],
  ],
  'wiang-kaen': [
    ['ม่วงยาย', 'muang yai', 'muang yay'],
    ['หล่ายงาว', 'lai ngao'],
  ],
  'khun-tan': [
    ['ยางฮอม', 'yang hom'],
    ['ป่าตาล', 'pa tan', 'pa taan'],
  ],
  'mae-fa-luang': [
    ['เทอดไทย', 'thoet thai', 'therd thai', 'thoed thai', 'terd thai'],
    ['แม่สลองใน', 'mae salong nai'],
    ['แม่สลองนอก', 'mae salong nok'],
  ],
  'mae-lao': [
    ['ดงมะดะ', 'dong mada'],
    ['จอมหมอกแก้ว', 'chom mok kaeo'],
    ['บัวสลี', 'bua sali'],
    ['ป่าก่อดำ', 'pa ko dam'],
    ['โป่งแพร่', 'pong phrae'],
  ],
  'wiang-chiang-rung': [
    ['ทุ่งก่อ', 'thung ko'],
    ['ดงมหาวัน', 'dong maha wan'],
  ],
  'doi-luang': [
    ['ปงน้อย', 'pong noi'],
    ['หนองป่าก่อ', 'nong pa ko'],
  ],
};

/** Subdistrict names that are everyday words: only after ต./ตำบล/tambon (see above). */
export const PREFIXED_SUBDISTRICTS: Partial<Record<DistrictSlug, readonly (readonly string[])[]>> = {
  'mueang-chiang-rai': [['เวียง', 'wiang']],
  'chiang-khong': [['สถาน', 'sathan'], ['ครึ่ง', 'khrueng']],
  thoeng: [['งิ้ว', 'ngio']],
  phan: [['สันติสุข', 'santi suk'], ['ทานตะวัน', 'than tawan'], ['ทรายขาว', 'sai khao']],
  'mae-suai': [['เจดีย์หลวง', 'chedi luang']],
  'wiang-pa-pao': [['บ้านโป่ง', 'ban pong']],
  'phaya-mengrai': [['เม็งราย', 'mengrai']],
  'wiang-kaen': [['ปอ', 'po'], ['ท่าข้าม', 'tha kham']],
  'khun-tan': [['ต้า', 'ta']],
  'chiang-saen': [['ป่าสัก', 'pa sak']],
  'doi-luang': [['โชคชัย', 'chok chai']],
  'mae-sai': [['เกาะช้าง', 'ko chang']],
};
