import { DateTime } from 'luxon';
import { createUser, tokenOf } from './support/browser';
import { deliveredAlertId, eventually, sleep, System } from './support/system';

/**
 * Issue 16, the rest of case closure and drills: a referral tells the receiving organisation, a closed
 * incident can be reopened (audited), a drill pages the real on-call people with every message marked,
 * escalates, and is scored in its own report and left out of the real ones; a coordinator of one
 * organisation reports on that organisation's incidents only.
 */
const STEP_SCALE = 0.01; // a 5-minute step waits 3 s
const system = new System({ ESCALATION_TIME_SCALE: String(STEP_SCALE) });
const STAMP = Date.now().toString(36);
const REPORTER = { name: 'Khun Witness', phone: '+66812223333' };
const DRILL_MARK = /^\[(DRILL, not a real case|ซ้อมแผน ไม่ใช่เหตุจริง|လေ့ကျင့်မှု၊ တကယ့်အမှု မဟုတ်ပါ|ຊ້ອມແຜນ, ບໍ່ແມ່ນເຫດແທ້)\]/;
const MAE_SAI_COORDINATOR = { email: 'coordinator@police-mae-sai.test', password: 'mae-sai-coordinator-2026', name: 'Somchai', role: 'coordinator', organization: 'police-mae-sai' };

let maeSaiToken: Promise<string> | undefined;
/** One login per file: a coordinator's second factor allows a login or two per 30-second step. */
const maeSaiCoordinator = () => (maeSaiToken ??= tokenOf(system, MAE_SAI_COORDINATOR));

beforeAll(async () => {
  await system.start();
  await createUser(system, MAE_SAI_COORDINATOR);
}, 120_000);
afterAll(() => system.stop());

async function tip(text: string, district: string): Promise<string> {
  const res = await system.postTip({ channel: 'hotline', text, location: { district }, reporter: REPORTER, callbackAllowed: true });
  expect(res.status).toBe(202);
  return system.incidentOfTip(((await res.json()) as { tipId: string }).tipId, 20_000);
}

const pages = (incident: any, role?: string) => incident.alerts.filter((a: any) => a.kind === 'page' && (!role || a.role === role));

async function acknowledgeAll(incidentId: string) {
  expect((await system.board(`/v1/incidents/${incidentId}/acknowledge`, { method: 'POST', body: '{}' })).status).toBe(202);
  await eventually(async () => expect((await system.incident(incidentId)).state).toBe('acknowledged'), 20_000);
}

async function resolve(incidentId: string, body: object) {
  const res = await system.board(`/v1/incidents/${incidentId}/resolve`, { method: 'POST', body: JSON.stringify(body) });
  expect(res.status).toBe(202);
  await eventually(async () => expect((await system.incident(incidentId)).state).toBe('resolved'), 20_000);
}

const today = () => {
  const d = DateTime.now().setZone('Asia/Bangkok');
  return { from: d.minus({ days: 1 }).toISODate()!, to: d.plus({ days: 1 }).toISODate()! };
};

describe('case closure', () => {
  it('a referral tells every contact of the receiving organisation, once each, with the case reference and nothing of the tip', async () => {
    const text = `Two boys, 14, kept at a construction camp in Mae Sai, found this morning (${STAMP}-referral)`;
    const incidentId = await tip(text, 'mae-sai');
    await acknowledgeAll(incidentId);
    await resolve(incidentId, { outcome: 'referred', referral: { kind: 'social-development', organization: 'psdhs-chiang-rai' }, rescued: { minors: 2 } });
    const contacts = await system.sql<{ id: string; sms: string | null; line_user_id: string | null }>(
      `SELECT id, sms, line_user_id FROM responders WHERE organization = 'psdhs-chiang-rai' ORDER BY id`,
    );
    expect(contacts.length).toBeGreaterThan(1);
    const { caseRef } = await system.incident(incidentId);
    for (const c of contacts) {
      const told = await eventually(async () => {
        const all = [...(c.sms ? await system.messages(c.sms) : []), ...(c.line_user_id ? await system.messages(c.line_user_id) : [])];
        const found = all.filter((m) => m.text.includes(caseRef));
        expect(found.length).toBeGreaterThan(0);
        return found;
      }, 20_000);
      // LINE when linked (SMS as its fallback), else SMS: one message each, whatever the redeliveries.
      expect(told).toHaveLength(1);
      for (const secret of [STAMP, REPORTER.phone, REPORTER.name]) expect(told[0].text).not.toContain(secret);
    }
    const referral = (await system.incident(incidentId)).alerts.filter((a: any) => a.role === 'referral');
    expect(referral.map((a: any) => a.responderId).sort()).toEqual(contacts.map((c) => c.id));
    expect(referral.every((a: any) => a.kind === 'notice')).toBe(true);
  });

  it('a resolved incident is reopened with a reason (audited), closes again, and its figures count its last closure once', async () => {
    const incidentId = await tip(`Girl of 16 held in a massage shop in Mae Sai (${STAMP}-reopen)`, 'mae-sai');
    await acknowledgeAll(incidentId);
    await resolve(incidentId, { outcome: 'rescued', rescued: { minors: 1 } });

    const missing = await system.board(`/v1/incidents/${incidentId}/reopen`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('reason');
    const reopened = await system.board(`/v1/incidents/${incidentId}/reopen`, { method: 'POST', body: JSON.stringify({ reason: 'a second girl is still inside' }) });
    expect(reopened.status).toBe(202);
    await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(i).toMatchObject({ state: 'acknowledged', outcome: null, resolvedAt: null });
      expect(i.timeline.find((e: any) => e.kind === 'reopened').detail).toMatchObject({ reason: 'a second girl is still inside' });
    }, 20_000);
    const [audit] = await system.sql(`SELECT actor, detail FROM audit_log WHERE action = 'incident.reopened' AND subject = $1`, [`incident:${incidentId}`]);
    expect(audit.detail).toMatchObject({ reason: 'a second girl is still inside' });
    // Open now: reopening again is a conflict, not a second reopening.
    expect((await system.board(`/v1/incidents/${incidentId}/reopen`, { method: 'POST', body: JSON.stringify({ reason: 'again' }) })).status).toBe(409);

    await resolve(incidentId, { outcome: 'rescued', rescued: { minors: 2 } });
    const closed = await system.incident(incidentId);
    expect(closed.timeline.filter((e: any) => e.kind === 'resolved')).toHaveLength(2);
    const csv = await (await fetch(`${system.urls.board}/v1/reports/incidents.csv?${new URLSearchParams(today())}`, {
      headers: { authorization: `Bearer ${await system.login()}` },
    })).text();
    const row = csv.split(/\r?\n/).find((l) => l.startsWith(closed.caseRef))!;
    const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
    expect(row.split(',')[header.indexOf('rescued_minors')]).toBe('2');
  });
});

describe('drills', () => {
  it('refuses a drill that would page nobody or names no district of Chiang Rai', async () => {
    for (const body of [{ district: 'mae-sai', priority: 'P4' }, { district: 'bangkok', priority: 'P1' }, { priority: 'P1' }]) {
      const res = await system.board('/v1/drills', { method: 'POST', body: JSON.stringify(body) });
      expect(res.status).toBe(400);
    }
    expect(await system.sql('SELECT id FROM incidents WHERE drill')).toEqual([]);
  });

  it('pages the people on call with every message marked as a drill, escalates, and reports who answered, how fast, by which channel', async () => {
    // The NGO workers on call now for Mae Sai read Lao first (edited through the directory API): their drill pages say so in Lao.
    const laoFirst = new Set(((await system.board(`/v1/oncall?district=mae-sai&role=ngo`)).body as any[]).map((e) => e.responderId as string));
    expect(laoFirst.size).toBeGreaterThan(0);
    for (const id of laoFirst) {
      const edited = await system.board(`/v1/directory/responders/${id}`, { method: 'PATCH', body: JSON.stringify({ languages: ['lo', 'en'] }) });
      expect(edited).toMatchObject({ status: 200, body: { languages: ['lo', 'en'] } });
    }
    const started = await system.board('/v1/drills', { method: 'POST', body: JSON.stringify({ district: 'mae-sai', priority: 'P1' }) });
    expect(started.status).toBe(202);
    const { incidentId } = started.body;

    // The people on call now for Mae Sai (asked of the system, not assumed from the hour).
    const oncall = (await system.board(`/v1/oncall?district=mae-sai`)).body as any[];
    const policeOnCall = new Set(oncall.filter((e) => e.role === 'police').map((e) => e.responderId));
    const first = await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(pages(i, 'police').length).toBeGreaterThan(0);
      expect(pages(i, 'ngo').length).toBeGreaterThan(0);
      return i;
    }, 20_000);
    expect(first).toMatchObject({ drill: true, district: 'mae-sai', priority: 'P1' });
    expect(first.tips).toEqual([]); // no reporter is part of a drill
    for (const p of pages(first, 'police').filter((a: any) => a.step === 1)) expect(policeOnCall.has(p.responderId)).toBe(true);

    // The police officer answers by SMS; nobody of the NGO answers, so its chain escalates.
    const police = pages(first, 'police').find((a: any) => a.channel === 'sms' && a.step === 1);
    const ngoFirst = new Set(pages(first, 'ngo').filter((a: any) => a.step === 1).map((a: any) => a.responderId));
    await sleep(300);
    expect((await system.sendSms(police.to, `ACK ${police.code}`)).status).toBe(200);
    const escalated = await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(pages(i, 'ngo').some((a: any) => a.step === 2)).toBe(true);
      expect(i.roles.find((r: any) => r.role === 'police').state).toBe('accepted');
      return i;
    }, 20_000);

    // Every message of the drill says so first, in the responder's language: the pages, and the notices
    // sent by SMS (a LINE text notice carries no alert id to recognise it by).
    const drillAlerts = new Set(escalated.alerts.map((a: any) => a.id));
    const sent = await eventually(async () => {
      const all = (await system.allMessages()).filter((m) => drillAlerts.has(deliveredAlertId(m)));
      expect(all.length).toBeGreaterThanOrEqual(pages(escalated).length);
      return all;
    }, 20_000);
    for (const m of sent) expect(m.text).toMatch(DRILL_MARK);
    const laoPages = pages(escalated, 'ngo').filter((a: any) => a.step === 1 && laoFirst.has(a.responderId));
    expect(laoPages.length).toBeGreaterThan(0);
    for (const a of laoPages) {
      const delivered = sent.filter((m) => deliveredAlertId(m) === a.id);
      expect(delivered.length).toBeGreaterThan(0);
      for (const m of delivered) expect(m.text).toMatch(/^\[ຊ້ອມແຜນ, ບໍ່ແມ່ນເຫດແທ້\] P1 ແມ່ສາຍ/);
    }

    // The drill report.
    const report = (await system.board(`/v1/drills/${incidentId}`)).body;
    expect(report).toMatchObject({ incidentId, district: 'mae-sai', priority: 'P1', caseRef: first.caseRef });
    const officer = report.responders.find((r: any) => r.responderId === police.responderId && r.role === 'police');
    expect(officer.answer).toMatchObject({ kind: 'accepted', channel: 'sms' });
    expect(officer.answer.secondsToAnswer).toBeGreaterThanOrEqual(0.3);
    expect(report.roles.find((r: any) => r.role === 'police')).toMatchObject({ state: 'accepted', acceptedBy: police.responderId });
    for (const id of ngoFirst) expect(report.neverAnswered).toContain(id);
    expect(report.neverAnswered).not.toContain(police.responderId);
    const list = (await system.board('/v1/drills')).body as any[];
    expect(list.find((d) => d.incidentId === incidentId)).toMatchObject({ paged: expect.any(Number), answered: 1 });
    const [audit] = await system.sql(`SELECT detail FROM audit_log WHERE action = 'drill.started' AND subject = $1`, [`incident:${incidentId}`]);
    expect(audit.detail).toMatchObject({ district: 'mae-sai', priority: 'P1' });

    // Left out of the real reports.
    const token = await system.login();
    const csv = await (await fetch(`${system.urls.board}/v1/reports/incidents.csv?${new URLSearchParams(today())}`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(csv).not.toContain(first.caseRef);
    const summary = (await system.board(`/v1/reports/summary?${new URLSearchParams(today())}`)).body;
    const [{ n }] = await system.sql(`SELECT count(*)::int AS n FROM incidents WHERE NOT drill`);
    expect(summary.incidents).toBe(n);

    // Ending the drill closes it like a case; the stand-down notices say drill too.
    await resolve(incidentId, { outcome: 'other', note: 'drill over' });
    expect((await system.board(`/v1/drills/${incidentId}`)).body.endedAt).not.toBeNull();
  });

  it('a drill report is only of a drill', async () => {
    const incidentId = await tip(`Men locked in a fishing boat shed at Chiang Saen (${STAMP}-not-a-drill)`, 'chiang-saen');
    expect((await system.board(`/v1/drills/${incidentId}`)).status).toBe(404);
  });
});

describe('reports of one organisation', () => {
  it("a coordinator of one organisation reports on its own incidents; the team's coordinators and admins on all", async () => {
    const maeSai = await tip(`Girls of 15 at a karaoke bar in Mae Sai, locked in (${STAMP}-org-a)`, 'mae-sai');
    const wiangKaen = await tip(`Workers locked in a farm shed in Wiang Kaen, passports taken (${STAMP}-org-b)`, 'wiang-kaen');
    const [a, b] = [await system.incident(maeSai), await system.incident(wiangKaen)];
    await eventually(async () => expect(pages(await system.incident(maeSai), 'police').length).toBeGreaterThan(0), 20_000);
    expect((await system.incident(wiangKaen)).alerts.some((x: any) => x.organization === 'police-mae-sai')).toBe(false);

    const csvOf = async (token: string) =>
      (await fetch(`${system.urls.board}/v1/reports/incidents.csv?${new URLSearchParams(today())}`, { headers: { authorization: `Bearer ${token}` } })).text();
    const own = await csvOf(await maeSaiCoordinator());
    expect(own).toContain(a.caseRef);
    expect(own).not.toContain(b.caseRef);
    const all = await csvOf(await system.login());
    for (const ref of [a.caseRef, b.caseRef]) expect(all).toContain(ref);
    const summary = await fetch(`${system.urls.board}/v1/reports/summary?${new URLSearchParams(today())}`, {
      headers: { authorization: `Bearer ${await maeSaiCoordinator()}` },
    });
    expect(await summary.json()).toMatchObject({ organization: 'police-mae-sai' });
  });
});
