// isReferenceNumber (candidates.ts) tries its marker pattern on the last token before the number only: a marker holds
// no white space and only white space follows it. Markers at the edges of that token, after other words, and with
// white space of several kinds between them and the number. Texts are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReferenceNumber } from '../src/text/claims/candidates.ts';
import type { Quantity } from '../src/types.ts';

/** The number at the end of the text. */
function atEnd(text: string): Quantity {
  const digits = /\d+$/.exec(text)![0];
  const start = text.length - digits.length;
  return { text: digits, start, end: text.length, kind: 'number', value: Number(digits), low: 0, high: 0, unit: null, hedge: null, scaled: false };
}

const CASES: Array<[string, boolean]> = [
  ['see § 5', true], ['see §5', true], ['under Art. 12', true], ['loi n°58', true], ['the list (Nr. 7', true], ['read page  12', true],
  ['read Page\u00a012', true], ['auf Seite\t3', true], ['die Stufe\n4', true], ['an x§ 4', true], ['第3', true], ['in Resolución 188', true],
  ['at \u2003Rang 4', true], ['the Rang\u20034', true], ['pp. 45', true], ['a tier 2', true],
  // A marker glued after word characters is no marker (`\b`), nor is a word that only ends like one.
  ['ABCArt. 5', false], ['MegaAct 5', false], ['hello 5', false], ['spent 3', false], ['a b c d e f g h 5', false],
];

test('reference numbers: the marker read from the last token before the number', () => {
  for (const [text, expected] of CASES) assert.equal(isReferenceNumber(text, atEnd(text)), expected, JSON.stringify(text));
});
