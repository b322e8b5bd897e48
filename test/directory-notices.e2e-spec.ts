import { eventually, sleep, System } from './support/system';

/**
 * Notices that belong to no incident, with two dispatch replicas and a restart: the incoming on-call
 * responder is told of their shift once (LINE, SMS when LINE refuses), and coordinators are told of
 * each new gap in coverage once, however many scans see it.
 */
const system = new System({ ONCALL_SCAN_INTERVAL_MS: '300', DIRECTORY_CHECK_INTERVAL_MS: '500' });
const REPLICA_PORT = system.replicaHealthPort();

beforeAll(async () => {
  await system.start();
  await system.startApp('dispatch', 'dispatch-2', { DISPATCH_HEALTH_PORT: REPLICA_PORT });
}, 120_000);
afterAll(() => system.stop());
afterEach(() => fetch(`${system.urls.sandbox}/__sandbox/faults`, { method: 'DELETE' }));

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
const patch = (body: unknown): RequestInit => ({ method: 'PATCH', body: JSON.stringify(body) });
const bangkokClock = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const HANDOFF = /ท่านเป็นเวร|You are on call/;
const GAP = /เวรว่าง|Coverage gap/;

/** Every scan of both replicas has run several times over. */
const severalScans = () => sleep(2_000);

async function restartDispatch() {
  await system.stopApp('dispatch');
  await system.startApp('dispatch');
}

/** A police officer of `district` with LINE and SMS who is not on `schedule` at `at`. */
async function officerOffDuty(district: string, at: string): Promise<any> {
  const { body: directory } = await system.board('/v1/directory');
  const { body: onCall } = await system.board(`/v1/oncall?district=${district}&role=police&at=${encodeURIComponent(at)}`);
  const busy = new Set(onCall.map((e: any) => e.responderId));
  const officer = directory.responders.find(
    (r: any) => r.roles.includes('police') && r.districts.includes(district) && r.channels.line && r.channels.sms && !busy.has(r.id),
  );
  expect(officer).toBeDefined();
  return officer;
}

/**
 * An override of five minutes that starts within the 15-minute lead time and holds neither an 08:00
 * Bangkok hand-off (01:00Z) nor a Bangkok midnight (17:00Z), so the shift it makes ends when the
 * override does and its notice names no date, whatever time the test runs.
 */
function shortOverride(): { start: string; end: string } {
  let start = Date.now() + 5 * 60_000;
  const day = new Date(start).setUTCHours(0, 0, 0, 0);
  const boundaries = [1, 17, 25].map((h) => day + h * 3_600_000); // today's 08:00 and midnight, tomorrow's 08:00
  const crossed = boundaries.find((b) => b >= start && b <= start + 6 * 60_000);
  if (crossed) start = crossed + 60_000;
  return { start: new Date(start).toISOString(), end: new Date(start + 5 * 60_000).toISOString() };
}

async function messagesTo(r: { channels: { line?: string; sms?: string } }) {
  const all = [...(r.channels.line ? await system.messages(r.channels.line) : []), ...(r.channels.sms ? await system.messages(r.channels.sms) : [])];
  return all;
}

describe('hand-off notices', () => {
  it('tell the incoming responder of their shift on LINE in their language, once, with two replicas and a restart', async () => {
    const { start, end } = shortOverride();
    const officer = await officerOffDuty('mae-sai', start);
    const added = await system.board('/v1/directory/overrides', post({ schedule: 'mae-sai-police', start, end, responder: officer.id }));
    expect(added.status).toBe(201);

    const notice = await eventually(async () => {
      const received = (await messagesTo(officer)).filter((m) => HANDOFF.test(m.text));
      expect(received).toHaveLength(1);
      return received[0];
    }, 15_000);
    expect(notice.channel).toBe('line');
    expect(officer.languages[0]).toBe('th');
    expect(notice.text).toBe(`ท่านเป็นเวรตำรวจ แม่สาย ตั้งแต่ ${bangkokClock(start)} ถึง ${bangkokClock(end)} น. (เวลาไทย)`);

    await severalScans();
    await restartDispatch();
    await severalScans();
    expect((await messagesTo(officer)).filter((m) => HANDOFF.test(m.text))).toHaveLength(1);
    expect(await system.sql(`SELECT count(*)::int AS n FROM directory_notices WHERE kind = 'handoff' AND responder_id = $1`, [officer.id])).toEqual([{ n: 1 }]);
  });

  it('go by SMS when LINE refuses the push, still once', async () => {
    const { start, end } = shortOverride();
    const officer = await officerOffDuty('chiang-khong', start);
    const fault = await fetch(`${system.urls.sandbox}/__sandbox/faults`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'line', blockedUsers: [officer.channels.line] }),
    });
    expect(fault.status).toBe(200);
    expect((await system.board('/v1/directory/overrides', post({ schedule: 'chiang-khong-police', start, end, responder: officer.id }))).status).toBe(201);

    const notice = await eventually(async () => {
      const bySms = (await system.messages(officer.channels.sms)).filter((m) => HANDOFF.test(m.text));
      expect(bySms).toHaveLength(1);
      return bySms[0];
    }, 20_000);
    expect(notice.text).toContain(`${bangkokClock(start)}`);
    await severalScans();
    expect((await messagesTo(officer)).filter((m) => HANDOFF.test(m.text))).toHaveLength(1);
  });
});

describe('coverage gaps', () => {
  const coordinators = async () => {
    const { body: directory } = await system.board('/v1/directory');
    return directory.responders.filter((r: any) => directory.coordinators.includes(r.id));
  };
  /** The liaison officer on call for a district now, as the board says (never assumed from the rota). */
  const liaisonOnCall = async (district: string): Promise<string> => {
    const { body } = await system.board(`/v1/oncall?district=${district}&role=liaison`);
    expect(body).toHaveLength(1); // one liaison schedule per border district
    return body[0].responderId;
  };
  const gapMessages = async (c: any, schedule: string) => (await messagesTo(c)).filter((m) => GAP.test(m.text) && m.text.includes(schedule));

  it('are listed by the board and told to every coordinator once per new gap, not at every scan', async () => {
    expect((await system.board('/v1/oncall/gaps?days=7')).body).toEqual([]);
    expect((await system.board('/v1/oncall/gaps?days=soon')).status).toBe(400);

    // The Tachileik liaison officer on call now leaves: their turn is a gap.
    const tachileik = await liaisonOnCall('mae-sai');
    const off = await system.board(`/v1/directory/responders/${tachileik}`, patch({ active: false }));
    expect(off.status).toBe(200);
    const { body: gaps } = await system.board('/v1/oncall/gaps?days=7');
    expect(gaps).toEqual([
      expect.objectContaining({ scheduleId: 'tachileik-liaison', scheduleName: 'Tachileik liaison officer', role: 'liaison', districts: ['mae-sai', 'chiang-saen'] }),
    ]);
    expect(Date.parse(gaps[0].end) - Date.parse(gaps[0].start)).toBeGreaterThan(0);

    const people = await coordinators();
    expect(people).toHaveLength(3);
    for (const c of people) {
      await eventually(async () => expect(await gapMessages(c, 'Tachileik liaison officer')).toHaveLength(1), 15_000);
    }
    const [told] = await gapMessages(people[0], 'Tachileik liaison officer');
    expect(told.text).toMatch(/^เวรว่าง: ไม่มีผู้รับเวรผู้ประสานงานข้ามแดน แม่สาย, เชียงแสน \(Tachileik liaison officer\)/);

    await severalScans();
    await restartDispatch();
    await severalScans();
    // A second gap is new and told once; the first is not told again.
    const bokeo = await liaisonOnCall('chiang-khong');
    expect((await system.board(`/v1/directory/responders/${bokeo}`, patch({ active: false }))).status).toBe(200);
    for (const c of people) {
      await eventually(async () => expect(await gapMessages(c, 'Bokeo / Huay Xai liaison officer')).toHaveLength(1), 15_000);
    }
    await severalScans();
    for (const c of people) {
      expect(await gapMessages(c, 'Tachileik liaison officer')).toHaveLength(1);
      expect(await gapMessages(c, 'Bokeo / Huay Xai liaison officer')).toHaveLength(1);
    }

    // Back on the roster: the gap is covered, and the board no longer lists it.
    expect((await system.board(`/v1/directory/responders/${tachileik}`, patch({ active: true }))).status).toBe(200);
    expect((await system.board('/v1/oncall/gaps?days=7')).body.map((g: any) => g.scheduleId)).toEqual(['bokeo-liaison']);
    await eventually(async () => {
      expect(await system.sql(`SELECT schedule_id FROM coverage_gaps WHERE covered_at IS NULL`)).toEqual([{ schedule_id: 'bokeo-liaison' }]);
    });
  });
});
