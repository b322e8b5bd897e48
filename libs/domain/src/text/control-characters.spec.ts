import { hasControlCharacters, withoutControlCharacters } from './control-characters';

describe('control characters', () => {
  it('takes out NUL, bell, escape and DEL, and keeps line breaks, tabs and every script', () => {
    expect(withoutControlCharacters('girls\u0000 at the\u0007 karaoke\u001b\u007f\r\n\tสาวๆ ကလေး ເດັກ')).toBe('girls at the karaoke\r\n\tสาวๆ ကလေး ເດັກ');
  });

  it('says whether a text holds any', () => {
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('line one\nline two\ttab')).toBe(false);
  });
});
