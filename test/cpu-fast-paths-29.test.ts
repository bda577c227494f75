// Shortcuts of round 15's CPU work on the entities and claims stages, each checked against the code it stands in for:
// every table holds inputs on both sides of the shortcut's gate, and the answer must be the one the full computation
// gives. All texts are made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutAccents } from '../src/text/claims/quantities/match.ts';

/** withoutAccents as it was before its ASCII shortcut and its memo: both normalisations and the pattern, every time. */
const withoutAccentsFull = (word: string) => word.normalize('NFD').replace(/(?<=[A-Za-z])\p{M}+/gu, '').normalize('NFC');

test('withoutAccents gives what both normalisations give, ASCII or not, asked once or again', () => {
  const words = [
    '', 'a', 'komma', 'Komma', 'virgola', 'coma', 'dollars', 'x-ray', "o'clock", '12', '3,5', 'k2',
    'vírgula', 'milhões', 'Ångström', 'façade', 'naïve', 'fünfzehn', 'ZWÖLF', 'dólares',
    // Decomposed letters (a base and a combining mark) and marks after a non-Latin letter, which stay.
    'vi\u0301rgula', 'e\u0301\u0301', '\u0301a', 'миллио\u0301н', 'تِسعة',
    // Other scripts, Σ, a letter beyond the BMP, a ligature, a no-break space.
    'миллион', '三千万', 'ΣΟΦΊΑ', '𝐀bc', 'ﬁnf', 'zwei\u00a0drei', 'ǅemal',
  ];
  for (let round = 0; round < 2; round++) {
    for (const word of words) assert.equal(withoutAccents(word), withoutAccentsFull(word), JSON.stringify(word));
  }
});
