// The Chinese names' joining passes are left out on a text that holds none of the characters they join (joinedWords'
// skip): the words come out as when every pass runs. Our own sentences, each with the characters of one or more passes,
// and generated strings over those characters and others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chineseNames, joinedWords, tagInWindows } from '../src/text/claims/chinese-names.ts';
import { toSimplified } from '../src/text/language/chinese-script.ts';

const OWN_TEXTS = [
  '王伟说他明天去上海。', '陈校长在会上讲话。', '奥拉夫一世和路易十四世都是国王。', '唐纳德·特朗普抵达机场。', '穆勒-韦伯夫妇获奖。',
  '玛蒂娜（Martina）来自北方。', '他住在桂林路附近，常去罗斯顿球场。', '加拿大海洋渔业协会发布报告。', '英国外交部表示反对。',
  '伊万诺维奇前往赫尔松州。', '今天天气很好。', '一二三四五六七八九十', 'aд中ك aд中ك aд中ك', '数据显示增长了五成。', '中中中中',
  '蓝鲸餐饮集团宣布新计划。', '浙江省高等法院判决。', '伏尔加河边的小镇', '他說：「這是真的。」', '莫娜就走了。',
];
/** Generated strings over the passes' characters, other Han characters, Latin letters, marks and spaces (a fixed seed). */
function generated(count: number): string[] {
  const pieces = ['王', '陈', '李', '世', '一', '十', '·', '-', '（', '）', '(', 'G', 'Anna', '路', '站', '球场', '协会', '集团', '部', '阿', '德', '克', '斯',
    '的', '在', '说', '中', '国', '天', '好', '。', '，', ' ', '1', 'x', '校长'];
  let seed = 5;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: 2 + Math.floor(next() * 16) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}

test('joinedWords without the passes a text holds no characters for gives the words every pass gives', () => {
  for (const text of [...OWN_TEXTS, ...generated(600)]) {
    const simplified = toSimplified(text);
    const tagged = tagInWindows(simplified, true);
    assert.deepEqual(joinedWords(simplified, tagged), joinedWords(simplified, tagged, false), text);
  }
});

test('chineseNames still finds the names each pass joins', () => {
  const names = (text: string) => chineseNames(text, []).map((s) => text.slice(s.start, s.end));
  assert.ok(names('唐纳德·特朗普抵达机场。').includes('唐纳德·特朗普'));
  assert.ok(names('奥拉夫一世是国王。').includes('奥拉夫一世'));
  assert.ok(names('陈校长在会上讲话。').includes('陈校长'));
  assert.deepEqual(names('aд中ك aд中ك aд中ك'), []);
});

test('a long text whose windows repeat is tagged once per distinct window: the same words and tags as one call', () => {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { tag(t: string, hmm: boolean): unknown } } };
  const whole = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  // One short run repeated (every window alike), two runs of different lengths (windows alike after the first), and a
  // repeated run with one change in the middle (one window differs).
  const periodic = 'aд中ك '.repeat(40_000);
  const texts = [periodic, '腾讯在深圳发布新游戏 王伟说 '.repeat(12_000), `${periodic.slice(0, 100_000)}张伟在北京大学工作。${periodic.slice(100_000)}`];
  for (const text of texts) for (const hmm of [true, false]) assert.deepEqual(tagInWindows(text, hmm), whole.tag(text, hmm));
});
