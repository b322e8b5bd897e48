import { AsyncQueue } from './async-queue';

describe('AsyncQueue', () => {
  it('yields what was pushed before and after the consumer waits, then ends', async () => {
    const queue = new AsyncQueue<number>();
    queue.push(1);
    const seen: number[] = [];
    const done = (async () => {
      for await (const n of queue) seen.push(n);
    })();
    await new Promise((r) => setTimeout(r, 5));
    queue.push(2);
    queue.push(3);
    queue.end();
    await done;
    expect(seen).toEqual([1, 2, 3]);
  });

  it('ends with the error a producer hit', async () => {
    const queue = new AsyncQueue<number>();
    queue.end(new Error('stream deleted'));
    await expect((async () => {
      for await (const _ of queue) void _;
    })()).rejects.toThrow('stream deleted');
  });
});
