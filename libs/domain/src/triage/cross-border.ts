import { CrossBorder } from './types';

/**
 * Movement to, or a place in, Myanmar or Laos named as a country ("ข้ามไปฝั่งลาว", "jobs in
 * Myanmar", "to Laos"). Nationality alone ("แรงงานพม่า", "Lao women") is not cross-border, so a
 * country word needs a preposition or a movement verb before it (or, in Burmese, a postposition
 * after it). "From <country>" counts only when the movement is imminent: otherwise it is where a
 * migrant comes from, not where the case is.
 */
export interface CountryMention {
  country: CrossBorder;
  text: string;
}

const TH_MM = '(?:ประเทศ)?(?:พม่า|เมียนมาร์|เมียนมา|รัฐฉาน)';
const TH_LA = '(?:(?:ประเทศ|สปป\\.?\\s?)?ลาว(?!\\p{M})|เวียงจันทน์|เวียงจันท์|หลวงพระบาง)';
const TH_TO = '(?:ข้าม(?:ฝั่ง)?ไป|ส่งไป|พาไป|ไปอยู่|ไปทำงาน(?:ที่|ใน)?|ไป(?:ที่|ยัง)?|อยู่(?:ที่|ใน)|ที่|ใน|ฝั่ง|ชายแดน|เข้า)\\s?(?:ฝั่ง|ประเทศ)?\\s?';
const TH_FROM = '(?:มาจาก|จาก|ข้ามมาจาก)\\s?(?:ฝั่ง|ประเทศ)?\\s?';
const EN_MM = '(?:myanmar|burma|shan state)';
const EN_LA = '(?:laos|lao pdr|the lao side|lao side|vientiane|luang prabang)';
const EN_TO = '(?<![a-z])(?:to|into|in|inside|towards?|across to|over to|across the border (?:to|into|in)|side of|across into)\\s(?:the\\s)?';
const EN_FROM = '(?<![a-z])(?:from)\\s(?:the\\s)?';
const LO_MM = '(?:ມຽນມາ|ພະມ້າ)';
const LO_LA = '(?:ປະເທດລາວ|ສປປ\\s?ລາວ|ຝັ່ງລາວ)';
const LO_TO = '(?:ໄປ|ຂ້າມໄປ|ຢູ່|ໃນ|ຝັ່ງ|ປະເທດ)\\s?';
const MY_MM = '(?:မြန်မာ(?:နိုင်ငံ|ပြည်)?|ရှမ်းပြည်)';
const MY_LA = '(?:လာအို)(?:နိုင်ငံ)?';
const MY_TO = '\\s?(?:ကို|သို့|မှာ|ဘက်|ထဲ)';
const MY_FROM = '\\s?(?:က|ကနေ|မှ)(?![\\u1000-\\u1021])';

function rx(source: string): RegExp {
  return new RegExp(source, 'gu');
}

/** The Mekong is the Lao border along Chiang Saen, Chiang Khong and Wiang Kaen. */
const ACROSS_THE_MEKONG = '(?:ข้าม(?:แม่น้ำ)?โขง|ข้ามฝั่งโขง|cross(?:es|ed|ing)? (?:the )?mekong|ຂ້າມແມ່ນ້ຳຂອງ|ຂ້າມຂອງ)';

/** The Ruak and the Sai rivers are the Myanmar border at Chiang Saen, Mae Sai and Mae Fa Luang. */
const ACROSS_THE_RUAK_OR_SAI = '(?:ข้าม(?:แม่)?น้ำ(?:รวก|สาย)|cross(?:es|ed|ing)? (?:the )?(?:ruak|sai|mae sai) river|ຂ້າມນ້ຳ(?:ຮວກ|ສາຍ)|ရွှေကူ ?မြစ်ကူး)';

const TOWARDS: [RegExp, CrossBorder][] = [
  [rx(ACROSS_THE_MEKONG), 'LA'],
  [rx(ACROSS_THE_RUAK_OR_SAI), 'MM'],
  [rx(TH_TO + TH_MM), 'MM'],
  [rx(TH_TO + TH_LA), 'LA'],
  [rx(EN_TO + EN_MM), 'MM'],
  [rx(EN_TO + EN_LA), 'LA'],
  [rx(LO_TO + LO_MM), 'MM'],
  [rx(LO_LA), 'LA'],
  [rx(MY_MM + MY_TO), 'MM'],
  [rx(MY_LA + MY_TO), 'LA'],
  // Romanised Burmese "laos bat" (the Lao side), "myanmar bat".
  [rx('(?<![a-z])laos? (?:bat|bet|bak|phat)(?![a-z])'), 'LA'],
  [rx('(?<![a-z])(?:myanmar|burma|bama|myanma) (?:bat|bet|bak|phat)(?![a-z])'), 'MM'],
];
const FROM: [RegExp, CrossBorder][] = [
  [rx(TH_FROM + TH_MM), 'MM'],
  [rx(TH_FROM + TH_LA), 'LA'],
  [rx(EN_FROM + EN_MM), 'MM'],
  [rx(EN_FROM + EN_LA), 'LA'],
  [rx(MY_MM + MY_FROM), 'MM'],
  [rx(MY_LA + MY_FROM), 'LA'],
];

export function findCountryMentions(text: string, movementImminent: boolean): CountryMention[] {
  const out: CountryMention[] = [];
  for (const [re, country] of movementImminent ? [...TOWARDS, ...FROM] : TOWARDS) {
    for (const m of text.matchAll(re)) out.push({ country, text: m[0].trim() });
  }
  return out;
}

/** "Across the river" at a border town: the Sai at Mae Sai is Myanmar, the Mekong of the others is Laos. */
const BORDER_RIVER: Readonly<Record<string, CrossBorder>> = { 'mae-sai': 'MM', 'chiang-khong': 'LA', 'wiang-kaen': 'LA', 'chiang-saen': 'LA' };
const ACROSS_THE_RIVER = /across the (?:river|water)|to the other (?:side|bank)|ข้าม(?:แม่)?น้ำ|ข้ามฝั่ง|ຂ້າມ(?:ແມ່)?ນ້ຳ|ຂ້າມຝັ່ງ|မြစ်(?:ကို)?\s?ကူး|myit ?ku/u;

/** The country across the river of `district`, when the text says people are taken across it. */
export function acrossTheRiver(text: string, district: string): CrossBorder | null {
  const country = BORDER_RIVER[district];
  return country && ACROSS_THE_RIVER.test(text) ? country : null;
}
