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
      'Somchai (police แม่สาย) รับเรื่องแล้ว ท่านไม่ต้องออกเหตุ ขอบคุณครับ',
    );
    expect(renderNotice({ language: 'en', notice: { kind: 'stand-down', by: 'Somchai' } }).sms).toBe(
      'Accepted by Somchai: you can stand down. Thank you.',
    );
  });

  it('words a resolution', () => {
    const { line } = renderNotice({ language: 'en', notice: { kind: 'resolved', district: 'chiang-saen', outcome: 'rescued' } });
    expect((line[0] as messagingApi.TextMessage).text).toBe('The Chiang Saen case is closed (rescued). Thank you.');
  });
});
