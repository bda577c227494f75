// Open names (names.ts): organisations named `… International`, and Romance names that end like a word for a people. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';

const table = loadAliasTable([]);
const names = (lang: string, ...paragraphs: string[]) => findEntities(paragraphs, lang, table).map((m) => `${m.text}/${m.type}`);

test('English: `International` last makes an organisation of common words; first, or alone, it is an adjective', () => {
  assert.deepEqual(names('en', 'Rotary International raised money for 40 schools.'), ['Rotary International/org']);
  assert.deepEqual(names('en', 'The report by Oxfam International was cited.'), ['Oxfam International/org']);
  assert.deepEqual(names('en', 'International trade fell by 4 percent.'), []);
  assert.deepEqual(names('en', 'The report came out before the vote, said International.'), []);
});

test('Spanish, Portuguese, Italian: a word capitalised mid-sentence that ends like a word for a people is a name', () => {
  assert.deepEqual(names('it', 'Città come Torino e Bolzano consumano meno gas.'), ['Torino/person', 'Bolzano/person']);
  assert.deepEqual(names('es', 'La empresa de Luciano vendió 300 coches.'), ['Luciano/person']);
  assert.deepEqual(names('pt', 'Os turistas foram à Toscana em maio.').map((n) => n.split('/')[0]), ['Toscana']);
  // At a sentence's start the capital is the position's: still a word for a people.
  assert.deepEqual(names('it', 'Italiani e tedeschi votano domenica.'), []);
  assert.deepEqual(names('es', 'Mexicanos y peruanos votaron ayer.'), []);
});

test('English: `International` inside a run of common words makes no organisation of it', () => {
  assert.deepEqual(names('en', 'The International Trade Secretary spoke on Monday.'), []);
  assert.deepEqual(names('en', 'She spoke at the Annual International Meeting.'), []);
});
