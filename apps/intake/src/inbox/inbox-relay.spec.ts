import { MessagingUnavailableError } from '@rescue/messaging';
import { InboxRelay } from './inbox-relay';

/** An inbox table in memory, behind the few statements the relay runs. */
class InboxTable {
  rows: { seq: string; msg_id: string; subject: string; payload: unknown }[] = [];
  reads = 0;
  private readonly client = {
    query: async (sql: string, params: unknown[]) => {
      if (sql.startsWith('SELECT')) {
        this.reads++;
        return { rows: this.rows.slice(0, params[0] as number) };
      }
      const done = new Set(params[0] as string[]);
      this.rows = this.rows.filter((r) => !done.has(r.seq));
      return { rows: [] };
    },
  };
  tx = async <T>(work: (client: unknown) => Promise<T>) => work(this.client);
  one = async () => ({ n: String(this.rows.length) });
}

const config = { INTAKE_INBOX_RELAY_MS: 1_000, INTAKE_INBOX_CHECK_MS: 60_000 } as never;

function relayWith(natsUp: () => boolean) {
  const table = new InboxTable();
  const published: string[] = [];
  const publisher = {
    publish: async (_subject: string, _payload: unknown, msgId: string) => {
      if (!natsUp()) throw new MessagingUnavailableError('NATS down');
      published.push(msgId);
      return { duplicate: false };
    },
  };
  return { table, published, relay: new InboxRelay(config, table as never, publisher as never) };
}

/** Runs timers due within `ms`, letting each relay pass finish (its queries are promises). */
async function advance(ms: number) {
  for (let i = 0; i < ms / 100; i++) await jest.advanceTimersByTimeAsync(100);
}

describe('InboxRelay', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('looks at start-up, then only every INTAKE_INBOX_CHECK_MS while the inbox is empty', async () => {
    const { table, relay } = relayWith(() => true);
    relay.onApplicationBootstrap();
    await advance(100);
    expect(table.reads).toBe(1);
    await advance(59_000);
    expect(table.reads).toBe(1);
    await advance(1_000);
    expect(table.reads).toBe(2);
    await relay.onApplicationShutdown();
  });

  it('relays an event it is woken for within INTAKE_INBOX_RELAY_MS, and polls at that pace while NATS is down', async () => {
    let up = false;
    const { table, published, relay } = relayWith(() => up);
    relay.onApplicationBootstrap();
    await advance(100);
    table.rows.push({ seq: '1', msg_id: 'm1', subject: 'tips.received', payload: {} });
    relay.wake();
    await advance(1_000);
    expect(table.reads).toBe(2); // tried, NATS down: still waiting
    await advance(3_000);
    expect(table.reads).toBe(5);
    up = true;
    await advance(1_000);
    expect(published).toEqual(['m1']);
    expect(table.rows).toEqual([]);
    const reads = table.reads;
    await advance(30_000); // empty again: back to the long check
    expect(table.reads).toBe(reads);
    await relay.onApplicationShutdown();
  });

  it('finds at start-up what a stopped replica left behind', async () => {
    const { table, published, relay } = relayWith(() => true);
    table.rows.push({ seq: '7', msg_id: 'left', subject: 'tips.received', payload: {} });
    relay.onApplicationBootstrap();
    await advance(100);
    expect(published).toEqual(['left']);
    await relay.onApplicationShutdown();
  });
});
