import { APPS, healthUrl } from '../scripts/lib/app-process';
import { eventually, sleep, System } from './support/system';

/**
 * RUN_MODE=single: intake, triage, dispatch, notifier and board in one Node process (the sandbox in
 * its own). The same modules over the same JetStream subjects and BullMQ queues: every app still
 * answers on its own ports, and a tip still pages, is acknowledged and escalates no further.
 */
const system = new System({ ESCALATION_TIME_SCALE: '0.005' }); // a 5-minute step waits 1.5 s
const STEP_MS = 5 * 60_000 * 0.005;
const SERVICES = APPS.filter((a) => a !== 'sandbox');

beforeAll(() => system.startSingle(), 120_000);
afterAll(() => system.stop());

const metricsOf = async (port: string | undefined) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
const policePages = (incident: any) => incident.alerts.filter((a: any) => a.kind === 'page' && a.role === 'police' && a.channel === 'sms');

describe('one process for every app', () => {
  it('runs as two processes, the sandbox and the single one, and every app answers /healthz and /readyz', async () => {
    expect([...system.apps.keys()].sort()).toEqual(['sandbox', 'single']);
    for (const app of SERVICES) {
      expect((await fetch(healthUrl(app, system.env))).status).toBe(200);
      expect((await fetch(healthUrl(app, system.env).replace('/healthz', '/readyz'))).status).toBe(200);
    }
    for (const port of [system.env.BOARD_HEALTH_PORT, system.env.INTAKE_HEALTH_PORT]) {
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    }
  });

  it("serves each app's own metric names on its /metrics, and the process's on all of them", async () => {
    const intake = await metricsOf(system.env.INTAKE_HEALTH_PORT);
    const dispatch = await metricsOf(system.env.DISPATCH_HEALTH_PORT);
    const others = await Promise.all([system.env.TRIAGE_HEALTH_PORT, system.env.NOTIFIER_HEALTH_PORT, system.env.BOARD_HEALTH_PORT].map(metricsOf));
    expect(intake).toMatch(/^intake_inbox_events /m);
    expect(intake).not.toMatch(/dispatch_/);
    expect(dispatch).toMatch(/^dispatch_missing_deadlines /m);
    expect(dispatch).not.toMatch(/intake_/);
    for (const text of [intake, dispatch, ...others]) expect(text).toMatch(/^process_resident_memory_bytes /m);
    for (const text of others) expect(text).not.toMatch(/intake_|dispatch_/);
  });

  it('pages the on-call police by SMS for a P1 tip, accepts the SMS ack, and pages that role no further', async () => {
    const onCall = (await system.board('/v1/oncall?district=mae-sai&role=police')).body as { responderId: string; channels: { sms?: string } }[];
    expect(onCall.length).toBeGreaterThan(0);
    const res = await system.postTip({
      channel: 'hotline',
      text: `Three girls, about 15, are locked in a karaoke bar in Mae Sai and will be taken across to Tachileik tonight (${Date.now()})`,
      location: { district: 'mae-sai' },
    });
    expect(res.status).toBe(202);
    const { tipId } = (await res.json()) as { tipId: string };
    const incidentId = await system.incidentOfTip(tipId, 20_000);
    expect((await system.board(`/v1/tips/${tipId}`)).body).toMatchObject({ triage: { priority: 'P1', district: 'mae-sai' } });

    const step1 = await eventually(async () => {
      const pages = policePages(await system.incident(incidentId)).filter((a: any) => a.step === 1);
      expect(pages.length).toBeGreaterThan(0);
      return pages;
    }, 15_000);
    // Acknowledged at once; if the machine is slow enough for the step to pass first, the rule still holds.
    const [page] = step1;
    expect((await system.sendSms(page.to, `ACK ${page.code}`)).status).toBe(200);
    const accepted = await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(i.roles.find((r: any) => r.role === 'police')).toMatchObject({ state: 'accepted', acceptedBy: page.responderId });
      // The incident and its roles are read by two queries: one answer may hold the role accepted and the incident not yet.
      expect(i.state).toBe('acknowledged');
      return i;
    }, 15_000);

    for (const p of step1) {
      const responder = onCall.find((r) => r.responderId === p.responderId);
      expect(responder).toBeDefined(); // paged because on call now, whatever the hour
      const sms = await eventually(async () => {
        const [found] = await system.deliveriesOf(p);
        expect(found).toBeDefined();
        return found!;
      }, 15_000);
      expect(sms).toMatchObject({ channel: 'sms', to: responder!.channels.sms });
      expect(sms.text).toContain(`ACK ${p.code}`);
    }

    await sleep(STEP_MS * 4); // several deadlines' worth
    const later = await system.incident(incidentId);
    const police = later.roles.find((r: any) => r.role === 'police');
    const acceptedAt = Date.parse(police.acceptedAt);
    expect(police.step).toBe(accepted.roles.find((r: any) => r.role === 'police').step);
    expect(later.timeline.filter((t: any) => t.kind === 'escalated' && t.detail.role === 'police' && Date.parse(t.at) > acceptedAt)).toEqual([]);
    expect(later.alerts.filter((a: any) => a.kind === 'page' && a.role === 'police' && a.state !== 'cancelled' && Date.parse(a.createdAt) > acceptedAt)).toEqual([]);
    // Escalation runs in this one process too: the NGO role, unanswered, went on to its next step.
    expect(later.roles.find((r: any) => r.role === 'ngo').step).toBeGreaterThan(1);
  });

  it('loses no tip when the process is killed just after accepting it: restarted, it pages', async () => {
    const res = await system.postTip({ channel: 'hotline', text: `A 13 year old boy is locked in a shed in Mae Sai tonight (crash ${Date.now()})`, location: { district: 'mae-sai' } });
    expect(res.status).toBe(202); // JetStream has stored it
    const { tipId } = (await res.json()) as { tipId: string };
    await system.stopApp('single', 'SIGKILL');
    await system.startApp('single');
    // A message the killed process had pulled but not acked comes back after ack_wait (30 s), as with a killed service apart.
    const incidentId = await system.incidentOfTip(tipId, 60_000);
    await eventually(async () => expect(policePages(await system.incident(incidentId)).some((a: any) => a.step === 1)).toBe(true), 45_000);
  }, 150_000);

  it('closes every app on SIGTERM, well inside the 10 s before it would be killed', async () => {
    const started = Date.now();
    await system.stopApp('single', 'SIGTERM');
    expect(Date.now() - started).toBeLessThan(9_000);
    for (const app of SERVICES) expect(await fetch(healthUrl(app, system.env)).then(() => 'answers', () => 'closed')).toBe('closed');
  }, 30_000);
});
