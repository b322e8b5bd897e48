import { findPlaces } from '../gazetteer';
import { normalizeText } from '../text/normalize';
import { wordBoundaries, words } from '../text/segmentation';
import { namedThings } from './named-things';

/**
 * What two tips about the same case share: specific features, that is named venues and people
 * ("Golden Dragon karaoke", "เจ๊หน่อย"), specific places (a village, a market, a bridge; not the
 * district name, which every tip of the district shares, nor the town across the border it faces)
 * and long numbers (a room, a plate, a
 * phone); and content words ("pickup", "karaoke"). Function words are dropped.
 */
export interface SalientFeatures {
  specific: Set<string>;
  words: Set<string>;
  /** How each specific feature reads in a timeline ("venue “golden dragon”", "place “ตลาดสายลมจอย”"). */
  labels: Map<string, string>;
}

const STOPWORDS = new Set(
  [
    // English
    'the', 'and', 'are', 'was', 'were', 'has', 'have', 'had', 'for', 'with', 'from', 'that', 'this', 'they', 'them',
    'their', 'there', 'she', 'her', 'him', 'his', 'who', 'what', 'where', 'when', 'about', 'near', 'into', 'some',
    'one', 'two', 'been', 'not', 'but', 'our', 'you', 'your', 'can', 'will', 'would', 'said', 'says', 'also', 'very',
    'please', 'help', 'there', 'here', 'now', 'today', 'tonight', 'tomorrow', 'people', 'man', 'men', 'woman', 'women',
    // Thai
    'ที่', 'มี', 'และ', 'ไป', 'มา', 'อยู่', 'ได้', 'ไม่', 'ว่า', 'ให้', 'ของ', 'ใน', 'คน', 'เขา', 'แล้ว', 'จะ', 'ถูก', 'กับ',
    'นี้', 'บอก', 'ก็', 'ยัง', 'เป็น', 'คือ', 'ครับ', 'ค่ะ', 'คะ', 'นะ', 'หนู', 'ผม', 'ฉัน', 'พี่', 'น้อง', 'ช่วย', 'ด้วย',
    'ตอน', 'ตอนนี้', 'วันนี้', 'คืนนี้', 'แถว', 'หลัง', 'หน้า', 'เลย', 'อีก', 'หรือ', 'แต่', 'เพราะ', 'ทำ', 'เอา',
    // Lao
    'ຢູ່', 'ມີ', 'ແລະ', 'ໄປ', 'ມາ', 'ຂອງ', 'ໃນ', 'ຄົນ', 'ແລ້ວ', 'ຈະ', 'ຖືກ', 'ກັບ', 'ນີ້', 'ບອກ', 'ວ່າ', 'ບໍ່', 'ໄດ້', 'ເປັນ', 'ຂ້ອຍ', 'ຊ່ວຍ', 'ແດ່',
    // Burmese
    'ကို', 'မှာ', 'က', 'တယ်', 'ပါ', 'နဲ့', 'နေ', 'ရှိ', 'လည်း', 'သည်', 'များ', 'တွေ', 'မယ်', 'ဘူး', 'ပြီ',
  ],
);

export function salientFeatures(raw: string): SalientFeatures {
  const text = normalizeText(raw);
  const specific = new Set<string>();
  const labels = new Map<string, string>();
  const add = (key: string, label: string) => {
    specific.add(key);
    if (!labels.has(key)) labels.set(key, label);
  };
  for (const m of findPlaces(text, () => wordBoundaries(text))) {
    // Not a district, nor a town across the border: most tips of Mae Sai name Tachileik as where people are taken.
    if (m.place.kind !== 'district' && m.place.kind !== 'weak' && m.place.kind !== 'across-border') add(`place:${m.place.id}`, `place “${m.text}”`);
  }
  // A room, a plate, a phone: not a year, not an amount of money (every job offer names "40,000 baht").
  for (const m of text.matchAll(/(?<![\d,.])\d{3,}(?![\d,.]*\s?(?:baht|thb|b\b|k\b|usd|บาท|ບາດ|ဘတ်|ดอลลาร์|\$|yuan|หยวน))/g)) {
    if (!/^(?:19|20|25)\d\d$/.test(m[0])) add(`number:${m[0]}`, `number ${m[0]}`);
  }
  for (const thing of namedThings(raw)) add(thing.key, thing.label);
  const content = new Set<string>();
  for (const w of words(text)) {
    if (/^\d+$/.test(w) || STOPWORDS.has(w)) continue;
    if (/^[a-z]+$/.test(w) ? w.length < 3 : w.length < 2) continue;
    content.add(w);
  }
  return { specific, words: content, labels };
}

/** How much two tips share: specific features and content words in common. */
export function overlap(a: SalientFeatures, b: SalientFeatures): { specific: string[]; words: string[] } {
  return {
    specific: [...a.specific].filter((f) => b.specific.has(f)),
    words: [...a.words].filter((w) => b.words.has(w)),
  };
}
