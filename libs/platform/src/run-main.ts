/** What a started service (or a process of several) gives back: one way to stop it cleanly. */
export interface Running {
  close(): Promise<void>;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * A process's entry point: starts, and on SIGTERM or SIGINT closes what it started, once, then ends
 * by the same signal (as Nest's own shutdown hooks do). One handler for the whole process: with
 * several Nest apps in it, each app's own hooks would race to end the process before the others closed.
 * A failed start, or a failed close, ends the process with 1 (the supervisor restarts it).
 */
export function runMain(start: () => Promise<Running>): void {
  const fail = (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  };
  let stopping = false;
  const started = start();
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    started
      .then((running) => running.close())
      .then(() => {
        SIGNALS.forEach((s) => process.removeListener(s, stop));
        process.kill(process.pid, signal);
      }, fail);
  };
  SIGNALS.forEach((s) => process.on(s, stop));
  started.catch(fail);
}

/** Several running services as one: closed in the reverse of the order they started. */
export function runningAll(services: Running[]): Running {
  return {
    async close() {
      for (const service of [...services].reverse()) await service.close();
    },
  };
}
