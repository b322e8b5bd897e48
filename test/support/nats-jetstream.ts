import { createServer } from 'node:net';
import { DeliverPolicy, JsMsg, NatsConnection } from 'nats';
import { TipReceived } from '@rescue/contracts';
import { e2eInfra } from './e2e-env';

/**
 * The test run's own NATS (global-setup), never the developer's: tips published here once reached a
 * running system's triage and became incidents in its database. Messaging tests share the streams with
 * the other end-to-end tests, so they filter by their own ids.
 */
export const TEST_NATS_URL = process.env.MESSAGING_TEST_NATS_URL ?? `nats://127.0.0.1:${e2eInfra().natsPort}`;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Retries `check` until it stops throwing or the time is up (then its last error is thrown). */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(everyMs);
    }
  }
}

/** A port nothing listens on: bound once by us, then released. */
export async function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A unique tag for one test run, safe in ids, consumer names and subjects. */
export function runTag(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function tipEvent(tipId: string, text = 'test tip from the messaging e2e suite'): TipReceived {
  return { tipId, receivedAt: new Date().toISOString(), channel: 'hotline', text };
}

/** Copies in the dead-letter stream published since `since` on `subject` that satisfy `match`. */
export async function deadLetters(nc: NatsConnection, subject: string, since: Date, match: (m: JsMsg) => boolean): Promise<JsMsg[]> {
  const consumer = await nc.jetstream().consumers.get('DEADLETTER', {
    filterSubjects: subject,
    deliver_policy: DeliverPolicy.StartTime,
    opt_start_time: since.toISOString(),
  });
  const found: JsMsg[] = [];
  try {
    const batch = await consumer.fetch({ max_messages: 500, expires: 1_000 });
    for await (const m of batch) if (match(m)) found.push(m);
  } finally {
    await consumer.delete().catch(() => undefined);
  }
  return found;
}

/** Removes the durable consumers a test created on the shared server. */
export async function deleteConsumers(nc: NatsConnection, stream: string, prefix: string): Promise<void> {
  const jsm = await nc.jetstreamManager();
  for await (const info of jsm.consumers.list(stream)) {
    if (info.name.startsWith(prefix)) await jsm.consumers.delete(stream, info.name);
  }
}
