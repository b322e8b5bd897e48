import { movedAwayText, relinkedText } from './relink-copy';
import { openCodesText, responderCopy } from './responder-copy';

const open = [
  { code: 3, district: 'mae-sai' },
  { code: 5, district: 'chiang-khong' },
];

describe('answers to responders', () => {
  it('are in Thai or English as before', () => {
    expect(responderCopy(['th']).unknownCode(9, openCodesText(open, ['th']))).toBe('ไม่มีเรื่องที่เปิดอยู่รหัส 9 รหัสของท่าน: 3 (แม่สาย), 5 (เชียงของ) ตอบ ACK <รหัส>');
    expect(responderCopy(['en', 'th']).unknownCode(9, openCodesText(open, ['en', 'th']))).toBe(
      'No open case has code 9. Your open codes: 3 (Mae Sai), 5 (Chiang Khong). Reply ACK <code>.',
    );
  });

  it('answer an unknown code in Burmese to a Burmese-first responder, naming the districts in Burmese', () => {
    const languages = ['my', 'th'];
    expect(responderCopy(languages).unknownCode(9, openCodesText(open, languages))).toBe(
      'ကုဒ် 9 ဖြင့် ဖွင့်ထားသော အမှု မရှိပါ။ သင့်ကုဒ်များ: 3 (မဲဆိုင်), 5 (ချင်းခေါင်)။ ACK <ကုဒ်> ပြန်ပို့ပါ။',
    );
    expect(responderCopy(languages).whichCode(openCodesText(open, languages))).toContain('3 (မဲဆိုင်), 5 (ချင်းခေါင်)');
    expect(responderCopy(languages).onlyFirstCode(3, 'ACK', [5, 7])).toBe('ကုဒ် 3 ကိုသာ ဖတ်ပါသည်။ ကျန်ကုဒ်များအတွက် ACK 5 နှင့် ACK 7 ကို တစ်ခုစီ သီးခြား ပို့ပါ။');
  });

  it('answer in Lao to a Lao-first responder', () => {
    const languages = ['lo'];
    expect(responderCopy(languages).unknownCode(9, openCodesText(open, languages))).toBe(
      'ບໍ່ມີເລື່ອງທີ່ເປີດຢູ່ລະຫັດ 9. ລະຫັດຂອງທ່ານ: 3 (ແມ່ສາຍ), 5 (ຊຽງຂອງ). ຕອບ ACK <ລະຫັດ>.',
    );
    expect(responderCopy(languages).noOpenCase).toBe('ຕອນນີ້ທ່ານບໍ່ມີເລື່ອງທີ່ລໍຖ້າການຕອບ.');
    expect(responderCopy(languages).linked('Khamla')).toContain('Khamla');
  });

  it('fall back to English for any other first language, even when Thai comes second', () => {
    expect(responderCopy(['ja', 'th']).noOpenCase).toBe('You have no open case waiting for an answer.');
    expect(responderCopy(undefined).noOpenCase).toBe('You have no open case waiting for an answer.');
  });

  it('keep the reply keywords ASCII, as the reply parser reads them', () => {
    for (const languages of [['th'], ['en'], ['my'], ['lo']]) {
      const { smsHelp, lineHelp } = responderCopy(languages);
      for (const word of ['ACK', 'NO', 'ARRIVED']) expect(smsHelp).toContain(`${word} <`);
      expect(lineHelp).toContain('ACK <');
    }
  });

  it('tell of a moved link in Burmese and Lao', () => {
    expect(movedAwayText('my', 'sms', 'Aung')).toMatch(/^ဤဖုန်းနံပါတ်သည် Aung ၏/);
    expect(movedAwayText('lo', 'line', 'Khamla')).toMatch(/^ບັນຊີ LINE ນີ້ບໍ່ໄດ້ຮັບແຈ້ງເຫດຂອງ Khamla/);
    expect(relinkedText('my', 'sms', 'Aung', '+66811111234', '+66822225678')).toContain('(…234 → …678)');
    expect(relinkedText('lo', 'sms', 'Khamla', '+66811111234', '+66822225678')).toMatch(/^ແຈ້ງຜູ້ປະສານງານ: .*\(…234 → …678\)/);
    expect(movedAwayText('th-TH', 'sms', 'Somchai')).toMatch(/^หมายเลขโทรศัพท์นี้/);
    expect(relinkedText('ja', 'line', 'Somchai', 'U1', 'U2')).toMatch(/^For coordinators/);
  });
});
