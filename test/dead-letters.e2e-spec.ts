import { connect, JSONCodec } from 'nats';
import { randomUUID } from 'node:crypto';
import { createUser, tokenOf } from './support/browser';
import { metricValue } from './support/metrics';
import { readBoardEvents } from './support/sse';
import { eventually, System } from './support/system';

/**
 * A tip that was accepted and then could not be processed never vanishes (issue 19, finding 4):
 * triage dead-letters it, and the coordinators' console is told at once and lists it, so a person
 * acts on it. A tip is made unprocessable here by publishing one that breaks the contract.
 */
const system = new System();
const COORDINATOR = { email: 'coordinator@dlq.test', password: 'coordinator-pass', name: 'Malee', role: 'coordinator' };
const OPERATOR = { email: 'operator@dlq.test', password: 'operator-pass', name: 'Noi', role: 'operator', organization: 'mekong-child-protection' };

beforeAll(async () => {
  await system.start();
  for (const u of [COORDINATOR, OPERATOR]) await createUser(system, u);
}, 90_000);
afterAll(() => system.stop());

async function publishBrokenTip(tipId: string): Promise<void> {
  const nc = await connect({ servers: system.env.NATS_URL });
  // text must be a string: triage cannot file this one, however often it tries.
  await nc.jetstream().publish('tips.received', JSONCodec().encode({ tipId, receivedAt: new Date().toISOString(), channel: 'hotline', text: 42 }), { msgID: tipId });
  await nc.close();
}

it('raises the alarm on the coordinators live stream and lists the tip, for coordinators only', async () => {
  const coordinator = await tokenOf(system, COORDINATOR);
  const tipId = randomUUID();
  const live = readBoardEvents(system.urls.board, coordinator, undefined, (events) => events.some((e) => e.data?.tipId === tipId), 20_000);
  const operatorLive = readBoardEvents(system.urls.board, await tokenOf(system, OPERATOR), undefined, (events) => events.some((e) => e.data?.tipId === tipId), 8_000);
  await new Promise((r) => setTimeout(r, 500)); // both streams are open before the tip fails
  await publishBrokenTip(tipId);

  const events = await live;
  expect(events.find((e) => e.data?.tipId === tipId)).toMatchObject({ event: 'change', data: { subject: 'dlq.tips.received', tipId } });
  expect((await operatorLive).filter((e) => e.data?.subject?.startsWith('dlq.'))).toEqual([]);

  const listed = await eventually(async () => {
    const res = await fetch(`${system.urls.board}/v1/dead-letters/tips`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(res.status).toBe(200);
    const found = ((await res.json()) as any[]).find((d) => d.tipId === tipId);
    expect(found).toBeDefined();
    return found;
  });
  expect(listed).toMatchObject({ channel: 'hotline', consumer: expect.stringMatching(/triage/), reason: expect.stringMatching(/.+/) });
  // What the DeadLetters alert reads: triage counted it under the stream it came from.
  expect(await metricValue(`http://127.0.0.1:${system.env.TRIAGE_HEALTH_PORT}`, 'messaging_dead_letters_total', { stream: 'TIPS' })).toBeGreaterThanOrEqual(1);
  const asOperator = await fetch(`${system.urls.board}/v1/dead-letters/tips`, { headers: { authorization: `Bearer ${await tokenOf(system, OPERATOR)}` } });
  expect(asOperator.status).toBe(403);
}, 60_000);
