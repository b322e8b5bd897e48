/**
 * Zawgyi, the legacy Burmese font encoding, is still common on older phones. It reuses Myanmar code
 * points for other glyphs and stores some vowels and medials in visual order, so Unicode lexicons
 * miss Zawgyi text. Google's myanmar-tools (detector) and the Rabbit converter do this fully, but no
 * package for it is installed here, so this is a compact hand-written detector and converter for the
 * common cases: the remapped medials, asat, u/uu variants, stacked consonants, kinzi, and the
 * reordering of the e-vowel and medial ra. Rare ligatures are left as they are.
 */

const CONSONANT = '[\\u1000-\\u1021\\u103F]';

/** Signs that only Zawgyi produces (or that are impossible in Unicode), weighted. */
const ZAWGYI_SIGNS: [RegExp, number][] = [
  [/(?:^|[\s\u104A\u104B(,.!?])\u1031/g, 3], // e-vowel typed before the consonant
  [/(?:^|[\s\u104A\u104B(,.!?])[\u103B\u107E-\u1084]/g, 3], // medial ra typed before the consonant
  [/[\u1060-\u1097]/g, 2], // Zawgyi stacked consonants and glyph variants
  [/[\u1033\u1034]/g, 2], // Zawgyi u / uu variants
  [/\u1039(?![\u1000-\u1021])/g, 3], // Zawgyi asat (in Unicode U+1039 only stacks a consonant)
  [/\u1039/g, 1], // asat is frequent in Zawgyi, stacking rare in Unicode
  [/[\u1004\u101A\u101B\u101D\u101F\u1021]\u1039/g, 2], // these never stack in Unicode
  [/\u103A[\u102B-\u1032\u1036\u103C\u103D]/g, 2], // Zawgyi medial ya followed by a vowel
  [/\u1031[\u1000-\u1021][\u1038\u102B\u102C]/g, 2], // e-vowel before consonant + visarga / aa
  [/\u1031\u103B/g, 2],
];
/** Signs of Unicode Burmese. */
const UNICODE_SIGNS: [RegExp, number][] = [
  [/[\u1000-\u1021]\u103A(?=[\s\u104A\u104B]|$)/g, 2], // word-final asat
  [/\u1004\u103A\u1039/g, 3], // kinzi
  [/\u103E/g, 2], // medial ha (Zawgyi never uses U+103E)
  [/[\u1000-\u1021][\u103B-\u103E]*\u1031/g, 1], // e-vowel stored after its consonant
  [/\u103A[\u1000-\u1021]/g, 1],
];

function score(text: string, signs: [RegExp, number][]): number {
  let total = 0;
  for (const [re, weight] of signs) total += (text.match(re)?.length ?? 0) * weight;
  return total;
}

/** True when Burmese text looks Zawgyi-encoded rather than Unicode. */
export function isZawgyi(text: string): boolean {
  if (!/[\u1000-\u109F]/.test(text)) return false;
  return score(text, ZAWGYI_SIGNS) > score(text, UNICODE_SIGNS);
}

/** One Zawgyi code point -> its Unicode sequence. */
const CODE_POINT_MAP: Record<string, string> = {
  '\u1039': '\u103A', // asat
  '\u103A': '\u103B', // medial ya
  '\u103B': '\u103C', // medial ra
  '\u107E': '\u103C', '\u107F': '\u103C', '\u1080': '\u103C', '\u1081': '\u103C', '\u1082': '\u103C',
  '\u1083': '\u103C', '\u1084': '\u103C',
  '\u103C': '\u103D', // medial wa
  '\u103D': '\u103E', // medial ha
  '\u1087': '\u103E',
  '\u1088': '\u103E\u102F',
  '\u1089': '\u103E\u1030',
  '\u108A': '\u103D\u103E',
  '\u1033': '\u102F', '\u1034': '\u1030', // u, uu
  '\u105A': '\u102B\u103A',
  '\u106A': '\u1009', '\u106B': '\u100A',
  '\u108F': '\u1014', '\u1090': '\u101B', '\u1086': '\u103F',
  '\u1094': '\u1037', '\u1095': '\u1037',
  // stacked (lower) consonants
  '\u1060': '\u1039\u1000', '\u1061': '\u1039\u1001', '\u1062': '\u1039\u1002', '\u1063': '\u1039\u1003',
  '\u1065': '\u1039\u1005', '\u1066': '\u1039\u1006', '\u1067': '\u1039\u1006', '\u1068': '\u1039\u1007',
  '\u1069': '\u1039\u1008', '\u106C': '\u1039\u100B', '\u106D': '\u1039\u100C', '\u1070': '\u1039\u100F',
  '\u1071': '\u1039\u1010', '\u1072': '\u1039\u1010', '\u1073': '\u1039\u1011', '\u1074': '\u1039\u1011',
  '\u1075': '\u1039\u1012', '\u1076': '\u1039\u1013', '\u1077': '\u1039\u1014', '\u1078': '\u1039\u1015',
  '\u1079': '\u1039\u1016', '\u107A': '\u1039\u1017', '\u107B': '\u1039\u1018', '\u107C': '\u1039\u1019',
  '\u1085': '\u1039\u101C', '\u1093': '\u1039\u1018', '\u1096': '\u1039\u1010\u103D',
  '\u106E': '\u100D\u1039\u100D', '\u106F': '\u100D\u1039\u100E', '\u1091': '\u100F\u1039\u100D',
  '\u1092': '\u100B\u1039\u100C', '\u1097': '\u100B\u1039\u100B',
};
const KINZI = '\u1004\u103A\u1039';
/** Stands for kinzi while code points are remapped (a private-use character, never in input). */
const KINZI_MARK = '\uE000';
const KINZI_MAP: Record<string, string> = { '\u1064': '', '\u108B': '\u102D', '\u108C': '\u102E', '\u108D': '\u1036' };

/** Converts Zawgyi-encoded Burmese to Unicode (common cases; see the file comment). */
export function zawgyiToUnicode(text: string): string {
  // Kinzi is typed after the consonant it sits on; Unicode stores it before.
  let out = text.replace(/([\u1000-\u1021])([\u1064\u108B-\u108D])/g, (_, c: string, k: string) => KINZI_MARK + c + KINZI_MAP[k]);
  out = out.replace(/[\u1033\u1034\u1039-\u103D\u105A\u1060-\u1097]/g, (ch) => CODE_POINT_MAP[ch] ?? ch);
  // Medial ra, then the e-vowel, are typed before the consonant; Unicode stores them after it.
  out = out.replace(new RegExp(`\\u103C(${CONSONANT})`, 'g'), '$1\u103C');
  out = out.replace(new RegExp(`\\u1031(${CONSONANT}(?:\\u1039[\\u1000-\\u1021])?[\\u103B-\\u103E]*)`, 'g'), '$1\u1031');
  // Canonical order of medials (ya, ra, wa, ha) and of the signs that follow.
  out = out.replace(/[\u103B-\u103E]{2,}/g, (m) => [...m].sort().join(''));
  out = out.replace(/\u1036([\u102F\u1030])/g, '$1\u1036');
  out = out.replace(/\u1037([\u102D-\u1030\u1032\u1036])/g, '$1\u1037');
  out = out.replace(/\u103A\u1037/g, '\u1037\u103A');
  out = out.replace(/\u1025\u102E/g, '\u1026');
  out = out.replace(/\u1025(?=\u103A)/g, '\u1009');
  return out.replace(/\uE000/g, KINZI);
}

/** Unicode Burmese whatever the input encoding. */
export function toUnicodeBurmese(text: string): string {
  return isZawgyi(text) ? zawgyiToUnicode(text) : text;
}
