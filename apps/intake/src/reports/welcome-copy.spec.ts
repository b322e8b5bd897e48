import { WELCOME_COPY, welcomeText } from './welcome-copy';

describe('welcome message', () => {
  it.each(Object.entries(WELCOME_COPY))('in %s names both emergency numbers', (_lang, text) => {
    expect(text).toContain('191');
    expect(text).toContain('1300');
    expect(text.length).toBeLessThan(500); // one LINE bubble, read on a phone
  });

  it.each([
    ['my', WELCOME_COPY.my],
    ['en-US', WELCOME_COPY.en],
    ['th', WELCOME_COPY.th],
    ['lo-LA', WELCOME_COPY.lo],
  ])('follows the LINE profile language %s', (language, expected) => {
    expect(welcomeText(language)).toBe(expected);
  });

  it.each([undefined, 'ja', ''])('falls back to Thai and English for %j', (language) => {
    expect(welcomeText(language)).toBe(`${WELCOME_COPY.th}\n\n${WELCOME_COPY.en}`);
  });
});
