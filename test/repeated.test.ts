// Cross-document repetition: blocks on most pages of a folder are template text; a quote shared by two articles is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../src/types.ts';
import { RepeatedBlockCounter, countRepeatedBlocks, dropRepeatedParagraphs, normaliseBlock } from '../src/text/repeated.ts';

const DISCLAIMER_DE = 'Alle Beiträge stammen von registrierten Lesern; die Rechte liegen bei den jeweiligen Autoren. Stand: 12.04.2023';
const PITCH_ZH = '关注我们的公众号，第一时间获取人工智能行业最新资讯。';
const QUOTE = '"The expensive part is no longer teaching a model to chat," said Elena Marsh.';
const pages = (folder: string) => [
  { folder, blocks: ['GPT-3 training cost estimates vary widely between analysts.', DISCLAIMER_DE, PITCH_ZH, QUOTE] },
  { folder, blocks: ['Mistral AI has 35 employees according to the company.', DISCLAIMER_DE.replace('12.04.2023', '30.03.2023'), PITCH_ZH, QUOTE] },
  { folder, blocks: ['OpenAI spent about 540 million dollars in 2022.', DISCLAIMER_DE, PITCH_ZH, PITCH_ZH] },
  { folder, blocks: ['LLaMA weights leaked within a week of the release.', DISCLAIMER_DE.replace('12.04.2023', '01.05.2023')] },
  { folder, blocks: ['Alpaca was fine-tuned for less than 600 dollars.', DISCLAIMER_DE] },
];

test('normalisation folds case, digits, punctuation and width', () => {
  assert.equal(normaliseBlock('Stand: 12.04.2023 — ALLE Rechte'), normaliseBlock('stand 30.03.2023 alle rechte'));
  assert.equal(normaliseBlock('ＡＢＣ　１２３！'), 'abc 0');
});

test('blocks on most pages of a folder are repeated; per-page and per-folder counts; quotes on two pages are not', () => {
  const counter = countRepeatedBlocks([...pages('corpus/a'), { folder: 'corpus/b', blocks: [DISCLAIMER_DE, QUOTE] }]);
  assert.equal(counter.pagesIn('corpus/a'), 5);
  assert.equal(counter.count('corpus/a', DISCLAIMER_DE), 5, 'dates inside do not split the count');
  assert.equal(counter.count('corpus/a', PITCH_ZH), 3, 'twice on one page counts once');
  assert.ok(counter.isRepeated('corpus/a', DISCLAIMER_DE));
  assert.ok(counter.isRepeated('corpus/a', PITCH_ZH), '3 of 5 pages');
  assert.ok(!counter.isRepeated('corpus/a', QUOTE), 'a quote on 2 pages is content');
  assert.ok(!counter.isRepeated('corpus/a', 'GPT-3 training cost estimates vary widely between analysts.'));
  assert.ok(!counter.isRepeated('corpus/b', DISCLAIMER_DE), 'counts are per folder');
});

test('the counter survives a JSON round trip, and repeated paragraphs move to removed with their reason', () => {
  const counter = RepeatedBlockCounter.fromJSON(JSON.parse(JSON.stringify(countRepeatedBlocks(pages('f')))));
  assert.ok(counter.isRepeated('f', DISCLAIMER_DE));
  const doc: CleanDocument = {
    title: 't', author: null, published: null, siteName: null, langHint: null, method: 'text',
    paragraphs: [{ text: 'OpenAI spent about 540 million dollars in 2022.', kind: 'p' }, { text: DISCLAIMER_DE, kind: 'p' }],
    removed: [{ text: 'ads', reason: 'ad' }],
  };
  const out = dropRepeatedParagraphs(doc, 'f', counter);
  assert.deepEqual(out.paragraphs.map((p) => p.text), ['OpenAI spent about 540 million dollars in 2022.']);
  assert.deepEqual(out.removed, [{ text: 'ads', reason: 'ad' }, { text: DISCLAIMER_DE, reason: 'repeated' }]);
  assert.equal(dropRepeatedParagraphs(doc, 'other', counter), doc);
});
