// The 18 districts of Chiang Rai (names in Thai and English, map outlines), loaded once from districts.json.

import { lang, t } from './i18n.js';

let gazetteer = { viewBox: [0, 0, 100, 100], districts: [] };
let bySlug = new Map();

export async function loadDistricts() {
  const res = await fetch('/districts.json');
  gazetteer = await res.json();
  bySlug = new Map(gazetteer.districts.map((d) => [d.slug, d]));
}

export function districts() {
  return gazetteer.districts;
}

export function mapViewBox() {
  return gazetteer.viewBox;
}

export function districtName(slug) {
  const d = bySlug.get(slug);
  if (!d) return slug === 'unknown' || !slug ? t('tip.districtUnknown') : slug;
  return lang() === 'th' ? d.th : d.en;
}

const fold = (s) => s.normalize('NFC').toLowerCase().replace(/[\s\-.]/g, '');

/** Districts whose Thai or English name (or slug) contains the query; Thai names also match without the อ./อำเภอ prefix. */
export function searchDistricts(query) {
  const q = fold(query.replace(/^(อำเภอ|อ\.)/, ''));
  if (!q) return gazetteer.districts;
  return gazetteer.districts.filter((d) => [d.en, d.th, d.slug].some((name) => fold(name).includes(q)));
}
