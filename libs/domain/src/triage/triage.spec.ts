import { triage } from './triage';

const priority = (text: string) => triage({ text }).priority;

describe('priority', () => {
  it.each([
    ['a child with any exploitation indicator', 'A 15-year-old girl works at a karaoke bar in Mae Chan', 'P1'],
    ['children selling flowers at night', '3 burmese girls maybe 13-14 selling flowers at night bazaar, a man takes their money', 'P1'],
    ['a child sold', 'มีการซื้อขายเด็กผ่านไลน์กลุ่ม ส่งตัวจากท่าขี้เหล็กเข้าแม่สาย', 'P1'],
    ['a child recruited', 'นายหน้าชวนเด็ก ม.3 ไปทำงานที่มาเลเซีย', 'P1'],
    ['confinement', 'ผู้หญิงพม่าถูกขังในห้องเช่า', 'P1'],
    ['threat to life', 'He said he will kill her if she runs', 'P1'],
    ['imminent movement', 'Tonight a boat will take 12 Lao workers across the Mekong at Chiang Saen', 'P1'],
    ['a person asking to be rescued', 'ช่วยด้วย', 'P1'],
    ['adult document retention', 'The employer keeps the passports of the Myanmar workers at the fish farm in Mae Chan', 'P2'],
    ['adult debt and coerced sex work', 'ผู้หญิงลาวในร้านคาราโอเกะถูกบังคับให้ขายบริการเพื่อใช้หนี้', 'P2'],
    ['hearsay lowers an adult case', 'I heard last year that a factory in Phan kept workers passports', 'P3'],
    ['recruitment', 'Someone is offering jobs in Dubai for a fee of 100,000 baht', 'P3'],
    ['vague concern', 'มีรถตู้แปลกๆ มารับผู้หญิงหลายคนที่หน้าร้าน', 'P3'],
    ['enquiry', 'How do I apply for a work permit?', 'P4'],
    ['thanks', 'ขอบคุณทีมงานมากค่ะ', 'P4'],
    ['test', 'test 123', 'P4'],
    ['spam', 'Congratulations! You have won a prize, click here', 'P4'],
    ['spam with a job offer', 'Easy job, high salary!!! click here http://bit.ly/abc', 'P4'],
    ['another crime', 'My phone was stolen at the night bazaar', 'P4'],
    ['nothing', 'สวัสดีค่ะ', 'P4'],
    ['a bar fight is another crime', 'There was a fight at the bar in Mae Sai tonight, someone got hit with a bottle', 'P4'],
    ['threats from an ex are another crime', 'แฟนเก่าขู่จะปล่อยคลิป', 'P4'],
    ['past violence, person safe now', 'Last year my cousin was beaten by her employer in Phan, she is home now and fine', 'P3'],
    ['a job seeker who can travel tomorrow', 'Are you hiring? I need a job in Chiang Rai, can travel tomorrow', 'P4'],
    ['a child taken into a hotel', 'มีฝรั่งพาเด็กผู้ชายเข้าโรงแรมในเชียงแสนบ่อยๆ', 'P1'],
    ['violence by an employer', 'นายจ้างทุบตีคนงานพม่าทุกวันที่ไร่ในแม่จัน', 'P1'],
    // Missed P1s of issue 15 (were P3): paraphrased confinement, and movement in progress.
    ['a door locked from outside', 'There are girls in a back room at the karaoke on the main road in Mae Sai, the door is locked from outside', 'P1'],
    ['people being loaded just now', 'People who look drugged are being loaded into a boat to the Lao side just now at Chiang Khong', 'P1'],
    ['Burmese girls taken tonight', 'မိန်းကလေး သုံးယောက်ကို ဒီည တာချီလိတ်ကို ခေါ်သွားမယ်', 'P1'],
    ['goods loaded today are not people', 'loaded the rice into the truck today in Mae Sai', 'P3'],
    // What held-out set G showed: an abbreviation's period is not a clause's end; people put onto a boat by others.
    ['ID cards taken (ปชช. abbreviated) and people put onto a boat now', 'ตอนนี้เลย มีผู้ชายเอาบัตรปชช.ของคนงานไปหมดแล้ว กำลังเอาคนขึ้นเรือข้ามไปฝั่งลาว', 'P1'],
    ['Lao: workers put onto a truck', 'ເຂົາເອົາຄົນງານຂຶ້ນລົດໄປແລ້ວ', 'P1'],
    ['goods loaded into a car in Thai are not people', 'พ่อกำลังขนของขึ้นรถ', 'P4'],
    ["an old story, 'don't know if still'", 'my friend told me 2 years ago ppl got locked in at a casino, dont know if still', 'P3'],
    ['Burmese: heard last year of unpaid wages, do not know if still there', 'မနှစ်က ကြားဖူးတာ ခြံမှာ အလုပ်သမားတွေ လုပ်ခ မရဘူးတဲ့ အခု ရှိသေးလား မသိ', 'P3'],
    ['a boss holding wages is P2', 'boss hold wages until end of season, workers still at the factory in Mae Suai', 'P2'],
    ['Burmese: a fee not paid yet is not unpaid wages', 'broker Korea alote 20000 baht pay ya mal ပိုက်ဆံ မပေးရသေးဘူး', 'P3'],
    // Strong indicators: incapacitation alone in an exploitation setting, or two kinds together.
    ['a woman drugged at a karaoke', 'A Lao woman at the karaoke in Chiang Khong looks drugged, the owner makes her sit with customers', 'P1'],
    ['unconscious worker at a farm', 'คนงานพม่าหมดสติอยู่ในไร่ส้ม นายจ้างไม่ยอมพาไปหาหมอ', 'P1'],
    ['documents taken and drugged (Lao)', 'ນາຍຈ້າງຍຶດໜັງສືຜ່ານແດນ ແລະ ນາງເໝືອນຖືກວາງຢາ', 'P1'],
    ['cannot leave and unconscious (Burmese)', 'အလုပ်ရှင်က အပြင်ထွက်ခွင့်မပေးဘူး တစ်ယောက်က သတိလစ်နေတယ်', 'P1'],
    ['a drunk uncle who passed out is not a case', 'My uncle passed out after drinking at a wedding in Phan', 'P4'],
    ['documents kept and not allowed out stays an adult P2', 'The boss keeps their passports and they are not allowed to leave the farm in Mae Chan', 'P2'],
    // Ordinary journeys are not movement in progress.
    ['a cousin taken to hospital', 'my cousin is being taken to the hospital in Chiang Rai tonight', 'P4'],
    ['a child taken to school', 'ลูกกำลังจะพาไปโรงเรียนที่แม่สาย', 'P4'],
  ])('%s -> %s', (_, text, expected) => {
    expect(priority(text)).toBe(expected);
  });

  it('never sends an exploitation indicator to P4, even with an enquiry or thanks', () => {
    expect(priority('ขอบคุณค่ะ นายจ้างยังยึดพาสปอร์ตพี่สาวอยู่')).toBe('P2');
    expect(priority('I want to ask: my cousin is locked in a room by her boss, what can I do?')).toBe('P1');
  });

  it('says which lower signals the higher priority outweighed', () => {
    const r = triage({ text: 'I heard from a friend that two girls are locked in a room at the massage shop in Mae Sai' });
    expect(r.priority).toBe('P1');
    expect(r.explanation).toContain('Outweighed: hearsay (P3); the higher priority wins.');
    expect(triage({ text: 'Employer keeps the passports of Myanmar workers in Mae Chan' }).explanation).not.toContain('Outweighed');
  });

  it('handles empty and odd input', () => {
    expect(triage({ text: '' })).toMatchObject({ priority: 'P4', district: 'unknown', minors: false, crossBorder: null, indicators: [] });
    expect(triage({ text: '😀😀😀' }).priority).toBe('P4');
  });

  it('reads Zawgyi-encoded Burmese', () => {
    // ကျွန်မကို ပိတ်ထားတယ် ကယ်ပါ (I am locked in, rescue me), typed in Zawgyi.
    const zawgyi = '\u1000\u103A\u103C\u1014\u1039\u1019\u1000\u102D\u102F \u1015\u102D\u1010\u1039\u1011\u102C\u1038\u1010\u101A\u1039 \u1000\u101A\u1039\u1015\u102B';
    const r = triage({ text: zawgyi });
    expect(r.priority).toBe('P1');
    expect(r.language).toBe('my');
    expect(r.indicators).toEqual(expect.arrayContaining(['confinement', 'self-rescue']));
  });

  it('explains itself', () => {
    const r = triage({ text: 'มีเด็กอายุ ๑๔ ถูกขังที่ท่าขี้เหล็ก' });
    expect(r).toMatchObject({ priority: 'P1', district: 'mae-sai', minors: true, crossBorder: 'MM', language: 'th' });
    expect(r.explanation).toMatch(/^P1: strong indicators together: confinement, a child\./);
    expect(r.explanation).toContain('confinement ("ขัง")');
    expect(r.explanation).toContain('Cross-border MM ("ท่าขี้เหล็ก")');
  });
});
