import { Database } from '../libs/persistence/src/database';
import { e2eInfra } from './support/e2e-env';

/**
 * A PostgreSQL restart ends every connection, also those checked out mid-transaction. Before this
 * was handled, the 'error' a checked-out client emits went unheard and killed dispatch (the chaos
 * harness's postgres-restart: every tip after the restart stored but never paged). Here a server
 * ends the connection of a transaction in progress: the transaction fails, the process lives on,
 * and the next query gets a fresh connection.
 */
const { postgres, database } = e2eInfra();
const db = new Database(`${postgres}/${database}`, 2);
const admin = new Database(`${postgres}/${database}`, 1);
afterAll(async () => {
  await db.close();
  await admin.close();
});

it('fails the transaction whose connection the server ended, and serves the next query', async () => {
  const uncaught: unknown[] = [];
  const record = (err: unknown) => uncaught.push(err);
  process.on('uncaughtException', record);
  try {
    const ended = db.tx(async (client) => {
      const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await new Promise((r) => setTimeout(r, 200)); // the client hears of it between two queries
      await client.query('SELECT 1');
    });
    await expect(ended).rejects.toThrow(/terminat|connection error/i);
    await new Promise((r) => setImmediate(r));
    expect(uncaught).toEqual([]);
    expect(await db.one<{ n: number }>('SELECT 1::int AS n')).toEqual({ n: 1 });
  } finally {
    process.off('uncaughtException', record);
  }
});
