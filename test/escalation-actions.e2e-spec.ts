import { eventually, sleep, System } from './support/system';

/**
 * What responders and coordinators do after the first page, through the whole running system:
 * handing an accepted case back (UNACK by SMS), re-notifying whoever a role waits for, and the
 * reminder to an accepted responder who has not reported arrival.
 */

// 0.01: a 5-minute step waits 3 s; the 2-minute arrival reminder comes 1.2 s after an accept.
const SCALE = 0.01;
const system = new System({ ESCALATION_TIME_SCALE: String(SCALE), ARRIVAL_REMINDER_MINUTES: '2' });
const REMINDER_MS = 2 * 60_000 * SCALE;

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

async function openIncident(text: string) {
  const res = await system.postTip({ channel: 'hotline', text, location: { district: 'mae-sai' } });
  expect(res.status).toBe(202);
  return system.incidentOfTip(((await res.json()) as { tipId: string }).tipId);
}

const smsPages = (incident: any, role: string, step?: number) =>
  incident.alerts.filter((a: any) => a.kind === 'page' && a.role === role && a.channel === 'sms' && (step === undefined || a.step === step));
const role = (incident: any, name: string) => incident.roles.find((r: any) => r.role === name);

async function firstPolicePage(incidentId: string) {
  return eventually(async () => {
    const [page] = smsPages(await system.incident(incidentId), 'police', 1);
    expect(page).toBeDefined();
    return page;
  });
}

async function accept(incidentId: string, page: any) {
  expect((await system.sendSms(page.to, `ACK ${page.code}`)).status).toBe(200);
  await eventually(async () => expect(role(await system.incident(incidentId), 'police')).toMatchObject({ state: 'accepted', acceptedBy: page.responderId }));
}

/** Everything the responder received on any of their channels (SMS, LINE), as the incident's alerts address them. */
async function textsOf(incidentId: string, responderId: string): Promise<string[]> {
  const addresses = new Set<string>((await system.incident(incidentId)).alerts.filter((a: any) => a.responderId === responderId).map((a: any) => a.to));
  const texts = await Promise.all([...addresses].map(async (to) => (await system.messages(to)).map((m) => m.text)));
  return texts.flat();
}
/** Texts naming this reply code ("ACK 1" but not "ACK 12": codes are per phone, the phone serves many incidents). */
// The responder's language is theirs (Thai or English): match either.
const REMINDER = /are you there yet|ยังไม่ถึงที่เกิดเหตุ/;
const HANDED_BACK = /handed this case back|ท่านคืนเรื่องนี้แล้ว/;
const naming = (texts: string[], word: string, code: number) => texts.filter((t) => new RegExp(`\\b${word} ${code}\\b`).test(t));

describe('un-acknowledge', () => {
  it('"UNACK <code>" from the responder who accepted hands the role back and pages the next step at once', async () => {
    const incidentId = await openIncident('Two girls aged 15 locked in a karaoke bar in Mae Sai, taken to Tachileik tonight');
    const page = await firstPolicePage(incidentId);
    await accept(incidentId, page);
    expect((await system.incident(incidentId)).state).toBe('acknowledged');

    expect((await system.sendSms(page.to, `UNACK ${page.code}`)).status).toBe(200);
    const after = await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(role(i, 'police')).toMatchObject({ state: 'pending', step: 2 });
      expect(smsPages(i, 'police', 2).length).toBeGreaterThan(0);
      return i;
    });
    // Well before the 3 s deadline of step 1 would have moved it: the hand-back moved it.
    expect(after.state).toBe('triggered'); // nobody holds a role any more
    expect(after.timeline.some((t: any) => t.kind === 'released' && t.detail.responderId === page.responderId)).toBe(true);
    expect(smsPages(after, 'police', 1).find((a: any) => a.responderId === page.responderId).state).toBe('released');
    await eventually(async () => expect((await textsOf(incidentId, page.responderId)).some((t) => HANDED_BACK.test(t))).toBe(true));
    const next = smsPages(after, 'police', 2)[0];
    await eventually(async () => expect(naming(await textsOf(incidentId, next.responderId), 'ACK', next.code)).not.toEqual([]));

    // The next person can take it, and a second UNACK from the first does nothing.
    await accept(incidentId, next);
    await system.sendSms(page.to, `UNACK ${page.code}`);
    await sleep(500);
    expect(role(await system.incident(incidentId), 'police')).toMatchObject({ state: 'accepted', acceptedBy: next.responderId, step: 2 });
  });

  it('an UNACK from someone who does not hold the role changes nothing', async () => {
    const incidentId = await openIncident('A boy of 13 held in a shed in Mae Sai, the broker moves him at night');
    const page = await firstPolicePage(incidentId);
    expect((await system.sendSms(page.to, `UNACK ${page.code}`)).status).toBe(200);
    await sleep(500);
    const i = await system.incident(incidentId);
    expect(role(i, 'police')).toMatchObject({ state: 'pending', step: 1 });
    expect(i.timeline.some((t: any) => t.kind === 'released')).toBe(false);
  });
});

describe('re-notify', () => {
  it('pages again whoever the role waits for, with the same reply code, without moving the chain', async () => {
    const incidentId = await openIncident('Three girls, about 14, kept in a room behind a shop in Mae Sai');
    const page = await firstPolicePage(incidentId);
    const pagesSent = async () => naming((await system.messages(page.to)).map((m) => m.text), 'ACK', page.code);
    await eventually(async () => expect(await pagesSent()).toHaveLength(1));

    const res = await system.board(`/v1/incidents/${incidentId}/renotify`, { method: 'POST', body: JSON.stringify({ role: 'police' }) });
    expect(res.status).toBe(202);
    await eventually(async () => expect(await pagesSent()).toHaveLength(2));
    const i = await system.incident(incidentId);
    expect(role(i, 'police').step).toBe(1);
    expect(i.timeline.some((t: any) => t.kind === 'renotified' && t.detail.role === 'police')).toBe(true);

    // Once the role is accepted, a re-notify pages nobody.
    await accept(incidentId, page);
    await system.board(`/v1/incidents/${incidentId}/renotify`, { method: 'POST', body: JSON.stringify({ role: 'police' }) });
    await sleep(700);
    expect(await pagesSent()).toHaveLength(2);
  });
});

describe('arrival reminders', () => {
  it('reminds the accepted responder who has not reported arrival, once, and shows it on the timeline', async () => {
    const incidentId = await openIncident('A woman and her daughter aged 12 locked in a guesthouse in Mae Sai');
    const page = await firstPolicePage(incidentId);
    await accept(incidentId, page);
    const reminders = async () => naming(await textsOf(incidentId, page.responderId), 'ARRIVED', page.code).filter((t) => REMINDER.test(t));
    await eventually(async () => expect(await reminders()).toHaveLength(1), 10_000);
    expect((await reminders())[0]).toContain(`ARRIVED ${page.code}`);
    const i = await system.incident(incidentId);
    expect(i.timeline.some((t: any) => t.kind === 'arrival-overdue' && t.detail.responderId === page.responderId)).toBe(true);
    await sleep(REMINDER_MS * 2);
    expect(await reminders()).toHaveLength(1);
  });

  it('does not remind a responder who reported arrival in time', async () => {
    const incidentId = await openIncident('Two girls aged 16 held at a massage shop in Mae Sai, phones taken');
    const page = await firstPolicePage(incidentId);
    await accept(incidentId, page);
    await system.sendSms(page.to, `ARRIVED ${page.code}`);
    await eventually(async () => expect(role(await system.incident(incidentId), 'police').arrivedAt).toBeTruthy());
    await sleep(REMINDER_MS * 2);
    expect(naming(await textsOf(incidentId, page.responderId), 'ARRIVED', page.code).filter((t) => REMINDER.test(t))).toEqual([]);
    expect((await system.incident(incidentId)).timeline.some((t: any) => t.kind === 'arrival-overdue')).toBe(false);
  });
});
