import { Pool, PoolClient, QueryResultRow } from 'pg';
import { PreparingClient } from './preparing-client';

export type Queryable = Pick<PoolClient, 'query'>;

/** The system of record. A thin wrapper: SQL stays visible where it is used. */
export class Database {
  readonly pool: Pool;

  constructor(connectionString: string, max = 10) {
    this.pool = new Pool({ connectionString, max, Client: PreparingClient });
    // A client that loses its server must not crash the process; the next query reconnects. The pool
    // reports an idle client's loss on the pool, but a checked-out client's (mid-transaction, or the
    // directory's LISTEN) on the client itself, where an unheard 'error' kills the process; the query
    // that was running is failed with the same error anyway, so nothing is hidden by listening.
    this.pool.on('error', () => undefined);
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  async query<R extends QueryResultRow = any>(sql: string, params: unknown[] = []): Promise<R[]> {
    const result = await this.pool.query<R>(sql, params);
    return result.rows;
  }

  async one<R extends QueryResultRow = any>(sql: string, params: unknown[] = []): Promise<R | undefined> {
    return (await this.query<R>(sql, params))[0];
  }

  /** Runs `work` in one transaction; rolls back when it throws. */
  async tx<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
