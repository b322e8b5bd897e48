import { metricValue } from './support/metrics';
import { eventually, sleep, System } from './support/system';

/**
 * The whole path: a hotline tip for Mae Sai -> triage -> incident -> SMS page to the on-call responders
 * -> `ACK <code>` by SMS -> accepted; no answer -> the next step is paged after the (scaled) deadline.
 */
const P1_MAE_SAI = {
  channel: 'hotline',
  text: 'Three girls, about 15, are locked in a karaoke bar in Mae Sai and will be taken across to Tachileik tonight.',
  location: { district: 'mae-sai' },
};

// 0.002: a 5-minute step waits 600 ms.
const system = new System({ ESCALATION_TIME_SCALE: '0.002' });
const STEP_MS = 5 * 60_000 * 0.002;

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

async function openIncident(text = P1_MAE_SAI.text) {
  const res = await system.postTip({ ...P1_MAE_SAI, text });
  expect(res.status).toBe(202);
  const { tipId } = (await res.json()) as { tipId: string };
  const incidentId = await system.incidentOfTip(tipId);
  return { tipId, incidentId };
}

function pagesOf(incident: any, role: string, step?: number) {
  return incident.alerts.filter((a: any) => a.kind === 'page' && a.role === role && a.channel === 'sms' && (step === undefined || a.step === step));
}

describe('hotline tip to acknowledged alert', () => {
  it('triages the tip, pages police and NGO on call in Mae Sai by SMS, and shows how to answer', async () => {
    const { tipId, incidentId } = await openIncident();
    const tip = await system.board(`/v1/tips/${tipId}`);
    expect(tip.body).toMatchObject({ tipId, incidentId, triage: { priority: 'P1', district: 'mae-sai', minors: true } });

    const incident = await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(pagesOf(i, 'police', 1).length).toBeGreaterThan(0);
      expect(pagesOf(i, 'ngo', 1).length).toBeGreaterThan(0);
      return i;
    });
    expect(incident).toMatchObject({ id: incidentId, state: 'triggered', priority: 'P1', district: 'mae-sai', step: 1 });
    for (const page of [...pagesOf(incident, 'police', 1), ...pagesOf(incident, 'ngo', 1)]) {
      const sms = await eventually(async () => {
        const [found] = await system.deliveriesOf(page);
        expect(found).toBeDefined();
        return found!;
      }, 10_000);
      expect(sms.channel).toBe('sms');
      expect(sms.text).toMatch(/P1/);
      expect(sms.text).toContain(`ACK ${page.code}`);
    }
  });

  it('accepts on "ACK <code>" from the paged phone; nobody of that role is paged again, ever', async () => {
    const { incidentId } = await openIncident('Two boys aged 14 locked in a room in Mae Sai, the broker moves them tonight');
    const page = await eventually(async () => {
      const [p] = pagesOf(await system.incident(incidentId), 'police', 1);
      expect(p).toBeDefined();
      return p;
    });
    const reply = await system.sendSms(page.to, `ack ${page.code}`);
    expect(reply.status).toBe(200);

    const accepted = await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(i.state).toBe('acknowledged');
      return i;
    });
    expect(accepted.roles.find((r: any) => r.role === 'police')).toMatchObject({ state: 'accepted', acceptedBy: page.responderId });

    await sleep(STEP_MS * 4); // several deadlines' worth
    const later = await system.incident(incidentId);
    expect(pagesOf(later, 'police').filter((a: any) => a.step > 1)).toEqual([]);
    expect(later.roles.find((r: any) => r.role === 'police').step).toBe(1);
    // The NGO chain is its own: it keeps escalating until someone of that role accepts.
    expect(later.roles.find((r: any) => r.role === 'ngo').step).toBeGreaterThan(1);
    // The other police officers paged at step 1 hear that they can stand down.
    for (const other of pagesOf(later, 'police', 1).filter((a: any) => a.responderId !== page.responderId)) {
      expect(other.state).toBe('stood-down');
    }
  });

  it('drops a page still waiting for a retry once its role is accepted, and still sends the other role\'s', async () => {
    // Twilio answers 500 for now: both SMS pages wait in the delivery queue for their retry.
    await fetch(`${system.urls.sandbox}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'sms', status: 500 }) });
    let incidentId: string;
    try {
      ({ incidentId } = await openIncident('A girl of 13 is held in a house in Mae Sai; she will be moved across the bridge tonight'));
      const [police] = await eventually(async () => {
        const i = await system.incident(incidentId);
        const pages = [pagesOf(i, 'police', 1)[0], pagesOf(i, 'ngo', 1)[0]];
        expect(pages.every(Boolean)).toBe(true);
        return pages;
      });
      expect((await system.sendSms(police.to, `ACK ${police.code}`)).status).toBe(200);
      await eventually(async () => expect((await system.incident(incidentId)).roles.find((r: any) => r.role === 'police').state).toBe('accepted'));
    } finally {
      await fetch(`${system.urls.sandbox}/__sandbox/faults`, { method: 'DELETE' });
    }
    const incident = await system.incident(incidentId);
    const [police] = pagesOf(incident, 'police', 1);
    const [ngo] = pagesOf(incident, 'ngo', 1);
    // The NGO page goes out on a retry; the accepted role's page never does.
    await eventually(async () => expect(await system.deliveriesOf(ngo)).toHaveLength(1), 15_000);
    await sleep(3_000); // past the police page's own retry
    expect(await system.deliveriesOf(police)).toEqual([]);
  });

  it('pages the step-2 responder after the deadline when nobody answers, and a different person', async () => {
    const { incidentId } = await openIncident('A 16 year old girl says she is held at a house in Mae Sai and wants to be rescued');
    const incident = await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(pagesOf(i, 'police', 2).length).toBeGreaterThan(0);
      return i;
    }, 10_000);
    const step1 = new Set(pagesOf(incident, 'police', 1).map((a: any) => a.responderId));
    const step2 = pagesOf(incident, 'police', 2);
    expect(step2.some((a: any) => !step1.has(a.responderId))).toBe(true);
    const sms = await eventually(async () => {
      const [found] = await system.deliveriesOf(step2[0]);
      expect(found).toBeDefined();
      return found;
    }, 10_000);
    expect(sms).toBeDefined();
    expect(incident.timeline.some((t: any) => t.kind === 'escalated' && t.detail.step === 2)).toBe(true);
  });

  it('opens one incident for the same tip delivered twice', async () => {
    const key = `dup-${Date.now()}`;
    const send = () =>
      fetch(`${system.urls.intake}/v1/tips`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${system.env.OPERATOR_API_KEY}`, 'idempotency-key': key },
        body: JSON.stringify(P1_MAE_SAI),
      });
    const [a, b] = await Promise.all([send(), send()]);
    const tipA = ((await a.json()) as any).tipId;
    const tipB = ((await b.json()) as any).tipId;
    expect(tipA).toBe(tipB);
    const incidentId = await system.incidentOfTip(tipA);
    await sleep(500);
    const { body } = await system.board<any[]>('/v1/incidents?status=open');
    expect(body.filter((i) => i.id === incidentId)).toHaveLength(1);
    const incident = await system.incident(incidentId);
    expect(incident.tips).toHaveLength(1);
    const ids = incident.alerts.map((a: any) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the metrics the alert rules read', () => {
  it('count the SMS Twilio accepted (notifier) and time the deadlines that escalated (dispatch)', async () => {
    const health = (port?: string) => `http://127.0.0.1:${port}`;
    // The tests above sent pages by SMS and let NGO chains escalate past several deadlines.
    expect(await metricValue(health(system.env.NOTIFIER_HEALTH_PORT), 'notifier_deliveries_total', { provider: 'twilio', outcome: 'sent' })).toBeGreaterThan(0);
    expect(await metricValue(health(system.env.NOTIFIER_HEALTH_PORT), 'notifier_deliveries_total', { provider: 'twilio', outcome: 'failed' })).toBe(0);
    const dispatch = health(system.env.DISPATCH_HEALTH_PORT);
    const fired = ((await metricValue(dispatch, 'dispatch_deadline_lag_seconds_count', { fired_by: 'timer' })) ?? 0) + ((await metricValue(dispatch, 'dispatch_deadline_lag_seconds_count', { fired_by: 'job' })) ?? 0);
    expect(fired).toBeGreaterThan(0);
  });
});

describe('intake refuses bad input and keeps nothing', () => {
  it('answers 401 without the operator key', async () => {
    expect((await system.postTip(P1_MAE_SAI, 'wrong-key')).status).toBe(401);
  });

  it('answers 400 naming the bad field', async () => {
    const res = await system.postTip({ channel: 'hotline', text: '' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).message).toMatch(/text/);
    const res2 = await system.postTip({ channel: 'hotline', text: 'x', location: { lat: 'north' } });
    expect(res2.status).toBe(400);
    expect(((await res2.json()) as any).message).toMatch(/location\.lat/);
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await system.postTip({ channel: 'hotline', text: 'x'.repeat(200_000) });
    expect(res.status).toBe(413);
  });

  it('refuses an SMS webhook with a bad signature (403) and stores nothing', async () => {
    const text = `girls locked in Mae Sai tonight ${Date.now()}`;
    const res = await fetch(`${system.urls.intake}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'forged' },
      body: new URLSearchParams({ MessageSid: 'SMforged', From: '+66899999999', Body: text }).toString(),
    });
    expect(res.status).toBe(403);
    await sleep(1000);
    expect(await system.sql('SELECT id FROM tips WHERE text = $1', [text])).toEqual([]);
  });
});
