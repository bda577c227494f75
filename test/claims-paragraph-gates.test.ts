// The paragraph gates and split functions of the claims stage and the quantity grammar (round 14) against what the
// grammar read before them: readParagraphs (extractClaims' first pass), readGrownCore and quantitiesIn's early return,
// the memo of mayStartNumber, the value-one shortcut of a spelled number's context, the code-unit test before the Han
// numeral set and hasQuoteOpener's one pass. The expected readings are what main 0795ced's findQuantities and
// findAmounts gave for these sentences (written for this test) before the change: [text, kind, value, unit].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CJK_FIRST_CODE, findAmounts, findQuantities } from '../src/text/claims/quantities/index.ts';
import { HAN_NUMERAL_START } from '../src/text/claims/quantities/match.ts';
import { extractClaims, hasQuoteOpener } from '../src/text/claims/claims.ts';
import { QUOTE_OPENERS } from '../src/text/claims/quotes.ts';
import { findArithmetic } from '../src/text/claims/quantities/arithmetic.ts';

type Reading = [string, string, number, string | null];
const readings = (list: Array<{ text: string; kind: string; value: number | null; unit: string | null }>): Reading[] =>
  list.map((q) => [q.text, q.kind, q.value as number, q.unit]);

/** [language, sentence, findQuantities' readings, findAmounts' readings] as 0795ced gave them. */
const CASES: Array<[string, string, Reading[], Reading[]]> = [
  ["en", "The ferry ticket rose to $5 and the bus pass to 12USD last spring.", [["$5", "money", 5, "USD"], ["12USD", "money", 12, "USD"]], [["$5", "money", 5, "USD"], ["12USD", "money", 12, "USD"]]],
  ["en", "A single locker costs USD7 a day, or 30€ for the week.", [["30€", "money", 30, "EUR"]], [["30€", "money", 30, "EUR"]]],
  ["de", "Der Eintritt kostet 8€ für Erwachsene und 4 EUR für Kinder.", [["8€", "money", 8, "EUR"], ["4 EUR", "money", 4, "EUR"]], [["8€", "money", 8, "EUR"], ["4 EUR", "money", 4, "EUR"]]],
  ["en", "The trail is 14km long and climbs 900m; the route code is 4ab7.", [], []],
  ["en", "Engineers tested the 5G mast with a 3kW generator.", [], []],
  ["en", "Only one dollar of every ten went to repairs, and one volunteer stayed.", [["one dollar", "money", 1, "USD"]], [["one dollar", "money", 1, "USD"]]],
  ["de", "Ein Euro mehr pro Stunde, sagte eine Sprecherin; ein Jahr später kamen zwei Busse hinzu.", [["Ein Euro", "money", 1, "EUR"], ["zwei", "count", 2, "buses"]], [["Ein Euro", "money", 1, "EUR"], ["zwei", "count", 2, "buses"]]],
  ["de", "Die Gemeinde zählte dreihundertfünfzig Schafe und ein Prozent Ziegen.", [["dreihundertfünfzig", "count", 350, "sheep"], ["ein Prozent", "percent", 1, "%"]], [["dreihundertfünfzig", "count", 350, "sheep"], ["ein Prozent", "percent", 1, "%"]]],
  ["es", "Compró un libro y una mesa por cien euros; llegaron tres camiones.", [["cien euros", "money", 100, "EUR"], ["tres", "count", 3, "vehicles"]], [["cien euros", "money", 100, "EUR"], ["tres", "count", 3, "vehicles"]]],
  ["fr", "Il reste un euro et une chaise, puis vingt-deux élèves arrivent.", [["un euro", "money", 1, "EUR"], ["vingt-deux", "count", 22, "students"]], [["un euro", "money", 1, "EUR"], ["vingt-deux", "count", 22, "students"]]],
  ["en", "A hundred lanterns and a dozen kites floated over the harbour.", [["A hundred", "number", 100, null]], [["A hundred", "number", 100, null]]],
  ["en", "Half a million visitors came, and one in four stayed overnight.", [["Half a million", "number", 500000, null], ["four", "number", 4, null]], [["Half a million", "number", 500000, null], ["four", "number", 4, null]]],
  ["en", "She ran three out of four races and won one of them.", [["three out of four", "number", 0.75, null]], [["three out of four", "number", 0.75, null]]],
  ["zh", "该市去年新增三千万元投资，建成120台充电桩和五座桥。", [["三千万元", "money", 30000000, "CNY"], ["120", "number", 120, null], ["五", "number", 5, null]], [["三千万元", "money", 30000000, "CNY"], ["120", "number", 120, null], ["五", "number", 5, null]]],
  ["ja", "図書館は本を3万冊、机を二十台そろえた。", [["3万", "number", 30000, null]], [["3万", "number", 30000, null]]],
  ["ar", "اشترت البلدية ٣٥ حافلة بمبلغ ١٢ مليون دولار.", [["٣٥", "number", 35, null], ["١٢ مليون دولار", "money", 12000000, "USD"]], [["٣٥", "number", 35, null], ["١٢ مليون دولار", "money", 12000000, "USD"]]],
  ["en", "Output fell -5% to between 7 and 9 million units, about −3 points.", [["-5%", "percent", -5, "%"], ["7", "number", 7, null], ["9 million", "number", 9000000, null], ["about −3", "number", -3, null]], [["-5%", "percent", -5, "%"], ["7", "number", 7, null], ["9 million", "number", 9000000, null], ["about −3", "number", -3, null]]],
  ["en", "The sensor counts 1e6 photons per second, or 2.5e-3 per nanosecond.", [["1e6", "number", 1000000, null], ["2.5e-3", "number", 0.0025, null]], [["1e6", "number", 1000000, null], ["2.5e-3", "number", 0.0025, null]]],
  ["de", "Die Kosten stiegen um 3 bis 4 Millionen Euro auf 1,5 Mrd.", [["3 bis 4 Millionen Euro", "money", 3500000, "EUR"], ["1,5 Mrd.", "number", 1500000000, null]], [["3 bis 4 Millionen Euro", "money", 3500000, "EUR"], ["1,5 Mrd.", "number", 1500000000, null]]],
  ["en", "Nothing here states an amount, \"only words\" and a «quote».", [], []],
];

test('findQuantities and findAmounts read these sentences as before the gates (currency and units glued to digits, articles, CJK, Arabic-Indic digits, ranges, signs, 1e6)', () => {
  // Twice: the second pass meets mayStartNumber's memo warm.
  for (let pass = 0; pass < 2; pass++) {
    for (const [lang, text, quantities, amounts] of CASES) {
      assert.deepEqual(readings(findQuantities(text, lang)), quantities, `${lang} ${text} (pass ${pass})`);
      assert.deepEqual(readings(findAmounts(text, lang)), amounts, `${lang} amounts: ${text} (pass ${pass})`);
    }
  }
});

test('mayStartNumber\'s memo starts again when full, and the answers stay the same', () => {
  // More distinct words than the memo keeps (20,000), each asked once: the memo is cleared on the way.
  const filler: string[] = [];
  for (let k = 0; k < 25_000; k++) filler.push(`zwei${k.toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}`);
  for (let k = 0; k < filler.length; k += 500) findQuantities(filler.slice(k, k + 500).join(' '), 'de');
  for (const [lang, text, quantities] of CASES) assert.deepEqual(readings(findQuantities(text, lang)), quantities, `${lang} ${text}`);
});

test('a paragraph with no number but a proportion of spelled numbers is still read (quantitiesIn returns early only when nothing joins)', () => {
  assert.deepEqual(readings(findQuantities('She ran three out of four races.', 'en')), [['three out of four', 'number', 0.75, null]]);
  assert.deepEqual(readings(findQuantities('Nothing to count in this line at all.', 'en')), []);
});

test('every Han numeral a core may start with is at or above the first CJK code unit (the scan tests the code before the set)', () => {
  for (const code of HAN_NUMERAL_START) assert.ok(code >= CJK_FIRST_CODE, `U+${code.toString(16)}`);
});

test('hasQuoteOpener answers as a search for each opening mark does', () => {
  const texts = ['no marks here', 'a “curly” one', 'a „German“ one', 'a "straight" one', 'a «guillemet»', '「括弧」', '『二重』',
    'closing only ” and » and 」', '', 'x'.repeat(300) + '«', '»«'];
  for (const text of texts) assert.equal(hasQuoteOpener(text), QUOTE_OPENERS.some((open) => text.includes(open)), text);
});

test('extractClaims: paragraphs without a candidate or a quote mark are passed over, the others read in order', () => {
  const paragraphs = [
    'Harbourline Ferries carried 48,000 passengers in March.',
    'Nothing countable is said here.',
    'aa1z',
    '1abc',
    '“We will add a second boat,” said Mara Lind, the director of Harbourline Ferries, on Friday.',
    'Tickets now cost $5 more than last year.',
  ];
  const mentions = [
    { text: 'Harbourline Ferries', canonical: 'Harbourline Ferries', type: 'org' as const, paragraph: 0, start: 0, end: 19 },
    { text: 'Mara Lind', canonical: 'Mara Lind', type: 'person' as const, paragraph: 4, start: 42, end: 51 },
  ];
  const claims = extractClaims(paragraphs, 'en', mentions as never);
  assert.deepEqual(claims.map((c) => [c.kind, c.paragraph, c.value]), [['numeric', 0, 48000], ['quote', 4, null], ['numeric', 5, 5]]);
});

test('findArithmetic: the one pass for its marks finds what the searches for each found (powers, fractions, Japanese 乗 and 分の)', () => {
  // [text, [start, end, value, kind] of each] as 0795ced gave them.
  const cases: Array<[string, Array<[number, number, number, string]>]> = [
  ["The tank holds 1.5×10^6 litres.", [[15, 23, 1500000, "power"]]],
  ["growth of 1.1^23 over the decade", [[10, 16, 8.95430243255239, "power"]]],
  ["2.5の-1乗を計算した", [[0, 7, 0.4, "power"]]],
  ["127.32×10の13乗", [[0, 13, 1273200000000000, "power"]]],
  ["a share of -4/5 and 24/7 service", [[12, 15, 0.8, "fraction"], [20, 24, 3.4285714285714284, "fraction"]]],
  ["5分の4が賛成した", [[0, 4, 0.8, "fraction"]]],
  ["三分の一", [[0, 4, 0.3333333333333333, "fraction"]]],
  ["10分で着いた", []],
  ["分の", []],
  ["no marks at all", []],
  ["^", []],
  ["/", []],
  ["3 / 4", []],
  ["1 and 4/5 cups", [[0, 9, 1.8, "fraction"]]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(findArithmetic(text, '.').map((a) => [a.start, a.end, a.value, a.kind]), expected, text);
});
