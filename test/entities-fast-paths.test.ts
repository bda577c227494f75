// The entities stage's shortcuts for speed (round 12, issue 11 and 15) give what the general code gives: each is
// checked against the code it stands in for, on our own examples in several scripts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasUnitFrom, heuristicSpans, keyUnitAt, loadAliasTable, matchKey, tableSpans, wordShape } from '../src/text/claims/entities.ts';
import { afterArabicProclitic } from '../src/text/claims/name-affixes.ts';

/** Paragraphs of our own in the scripts the stage reads, with separators, full-width forms, case pairs and surrogates. */
const TEXTS = [
  'OpenAI said on Tuesday that Sam Altman will visit Berlin.',
  'GPT-4 und Gemini: Die Deutsche Bank prüft KI-Modelle in Frankfurt am Main.',
  'İstanbul’da Ёлка · Москва — Санкт-Петербург',
  'ＯｐｅｎＡＩ發布了新模型，微軟與谷歌在臺灣競爭。',
  '株式会社ソニーの田中浩二氏は述べた。',
  'والهند وبالولايات المتحدة ولألمانيا بالصين',
  '𠀀𝔘 😀 a\ud800b \udc00 𩸽 and 𝐀𝐁𝐂',
  'Seoul에서 한국의 서울은 크다',
  '',
  'Dr. Jane Q. Public\u00a0&\u202fCo.\u2010Ltd.\t\nNew\u2011York',
];

test('keyUnitAt reads the same key unit matchKey puts at each position', () => {
  for (const text of TEXTS) {
    const key = matchKey(text);
    const units = Array.from({ length: text.length }, (_, j) => keyUnitAt(text, j));
    assert.deepEqual(units, Array.from({ length: key.length }, (_, j) => key.charCodeAt(j)), text);
  }
  // Every unit of the Basic Multilingual Plane outside the surrogates, alone.
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    assert.equal(keyUnitAt(ch, 0), matchKey(ch).charCodeAt(0), `U+${code.toString(16)}`);
  }
});

test('tableSpans finds the same alias matches in text with surrogates, full-width forms and separators', () => {
  const aliases = loadAliasTable([]);
  // Spans ending after an astral character or a lone surrogate, and starting right after one.
  const cases: Array<[string, string, string[]]> = [
    ['en', '😀OpenAI and 😀 Google met in Berlin😀.', ['OpenAI', 'Google', 'Berlin']],
    ['zh', 'ＯｐｅｎＡＩ和谷歌在臺灣', ['OpenAI', 'Google', 'Taiwan']],
  ];
  for (const [lang, text, canonicals] of cases) {
    const found = tableSpans(text, lang, aliases).map((s) => s.canonical);
    for (const c of canonicals) assert.ok(found.includes(c), `${text}: ${found.join(', ')}`);
  }
});

/** afterArabicProclitic as it was before its range test. */
function afterArabicProcliticReference(text: string, start: number): boolean {
  const conjunctions = new Set([0x0648, 0x0641]);
  const prepositions = new Set([0x0628, 0x0644, 0x0643]);
  const previous = text.charCodeAt(start - 1);
  let first = start - 1;
  if (prepositions.has(previous)) {
    if (conjunctions.has(text.charCodeAt(start - 2))) first = start - 2;
  } else if (!conjunctions.has(previous)) {
    return false;
  }
  return first === 0 || !/[\u0620-\u064a\u066e-\u06d3]/u.test(text[first - 1]);
}

test('afterArabicProclitic answers as before at every position, its range test only skipping letters that are no proclitic', () => {
  // Every unit of the Arabic block (and a few others) as the unit before a word, after an Arabic letter, a space or nothing.
  const befores = Array.from({ length: 0x100 }, (_, k) => String.fromCharCode(0x0600 + k)).concat(['a', ' ', 'я', '中']);
  for (const lead of ['', ' ', 'م', 'و', 'a']) {
    for (const before of befores) {
      const text = `${lead}${before}الهند`;
      for (let start = 1; start < text.length; start++) assert.equal(afterArabicProclitic(text, start), afterArabicProcliticReference(text, start), `${JSON.stringify(text)} at ${start}`);
    }
  }
  for (const text of TEXTS) for (let start = 0; start <= text.length; start++) assert.equal(afterArabicProclitic(text, start), afterArabicProcliticReference(text, start));
});

test('heuristicSpans skips the CJK rules on text without CJK units and finds what running them all finds', () => {
  const extra = ['教授林建宏表示，华为公司和清华大学合作。', 'Acme Widgets, Inc. hired Priya Raman, said Elena Marsh.', 'Universität Leipzig und Technischen Universität Dresden'];
  for (const text of [...TEXTS, ...extra]) {
    for (const lang of ['en', 'de', 'zh', 'ja', 'ru', 'ar']) assert.deepEqual(heuristicSpans(text, lang, []), heuristicSpans(text, lang, [], true), `${lang}: ${text}`);
  }
  assert.equal(hasUnitFrom('plain Latin, кириллица, العربية', 0x3000), false);
  assert.equal(hasUnitFrom('a 中 b', 0x3000), true);
  assert.equal(hasUnitFrom('emoji 😀', 0x3000), true);
});

test('wordShape counts the words and capitalised words the pattern of isTitleCase finds', () => {
  const pattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
  const more = ['What Big Labs Are Paying For', 'O’Neil-Smith’s 3rd e\u0301te\u0301 -x ’y', '𝐀𝐁𝐂 𝔘nicode Ǆemal ǅemal', 'Ünter Äpfel öl', '\u0301accent first'];
  for (const text of [...TEXTS, ...more]) {
    const words = text.match(pattern) ?? [];
    assert.deepEqual(wordShape(text), { words: words.length, capitalised: words.filter((w) => /^\p{Lu}/u.test(w)).length }, text);
  }
});
