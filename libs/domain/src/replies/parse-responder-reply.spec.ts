import { parseResponderReply } from './parse-responder-reply';

describe('parseResponderReply', () => {
  it.each([
    ['1', 1], ['ACK 1', 1], ['ack1', 1], ['A1', 1], ['a 1', 1], ['  Ack   12 ', 12], ['ACK: 3.', 3], ['ack #4', 4],
    ['รับ 1', 1], ['รับ1', 1], ['รับครับ 2', 2], ['ACCEPT 7 on my way', 7], ['yes 3', 3],
    ['ACK ๓', 3], ['๑๒', 12], ['ACK ၅', 5], ['ACK ໗', 7], ['ACK ٤', 4], ['ＡＣＫ　２', 2],
  ])('%j accepts code %i', (text, code) => {
    expect(parseResponderReply(text)).toEqual({ kind: 'accept', code });
  });

  it.each(['รับ', 'ACK', 'ack', 'รับครับ', 'รับทราบค่ะ', 'accept'])('%j accepts without a code', (text) => {
    expect(parseResponderReply(text)).toEqual({ kind: 'accept' });
  });

  it.each([
    ['NO 1', 1], ['no1', 1], ['N1', 1], ['n 2', 2], ['ไม่ว่าง 1', 1], ['ไม่ว่างครับ 3', 3], ['ไม่รับ 4', 4], ['decline 5', 5], ['NO ๒', 2],
  ])('%j declines code %i', (text, code) => {
    expect(parseResponderReply(text)).toEqual({ kind: 'decline', code });
  });

  it.each([['ARRIVED 1', 1], ['arrived1', 1], ['ถึงแล้ว 1', 1], ['ถึงแล้วครับ 2', 2], ['R3', 3], ['arr 4', 4]])('%j is arrival for %i', (text, code) => {
    expect(parseResponderReply(text)).toEqual({ kind: 'arrived', code });
  });

  it.each([
    ['ຮັບເລື່ອງ 3', 'accept'], ['လက်ခံမည် 3', 'accept'], ['ACK 3၊', 'accept'], ['ACK 3။', 'accept'],
    ['ບໍ່ຫວ່າງ 3', 'decline'], ['ປະຕິເສດ 3', 'decline'], ['မအားပါ 3', 'decline'], ['ငြင်း 3', 'decline'],
    ['ຮອດແລ້ວ 3', 'arrived'], ['ရောက်ပြီ 3', 'arrived'],
  ])('%j, in the words of a Lao or Burmese page, is %s for code 3', (text, kind) => {
    expect(parseResponderReply(text)).toEqual({ kind, code: 3 });
  });

  it('reads ไม่รับ as a decline, never as รับ', () => {
    expect(parseResponderReply('ไม่รับ')).toEqual({ kind: 'decline' });
  });

  it.each([['LINK ABC123', 'ABC123'], ['link abc123', 'ABC123'], ['Link: x7k2q9', 'X7K2Q9']])('%j links with %s', (text, code) => {
    expect(parseResponderReply(text)).toEqual({ kind: 'link', code });
  });

  it.each(['STOP', 'stop', 'StopAll', 'UNSUBSCRIBE', 'cancel', 'QUIT', 'end'])('%j opts out', (text) => {
    expect(parseResponderReply(text)).toEqual({ kind: 'stop' });
  });

  it.each(['START', 'UNSTOP', 'yes', 'Start.'])('%j opts back in', (text) => {
    expect(parseResponderReply(text)).toEqual({ kind: 'start' });
  });

  it.each(['HELP', 'help?', 'info', 'วิธีใช้'])('%j asks for help', (text) => {
    expect(parseResponderReply(text)).toEqual({ kind: 'help' });
  });

  it.each(['', '   ', 'no idea what this is', 'a', 'n', 'ACK 0', 'hello', 'stop the car at mae sai', 'มีเด็กถูกขังอยู่ที่แม่สาย'])(
    '%j is not a reply',
    (text) => {
      expect(parseResponderReply(text)).toEqual({ kind: 'unknown' });
    },
  );
});

describe('handing an accepted case back (un-acknowledge)', () => {
  it.each([['UNACK 1', 1], ['unack1', 1], ['U2', 2], ["can't go 3", 3], ['ไปไม่ได้ 4', 4], ['release 5', 5], ['ยกเลิกรับ 6 ครับ', 6]])(
    '%j releases %i',
    (text, code) => {
      expect(parseResponderReply(text)).toEqual({ kind: 'release', code });
    },
  );

  it('a bare UNACK releases the one open case', () => {
    expect(parseResponderReply('unack')).toEqual({ kind: 'release' });
  });

  it('CANCEL stays the carrier opt-out, never a release', () => {
    expect(parseResponderReply('CANCEL')).toEqual({ kind: 'stop' });
  });
});

describe('more than one code in a reply', () => {
  it.each([
    ['ACK 1 2', { kind: 'accept', code: 1, otherCodes: [2] }],
    ['a1 2 3', { kind: 'accept', code: 1, otherCodes: [2, 3] }],
    ['NO 4 5', { kind: 'decline', code: 4, otherCodes: [5] }],
  ])('reads %s as the first code, keeping the others to tell the responder', (text, expected) => {
    expect(parseResponderReply(text)).toEqual(expected);
  });

  it('keeps a remark after the code a remark', () => {
    expect(parseResponderReply('ACK 3 on my way')).toEqual({ kind: 'accept', code: 3 });
  });
});
