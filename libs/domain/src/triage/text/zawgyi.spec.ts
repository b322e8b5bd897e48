import { isZawgyi, toUnicodeBurmese, zawgyiToUnicode } from './zawgyi';

// Zawgyi strings written code point by code point (what a Zawgyi phone keyboard stores).
const ZG = {
  myanmar: '\u103B\u1019\u1014\u1039\u1019\u102C', // မြန်မာ
  lockedMe: '\u1000\u103A\u103C\u1014\u1039\u1019\u1000\u102D\u102F \u1015\u102D\u1010\u1039\u1011\u102C\u1038\u1010\u101A\u1039', // ကျွန်မကို ပိတ်ထားတယ်
  rescue: '\u1000\u101A\u1039\u1015\u102B', // ကယ်ပါ
  unpaid: '\u101C\u1005\u102C \u1019\u1031\u1015\u1038\u1018\u1030\u1038', // လစာ မပေးဘူး
  speak: '\u1031\u103B\u1015\u102C', // ပြော
};

describe('Zawgyi', () => {
  it.each([
    [ZG.myanmar, 'မြန်မာ'],
    [ZG.lockedMe, 'ကျွန်မကို ပိတ်ထားတယ်'],
    [ZG.rescue, 'ကယ်ပါ'],
    [ZG.unpaid, 'လစာ မပေးဘူး'],
    [ZG.speak, 'ပြော'],
  ])('detects and converts %j', (zawgyi, unicode) => {
    expect(isZawgyi(zawgyi)).toBe(true);
    expect(isZawgyi(unicode)).toBe(false);
    expect(zawgyiToUnicode(zawgyi)).toBe(unicode);
  });

  it('leaves Unicode Burmese and other scripts alone', () => {
    const unicode = 'ကျွန်တော့်အစ်ကို မဲဆိုင်က ဆောက်လုပ်ရေးမှာ အလုပ်လုပ်တယ်။';
    expect(toUnicodeBurmese(unicode)).toBe(unicode);
    expect(isZawgyi('ช่วยด้วย help')).toBe(false);
  });

  it('converts stacked consonants and kinzi', () => {
    expect(zawgyiToUnicode('\u1019\u1060')).toBe('\u1019\u1039\u1000');
    expect(zawgyiToUnicode('\u1021\u1064')).toBe('\u1004\u103A\u1039\u1021');
  });
});
