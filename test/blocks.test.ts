// The jusText-style block classifier on short multilingual pages: each case is a page cut into blocks (text, link
// density, heading) with the class a reader would give each block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UNSPACED_CHAR_WEIGHT, classifyBlocks, effectiveLength, stoplistLanguage, type Block } from '../src/text/clean/blocks.ts';

type Row = [text: string, linkDensity: number, expected: 'good' | 'bad', heading?: boolean];
interface Case { name: string; lang: string; rows: Row[] }

const EN_1 = 'The city council approved the new budget on Tuesday evening after a debate that lasted for most of the afternoon, and the mayor said that the vote was a relief for everyone who had worked on it.';
const EN_2 = 'Most of the additional money will go to the schools and to the repair of the roads that were damaged during the long winter, while the rest is kept in reserve for the next year.';
const DE_1 = 'Der Stadtrat hat am Dienstagabend nach einer langen Debatte den neuen Haushalt beschlossen, und die Bürgermeisterin sagte, dass die Abstimmung für alle eine Erleichterung sei, die daran gearbeitet hätten.';
const DE_2 = 'Der größte Teil des zusätzlichen Geldes soll in die Schulen und in die Sanierung der Straßen fließen, die in dem langen Winter beschädigt worden sind, der Rest bleibt als Reserve für das nächste Jahr.';
const ZH_1 = '市议会周二晚上在经过一下午的激烈辩论之后通过了新的年度预算，市长表示这次投票对所有参与工作的人来说都是一种解脱。';
const ZH_2 = '新增的资金大部分将用于学校建设和修复在漫长冬季中受损的道路，其余部分则作为明年的储备资金保留下来。';
const JA_1 = '市議会は火曜日の夜、午後いっぱい続いた議論の末に新しい予算案を可決し、市長はこの採決が関係者全員にとって安堵となったと述べた。';
const JA_2 = '追加された予算の大部分は学校の整備と、長い冬の間に傷んだ道路の補修に充てられ、残りは来年に備えて積み立てられる。';

const CASES: Case[] = [
  {
    name: 'en: menu and footer around an article; a short line between paragraphs and a heading above them are kept',
    lang: 'en',
    rows: [
      ['Home', 1, 'bad'], ['Politics', 1, 'bad'], ['Sport', 1, 'bad'],
      ['Budget approved after a long debate', 0, 'good', true],
      [EN_1, 0, 'good'],
      ['The vote was 31 to 12.', 0, 'good'],
      [EN_2, 0.05, 'good'],
      ['Tags: Politics Economy Budget Council Schools Roads Taxes Elections Transport Housing Health', 0, 'bad'],
      ['Share on Facebook Share on Twitter Email this article', 0.9, 'bad'],
      ['© 2024 City News Ltd. All rights reserved.', 0, 'bad'],
    ],
  },
  {
    name: 'de: a link-heavy teaser is boilerplate however long; short lines after the article are not',
    lang: 'de',
    rows: [
      ['Startseite', 1, 'bad'],
      [DE_1, 0, 'good'],
      [DE_2, 0, 'good'],
      ['Mehr zum Thema: Stadtrat wählt neuen Vorsitzenden, Haushaltsstreit geht in die nächste Runde, Schulen bekommen neue Dächer', 0.85, 'bad'],
      ['Kommentare (3)', 0, 'bad'],
      ['Impressum Datenschutz Kontakt', 1, 'bad'],
    ],
  },
  {
    name: 'de declared as en (theme default): the stoplist follows the text, so prose is still prose',
    lang: 'en',
    rows: [['Startseite', 1, 'bad'], [DE_1, 0, 'good'], [DE_2, 0, 'good'], ['Impressum', 1, 'bad']],
  },
  {
    name: 'zh: Han characters count for more than Latin letters; a short line between paragraphs is kept, a copyright line is not',
    lang: 'zh',
    rows: [
      ['首页', 1, 'bad'], ['新闻', 1, 'bad'],
      [ZH_1, 0, 'good'],
      ['投票结果为31比12。', 0, 'good'],
      [ZH_2, 0, 'good'],
      ['相关新闻：市长出席学校开学典礼 城市道路维修计划公布', 0.9, 'bad'],
      ['版权所有 © 2024 城市新闻网', 0, 'bad'],
    ],
  },
  {
    name: 'ja: segmented words, kana and kanji lengths; navigation and footer dropped',
    lang: 'ja',
    rows: [
      ['ホーム', 1, 'bad'], ['ニュース', 1, 'bad'],
      [JA_1, 0, 'good'],
      ['採決は31対12だった。', 0, 'good'],
      [JA_2, 0, 'good'],
      ['Copyright (C) 2024 シティニュース', 0, 'bad'],
    ],
  },
  {
    name: 'a language without a stoplist: length and links decide',
    lang: 'xx',
    rows: [['Home', 1, 'bad'], [EN_1, 0, 'good'], [EN_2, 0, 'good'], ['Contact', 1, 'bad']],
  },
];

for (const c of CASES) {
  test(`classifyBlocks — ${c.name}`, () => {
    const blocks: Block[] = c.rows.map(([text, linkDensity, , heading]) => ({ text, linkDensity, heading }));
    const got = classifyBlocks(blocks, c.lang);
    assert.equal(got.length, blocks.length);
    c.rows.forEach(([text, , expected], i) => assert.equal(got[i], expected, `"${text.slice(0, 40)}"`));
  });
}

test('classifyBlocks: every block gets a class, an empty page none', () => {
  assert.deepEqual(classifyBlocks([], 'en'), []);
  assert.deepEqual(classifyBlocks([{ text: 'Home', linkDensity: 1 }], 'en'), ['bad']);
});

test('classifyBlocks: short blocks take the class of the nearest clear blocks however many short ones lie between', () => {
  const shorts = (n: number): Block[] => Array.from({ length: n }, (_, i) => ({ text: `Line ${i}.`, linkDensity: 0 }));
  const good: Block = { text: EN_1, linkDensity: 0 };
  const menu: Block = { text: 'Home', linkDensity: 1 };
  // Between two good paragraphs: kept; between navigation: dropped; a page of short lines only: nothing vouches for them.
  assert.deepEqual(classifyBlocks([good, ...shorts(5000), good], 'en'), Array(5002).fill('good'));
  assert.deepEqual(classifyBlocks([menu, ...shorts(5000), menu], 'en'), Array(5002).fill('bad'));
  assert.deepEqual(classifyBlocks(shorts(20000), 'en'), Array(20000).fill('bad'));
});

test('classifyBlocks: a short heading is kept when good text follows within 200 characters of short blocks, not further', () => {
  const heading: Block = { text: 'Budget approved', linkDensity: 0, heading: true };
  const good: Block = { text: EN_1, linkDensity: 0 };
  const menu: Block = { text: 'Home', linkDensity: 1 };
  const filler = (chars: number): Block[] => Array.from({ length: chars / 20 }, () => ({ text: 'Photo: a street view', linkDensity: 0 }));
  const near = classifyBlocks([menu, heading, ...filler(100), good], 'en');
  const far = classifyBlocks([menu, heading, ...filler(400), good], 'en');
  assert.equal(near[1], 'good');
  assert.equal(far[1], 'bad');
});

test('effectiveLength: unspaced scripts weigh more per character, Latin counts as written', () => {
  assert.equal(effectiveLength('budget'), 6);
  assert.ok(effectiveLength('市议会通过预算') > 3 * 'budget'.length);
  assert.ok(effectiveLength('予算を可決した') > effectiveLength('budget'));
  assert.equal(effectiveLength('AI预算'), 2 + 2 * UNSPACED_CHAR_WEIGHT);
});

test('stoplistLanguage: the declared language when it fits, the text language when it does not', () => {
  assert.equal(stoplistLanguage([EN_1, EN_2], 'en'), 'en');
  assert.equal(stoplistLanguage([DE_1, DE_2], 'en'), 'de');
  assert.equal(stoplistLanguage([DE_1, DE_2], 'de'), 'de');
  assert.equal(stoplistLanguage([ZH_1, ZH_2], 'zh'), 'zh');
});
