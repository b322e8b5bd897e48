import { CrossBorder } from '../types';
import { ACROSS_BORDER } from './across-border';
import { DISTRICT_RECORDS, DistrictSlug, PROVINCE_NAMES } from './districts';
import { LANDMARKS, WEAK_LANDMARKS } from './landmarks';
import { COMBINING_MARK } from '../text/marks';
import { namePattern } from './romanisation';
import { PREFIXED_SUBDISTRICTS, SUBDISTRICTS } from './subdistricts';

export type PlaceKind = 'district' | 'subdistrict' | 'landmark' | 'across-border' | 'weak';

export interface Place {
  /** Same id for every name of one place (for correlation: "แม่สาย" and "Mae Sai" are one place). */
  id: string;
  name: string;
  district: DistrictSlug;
  kind: PlaceKind;
  crossBorder?: CrossBorder;
}

export interface PlaceMention {
  place: Place;
  /** The words as written in the (normalised) text. */
  text: string;
  start: number;
  end: number;
  /** How much this mention says about where to act (see placeWeight). */
  weight: number;
}

interface IndexedName {
  place: Place;
  source: string;
  latin: boolean;
  /** Characters a match can start with. */
  starts: string[];
  /** Short Thai/Lao names must sit on word boundaries ("พาน" is not in "พาน้อง"). */
  bounded: boolean;
}

const THAI_SUBDISTRICT_PREFIX = '(?:ต\\.|ตำบล|ຕາແສງ)\\s?';
const LATIN_SUBDISTRICT_PREFIX = '(?:tambon|t\\.)\\s?';

function indexedNames(): IndexedName[] {
  const out: IndexedName[] = [];
  const add = (name: string, place: Omit<Place, 'name'>, prefix = false) => {
    const { source, latin, starts } = namePattern(name.toLowerCase());
    const letters = name.replace(/[\s\-.\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD]/g, '');
    // A prefixed everyday word must end there: "ตำบลเวียง" is not the start of "ตำบลเวียงพางคำ".
    const full = prefix ? (latin ? LATIN_SUBDISTRICT_PREFIX + source : `${THAI_SUBDISTRICT_PREFIX}${source}(?![\\u0E01-\\u0E2E\\u0E81-\\u0EAE])`) : source;
    const prefixStarts = latin ? ['t'] : ['ต', 'ຕ'];
    out.push({ place: { name, ...place }, source: full, latin, starts: prefix ? prefixStarts : starts, bounded: !latin && !prefix && letters.length <= 4 });
  };
  for (const d of DISTRICT_RECORDS) {
    for (const name of [d.nameTh, d.nameEn, ...d.aliases]) add(name, { id: d.slug, district: d.slug, kind: 'district' });
  }
  for (const name of PROVINCE_NAMES) add(name, { id: 'chiang-rai', district: 'mueang-chiang-rai', kind: 'weak' });
  const addGroups = (
    table: Partial<Record<DistrictSlug, readonly (readonly string[])[]>>,
    kind: PlaceKind,
    prefix = false,
  ) => {
    for (const [slug, groups] of Object.entries(table) as [DistrictSlug, string[][]][]) {
      groups.forEach((names, i) => {
        for (const name of names) add(name, { id: `${slug}/${kind}/${prefix ? 'p' : ''}${i}`, district: slug, kind }, prefix);
      });
    }
  };
  addGroups(SUBDISTRICTS, 'subdistrict');
  addGroups(PREFIXED_SUBDISTRICTS, 'subdistrict', true);
  addGroups(LANDMARKS, 'landmark');
  addGroups(WEAK_LANDMARKS, 'weak');
  ACROSS_BORDER.forEach((p, i) => {
    for (const name of p.names) add(name, { id: `across/${i}`, district: p.facing, kind: 'across-border', crossBorder: p.country });
  });
  // Longest names first: at one position the alternation takes the first that matches.
  return out.sort((a, b) => b.place.name.length - a.place.name.length);
}

/**
 * The names bucketed by the character a match starts with, each bucket one sticky alternation with
 * a capture group per name. One alternation of all 700 names was 5 ms a tip; trying only the
 * bucket of the character at each position is some fifty times faster.
 */
interface Bucket {
  names: IndexedName[];
  regex: RegExp;
  latin: boolean;
}
const BUCKETS = new Map<string, Bucket>();
for (const name of indexedNames()) {
  for (const ch of name.starts) {
    const bucket = BUCKETS.get(ch) ?? { names: [], regex: /$^/, latin: /[a-z0-9]/.test(ch) };
    bucket.names.push(name);
    BUCKETS.set(ch, bucket);
  }
}
const LATIN_WORD_CHAR = /[a-z0-9]/;
const MID_SYLLABLE = /[\u0E40-\u0E44\u0EC0-\u0EC4\u1039]/;
/** A name ends at the end of a word: no Latin letter, no combining mark after it. */
const NAME_END = `(?![a-z0-9]|${COMBINING_MARK})`;
for (const bucket of BUCKETS.values()) {
  bucket.regex = new RegExp(`(?:${bucket.names.map((n) => `(${n.source})`).join('|')})${NAME_END}`, 'y');
}

const DISTRICT_MARKER_BEFORE = /(?:อ\.|อำเภอ|amphoe|amphur|amphur|district of|ເມືອງ|မြို့နယ်)\s?$/u;
const DISTRICT_MARKER_AFTER = /^\s?(?:district|อำเภอ|မြို့နယ်)/u;
const DESTINATION_BEFORE = /(?:towards?|heading to|bound for|ไปยัง|มุ่งหน้า(?:ไป)?|ไปที่|ໄປຫາ|ໄປຍັງ|ໄປ|ສູ່)\s?$/u;
const DESTINATION_AFTER = /^\s?(?:ကို|သို့)/u;

const BASE_WEIGHT: Record<PlaceKind, number> = { district: 4, subdistrict: 3, landmark: 3, 'across-border': 3, weak: 1 };

function placeWeight(text: string, place: Place, start: number, end: number): number {
  let weight = BASE_WEIGHT[place.kind];
  const before = text.slice(Math.max(0, start - 14), start);
  const after = text.slice(end, end + 12);
  if (place.kind === 'district' && (DISTRICT_MARKER_BEFORE.test(before) || DISTRICT_MARKER_AFTER.test(after))) weight += 1;
  // Where people are going matters less than where they are now.
  if (DESTINATION_BEFORE.test(before) || DESTINATION_AFTER.test(after)) weight /= 2;
  return weight;
}

/** Every place named in a normalised text, in order. `boundaries` gives word boundaries on demand. */
export function findPlaces(text: string, boundaries: () => Set<number>): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (let pos = 0; pos < text.length; ) {
    const bucket = BUCKETS.get(text[pos]);
    // A name starts a word: not after a Latin letter, a preposed Thai/Lao vowel or a Burmese stacker.
    if (!bucket || (pos > 0 && (bucket.latin ? LATIN_WORD_CHAR : MID_SYLLABLE).test(text[pos - 1]))) {
      pos++;
      continue;
    }
    bucket.regex.lastIndex = pos;
    const m = bucket.regex.exec(text);
    if (!m || !m[0]) {
      pos++;
      continue;
    }
    const entry = bucket.names[m.findIndex((g, k) => k > 0 && g !== undefined) - 1];
    const start = pos;
    const end = start + m[0].length;
    if (entry.bounded) {
      const b = boundaries();
      if (!b.has(start) || !b.has(end)) {
        pos++;
        continue;
      }
    }
    found.push({ place: entry.place, text: m[0], start, end, weight: placeWeight(text, entry.place, start, end) });
    pos = end;
  }
  return found;
}

/**
 * Runs every bucket once, twice: V8 compiles a regex on its first use (and again to native code on
 * a later one), so doing it at module load keeps that cost off the first tips.
 */
export function warmUpPlaceIndex(): void {
  for (let i = 0; i < 2; i++) {
    for (const [ch, bucket] of BUCKETS) {
      bucket.regex.lastIndex = 0;
      bucket.regex.exec(`${ch}${ch}`);
    }
  }
}
