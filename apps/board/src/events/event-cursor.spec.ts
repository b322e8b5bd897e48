import { formatCursor, parseCursor } from './event-cursor';

const STREAMS = ['INCIDENTS', 'ALERTS', 'REPLIES'];

describe('event cursor', () => {
  it('round-trips the sequence of every stream', () => {
    const cursor = { INCIDENTS: 12, ALERTS: 40, REPLIES: 0 };
    expect(parseCursor(formatCursor(cursor), STREAMS)).toEqual(cursor);
  });

  it('starts from now for a missing, malformed or partial id', () => {
    expect(parseCursor(undefined, STREAMS)).toBeUndefined();
    expect(parseCursor('', STREAMS)).toBeUndefined();
    expect(parseCursor('INCIDENTS:x,ALERTS:1,REPLIES:1', STREAMS)).toBeUndefined();
    expect(parseCursor('INCIDENTS:1,ALERTS:1', STREAMS)).toBeUndefined();
    expect(parseCursor('42', STREAMS)).toBeUndefined();
  });

  it('ignores streams it does not read', () => {
    expect(parseCursor('INCIDENTS:1,ALERTS:2,REPLIES:3,TIPS:9', STREAMS)).toEqual({ INCIDENTS: 1, ALERTS: 2, REPLIES: 3 });
  });
});
