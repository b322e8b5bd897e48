import { coverageGapText, handoffNoticeText } from './oncall-copy';

const zone = 'Asia/Bangkok';

describe('on-call copy', () => {
  it('tells the incoming responder their shift in Bangkok time, in Thai or English', () => {
    const w = { role: 'police', districts: ['mae-sai'], start: new Date('2025-01-07T01:00:00Z'), end: new Date('2025-01-07T13:00:00Z'), timeZone: zone };
    expect(handoffNoticeText('en', w)).toBe('You are on call for police, Mae Sai, from 08:00 to 20:00 (Bangkok time).');
    expect(handoffNoticeText('th', w)).toBe('ท่านเป็นเวรตำรวจ แม่สาย ตั้งแต่ 08:00 ถึง 20:00 น. (เวลาไทย)');
    // Other languages read English.
    expect(handoffNoticeText('ja', w)).toMatch(/^You are on call/);
  });

  it('tells a Burmese or Lao responder their shift in their language, in Thai time with Latin digits', () => {
    const w = { role: 'police', districts: ['mae-sai'], start: new Date('2025-01-07T01:00:00Z'), end: new Date('2025-01-07T13:00:00Z'), timeZone: zone };
    expect(handoffNoticeText('my', w)).toBe('ရဲ၊ မဲဆိုင် အတွက် သင် တာဝန်ကျပါသည်: 08:00 မှ 20:00 အထိ (ထိုင်းအချိန်)။');
    expect(handoffNoticeText('lo', w)).toBe('ທ່ານເປັນເວນຕຳຫຼວດ ແມ່ສາຍ ແຕ່ 08:00 ຫາ 20:00 ໂມງ (ເວລາໄທ).');
    const liaison = { ...w, role: 'liaison', districts: ['chiang-khong', '*'], end: new Date('2025-01-08T01:00:00Z') };
    expect(handoffNoticeText('my-MM', liaison)).toMatch(/^နယ်စပ်ဖြတ်ကျော် ဆက်သွယ်ရေးမှူး၊ ချင်းခေါင်, ပြည်နယ်တစ်ခုလုံး .*08:00 မှ \S+ 8 \S+ 08:00 အထိ/);
    expect(handoffNoticeText('lo', { ...liaison, end: undefined })).toBe('ທ່ານເປັນເວນຜູ້ປະສານງານຂ້າມແດນ ຊຽງຂອງ, ທົ່ວແຂວງ ແຕ່ 08:00 ໂມງ (ເວລາໄທ).');
  });

  it('dates the end of a shift that ends on another day, and leaves out an end it does not know', () => {
    const w = { role: 'ngo', districts: ['chiang-khong', '*'], start: new Date('2025-01-07T01:00:00Z'), end: new Date('2025-01-08T01:00:00Z'), timeZone: zone };
    expect(handoffNoticeText('en', w)).toBe('You are on call for NGO, Chiang Khong, the whole province, from 08:00 to Wed 8 Jan 08:00 (Bangkok time).');
    expect(handoffNoticeText('en', { ...w, end: undefined })).toBe('You are on call for NGO, Chiang Khong, the whole province, from 08:00 (Bangkok time).');
    // A shift ending at midnight ends the same day.
    expect(handoffNoticeText('en', { ...w, start: new Date('2025-01-07T11:00:00Z'), end: new Date('2025-01-07T17:00:00Z') })).toContain('from 18:00 to 00:00');
  });

  it('names a coverage gap with its dates for the coordinators', () => {
    const w = { schedule: 'Mae Sai police duty officer', role: 'police', districts: ['mae-sai'], start: new Date('2025-01-09T01:00:00Z'), end: new Date('2025-01-10T01:00:00Z'), timeZone: zone };
    expect(coverageGapText('en', w)).toBe(
      'Coverage gap: nobody on call for police, Mae Sai (Mae Sai police duty officer) from Thu 9 Jan 08:00 to Fri 10 Jan 08:00 (Bangkok time). Add an override on the board.',
    );
    expect(coverageGapText('th', { ...w, end: undefined })).toMatch(/^เวรว่าง: ไม่มีผู้รับเวรตำรวจ แม่สาย .* เป็นต้นไป \(เวลาไทย\)/);
  });

  it('names a coverage gap in Burmese and Lao', () => {
    const w = { schedule: 'Mae Sai police duty officer', role: 'police', districts: ['mae-sai'], start: new Date('2025-01-09T01:00:00Z'), end: new Date('2025-01-10T01:00:00Z'), timeZone: zone };
    expect(coverageGapText('my', w)).toMatch(/^တာဝန်ကွက်လပ်: ရဲ၊ မဲဆိုင် \(Mae Sai police duty officer\) အတွက် \S+ 9 \S+ 08:00 မှ \S+ 10 \S+ 08:00 အထိ တာဝန်ကျသူ မရှိပါ \(ထိုင်းအချိန်\)။/);
    expect(coverageGapText('lo', { ...w, end: undefined })).toMatch(/^ເວນຫວ່າງ: ບໍ່ມີຜູ້ຮັບເວນຕຳຫຼວດ ແມ່ສາຍ \(Mae Sai police duty officer\) ແຕ່ \S+ 9 \S+ 08:00 ເປັນຕົ້ນໄປ \(ເວລາໄທ\)/);
    expect(coverageGapText('my', w)).not.toMatch(/[\u1040-\u1049]/); // no Burmese digits: times read like the codes
  });
});
