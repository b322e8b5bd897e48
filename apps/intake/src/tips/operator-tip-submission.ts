import { z } from 'zod';
import { TipSubmission } from '@rescue/contracts';
import { DISTRICT_SLUGS, resolveDistrict } from '@rescue/domain';

/**
 * A tip from the operator API, whose `location.district` must name one of the 18 districts (a slug, or a
 * Thai, English, Lao or Burmese name the gazetteer knows): a district it cannot place would be triaged as
 * `unknown` and page nobody of that district. "unknown" says the operator does not know; free-text places
 * belong in `location.description`, which triage reads through the gazetteer.
 */
export const OperatorTipSubmission = TipSubmission.superRefine((tip, ctx) => {
  const district = tip.location?.district?.trim();
  if (!district || district.toLowerCase() === 'unknown' || resolveDistrict(district)) return;
  ctx.addIssue({
    code: 'custom',
    path: ['location', 'district'],
    message: `"${district.slice(0, 80)}" is not a district of Chiang Rai; use one of ${DISTRICT_SLUGS.join(', ')} (or put the place in location.description)`,
  });
});
export type OperatorTipSubmission = z.infer<typeof OperatorTipSubmission>;
