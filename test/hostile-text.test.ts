// The text functions on long and pathological input: ICU segmentation in windows gives the same segments as one call
// over the whole text wherever the text has ordinary breaks, and the sentence repairs give the same sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEGMENT_WINDOW_CHARS, segmentInWindows } from '../src/text/language/segments.ts';
import { segmenter, words } from '../src/text/language/words.ts';
import { splitSentences } from '../src/text/language/sentences.ts';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';
import { cleanPlainText } from '../src/text/clean/plain/clean-text.ts';

/** Our own sentences, varied so that every window cut lands in a different place within a sentence. */
const EN = ['Dr. Lee said the U.S. plant makes 3.5 million parts a year.', 'Output rose by 12% in March!', 'Why did it fall?',
  'The firm, based in St. Louis, hired 40 people.', '“We are pleased,” she said.', 'Costs were about $1,200 per unit (before tax).'];
const ZH = ['工厂去年生产了三百五十万个零件。', '产量在三月增长了百分之十二！', '为什么会下降？', '该公司在上海雇用了四十人，', '「我们很满意」她说。'];
const JA = ['工場は昨年三百五十万個の部品を生産した。', '生産量は三月に十二パーセント増えた！', 'なぜ下がったのか？'];

function longText(sentences: string[], joiner: string, chars: number): string {
  const out: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const s = sentences[(i * 7) % sentences.length]!;
    out.push(i % 11 === 10 ? `${s}\n` : s);
    n += s.length + joiner.length;
  }
  return out.join(joiner);
}

const whole = (seg: Intl.Segmenter, text: string) => [...seg.segment(text)].map((s) => ({ segment: s.segment, index: s.index, isWordLike: s.isWordLike }));
const windowed = (seg: Intl.Segmenter, text: string, cut: (t: string, at: number) => boolean) => [...segmentInWindows(seg, text, cut)];

test('segmentInWindows: a text longer than a window gives the same segments as one call when every place may be cut', () => {
  const text = longText(EN, ' ', SEGMENT_WINDOW_CHARS * 3);
  const seg = segmenter('en', 'sentence');
  const sentenceEnds = new Set(whole(seg, text).map((s) => s.index));
  // Cutting exactly where ICU breaks anyway is what the callers' rules aim at: the result must be identical.
  assert.deepEqual(windowed(seg, text, (_, at) => sentenceEnds.has(at)), whole(seg, text));
});

test('words() of long Chinese and Japanese text: the same words as one ICU call', () => {
  for (const [lang, sentences] of [['zh', ZH], ['ja', JA]] as const) {
    const text = longText(sentences, '', SEGMENT_WINDOW_CHARS * 4);
    const expected = whole(segmenter(lang), text).filter((s) => s.isWordLike).map((s) => s.segment.toLowerCase());
    assert.deepEqual(words(text, lang), expected, lang);
  }
});

test('splitSentences of a long paragraph: the same sentences as on its parts, each sentence whole', () => {
  for (const [lang, sentences, joiner] of [['en', EN, ' '], ['zh', ZH, ''], ['ja', JA, '']] as const) {
    const text = longText(sentences, joiner, SEGMENT_WINDOW_CHARS * 4);
    const got = splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
    // Split the same text in short pieces at its line breaks (each under a window, so segmented whole) and compare.
    const expected: string[] = [];
    for (const line of text.split('\n')) for (const s of splitSentences(line, lang)) expected.push(line.slice(s.start, s.end));
    assert.deepEqual(got, expected, lang);
  }
});

test('pathological runs without any break still come out whole, in order, and cover the text', () => {
  for (const text of ['!?.…'.repeat(3000), '一二三四五六七八九十百千万亿'.repeat(1000), 'aд中ك '.repeat(2000), '😀'.repeat(5000)]) {
    const segments = windowed(segmenter('und'), text, () => false);
    assert.equal(segments.map((s) => s.segment).join(''), text);
    segments.forEach((s, i) => i && assert.equal(s.index, segments[i - 1]!.index + segments[i - 1]!.segment.length));
    const sentences = splitSentences(text, 'und');
    assert.ok(sentences.every((s, i) => s.start < s.end && (i === 0 || s.start >= sentences[i - 1]!.end)));
  }
});

test('one 15 MB line without spaces (issue 15): the plain-text cleaner and the entity rules end without overflowing a stack', () => {
  const line = 'abcdefghij'.repeat(1_500_000);
  const doc = cleanPlainText(line);
  assert.equal(doc.paragraphs.map((p) => p.text).join('') + doc.removed.map((r) => r.text).join(''), line, 'the line is kept or removed whole');
  // Threw "Maximum call stack size exceeded" (a regular expression over the whole word) before.
  assert.deepEqual(findEntities([line], 'en', loadAliasTable([])), []);
});
