import { eventually, sleep, System } from './support/system';

/**
 * What survives: a tip accepted while triage or dispatch is down is finished when it comes back;
 * an ack that lands at the deadline yields the ack or the escalation, never an escalation after it.
 */
const STEP_SCALE = 0.002; // a 5-minute step waits 600 ms
const system = new System({ ESCALATION_TIME_SCALE: String(STEP_SCALE) });

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

const tip = (text: string) => ({ channel: 'hotline', text, location: { district: 'mae-sai' } });

async function post(text: string): Promise<string> {
  const res = await system.postTip(tip(text));
  expect(res.status).toBe(202);
  return ((await res.json()) as { tipId: string }).tipId;
}

describe('a tip is not lost when a service dies', () => {
  it('triage killed before it processes the tip: the tip becomes an incident after restart', async () => {
    await system.stopApp('triage', 'SIGKILL');
    const tipId = await post('A 13 year old boy is locked in a shed in Mae Sai tonight (triage down)');
    await sleep(500);
    expect(await system.sql('SELECT 1 FROM tips WHERE id = $1', [tipId])).toEqual([]);
    await system.startApp('triage');
    const incidentId = await system.incidentOfTip(tipId, 15_000);
    await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(i.alerts.some((a: any) => a.kind === 'page')).toBe(true);
    }, 15_000);
  });

  it('dispatch killed before it pages: the incident is paged after restart', async () => {
    await system.stopApp('dispatch', 'SIGKILL');
    const tipId = await post('Girls aged 15 held in a karaoke bar in Mae Sai, leaving tonight (dispatch down)');
    const incidentId = await system.incidentOfTip(tipId, 15_000);
    await sleep(500);
    expect((await system.incident(incidentId)).alerts).toEqual([]);
    await system.startApp('dispatch');
    await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(i.alerts.filter((a: any) => a.kind === 'page' && a.step === 1).length).toBeGreaterThan(0);
    }, 15_000);
  });
});

describe('an ack racing its deadline', () => {
  it('is either accepted at step 1 or after an escalation, and nothing of that role is paged after it', async () => {
    const waitMs = 5 * 60_000 * STEP_SCALE;
    const incidents: { id: string; ackedAt: number }[] = [];
    for (let i = 0; i < 12; i++) {
      const tipId = await post(`Child aged 12 locked in a room in Mae Sai, moved tonight (race ${i} ${Date.now()})`);
      const incidentId = await system.incidentOfTip(tipId);
      const page = await eventually(async () => {
        const p = (await system.incident(incidentId)).alerts.find((a: any) => a.kind === 'page' && a.role === 'police' && a.step === 1 && a.channel === 'sms');
        expect(p).toBeDefined();
        return p;
      });
      // Aim the ack at the deadline, give or take a few milliseconds.
      const lateness = Date.parse(page.createdAt) + waitMs - Date.now() + ((i % 5) - 2) * 5;
      if (lateness > 0) await sleep(lateness);
      await system.sendSms(page.to, `ACK ${page.code}`);
      incidents.push({ id: incidentId, ackedAt: Date.now() });
    }
    await sleep(waitMs * 3);
    for (const { id } of incidents) {
      const incident = await system.incident(id);
      const police = incident.roles.find((r: any) => r.role === 'police');
      expect(police.state).toBe('accepted');
      const acceptedAt = Date.parse(police.acceptedAt);
      const escalationsAfter = incident.timeline.filter(
        (t: any) => t.kind === 'escalated' && t.detail.role === 'police' && Date.parse(t.at) > acceptedAt,
      );
      expect(escalationsAfter).toEqual([]);
      const pagesAfter = incident.alerts.filter(
        (a: any) => a.kind === 'page' && a.role === 'police' && a.state !== 'cancelled' && Date.parse(a.createdAt) > acceptedAt,
      );
      expect(pagesAfter).toEqual([]);
      expect(police.step).toBeLessThanOrEqual(2);
    }
  });
});
