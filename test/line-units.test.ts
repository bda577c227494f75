// lineUnits hands the page's Lines themselves to the classifier as its units (issue 15: an object per line less on a
// page of 333,000 lines): the units' fields are those of a unit made per line, on pages written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPlainText, lineUnits, ruledLines } from '../src/text/clean/plain/clean-text.ts';
import { isListItem } from '../src/text/clean/plain/line-rules.ts';
import { toSimplified } from '../src/text/language/chinese-script.ts';

const PAGES: Array<[string, string]> = [
  ['Home > News > Energy\n\nWind farms off the coast produced more power this winter than in any winter before, the grid operator said on Monday.\n\n- first point of the list\n- second point of the list\n\nShare on:\nFacebook · Twitter\n\n© 2024 Example', 'en'],
  ['a\n\na\n\na\n\nb\n\na', 'en'],
  ['aaa0\n\naaa1\n\naaa2\n\n1. eins\n2. zwei', 'de'],
  ['首頁 > 新聞\n\n這是一個關於風力發電的長句子，電網營運商週一表示今年冬天的發電量創下新高。\n\n- 第一點\n- 第二點', 'zh'],
  ['', 'en'],
];

test('each unit is the line it stands for, with the fields a unit made for it would have', () => {
  for (const [text, lang] of PAGES) {
    const { chunks } = ruledLines(text);
    const expected = chunks.flatMap((chunk, group) => chunk.map((l) => ({
      text: lang === 'zh' ? toSimplified(l.text) : l.text, linkShare: l.linkShare, heading: l.heading, listItem: isListItem(l.text), ruled: l.reason !== null, group, groupSize: chunk.length,
    })));
    const { units, lines } = lineUnits(chunks, lang);
    assert.deepEqual(units.map((u) => ({ text: u.text, linkShare: u.linkShare, heading: u.heading, listItem: u.listItem, ruled: u.ruled, group: u.group, groupSize: u.groupSize })), expected, text.slice(0, 30));
    assert.deepEqual(lines, chunks.flat());
  }
});

test('list items stay lists in the cleaned text', () => {
  const doc = cleanPlainText('Wind farms off the coast produced more power this winter than in any winter before, the grid operator said on Monday.\n\n- the first turbine row was finished in May\n- the second turbine row was finished in August\n\nThe operator expects the third row to be finished before the end of next year, weather permitting.');
  assert.ok(doc.paragraphs.some((p) => p.kind === 'list' && p.text.includes('second turbine')), JSON.stringify(doc.paragraphs));
});
