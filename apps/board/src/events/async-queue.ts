/** An unbounded async queue that several producers push into and one consumer iterates. */
export class AsyncQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private waiting?: () => void;
  private ended = false;
  private failure?: Error;

  push(item: T): void {
    this.items.push(item);
    this.wake();
  }

  /** Ends the iteration once the queued items are consumed, or with `error` at once. */
  end(error?: Error): void {
    this.ended = true;
    this.failure ??= error;
    this.wake();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.items.length) {
        yield this.items.shift()!;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }
}
