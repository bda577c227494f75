// perDistinctText: a per-paragraph rule run once per distinct text gives what it gives run on every paragraph, with
// each result a copy of its own carrying its paragraph's index. Checked on the entity rules (findEntities without the
// open names, which the entities stage runs this way) over our own paragraphs with repeats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctIndex, perDistinctText } from '../src/text/distinct-texts.ts';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';

const aliases = loadAliasTable([]);
const PAGES: Array<[string, string[]]> = [
  ['en', ['Reply', 'OpenAI said Sam Altman will visit Berlin next week.', 'Reply', 'Share', 'Google and Microsoft met in Paris.', 'Reply', 'OpenAI said Sam Altman will visit Berlin next week.']],
  ['en', Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 'OpenAI spent a' : i % 3 === 1 ? 'a' : 'Acme Acme Acme'))],
  ['en', ['Every paragraph differs here.', 'Nvidia reported results in Santa Clara.', 'Nothing to see.']],
  ['de', ['Antworten', 'Siemens und die Deutsche Bahn einigten sich in München.', 'Antworten', 'Siemens und die Deutsche Bahn einigten sich in München.']],
  ['zh', ['回复', '腾讯在深圳发布了新游戏。', '回复', '腾讯在深圳发布了新游戏。', '分享']],
  ['en', []],
];

test('perDistinctText gives findEntities\' mentions of every paragraph, each with its own index and object', () => {
  for (const [lang, paragraphs] of PAGES) {
    const general = findEntities(paragraphs, lang, aliases, { openNames: false });
    const once = perDistinctText(paragraphs, (texts) => findEntities(texts, lang, aliases, { openNames: false }));
    assert.deepEqual(once, general, paragraphs.slice(0, 3).join(' | '));
    assert.equal(new Set(once).size, once.length, 'every mention is an object of its own');
  }
});

test('perDistinctText asks the rule about each distinct text once, in the order they first come', () => {
  const asked: string[][] = [];
  const out = perDistinctText(['b', 'a', 'b', 'b', 'c', 'a'], (texts) => {
    asked.push(texts);
    return texts.flatMap((text, paragraph) => (text === 'c' ? [] : [{ paragraph, text }, { paragraph, text: text.toUpperCase() }]));
  });
  assert.deepEqual(asked, [['b', 'a', 'c']]);
  assert.deepEqual(out.map((r) => `${r.paragraph}${r.text}`), ['0b', '0B', '1a', '1A', '2b', '2B', '3b', '3B', '5a', '5A']);
});

/** What distinctIndex replaces: a Map from each text to its number, in the order the texts first come. */
function distinctIndexByMap(texts: readonly string[]): number[] {
  const numbers = new Map<string, number>();
  return texts.map((t) => {
    if (!numbers.has(t)) numbers.set(t, numbers.size);
    return numbers.get(t)!;
  });
}

test('distinctIndex numbers the texts as a Map of them would, over repeats, empty texts, near-twins and surrogates', () => {
  const cases: string[][] = [
    [],
    [''],
    ['', '', 'a', ''],
    ['Reply', 'Share', 'Reply', 'reply', 'Reply ', ' Reply'],
    // Texts that differ in one unit, or only in order, or by a lone surrogate against a pair.
    ['ab', 'ba', 'abc', 'acb', 'ab', 'ba'],
    ['\ud83d\ude00', '\ud83d', '\ude00', '\ud83d\ude00', '\ude00\ud83d'],
    // Many distinct texts (the table grows past its first size) with every tenth a repeat of an earlier one.
    Array.from({ length: 5000 }, (_, i) => (i % 10 === 9 ? `line ${i - 7}` : `line ${i}`)),
    // One text many times.
    Array.from({ length: 3000 }, () => 'a'),
  ];
  for (const texts of cases) assert.deepEqual([...distinctIndex(texts)], distinctIndexByMap(texts), texts.slice(0, 4).join(' | '));
});
