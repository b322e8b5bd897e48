import { DistrictSlug } from './districts';

/**
 * Approximate position of each district's town (the amphoe office), from the author's own
 * knowledge of the map: good to a few kilometres, enough to pick the nearest district for a tip
 * that carries GPS coordinates but no place name.
 */
const DISTRICT_CENTRES: Record<DistrictSlug, [number, number]> = {
  'mueang-chiang-rai': [19.91, 99.84],
  'wiang-chai': [19.88, 99.93],
  'chiang-khong': [20.26, 100.4],
  thoeng: [19.69, 100.19],
  phan: [19.55, 99.74],
  'pa-daet': [19.5, 99.99],
  'mae-chan': [20.15, 99.86],
  'chiang-saen': [20.27, 100.08],
  'mae-sai': [20.43, 99.88],
  'mae-suai': [19.65, 99.54],
  'wiang-pa-pao': [19.35, 99.51],
  'phaya-mengrai': [19.85, 100.15],
  'wiang-kaen': [20.07, 100.51],
  'khun-tan': [19.82, 100.26],
  'mae-fa-luang': [20.27, 99.69],
  'mae-lao': [19.77, 99.72],
  'wiang-chiang-rung': [20.02, 100.0],
  'doi-luang': [20.12, 100.1],
};

/** Chiang Rai province with a margin for the towns just across the border. */
const BOUNDS = { latMin: 19.1, latMax: 20.6, lonMin: 99.2, lonMax: 100.8 };
const MAX_DISTANCE_KM = 30;

/** The district whose town is nearest to a point in or near the province, if within 30 km. */
export function nearestDistrict(lat: number, lon: number): DistrictSlug | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  if (lat < BOUNDS.latMin || lat > BOUNDS.latMax || lon < BOUNDS.lonMin || lon > BOUNDS.lonMax) return undefined;
  let best: DistrictSlug | undefined;
  let bestKm = Infinity;
  for (const [slug, [dLat, dLon]] of Object.entries(DISTRICT_CENTRES) as [DistrictSlug, [number, number]][]) {
    // Equirectangular distance is plenty at this scale.
    const x = (lon - dLon) * Math.cos(((lat + dLat) / 2) * (Math.PI / 180));
    const km = Math.hypot(x, lat - dLat) * 111.2;
    if (km < bestKm) {
      best = slug;
      bestKm = km;
    }
  }
  return bestKm <= MAX_DISTANCE_KM ? best : undefined;
}
