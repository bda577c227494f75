// The quantity grammar's pre-check for numbers glued to letters (isGluedCode, quantities/index.ts): a number of ASCII
// digits glued to letters is a code or a name (`1abc`, `aa12`) unless a word the grammar reads after digits starts
// there (`5USD`, `3bn`, `12kg`) or a currency or percent before it makes it an amount (`$5abc`, `百分之5abc`). The
// pre-check drops such numbers before the grammar grows them (and, for the claims stage's findAmounts, before the
// text's blocked spans are found); these tables show it never stands in for a rule that would have read something.
// All texts are made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAmounts, findQuantities, gluedCodeReading, isAmount } from '../src/text/claims/quantities/index.ts';
import { currencyCodesAfter, currencyWordsAfter } from '../src/text/claims/quantities/currency.ts';
import { COUNT_UNITS, HEDGE_SUFFIXES, MEASURE_WORDS, MODEL_WORDS, PERCENT_SUFFIXES, SCALE_SUFFIXES, SCALE_WORDS } from '../src/text/claims/quantities/lexicon.ts';
import { localeNumbers } from '../src/text/claims/quantities/locale-data.ts';

const brief = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.text, q.kind, q.value, q.unit]);

/** [text, lang, what findQuantities returns]: codes and names dropped, and every glued word the grammar reads kept. */
const CASES: Array<[string, string, Array<[string, string, number, string | null]>]> = [
  // Codes and names: letters no word starts with, glued after or before the digits.
  ['1abc', 'en', []], ['2xq', 'en', []], ['12q', 'en', []], ['7x.', 'en', []], ['3zz.', 'en', []], ['5Qa', 'en', []],
  ['aa12', 'en', []], ['a5€', 'en', []], ['USD5', 'en', []], ['A100', 'en', []], ['-5abc', 'en', []], ['5xyz€', 'en', []],
  ['Order 7qz shipped', 'en', []], ['ticket 48bq', 'de', []],
  // Letters the grammar does read, glued to the digits: currencies (sign, name, code, prefixed code), scales, percent, counts.
  ['5USD', 'en', [['5USD', 'money', 5, 'USD']]], ['5usd', 'en', [['5usd', 'money', 5, 'USD']]], ['5EUR', 'en', [['5EUR', 'money', 5, 'EUR']]],
  ['5CHF', 'de', [['5CHF', 'money', 5, 'CHF']]], ['5MEUR', 'de', [['5MEUR', 'money', 5e6, 'EUR']]], ['5TEUR', 'de', [['5TEUR', 'money', 5000, 'EUR']]],
  ['5kUSD', 'en', [['5kUSD', 'money', 5000, 'USD']]], ['5yuan', 'en', [['5yuan', 'money', 5, 'CNY']]], ['5dollars', 'en', [['5dollars', 'money', 5, 'USD']]],
  ['5Dollar', 'de', [['5Dollar', 'money', 5, 'USD']]], ['5zł', 'pl', [['5zł', 'money', 5, 'PLN']]], ['5€', 'de', [['5€', 'money', 5, 'EUR']]],
  ['5k', 'en', [['5k', 'number', 5000, null]]], ['5K', 'en', [['5K', 'number', 5000, null]]], ['5bn', 'en', [['5bn', 'number', 5e9, null]]],
  ['5tn', 'en', [['5tn', 'number', 5e12, null]]], ['5MM', 'en', [['5MM', 'number', 5e6, null]]], ['5B', 'en', [['5B', 'number', 5e9, null]]],
  ['1.2b', 'en', [['1.2b', 'number', 1.2e9, null]]], ['2k3z', 'en', [['2k', 'number', 2000, null]]], ['2Mio', 'de', [['2Mio', 'number', 2e6, null]]],
  ['5Mrd', 'de', [['5Mrd', 'number', 5e9, null]]], ['5millions', 'fr', [['5millions', 'number', 5e6, null]]], ['5млн', 'ru', [['5млн', 'number', 5e6, null]]],
  ['5percent', 'en', [['5percent', 'percent', 5, '%']]], ['5%abc', 'en', [['5%', 'percent', 5, '%']]], ['5ans', 'fr', [['5ans', 'count', 5, 'years']]],
  ['3gpu', 'en', [['3gpu', 'count', 3, 'gpus']]],
  // Exponents, signs and marks before the number.
  ['1e6', 'en', [['1e6', 'number', 1e6, null]]], ['2E3', 'en', [['2E3', 'number', 2000, null]]], ['−5%', 'en', [['−5%', 'percent', -5, '%']]],
  ['$5abc', 'en', [['$5', 'money', 5, 'USD']]], ['€5', 'en', [['€5', 'money', 5, 'EUR']]], ['$5m', 'en', [['$5m', 'money', 5e6, 'USD']]],
  ['百分之5abc', 'zh', [['百分之5', 'percent', 5, '%']]], ['%50lik', 'tr', [['%50', 'percent', 50, '%']]], ['5dolardan', 'tr', [['5dolar', 'money', 5, 'USD']]],
  // Units the grammar leaves to the claims stage's measures, and ordinals: bare, then dropped as codes either way.
  ['5km', 'en', []], ['12kg', 'en', []], ['3x', 'en', []], ['2nd', 'en', []], ['4th', 'en', []], ['5m', 'en', []], ['7nm', 'en', []], ['40G', 'en', []],
  // CJK numerals and counters, Arabic-Indic and Devanagari digits, full-width forms, ranges.
  ['3000万用户', 'zh', [['3000万用户', 'count', 3e7, 'users']]], ['120台', 'zh', [['120', 'number', 120, null]]],
  ['٣٤٥ دولار', 'ar', [['٣٤٥ دولار', 'money', 345, 'USD']]], ['१२ करोड़', 'hi', [['१२ करोड़', 'number', 1.2e8, null]]],
  ['５ｋｇ', 'ja', [['５', 'number', 5, null]]], ['5-10km', 'en', [['5', 'number', 5, null]]], ['5 millones', 'es', [['5 millones', 'number', 5e6, null]]],
];

test('numbers glued to letters: codes are dropped, every word the grammar reads after digits is read', () => {
  for (const [text, lang, expected] of CASES) assert.deepEqual(brief(text, lang), expected, `${text} (${lang})`);
});

test('findAmounts: the amounts of findQuantities, the same list in the same order', () => {
  const texts = [...CASES.map(([text, lang]) => [text, lang]), ['On 12 May 2023 at 18:30 Acme paid $5abc and 3bn, call 555 1234 567.', 'en'],
    ['Am 3. Mai 2021 kostete 1abc 5 Mio. Euro, 2022 rund 7 Mrd.', 'de'], ['2023年5月，3000万用户 1abc 第3 百分之5', 'zh']];
  for (const [text, lang] of texts) assert.deepEqual(findAmounts(text, lang), findQuantities(text, lang).filter(isAmount), `${text} (${lang})`);
});

/** Every word the grammar may read glued after digits, per language: the sources of the pre-check's trie, listed again. */
function wordsReadAfterDigits(lang: string): string[] {
  return [
    ...SCALE_SUFFIXES.map((w) => w.word), ...(SCALE_WORDS[lang] ?? []).map((w) => w.word), ...SCALE_WORDS.en.map((w) => w.word),
    ...Object.keys(localeNumbers(lang).scales), ...PERCENT_SUFFIXES, ...currencyWordsAfter(lang), ...currencyCodesAfter(lang),
    ...Object.values(COUNT_UNITS).flat().map((f) => f.replace(/\*$/, '')), ...MEASURE_WORDS, ...MODEL_WORDS, ...HEDGE_SUFFIXES.map(([w]) => w),
  ];
}

const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'ru', 'pl', 'tr', 'zh', 'ja', 'ko', 'ar', 'hi'];
/** What may follow a word: nothing, a space, a letter (so a word that needs a boundary is not read), a sign, a digit. */
const TAILS = ['', 'x', '.', '1'];

test('the pre-check drops a number only where growRight reads nothing after it: every lexicon word, as written and capitalised', () => {
  let checked = 0;
  let dropped = 0;
  for (const lang of LANGS) {
    for (const word of new Set(wordsReadAfterDigits(lang).flatMap((w) => [w, w.toUpperCase()]))) {
      for (const tail of TAILS) {
        const text = `Acme paid 5${word}${tail}`;
        const r = gluedCodeReading(text, 10, 11, lang);
        checked++;
        if (!r.gluedCode) continue;
        dropped++;
        assert.ok(r.kind === 'number' && r.factor === 1, `${JSON.stringify(text)} (${lang}): dropped as a code, but growRight reads ${r.kind} ×${r.factor} ${r.unit}`);
      }
    }
  }
  // Both sides of the gate are tried: most lexicon words glued after digits are read, some with a letter after are not.
  assert.ok(checked > 10_000 && dropped > 100 && dropped < checked / 2, `${dropped} of ${checked}`);
});

test('the pre-check on generated letters after digits: a dropped number is one growRight reads nothing for', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let dropped = 0;
  for (let k = 0; k < 4000; k++) {
    let letters = '';
    for (let n = 1 + Math.floor(next() * 4); n > 0; n--) letters += LETTERS[Math.floor(next() * LETTERS.length)];
    const lang = LANGS[Math.floor(next() * LANGS.length)];
    const text = `Acme paid 12${letters}${TAILS[Math.floor(next() * TAILS.length)]}`;
    const r = gluedCodeReading(text, 10, 12, lang);
    if (!r.gluedCode) continue;
    dropped++;
    assert.ok(r.kind === 'number' && r.factor === 1, `${JSON.stringify(text)} (${lang}): dropped, but growRight reads ${r.kind} ×${r.factor} ${r.unit}`);
    // (Letters from `e` and a digit are an exponent, read by the number itself: `12E1`.)
    if (!/^[eE]/.test(letters)) assert.deepEqual(findQuantities(text, lang), [], `${JSON.stringify(text)} (${lang})`);
  }
  assert.ok(dropped > 2000, `${dropped} of 4000 dropped`);
});

test('the pre-check leaves to the grammar a currency or percent before the number, and letters beyond ASCII after it', () => {
  for (const [text, lang, start, end] of [['$5abc', 'en', 1, 2], ['HK$5xq', 'en', 3, 4], ['€ 5xq', 'fr', 2, 3], ['百分之5abc', 'zh', 3, 4], ['5млн', 'ru', 0, 1], ['5ñx', 'es', 0, 1]] as const) {
    assert.equal(gluedCodeReading(text, start, end, lang).gluedCode, false, `${text} (${lang})`);
  }
  // Glued after a letter with no currency before, or before letters no word starts with: dropped.
  for (const [text, lang, start, end] of [['aa12', 'en', 2, 4], ['1abc', 'en', 0, 1], ['spent 7qz', 'de', 6, 7], ['12q', 'fr', 0, 2]] as const) {
    assert.equal(gluedCodeReading(text, start, end, lang).gluedCode, true, `${text} (${lang})`);
  }
  // Turkish glues case suffixes to currency names: never pre-checked.
  assert.equal(gluedCodeReading('5xq', 0, 1, 'tr').gluedCode, false);
});

// The scan's pre-check for words (scanCores): an ASCII word whose first two letters start no numeral of the language
// is passed over without being cut out of the text. Numerals in each case and script, and words that share a start
// with one, are still read.
test('spelled numbers: the scan passes over words that start no numeral and reads every one that does', () => {
  const cases: Array<[string, string, Array<[string, number]>]> = [
    ['Acme hired three thousand people', 'en', [['three thousand people', 3000]]],
    ['Acme hired THREE MILLION people', 'en', [['THREE MILLION people', 3e6]]],
    ['They thrive on twelve percent', 'en', [['twelve percent', 12]]],
    ['one in a million', 'en', [['a million', 1e6]]],
    ['a dozen eggs and half a million', 'en', [['half a million', 5e5]]],
    ['Es kamen zweitausend Menschen', 'de', [['zweitausend Menschen', 2000]]],
    ['Es kamen Drei Millionen Besucher', 'de', [['Drei Millionen', 3e6]]],
    ['Das ist sehr viel, sechs Prozent', 'de', [['sechs Prozent', 6]]],
    ['Llegaron dos mil personas', 'es', [['dos mil personas', 2000]]],
    ['Il y avait trois mille personnes', 'fr', [['trois mille personnes', 3000]]],
    ['Sono arrivate duemila persone', 'it', [['duemila', 2000]]],
    ['Twee miljoen mensen', 'nl', [['Twee miljoen', 2e6]]],
    ['Pришли две тысячи человек', 'ru', [['две тысячи человек', 2000]]],
    ['Üç bin kişi geldi', 'tr', [['Üç bin', 3000]]],
  ];
  for (const [text, lang, expected] of cases) assert.deepEqual(findQuantities(text, lang).map((q) => [q.text, q.value]), expected, `${text} (${lang})`);
});
