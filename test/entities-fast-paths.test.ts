// The entities stage's shortcuts for speed (round 12, issue 11 and 15) give what the general code gives: each is
// checked against the code it stands in for, on our own examples in several scripts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasCjkUnit, hasFreeCapital, heuristicSpans, keyUnitAt, loadAliasTable, matchKey, tableSpans, wordShape } from '../src/text/claims/entities.ts';
import { afterArabicProclitic } from '../src/text/claims/name-affixes.ts';
import { isAcronym, isNumberUnit, isRomanNumeralLetter, nameEvidence, onlySpaceBetween, withoutPossessiveS } from '../src/text/claims/names.ts';

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
  const extra = ['教授林建宏表示，腾讯公司和清华大学合作。', 'Acme Widgets, Inc. hired Priya Raman, said Elena Marsh.', 'Universität Leipzig und Technischen Universität Dresden'];
  for (const text of [...TEXTS, ...extra]) {
    for (const lang of ['en', 'de', 'zh', 'ja', 'ru', 'ar']) assert.deepEqual(heuristicSpans(text, lang, []), heuristicSpans(text, lang, [], true), `${lang}: ${text}`);
  }
  // hasCjkUnit against a loop over the units, on every unit alone and after Latin-1 and Cyrillic text.
  for (let unit = 0; unit < 0x10000; unit++) {
    for (const text of [String.fromCharCode(unit), `plain Latin, ü ${String.fromCharCode(unit)}`, `кириллица ${String.fromCharCode(unit)} x`]) {
      assert.equal(hasCjkUnit(text), [...Array(text.length).keys()].some((k) => text.charCodeAt(k) >= 0x3000), `U+${unit.toString(16)}`);
    }
  }
  assert.equal(hasCjkUnit('plain Latin, кириллица, العربية'), false);
  assert.equal(hasCjkUnit('a 中 b'), true);
  assert.equal(hasCjkUnit('emoji 😀'), true);
});

test('wordShape counts the words and capitalised words the pattern of isTitleCase finds', () => {
  const pattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
  const more = ['What Big Labs Are Paying For', 'O’Neil-Smith’s 3rd e\u0301te\u0301 -x ’y', '𝐀𝐁𝐂 𝔘nicode Ǆemal ǅemal', 'Ünter Äpfel öl', '\u0301accent first'];
  for (const text of [...TEXTS, ...more]) {
    const words = text.match(pattern) ?? [];
    assert.deepEqual(wordShape(text), { words: words.length, capitalised: words.filter((w) => /^\p{Lu}/u.test(w)).length }, text);
  }
});

/** The tokens of a paragraph as names.ts read them before its scans were sped up: the pattern wordRuns stands for, and the old tests. */
function referenceTokens(text: string) {
  const titles = new Set(['mr', 'ms', 'mrs', 'dr', 'prof']);
  const out: Array<{ text: string; lower: string; start: number; end: number; capitalised: boolean; sentenceStart: boolean }> = [];
  for (const m of text.matchAll(/[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|[-'’.](?=[\p{L}\p{M}]))*/gu)) {
    const start = m.index!;
    let word = m[0];
    if (text.charCodeAt(start + word.length) === 0x2e && /^\.[,;:)]/u.test(text.slice(start + word.length, start + word.length + 2)) && /^\p{Lu}\p{Ll}{1,4}$/u.test(word)) word += '.';
    const first = word[0]!;
    const code = word.charCodeAt(0);
    const previous = out.at(-1);
    const c = text.charCodeAt(start - 2);
    const afterWordAndSpace = start >= 2 && text.charCodeAt(start - 1) === 0x20 && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
    out.push({
      text: word, lower: word.toLowerCase(), start, end: start + word.length,
      capitalised: (code < 0x80 ? code >= 0x41 && code <= 0x5a : first !== first.toLowerCase() && first === first.toUpperCase()) || (word.charCodeAt(2) === 0x2d && /^(?:al|el)-\p{Lu}/u.test(word)),
      sentenceStart: !afterWordAndSpace && /(?:^|[.!?:;•·|/»"“”„«(\[\]—–]\s*|\n)\s*$/u.test(text.slice(Math.max(0, start - 3), start))
        && !/(?:^|[^\p{L}.])(?:\p{Lu}\.){2,}[ \u00a0]+$/u.test(text.slice(Math.max(0, start - 8), start))
        && !(previous && titles.has(previous.lower) && /^\.[ \u00a0]+$/u.test(text.slice(previous.end, start))),
    });
  }
  return out;
}

test('nameEvidence reads the tokens the pattern and the old tests read (joiners, capitals of any script, sentence starts after any letter)', () => {
  const paragraphs = [
    ...TEXTS,
    'Der Präsident, Olaf Müller, sagte: Über Änderungen? Ja. Émile Zola, Ørsted und Łódź.',
    'Путин заявил, что Россия. Москва — столица; «Газпром» ответил. Ёж и Ялта.',
    'Ms. Okafor met U.S. officials in Calif., then Mr. O’Brien-Smith. al-Mansur and el-Tahir.',
    'Ǆemal ǅemal ǆemal İzmir ıi Σίσυφος ΣΊΣΥΦΟΣ 3Com x-Ray ’Tis \u0301Mark',
    'word , Next word\u00a0Next 中 Next ك Next 𝐀 Next\nNext\tNext',
  ];
  const evidence = nameEvidence(paragraphs, 'en');
  paragraphs.forEach((text, p) => assert.deepEqual(evidence.tokens![p], referenceTokens(text), text));
});

test('the unit tests before the name patterns answer as the patterns do', () => {
  const words = ['NASA', 'Nasa', 'U.S.', 'AT&T', 'iPhone', 'eBay', 'A', 'AB', 'ABCDEFG', 'ООН', 'Ооо', 'ÄÖÜ', 'Äb', 'XIV', 'Xiv', 'MDCLXVI', 'ǅemal', 'DŽ', 'A-B', 'a.B'];
  for (const w of words) assert.equal(isAcronym(w), w.length >= 2 && w.length <= 6 && /^\p{Lu}+$/u.test(w.replace(/[.&-]/g, '')), w);
  for (const w of ["trump's", 'trump’s', 'trumps', "'s", 's', "march's", "x's's", 'as', "’s"]) assert.equal(withoutPossessiveS(w), w.replace(/['’]s$/u, ''), w);
  for (let unit = 0; unit < 0x10000; unit++) {
    const ch = String.fromCharCode(unit);
    assert.equal(isNumberUnit(unit), /\p{N}/u.test(ch), `U+${unit.toString(16)}`);
    assert.equal(isRomanNumeralLetter(unit), /[MDCLXVI]/u.test(ch), `U+${unit.toString(16)}`);
  }
  const text = 'a b\u00a0c\td  e,f\u202fg';
  for (let end = 0; end <= text.length; end++) {
    for (let start = 0; start <= text.length; start++) assert.equal(onlySpaceBetween(text, { end }, { start }), /^[ \u00a0]+$/.test(text.slice(end, start)), `${end}..${start}`);
  }
});

/** hasFreeCapital's test of one unit before its table: a letter with a lowercase form, or of category Lu or Lt. */
const referenceCapital = (ch: string) => (ch.charCodeAt(0) < 0x80 ? /[A-Z]/.test(ch) : ch !== ch.toLowerCase() || /[\p{Lu}\p{Lt}]/u.test(ch));

test('hasFreeCapital finds a capital outside the spans as the per-character test found one', () => {
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    const ch = String.fromCharCode(unit);
    assert.equal(hasFreeCapital(`x${ch}`, []), referenceCapital(ch), `U+${unit.toString(16)}`);
    assert.equal(hasFreeCapital(`x${ch}`, [{ start: 1, end: 2 }]), false);
  }
  assert.equal(hasFreeCapital('abc 𝐀 def', []), true);
  assert.equal(hasFreeCapital('abc 𝐀 def', [{ start: 4, end: 6 }]), false);
});
