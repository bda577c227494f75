// The text cleaner's line budget (issue 15: a page of 166,000 short lines took 3 s in the classifier's passes): the
// lines after MAX_CLASSIFIED_LINES go through cleanTail, and a page within the budget is cleaned as before. Examples
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_CLASSIFIED_LINE_CHARS, MAX_CLASSIFIED_LINES, MIN_PROSE_LENGTH, cleanPlainText, cleanTail, lineUnits, ruledLines, tailBlocks,
  type TailBlocks,
} from '../src/text/clean/plain/clean-text.ts';

const PROSE = 'The lighthouse keeper logged every passing ferry in a green notebook, and the harbour office copied his notes each spring.';
const PROSE_2 = 'Volunteers repainted the old pier railings over three weekends, using paint donated by a shop on the market square.';
/** Blocks as cleanTail reads them. */
const asTail = (blocks: string[][]): TailBlocks => {
  const tail: TailBlocks = { lines: [], ends: [] };
  for (const block of blocks) { tail.lines.push(...block); tail.ends.push(tail.lines.length); }
  return tail;
};
const CJK_PROSE = '山村的图书馆每个周末开放，志愿者把捐来的旧书按颜色排在木架上，孩子们在午后排队借阅。';

test('a page within the budget has no tail, and its blocks are those of an unlimited budget', () => {
  const page = ['Ferry timetable', PROSE, 'Menu · Contact', PROSE_2].join('\n\n');
  const limited = ruledLines(page, 4);
  const unlimited = ruledLines(page, Infinity);
  assert.deepEqual(tailBlocks(limited.tail), []);
  assert.deepEqual(limited.chunks, unlimited.chunks);
  assert.equal(limited.title, unlimited.title);
});

test('the lines after the budget go to the tail, a block that straddles it cut there', () => {
  const page = ['one', 'two', 'three\nfour\nfive', 'six'].join('\n\n');
  const lines = (r: ReturnType<typeof ruledLines>) => r.chunks.flat().map((l) => l.text);
  assert.deepEqual(lines(ruledLines(page, 6)), ['one', 'two', 'three', 'four', 'five', 'six']);
  assert.deepEqual(tailBlocks(ruledLines(page, 6).tail), []);
  assert.deepEqual(tailBlocks(ruledLines(page, 5).tail), [['six']]);
  const cut = ruledLines(page, 3);
  assert.deepEqual(lines(cut), ['one', 'two', 'three']);
  assert.deepEqual(tailBlocks(cut.tail), [['four', 'five'], ['six']]);
  assert.deepEqual(ruledLines(page, 0).chunks, []);
  assert.deepEqual(tailBlocks(ruledLines(page, 0).tail), [['one'], ['two'], ['three', 'four', 'five'], ['six']]);
  // A page without blank lines (one line per block) is cut the same way.
  assert.deepEqual(tailBlocks(ruledLines('a\nb\nc', 1).tail), [['b'], ['c']]);
});

test('cleanTail keeps long sentences and removes everything else as boilerplate', () => {
  const table: Array<{ blocks: string[][]; paragraphs: string[]; removed: string[] }> = [
    { blocks: [], paragraphs: [], removed: [] },
    { blocks: [[PROSE]], paragraphs: [PROSE], removed: [] },
    // Lines that differ only in case, white space or digits are each judged alone: short ones go, as one removal.
    { blocks: [['Menu'], ['MENU'], ['  menu  '], ['menu 1'], ['menu 2']], paragraphs: [], removed: ['Menu\nMENU\nmenu\nmenu 1\nmenu 2'] },
    // Blank lines inside a block are skipped; a removal ends at a kept block.
    { blocks: [['Top', '   ', ''], [PROSE], ['Bottom']], paragraphs: [PROSE], removed: ['Top', 'Bottom'] },
    // A block's kept lines are one paragraph; a short line among them is removed.
    { blocks: [[PROSE, 'Read more', PROSE_2]], paragraphs: [`${PROSE} ${PROSE_2}`], removed: ['Read more'] },
    // Long but not ending like a sentence (a run of tags), or ended but short: removed.
    { blocks: [[PROSE.slice(0, -1) + ' harbour ferry pier notebook']], paragraphs: [], removed: [PROSE.slice(0, -1) + ' harbour ferry pier notebook'] },
    { blocks: [['It rained.']], paragraphs: [], removed: ['It rained.'] },
    // Unspaced scripts weigh more: a CJK sentence of a third of MIN_PROSE_LENGTH characters is long enough.
    { blocks: [[CJK_PROSE]], paragraphs: [CJK_PROSE], removed: [] },
    // Markdown link marks are read off a kept line; a line rule still removes a long sentence (a copyright footer).
    { blocks: [[`The [ferry company](https://example.org/ferries) ${PROSE.slice(4)}`]], paragraphs: [`The ferry company ${PROSE.slice(4)}`], removed: [] },
    { blocks: [['© 2031 Harbour Gazette. All rights reserved. No part of this site may be copied without the written consent of its editors.']], paragraphs: [], removed: ['© 2031 Harbour Gazette. All rights reserved. No part of this site may be copied without the written consent of its editors.'] },
  ];
  for (const { blocks, paragraphs, removed } of table) {
    const out = cleanTail(asTail(blocks));
    assert.deepEqual(out.paragraphs.map((p) => p.text), paragraphs, JSON.stringify(blocks).slice(0, 80));
    assert.ok(out.paragraphs.every((p) => p.kind === 'p'));
    assert.deepEqual(out.removed.map((r) => r.text), removed, JSON.stringify(blocks).slice(0, 80));
    assert.ok(out.removed.every((r) => r.reason === 'boilerplate'));
  }
  assert.ok(CJK_PROSE.length * 3 >= MIN_PROSE_LENGTH && CJK_PROSE.length < MIN_PROSE_LENGTH);
});

test('a one-line page is cleaned whole by the classifier, and by cleanTail only past the budget', () => {
  assert.deepEqual(ruledLines(PROSE).tail, { lines: [], ends: [] });
  assert.deepEqual(cleanTail(asTail([[PROSE]])).paragraphs, [{ text: PROSE, kind: 'p' }]);
});

test('a page just over the budget: the first MAX_CLASSIFIED_LINES lines are cleaned as the page of those lines alone', () => {
  // Distinct short lines (a ledger of codes) and a long sentence at the end, one line per block.
  const lines = Array.from({ length: MAX_CLASSIFIED_LINES }, (_, i) => `lot ${i.toString(36)}`);
  const under = cleanPlainText(lines.join('\n\n'));
  const over = cleanPlainText([...lines, 'code zz', PROSE].join('\n\n'));
  assert.deepEqual(over.paragraphs.slice(0, under.paragraphs.length), under.paragraphs);
  assert.deepEqual(over.paragraphs.slice(under.paragraphs.length), [{ text: PROSE, kind: 'p' }]);
  assert.deepEqual(over.removed.slice(0, under.removed.length), under.removed);
  assert.deepEqual(over.removed.slice(under.removed.length), [{ text: 'code zz', reason: 'boilerplate' }]);
  assert.equal(over.title, under.title);
});

test('a line longer than MAX_CLASSIFIED_LINE_CHARS is left out of the classifier and kept; one of that length is classified', () => {
  // Words of mixed scripts without a sentence end, as a scraper that writes a whole page on one line might save it.
  const line = (n: number) => 'kettle чайник 水壶 '.repeat(Math.ceil(n / 17)).slice(0, n).trim().padEnd(n, 'x');
  const at = line(MAX_CLASSIFIED_LINE_CHARS), over = line(MAX_CLASSIFIED_LINE_CHARS + 1);
  for (const [text, classified] of [[at, true], [over, false]] as const) {
    const page = ['Kettle notes', text, 'Back to top'].join('\n\n');
    const { chunks, lang } = ruledLines(page);
    const { units, lines } = lineUnits(chunks, lang);
    assert.equal(units.some((u) => u.text === text), classified);
    assert.equal(lines.length, classified ? 3 : 2);
    assert.equal(units.length, lines.length);
    // Alone on its page, it is kept whole either way.
    assert.deepEqual(cleanPlainText(text).paragraphs.map((p) => p.text), [text]);
  }
  const doc = cleanPlainText(['Kettle notes', over, 'Back to top'].join('\n\n'));
  assert.ok(doc.paragraphs.some((p) => p.text === over));
});
