import { normalizeText } from '../text/normalize';
import { wordBoundaries } from '../text/segmentation';
import { chooseDistrict } from './choose-district';
import { DISTRICT_RECORDS, DISTRICT_SLUGS, DistrictSlug } from './districts';
import { findPlaces } from './place-index';

export { ACROSS_BORDER } from './across-border';
export { chooseDistrict } from './choose-district';
export { nearestDistrict } from './coordinates';
export { DISTRICT_SLUGS } from './districts';
export type { DistrictSlug } from './districts';
export { findPlaces, warmUpPlaceIndex } from './place-index';
export type { Place, PlaceMention } from './place-index';

/** The 18 districts, for a district picker. */
export const DISTRICTS: { slug: string; nameTh: string; nameEn: string }[] = DISTRICT_RECORDS.map(({ slug, nameTh, nameEn }) => ({
  slug,
  nameTh,
  nameEn,
}));

const SLUGS = new Set<string>(DISTRICT_SLUGS);
const BY_SLUG = new Map(DISTRICTS.map((d) => [d.slug, d]));

/** A district's name in Thai or English for a message to a person (the slug when it is none of the 18). */
export function districtName(slug: string, lang: 'th' | 'en'): string {
  const d = BY_SLUG.get(slug);
  return (lang === 'th' ? d?.nameTh : d?.nameEn) ?? slug;
}

/**
 * The district slug for a name an operator typed or picked: a slug, a Thai, English, Lao or
 * Burmese name, with or without "อ."/"อำเภอ"/"District", or a subdistrict or landmark of a
 * district (the strongest if it names several). Undefined when it names none.
 */
export function resolveDistrict(nameOrSlug: string): DistrictSlug | undefined {
  const raw = (nameOrSlug ?? '').trim().toLowerCase();
  if (!raw) return undefined;
  const slug = raw.replace(/[\s_]+/g, '-');
  if (SLUGS.has(slug)) return slug as DistrictSlug;
  const text = normalizeText(raw);
  const mentions = findPlaces(text, () => wordBoundaries(text));
  const districts = new Set(mentions.filter((m) => m.place.kind !== 'weak').map((m) => m.place.district));
  if (districts.size === 1) return [...districts][0];
  if (districts.size === 0 && mentions.length) return mentions[0].place.district;
  return chooseDistrict(mentions)?.district;
}
