// A line of ASCII letters, digits and spaces alone skips the patterns its features cannot match (issue 15: a page of
// 163,660 lines like `aaa0`). The values it gets are compared here with what the patterns themselves say, on lines
// written for this test: near misses (a date, a time or a price one digit short, `eur` without a digit), and lines
// that differ only in case, spaces or digits; a mark added to each line takes it off the fast path, and must agree too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINE_FEATURES, lineFeatures, type LineUnit } from '../src/text/clean/plain/line-features.ts';

/** The patterns of line-features.ts for the features the fast path sets without asking them. */
const REFERENCE: Record<string, (t: string) => number> = {
  'sentence-end': (t) => +/(?:\p{Sentence_Terminal}|…)["'”’」』)）]?$/u.test(t),
  'colon-end': (t) => +/[:：]$/.test(t),
  'label-prefix': (t) => +/^[\p{L}\p{M}]{2,20}\s?[:：]\s*\S/u.test(t),
  arrow: (t) => +/[←→«»‹›⟵⟶➔➜▶◀]/u.test(t),
  date: (t) => +/\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\d{4}年\d{1,2}月|\b(?:19|20)\d{2}\b/u.test(t),
  time: (t) => +/\b\d{1,2}[:h]\d{2}\b/.test(t),
  price: (t) => +/[$€£¥₽]\s?\d|\d\s?(?:[$€£¥₽%]|eur\b|usd\b)/iu.test(t),
  url: (t) => +(/https?:\/\/|www\.|\.(?:com|de|org|net)\b/i.test(t) || /\S+@\S+\.\w+/.test(t)),
  'no-letters': (t) => +!/\p{L}/u.test(t),
};

const PLAIN = [
  'aaa0', 'a2bz', 'zzzz', 'Z', '7', '42', '123', '1999', '2024', 'in 2024', 'x 1999 y', '20245', '12h30', '9h05', '1h5',
  'ab 12h30 cd', '5 EUR', '5eur', '5 usd now', 'eur 5', 'USD', 'euro 12', '12 eurozone', 'Home', 'Contact us', 'Top 10',
  'Sie lesen', 'THE END', 'a b c', '   ', 'x  y', '0', '00 00', 'Room 101', 'since 1850', 'year 20 24', '19 99',
];
const MARKS = ['.', ':', ',', ' |', '/', '→', '€', '@x.de', '-', '!', '年'];

const unit = (text: string): LineUnit => ({ text, linkShare: 0, heading: false, listItem: false, ruled: false, group: 0, groupSize: 1 });

test('a line of ASCII letters, digits and spaces gets the values the patterns give, and so does each with a mark added', () => {
  const variants = (line: string) => [line, line.toUpperCase(), line.toLowerCase(), line.replace(/\d/g, '9'), line.replace(/\d/g, '1') + '0', ` ${line}`];
  const lines = PLAIN.flatMap(variants);
  const marked = lines.flatMap((line) => MARKS.map((m) => line + m));
  const all = [...lines, ...marked];
  const rows = lineFeatures(all.map(unit), 'en');
  const wrong: string[] = [];
  all.forEach((line, i) => {
    for (const [feature, reference] of Object.entries(REFERENCE)) {
      const column = LINE_FEATURES.indexOf(feature);
      assert.ok(column >= 0, feature);
      if (rows[i][column] !== reference(line)) wrong.push(`${JSON.stringify(line)} ${feature}: ${rows[i][column]} (patterns: ${reference(line)})`);
    }
  });
  assert.deepEqual(wrong, []);
});

test('the features that count marks are 0 on a plain line, and not on the same line with the mark', () => {
  const column = (name: string) => LINE_FEATURES.indexOf(name);
  const [plain, commas, inner] = lineFeatures([unit('one two three four'), unit('one, two, three, four'), unit('One. Two. Three')], 'en');
  for (const name of ['commas-per-word', 'inner-sentences', 'separators-per-word', 'punctuation']) assert.equal(plain[column(name)], 0, name);
  assert.ok(commas[column('commas-per-word')] > 0);
  assert.ok(inner[column('inner-sentences')] > 0);
});

test('formalYouCount counts what the FORMAL_YOU pattern matches: examples and random strings', async () => {
  const { FORMAL_YOU, formalYouCount } = await import('../src/text/clean/plain/line-features.ts');
  const cases = ['Können Sie uns helfen? Ihre Antwort zählt, Ihnen danken wir.', 'Sie kam. Sieben Tage', ' Ihrerseits Ihrer Ihres Ihrs Ihn Ihnen_ Ihr1',
    '\u00a0Sie\u3000Ihr\u2009Ihre', 'xSie Sieä Ihrä', ''];
  const alphabet = ['S', 'i', 'e', 'I', 'h', 'n', 'r', 'm', 's', ' ', '\u00a0', '\t', 'ä', '_', '1', 'x', 'Sie', 'Ih', 'Ihr', '-'];
  let seed = 3;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let k = 0; k < 5000; k++) cases.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
  for (const text of cases) assert.equal(formalYouCount(text), text.match(FORMAL_YOU)?.length ?? 0, JSON.stringify(text));
});
