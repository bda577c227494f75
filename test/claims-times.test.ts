// findTimes reads years written in four ASCII digits (`\d` is ASCII in every pattern): a sentence without four such
// digits in a row is answered before any pattern runs. Cases on both sides of that pre-check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from '../src/text/claims/times.ts';

const times = (text: string) => findTimes(text, 10).map((t) => [t.time, t.start, t.end]);

test('years and months in four ASCII digits are read, with the offset added', () => {
  assert.deepEqual(times('Revenue rose in 2023.'), [['2023', 26, 30]]);
  assert.deepEqual(times('Sales in March 2022 fell'), [['2022-03', 19, 29]]);
  assert.deepEqual(times('2023年5月营收增长'), [['2023-05', 10, 17]]);
  assert.deepEqual(times('Im Januar 1999 und 2001'), [['1999-01', 13, 24], ['2001', 29, 33]]);
  assert.deepEqual(times('12345'), []); // five digits are no year
  assert.deepEqual(times('1850'), [['1850', 10, 14]]);
});

test('no four ASCII digits in a row, no time: three digits, split digits, full-width and Arabic-Indic digits', () => {
  for (const text of ['', 'in 999', '20 23', '20,23', '１９９９年', '٢٠٢٣', '२०२३', 'May 2O23', '约五千万美元。', '3.2.1.0', '$1 $1 $1']) {
    assert.deepEqual(times(text), [], text);
  }
  // Four digits that the year pattern refuses are still refused (a share, a range part).
  assert.deepEqual(times('grew 2023%'), []);
  assert.deepEqual(times('items 2023-2'), []);
});
