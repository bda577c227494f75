// The distinct strings of a page numbered in the order they first come, in an open-addressing hash table of typed
// arrays: the text cleaner numbers every line of a page (to rule and to describe each distinct line once) and every
// topic word. A Map<string, number> did the same at about 0.6 µs a new string on a page of 166,000 distinct short lines,
// three Maps a page (its table grown and rehashed, the strings hashed by the engine); this table, 0.15–0.25 µs
// (bench:hostile's distinct-short-lines). test/text-ids.test.ts compares it with a Map.

/** Slots start at this many (a power of two) and double when half are taken. */
const INITIAL_SLOTS = 256;

/** FNV-1a over the string's UTF-16 code units (32 bits). */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class TextIds {
  /** The strings by id: id k is the k-th distinct string given to `id`. */
  readonly texts: string[] = [];
  private hashes = new Int32Array(INITIAL_SLOTS >> 1);
  /** Per slot, its string's id + 1 (0: empty). */
  private slots = new Int32Array(INITIAL_SLOTS);

  get size(): number { return this.texts.length; }

  /** The id of `text`, numbering it next when it is new; `added` tells which (this.size grew). */
  id(text: string): number {
    const h = textHash(text);
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
    const h = textHash(text);
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
