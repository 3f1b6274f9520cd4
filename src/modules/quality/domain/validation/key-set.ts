/**
 * A compact set of record keys for `unique`, `primaryKey` and `uniqueKeys`: each key is kept as a
 * 64-bit hash and the row it was first seen in (12 bytes a key, in typed arrays), not as a string.
 * A million keys take about 24 MB instead of a Set's hundreds; and a kept substring can never pin
 * a whole parsed chunk in memory. Two different keys share a 64-bit hash with odds of about 1 in
 * 36 million for a million-row file, which would report one false duplicate.
 */
export class KeySet {
  private hashHigh: Uint32Array;
  private hashLow: Uint32Array;
  private rows: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.hashHigh = new Uint32Array(capacity);
    this.hashLow = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Adds the key hashed by `hasher` for `row` (≥ 1); returns 0 when new, else the row it was first seen in. */
  add(hasher: KeyHasher, row: number): number {
    const high = hasher.high >>> 0;
    const low = hasher.low >>> 0;
    let slot = low & this.mask;
    for (;;) {
      const seen = this.rows[slot]!;
      if (seen === 0) break;
      if (this.hashLow[slot] === low && this.hashHigh[slot] === high) return seen;
      slot = (slot + 1) & this.mask;
    }
    this.hashHigh[slot] = high;
    this.hashLow[slot] = low;
    this.rows[slot] = row;
    if (++this.count * 2 > this.mask) this.grow();
    return 0;
  }

  private grow(): void {
    const { hashHigh, hashLow, rows } = this;
    const capacity = rows.length * 2;
    this.hashHigh = new Uint32Array(capacity);
    this.hashLow = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === 0) continue;
      let slot = hashLow[i]! & this.mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & this.mask;
      this.hashHigh[slot] = hashHigh[i]!;
      this.hashLow[slot] = hashLow[i]!;
      this.rows[slot] = rows[i]!;
    }
  }
}

/** Two 32-bit multiplicative hashes over one or more strings (a composite key), mixed at the end. */
export class KeyHasher {
  high = 0;
  low = 0;

  start(): this {
    this.high = 0x41c6ce57;
    this.low = 0xdeadbeef;
    return this;
  }

  add(text: string): this {
    let h1 = this.low;
    let h2 = this.high;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    // A separator, so ("ab", "c") and ("a", "bc") differ.
    h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    h2 = Math.imul(h2 ^ 0x1f, 1597334677);
    this.low = h1;
    this.high = h2;
    return this;
  }

  finish(): this {
    let h1 = this.low;
    let h2 = this.high;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    this.low = h1;
    this.high = h2;
    return this;
  }
}
