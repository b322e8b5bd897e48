import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createUser } from './support/browser';
import { System } from './support/system';

/**
 * The audit log can no longer be edited without a trace (issue 20): the database refuses updates,
 * deletes and truncation, every entry carries the hash of the one before, and `npm run audit:verify`
 * names the first broken link after someone who could switch the triggers off edited or deleted a row.
 */
const system = new System();
const run = promisify(execFile);

beforeAll(() => system.start(['board']), 90_000);
afterAll(() => system.stop());

/** The verifier as an operator runs it (the built script, against the test database). */
async function verify(): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run('node', ['dist/scripts/audit-verify.js'], { env: { ...process.env, DATABASE_URL: system.env.DATABASE_URL } });
    return { code: 0, out: stdout.trim() };
  } catch (err: any) {
    return { code: err.code, out: String(err.stdout).trim() };
  }
}

/** As a superuser who switched the triggers off (a replica session): what an insider with database access could do. */
const asInsider = (sql: string) => system.sql(`SET session_replication_role = replica; ${sql}`);

it('chains every entry to the one before, refuses edits, and the verifier finds an edited or a deleted row', async () => {
  for (let i = 0; i < 4; i++) {
    await createUser(system, { email: `audited-${i}@audit.test`, password: `password-${i}-long-enough`, name: `User ${i}`, role: 'coordinator' });
  }
  const entries = await system.sql<{ seq: string; prev_hash: string | null; hash: string }>('SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq');
  expect(entries.length).toBeGreaterThanOrEqual(4);
  entries.forEach((e, i) => expect(e.prev_hash).toBe(i ? entries[i - 1].hash : null));
  expect(await verify()).toEqual({ code: 0, out: `audit log: ${entries.length} entries, the chain holds` });

  // The application's own role (any ordinary session) cannot change the past.
  await expect(system.sql(`UPDATE audit_log SET detail = '{}' WHERE seq = 2`)).rejects.toThrow(/append-only: UPDATE refused/);
  await expect(system.sql('DELETE FROM audit_log WHERE seq = 3')).rejects.toThrow(/append-only: DELETE refused/);
  await expect(system.sql('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE refused/);

  // An insider edits who created user 1: the chain breaks exactly there.
  await asInsider(`UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2`);
  const edited = await verify();
  expect(edited.code).toBe(1);
  expect(edited.out).toMatch(/the chain is broken at entry 2 \(id \d+\): its content does not match its hash \(it was edited\)$/);

  // Put back, then a row deleted: the gap is named.
  await system.sql(`SET session_replication_role = replica; UPDATE audit_log SET actor = (SELECT actor FROM audit_log WHERE seq = 1) WHERE seq = 2`);
  expect((await verify()).code).toBe(0);
  await asInsider('DELETE FROM audit_log WHERE seq = 3');
  expect((await verify()).out).toMatch(/broken at entry 4 \(id \d+\): entries 3 to 3 are missing \(deleted\)$/);
}, 60_000);
