import { readFileSync, rmSync } from 'node:fs';
import { PIDS_FILE } from './global-setup';

export default async function globalTeardown() {
  try {
    for (const pid of JSON.parse(readFileSync(PIDS_FILE, 'utf8')) as number[]) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(PIDS_FILE, { force: true });
  } catch {
    // nothing was started
  }
}
