import { randomBytes } from 'node:crypto';
import { eventually, sleep, System } from './support/system';

/**
 * A second caller about the same karaoke bar minutes later used to open a new incident and page
 * everyone again (issue 15). Tips that name the same venue or person in the same district within
 * the window join the open incident, its timeline says why, nobody is paged twice, and a coordinator
 * can split a wrongly joined tip back out into an incident of its own (which is paged as new).
 */
const system = new System();

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

/** A venue name no other test uses (letters only: a name is capitalised words). */
const uniqueName = () => [...randomBytes(6)].map((b, i) => String.fromCharCode((i ? 97 : 65) + (b % 26))).join('');

async function post(text: string, district: string): Promise<string> {
  const res = await system.postTip({ channel: 'hotline', text, location: { district } });
  expect(res.status).toBe(202);
  return ((await res.json()) as { tipId: string }).tipId;
}

const pages = (incident: any) => incident.alerts.filter((a: any) => a.kind === 'page');

/** Waits until dispatch has paged for the incident and the pages stop coming (step 1 of each role). */
async function paged(incidentId: string): Promise<any> {
  return eventually(async () => {
    const incident = await system.incident(incidentId);
    expect(pages(incident).length).toBeGreaterThan(0);
    return incident;
  }, 15_000);
}

describe('a second caller naming the same venue', () => {
  const venue = uniqueName();
  let first: string;
  let incidentId: string;
  let second: string;

  it('joins the open incident, says why, and pages nobody again', async () => {
    first = await post(`Three girls, about 15, at the ${venue} Karaoke in Mae Sai; the owner says they go to Tachileik tonight`, 'mae-sai');
    incidentId = await system.incidentOfTip(first);
    const before = await paged(incidentId);
    const pagesBefore = pages(before).map((a: any) => a.id).sort();

    second = await post(`Another caller: young girls are made to sit with customers at ${venue} karaoke, Mae Sai. Seen tonight.`, 'mae-sai');
    expect(await system.incidentOfTip(second)).toBe(incidentId);
    const after = await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(i.tips.map((t: any) => t.tipId).sort()).toEqual([first, second].sort());
      return i;
    });
    const joined = after.timeline.find((e: any) => e.kind === 'tip' && e.detail.tipId === second);
    expect(joined.detail.joinedBecause).toContain(`venue “${venue.toLowerCase()}”`);
    // No second incident, and no one paged for the follow-up.
    expect(await system.sql('SELECT count(*)::int AS n FROM incidents WHERE id IN (SELECT incident_id FROM tips WHERE id = ANY($1))', [[first, second]])).toEqual([{ n: 1 }]);
    await sleep(1500);
    expect(pages(await system.incident(incidentId)).map((a: any) => a.id).sort()).toEqual(pagesBefore);
  }, 40_000);

  it('keeps a caller about an unnamed karaoke bar of the same district in an incident of its own', async () => {
    const other = await post('Girls about 15 are working at a karaoke bar in Mae Sai, the owner beats them', 'mae-sai');
    expect(await system.incidentOfTip(other)).not.toBe(incidentId);
  });

  it('lets a coordinator split the joined tip back out: a new incident, paged, both timelines say who and why', async () => {
    const { status, body } = await system.board(`/v1/incidents/${incidentId}/tips/${second}/split`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'another karaoke of the same name' }),
    });
    expect(status).toBe(202);
    const newId = body.incidentId as string;
    expect(newId).not.toBe(incidentId);
    expect(await eventually(async () => {
      const id = await system.incidentOfTip(second);
      expect(id).toBe(newId);
      return id;
    })).toBe(newId);
    const split = await paged(newId);
    expect(split.tips.map((t: any) => t.tipId)).toEqual([second]);
    expect(split.priority).toBe('P1');
    expect(split.timeline.find((e: any) => e.kind === 'split-from').detail).toMatchObject({ from: incidentId, reason: 'another karaoke of the same name' });
    const left = await system.incident(incidentId);
    expect(left.tips.map((t: any) => t.tipId)).toEqual([first]);
    expect(left.timeline.find((e: any) => e.kind === 'tip-split-out').detail).toMatchObject({ tipId: second, into: newId });

    // Its only tip cannot be split out of the new incident.
    const again = await system.board(`/v1/incidents/${newId}/tips/${second}/split`, { method: 'POST', body: '{}' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/only tip/);
  }, 40_000);

  it('refuses to split a tip that is not in the incident', async () => {
    const { status, body } = await system.board(`/v1/incidents/${incidentId}/tips/no-such-tip/split`, { method: 'POST', body: '{}' });
    expect(status).toBe(404);
    expect(body.message).toMatch(/no tip no-such-tip in this incident/);
  });
});

it('joins a caller naming the same person in the same district, not in another district', async () => {
  const person = uniqueName();
  const first = await post(`A broker called ${person} keeps the passports of 12 Lao workers at a banana farm in Chiang Khong`, 'chiang-khong');
  const incidentId = await system.incidentOfTip(first);
  const second = await post(`Mr ${person} the broker is moving the Lao workers from the banana farm tonight`, 'chiang-khong');
  expect(await system.incidentOfTip(second)).toBe(incidentId);
  const elsewhere = await post(`Mr ${person} the broker is moving Lao workers from a farm tonight`, 'chiang-saen');
  expect(await system.incidentOfTip(elsewhere)).not.toBe(incidentId);
});
