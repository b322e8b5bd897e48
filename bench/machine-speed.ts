import { createHash } from 'node:crypto';

/**
 * How fast this machine is right now: the median time of a fixed single-threaded workload (hashing
 * and short-lived objects, like a service's request path). The same code and rate give different p99s
 * on a fast and a slow phase of a shared VM; this figure, measured in the same run, says which it was.
 */
export function referenceWorkMs(rounds = 5): number {
  const block = Buffer.alloc(1 << 20, 1);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    let sink = 0;
    for (let i = 0; i < 100; i++) sink += createHash('sha256').update(block).digest()[0];
    const objects: Record<string, number> = {};
    for (let i = 0; i < 1_000_000; i++) objects[`k${i % 1000}`] = i + sink;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}
