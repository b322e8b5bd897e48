import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { Client } from 'pg';

/** Local TCP port -> socket inode, from the kernel's tables (every process on the machine). */
function socketInodesByPort(): Map<number, string> {
  const out = new Map<number, string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      out.set(parseInt(cols[1].split(':')[1], 16), cols[9]);
    }
  }
  return out;
}

function socketInodesOf(pid: number): Set<string> {
  const out = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const target = (() => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          return '';
        }
      })();
      const inode = target.match(/^socket:\[(\d+)\]$/)?.[1];
      if (inode) out.add(inode);
    }
  } catch {
    // the process ended
  }
  return out;
}

/**
 * Which app each PostgreSQL backend of `database` serves: pg_stat_activity gives the client's port,
 * the kernel's socket tables the process that holds that port. Backends of other databases (other
 * helpers' runs, the developer's system) are not ours and are left out.
 */
export async function postgresBackends(admin: Client, database: string, apps: Map<number, string>): Promise<Map<number, string>> {
  const rows = (
    await admin.query<{ pid: number; client_port: number | null; self: boolean }>(
      'SELECT pid, client_port, pid = pg_backend_pid() AS self FROM pg_stat_activity WHERE datname = $1',
      [database],
    )
  ).rows;
  const inodes = socketInodesByPort();
  const owner = new Map<string, string>();
  for (const [pid, label] of apps) for (const inode of socketInodesOf(pid)) owner.set(inode, label);
  const out = new Map<number, string>();
  for (const row of rows) {
    const app = row.self ? 'bench client' : row.client_port ? owner.get(inodes.get(row.client_port) ?? '') : undefined;
    out.set(row.pid, `postgres (${app ?? 'unattributed'})`);
  }
  return out;
}
