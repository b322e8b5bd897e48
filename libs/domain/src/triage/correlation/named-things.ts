/**
 * The names that tell two tips are about the same case: a named venue ("Golden Dragon karaoke",
 * "ร้านคาราโอเกะมังกรทอง") and a named person ("a man called Somchai", "เจ๊หน่อย", "Ma Hnin").
 * A venue type alone ("a karaoke bar") names nothing: every street has one. Names are compared
 * within a script; the same bar written in Thai by one caller and in English by another is not
 * matched (no transliteration here).
 */

const VENUE_EN = '(?:karaoke|bar|pub|club|massage|spa|hotel|guest ?house|resort|restaurant|noodle shop|shop|store|farm|factory|casino|brothel|salon|cafe|café|lodge|inn)';
/** Capitalised words right before a venue type ("Golden Dragon Karaoke") or right after it ("Hotel Wang Thong"). */
const EN_NAME = "[A-Z][\\p{L}'&-]+(?: [A-Z][\\p{L}'&-]+){0,2}";
const EN_VENUE_BEFORE = new RegExp(`(?<![\\p{L}])(${EN_NAME}) ${VENUE_EN}(?![\\p{L}])`, 'giu');
const EN_VENUE_AFTER = new RegExp(`(?<![\\p{L}])${VENUE_EN} (${EN_NAME})`, 'giu');
/** Quoted or "called" names, in any case: 'rose karaoke', a shop called golden star. */
const EN_CALLED = /(?:called|named|name is|name's)\s+["'“‘]?([\p{L}'&-]+(?: [\p{L}'&-]+)?)/giu;
const QUOTED = /["“‘']([^"”’'\n]{3,30})["”’']/gu;

/** Thai and Lao venue words, then the name, which ends where a place word or a space begins. */
const TH_VENUE = '(?:ร้าน(?:คาราโอเกะ|นวด|อาหาร|เหล้า|ข้าวต้ม|ก๋วยเตี๋ยว|กาแฟ)?|คาราโอเกะ|โรงแรม|รีสอร์ท|เกสต์เฮาส์|เกสเฮาส์|ผับ|บาร์|สปา|โรงงาน|บ่อน|ไร่|สวน)';
const LO_VENUE = '(?:ຮ້ານ(?:ຄາລາໂອເກະ|ນວດ|ອາຫານ|ເຫຼົ້າ)?|ຄາລາໂອເກະ|ໂຮງແຮມ|ຣີສອດ|ໂຮງງານ|ບ່ອນ|ສວນ)';
const NAME_STOP = '(?:แถว|ที่|ใน|หลัง|ใกล้|ตรง|ข้าง|หน้า|ตรงข้าม|อ\\.|อำเภอ|ต\\.|บ้าน|มี|ของ|ຢູ່|ແຖວ|ໃກ້|ຫຼັງ|ທີ່|ໃນ|ຂອງ|ມີ)';
const TH_VENUE_NAME = new RegExp(`${TH_VENUE}(?:ชื่อ)?\\s?["'“]?((?:(?!${NAME_STOP})[\\u0E01-\\u0E4E]){2,14})`, 'gu');
const LO_VENUE_NAME = new RegExp(`${LO_VENUE}(?:ຊື່)?\\s?["'“]?((?:(?!${NAME_STOP})[\\u0E81-\\u0EDF]){2,14})`, 'gu');
/** Generic words that follow a venue word without naming one ("ร้านนวดแผนไทย", "สวนส้ม"). */
const NOT_A_NAME = new Set([
  'แผนไทย', 'แผนโบราณ', 'ส้ม', 'ยาง', 'กล้วย', 'ลำไย', 'ชา', 'ข้าวโพด', 'ผัก', 'นี้', 'นั้น', 'เล็ก', 'ใหญ่', 'ใหม่', 'ดัง',
  'ສົ້ມ', 'ກ້ວຍ', 'ຢາງ', 'ຊາ', 'ນີ້', 'ນັ້ນ', 'ໃໝ່',
]);

const HONORIFIC_EN = '(?:mr|mrs|ms|miss|boss|uncle|auntie|aunty|nong|p|phi|khun|ma|mg|maung|ko|daw|u|nang|thao|sao|jay|hia)\\.?';
const EN_PERSON = new RegExp(`(?<![\\p{L}])${HONORIFIC_EN} ([A-Z][\\p{L}'-]{2,})`, 'gu');
const TH_PERSON = /(?:ชื่อ(?:เล่น)?|นาย|นาง(?:สาว)?|เจ๊|เฮีย|เสี่ย|ป้า|ลุง)\s?["'“]?((?:(?!แถว|ที่|อายุ|เป็น|บอก|และ|กับ|มา|ไป|อยู่)[\u0E01-\u0E4E]){2,10})/gu;
const LO_PERSON = /(?:ຊື່(?:ຫຼິ້ນ)?|ທ້າວ|ນາງ|ເຖົ້າແກ່)\s?((?:(?!ຢູ່|ອາຍຸ|ເປັນ|ບອກ|ແລະ|ກັບ)[\u0E81-\u0EDF]){2,10})/gu;
const MY_PERSON = /(?:^|\s)(?:ဦး|ဒေါ်|ကို|မောင်|မ)\s?([\u1000-\u109F]{2,12})(?=\s?(?:ဆိုတဲ့|ဆိုသူ|က|ရဲ့|နဲ့))/gu;

/** Words that look like names but are not (pronouns, "the", district names said as a venue's place). */
const NOT_A_PERSON_OR_VENUE = new Set([
  'the', 'a', 'an', 'this', 'that', 'our', 'my', 'his', 'her', 'their', 'some', 'one', 'two', 'three', 'new', 'old', 'big', 'small',
  'mae sai', 'mae chan', 'chiang rai', 'chiang khong', 'chiang saen', 'thai', 'lao', 'burmese', 'myanmar', 'chinese', 'local', 'night',
  'karaoke', 'massage', 'bar', 'hotel',
]);

const key = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function collect(out: Set<string>, kind: string, text: string, res: RegExp[], skip: Set<string>): void {
  for (const re of res) {
    for (const m of text.matchAll(re)) {
      const name = key(m[1]);
      if (name.length < 2 || skip.has(name) || NOT_A_PERSON_OR_VENUE.has(name)) continue;
      // "The Rose" and "Rose" are one name.
      out.add(`${kind}:${name.replace(/^(?:the|a|an) /, '')}`);
    }
  }
}

/** `venue:<name>` and `person:<name>` features of a raw tip text. */
export function namedThings(raw: string): Set<string> {
  const text = raw.normalize('NFC');
  const out = new Set<string>();
  collect(out, 'venue', text, [EN_VENUE_BEFORE, EN_VENUE_AFTER, EN_CALLED, QUOTED, TH_VENUE_NAME, LO_VENUE_NAME], NOT_A_NAME);
  collect(out, 'person', text, [EN_PERSON, TH_PERSON, LO_PERSON, MY_PERSON], NOT_A_NAME);
  return out;
}
