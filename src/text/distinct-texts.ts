// Per-paragraph rules run once per distinct paragraph text: a page of short lines repeats the same few (a menu item,
// `Reply`, 333,000 paragraphs of `a` in bench:hostile), and a rule that reads one paragraph at a time gives each copy
// what it gave the first.

/**
 * `find` over the distinct texts of `texts` (in the order they first come), its results given back to every paragraph
 * with that text, in paragraph order, each a copy with its own `paragraph` index. Only for a `find` whose results for
 * a paragraph depend on that paragraph's text alone and come in paragraph order (as findEntities' without the open
 * names, which read the whole article). A page whose texts all differ goes to `find` as it is.
 */
export function perDistinctText<T extends { paragraph: number }>(texts: readonly string[], find: (texts: string[]) => T[]): T[] {
  const index = distinctIndex(texts);
  const distinct: string[] = [];
  for (let i = 0; i < texts.length; i++) if (index[i] === distinct.length) distinct.push(texts[i]!);
  if (distinct.length === texts.length) return find(distinct);
  const found = find(distinct);
  // The results of each distinct text, in their order (an array per distinct text that has any).
  const byText = new Array<T[] | undefined>(distinct.length);
  for (const r of found) (byText[r.paragraph] ??= []).push(r);
  const out: T[] = [];
  for (let i = 0; i < texts.length; i++) {
    const results = byText[index[i]!];
    if (!results) continue;
    // The first paragraph with the text keeps the results themselves (their index is its own only if it is the first).
    for (const r of results) out.push(r.paragraph === i ? r : { ...r, paragraph: i });
  }
  return out;
}

/** Random per process, so that no input can be made whose texts all fall in one slot (a hostile page of colliding lines). */
const HASH_SEED = (Math.random() * 0x100000000) | 0;
/** FNV-1a's 32-bit prime. */
const FNV_PRIME = 0x01000193;

/** A 32-bit hash of the text's UTF-16 units, seeded, with murmur3's final mix (the low bits pick the slot). */
function hashOf(text: string): number {
  let h = HASH_SEED ^ text.length;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * For each text, the number of its distinct text (0, 1, … in the order they first come). An open-addressing table of
 * text numbers with their hashes, sized once for every text: a Map of the texts grew and rehashed its way to 166,000
 * keys on a page of distinct short lines (bench:hostile, distinct-short-lines: a fifth of the entities stage), and
 * this does the same in about a quarter of the time.
 */
export function distinctIndex(texts: readonly string[]): Int32Array {
  let capacity = 16;
  while (capacity < texts.length * 2) capacity *= 2;
  const mask = capacity - 1;
  /** The first paragraph with each slot's text, plus one (0: an empty slot), and that text's hash. */
  const firstOf = new Int32Array(capacity);
  const hashes = new Int32Array(capacity);
  const index = new Int32Array(texts.length);
  let distinct = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const h = hashOf(text);
    let slot = h & mask;
    for (;;) {
      const first = firstOf[slot]! - 1;
      if (first < 0) {
        firstOf[slot] = i + 1;
        hashes[slot] = h;
        index[i] = distinct++;
        break;
      }
      if (hashes[slot] === h && texts[first] === text) {
        index[i] = index[first]!;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return index;
}
