// labelArticle sends at most SHORT_PARAGRAPHS_DETECTED paragraphs too short to be decided alone to the statistical
// detectors; those past it take the article's decision. Below the budget nothing changes; past it, the article, the
// decided paragraphs and the budgeted short ones are what they are without the extra short paragraphs. Our own texts.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { initLanguageDetection, labelArticle, SHORT_PARAGRAPHS_DETECTED } from '../src/text/language/detect.ts';

before(() => initLanguageDetection());

const LONG = [
  'The ferry to the island was cancelled twice because of the strong wind this week.',
  'Passengers waited in the harbour café until the captain announced a new departure time.',
];
/** Distinct short Latin texts (a code and a word: under 18 letters each), `count` of them from `from`. */
const shortTexts = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `lot ${(from + i).toString(36)}`);
/** The paragraph label a short paragraph past the budget gets: 'und', the article's confidence scaled by its shortness. */
function expectedDeferred(text: string, article: { lang: string; confidence: number }, candidates: readonly string[]) {
  const letters = text.replace(/[^a-z]/gi, '').length;
  const confidence = candidates.includes(article.lang) ? article.confidence : 0;
  return { lang: 'und', script: null, confidence: Math.min(confidence * Math.min(1, letters / 18), 0.4) };
}

test('a page with fewer short paragraphs than the budget is labelled as each paragraph is in a small page', () => {
  const extra = shortTexts(300);
  const page = [LONG[0]!, ...extra, LONG[1]!];
  const labelled = labelArticle(page, { htmlLang: null });
  // Each short paragraph in a page of its own beside the long ones: the same 'und' label with the same confidence.
  for (const [i, t] of extra.entries()) {
    assert.deepEqual(labelled.paragraphs[i + 1], labelArticle([LONG[0]!, t, LONG[1]!], { htmlLang: null }).paragraphs[1], t);
  }
});

test('past the budget, short paragraphs take the article\'s decision and the rest of the page is unchanged', () => {
  const budgeted = shortTexts(SHORT_PARAGRAPHS_DETECTED);
  const past = shortTexts(200, SHORT_PARAGRAPHS_DETECTED);
  // A short paragraph with a Nordic letter past the budget still goes to the detectors (its label may widen the candidates).
  const nordic = 'båt 12';
  const small = [LONG[0]!, ...budgeted, nordic, LONG[1]!];
  const big = [LONG[0]!, ...budgeted, ...past, nordic, LONG[1]!];
  const a = labelArticle(small, { htmlLang: null });
  const b = labelArticle(big, { htmlLang: null });
  assert.equal(b.article.lang, 'en');
  assert.deepEqual(b.article, a.article);
  assert.deepEqual(b.paragraphs.slice(0, budgeted.length + 1), a.paragraphs.slice(0, budgeted.length + 1));
  assert.deepEqual(b.paragraphs.at(-1), a.paragraphs.at(-1));
  for (const [i, t] of past.entries()) {
    assert.deepEqual(b.paragraphs[budgeted.length + 1 + i], expectedDeferred(t, b.article, ['en', 'de']), t);
  }
  assert.deepEqual(b.paragraphs.at(-2), a.paragraphs.at(-2));
  // Repeats of a deferred paragraph get the same label.
  const repeated = labelArticle([...big, past[3]!, past[3]!], { htmlLang: null });
  assert.deepEqual(repeated.paragraphs.at(-1), b.paragraphs[budgeted.length + 1 + 3]);
});

test('past the budget, a short paragraph whose script the article\'s language is not written in gets no confidence', () => {
  const chinese = ['渡轮因为大风本周两次取消了航班。', '乘客们在港口的咖啡馆里等待船长宣布新的出发时间。'];
  const page = [...chinese, ...shortTexts(SHORT_PARAGRAPHS_DETECTED + 10)];
  const { article, paragraphs } = labelArticle(page, { htmlLang: null });
  assert.equal(article.lang, 'zh');
  assert.deepEqual(paragraphs.at(-1), { lang: 'und', script: null, confidence: 0 });
  // Within the budget the detectors gave the short ones some confidence of their own.
  assert.ok(paragraphs[2]!.confidence > 0);
});
