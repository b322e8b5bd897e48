import gazetteer from '../console/districts.json';

/** The 18 districts of Chiang Rai, by the slugs triage and the directory use (one list with the console's map). */
export const DISTRICT_SLUGS: readonly string[] = gazetteer.districts.map((d) => d.slug);
