import { messagingApi } from '@line/bot-sdk';
import { renderNotice } from './render-notice';

describe('renderNotice', () => {
  it('passes text already worded by the caller', () => {
    const { sms, line } = renderNotice({ language: 'th', notice: 'เรื่องนี้มีผู้รับแล้ว' });
    expect(sms).toBe('เรื่องนี้มีผู้รับแล้ว');
    expect(line).toEqual([{ type: 'text', text: 'เรื่องนี้มีผู้รับแล้ว' }]);
  });

  it('words a stand-down in Thai and English', () => {
    expect(renderNotice({ language: 'th', notice: { kind: 'stand-down', by: 'Somchai', role: 'police', district: 'mae-sai' } }).sms).toBe(
      'Somchai (ตำรวจ แม่สาย) รับเรื่องแล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ',
    );
    expect(renderNotice({ language: 'en', notice: { kind: 'stand-down', by: 'Somchai' } }).sms).toBe(
      'Accepted by Somchai: you can stand down. Thank you.',
    );
  });

  it('words a resolution', () => {
    const { line } = renderNotice({ language: 'en', notice: { kind: 'resolved', district: 'chiang-saen', outcome: 'rescued' } });
    expect((line[0] as messagingApi.TextMessage).text).toBe('The Chiang Saen case is closed (rescued). Thank you.');
  });

  it('words a stand-down, an acceptance and a resolution in Burmese and Lao', () => {
    expect(renderNotice({ language: 'my', notice: { kind: 'stand-down', by: 'Somchai', role: 'police', district: 'mae-sai' } }).sms).toBe(
      'Somchai (ရဲ မဲဆိုင်) က လက်ခံပြီးပါပြီ။ သင် ထွက်ရန် မလိုတော့ပါ။ ကျေးဇူးတင်ပါသည်။',
    );
    expect(renderNotice({ language: 'lo', notice: { kind: 'stand-down', by: 'Somchai', role: 'police', district: 'mae-sai' } }).sms).toBe(
      'Somchai (ຕຳຫຼວດ ແມ່ສາຍ) ຮັບເລື່ອງແລ້ວ. ທ່ານບໍ່ຕ້ອງໄປແລ້ວ. ຂອບໃຈ.',
    );
    expect(renderNotice({ language: 'my', notice: { kind: 'accepted', code: 4 } }).sms).toBe('ဤအမှုကို သင် လက်ခံပြီးပါပြီ။ ရောက်လျှင် ARRIVED 4 ပြန်ပို့ပါ။');
    expect(renderNotice({ language: 'lo', notice: { kind: 'accepted', code: 4 } }).sms).toBe('ທ່ານຮັບເລື່ອງນີ້ແລ້ວ. ຕອບ ARRIVED 4 ເມື່ອຮອດບ່ອນເກີດເຫດ.');
    expect(renderNotice({ language: 'my', notice: { kind: 'resolved', district: 'chiang-saen' } }).sms).toBe('ချင်းဆိန် အမှု ပိတ်ပြီးပါပြီ။ ကျေးဇူးတင်ပါသည်။');
    expect(renderNotice({ language: 'lo', notice: { kind: 'resolved', district: 'chiang-saen', outcome: 'rescued' } }).sms).toBe('ເລື່ອງທີ່ ຊຽງແສນ ປິດແລ້ວ (rescued). ຂອບໃຈ.');
  });

  it('marks a drill notice in the responder language', () => {
    expect(renderNotice({ language: 'my', notice: 'x', drill: true }).sms).toBe('[လေ့ကျင့်မှု၊ တကယ့်အမှု မဟုတ်ပါ] x');
    expect(renderNotice({ language: 'lo', notice: { kind: 'accepted' }, drill: true }).sms).toBe('[ຊ້ອມແຜນ, ບໍ່ແມ່ນເຫດແທ້] ທ່ານຮັບເລື່ອງນີ້ແລ້ວ.');
    expect(renderNotice({ language: 'ja', notice: 'x', drill: true }).sms).toBe('[DRILL, not a real case] x');
  });
});
