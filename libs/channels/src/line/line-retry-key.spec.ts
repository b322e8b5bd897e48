import { lineRetryKey } from './line-retry-key';

describe('lineRetryKey', () => {
  it('is a deterministic UUID per delivery id', () => {
    const key = lineRetryKey('inc1-police-1-r1-line');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(lineRetryKey('inc1-police-1-r1-line')).toBe(key);
    expect(lineRetryKey('inc1-police-1-r2-line')).not.toBe(key);
  });
});
