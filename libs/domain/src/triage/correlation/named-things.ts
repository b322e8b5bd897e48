import { findPlaces } from '../gazetteer';
import { normalizeText } from '../text/normalize';
import { wordBoundaries } from '../text/segmentation';

/**
 * The names that tell two tips are about the same case: a named venue ("Golden Dragon karaoke",
 * "ร้านคาราโอเกะชื่อมังกรทอง") and a named person ("a broker called Somchai", "Mr Somchai", "เจ๊หน่อย").
 * A venue type alone ("a karaoke bar") names nothing: every street has one. Only what is marked as a
 * name counts (capitals, "called", "ชื่อ", an honorific), since a wrong name joins two different
 * cases. Names are compared within a script: the same bar written in Thai by one caller and in
 * English by another is not matched (no transliteration here).
 */

/** Names are told by their capitals, so English matching is case-sensitive: key words in either case. */
const eitherCase = (words: readonly string[]) => `(?:${words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]).join('|')})`;

const VENUE_EN = eitherCase(['karaoke', 'bar', 'pub', 'club', 'massage', 'spa', 'hotel', 'guest ?house', 'resort', 'restaurant', 'shop', 'farm', 'factory', 'casino', 'brothel', 'salon', 'cafe', 'lodge', 'inn']);
const EN_NAME = "[A-Z][\\p{L}'&-]+(?: [A-Z][\\p{L}'&-]+){0,2}";
/** Capitalised words right before a venue type ("Golden Dragon Karaoke") or right after it ("Hotel Wang Thong"). */
const EN_VENUE_BEFORE = new RegExp(`(?<![\\p{L}])(${EN_NAME}) ${VENUE_EN}(?![\\p{L}])`, 'gu');
const EN_VENUE_AFTER = new RegExp(`(?<![\\p{L}])${VENUE_EN} (${EN_NAME})`, 'gu');
const EN_CALLED = /(?<![\p{L}])(?:[Cc]alled|[Nn]amed|name is)\s["'“‘]?([A-Z][\p{L}'&-]+(?: [A-Z][\p{L}'&-]+)?)/gu;
const EN_PERSON = new RegExp(
  `(?<![\\p{L}])${eitherCase(['mr', 'mrs', 'ms', 'miss', 'boss', 'uncle', 'auntie', 'aunty', 'nong', 'phi', 'khun', 'ma', 'mg', 'maung', 'ko', 'daw', 'jay', 'hia', 'sia'])}\\.? ([A-Z][\\p{L}'-]{2,})`,
  'gu',
);

/** Where a Thai or Lao name ends: a space, punctuation, or a word that starts the rest of the sentence. */
const TH_END = '(?=\\s|$|[,.!?)"”\']|แถว|ที่|ใน|หลัง|ใกล้|ตรง|ข้าง|หน้า|อ\\.|อายุ|เป็น|บอก|และ|กับ|มี|ของ)';
const LO_END = '(?=\\s|$|[,.!?)"”\']|ຢູ່|ແຖວ|ໃກ້|ຫຼັງ|ທີ່|ໃນ|ຂອງ|ມີ|ອາຍຸ|ເປັນ|ບອກ|ແລະ|ກັບ)';
const TH_NAME = '([\\u0E01-\\u0E4E]{2,12}?)';
const LO_NAME = '([\\u0E81-\\u0EDF]{2,12}?)';
/** "ชื่อ X", "ร้านชื่อ X", "ร้าน 'X'", and the honorifics a boss or madam goes by ("เจ๊", "เฮีย", "เสี่ย"). */
const TH_CALLED = new RegExp(`(?<![\\u0E40-\\u0E44])(?:ชื่อ(?:ร้าน|เล่น)?|ร้าน\\s?["'“])\\s?["'“]?${TH_NAME}${TH_END}`, 'gu');
const TH_PERSON = new RegExp(`(?:เจ๊|เฮีย|เสี่ย)\\s?${TH_NAME}${TH_END}`, 'gu');
const LO_CALLED = new RegExp(`(?<![\\u0EC0-\\u0EC4])(?:ຊື່(?:ຮ້ານ|ຫຼິ້ນ)?|ຮ້ານ\\s?["'“])\\s?["'“]?${LO_NAME}${LO_END}`, 'gu');
const LO_PERSON = new RegExp(`(?:ເຖົ້າແກ່|ເຈ້)\\s${LO_NAME}${LO_END}`, 'gu');
/** Burmese "X ဆိုတဲ့" (one called X), the name a word of its own. */
const MY_CALLED = /(?:^|\s)([\u1000-\u109F]{2,14})\s?ဆိုတဲ့/gu;

/** Words a pattern can catch that name nothing ("Mr The", "called Chiang Rai" is a place, below). */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'my', 'his', 'her', 'their', 'some', 'one', 'two', 'three', 'new', 'old', 'big', 'small', 'thai', 'lao', 'burmese', 'myanmar', 'chinese', 'shan', 'local', 'night', 'i', 'we', 'he', 'she', 'they',
  'karaoke', 'massage', 'bar', 'hotel', 'shop', 'restaurant', 'farm', 'factory', 'casino', 'club', 'spa', 'ไหม', 'มั้ย', 'มั้ยคะ', 'อะไร', 'ຫຍັງ', 'ခေါ်']);

export interface NamedThing {
  /** One key per name, whatever told it was a name: "a broker called Somchai" and "Mr Somchai" match. */
  key: string;
  /** For a timeline: venue “golden dragon”, person “somchai”. */
  label: string;
}

/** A place of the gazetteer ("Khun Tan", "Doi Mae Salong") is not a venue's or a person's name. */
function isPlace(name: string): boolean {
  const text = normalizeText(name);
  return findPlaces(text, () => wordBoundaries(text)).some((m) => m.end - m.start >= text.length - 1);
}

function collect(out: Map<string, NamedThing>, kind: string, text: string, res: RegExp[]): void {
  for (const re of res) {
    for (const m of text.matchAll(re)) {
      // "The Rose" and "Rose" are one name.
      const name = m[1].normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an) /, '');
      // "ชื่อไม่รู้", "ຊື່ບໍ່ຮູ້": the name is not known.
      if (name.length < 2 || NOT_A_NAME.has(name) || /^(?:ไม่|ບໍ່)/.test(name) || isPlace(name) || isPlace(m[0])) continue;
      const key = `name:${name}`;
      if (!out.has(key)) out.set(key, { key, label: `${kind} “${name}”` });
    }
  }
}

/** The named venues and people of a raw tip text. */
export function namedThings(raw: string): NamedThing[] {
  const text = raw.normalize('NFC');
  const out = new Map<string, NamedThing>();
  collect(out, 'venue', text, [EN_VENUE_BEFORE, EN_VENUE_AFTER]);
  collect(out, 'person', text, [EN_PERSON, TH_PERSON, LO_PERSON]);
  collect(out, 'name', text, [EN_CALLED, TH_CALLED, LO_CALLED, MY_CALLED]);
  return [...out.values()];
}
