// The pre-checks that let the claim-candidate rules (candidates.ts) and the quantity grammar's blocking patterns skip
// a number or a paragraph: each table holds numbers that a rule does catch, with the word, mark or digits it needs at
// the edge of what its gate looks at (the last code unit of its window, one space away, a non-ASCII symbol, a CJK
// numeral, Arabic-Indic digits, a range, a sign), so a gate that skipped any of them would fail here. All sentences are
// made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isClockTime, isDayOfMonth, isFraction, isInNumberList, isInWebAddress, isListMarker, isNameWithNumber, isProcessNode,
  isReferenceNumber, isRelativeTime, isRepeatedNameWithNumber, isScore, isSlashPair, isYearRankOrDate, mayHoldWord, notAClaimBecause,
} from '../src/text/claims/candidates.ts';
import { findQuantities } from '../src/text/claims/quantities/index.ts';
import { scriptCounts } from '../src/text/language/scripts.ts';
import type { Quantity, QuantityKind } from '../src/types.ts';

/** `[[n]]` marks the number: the text without the brackets and a bare quantity (or one of `kind`) over n. */
function marked(source: string, kind: QuantityKind = 'number', unit: string | null = null): { text: string; q: Quantity } {
  const at = source.indexOf('[[');
  const close = source.indexOf(']]', at);
  const digits = source.slice(at + 2, close);
  const text = source.slice(0, at) + digits + source.slice(close + 2);
  const ascii = digits.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[−]/g, '-');
  const value = /^[-+]?\d+(?:\.\d+)?$/.test(ascii) ? Number(ascii) : 1;
  return { text, q: { text: digits, start: at, end: at + digits.length, kind, value, low: value, high: value, unit, hedge: null, scaled: false } };
}

type Case = [source: string, expected: boolean, lang?: string];

function table(name: string, rule: (text: string, q: Quantity, lang: string) => boolean, cases: Case[], kind: QuantityKind = 'number', unit: string | null = null) {
  test(`${name}: the gate lets every number the rule catches through`, () => {
    for (const [source, expected, lang = ''] of cases) {
      const { text, q } = marked(source, kind, unit);
      assert.equal(rule(text, q, lang), expected, `${name}: ${JSON.stringify(source)}`);
    }
  });
}

test('mayHoldWord: ASCII letters and every non-ASCII code unit but spaces may be a word; ASCII digits, marks and spaces are not', () => {
  const may = (s: string) => mayHoldWord(s, 0, s.length);
  for (const s of ['a', 'Z', '§', '€', '£', '¥', '−', '–', '：', '三', '分', '٣', '५', '５', 'é', 'e\u0301', '😀', '\ud835', 'х']) assert.equal(may(s), true, s);
  for (const s of ['1 2 3', '$1 ', '5% ', '1,000.5', '- / : ( ) + ^ ', '\n\t', '\u00a0\u2009\u202f\u3000', '']) assert.equal(may(s), false, JSON.stringify(s));
  // The window is clamped to the text and counts from its own start, not the text's.
  assert.equal(mayHoldWord('ab 12 34', 3, 8), false);
  assert.equal(mayHoldWord('ab 12 34', 1, 8), true);
  assert.equal(mayHoldWord('12 ab', -5, 3), false);
  assert.equal(mayHoldWord('12 ab', 3, 99), true);
});

table('reference number', isReferenceNumber, [
  ['see § [[315]] of the code', true],
  ['Art.        [[5]] applies', true], // the marker's first letter is the window's first code unit (12 before)
  ['Art.         [[5]] applies', false], // one more space: the marker is outside the window, for the pattern too
  ['under Resolución [[188]] of the board', true],
  ['the loi n°[[58]] says', true],
  ['第[[3]]', true],
  ['at tier [[3]] now', true],
  ['1 2 3 [[4]] 5 6', false],
  ['€ [[4]] $ 5', false],
]);

table('slash pair', isSlashPair, [
  ['rated [[4]]/5 by readers', true],
  ['the 2020/[[21]] season', true],
  ['1 2 [[3]] 4', false],
  ['[[3]] /4', false],
]);

table('web address', isInWebAddress, [
  ['see example.com/status/[[1522]] today', true],
  ['at media.php/[[9]]/ now', true],
  ['mail a@b[[5]].de', true],
  ['1 2 [[3]] 4 5', false],
  ['around [[3]]% of it', false],
]);

table('list marker', isListMarker, [
  ['[[4]]- activer le mode', true],
  ['Intro\n  [[2]]) Étape deux', true], // the letter is the fourth code unit after the number
  ['[[3]] – Élan', true],
  ['[[2]]) 3 4', false],
]);

table('name with number', isNameWithNumber, [
  ['the shop sold the iPhone [[8]] yesterday', true], // one space between the name and the number
  ['we drove a Škoda [[120]] home', true],
  ['they ran the Mate[[30]] here', true],
  ['the shop sold the iPhone  [[8]] yesterday', false], // two spaces: no name
  ['Nearly [[40]] left', false],
  ['1 2 [[3]] 4', false],
  // A month or season names a time, not a product: the number after it is an amount (or a day or a year).
  ['der Laden verkaufte im Mai [[3.000]] Räder', false],
  ['der Laden verkaufte im Juni [[450]] Räder', false],
  ['der Laden verkaufte seit Oktober [[450]] Räder', false],
  ['der Laden verkaufte im Sommer [[450]] Räder', false],
  ['the shop sold in July [[300]] more', false],
]);

table('process node', isProcessNode, [
  ['made on a [[4]]纳米工艺 line', true],
  ['a [[5]] nm process node', true],
  [`[[3]]${' '.repeat(20)}nm工艺`, true], // the process word ends on the window's last code unit (24 after the number)
  ['a [[5]] 6 7 8', false],
]);

table('day of month', isDayOfMonth, [
  ['on [[14]] Gennaio the', true],
  ['from March 4 to [[9]] the', true],
  ['from March 4–[[9]] the', true], // a range with an en dash
  ['on [[11]] de novembro', true],
  ['on [[١٤]] Gennaio the', true], // Arabic-Indic digits
  ['Gennaio         [[14]]', true], // the month's first letter is the window's first code unit (16 before)
  ['on [[14]] 15 16', false],
]);

table('clock time', isClockTime, [
  ['at [[18]] Uhr', true],
  ['at [[14]]时', true],
  ['[[8]]點開始', true],
  ['at [[6]] h 30', true],
  ['at [[6]]時', true, 'ja'],
  ['at [[6]] 7', false],
]);

table('year, rank or date', isYearRankOrDate, [
  ['in the [[90]]s', true],
  ['die [[90]]er Jahre', true],
  ['в [[90]]-х годах', true],
  ['la década de los [[60]]', true],
  ['[[1820]]년까지', true],
  ['[[45]]位だった', true, 'ja'],
  ['[[28]]위', true, 'ko'],
  ['[[12]]월', true, 'ko'],
  ['12월 [[31]]일', true, 'ko'],
  ['[[45]]. sırada', true, 'tr'],
  ['[[45]] 46 47', false, 'tr'],
]);

table('fraction', isFraction, [
  ['[[10]]分の1', true],
  ['3分之[[1]]', true],
  ['三分之[[一]]', true], // a CJK numeral
  ['[[10]] 1 2', false],
]);

table('relative time', isRelativeTime, [
  ['[[11]] days ago', true],
  ['[[+3]] days ago', true], // a sign in the number
  ['[[3]]天前', true],
  ['vor [[3]] Tagen', true],
  ['hace [[2]] años', true],
  ['il y a [[600]] ans', true],
  ['[[11]] 12 13', false],
]);

table('score', isScore, [
  ['won [[90]]對89', true],
  ['it ended 2:[[1]]', true],
  ['it ended 3：[[2]]', true], // the full-width colon
  ['it ended [[6]]-3', true],
  ['a 10–[[2]] vote', true],
  ['some [[3]]-4 bears', false], // an ascending range
  ['some [[3]] 4 5', false],
]);

table('list of numbers', isInNumberList, [
  ['index ([[115]], 2.79, 2.47%) today', true],
  ['index (115.395, [[2]], 2.47%) today', true],
  [`(${' '.repeat(36)}1, [[2]]) now`, true], // the parenthesis is the window's first code unit (40 before)
  [`(${' '.repeat(37)}1, [[2]]) now`, false], // one code unit more: outside the window
  ['index (a [[1]], 2) today', false],
  ['1 2 [[3]] 4', false],
]);

test('repeated name with number: the gate lets glued names through (Han, Latin, a space after a capital)', () => {
  for (const [article, source, expected] of [
    ['星河720 and 星河720 again', 'the 星河[[720]] chip', true],
    ['the Z40 chip and the Z40 chip', 'the Z[[40]] chip', true],
    ['the Orvia 5100 and the Orvia 5100', 'the Orvia [[5100]] modem', true],
    ['1 2 3 1 2 3', '1 2 [[3]]', false],
  ] as const) {
    const { text, q } = marked(source);
    assert.equal(isRepeatedNameWithNumber(article, text, q), expected, source);
  }
});

test('amounts of money next to currency symbols: the rules of bare numbers skip them, the fraction rule still reads them', () => {
  for (const [source, reason] of [['€[[5]] / 4', null], ['£[[3]]-2', null], ['¥[[5]]分の', 'fraction'], ['€[[5]] Gennaio', null]] as const) {
    const { text, q } = marked(source, 'money', 'EUR');
    assert.equal(notAClaimBecause(text, q), reason, source);
  }
});

test('a page of numbers between spaces, dollars or percent signs: no rule catches any of them', () => {
  for (const text of ['1 '.repeat(500), '$1 '.repeat(300), '5% '.repeat(300), '1,000 '.repeat(200)]) {
    const page = `Acme spent ${text}`;
    for (const q of findQuantities(page, 'en')) assert.equal(notAClaimBecause(page, q, 'en'), null, q.text);
  }
});

/** The blocking patterns' gates (quantities/index.ts, BLOCK_NEEDS): the numbers of each stay out of the amounts. */
test('blocked spans: each pattern still blocks its numbers when its needs stand at their edge', () => {
  const amounts = (text: string, lang = 'en') => findQuantities(text, lang).filter((q) => ['money', 'percent', 'count', 'number'].includes(q.kind)).map((q) => q.text);
  for (const [text, lang, digits] of [
    ['met on 2023-04-19 at noon', 'en', '04'],
    ['met on 19/04/2023 at noon', 'en', '2023'],
    ['met at 18:30 sharp', 'en', '30'],
    ['met on 8 May 2023 there', 'en', '8'],
    ['met on 8th, May there', 'en', '8'],
    ['met on May 8 there', 'en', '8'],
    ['le 15 juin 2023 ici', 'fr', '15'],
    ['am 2. Mai hier', 'de', '2'],
    ['in the 1990s then', 'en', '1990'],
    ['die 90er Jahre', 'de', '90'],
    ['at 20°C today', 'en', '20'],
    ['rated 16+ only', 'en', '16'],
    ['see https://example.org/a/12345 now', 'en', '12345'],
    ['rated 4/5 by us', 'en', '4'],
    ['call +49 30 1234567 now', 'en', '1234567'],
    ['call 030-123-4567 now', 'en', '4567'],
    ['在2022年发布', 'zh', '2022'],
    ['в 2022 году', 'ru', '2022'],
    ['第3章', 'zh', '3'],
  ] as const) {
    assert.ok(!amounts(text, lang).some((t) => t.includes(digits)), `${text}: ${amounts(text, lang).join(' | ')}`);
  }
});

test('scriptCounts: one count per script, in SCRIPT_NAMES order', () => {
  const counts = scriptCounts('Acme 中文 кот かな 한 Ωμέγα');
  assert.deepEqual(Object.keys(counts), ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Thai', 'Hangul', 'Kana', 'Han', 'Other']);
  assert.equal(counts.Latin, 4);
  assert.equal(counts.Han, 2);
  assert.equal(counts.Cyrillic, 3);
  assert.equal(counts.Kana, 2);
  assert.equal(counts.Hangul, 1);
  assert.equal(counts.Greek, 5);
});
