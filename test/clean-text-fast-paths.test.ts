// The text cleaner's fast paths (issue 15: clean on 1 MB hostile pages; issue 20: the markdown rendering's speed) give
// what the general paths give: each table compares the two on examples written for these tests, with the edge cases
// (empty lines, one-character lines, CJK, right-to-left scripts, astral letters, very long lines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachLetterRun, roughLanguage } from '../src/text/clean/plain/rough-lang.ts';
import { fold, spacesAtMost } from '../src/text/clean/plain/line-rules.ts';
import { longestTexts, cleanPlainText, headingByPatterns, isHeading } from '../src/text/clean/plain/clean-text.ts';
import { LANGUAGE_SAMPLE_CHARS, effectiveLength, stoplistLanguage } from '../src/text/clean/blocks.ts';
import { LINE_FEATURES, lineFeatures, type LineUnit } from '../src/text/clean/plain/line-features.ts';
import { isUnspaced, words } from '../src/text/language/words.ts';
import { spacedWords } from '../src/text/clean/plain/spaced-words.ts';

const LONG = 'Lorem ipsum dolor sit amet, und der Rest. '.repeat(5_000);
const EXAMPLES = [
  '', 'a', ' ', 'x y', 'Der Rat hat beschlossen, dass die Schule öffnet.', 'the cat and the dog are not here',
  '中文的句子，没有空格。', '日本語のテキストです', 'مرحبا بالعالم هذا نص عربي', 'שלום עולם זה טקסט', 'İstanbul ve İzmir',
  '𝔘𝔫𝔦 and 😀 emoji', '\uD800 lone \uDC00 surrogates \uD835', 'e\u0301te\u0301 combining', 'Home | News · Sport » Wetter > Kontakt / Mehr',
  'Mr. Smith went home. Then he slept! Did he? Yes. No.', 'a,b;c，d、e；f', 'twenty-one 3,5 don’t', LONG,
];

test('roughLanguage counts function words from letter runs as the \\p{L}+ matches of the lowercased sample did', () => {
  const reference = (text: string, max: number) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length <= max);
  for (const text of EXAMPLES) {
    for (const max of [1, 5, 1_000_000]) {
      const runs: string[] = [];
      forEachLetterRun(text.toLowerCase(), max, (w) => runs.push(w));
      assert.deepEqual(runs, reference(text, max), JSON.stringify(text.slice(0, 40)));
    }
  }
  assert.equal(roughLanguage('Der Hund und die Katze sind nicht mit den anderen.'), 'de');
  assert.equal(roughLanguage('The dog and the cat are not with the others.'), 'en');
  assert.equal(roughLanguage(''), 'und');
});

test('stoplistLanguage reads the same sample from the longest lines alone as from every line', () => {
  const unit = (text: string, ruled = false): LineUnit => ({ text, linkShare: 0, heading: false, listItem: false, ruled, group: 0, groupSize: 1 });
  const pages: LineUnit[][] = [
    [],
    EXAMPLES.map((t) => unit(t)),
    EXAMPLES.filter((t) => t !== LONG).map((t, i) => unit(t, i % 3 === 0)),
    // Ties at the sample's edge: many lines of the same length, in an order a stable sort keeps.
    Array.from({ length: 400 }, (_, i) => unit(`${['der', 'the', 'les', 'los'][i % 4]} Zeile ${String(i).padStart(4, '0')} und so`)),
    Array.from({ length: 300 }, (_, i) => unit('x'.repeat(i % 50 + 1))),
    [unit('a'.repeat(LANGUAGE_SAMPLE_CHARS - 1)), unit('the and of'), unit('b'.repeat(LANGUAGE_SAMPLE_CHARS + 10)), unit('die und der')],
  ];
  for (const units of pages) {
    const all = units.filter((u) => !u.ruled).map((u) => u.text);
    const picked = longestTexts(units);
    for (const declared of ['en', 'de', 'fr', 'und']) assert.equal(stoplistLanguage(picked, declared), stoplistLanguage(all, declared));
    // The lines kept are the longest, in page order.
    assert.deepEqual(picked, all.filter((t) => picked.includes(t)));
  }
});

test('spacesAtMost answers as split(\' \').length does, and fold answers the same when asked again', () => {
  for (const text of [...EXAMPLES, '  ', 'a b c d e f', 'a b c d e f g', ' a b c d e ', 'one\ttab']) {
    for (const most of [0, 1, 5, 6]) assert.equal(spacesAtMost(text, most), text.split(' ').length <= most + 1, JSON.stringify(text.slice(0, 30)));
  }
  const folded = EXAMPLES.map((t) => fold(t));
  for (const [i, t] of EXAMPLES.entries()) {
    assert.equal(fold(t), folded[i]);
    assert.equal(fold(t), t.normalize('NFKC').replace(/\s+/g, ' ').trim());
  }
  assert.equal(fold('ＡＢＣ：'), 'ABC:');
  assert.equal(fold('ＡＢＣ：'), 'ABC:');
});

test('line features: inner sentences, commas and separators counted without match arrays are the counts of the matches', () => {
  const units = EXAMPLES.filter((t) => t.trim()).map((text, i): LineUnit => ({ text, linkShare: 0, heading: false, listItem: false, ruled: false, group: i, groupSize: 1 }));
  const rows = lineFeatures(units, 'de');
  const column = (name: string) => LINE_FEATURES.indexOf(name);
  units.forEach(({ text }, i) => {
    const nWords = words(text, 'de').length;
    const tokens = text.split(/\s+/).length;
    const inner = Math.min(3, text.match(/[.!?。！？][\s"”]*(?=\p{Lu}|\p{Script=Han})/gu)?.length ?? 0) / 3;
    const commas = Math.min(1, (text.match(/[,，、;；]/g)?.length ?? 0) / Math.max(1, nWords) * 5);
    const separators = Math.min(1, (text.match(/\s[|·•»›>/]\s|\s[|·•»›]|[|·•»›]\s/g)?.length ?? 0) / tokens * 2);
    assert.equal(rows[i][column('inner-sentences')], inner, text.slice(0, 30));
    assert.equal(rows[i][column('commas-per-word')], commas, text.slice(0, 30));
    assert.equal(rows[i][column('separators-per-word')], separators, text.slice(0, 30));
  });
});

test('a page of repeated and of distinct short lines: every line is ruled and kept as the general path rules each', () => {
  // Each line's first occurrence takes the Line ruled for it, later ones copies: marking one must not mark the others.
  const repeated = cleanPlainText(Array(50).fill('Reply').concat(['The council met on Tuesday and agreed that the new school will open in the autumn, paid for by the town.']).join('\n\n'));
  assert.equal(repeated.removed.filter((r) => r.reason === 'comment-chrome').map((r) => r.text.split('\n').length).reduce((a, b) => a + b, 0), 50);
  assert.deepEqual(repeated.paragraphs.map((p) => p.text), ['The council met on Tuesday and agreed that the new school will open in the autumn, paid for by the town.']);
  const distinct = Array.from({ length: 300 }, (_, i) => i.toString(36).padStart(4, 'a'));
  const one = cleanPlainText(distinct.join('\n\n'));
  const again = cleanPlainText(distinct.join('\n\n'));
  assert.deepEqual(one, again);
  assert.equal(one.paragraphs.length + one.removed.reduce((n, r) => n + r.text.split('\n').length, 0), distinct.length);
  // Markers on a repeated line are reported for each occurrence.
  const marked = cleanPlainText(['#🎜🎜# Photo', 'Some text here.', '#🎜🎜# Photo'].join('\n\n'));
  assert.equal(marked.removed.filter((r) => r.reason === 'marker').length, 2);
});

test('spacedWords gives words() of every text without unspaced characters: examples and random strings', () => {
  const cases = [...EXAMPLES, "don't won’t 3,5 3,a a,5 1.2.3 U.S.A. end. .start 'quoted' e\u0301t\u0301 \u0301mark 𝟎,𝟏 𝟎,5 x𝟎,1", 'Ⅻ,5 ½,3 ٣,٤ مرحبا، عالم', '1,,2 a..b a\'\'b 5,', ''];
  const alphabet = ['a', 'Z', 'é', 'e\u0301', '\u0301', '5', '٣', '½', 'Ⅻ', '𝟎', '𝔘', '😀', "'", '’', '.', ',', ' ', '\t', '-', '\uD800', '\uDC00', 'д', 'ك', 'ש', '!'];
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let k = 0; k < 3000; k++) cases.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
  for (const text of cases.filter((t) => !isUnspaced(t))) assert.deepEqual(spacedWords(text), words(text), JSON.stringify(text));
});

test('isHeading gives what its patterns give, on words alone and on lines one mark away from them', () => {
  const words = ['aaa0', 'Annual Report 2024', 'A', 'x y z', 'THE END', 'Chapter 12', 'word '.repeat(25).trim(), 'w'.repeat(121), 'w'.repeat(120)];
  const lines = words.flatMap((w) => [w, w + '.', w + '?', w + ':', w + ',', w + '…', `${w}. Next`, ` ${w}`, `${w}  x`, `${w}\nx`, w.toLowerCase(), w.replace(/\d/g, '5')]);
  for (const line of [...lines, ...EXAMPLES]) assert.equal(isHeading(line), headingByPatterns(line, effectiveLength(line)), JSON.stringify(line.slice(0, 60)));
});

test('spacedWords lowercases a line once only where that gives each word as lowercasing it alone: capitals, sigma, dotted I', () => {
  const cases = ['ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ', 'ΑΣ·Β ΑΣ.Β ΑΣ\'Β', 'İSTANBUL İzmir', 'Straße STRASSE Ǆemal ǅ', '𐐀𐐨 𐐀 A𐐀B', 'ΣΑΣ, Σ. ΑΣ5 5Σ'];
  const alphabet = ['A', 'a', 'Σ', 'σ', 'ς', 'Α', 'İ', 'I', 'ı', '·', '.', "'", ',', ' ', '5', '\u0301', '𐐀', 'Ǆ', 'ẞ'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let k = 0; k < 3000; k++) cases.push(Array.from({ length: 1 + Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
  for (const text of cases.filter((t) => !isUnspaced(t))) assert.deepEqual(spacedWords(text), words(text), JSON.stringify(text));
});
