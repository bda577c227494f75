// A sentence of more runs of digits than claims.ts MAX_DIGIT_RUNS_PER_SENTENCE is a table or a data dump written as
// running text: the quantity grammar is not run on it at all (it would find hundreds of numbers that
// MAX_QUANTITIES_PER_SENTENCE then discards), the sentences around it are read as if it were not there, and a warning
// counts what was left. Below the limit nothing changes: the gate never skips a sentence the cap would read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DECIMAL_DIGIT_BLOCKS, MAX_DIGIT_RUNS_PER_SENTENCE, MAX_QUANTITIES_PER_SENTENCE, digitDumpSentences, extractClaims, hasLetters } from '../src/text/claims/claims.ts';
import { findQuantities } from '../src/text/claims/quantities/index.ts';
import { splitSentences } from '../src/text/language/sentences.ts';
import type { EntityMention, NumericClaim } from '../src/types.ts';

test('the blocks of decimal digits are exactly \\p{Nd} in the Basic Multilingual Plane', () => {
  const listed = new Set(DECIMAL_DIGIT_BLOCKS.flatMap((first) => Array.from({ length: 10 }, (_, k) => first + k)));
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    assert.equal(listed.has(c), /\p{Nd}/u.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  }
});

/** `n` runs of digits of one script, one space apart, as one sentence. */
const runs = (digit: string, n: number) => Array.from({ length: n }, () => digit).join(' ');
const whole = (text: string) => [{ start: 0, end: text.length }];

test('a sentence is a dump from one run of digits past the limit, in every script of digits', () => {
  for (const digit of ['7', '١٢', '۴', '४२', '７', '๕', '12,5', '$3', '4%', '-1', '1–2']) {
    // `12,5` and `1–2` are two runs each: half as many of them reach the limit.
    const perItem = /\D\d/u.test(digit.replace(/^\D/u, '')) ? 2 : 1;
    const under = runs(digit, Math.floor(MAX_DIGIT_RUNS_PER_SENTENCE / perItem));
    const over = `${under} ${digit}`;
    assert.deepEqual(digitDumpSentences(under, whole(under)), [], digit);
    const found = digitDumpSentences(over, whole(over));
    assert.equal(found.length, 1, digit);
    assert.equal(found[0].runs, Math.floor(MAX_DIGIT_RUNS_PER_SENTENCE / perItem) * perItem + perItem, digit);
  }
});

test('digits glued to one another or to letters make one run; Han numerals and number words make none', () => {
  const glued = runs('a1b', MAX_DIGIT_RUNS_PER_SENTENCE + 1);
  assert.equal(digitDumpSentences(glued, whole(glued)).length, 1);
  const joined = runs('1١７', MAX_DIGIT_RUNS_PER_SENTENCE + 1); // ASCII, Arabic-Indic and full-width digits side by side: one run each
  assert.equal(digitDumpSentences(joined, whole(joined))[0].runs, MAX_DIGIT_RUNS_PER_SENTENCE + 1);
  for (const words of [runs('五千', 3000), runs('five', 3000)]) assert.deepEqual(digitDumpSentences(words, whole(words)), []);
});

test('only the sentences past the limit are dumps, each with its own count', () => {
  const dump = runs('9', MAX_DIGIT_RUNS_PER_SENTENCE + 5);
  const text = `Sales rose by 4% in May. ${dump}. The plant has 300 workers.`;
  const sentences = [{ start: 0, end: 24 }, { start: 25, end: 25 + dump.length + 1 }, { start: 27 + dump.length, end: text.length }];
  assert.deepEqual(digitDumpSentences(text, sentences), [{ ...sentences[1], runs: MAX_DIGIT_RUNS_PER_SENTENCE + 5 }]);
});

const ACME: EntityMention = { text: 'Acme', canonical: 'Acme', type: 'org', paragraph: 0, start: 0, end: 4 };

function read(paragraph: string) {
  const warnings: string[] = [];
  const mentions = [...paragraph.matchAll(/Acme/g)].map((m) => ({ ...ACME, start: m.index, end: m.index + 4 }));
  const claims = extractClaims([paragraph], 'en', mentions, undefined, (w) => warnings.push(w)) as NumericClaim[];
  return { claims: claims.map((c) => [c.quantityText, c.value, c.unit, c.attribute, c.entity, c.measure]), warnings };
}

test('the sentences around a dump give the claims they give without it, and one warning counts its runs', () => {
  const before = 'Acme said its revenue rose to $5 million in 2023.';
  const after = 'Acme now employs 3,000 people and sold 1.2 million cars.';
  const plain = read(`${before} ${after}`);
  assert.ok(plain.claims.length >= 3);
  for (const item of ['1', '$1', '5%', '1,000', '١']) {
    const dump = `The list reads ${runs(item, MAX_DIGIT_RUNS_PER_SENTENCE + 1)}.`;
    const withDump = read(`${before} ${dump} ${after}`);
    assert.deepEqual(withDump.claims, plain.claims, item);
    assert.equal(withDump.warnings.length, 1);
    const count = item === '1,000' ? 2 * (MAX_DIGIT_RUNS_PER_SENTENCE + 1) : MAX_DIGIT_RUNS_PER_SENTENCE + 1;
    assert.match(withDump.warnings[0], new RegExp(`^${count} runs of digits not read for quantities: a sentence \\(paragraph 0, counted from 0\\) holds more than ${MAX_DIGIT_RUNS_PER_SENTENCE}\\b`));
  }
});

test('a sentence of many numbers but runs within the limit is searched as before: the cap on quantities decides', () => {
  // As many runs as the limit allows, all amounts: searched, and over the cap on quantities.
  const capped = read(`Acme paid ${runs('$2', MAX_DIGIT_RUNS_PER_SENTENCE)}.`);
  assert.deepEqual(capped.claims, []);
  assert.equal(capped.warnings.length, 1);
  assert.match(capped.warnings[0], new RegExp(`^${MAX_DIGIT_RUNS_PER_SENTENCE} numbers not read as claims`));
  // Runs up to the limit that are years and dates (no amounts), then one amount: the amount is still read.
  const dates = Array.from({ length: MAX_DIGIT_RUNS_PER_SENTENCE / 3 - 1 }, (_, i) => `${2000 + (i % 20)}-05-1${i % 9}`).join(', ');
  const dated = read(`Acme listed the dates ${dates} and paid $7 million.`);
  assert.deepEqual(dated.claims.map((c) => c[0]), ['$7 million']);
  assert.deepEqual(dated.warnings, []);
  // A sentence of as many amounts as the cap on quantities allows is read whole.
  const full = read(`Acme paid ${Array.from({ length: MAX_QUANTITIES_PER_SENTENCE }, (_, i) => `$${i + 1}`).join(', ')}.`);
  assert.equal(full.claims.length, MAX_QUANTITIES_PER_SENTENCE);
});

test('the quantities outside a dump are the ones the grammar finds there in the whole paragraph', () => {
  const head = 'Prices rose by 3.5% to €12 billion. ';
  const dump = `${runs('8', MAX_DIGIT_RUNS_PER_SENTENCE + 1)}.`;
  const text = `${head}${dump} About 40 km of road and 2 million people.`;
  const claimsOf = (t: string) => (extractClaims([t], 'en', []) as NumericClaim[]).map((c) => c.quantityText);
  const outside = findQuantities(text, 'en').filter((q) => q.end <= head.length || q.start >= head.length + dump.length);
  assert.equal(outside.length, 4);
  assert.deepEqual(claimsOf(text), outside.map((q) => q.text));
});

test('pieces the splitter cut blindly are one sentence again; a line break or a sentence end still ends one', () => {
  // No terminal in 2,000 characters: ICU's windows cut the run blindly, and the pieces go on into each other.
  const long = `Acme said so. The list: ${runs('1', 2 * MAX_DIGIT_RUNS_PER_SENTENCE)} and more`;
  assert.ok(splitSentences(long, 'en').length > 2);
  const found = digitDumpSentences(long, splitSentences(long, 'en'));
  assert.deepEqual(found.map((d) => [d.start, d.end, d.runs]), [[long.indexOf('The'), long.length, 2 * MAX_DIGIT_RUNS_PER_SENTENCE]]);
  // Lines of a table, or sentences, of fewer runs each are read one by one, however many there are.
  const half = runs('1', MAX_DIGIT_RUNS_PER_SENTENCE / 2 + 1);
  for (const joiner of ['\n', '. ', '! ', '。']) {
    const text = [half, half, half].join(joiner);
    assert.deepEqual(digitDumpSentences(text, splitSentences(text, 'en')), [], JSON.stringify(joiner));
  }
});

test('hasLetters counts letters as \\p{L} does, by code point, up to the number asked', () => {
  const texts = ['', '12 345', 'abc', 'ÄÖü ß', 'O avô tem 67 anos.', '三千万美元', '𝔘𝔘𝔘', '😀😀😀😀', '\ud835', '\ud835a', 'a\u0301b\u0301', 'ﬁﬂ', '١٢٣ مليون', 'Ω ω', 'ǅ', 'ª º', '\u00a0\u2000x'];
  for (const text of texts) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    for (let n = 0; n <= letters + 1; n++) assert.equal(hasLetters(text, n), letters >= n, `${JSON.stringify(text)} ${n}`);
  }
});
