import fc from 'fast-check';
import { parsePostbackData } from '../../../domain/src/replies/parse-postback-data';
import { messagingApi } from '@line/bot-sdk';
import { DISTRICT_SLUGS } from '../../../domain/src/triage/gazetteer/districts';
import { districtName } from './district-names';
import { PAGE_COPY } from './page-copy';
import { MAX_PAGE_SEGMENTS, renderPage } from './render-page';
import { smsSegments } from './sms-segments';
import { TEMPLATE_LANGUAGES } from './template-language';

const LONG_TH =
  'มีเด็กหญิงอายุประมาณ 15 ปี สามคน ถูกขังอยู่ในร้านคาราโอเกะแถวตลาดสายลมจอย แม่สาย นายหน้าจะพาข้ามไปท่าขี้เหล็กคืนนี้ ผู้แจ้งเห็นชายสองคนเฝ้าหน้าร้าน';
const LONG_MY =
  'အသက် ၁၅ နှစ်ခန့် မိန်းကလေး သုံးယောက်ကို မဲဆိုင် ဈေးနား ကာရာအိုကေဆိုင်မှာ ပိတ်ထားတယ်။ ဒီည တာချီလိတ်ကို ခေါ်သွားမယ်လို့ ပွဲစားက ပြောတယ်။';
const LONG_LO =
  'ມີເດັກຍິງອາຍຸປະມານ 15 ປີ ສາມຄົນ ຖືກຂັງຢູ່ໃນຮ້ານຄາລາໂອເກະໃກ້ຕະຫຼາດແມ່ສາຍ ນາຍໜ້າຈະພາຂ້າມໄປທ່າຂີ້ເຫຼັກຄືນນີ້ ມີຜູ້ຊາຍສອງຄົນເຝົ້າໜ້າຮ້ານ';
const LONG_EN =
  'Three girls, about 15, are locked in a karaoke bar near the Sai Lom Joy market in Mae Sai and a broker plans to take them across to Tachileik tonight; two men guard the door.';

function buttons(message: messagingApi.Message) {
  const flex = message as messagingApi.FlexMessage;
  const bubble = flex.contents as messagingApi.FlexBubble;
  return (bubble.footer!.contents as messagingApi.FlexButton[]).map((b) => b.action as messagingApi.PostbackAction);
}

describe('renderPage', () => {
  it('writes a Thai SMS page with the reply instructions', () => {
    const { sms } = renderPage({ language: 'th', priority: 'P1', district: 'mae-sai', summary: 'เด็ก 3 คนถูกขัง', code: 3, alertId: 'a1' });
    expect(sms).toBe('P1 แม่สาย: เด็ก 3 คนถูกขัง. ตอบ ACK 3 เพื่อรับ, NO 3 ปฏิเสธ');
  });

  it('writes an English SMS page', () => {
    const { sms } = renderPage({ language: 'en', priority: 'P2', district: 'chiang-khong', summary: 'Man held at pier.', code: 12, alertId: 'a1' });
    expect(sms).toBe('P2 Chiang Khong: Man held at pier. Reply ACK 12 to accept, NO 12 to decline');
  });

  it.each([
    ['th', LONG_TH],
    ['en', LONG_TH],
    ['th', LONG_EN],
    ['en', LONG_EN.repeat(2)],
  ])('keeps a long %s page within two segments, trimming the summary but never the instructions', (language, summary) => {
    const { sms } = renderPage({ language, priority: 'P1', district: 'mae-sai', summary, code: 123, alertId: 'a1' });
    expect(smsSegments(sms)).toBeLessThanOrEqual(2);
    expect(sms).toMatch(language === 'th' ? /ตอบ ACK 123 เพื่อรับ, NO 123 ปฏิเสธ$/ : /Reply ACK 123 to accept, NO 123 to decline$/);
    expect(sms).toMatch(/(…|\.\.\.)\. /);
  });

  it('uses nearly all of two segments for a long English page in GSM-7', () => {
    const { sms } = renderPage({ language: 'en', priority: 'P1', district: 'mae-sai', summary: LONG_EN.repeat(2), code: 3, alertId: 'a1' });
    expect(sms.length).toBeGreaterThan(290);
    expect(smsSegments(sms)).toBe(2);
  });

  it('stays within two segments for any summary', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('th', 'en', 'my', 'lo'), fc.boolean(), fc.integer({ min: 1, max: 9999 }), (summary, language, drill, code) => {
        const { sms } = renderPage({ language, priority: 'P1', district: 'wiang-kaen', summary, code, alertId: 'a1', drill });
        expect(smsSegments(sms)).toBeLessThanOrEqual(2);
        expect(sms).toContain(`ACK ${code}`);
      }),
    );
  });

  it('never splits a Thai vowel or tone mark from its consonant when trimming', () => {
    const { sms } = renderPage({ language: 'th', priority: 'P1', district: 'mae-sai', summary: 'น้ำ'.repeat(80), code: 3, alertId: 'a1' });
    expect(sms).toMatch(/(น้ำ)+…\. ตอบ/);
  });

  it('renders a LINE Flex page with Accept / Decline / Arrived postbacks naming the alert', () => {
    const alertId = 'inc-7-police-1-resp-2-line';
    const { line } = renderPage({ language: 'th', priority: 'P1', district: 'mae-sai', summary: LONG_TH, code: 3, alertId });
    expect(line).toHaveLength(1);
    expect(line[0]).toMatchObject({ type: 'flex', altText: expect.stringContaining(LONG_TH) });
    const actions = buttons(line[0]);
    expect(actions.map((a) => a.type)).toEqual(['postback', 'postback', 'postback']);
    expect(actions.map((a) => parsePostbackData(a.data!))).toEqual([
      { kind: 'accept', alertId },
      { kind: 'decline', alertId },
      { kind: 'arrived', alertId },
    ]);
    expect(actions[0].data).toBe(`action=accept&alert=${alertId}`);
  });

  it('falls back to English for languages without templates and shows unknown districts as words', () => {
    const { sms } = renderPage({ language: 'ja', priority: 'P3', district: 'tachileik-border', summary: 'x', code: 1, alertId: 'a' });
    expect(sms).toBe('P3 Tachileik Border: x. Reply ACK 1 to accept, NO 1 to decline');
    expect(renderPage({ language: 'my', priority: 'P3', district: 'tachileik-border', summary: 'x', code: 1, alertId: 'a' }).sms).toMatch(/^P3 Tachileik Border: x\. လက်ခံရန်/);
  });

  it('writes a Burmese page for a Burmese-first responder, with the ASCII reply keywords and code', () => {
    const { sms, line } = renderPage({ language: 'my', priority: 'P1', district: 'mae-sai', summary: 'ကလေး ၃ ယောက် ပိတ်ထားခံရ', code: 3, alertId: 'a1' });
    expect(sms).toBe('P1 မဲဆိုင်: ကလေး ၃ ယောက် ပိတ်ထားခံရ. လက်ခံရန် ACK 3၊ ငြင်းရန် NO 3 ပြန်ပို့ပါ');
    expect(buttons(line[0]).map((a) => a.label)).toEqual(['လက်ခံမည်', 'မအားပါ', 'ရောက်ပြီ']);
  });

  it('writes a Lao page for a Lao-first responder (a regional tag counts)', () => {
    const { sms, line } = renderPage({ language: 'lo-LA', priority: 'P2', district: 'chiang-khong', summary: 'ຜູ້ຊາຍຖືກກັກຢູ່ທ່າເຮືອ', code: 12, alertId: 'a1' });
    expect(sms).toBe('P2 ຊຽງຂອງ: ຜູ້ຊາຍຖືກກັກຢູ່ທ່າເຮືອ. ຕອບ ACK 12 ເພື່ອຮັບ, NO 12 ປະຕິເສດ');
    expect(buttons(line[0]).map((a) => a.label)).toEqual(['ຮັບເລື່ອງ', 'ບໍ່ຫວ່າງ', 'ຮອດແລ້ວ']);
  });

  it.each([
    ['my', LONG_MY, 'လက်ခံရန် ACK 123၊ ငြင်းရန် NO 123 ပြန်ပို့ပါ', '[လေ့ကျင့်မှု၊ တကယ့်အမှု မဟုတ်ပါ]'],
    ['lo', LONG_LO, 'ຕອບ ACK 123 ເພື່ອຮັບ, NO 123 ປະຕິເສດ', '[ຊ້ອມແຜນ, ບໍ່ແມ່ນເຫດແທ້]'],
    ['my', LONG_EN, 'လက်ခံရန် ACK 123၊ ငြင်းရန် NO 123 ပြန်ပို့ပါ', '[လေ့ကျင့်မှု၊ တကယ့်အမှု မဟုတ်ပါ]'],
    ['lo', LONG_TH, 'ຕອບ ACK 123 ເພື່ອຮັບ, NO 123 ປະຕິເສດ', '[ຊ້ອມແຜນ, ບໍ່ແມ່ນເຫດແທ້]'],
  ])('keeps a long %s drill page within two segments, marked as a drill first, instructions whole', (language, summary, instructions, mark) => {
    const { sms, line } = renderPage({ language, priority: 'P1', district: 'wiang-chiang-rung', summary, code: 123, alertId: 'a1', drill: true });
    expect(smsSegments(sms)).toBeLessThanOrEqual(MAX_PAGE_SEGMENTS);
    expect(sms.startsWith(`${mark} P1 ${districtName('wiang-chiang-rung', language as 'my' | 'lo')}: `)).toBe(true);
    expect(sms.endsWith(`…. ${instructions}`)).toBe(true);
    expect((line[0] as messagingApi.FlexMessage).altText.startsWith(mark)).toBe(true);
  });

  it('leaves room for a summary in every language: drill mark, the longest district and a 4-digit code take at most 100 of 134 units', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const longest = DISTRICT_SLUGS.map((d) => districtName(d, language)).sort((a, b) => b.length - a.length)[0];
      const fixed = renderPage({ language, priority: 'P1', district: DISTRICT_SLUGS.find((d) => districtName(d, language) === longest)!, summary: '', code: 9999, alertId: 'a', drill: true }).sms;
      expect(fixed).toContain(PAGE_COPY[language].instructions(9999));
      // Two concatenated UCS-2 segments carry 134 UTF-16 units; the summary gets what is left.
      expect(fixed.length).toBeLessThanOrEqual(100);
      expect(smsSegments(`${fixed}${'ก'.repeat(134 - fixed.length - 2)}`)).toBeLessThanOrEqual(2);
    }
  });

  it('names all eighteen districts in Burmese and Lao script', () => {
    for (const slug of DISTRICT_SLUGS) {
      expect(districtName(slug, 'my')).toMatch(/^[\u1000-\u109F ]+$/);
      expect(districtName(slug, 'lo')).toMatch(/^[\u0E80-\u0EFF ]+$/);
    }
  });
});
