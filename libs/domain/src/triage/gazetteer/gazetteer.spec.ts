import { triage } from '../triage';
import { DISTRICTS, resolveDistrict } from '.';
import { nearestDistrict } from './coordinates';

const place = (text: string) => {
  const r = triage({ text });
  return { district: r.district, crossBorder: r.crossBorder };
};

describe('gazetteer', () => {
  it('lists the 18 districts with Thai and English names', () => {
    expect(DISTRICTS).toHaveLength(18);
    expect(new Set(DISTRICTS.map((d) => d.slug)).size).toBe(18);
    expect(DISTRICTS).toContainEqual({ slug: 'mae-sai', nameTh: 'แม่สาย', nameEn: 'Mae Sai' });
    for (const d of DISTRICTS) expect(resolveDistrict(d.slug)).toBe(d.slug);
  });

  it.each([
    ['mae-sai', 'mae-sai'],
    ['Mae Sai', 'mae-sai'],
    ['อ.แม่สาย', 'mae-sai'],
    ['อำเภอเชียงของ', 'chiang-khong'],
    ['Chiang Khong District', 'chiang-khong'],
    ['เมืองเชียงราย', 'mueang-chiang-rai'],
    ['Mueang Chiang Rai', 'mueang-chiang-rai'],
    ['Muang Chiang Rai', 'mueang-chiang-rai'],
    ['wiang kaen', 'wiang-kaen'],
    ['Wieng Kaen', 'wiang-kaen'],
    ['Maesai', 'mae-sai'],
    ['Mae Fah Luang', 'mae-fa-luang'],
    ['เทิง', 'thoeng'],
    ['พาน', 'phan'],
    ['Phaya Meng Rai', 'phaya-mengrai'],
    ['wiang_chiang_rung', 'wiang-chiang-rung'],
    ['ดอยหลวง', 'doi-luang'],
    ['ຊຽງຂອງ', 'chiang-khong'],
    ['မဲဆိုင်', 'mae-sai'],
  ])('resolves %j to %s', (name, slug) => {
    expect(resolveDistrict(name)).toBe(slug);
  });

  it.each(['Bangkok', '', 'nowhere'])('does not resolve %j', (name) => {
    expect(resolveDistrict(name)).toBeUndefined();
  });

  it.each([
    ['ที่ตำบลเวียงพางคำ มีโรงงาน', 'mae-sai'],
    ['near Wat Rong Khun', 'mueang-chiang-rai'],
    ['บ้านหาดบ้าย', 'chiang-khong'],
    ['ใกล้ภูชี้ฟ้า', 'thoeng'],
    ['at Doi Mae Salong', 'mae-fa-luang'],
    ['แถวสามเหลี่ยมทองคำ', 'chiang-saen'],
    ['on the road to Phu Chi Dao', 'wiang-kaen'],
    ['ในตัวเมืองเชียงราย', 'mueang-chiang-rai'],
    ['Chieng Rai city', 'mueang-chiang-rai'],
    ['ต.ปอ อ.เวียงแก่น', 'wiang-kaen'],
    ['ร้านในแม่จัน', 'mae-chan'],
    ['ต.แม่เปา', 'phaya-mengrai'],
    ['ที่ดอยตุง', 'mae-fa-luang'],
    ['near Mae Fah Luang University', 'mueang-chiang-rai'],
    ['เเม่สาย', 'mae-sai'],
    ['แมสาย', 'mae-sai'],
    ['นายหน้ามาเก็บเงินที่ว.ป.เป้า', 'wiang-pa-pao'],
  ])('places %j in %s', (text, district) => {
    expect(place(text).district).toBe(district);
  });

  it.each(['พาน้องไปโรงพยาบาล', 'สถานบันเทิงแห่งหนึ่ง', 'half of the workers', 'ครึ่งหนึ่งของคนงาน', 'ปอกผลไม้'])(
    'finds no place in %j',
    (text) => {
      expect(place(text).district).toBe('unknown');
    },
  );

  it.each([
    ['ถูกพาไปท่าขี้เหล็ก', 'mae-sai', 'MM'],
    ['working in Tachileik', 'mae-sai', 'MM'],
    ['တာချီလိတ်မှာ', 'mae-sai', 'MM'],
    ['ข้ามไปห้วยทราย', 'chiang-khong', 'LA'],
    ['in Houayxay', 'chiang-khong', 'LA'],
    ['ຢູ່ບໍ່ແກ້ວ', 'chiang-khong', 'LA'],
    ['casino in the Golden Triangle SEZ', 'chiang-saen', 'LA'],
    ['คาสิโนคิงส์โรมัน', 'chiang-saen', 'LA'],
    ['ເມືອງຕົ້ນເຜິ້ງ', 'chiang-saen', 'LA'],
  ])('%j faces %s across the %s border', (text, district, country) => {
    expect(place(text)).toEqual({ district, crossBorder: country });
  });

  it('reads cross-border movement to a country, not nationality', () => {
    expect(place('จะพาข้ามไปฝั่งลาวคืนนี้').crossBorder).toBe('LA');
    expect(place('jobs in Myanmar').crossBorder).toBe('MM');
    expect(place('รถจะขนคนข้ามโขงคืนนี้ที่เชียงแสน').crossBorder).toBe('LA');
    expect(place('แรงงานพม่าในแม่สาย').crossBorder).toBeNull();
    expect(place('Lao women at a restaurant').crossBorder).toBeNull();
    expect(place('ร้านอาหารในอำเภอแม่ลาว').crossBorder).toBeNull();
  });

  it('prefers where people are to where they are going', () => {
    expect(place('Girls taken from Chiang Khong towards Mae Sai').district).toBe('chiang-khong');
  });

  it('lets an operator-given district win over the text, and searches the location description', () => {
    expect(triage({ text: 'ผู้หญิงถูกขังที่แม่สาย', location: { district: 'Chiang Saen' } }).district).toBe('chiang-saen');
    expect(triage({ text: 'ผู้หญิงถูกขังที่แม่สาย', location: { district: 'เชียงของ' } }).district).toBe('chiang-khong');
    expect(triage({ text: 'girls locked in a room', location: { description: 'behind Sailomjoy market' } }).district).toBe('mae-sai');
    expect(triage({ text: 'girls locked in a room', location: { lat: 20.26, lon: 100.41 } }).district).toBe('chiang-khong');
  });

  it('finds the nearest district only in or near the province', () => {
    expect(nearestDistrict(20.43, 99.88)).toBe('mae-sai');
    expect(nearestDistrict(13.75, 100.5)).toBeUndefined();
  });
});
