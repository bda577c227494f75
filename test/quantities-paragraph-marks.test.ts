// paragraphMarks: one pass over a paragraph for the marks that three scans asked for before (a unit normaliseWidth may
// replace, a Japanese `、` or `・`, the marks of findArithmetic's patterns). Each table below shows the new path giving
// what the old one gave: the same normalised text and the same powers and fractions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARITHMETIC_MARKS, arithmeticMarks, findArithmetic } from '../src/text/claims/quantities/arithmetic.ts';
import { JAPANESE_NUMBER_MARK, WIDTH_MARK, findQuantities, mayNeedWidthNormalising, normaliseJapaneseMarks, normaliseWidth, normalisedForQuantities, paragraphMarks } from '../src/text/claims/quantities/index.ts';

test('each code unit gets the marks the three scans gave it, alone and between digits', () => {
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    for (const text of [ch, `1${ch}2`, `${ch}の`]) {
      const marks = paragraphMarks(text);
      assert.equal((marks & WIDTH_MARK) !== 0, mayNeedWidthNormalising(text), `width U+${c.toString(16)}`);
      assert.equal((marks & JAPANESE_NUMBER_MARK) !== 0, text.includes('、') || text.includes('・'), `japanese U+${c.toString(16)}`);
      assert.equal(marks & ARITHMETIC_MARKS, arithmeticMarks(text), `arithmetic U+${c.toString(16)}`);
    }
  }
});

/** Invented sentences with the edge cases of the number grammar, and the language each is read in. */
const CASES: Array<[string, string]> = [
  ['The ferry carried 1,250 cyclists and €40 of spare parts.', 'en'],
  ['A glued sign: $12.5bn, ¥3000, £7 and 45% more.', 'en'],
  ['Die Bibliothek lieh 3/4 ihrer Bücher aus, etwa 2^10 Bände.', 'de'],
  ['Full width: １２３ kayaks, ４，５６５ oars, ５０％ wet.', 'en'],
  ['الفريق سجل ٣٫٥ نقطة و١٬٠٠٠ مشجع', 'ar'],
  ['तालाब में ४२ मछलियाँ हैं', 'hi'],
  ['图书馆新增三千五百册图书，约12万读者，增长百分之七。', 'zh'],
  ['港には1、250隻の小舟と0・5トンの氷、5分の4の漁師、2.5の-1乗。', 'ja'],
  ['書店は三冊の本を売った・二台の自転車も。', 'ja'],
  ['Ils ont planté trois cents arbres et vingt-deux haies.', 'fr'],
  ['Plantaron doscientos olivos y dos mil rosales.', 'es'],
  ["O'Neill-Brady said: Two weeks later, Anne-Marie's café sold 12½ cakes.", 'en'],
  ['Combining marks: cafe\u0301 sold 7 cre\u0300mes, 1 1/2 cups.', 'en'],
  ['٢٠٢٤ و ۱۲ و ७', 'ar'],
  ['１　２３４　５６７ and a/b and x^y', 'en'],
  ['', 'en'],
];

test('the normalised text and the arithmetic found are the old paths\u2019, on sentences of every kind', () => {
  for (const [text, lang] of CASES) {
    const marks = paragraphMarks(text);
    const oldNorm = lang === 'ja' ? normaliseJapaneseMarks(normaliseWidth(text)) : normaliseWidth(text);
    const norm = normalisedForQuantities(text, lang, marks);
    assert.equal(norm, oldNorm, text);
    // The marks of the text are those of its normalised form: neither normalisation writes or removes one.
    assert.equal(marks & ARITHMETIC_MARKS, arithmeticMarks(norm), text);
    for (const mark of ['.', ',']) assert.deepEqual(findArithmetic(norm, mark, marks & ARITHMETIC_MARKS), findArithmetic(norm, mark), text);
  }
});

test('quantities read through the marks, with the normalisations and the arithmetic they gate (as before)', () => {
  const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.text, q.value]);
  assert.deepEqual(read('Sie verkauften ２５ Boote.', 'de'), [['２５', 25]]);
  assert.deepEqual(read('البحارة ٣٫٥ طن', 'ar'), [['٣٫٥', 3.5]]);
  // A Japanese fraction without a sign is a proportion, no amount; `1、250` groups thousands.
  assert.deepEqual(read('漁師の5分の4が戻った。', 'ja'), []);
  assert.deepEqual(read('港には1、250隻の小舟。', 'ja'), [['1、250', 1250]]);
  assert.deepEqual(read('A growth factor of 1.5×10^6 was measured.', 'en'), [['1.5×10^6', 1.5e6]]);
  assert.deepEqual(read('Ils ont planté trois cents arbres.', 'fr'), [['trois cents', 300]]);
});
