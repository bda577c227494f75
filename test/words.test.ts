// Word statistics in any script: the fast path for spaced scripts must split exactly as ICU's word segmenter does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, words, wordStats } from '../src/text/language/words.ts';

const SPACED = [
  ['de', 'Die Firma hat im Jahr 2022 rund 27,6 Millionen US-Dollar ausgegeben, sagt\'s Müller.'],
  ['en', 'OpenAI\'s GPT-3.5 cost $4.6 million; don\'t panic — it\'s 3.5x (roughly 1,000 GPUs).'],
  ['ru', 'Модель содержит 65 млрд параметров, т. е. больше, чем у GPT-3.'],
  ['fr', 'L’entraînement de GPT-3 en 2020 aurait coûté 4,6 millions — « environ ».'],
  ['es', '¿Cuánto costó? Menos de 600 dólares, según la Universidad de Stanford.'],
  ['hi', 'भारत में कृत्रिम बुद्धिमत्ता का बाज़ार तेज़ी से बढ़ रहा है।'],
  ['ar', 'أنفقت الشركة 540 مليون دولار في عام 2022.'],
] as const;

test('spaced scripts: the same words as Intl.Segmenter, lowercased', () => {
  for (const [lang, text] of SPACED) {
    const icu = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLowerCase());
    assert.deepEqual(words(text, lang), icu, lang);
  }
});

test('unspaced scripts are segmented into words by ICU', () => {
  const zh = words('研究人员训练了一个大模型', 'zh');
  assert.ok(zh.includes('研究') && zh.includes('训练') && zh.includes('模型'), String(zh));
  assert.ok(words('オープンAIは2022年に費やした', 'ja').includes('オープン'));
});

test('stopword density and content words', () => {
  const de = wordStats('Die Firma hat im Jahr 2022 rund 540 Millionen ausgegeben', 'de');
  assert.equal(de.words, 10);
  assert.ok(de.stopwordDensity > 0.3 && de.stopwordDensity < 0.7, String(de.stopwordDensity));
  // Numbers and stopwords ('has', and 'billion', which stopwords-iso lists for English) carry no topic.
  assert.deepEqual(contentWords('The model has 540 billion parameters', 'en'), ['model', 'parameters']);
  assert.deepEqual(wordStats('', 'en'), { words: 0, stopwords: 0, stopwordDensity: 0 });
});
