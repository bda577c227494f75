// attributeHits (attributes.ts) finds attribute words token by token: exact words, stems, words after an elided article,
// and phrases looked up by their first word, in text order. Sentences are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeHits } from '../src/text/claims/attributes.ts';

const CASES: Array<[string, string, Array<[string, string]>]> = [
  // A phrase and its last word both hit, the phrase first (at the token where it starts).
  ['The market share and the number of employees rose', 'en', [['market share', 'share'], ['share', 'share'], ['employees', 'employees']]],
  // After an elided article (`l'`), with a typographic apostrophe inside a phrase (`d’affaires`), found twice as listed.
  ["L'emploi et le chiffre d’affaires ont augmenté", 'fr', [['emploi', 'employees'], ['chiffre d’affaires', 'revenue'], ['chiffre d’affaires', 'revenue']]],
  ["Il tasso dell'occupazione è salito", 'it', [['occupazione', 'employees']]],
  // Stems (`Umsätze`) and exact words, capitalised.
  ['Die Umsätze und der Gewinn stiegen', 'de', [['Umsätze', 'revenue'], ['Gewinn', 'profit']]],
  ['Выручка компании выросла', 'ru', [['Выручка', 'revenue']]],
  // A phrase's first word alone is no hit.
  ['The market rose', 'en', []],
];

test('attributeHits: words, stems, elisions and phrases, in text order', () => {
  for (const [sentence, lang, expected] of CASES) {
    assert.deepEqual(attributeHits(sentence, 0, lang).map((h) => [sentence.slice(h.start, h.end), h.def.name]), expected, `${sentence} (${lang})`);
  }
  // Offsets are moved by the sentence's start in its paragraph.
  assert.deepEqual(attributeHits('Gewinn', 40, 'de').map((h) => [h.start, h.end]), [[40, 46]]);
});
