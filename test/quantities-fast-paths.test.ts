// Pre-checks of the quantity grammar that answer before the general path, each shown never to skip what that path
// would have done: normaliseWidth returns a text with no full-width or native digit as it is, without its pattern;
// parseNumberWords stops at an `a` or `an` that no `hundred`, scale word or denominator follows before its phrase loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WIDTH_FORMS, findQuantities, mayNeedWidthNormalising, normaliseWidth } from '../src/text/claims/quantities/index.ts';

test('a code unit the width pre-check lets through is one the pattern never matches, alone or between digits', () => {
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (mayNeedWidthNormalising(ch)) continue;
    for (const text of [ch, `1${ch}2`, `x${ch}${ch}x`]) {
      WIDTH_FORMS.lastIndex = 0;
      assert.equal(WIDTH_FORMS.test(text), false, `U+${c.toString(16)}`);
    }
  }
});

test('the width pre-check sees each form the pattern replaces, at the edges of its ranges too', () => {
  const cases: Array<[string, string]> = [
    ['１２３', '123'], ['４，５６５', '4,565'], ['１　２３４　５６７', '1 234 567'], ['５０％', '50%'], ['＄３', '$3'], ['３．５', '3.5'], ['－２', '-2'],
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'], ['٣٫٥', '3.5'], ['١٬٠٠٠', '1,000'], ['۰۹', '09'], ['०९', '09'], ['１９', '19'],
    // Separators with no digit of their block beside them stay as written.
    ['a，b', 'a，b'], ['a　b', 'a　b'], ['3٫5', '3٫5'], ['$45，600美圆', '$45，600美圆'], ['plain text 12,5', 'plain text 12,5'], ['', ''],
  ];
  for (const [text, normal] of cases) {
    assert.equal(normaliseWidth(text), normal, text);
    if (text !== normal) assert.ok(mayNeedWidthNormalising(text), text);
  }
  // The edges of the checked ranges: U+065F and U+0970 are no digits; U+FF03 and U+FF1A are no signs it replaces.
  for (const edge of ['\u065f', '\u0970', '\uff03', '\uff1a']) assert.equal(normaliseWidth(`1${edge}2`), `1${edge}2`);
});

const read = (text: string) => findQuantities(text, 'en').map((q) => [q.text, q.value]);

test('`a` and `an` start a number before hundred, a scale word or a denominator, and nowhere else', () => {
  assert.deepEqual(read('They hired a hundred nurses.'), [['a hundred', 100]]);
  assert.deepEqual(read('It cost a million dollars.'), [['a million dollars', 1e6]]);
  assert.deepEqual(read('A Hundred workers left.'), [['A Hundred workers', 100]]);
  assert.deepEqual(read('The city spent a billion on it.'), [['a billion', 1e9]]);
  assert.deepEqual(read('They paid a quarter million.'), [['a quarter million', 250000]]);
  assert.deepEqual(read('a half million'), [['a half million', 500000]]);
  assert.deepEqual(read('a   million'), [['a   million', 1e6]]);
  assert.deepEqual(read('two and a half million people'), [['two and a half million people', 2.5e6]]);
  assert.deepEqual(read('a thousand and one nights'), [['a thousand and one', 1001]]);
  for (const none of ['a dog', 'an apple', 'a', 'an', 'A new plant', 'a-ha', 'This is a test.', 'an hour', 'a half', 'an eighth of a mile', 'a dozen eggs']) {
    assert.deepEqual(read(none), [], none);
  }
  // The article before a word that is no scale (a tab, a hyphenated word) stays out of the number after it.
  assert.deepEqual(read('a  hundred-year-old tree'), [['hundred', 100]]);
  assert.deepEqual(read('a one percent cut'), [['one percent', 1]]);
});
