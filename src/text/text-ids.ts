// The distinct strings of a page numbered in the order they first come, in an open-addressing hash table of typed
// arrays: the text cleaner numbers every line of a page (to rule and to describe each distinct line once) and every
// topic word, and the entities stage every paragraph (distinct-texts.ts). A Map<string, number> did the same at about
// 0.6 µs a new string on a page of 166,000 distinct short lines, three Maps a page (its table grown and rehashed, the
// strings hashed by the engine); this table, 0.15–0.25 µs (bench:hostile's distinct-short-lines).
// The hash is seeded per process: with a fixed hash (FNV-1a, as this table had in the cleaner) strings that share one
// hash are made in a few lines (test/text-ids.test.ts), and a hostile page of them would put every line in one run of
// slots, each new line probing all the others (quadratic). test/text-ids.test.ts compares the table with a Map, under
// full collisions too.

/** Slots start at this many (a power of two) and double when half are taken. */
const INITIAL_SLOTS = 256;

/** Random per process, so that no input can be made whose strings all fall in one slot (a hostile page of colliding lines). */
export const HASH_SEED = (Math.random() * 0x100000000) | 0;
/** FNV-1a's 32-bit prime. */
const FNV_PRIME = 0x01000193;

/** A 32-bit hash of the string's UTF-16 units: FNV-1a's steps from `seed` and the length, then murmur3's final mix (the low bits pick the slot). */
export function seededHash(text: string, seed: number = HASH_SEED): number {
  let h = seed ^ text.length;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The process's hash (seededHash with HASH_SEED): the table's default. */
const processHash = (text: string): number => seededHash(text);

export class TextIds {
  /** The strings by id: id k is the k-th distinct string given to `id`. */
  readonly texts: string[] = [];
  private hashes: Int32Array;
  /** Per slot, its string's id + 1 (0: empty). */
  private slots: Int32Array;
  private readonly hash: (text: string) => number;

  /**
   * `expected`: how many distinct strings may come (the slots are made for them at once, not grown); `hash`: the hash
   * of a string (tests give one under which every string collides; it must return a 32-bit integer).
   */
  constructor(expected = 0, hash: (text: string) => number = processHash) {
    let slots = INITIAL_SLOTS;
    while (slots < 2 * expected) slots *= 2;
    this.slots = new Int32Array(slots);
    this.hashes = new Int32Array(slots >> 1);
    this.hash = hash;
  }

  get size(): number { return this.texts.length; }

  /** The id of `text`, numbering it next when it is new (this.size grew). */
  id(text: string): number {
    const h = this.hash(text) | 0;
    const mask = this.slots.length - 1;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const taken = this.slots[k];
      if (taken === 0) return this.add(text, h, k);
      const id = taken - 1;
      if (this.hashes[id] === h && this.texts[id] === text) return id;
    }
  }

  /** The id of `text`, or -1 when it was never given. */
  find(text: string): number {
    const h = this.hash(text) | 0;
    const mask = this.slots.length - 1;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const taken = this.slots[k];
      if (taken === 0) return -1;
      if (this.hashes[taken - 1] === h && this.texts[taken - 1] === text) return taken - 1;
    }
  }

  private add(text: string, h: number, slot: number): number {
    const id = this.texts.length;
    this.texts.push(text);
    if (id === this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    if (2 * (id + 1) > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.texts.length; id++) {
      let k = this.hashes[id] & mask;
      while (slots[k] !== 0) k = (k + 1) & mask;
      slots[k] = id + 1;
    }
    this.slots = slots;
  }
}
