import 'reflect-metadata';
import { Controller, INestApplicationContext, INestMicroservice, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { connect, headers, NatsConnection } from 'nats';
import { Subjects, TipReceived } from '@rescue/contracts';
import {
  consumerName, DeadLetterHeaders, JetStreamContext, JetStreamPublisher, JetStreamServer, JetStreamServerOptions,
  ensureStreams, MessagingModule, MessagingUnavailableError, PermanentError,
} from '@rescue/messaging';
import { deadLetters, deleteConsumers, runTag, sleep, TEST_NATS_URL, tipEvent, unusedPort, waitFor } from './support/nats-jetstream';

/**
 * The JetStream transport against a real NATS: delivery, ack, redelivery, dead-lettering, dedupe,
 * durability across a restart, and the publisher's failure when NATS is unreachable. Streams are
 * shared with everything else on that NATS, so each test has its own consumer prefix and tip ids.
 */

/** What a test wants the handler to do with one of its tips; tips of others are simply acked. */
type Behaviour = (tip: TipReceived, ctx: JetStreamContext) => Promise<void> | void;

interface Call {
  tipId: string;
  deliveryCount: number;
  msgId?: string;
  ok: boolean;
}

@Injectable()
class Probe {
  readonly behaviours = new Map<string, Behaviour>();
  readonly calls: Call[] = [];

  async handle(tip: TipReceived, ctx: JetStreamContext): Promise<void> {
    const behaviour = this.behaviours.get(tip.tipId);
    if (!behaviour) return;
    const call: Call = { tipId: tip.tipId, deliveryCount: ctx.getDeliveryCount(), msgId: ctx.getMessageId(), ok: false };
    this.calls.push(call);
    await behaviour(tip, ctx);
    call.ok = true;
  }

  callsFor(tipId: string): Call[] {
    return this.calls.filter((c) => c.tipId === tipId);
  }

  successesFor(tipId: string): number {
    return this.callsFor(tipId).filter((c) => c.ok).length;
  }
}

@Controller()
class TipsController {
  constructor(private readonly probe: Probe) {}

  @EventPattern(Subjects.tipReceived)
  received(@Payload() tip: TipReceived, @Ctx() ctx: JetStreamContext) {
    return this.probe.handle(tip, ctx);
  }
}

const ACK_WAIT_MS = 1_500;

let nc: NatsConnection;
let publisher: JetStreamPublisher;
const started: INestMicroservice[] = [];
const prefixes: string[] = [];

/** A real Nest microservice on the JetStream transport, with quick timings for tests. */
async function startService(probe: Probe, options: Partial<JetStreamServerOptions> & { consumerPrefix: string }) {
  @Module({ controllers: [TipsController], providers: [{ provide: Probe, useValue: probe }] })
  class TestModule {}
  const strategy = new JetStreamServer({
    servers: TEST_NATS_URL,
    ackWaitMs: ACK_WAIT_MS,
    deliverPolicy: 'new',
    backoff: { initialMs: 100, maxMs: 1_000 },
    ...options,
  });
  const app = await NestFactory.createMicroservice(TestModule, { strategy, logger: false });
  await app.listen();
  started.push(app);
  return { app, strategy };
}

function newPrefix(label: string): string {
  const prefix = runTag(`test-${label}`);
  prefixes.push(prefix);
  return prefix;
}

async function consumerState(prefix: string) {
  const jsm = await nc.jetstreamManager();
  return jsm.consumers.info('TIPS', consumerName(prefix, Subjects.tipReceived));
}

beforeAll(async () => {
  nc = await connect({ servers: TEST_NATS_URL });
  publisher = await JetStreamPublisher.connect(TEST_NATS_URL, { name: 'messaging-e2e' });
});

afterEach(async () => {
  for (const app of started.splice(0)) await app.close();
});

afterAll(async () => {
  for (const prefix of prefixes) await deleteConsumers(nc, 'TIPS', prefix);
  await publisher.close();
  await nc.drain();
});

describe('JetStreamServer', () => {
  it('hands a published tip to the handler, validated, and acks it after the handler resolved', async () => {
    const probe = new Probe();
    const prefix = newPrefix('ack');
    await startService(probe, { consumerPrefix: prefix });
    const tipId = runTag('tip-ack');
    const received: TipReceived[] = [];
    probe.behaviours.set(tipId, (tip) => {
      received.push(tip);
    });

    const result = await publisher.publish(Subjects.tipReceived, tipEvent(tipId), tipId);
    expect(result.duplicate).toBe(false);
    expect(result.seq).toBeGreaterThan(0);

    await waitFor(() => expect(probe.successesFor(tipId)).toBe(1));
    expect(received[0]).toMatchObject({ tipId, channel: 'hotline' });
    expect(probe.callsFor(tipId)[0]).toMatchObject({ deliveryCount: 1, msgId: tipId });

    // Past the ack wait: an acked message is not delivered again.
    await sleep(ACK_WAIT_MS + 700);
    expect(probe.callsFor(tipId)).toHaveLength(1);
    const state = await consumerState(prefix);
    expect(state.num_ack_pending).toBe(0);
    expect(state.num_redelivered).toBe(0);
    expect(state.config.ack_policy).toBe('explicit');
    expect(state.config.max_deliver).toBe(10);
  });

  it('redelivers after a transient failure, with backoff, and the retry succeeds exactly once', async () => {
    const probe = new Probe();
    const prefix = newPrefix('retry');
    await startService(probe, { consumerPrefix: prefix });
    const tipId = runTag('tip-retry');
    probe.behaviours.set(tipId, (_tip, ctx) => {
      if (ctx.getDeliveryCount() === 1) throw new Error('database briefly unavailable');
    });

    await publisher.publish(Subjects.tipReceived, tipEvent(tipId), tipId);

    await waitFor(() => expect(probe.successesFor(tipId)).toBe(1));
    await sleep(ACK_WAIT_MS + 700);
    const calls = probe.callsFor(tipId);
    expect(calls.map((c) => [c.deliveryCount, c.ok])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect((await consumerState(prefix)).num_ack_pending).toBe(0);
  });

  it('dead-letters a message that fails its schema, with the reason, and never hands it to the handler', async () => {
    const since = new Date(Date.now() - 1_000);
    const probe = new Probe();
    const prefix = newPrefix('poison');
    await startService(probe, { consumerPrefix: prefix });
    const tipId = runTag('tip-poison');
    probe.behaviours.set(tipId, () => undefined);

    // Bypass the publisher (which refuses invalid events): a producer with a bug, or a foreign one.
    const h = headers();
    h.set('Nats-Msg-Id', tipId);
    const poison = { tipId, channel: 'carrier-pigeon', text: '' };
    const ack = await nc.jetstream().publish(Subjects.tipReceived, JSON.stringify(poison), { headers: h });

    const ours = (m: { headers?: { get(k: string): string } }) =>
      m.headers?.get(DeadLetterHeaders.originalMsgId) === tipId && m.headers?.get(DeadLetterHeaders.consumer)?.startsWith(prefix);
    const [copy] = await waitFor(async () => {
      const found = await deadLetters(nc, `dlq.${Subjects.tipReceived}`, since, ours);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(copy.subject).toBe('dlq.tips.received');
    expect(copy.info.stream).toBe('DEADLETTER');
    expect(copy.json()).toEqual(poison);
    expect(copy.headers?.get(DeadLetterHeaders.originalSubject)).toBe(Subjects.tipReceived);
    expect(copy.headers?.get(DeadLetterHeaders.streamSequence)).toBe(String(ack.seq));
    const reason = copy.headers?.get(DeadLetterHeaders.reason);
    expect(reason).toMatch(/^poison: schema tips\.received: /);
    expect(reason).toMatch(/channel/);
    expect(reason).toMatch(/receivedAt/);

    // Terminated, not redelivered, never seen by the handler, copied once.
    await sleep(ACK_WAIT_MS + 700);
    expect(probe.callsFor(tipId)).toHaveLength(0);
    expect((await consumerState(prefix)).num_ack_pending).toBe(0);
    expect(await deadLetters(nc, `dlq.${Subjects.tipReceived}`, since, ours)).toHaveLength(1);
  });

  it('dead-letters at once when the handler throws a PermanentError', async () => {
    const since = new Date(Date.now() - 1_000);
    const probe = new Probe();
    const prefix = newPrefix('permanent');
    await startService(probe, { consumerPrefix: prefix });
    const tipId = runTag('tip-permanent');
    probe.behaviours.set(tipId, () => {
      throw new PermanentError('district does not exist');
    });

    await publisher.publish(Subjects.tipReceived, tipEvent(tipId), tipId);

    const [copy] = await waitFor(async () => {
      const found = await deadLetters(nc, `dlq.${Subjects.tipReceived}`, since, (m) => m.headers?.get(DeadLetterHeaders.originalMsgId) === tipId);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(copy.headers?.get(DeadLetterHeaders.reason)).toBe('permanent: district does not exist');
    expect(copy.headers?.get(DeadLetterHeaders.consumer)).toBe(consumerName(prefix, Subjects.tipReceived));
    await sleep(ACK_WAIT_MS + 700);
    expect(probe.callsFor(tipId)).toHaveLength(1);
  });

  it('dead-letters on the last allowed delivery when the handler keeps failing', async () => {
    const since = new Date(Date.now() - 1_000);
    const probe = new Probe();
    const prefix = newPrefix('exhausted');
    await startService(probe, { consumerPrefix: prefix, maxDeliver: 3 });
    const tipId = runTag('tip-exhausted');
    probe.behaviours.set(tipId, () => {
      throw new Error('provider down');
    });

    await publisher.publish(Subjects.tipReceived, tipEvent(tipId), tipId);

    const [copy] = await waitFor(async () => {
      const found = await deadLetters(nc, `dlq.${Subjects.tipReceived}`, since, (m) => m.headers?.get(DeadLetterHeaders.originalMsgId) === tipId);
      expect(found).toHaveLength(1);
      return found;
    }, 15_000);
    expect(copy.headers?.get(DeadLetterHeaders.deliveries)).toBe('3');
    expect(copy.headers?.get(DeadLetterHeaders.reason)).toMatch(/^failed 3 deliveries/);
    expect(probe.callsFor(tipId).map((c) => c.deliveryCount)).toEqual([1, 2, 3]);
  });

  it('keeps handling other messages while one handler is slow', async () => {
    const probe = new Probe();
    const prefix = newPrefix('parallel');
    await startService(probe, { consumerPrefix: prefix, concurrency: 4 });
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const slowId = runTag('tip-slow');
    probe.behaviours.set(slowId, () => released);
    const fastIds = [1, 2, 3].map((i) => runTag(`tip-fast${i}`));
    for (const id of fastIds) probe.behaviours.set(id, () => undefined);

    await publisher.publish(Subjects.tipReceived, tipEvent(slowId), slowId);
    for (const id of fastIds) await publisher.publish(Subjects.tipReceived, tipEvent(id), id);

    await waitFor(() => expect(fastIds.map((id) => probe.successesFor(id))).toEqual([1, 1, 1]));
    expect(probe.successesFor(slowId)).toBe(0);
    release();
    await waitFor(() => expect(probe.successesFor(slowId)).toBe(1));
  });

  it('a durable consumer that died mid-message gets the unacked message after restart', async () => {
    const probe = new Probe();
    const prefix = newPrefix('durable');
    const first = await startService(probe, { consumerPrefix: prefix });
    const tipId = runTag('tip-durable');
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    probe.behaviours.set(tipId, (_tip, ctx) => (ctx.getDeliveryCount() === 1 ? released : undefined));

    await publisher.publish(Subjects.tipReceived, tipEvent(tipId), tipId);
    await waitFor(() => expect(probe.callsFor(tipId)).toHaveLength(1));

    // The process dies with the message in its hands: the connection goes, no ack is ever sent.
    await first.strategy.unwrap<NatsConnection>().close();
    release();
    await first.app.close();
    started.splice(started.indexOf(first.app), 1);
    expect(probe.successesFor(tipId)).toBe(1); // the handler finished, but its ack could not be sent

    const after = new Probe();
    after.behaviours.set(tipId, () => undefined);
    await startService(after, { consumerPrefix: prefix });
    await waitFor(() => expect(after.successesFor(tipId)).toBe(1), ACK_WAIT_MS + 10_000);
    expect(after.callsFor(tipId)[0].deliveryCount).toBe(2);
  });

  it('close() lets the running handler finish and ack, and leaves the rest for the next start', async () => {
    const probe = new Probe();
    const prefix = newPrefix('drain');
    const first = await startService(probe, { consumerPrefix: prefix, concurrency: 1 });
    const ids = [1, 2, 3].map((i) => runTag(`tip-drain${i}`));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    probe.behaviours.set(ids[0], () => released);
    for (const id of ids.slice(1)) probe.behaviours.set(id, () => undefined);
    for (const id of ids) await publisher.publish(Subjects.tipReceived, tipEvent(id), id);
    await waitFor(() => expect(probe.callsFor(ids[0])).toHaveLength(1));

    const closing = first.app.close();
    started.splice(started.indexOf(first.app), 1);
    await sleep(200);
    release();
    await closing;
    expect(probe.successesFor(ids[0])).toBe(1);

    const after = new Probe();
    for (const id of ids) after.behaviours.set(id, () => undefined);
    await startService(after, { consumerPrefix: prefix });
    await waitFor(() => expect(ids.slice(1).map((id) => after.successesFor(id) + probe.successesFor(id))).toEqual([1, 1]));
    await sleep(ACK_WAIT_MS + 700);
    expect(after.callsFor(ids[0])).toHaveLength(0); // acked before the connection was drained
  });
});

describe('ensureStreams', () => {
  it('creates a missing stream with the duplicate window, and updates its subjects when they change', async () => {
    const jsm = await nc.jetstreamManager();
    const name = runTag('TEST_STREAM').replace(/-/g, '_');
    const subject = name.toLowerCase();
    try {
      await ensureStreams(jsm, [{ name, subjects: [`${subject}.a`] }], { duplicateWindowMs: 120_000, replicas: 1 });
      const created = await jsm.streams.info(name);
      expect(created.config.subjects).toEqual([`${subject}.a`]);
      expect(created.config.duplicate_window).toBe(120_000 * 1_000_000);

      await ensureStreams(jsm, [{ name, subjects: [`${subject}.a`, `${subject}.b`] }], { duplicateWindowMs: 120_000, replicas: 1 });
      expect((await jsm.streams.info(name)).config.subjects).toEqual([`${subject}.a`, `${subject}.b`]);
      await ensureStreams(jsm, [{ name, subjects: [`${subject}.a`, `${subject}.b`] }], { duplicateWindowMs: 120_000, replicas: 1 }); // no change, no error
    } finally {
      await jsm.streams.delete(name).catch(() => undefined);
    }
  });

  it('leaves the contract streams in place, with their subjects', async () => {
    const jsm = await nc.jetstreamManager();
    for (const [name, subjects] of [['TIPS', ['tips.>']], ['DEADLETTER', ['dlq.>']]] as const) {
      expect((await jsm.streams.info(name)).config.subjects).toEqual(subjects);
    }
  });
});

describe('JetStreamPublisher', () => {
  it('stores a msg id once within the duplicate window, and the handler sees it once', async () => {
    const probe = new Probe();
    const prefix = newPrefix('dedupe');
    await startService(probe, { consumerPrefix: prefix });
    const tipId = runTag('tip-dedupe');
    probe.behaviours.set(tipId, () => undefined);

    const first = await publisher.publish(Subjects.tipReceived, tipEvent(tipId), tipId);
    const second = await publisher.publish(Subjects.tipReceived, tipEvent(tipId, 'the caller retried'), tipId);
    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ seq: first.seq, duplicate: true });

    await waitFor(() => expect(probe.successesFor(tipId)).toBe(1));
    await sleep(ACK_WAIT_MS + 700);
    expect(probe.callsFor(tipId)).toHaveLength(1);
  });

  it('refuses an event that does not match its schema (a bug in the producer)', async () => {
    const bad = { tipId: 'x', channel: 'hotline', text: '' } as unknown as TipReceived;
    await expect(publisher.publish(Subjects.tipReceived, bad, 'x')).rejects.toThrow(/text|receivedAt/);
  });

  it('rejects with MessagingUnavailableError when NATS is not reachable', async () => {
    const port = await unusedPort();
    const offline = await JetStreamPublisher.connect(`nats://127.0.0.1:${port}`, { name: 'messaging-e2e-offline' });
    try {
      const tipId = runTag('tip-offline');
      await expect(offline.publish(Subjects.tipReceived, tipEvent(tipId), tipId)).rejects.toBeInstanceOf(MessagingUnavailableError);
    } finally {
      await offline.close();
    }
  });

  it('MessagingModule.forRoot provides a connected publisher and drains it on shutdown', async () => {
    @Module({ imports: [MessagingModule.forRoot({ servers: TEST_NATS_URL, name: 'messaging-e2e-module' })] })
    class AppModule {}
    const app: INestApplicationContext = await NestFactory.createApplicationContext(AppModule, { logger: false });
    try {
      const fromModule = app.get(JetStreamPublisher);
      const tipId = runTag('tip-module');
      const ack = await fromModule.publish(Subjects.tipReceived, tipEvent(tipId), tipId);
      expect(ack).toMatchObject({ duplicate: false });
    } finally {
      await app.close();
    }
  });
});
