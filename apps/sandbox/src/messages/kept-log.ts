/** How much a log keeps: per key (a recipient, a sender) and in all; the oldest goes first. */
export interface KeepLimits {
  perKey: number;
  total: number;
}

/**
 * An append-only log, oldest first, that forgets its oldest entries past its limits, so a sandbox
 * that runs for days (benches, drills) does not grow without end. Every entry keeps its position in
 * the whole sequence, so "skip the first n" still means the n recorded first, dropped or not.
 */
export class KeptLog<T> {
  private entries: { position: number; key: string; value: T }[] = [];
  private readonly perKey = new Map<string, number>();
  private recorded = 0;

  constructor(
    private readonly limits: KeepLimits,
    private readonly keyOf: (value: T) => string,
  ) {}

  add(value: T): void {
    const key = this.keyOf(value);
    this.entries.push({ position: this.recorded++, key, value });
    const count = (this.perKey.get(key) ?? 0) + 1;
    this.perKey.set(key, count);
    if (count > this.limits.perKey) this.remove(this.entries.findIndex((e) => e.key === key));
    if (this.entries.length > this.limits.total) this.remove(0);
  }

  /** What is kept, oldest first, after skipping the first `from` ever recorded. */
  list(from = 0): T[] {
    const start = from <= 0 ? 0 : this.entries.findIndex((e) => e.position >= from);
    return start < 0 ? [] : this.entries.slice(start).map((e) => e.value);
  }

  clear(): void {
    this.entries = [];
    this.perKey.clear();
    this.recorded = 0;
  }

  private remove(index: number): void {
    const [gone] = this.entries.splice(index, 1);
    const left = this.perKey.get(gone.key)! - 1;
    if (left) this.perKey.set(gone.key, left);
    else this.perKey.delete(gone.key);
  }
}
