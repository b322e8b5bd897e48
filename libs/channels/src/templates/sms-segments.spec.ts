import { isGsm7, smsSegments } from './sms-segments';

describe('smsSegments', () => {
  it('counts GSM-7 texts by 160, then 153 per segment', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('a'.repeat(306))).toBe(2);
    expect(smsSegments('a'.repeat(307))).toBe(3);
  });

  it('counts extension characters as two septets', () => {
    expect(smsSegments('€'.repeat(80))).toBe(1);
    expect(smsSegments('€'.repeat(81))).toBe(2);
  });

  it('counts UCS-2 texts (any Thai) by 70, then 67 per segment', () => {
    expect(isGsm7('แม่สาย')).toBe(false);
    expect(smsSegments('ก'.repeat(70))).toBe(1);
    expect(smsSegments('ก'.repeat(71))).toBe(2);
    expect(smsSegments('ก'.repeat(134))).toBe(2);
    expect(smsSegments('ก'.repeat(135))).toBe(3);
  });

  it('lets one non-GSM character turn an English text into UCS-2', () => {
    expect(smsSegments(`${'a'.repeat(100)}“`)).toBe(2);
  });
});
