// pageFeatureRows stores a line's own text features once per distinct row of values, in an array grown as rows come
// (issue 15): whatever the page, a line's own features are those the same line gets alone on a page of one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINE_FEATURES, lineFeatures, type LineUnit } from '../src/text/clean/plain/line-features.ts';

const OWN = LINE_FEATURES.indexOf('repeated-on-page');
const unit = (text: string, group: number, extra: Partial<LineUnit> = {}): LineUnit =>
  ({ text, linkShare: 0, heading: false, listItem: false, ruled: false, group, groupSize: 1, ...extra });

/** Lines of our own: many distinct rows (lengths, digits, marks), repeats, and lines equal but for case, spaces or digits. */
function page(): LineUnit[] {
  const texts: string[] = [];
  for (let i = 0; i < 700; i++) {
    texts.push(`The harbour crane ${i} lifted ${'heavy '.repeat(i % 40)}containers onto the ship.`);
    if (i % 7 === 0) texts.push(`item ${i}`, `Item ${i}`, `item  ${i}`, `item ${i + 1}`, 'Reply', `${i}.${i}.${i}`);
    if (i % 50 === 0) texts.push(`Call 555-01${i % 100} or write to desk${i}@example.org | News › Port`);
  }
  return texts.map((t, i) => unit(t, i, i % 11 === 0 ? { linkShare: 0.5 } : i % 13 === 0 ? { heading: true } : {}));
}

test('each line\'s own features equal those of the line alone on a page', () => {
  const units = page();
  const rows = lineFeatures(units, 'en');
  for (let i = 0; i < units.length; i++) {
    const alone = lineFeatures([{ ...units[i], group: 0 }], 'en')[0];
    assert.deepEqual(Array.from(rows[i].subarray(0, OWN)), Array.from(alone.subarray(0, OWN)), units[i].text);
  }
});

test('a page of one line, and lines that repeat, give rows of finite values', () => {
  for (const units of [[unit('a', 0)], [unit('', 0)], Array.from({ length: 300 }, (_, i) => unit(i % 2 ? 'x' : 'y', i))]) {
    for (const row of lineFeatures(units, 'en')) assert.ok(row.every(Number.isFinite));
  }
});
