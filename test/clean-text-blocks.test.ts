// splitBlocks finds a page's blocks over its non-blank lines by indexOf (issue 15: an array of every line, blank ones
// too, was a million strings on a page of 333,000 one-character lines): the blocks are those of splitting the page at
// every line break and grouping the lines between blank ones, on pages written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../src/text/clean/plain/clean-text.ts';

/** The blocks by the plain definition, for pages that are not hard-wrapped and have no group of long lines. */
function referenceBlocks(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const groups: string[][] = [];
  let group: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() === '') { if (group.length) groups.push(group); group = []; }
    else group.push(line);
  }
  // A page of one group has one block per line.
  return groups.length === 1 ? groups[0].map((l) => [l]) : groups;
}

const PAGES = [
  '', '\n', '\n\n\n', '   \n\t\n', 'one', 'one\n', '\none', 'one\ntwo', 'one\n\ntwo', 'one\n \ntwo\n\n\nthree',
  'Kitchen\nkitchen\n\nKITCHEN\n\n kitchen \n\nkitchen\t', 'page 1\npage 2\n\npage 10\n\n\npage 1',
  'a\n\na\n\na\n\n', 'a\r\nb\r\n\r\nc\rd\r\re', '\uFEFFtitle\n\nbody line\nsecond line', 'x\n\u00a0\ny\n\u3000\nz',
  'The river rose in the night.\nThe town council met at dawn.\n\nMenu\nHome\nContact\n\n© 2024 A local paper',
];

test('the blocks are the groups of non-blank lines between blank ones, whatever the line breaks and blanks', () => {
  for (const text of PAGES) assert.deepEqual(splitBlocks(text), referenceBlocks(text), JSON.stringify(text));
});

test('a page of many one-line blocks keeps every line and no blank one', () => {
  const text = Array.from({ length: 5000 }, (_, i) => (i % 3 ? `line ${i}` : `Line ${i}  `)).join('\n\n');
  const blocks = splitBlocks(text);
  assert.equal(blocks.length, 5000);
  assert.deepEqual(blocks, referenceBlocks(text));
});
