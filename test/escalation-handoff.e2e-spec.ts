import { Logger } from '@nestjs/common';
import { Clock } from '@rescue/platform';
import { HandoffNotices } from '../apps/dispatch/src/handoffs/handoff-notices';
import { Engine, freshDatabase, startEngine } from './support/escalation-engine';

/**
 * A daily police rota handing over at 08:00 Bangkok, with the clock the engine reads set by the test:
 * who is paged is whoever holds the turn at the instant a step is planned (a deadline that fires after
 * the hand-off pages the incoming officer), and the incoming officer is told of the shift before it.
 * Real PostgreSQL and Redis; the instants are chosen, so the test means the same at any hour.
 */
const ROTA = /* yaml */ `
timeZone: Asia/Bangkok
organizations:
  - { id: police-a, name: Police A, kind: police }
  - { id: ngo-a, name: NGO A, kind: ngo }
  - { id: centre, name: Coordination centre, kind: coordination }
responders:
  - { id: pol-a, name: Police A1, organization: police-a, roles: [police], districts: [mae-sai], languages: [en], channels: { sms: "+66810000101" } }
  - { id: pol-b, name: Police B1, organization: police-a, roles: [police], districts: [mae-sai], languages: [en], channels: { sms: "+66810000102" } }
  - { id: ngo-1, name: NGO One, organization: ngo-a, roles: [ngo], districts: [mae-sai], languages: [en], channels: { sms: "+66810000111" } }
  - { id: coord-1, name: Coordinator One, organization: centre, roles: [coordinator], districts: ["*"], languages: [en], channels: { sms: "+66810000191" } }
coordinators: [coord-1]
schedules:
  - id: police-duty
    name: Police duty officer
    role: police
    districts: [mae-sai]
    layers:
      - { name: daily, rotation: daily, handoff: "08:00", start: "2025-01-06", members: [pol-a, pol-b] }
policies:
  - id: p1
    districts: [mae-sai]
    priorities: [P1]
    repeat: 0
    chains:
      - role: police
        required: true
        steps:
          - { waitMinutes: 5, targets: [{ schedule: police-duty }] }
          - { waitMinutes: 5, targets: [{ schedule: police-duty }] }
      - role: ngo
        required: true
        steps:
          - { waitMinutes: 5, targets: [{ responders: [ngo-1] }] }
`;

// 2026-03-02 is 420 days (an even number of turns) after the rota's first turn: pol-a holds the turn
// from 08:00 that day, pol-b the one before it.
const BEFORE_HANDOFF = new Date('2026-03-02T07:58:00+07:00');
const AFTER_HANDOFF = new Date('2026-03-02T08:03:00+07:00');

class TestClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
}

const clock = new TestClock(BEFORE_HANDOFF);
const dbName = `rescue_handoff_${process.pid}`;
let engine: Engine;
let dropDb: () => Promise<void>;

beforeAll(async () => {
  Logger.overrideLogger(['error']);
  const fresh = await freshDatabase(dbName);
  dropDb = fresh.drop;
  engine = await startEngine({ databaseUrl: fresh.url, redisDb: 8, directory: ROTA, clock });
}, 60_000);

afterAll(async () => {
  await engine?.close();
  await dropDb?.();
  Logger.overrideLogger(new Logger());
});

async function openIncident(id: string) {
  await engine.db.query(
    `INSERT INTO incidents (id, state, priority, district, summary, case_ref, opened_at)
     VALUES ($1, 'triggered', 'P1', 'mae-sai', 'A girl aged 14 held in a room', $2, $3)`,
    [id, `CR-${id.slice(-4)}`, clock.now()],
  );
  await engine.start.execute({
    incidentId: id, tipId: `tip-${id}`, priority: 'P1', district: 'mae-sai', minors: true, crossBorder: null,
    summary: 'A girl aged 14 held in a room', openedAt: clock.now().toISOString(),
  });
}

const policePages = async (id: string) =>
  engine.db.query<{ step: number; responder_id: string }>(
    `SELECT step, responder_id FROM alerts WHERE incident_id = $1 AND role = 'police' AND kind = 'page' ORDER BY step, responder_id`,
    [id],
  );

describe('a daily rota at its 08:00 hand-off, on the clock the test sets', () => {
  const id = `handoff-${process.pid}`;

  it('pages the outgoing officer just before the hand-off', async () => {
    clock.at = BEFORE_HANDOFF;
    await openIncident(id);
    expect(await policePages(id)).toEqual([{ step: 1, responder_id: 'pol-b' }]);
  });

  it('pages the incoming officer when the deadline fires after the hand-off, and not the outgoing one again', async () => {
    clock.at = AFTER_HANDOFF;
    const deadline = engine.scheduled.find((p) => p.incidentId === id && p.role === 'police' && p.step === 1)!;
    expect(deadline).toBeDefined();
    expect(await engine.advance.execute(id, 'police', { step: deadline.step, fence: deadline.fence }, 'deadline')).toBe(true);
    expect(await policePages(id)).toEqual([
      { step: 1, responder_id: 'pol-b' },
      { step: 2, responder_id: 'pol-a' },
    ]);
  });

  it('pages the incoming officer first for an incident opened after the hand-off', async () => {
    clock.at = AFTER_HANDOFF;
    await openIncident(`${id}-later`);
    expect(await policePages(`${id}-later`)).toEqual([{ step: 1, responder_id: 'pol-a' }]);
  });

  it('tells the incoming officer of the shift within the lead time before it, once, and nobody outside it', async () => {
    const handoffs = engine.module.get(HandoffNotices);
    const notices = () => engine.db.query<{ responder_id: string }>(`SELECT responder_id FROM directory_notices WHERE kind = 'handoff' ORDER BY id`);
    await engine.db.query('DELETE FROM directory_notices');
    clock.at = new Date('2026-03-02T07:30:00+07:00'); // 30 minutes before: outside the 15-minute lead
    await handoffs.execute();
    expect(await notices()).toEqual([]);
    clock.at = new Date('2026-03-02T07:50:00+07:00');
    await handoffs.execute();
    await handoffs.execute();
    expect(await notices()).toEqual([{ responder_id: 'pol-a' }]);
  });
});
