import fc from 'fast-check';
import { parsePostbackData } from '../../../domain/src/replies/parse-postback-data';
import { messagingApi } from '@line/bot-sdk';
import { renderPage } from './render-page';
import { smsSegments } from './sms-segments';

const LONG_TH =
  'มีเด็กหญิงอายุประมาณ 15 ปี สามคน ถูกขังอยู่ในร้านคาราโอเกะแถวตลาดสายลมจอย แม่สาย นายหน้าจะพาข้ามไปท่าขี้เหล็กคืนนี้ ผู้แจ้งเห็นชายสองคนเฝ้าหน้าร้าน';
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
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('th', 'en', 'my'), fc.integer({ min: 1, max: 9999 }), (summary, language, code) => {
        const { sms } = renderPage({ language, priority: 'P1', district: 'wiang-kaen', summary, code, alertId: 'a1' });
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
    const { sms } = renderPage({ language: 'my', priority: 'P3', district: 'tachileik-border', summary: 'x', code: 1, alertId: 'a' });
    expect(sms).toBe('P3 Tachileik Border: x. Reply ACK 1 to accept, NO 1 to decline');
  });
});
