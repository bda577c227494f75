import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WORD_FEATURES, bucketOf, lineHashes, pageWordFeatures, wordFeatureValues, wordLogit, type WordModel } from '../src/text/clean/plain/line-words.ts';
import { LINE_FEATURES } from '../src/text/clean/plain/line-features.ts';
import { shippedLineModel } from '../src/text/clean/plain/line-classifier.ts';
import { trainWordModel, type PageExamples } from '../scripts/train-line-classifier.ts';

const hashes = (t: string) => Array.from(lineHashes(t));

test('line hashes: lowercased, digits read as one class, word order kept in the pairs', () => {
  assert.deepEqual(hashes('Jetzt ABONNIEREN'), hashes('jetzt abonnieren'));
  // Two time stamps, two dates: the same features (the model learns "a time stamp", not a time).
  assert.deepEqual(hashes('Updated 9:15'), hashes('Updated 23:48'));
  assert.deepEqual(hashes('3.4.2021 | Sport'), hashes('17.11.1999 | Sport'));
  assert.deepEqual(hashes('Seite 2 von 7'), hashes('Seite 12 von 40'));
  assert.notDeepEqual(hashes('Seite 2 von 7'), hashes('Seite 122 von 7'));
  assert.notDeepEqual(hashes('Updated 09:15'), hashes('Updated 0915'));
  // The same words in another order share their unigrams, not their pairs.
  const a = hashes('read more'), b = hashes('more read');
  assert.equal(a.length, 5);
  assert.equal(a.filter((h) => b.includes(h)).length, 2);
});

test('line hashes: counts of tokens, pairs, stems; unspaced characters as tokens; spaces of any kind', () => {
  // "sign" "in": 2 tokens, 2 pairs, + the pair with the line's end = 5.
  assert.equal(lineHashes('Sign in').length, 5);
  // A word of 7 or more code units adds its 5-unit stem: "subscribe" 1 + 1 + stem 1, + end pair = 4.
  assert.equal(lineHashes('Subscribe').length, 4);
  // Inflections of a long word share the stem's hash.
  const stemShared = hashes('Kommentare').filter((h) => hashes('Kommentieren').includes(h));
  assert.equal(stemShared.length, 1);
  // Each Han character is a token: 4 characters, 4 pairs, the end pair = 9.
  assert.equal(lineHashes('天气很好').length, 9);
  // Punctuation is a token; non-breaking and ideographic spaces separate like a space.
  assert.equal(lineHashes('a | b').length, 7);
  assert.deepEqual(hashes('sign\u00a0in'), hashes('sign in'));
  assert.deepEqual(hashes('sign\u3000in'), hashes('sign in'));
  // An empty line still has its pair of edges (the model's bias and that weight).
  assert.equal(lineHashes('').length, 1);
  for (const bits of [12, 15]) for (const h of hashes('any line at all')) assert.ok(bucketOf(h, bits) >= 0 && bucketOf(h, bits) < 1 << bits);
});

test('line hashes: each code unit lowercased while hashing gives the buckets of the whole line lowercased', () => {
  // Buckets (2^15) of these lines as the version that lowercased a copy of each line gave them: the shipped word
  // weights are keyed by them. Turkish dotted capital I, Greek final sigma, CJK, digits, astral capitals and emoji.
  const before: Array<[string, number[]]> = [
    ['İstanbul’da KIŞ geldi', [23512, 30083, 27357, 27165, 21226, 13936, 18291, 24586, 15726, 8204, 1323, 12461]],
    ['ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ 12', [31263, 32513, 24371, 5145, 27936, 1346, 25491, 17301]],
    ['東京の天気 2026年', [18784, 22166, 10020, 30005, 12971, 30672, 31580, 10512, 23193, 12496, 1247, 25009, 4618, 28561, 9747]],
    ['Ölçüm: 3.4.2021, 09:15 Uhr', [1080, 21101, 6852, 26275, 1346, 7695, 28975, 29200, 1346, 13074, 28975, 29200, 1247, 830, 2382, 32545, 1346, 13953, 6852, 5770, 1346, 7695, 3876, 31103, 3966]],
    ['Über 𐐀𐐨 🙂 Straße', [22622, 19500, 21523, 10358, 29490, 3767, 1158, 18960, 8118]],
  ];
  for (const [line, buckets] of before) assert.deepEqual(hashes(line).map((h) => bucketOf(h, 15)), buckets, line);
  // Any line hashes as its whole lowercase does (String.prototype.toLowerCase: ς at a word's end, İ as i + dot).
  for (const line of ['Ὀδυσσεύς ΚΑΙ ΟΔΟΣ', 'ΣΑΣ', 'DİYARBAKIR İL', 'ǅemal ǄAMIJA', 'ẞTRASSE Ωmega', 'Ａｂｃ ＡＢＣ', '𐐀𐐁 desert', 'Σ.Σ']) {
    assert.deepEqual(hashes(line), hashes(line.toLowerCase()), line);
  }
  assert.notDeepEqual(hashes('ΟΔΟΣ'), hashes('οδοσ'));
  assert.deepEqual(hashes('ΟΔΟΣ'), hashes('οδος'));
  // A line of more than the counted tokens: bounded, and the same as lowercased.
  const long = 'Wort, '.repeat(400);
  assert.deepEqual(hashes(long), hashes(long.toLowerCase()));
  assert.ok(lineHashes(long).length <= 3 * 257 + 1);
});

test('word features: the clipped, scaled logit and the mean of the lines just around', () => {
  const v = wordFeatureValues([4, -40, 0]);
  const w = WORD_FEATURES.length;
  assert.deepEqual([v[0], v[w], v[2 * w]], [1, -2, 0]);
  assert.deepEqual([v[1], v[w + 1], v[2 * w + 1]], [-2, (1 + 0) / 2, -2]);
  assert.deepEqual(Array.from(wordFeatureValues([3])), [0.75, 0]);
  assert.deepEqual(LINE_FEATURES.slice(-WORD_FEATURES.length), [...WORD_FEATURES]);
});

test('word model: a tiny training set learns which words are chrome', () => {
  const page = (lines: Array<[string, number]>): PageExamples => ({
    page: { url: 'u', set: 's', rendering: 'r', text: '', gold: { file: '', with: [], without: [] }, lang: 'en' },
    features: lines.map(() => new Float64Array(LINE_FEATURES.length)), ruled: lines.map(() => false), groups: lines.map((_, i) => i),
    label: Uint8Array.from(lines, ([, y]) => y), weight: Float64Array.from(lines, () => 1), goldLabelled: lines.map(() => true),
    sequenceLabels: Uint8Array.from(lines, ([, y]) => y), texts: lines.map(([t]) => t),
  });
  const examples = [page([
    ['Follow us on social media', 0], ['Click to follow our updates', 0], ['Follow this topic', 0],
    ['The river rose two metres overnight', 1], ['Farmers moved their cattle to higher ground', 1], ['The river fell again by noon', 1],
  ])];
  const model = trainWordModel(examples, { bits: 12, l2: 1e-5, epochs: 20, innerFolds: 2, prune: 0.001 });
  assert.ok(model.gaps.every((g, k) => k === 0 ? g >= 0 : g > 0) && model.milli.every(Number.isInteger));
  assert.ok(wordLogit(model, 'Follow our page') < wordLogit(model, 'The river rose again'));
  const [follow, river] = [pageWordFeatures(model, [{ text: 'Follow us' }]), pageWordFeatures(model, [{ text: 'The river' }])];
  assert.ok(follow[0] < river[0]);
});

test('shipped word model: chrome lines in our own words score below article sentences', () => {
  const words = shippedLineModel().words as WordModel;
  assert.ok(words, 'data/line-words.json is loaded with the shipped model');
  const chrome = [
    'Jetzt unseren Newsletter abonnieren',
    'Diesen Artikel teilen: Facebook | Twitter | WhatsApp',
    'Sign in to leave a comment',
    'Share this story',
    'Iniciar sesión para comentar',
  ];
  const prose = [
    'Die Stadtverwaltung stellte am Dienstag die Pläne für den Neubau der Brücke über den Fluss vor.',
    'The council approved the budget after a long debate that lasted until late in the evening.',
    'El ayuntamiento aprobó el presupuesto después de un largo debate que duró hasta la noche.',
  ];
  const worstChrome = Math.max(...chrome.map((t) => wordLogit(words, t)));
  const worstProse = Math.min(...prose.map((t) => wordLogit(words, t)));
  assert.ok(worstChrome < worstProse, `chrome up to ${worstChrome.toFixed(2)}, prose from ${worstProse.toFixed(2)}`);
});
