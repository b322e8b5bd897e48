import { logIn } from './support/authenticator';
import { eventually, System } from './support/system';

/**
 * The directory edited through the board: deploy/directory.yaml stays the seed, edits are stored in
 * PostgreSQL, audited, and picked up by dispatch without a restart. A coordinator covers the Mae Sai
 * police duty officer from now on, and the next Mae Sai P1 pages the cover.
 */
const system = new System();

beforeAll(() => system.start(), 90_000);
afterAll(() => system.stop());

const users: Record<string, { email: string; token?: string }> = {
  coordinator: { email: 'coordinator.directory@example.org' },
  operator: { email: 'operator.directory@example.org' },
};

async function as(who: 'coordinator' | 'operator' | 'admin', path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  if (who === 'admin') return system.board(path, init);
  const user = users[who];
  if (!user.token) {
    const created = await system.board('/v1/users', { method: 'POST', body: JSON.stringify({ email: user.email, name: who, password: 'a-long-password', role: who, organization: 'chiang-rai-mdt-centre' }) });
    expect(created.status).toBe(201);
    user.token = (await logIn(system.urls.board, system.authenticators, user.email, 'a-long-password')).token;
  }
  const res = await fetch(`${system.urls.board}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
const patch = (body: unknown): RequestInit => ({ method: 'PATCH', body: JSON.stringify(body) });
const maeSaiPolice = async () => (await system.board('/v1/oncall?district=mae-sai&role=police')).body as { responderId: string; channels: { sms?: string } }[];
const directoryAudit = async () => (await as('admin', '/v1/directory/audit')).body as any[];

describe('directory edits through the board', () => {
  it('a coordinator covers the Mae Sai police duty officer from now: audited, shown by /v1/oncall, and the next P1 pages the cover', async () => {
    const [primary, backup] = await maeSaiPolice();
    const { body: directory } = await as('coordinator', '/v1/directory');
    const cover = directory.responders.find(
      (r: any) => r.roles.includes('police') && r.districts.includes('mae-sai') && ![primary.responderId, backup.responderId].includes(r.id),
    );
    expect(cover).toBeDefined();

    const start = new Date(Date.now() - 60_000).toISOString();
    const end = new Date(Date.now() + 3_600_000).toISOString();
    const added = await as('coordinator', '/v1/directory/overrides', post({ schedule: 'mae-sai-police', start, end, responder: cover.id, replaces: primary.responderId, note: 'sick' }));
    expect(added.status).toBe(201);
    expect((await maeSaiPolice()).map((e) => e.responderId)).toEqual([cover.id, backup.responderId]);

    const res = await system.postTip({
      channel: 'hotline',
      text: `Three girls, about 15, locked in a karaoke bar in Mae Sai, taken to Tachileik tonight (${Date.now()})`,
      location: { district: 'mae-sai' },
    });
    expect(res.status).toBe(202);
    const incidentId = await system.incidentOfTip(((await res.json()) as { tipId: string }).tipId);
    const police = await eventually(async () => {
      const pages = (await system.incident(incidentId)).alerts.filter((a: any) => a.kind === 'page' && a.role === 'police');
      expect(pages.length).toBeGreaterThan(0);
      return pages;
    });
    expect(new Set(police.map((a: any) => a.responderId))).toEqual(new Set([cover.id]));
    // The officer who was covered for is not paged, and their phone stays quiet.
    const covered = directory.responders.find((r: any) => r.id === primary.responderId);
    expect((await system.messages(covered.channels.sms)).filter((m) => m.text.includes('ACK'))).toEqual([]);
    await eventually(async () => expect((await system.messages(cover.channels.sms)).some((m) => /ACK \d+/.test(m.text))).toBe(true));

    const [entry] = await directoryAudit();
    expect(entry).toMatchObject({
      action: 'directory.override.added', subject: 'schedule:mae-sai-police', actorEmail: users.coordinator.email, before: null,
      after: { schedule: 'mae-sai-police', responder: cover.id, replaces: primary.responderId, note: 'sick', start, end },
    });
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);

    // Closed, so that the next test's tip opens an incident of its own.
    expect((await system.board(`/v1/incidents/${incidentId}/resolve`, post({ outcome: 'false-alarm' }))).status).toBe(202);
    await eventually(async () => expect((await system.incident(incidentId)).state).toBe('resolved'));

    // Removing it puts the duty officer back, and is audited too.
    const removed = await as('coordinator', `/v1/directory/overrides/${added.body.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect((await maeSaiPolice()).map((e) => e.responderId)).toEqual([primary.responderId, backup.responderId]);
    expect((await directoryAudit())[0]).toMatchObject({ action: 'directory.override.removed', before: { responder: cover.id }, after: null });
  });

  it('refuses a non-coordinator (403) and a bad edit (400 naming the field), and changes nothing', async () => {
    const before = await directoryAudit();
    const oncall = await maeSaiPolice();
    const someoneElse = oncall.find((e) => e.responderId !== 'mae-sai-police-kanchana')!;
    const start = new Date().toISOString();
    const end = new Date(Date.now() + 3_600_000).toISOString();
    const override = { schedule: 'mae-sai-police', start, end, responder: 'mae-sai-police-kanchana' };

    expect((await as('operator', '/v1/directory/overrides', post(override))).status).toBe(403);
    expect((await as('operator', '/v1/directory')).status).toBe(403);
    expect((await as('coordinator', '/v1/directory/responders', post({ id: 'x' }))).status).toBe(403);

    const notPolice = await as('coordinator', '/v1/directory/overrides', post({ ...override, responder: 'mae-sai-ngo-arunee' }));
    expect(notPolice).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^responder: .*does not have the role police/) } });
    const backwards = await as('coordinator', '/v1/directory/overrides', post({ ...override, start: end, end: start }));
    expect(backwards).toMatchObject({ status: 400, body: { message: 'end: end must be after start' } });
    const noSchedule = await as('coordinator', '/v1/directory/overrides', post({ ...override, schedule: 'mae-sai-polis' }));
    expect(noSchedule).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^schedule: /) } });
    const badTime = await as('coordinator', '/v1/directory/overrides', post({ ...override, start: 'tomorrow' }));
    expect(badTime).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^start: /) } });

    const badPhone = await as('admin', '/v1/directory/responders', post({
      id: 'mae-sai-police-new', name: 'New officer', organization: 'police-mae-sai', roles: ['police'], districts: ['mae-sai'], languages: ['th'], channels: { sms: '0812345678' },
    }));
    expect(badPhone).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^channels\.sms: must be an E\.164/) } });
    const takenPhone = await as('admin', `/v1/directory/responders/mae-sai-police-kanchana`, patch({ channels: { sms: someoneElse.channels.sms } }));
    expect(takenPhone).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^channels\.sms: /) } });
    const unknownOrg = await as('admin', `/v1/directory/responders/mae-sai-police-kanchana`, patch({ organization: 'police-nowhere' }));
    expect(unknownOrg).toMatchObject({ status: 400, body: { message: 'organization: unknown organization "police-nowhere"' } });

    expect(await directoryAudit()).toEqual(before);
    expect(await maeSaiPolice()).toEqual(oncall);
    expect(await system.sql('SELECT count(*)::int AS n FROM directory_overrides WHERE removed_at IS NULL')).toEqual([{ n: 0 }]);
    expect(await system.sql(`SELECT organization FROM responders WHERE id = 'mae-sai-police-kanchana'`)).toEqual([{ organization: 'police-mae-sai' }]);
  });

  it('an admin adds a responder, edits and deactivates one; dispatch pages only active people', async () => {
    const created = await as('admin', '/v1/directory/responders', post({
      id: 'mae-sai-police-niran', name: 'ส.ต.ต. นิรันดร์ (Pol. L/Cpl. Niran)', organization: 'police-mae-sai', roles: ['police'],
      districts: ['mae-sai'], languages: ['th'], channels: { sms: '+66800000199' },
    }));
    expect(created.status).toBe(201);
    // Intake knows the new phone as a responder's, not a member of the public's.
    expect(await system.sql(`SELECT id, sms FROM responders WHERE id = 'mae-sai-police-niran'`)).toEqual([{ id: 'mae-sai-police-niran', sms: '+66800000199' }]);
    expect((await as('admin', '/v1/directory/responders', post({ ...created.body, version: undefined, active: undefined }))).status).toBe(409);

    const [primary, backup] = await maeSaiPolice();
    const renamed = await as('admin', `/v1/directory/responders/${backup.responderId}`, patch({ languages: ['en', 'th'] }));
    expect(renamed).toMatchObject({ status: 200, body: { id: backup.responderId, languages: ['en', 'th'], active: true } });

    // The new officer covers the primary; then the primary is deactivated: the cover still answers,
    // and /v1/oncall never lists the deactivated officer.
    const start = new Date(Date.now() - 60_000).toISOString();
    const end = new Date(Date.now() + 3_600_000).toISOString();
    expect((await as('admin', '/v1/directory/overrides', post({ schedule: 'mae-sai-police', start, end, responder: 'mae-sai-police-niran', replaces: primary.responderId }))).status).toBe(201);
    const off = await as('admin', `/v1/directory/responders/${backup.responderId}`, patch({ active: false }));
    expect(off).toMatchObject({ status: 200, body: { active: false } });
    expect((await maeSaiPolice()).map((e) => e.responderId)).toEqual(['mae-sai-police-niran']);

    const res = await system.postTip({ channel: 'hotline', text: `Three girls, about 15, locked in a karaoke bar in Mae Sai, taken to Tachileik tonight (${Date.now()})`, location: { district: 'mae-sai' } });
    const incidentId = await system.incidentOfTip(((await res.json()) as { tipId: string }).tipId);
    const incident = await eventually(async () => {
      const i = await system.incident(incidentId);
      expect(i.alerts.some((a: any) => a.role === 'police' && a.kind === 'page')).toBe(true);
      return i;
    });
    expect(incident.priority).toBe('P1');
    const paged = incident.alerts.filter((a: any) => a.kind === 'page').map((a: any) => a.responderId);
    expect(paged).toContain('mae-sai-police-niran');
    expect(paged).not.toContain(backup.responderId);
    expect(paged).not.toContain(primary.responderId);

    const actions = (await directoryAudit()).slice(0, 4).map((a) => a.action);
    expect(actions).toEqual(['directory.responder.deactivated', 'directory.override.added', 'directory.responder.updated', 'directory.responder.created']);
    const [deactivated] = await directoryAudit();
    expect(deactivated).toMatchObject({ subject: `responder:${backup.responderId}`, before: { active: true }, after: { active: false } });
  });
});
