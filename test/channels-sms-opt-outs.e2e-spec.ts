import { eventually, System } from './support/system';

/**
 * A responder who texts STOP gets no more SMS alerts (Twilio would refuse them anyway): LINE alerts
 * still reach them, and each SMS that was not sent shows in the incident timeline with its reason so
 * a coordinator sees who cannot be reached; a failed LINE notice does not fall back to their SMS.
 * START makes SMS alerts flow again.
 */
const system = new System();

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

const OPTED_OUT = 'not delivered: opted out by SMS STOP';

async function openP1(label: string): Promise<string> {
  const res = await system.postTip({
    channel: 'hotline',
    text: `${label}: children aged 13 held in a locked room in Mae Sai, to be moved across the bridge tonight (${Date.now()})`,
    location: { district: 'mae-sai' },
  });
  expect(res.status).toBe(202);
  return system.incidentOfTip(((await res.json()) as { tipId: string }).tipId);
}

/** Step-1 pages, once every one of them has a delivery status. */
async function settledPages(incidentId: string) {
  return eventually(async () => {
    const incident = await system.incident(incidentId);
    const pages = incident.alerts.filter((a: any) => a.kind === 'page' && a.step === 1);
    expect(pages.some((a: any) => a.channel === 'sms')).toBe(true);
    expect(pages.every((a: any) => a.deliveryStatus)).toBe(true);
    return { incident, pages };
  }, 20_000);
}

const receivedPage = (page: any) => system.deliveriesOf(page);

it('STOP stops SMS alerts (LINE still arrives, the timeline says why); START brings them back', async () => {
  const first = await settledPages(await openP1('Mae Sai bus station'));
  const smsPages = first.pages.filter((a: any) => a.channel === 'sms');
  const phones = [...new Set<string>(smsPages.map((a: any) => a.to))];
  for (const page of smsPages) expect(await receivedPage(page)).toHaveLength(1);

  for (const phone of phones) {
    const answer = await system.sendSms(phone, 'STOP');
    expect(answer.status).toBe(200);
    expect(await answer.text()).not.toContain('<Message>'); // Twilio confirms STOP itself
  }

  const second = await settledPages(await openP1('Sai Lom Joy market'));
  const stoppedPages = second.pages.filter((a: any) => a.channel === 'sms' && phones.includes(a.to));
  expect(stoppedPages.length).toBeGreaterThan(0);
  for (const page of stoppedPages) {
    expect(page).toMatchObject({ deliveryStatus: 'failed', deliveryError: OPTED_OUT });
    expect(await receivedPage(page)).toEqual([]);
  }
  // A coordinator sees it on the incident: one timeline entry per SMS not sent, with the reason.
  const withReason = await eventually(async () => {
    const timeline = (await system.incident(second.incident.id)).timeline.filter((t: any) => t.kind === 'delivery-failed' && t.detail.error === OPTED_OUT);
    expect(timeline.map((t: any) => t.detail.alertId).sort()).toEqual(stoppedPages.map((a: any) => a.id).sort());
    return timeline;
  });
  expect(withReason.length).toBe(stoppedPages.length);
  // Whoever also has LINE still got the page there.
  const linePages = second.pages.filter((a: any) => a.channel === 'line' && stoppedPages.some((s: any) => s.responderId === a.responderId));
  // The test directory's Mae Sai step-1 responders have both channels, at any hour.
  expect(linePages.length).toBeGreaterThan(0);
  for (const page of linePages) {
    expect(['sent', 'delivered']).toContain(page.deliveryStatus);
    expect(await receivedPage(page)).toHaveLength(1);
  }

  // Blocked on LINE as well: unreachable, and the timeline says so for both channels. When one of
  // them accepts by SMS anyway (STOP stops what we send, not what they send), the "you accepted"
  // notice fails on LINE and does not fall back to their SMS.
  const blocked = linePages.map((a: any) => a.to);
  const fault = await fetch(`${system.urls.sandbox}/__sandbox/faults`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'line', blockedUsers: blocked }),
  });
  expect(fault.status).toBe(200);
  try {
    const unreachable = await settledPages(await openP1('Mae Sai bridge'));
    const refused = unreachable.pages.filter((a: any) => a.channel === 'line' && blocked.includes(a.to));
    expect(refused.length).toBe(blocked.length);
    for (const page of refused) expect(page).toMatchObject({ deliveryStatus: 'failed', deliveryError: expect.stringMatching(/blocked/) });
    const acceptor = refused[0].responderId;
    const smsPage = unreachable.pages.find((a: any) => a.channel === 'sms' && a.responderId === acceptor);
    expect(smsPage).toMatchObject({ deliveryStatus: 'failed', deliveryError: OPTED_OUT });
    expect((await system.sendSms(smsPage.to, `ACK ${smsPage.code}`)).status).toBe(200);
    const notice = await eventually(async () => {
      const n = (await system.incident(unreachable.incident.id)).alerts.find(
        (a: any) => a.kind === 'notice' && a.responderId === acceptor && a.channel === 'line' && a.deliveryStatus,
      );
      expect(n).toBeDefined();
      return n;
    }, 15_000);
    expect(notice).toMatchObject({ deliveryStatus: 'failed', deliveryError: expect.stringMatching(/blocked.*; no SMS instead: opted out by SMS STOP$/) });
    const alerts = (await system.incident(unreachable.incident.id)).alerts;
    expect(alerts.filter((a: any) => a.id === `${notice.id}-sms`)).toEqual([]);
  } finally {
    await fetch(`${system.urls.sandbox}/__sandbox/faults`, { method: 'DELETE' });
  }

  for (const phone of phones) expect((await system.sendSms(phone, 'START')).status).toBe(200);
  const third = await settledPages(await openP1('Mae Sai checkpoint'));
  const backPages = third.pages.filter((a: any) => a.channel === 'sms' && phones.includes(a.to));
  expect(backPages.length).toBeGreaterThan(0);
  for (const page of backPages) {
    expect(['sent', 'delivered']).toContain(page.deliveryStatus);
    expect(await receivedPage(page)).toHaveLength(1);
  }
});
