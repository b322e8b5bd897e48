/** A Map that forgets its oldest entries past `max`, for what the sandbox looks up by id. */
export class KeptMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  set(key: K, value: V): void {
    this.entries.delete(key); // a key set again counts as new
    this.entries.set(key, value);
    // A Map iterates in insertion order: its first key is the oldest.
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }
}
