// TextIds (src/text/clean/plain/text-ids.ts) numbers a page's distinct strings as a Map would: the same id for equal
// strings, a new one, counted from 0 in the order of first sight, for any other (issue 15: the text cleaner numbers
// every line and topic word of a page with it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextIds, textHash } from '../src/text/clean/plain/text-ids.ts';

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

test('ids hold across the table growing: 50,000 strings, each asked twice, with near neighbours', () => {
  const texts: string[] = [];
  for (let i = 0; i < 25_000; i++) texts.push(`line ${i}`, i.toString(36), `Line ${i}`);
  const asked = [...texts, ...texts.slice().reverse()];
  const ids = new TextIds();
  assert.deepEqual(asked.map((t) => ids.id(t)), mapIds(asked));
});

test('find answers -1 for a string never given and the id for one given', () => {
  const ids = new TextIds();
  for (const t of EDGE_CASES) ids.id(t);
  for (const t of EDGE_CASES) assert.equal(ids.find(t), ids.texts.indexOf(t));
  for (const t of ['winds', 'Page 1', 'b', '\ud83e']) assert.equal(ids.find(t), -1);
});

test('strings whose hashes are equal are still told apart', () => {
  // Two strings of two code units with one FNV-1a hash: after the first unit the states (h ^ a) * P of two first units
  // a, a2 that agree in their high 16 bits differ in the low 16 only, which the second unit's xor can make up.
  const P = 0x01000193, state = (a: number) => Math.imul(0x811c9dc5 ^ a, P) >>> 0;
  const byHigh = new Map<number, number>();
  let pair: [string, string] | null = null;
  for (let a = 0x41; !pair && a < 0x10000; a++) {
    if (a >= 0xd800 && a <= 0xdfff) continue;
    const other = byHigh.get(state(a) >>> 16);
    if (other === undefined) { byHigh.set(state(a) >>> 16, a); continue; }
    const b = 0x61, b2 = ((state(a) ^ state(other)) & 0xffff) ^ b;
    if (b2 >= 0xd800 && b2 <= 0xdfff) continue;
    pair = [String.fromCharCode(a, b), String.fromCharCode(other, b2)];
  }
  assert.ok(pair, 'no colliding pair found');
  assert.notEqual(pair[0], pair[1]);
  assert.equal(textHash(pair[0]), textHash(pair[1]));
  const ids = new TextIds();
  assert.deepEqual([ids.id(pair[0]), ids.id(pair[1]), ids.id(pair[0]), ids.id(pair[1])], [0, 1, 0, 1]);
  assert.equal(ids.find(pair[1]), 1);
});
