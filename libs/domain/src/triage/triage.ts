import { acrossTheRiver, findCountryMentions } from './cross-border';
import { explain } from './explanation';
import { chooseDistrict, findPlaces, nearestDistrict, PlaceMention, resolveDistrict, warmUpPlaceIndex } from './gazetteer';
import { matchAllLexicons, NOT_TRAFFICKING_IDS, TermMatch } from './lexicon';
import { detectMinors } from './minors/detect-minors';
import { imminentMovement, rescueCry } from './composite-indicators';
import { P1_INDICATORS, P2_INDICATORS, P3_INDICATORS, scorePriority } from './scoring';
import { detectLanguage } from './text/language';
import { normalizeText } from './text/normalize';
import { wordBoundaries } from './text/segmentation';
import { CrossBorder, IndicatorId, IndicatorMatch, TriageInput, TriageResult } from './types';

/** The exploitation indicators, in the order the explanation lists them. */
const INDICATOR_ORDER: readonly IndicatorId[] = ['children', ...P1_INDICATORS, ...P2_INDICATORS, ...P3_INDICATORS, 'exploitative-venue'];

function analysed(raw: string) {
  const text = normalizeText(raw ?? '');
  let boundaries: Set<number> | undefined;
  return { text, boundaries: () => (boundaries ??= wordBoundaries(text)) };
}

const words = (matches: TermMatch[]) => [...new Set(matches.map((m) => m.text))];

/**
 * Scores a tip: priority with the indicators that fired and why, the district to act in, whether
 * children are involved and whether it crosses the border. Pure and synchronous.
 */
export function triage(input: TriageInput): TriageResult {
  const target = analysed(input.text);
  const hits = matchAllLexicons(target);
  const get = (id: string) => hits.get(id)?.matches ?? [];

  const notTrafficking = NOT_TRAFFICKING_IDS.filter((id) => get(id).length);
  // Weak terms ("please help", "agent") count only when nothing says the tip is something else.
  const usable = (id: string) => get(id).filter((m) => !m.weak || !notTrafficking.length);

  const fired = new Map<IndicatorId, string[]>();
  for (const id of [...P1_INDICATORS, ...P2_INDICATORS, ...P3_INDICATORS]) {
    const found = usable(id);
    if (found.length) fired.set(id, words(found));
  }

  const minors = detectMinors(target.text, get('children'));
  if (minors.minors) {
    fired.set('children', minors.evidence);
    const venues = get('exploitative-venue');
    if (venues.length) fired.set('exploitative-venue', words(venues));
  }

  const ctx = { text: target.text, hits: get, fired, minors: minors.minors, notTrafficking };
  const imminent = imminentMovement(ctx);
  if (imminent.length) fired.set('imminent-movement', words([...usable('imminent-movement'), ...imminent]));
  const cries = rescueCry(ctx);
  if (cries.length) fired.set('self-rescue', words([...usable('self-rescue'), ...cries]));

  const stillGoingOn = get('still-going-on').length > 0;
  const otherIndicators = [...fired.keys()].some((id) => !['violence', 'incapacitation', 'intimidation', 'children'].includes(id));
  const score = scorePriority({
    indicators: new Set(fired.keys()),
    minors: minors.minors,
    notTrafficking,
    concern: get('concern').length > 0 || get('exploitative-venue').length > 0 || get('exploitation-context').length > 0,
    // A venue makes violence a trafficking matter, unless the tip itself says it is a brawl or theft.
    exploitationContext:
      otherIndicators ||
      minors.minors ||
      get('exploitation-context').length > 0 ||
      get('drugging').length > 0 ||
      (get('exploitative-venue').length > 0 && !notTrafficking.includes('other-crime')),
    hearsay: get('hearsay').length > 0 && !stillGoingOn,
    pastOrResolved: (get('past-or-resolved').length > 0 || get('safe-now').length > 0) && !stillGoingOn,
    safeNow: get('safe-now').length > 0 && !stillGoingOn,
    escaped: get('escaped').length > 0,
    longAgo: get('long-ago').length > 0 && !stillGoingOn,
  });

  const matches: IndicatorMatch[] = INDICATOR_ORDER.filter((id) => fired.has(id)).map((id) => ({ indicator: id, words: fired.get(id)! }));
  if (score.priority === 'P4' && notTrafficking.length) {
    matches.push({ indicator: 'not-trafficking', words: words(notTrafficking.flatMap((id) => get(id))) });
  }

  // Where: the operator's district, else places in the location description, else in the text,
  // else the nearest district to the coordinates.
  const description = analysed(input.location?.description ?? '');
  const described = description.text ? findPlaces(description.text, description.boundaries) : [];
  const named = findPlaces(target.text, target.boundaries);
  const operatorDistrict = input.location?.district ? resolveDistrict(input.location.district) : undefined;
  let district: string = 'unknown';
  let districtSource = '';
  const fromPlaces = (mentions: PlaceMention[], where: string) => {
    const chosen = chooseDistrict(mentions);
    if (!chosen) return false;
    district = chosen.district;
    districtSource = `${where} ${[...new Set(chosen.evidence.map((m) => `"${m.text}"`))].join(', ')}`;
    return true;
  };
  if (operatorDistrict) {
    district = operatorDistrict;
    districtSource = 'given by the operator';
  } else if (!fromPlaces(described, 'location') && !fromPlaces(named, 'from')) {
    const { lat, lon } = input.location ?? {};
    const near = lat !== undefined && lon !== undefined ? nearestDistrict(lat, lon) : undefined;
    if (near) {
      district = near;
      districtSource = 'nearest to the coordinates';
    }
  }

  // Cross-border: a place across the border, or movement to (or, when imminent, from) a country.
  let crossBorder: CrossBorder | null = null;
  let crossBorderWords: string[] = [];
  const across = [...described, ...named].filter((m) => m.place.crossBorder);
  if (across.length) {
    crossBorder = across[0].place.crossBorder!;
    crossBorderWords = [...new Set(across.filter((m) => m.place.crossBorder === crossBorder).map((m) => m.text))];
  } else {
    const countries = findCountryMentions(target.text, fired.has('imminent-movement'));
    if (countries.length) {
      crossBorder = countries[0].country;
      crossBorderWords = [...new Set(countries.filter((c) => c.country === crossBorder).map((c) => c.text))];
    } else if (fired.has('imminent-movement')) {
      crossBorder = acrossTheRiver(target.text, district);
      if (crossBorder) crossBorderWords = [`across the river at ${district}`];
    }
  }

  const negated = [...hits.values()].flatMap((h) => h.negated.map((m) => m.text));
  return {
    priority: score.priority,
    district,
    minors: minors.minors,
    crossBorder,
    indicators: matches.map((m) => m.indicator),
    explanation: explain({ priority: score.priority, reason: score.reason, outweighed: score.outweighed, matches, district, districtSource, crossBorder, crossBorderWords, negated }),
    matches,
    language: detectLanguage(target.text),
  };
}

/**
 * V8 compiles a regex when it is first used, and again to native code a little later: a few tips
 * in each script at module load move that cost (tens of milliseconds) off the first real tips.
 */
const WARM_UP = [
  'มีเด็กอายุ ๑๔ ถูกขังที่แม่สาย คืนนี้จะพาข้ามไป ช่วยด้วย นายจ้างยึดบัตร ไม่จ่ายเงินเดือน',
  'ນ້ອງສາວຖືກຂັງຢູ່ຊຽງຂອງ ນາຍຈ້າງຍຶດໜັງສືຜ່ານແດນ ບໍ່ຈ່າຍເງິນເດືອນ ຊ່ວຍແດ່',
  'ကျွန်မကို ပိတ်ထားတယ် လစာ မပေးဘူး ပတ်စ်ပို့ကို သိမ်းထားတယ် ကယ်ပါ',
  'A 15-year-old girl is locked in a room in Mae Sai, the boss keeps her passport, help me',
];
for (let i = 0; i < 3; i++) for (const text of WARM_UP) triage({ text, location: { description: text } });
warmUpPlaceIndex();
