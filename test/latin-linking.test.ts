// A romanised name meets the English spelling of the same name through a phonetic linking key. Our own examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishSpellingOf, linkingKey } from '../src/text/claims/latin-linking.ts';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';

test('the linking key: one for the same name as romanised and as English spells it, another for other names', () => {
  // [romanised, English, same key]
  const cases: Array<[string, string, boolean]> = [
    ['Karter', 'Carter', true],
    ['Vinchester', 'Winchester', true],
    ['Kventin', 'Quentin', true],
    ['Khamilton', 'Hamilton', true],
    ['Olimpia', 'Olympia', true],
    ['Tomas', 'Thomas', true],
    ['Devonshir', 'Devonshire', true],
    // Vowels keep their class, a glide after a vowel is no consonant, a final vowel counts.
    ['Banka', 'Bianca', false],
    ['Savel', 'Sowell', false],
    ['Severny', 'Severn', false],
  ];
  for (const [romanised, english, same] of cases) assert.equal(linkingKey(romanised) === linkingKey(english), same, `${romanised} / ${english}`);
});

test('a romanised name takes the English spelling one English name of its key has, spelt close to it', () => {
  const names = new Set(['carter', 'winchester', 'zorro', 'lenin', 'marin', 'maren']);
  assert.equal(englishSpellingOf('Donald Karter', names), 'Donald Carter');
  assert.equal(englishSpellingOf('Vinchester', names), 'Winchester');
  assert.equal(englishSpellingOf('Lenin', names), 'Lenin', 'an English name itself');
  assert.equal(englishSpellingOf('Saraya', names), 'Saraya', 'the same key, spelt far apart: another name');
  assert.equal(englishSpellingOf('Maryn', names), 'Maryn', 'two English names of the key equally near');
  assert.equal(englishSpellingOf('Karter', undefined), 'Karter', 'no list, no change');
});

test('names sharing a key are told apart by their spelling: the nearest in letters, when one is', () => {
  // [romanised, names of its key, English spelling]
  const cases: Array<[string, string[], string]> = [
    ['Karter', ['carter', 'cartier'], 'Carter'],
    ['Vinchester', ['winchester', 'vinchestor'], 'Winchester'],
    ['Tompson', ['thompson', 'tomsen'], 'Thompson'],
    ['Palmer', ['palmer', 'pulmar'], 'Palmer'],
    ['Maryn', ['marin', 'maren'], 'Maryn'], // a tie: neither
  ];
  for (const [romanised, list, english] of cases) assert.equal(englishSpellingOf(romanised, new Set(list)), english, romanised);
});

test('a Russian name that English spells like a common word (Carter, Parker) takes that spelling', () => {
  const canon = (text: string) => findEntities([text], 'ru', loadAliasTable([])).filter((m) => m.type === 'person').map((m) => m.canonical);
  assert.deepEqual(canon('Вчера Картер выступил в Бостоне.'), ['Carter']);
  assert.deepEqual(canon('Вчера Паркер выступил в Бостоне.'), ['Parker']);
  assert.deepEqual(canon('Вчера Томпсон выступил в Бостоне.'), ['Thompson']);
});

test('a Russian name is canonically the English spelling of the same name', () => {
  const found = findEntities(['Вчера Билл Нельсон выступил в Бостоне.'], 'ru', loadAliasTable([])).map((m) => m.canonical);
  assert.ok(found.includes('Bill Nelson') && found.includes('Boston'), found.join(', '));
});
