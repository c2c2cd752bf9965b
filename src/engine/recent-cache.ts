/**
 * A bounded cache that keeps recently used entries: two generations of maps, the older one dropped
 * whole when the newer fills up. Unlike a strict LRU, a hit in the newer generation costs one lookup
 * and no reordering, which matters when every keystroke looks up every sentence of a long message.
 */
export class RecentCache<K, V> {
  #current = new Map<K, V>();
  #previous = new Map<K, V>();
  readonly #generationSize: number;

  /** Holds at least `capacity` of the most recently used entries, and at most twice that. */
  constructor(capacity: number) {
    this.#generationSize = Math.max(0, Math.floor(capacity));
  }

  get(key: K): V | undefined {
    const value = this.#current.get(key);
    if (value !== undefined) return value;
    const old = this.#previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.#generationSize === 0) return;
    if (this.#current.size >= this.#generationSize) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
    this.#current.set(key, value);
  }
}
