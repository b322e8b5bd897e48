import { randomBytes } from 'node:crypto';
import { sleep, System } from './support/system';

/**
 * An operator's district must be one of the 18 (issue 15): "bangkok" used to be filed as district
 * `unknown`, so the tip paged nobody of any district. Names the gazetteer knows still count.
 */
const system = new System();

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

const stamp = () => `${Date.now()}-${randomBytes(3).toString('hex')}`;

it('answers 400 for a district that is not one of the 18, listing the valid ones, and files nothing', async () => {
  const mark = stamp();
  const res = await system.postTip({ channel: 'hotline', text: `Two girls locked in a back room ${mark}`, location: { district: 'bangkok' } });
  expect(res.status).toBe(400);
  const { message } = (await res.json()) as { message: string };
  expect(message).toMatch(/^location\.district: "bangkok" is not a district of Chiang Rai; use one of /);
  expect(message).toContain('mae-sai');
  expect(message).toContain('chiang-khong');
  await sleep(1000);
  expect(await system.sql(`SELECT id FROM tips WHERE text LIKE $1`, [`%${mark}%`])).toEqual([]);
});

it('takes a district by its Thai name and triages the tip into that district', async () => {
  const res = await system.postTip({ channel: 'hotline', text: `Two girls locked in a back room ${stamp()}`, location: { district: 'เชียงของ' } });
  expect(res.status).toBe(202);
  const { tipId } = (await res.json()) as { tipId: string };
  const incident = await system.incident(await system.incidentOfTip(tipId));
  expect(incident.district).toBe('chiang-khong');
});
