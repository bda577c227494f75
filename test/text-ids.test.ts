// TextIds (src/text/text-ids.ts) numbers a page's distinct strings as a Map would: the same id for equal strings, a new
// one, counted from 0 in the order of first sight, for any other (issue 15: the text cleaner numbers every line and
// topic word of a page with it, the entities stage every paragraph through distinctIndex). Its hash is seeded per
// process: strings made to share one unseeded FNV-1a hash (as the cleaner's table had) spread under it, and the table
// stays right even when every string has the same hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HASH_SEED, TextIds, seededHash } from '../src/text/text-ids.ts';

/** The ids a Map gives the same strings in the same order. */
function mapIds(texts: string[]): number[] {
  const ids = new Map<string, number>();
  return texts.map((t) => {
    if (!ids.has(t)) ids.set(t, ids.size);
    return ids.get(t)!;
  });
}

const EDGE_CASES = [
  'Wind', 'wind', 'WIND', 'wind ', ' wind', 'wind\t', 'wi nd', 'wind', '', ' ', '  ', '', 'a', 'a', 'A',
  'page 1', 'page 2', 'page 10', 'page 1', 'page １', '1', '01', '1.0', '１',
  'über', 'u\u0308ber', 'über', '风力', '風力', '风力', '😀', '\ud83d', '\ude00', '\ud83d\ude00', 'x'.repeat(5000), 'x'.repeat(5001), 'x'.repeat(5000),
];

test('equal strings get one id, every other string a new one in order of first sight', () => {
  const ids = new TextIds();
  assert.deepEqual(EDGE_CASES.map((t) => ids.id(t)), mapIds(EDGE_CASES));
  assert.equal(ids.size, new Set(EDGE_CASES).size);
  assert.deepEqual(ids.texts, [...new Set(EDGE_CASES)]);
});

test('ids hold across the table growing, and in a table sized up front: 50,000 strings, each asked twice, with near neighbours', () => {
  const texts: string[] = [];
  for (let i = 0; i < 25_000; i++) texts.push(`line ${i}`, i.toString(36), `Line ${i}`);
  const asked = [...texts, ...texts.slice().reverse()];
  for (const ids of [new TextIds(), new TextIds(asked.length), new TextIds(10)]) assert.deepEqual(asked.map((t) => ids.id(t)), mapIds(asked));
});

test('find answers -1 for a string never given and the id for one given', () => {
  const ids = new TextIds();
  for (const t of EDGE_CASES) ids.id(t);
  for (const t of EDGE_CASES) assert.equal(ids.find(t), ids.texts.indexOf(t));
  for (const t of ['winds', 'Page 1', 'b', '\ud83e']) assert.equal(ids.find(t), -1);
});

const FNV_PRIME = 0x01000193, FNV_BASIS = 0x811c9dc5;
/** Plain FNV-1a over UTF-16 units, unseeded (the cleaner's table hashed with it until round 14). */
function fnv1a(text: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/**
 * 2^blocks strings of 2 × blocks units with one FNV-1a hash. From a state s, two first units a, a2 whose states
 * (s ^ a) · P agree in their high 16 bits differ in the low 16 only, which the second unit's xor makes up: the pair
 * (a, b), (a2, b2) leaves one state, from which the next block's pair is found. Each string picks one of each pair.
 */
function fnvCollisions(blocks: number): string[] {
  const step = (h: number, unit: number) => Math.imul(h ^ unit, FNV_PRIME);
  let strings = [''];
  let state = FNV_BASIS;
  for (let block = 0; block < blocks; block++) {
    const byHigh = new Map<number, number>();
    let pair: [string, string] | null = null;
    for (let a = 0x41; !pair && a < 0x10000; a++) {
      if (a >= 0xd800 && a <= 0xdfff) continue;
      const high = step(state, a) >>> 16;
      const other = byHigh.get(high);
      if (other === undefined) { byHigh.set(high, a); continue; }
      const b = 0x61, b2 = ((step(state, a) ^ step(state, other)) & 0xffff) ^ b;
      if (b2 >= 0xd800 && b2 <= 0xdfff) continue;
      pair = [String.fromCharCode(other, b2), String.fromCharCode(a, b)];
    }
    assert.ok(pair, 'no colliding pair found');
    state = step(step(state, pair[1].charCodeAt(0)), pair[1].charCodeAt(1));
    strings = strings.flatMap((s) => [s + pair![0], s + pair![1]]);
  }
  return strings;
}

test('the colliding strings share one FNV-1a hash and are all different', () => {
  const strings = fnvCollisions(10);
  assert.equal(strings.length, 1024);
  assert.equal(new Set(strings).size, 1024);
  assert.equal(new Set(strings.map(fnv1a)).size, 1);
});

test('under full collisions (every string one hash) the ids and find are still those of a Map', () => {
  const colliding = fnvCollisions(6);
  const asked = [...colliding, ...EDGE_CASES, ...colliding.slice().reverse()];
  for (const hash of [fnv1a, () => 0, () => -1]) {
    const ids = new TextIds(0, hash);
    assert.deepEqual(asked.map((t) => ids.id(t)), mapIds(asked));
    for (const t of EDGE_CASES) assert.equal(ids.find(t), ids.texts.indexOf(t));
    assert.equal(ids.find('not given'), -1);
  }
});

test('the seeded hash spreads the strings that collide under FNV-1a, under any seed but FNV-1a\'s own', () => {
  const strings = fnvCollisions(10);
  for (const seed of [0, 1, FNV_BASIS, 0x7fffffff, -1, HASH_SEED]) {
    const hashes = strings.map((s) => seededHash(s, seed));
    // 1,024 strings over 2^32 values: a chance collision or two at most.
    assert.ok(new Set(hashes).size >= 1020, `seed ${seed}: ${new Set(hashes).size} distinct hashes`);
    // The slots of a table of 2,048 (the low 11 bits): no slot holds more than a handful.
    const perSlot = new Map<number, number>();
    for (const h of hashes) perSlot.set(h & 2047, (perSlot.get(h & 2047) ?? 0) + 1);
    assert.ok(Math.max(...perSlot.values()) <= 8, `seed ${seed}: ${Math.max(...perSlot.values())} strings in one slot`);
  }
  // The one seed that starts from FNV-1a's basis (seed ^ length, the strings are 20 units long) is FNV-1a itself, then
  // a bijection: the strings collide again. A random 32-bit seed is that one once in 2^32 processes.
  assert.equal(new Set(strings.map((s) => seededHash(s, FNV_BASIS ^ 20))).size, 1);
  // The table's own hash is the seeded one.
  assert.equal(seededHash('wind'), seededHash('wind', HASH_SEED));
});
