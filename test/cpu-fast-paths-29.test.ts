// Shortcuts of round 15's CPU work on the entities and claims stages, each checked against the code it stands in for:
// every table holds inputs on both sides of the shortcut's gate, and the answer must be the one the full computation
// gives. All texts are made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shapeOf, withoutAccents, wordAt } from '../src/text/claims/quantities/match.ts';
import { isReferenceNumber } from '../src/text/claims/candidates.ts';
import { nameEvidence } from '../src/text/claims/names.ts';
import type { Quantity } from '../src/types.ts';

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

/** wordAt as it was before its shape-free ASCII test: the shape first, then the same comparisons. */
function wordAtWithShapeFirst(text: string, p: number, word: string): boolean {
  const shape = shapeOf(word);
  const piece = text.slice(p, p + word.length);
  const same = shape.exactCase ? piece === word : piece.toLowerCase() === shape.lower;
  if (!same) return false;
  if (shape.needsNoBoundary) return true;
  const next = text[p + word.length] ?? '';
  return !/[A-Za-z\u00C0-\u024F\u0400-\u04FF\u00AA\u00BA]/.test(next) && !(shape.hasCjk ? false : /\p{L}/u.test(next) && !/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(next));
}

test('wordAt answers as the shape-first comparison does, at every position of texts in several scripts and cases', () => {
  const texts = [
    'Sie zahlten 40 Franken und 12 CHF, dazu 3 Mio. Euro.',
    'THE FEE WAS 9 DOLLARS; the fee was 9 Dollars, or 9 dollarsworth.',
    'un coût de 5 euros, dix dólares ou 7 dolares, 3 bn and 4 BN and 2 Bn',
    'стоимость 300 рублей и 20 руб., всего 5 млн',
    '售价 30 美元，约 200 人民币；価格 500 円',
    'İstanbul 5 TL, ǅ 7 ﬁ 8 €5 5€ $5 US$ 10',
    '',
  ];
  const words = ['franken', 'Franken', 'CHF', 'chf', 'Mio.', 'euro', 'euros', 'dollars', 'Dollars', 'dólares', 'dolares', 'bn', 'BN', 'M',
    'рублей', 'руб.', 'млн', '美元', '人民币', '円', 'TL', '€', '$', 'US$', 'ﬁ', 'ǅ', 'i̇stanbul', 'istanbul'];
  for (const text of texts) {
    for (let p = 0; p <= text.length; p++) {
      for (const word of words) assert.equal(wordAt(text, p, word), wordAtWithShapeFirst(text, p, word), `${JSON.stringify(word)} at ${p} of ${JSON.stringify(text)}`);
    }
  }
});

test('isReferenceNumber, whose marker test is remembered per token, answers the same when asked again', () => {
  const count = (text: string, written: string): Quantity => {
    const start = text.lastIndexOf(written);
    return { text: written, start, end: start + written.length, kind: 'number', value: Number(written), low: Number(written), high: Number(written), unit: null, hedge: null, scaled: false };
  };
  const table: Array<[string, string, boolean]> = [
    ['Nach § 12 gilt das nicht.', '12', true],
    ['Laut Art. 5 der Satzung', '5', true],
    ['Die Tabelle auf Seite 40 zeigt es', '40', true],
    ['DIE TABELLE AUF SEITE 41 ZEIGT ES', '41', true],
    ['Es gilt Warnstufe 3 im Tal.', '3', true],
    ['the museum moved to tier 2 funding', '2', true],
    ['siehe Abs. 4 und Nr. 7', '7', true],
    ['Der Verein hat rund 40 Mitglieder.', '40', false],
    ['Über 300 Gäste kamen zum Fest.', '300', false],
    ['They planted about 90 trees', '90', false],
    ['El plan prevé una etapa 2 más corta', '2', true],
    ['Cosecharon 12 toneladas de uva', '12', false],
    ['Ministerstwo ogłosiło poziom 3 zagrożenia', '3', true],
    ['Startlevel3 9 Punkte', '9', false],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [text, written, expected] of table) assert.equal(isReferenceNumber(text, count(text, written)), expected, `${written} in ${JSON.stringify(text)}`);
  }
});

test('a capitalised word after an abbreviated title and its dot starts no sentence; after any other word and a dot it does', () => {
  const sentenceStartAfter = (text: string, word: string) => {
    const tokens = nameEvidence([text], 'en').tokens![0]!;
    return tokens.find((t) => t.text === word)!.sentenceStart;
  };
  const table: Array<[string, string, boolean]> = [
    ['We met Dr. Quillon at noon.', 'Quillon', false],
    ['We met Mrs. Ferrant at noon.', 'Ferrant', false],
    ['Ask Sgt. Oduya about it.', 'Oduya', false],
    ['The letter from Gen. Marlowe came late.', 'Marlowe', false],
    ['She thanked Rep. Tasker twice.', 'Tasker', false],
    ['She thanked M. Dufrenne twice.', 'Dufrenne', false],
    ['The crate held a No. Brask label.', 'Brask', true],
    ['The band played late. Harwick stayed on.', 'Harwick', true],
    ['They spoke to the Herr. Lindqvist left.', 'Lindqvist', true],
    ['It was Mr Pellow again.', 'Pellow', false],
  ];
  for (const [text, word, expected] of table) assert.equal(sentenceStartAfter(text, word), expected, `${word} in ${JSON.stringify(text)}`);
});
