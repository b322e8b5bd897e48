import { DistrictSlug } from './districts';
import { PlaceMention } from './place-index';

/**
 * The district to act in, from the places a text names: the district with the highest total
 * weight (a district name beats a province name, where people are beats where they are going),
 * the earliest mention breaking ties.
 */
export function chooseDistrict(mentions: PlaceMention[]): { district: DistrictSlug; evidence: PlaceMention[] } | undefined {
  if (!mentions.length) return undefined;
  const totals = new Map<DistrictSlug, { weight: number; first: number }>();
  for (const m of mentions) {
    const t = totals.get(m.place.district) ?? { weight: 0, first: m.start };
    t.weight += m.weight;
    totals.set(m.place.district, t);
  }
  const [district] = [...totals.entries()].sort((a, b) => b[1].weight - a[1].weight || a[1].first - b[1].first)[0];
  return { district, evidence: mentions.filter((m) => m.place.district === district) };
}
