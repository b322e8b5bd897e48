/**
 * Thai and Lao share a keyboard layout and Unicode laid the Lao block out like the Thai one (Lao
 * ວ U+0EA7 sits where Thai ว U+0E27 does, 0x80 higher). A writer switching layouts mid-word types
 * "ເວียงชัย": a Lao letter run into Thai ones. Each such letter is written in the script of the
 * letter after it within the syllable, so the word reads as one script ("เวียงชัย") where its twin
 * exists.
 */
const THAI = /\p{Script=Thai}/u;
const LAO = /\p{Script=Lao}/u;
/** A preposed vowel begins a syllable: what comes before it belongs to the one before, and keeps its script. */
const PREPOSED = /[\u0E40-\u0E44\u0EC0-\u0EC4]/;

export function foldMixedThaiLao(text: string): string {
  if (!(THAI.test(text) && LAO.test(text))) return text;
  const chars = [...text];
  for (let i = chars.length - 2; i >= 0; i--) {
    const c = chars[i];
    const next = chars[i + 1];
    const code = c.codePointAt(0)!;
    if (PREPOSED.test(next)) continue;
    if (LAO.test(c) && THAI.test(next)) {
      const twin = String.fromCodePoint(code - 0x80);
      if (THAI.test(twin)) chars[i] = twin;
    } else if (THAI.test(c) && LAO.test(next)) {
      const twin = String.fromCodePoint(code + 0x80);
      if (LAO.test(twin)) chars[i] = twin;
    }
  }
  return chars.join('');
}
