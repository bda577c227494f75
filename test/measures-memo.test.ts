// canonicalMeasure remembers its answers per measure table (measures.ts): the same word asked again, in any order of
// its flags and tables, gets the answer a fresh lookup gives. Words are our own examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalMeasure, loadMeasureTable } from '../src/text/claims/measures.ts';

/** [word, lang, wholeWordsOnly, singulars, answer]: pairs that differ only by a flag, so a memo keyed without it fails. */
const CASES: Array<[string, string, boolean, boolean, string | null]> = [
  ['vehicle', 'en', false, true, 'vehicles'], ['vehicle', 'en', false, false, null], ['vehicles', 'en', true, false, 'vehicles'],
  ['Beschäftigten', 'de', false, false, 'employees'], ['Beschäftigten', 'de', true, false, null],
  ['Bauanträge', 'de', false, false, 'applications'], ['Bauanträge', 'de', true, false, null],
  ['persona', 'es', false, true, 'people'], ['persona', 'es', false, false, null], ['personas', 'es', false, false, 'people'],
];

test('canonicalMeasure: the same answer asked again, flag by flag, in both orders', () => {
  const table = loadMeasureTable();
  for (const order of [CASES, [...CASES].reverse()]) {
    for (let round = 0; round < 2; round++) {
      for (const [word, lang, whole, singulars, answer] of order) assert.equal(canonicalMeasure(word, lang, table, whole, singulars), answer, `${word} ${lang} ${whole} ${singulars}`);
    }
  }
});

test('canonicalMeasure: answers are kept per table (a user vocabulary answers its own words)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-measures-memo-'));
  const file = join(dir, 'measures.json');
  writeFileSync(file, JSON.stringify({ widgets: { en: ['gizmos'] } }));
  const builtIn = loadMeasureTable();
  const own = loadMeasureTable([file]);
  assert.equal(canonicalMeasure('gizmos', 'en', builtIn), null);
  assert.equal(canonicalMeasure('gizmos', 'en', own), 'widgets');
  assert.equal(canonicalMeasure('gizmos', 'en', builtIn), null);
});
