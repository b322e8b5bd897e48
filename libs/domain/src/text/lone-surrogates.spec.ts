import { hasLoneSurrogates } from './lone-surrogates';

describe('lone surrogates', () => {
  it('finds half a pair at either end or in the middle, and leaves whole pairs and plain text alone', () => {
    expect(hasLoneSurrogates('\ud83d')).toBe(true);
    expect(hasLoneSurrogates('a\ude00b')).toBe(true);
    expect(hasLoneSurrogates('ok \ud83d\ud83d\ude00')).toBe(true);
    expect(hasLoneSurrogates('😀 สวัสดี မြန်မာ ລາວ')).toBe(false);
    expect(hasLoneSurrogates('')).toBe(false);
  });
});
