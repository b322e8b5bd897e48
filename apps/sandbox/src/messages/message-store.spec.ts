import { InboundLog } from './inbound-log';
import { MessageStore } from './message-store';

const limits = { SANDBOX_KEEP_PER_RECIPIENT: 3, SANDBOX_KEEP_TOTAL: 5 };
const sms = (to: string, text: string) => ({ id: text, channel: 'sms' as const, to, text, payload: null });

describe('MessageStore', () => {
  it('keeps the last SANDBOX_KEEP_PER_RECIPIENT of each recipient, oldest dropped first', () => {
    const store = new MessageStore(limits);
    for (let i = 1; i <= 5; i++) store.record(sms('+661', `a${i}`));
    store.record(sms('+662', 'b1'));
    expect(store.list({ to: '+661' }).map((m) => m.text)).toEqual(['a3', 'a4', 'a5']);
    expect(store.list({ to: '+662' }).map((m) => m.text)).toEqual(['b1']);
  });

  it('keeps SANDBOX_KEEP_TOTAL in all, dropping the oldest of anyone', () => {
    const store = new MessageStore(limits);
    for (const [to, text] of [['+661', 'a1'], ['+662', 'b1'], ['+663', 'c1'], ['+661', 'a2'], ['+662', 'b2'], ['+663', 'c2'], ['+664', 'd1']]) store.record(sms(to, text));
    expect(store.list().map((m) => m.text)).toEqual(['c1', 'a2', 'b2', 'c2', 'd1']);
    expect(store.list({ to: '+661' }).map((m) => m.text)).toEqual(['a2']);
  });

  it('`from` still counts every message recorded, so a poller reads only what is new after a drop', () => {
    const store = new MessageStore(limits);
    for (let i = 1; i <= 4; i++) store.record(sms(`+66${i}`, `m${i}`));
    const read = 4; // a poller has read m1..m4
    for (let i = 5; i <= 7; i++) store.record(sms(`+66${i}`, `m${i}`)); // m1, m2 dropped
    expect(store.list({ from: read }).map((m) => m.text)).toEqual(['m5', 'm6', 'm7']);
    expect(store.list({ from: 1 }).map((m) => m.text)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    expect(store.list({ from: 7 })).toEqual([]);
  });

  it('starts counting again after a clear, as before', () => {
    const store = new MessageStore(limits);
    for (let i = 1; i <= 6; i++) store.record(sms('+661', `a${i}`));
    store.clear();
    store.record(sms('+661', 'n1'));
    expect(store.list({ from: 0 }).map((m) => m.text)).toEqual(['n1']);
    store.record(sms('+661', 'n2'));
    expect(store.list({ from: 1 }).map((m) => m.text)).toEqual(['n2']);
  });
});

describe('InboundLog', () => {
  it('keeps the last messages of each sender and in all', () => {
    const log = new InboundLog(limits);
    for (let i = 1; i <= 4; i++) log.record({ id: `a${i}`, channel: 'sms', from: '+661', text: `a${i}` });
    for (let i = 1; i <= 3; i++) log.record({ id: `b${i}`, channel: 'line', from: 'U2', text: `b${i}` });
    expect(log.list('+661').map((m) => m.text)).toEqual(['a3', 'a4']);
    expect(log.list().map((m) => m.text)).toEqual(['a3', 'a4', 'b1', 'b2', 'b3']);
  });
});
