// The reporting-verb gate of heuristicSpans as one factored pattern (factoredWords): it answers `test` as the list of
// alternatives it replaced (REPORTING_VERB_LIST) on every text, shown here unit by unit and on invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPORTING_VERB_ANYWHERE, REPORTING_VERB_LIST, factoredWords } from '../src/text/claims/entities.ts';

test('factoredWords writes common starts once and leaves out words that start with another word', () => {
  assert.equal(factoredWords(['cat', 'car', 'dog']), '(?:ca(?:t|r)|dog)');
  assert.equal(factoredWords(['wrote']), 'wrote');
  // `rowing` holds `row`: a text with the longer word has the shorter one.
  assert.equal(factoredWords(['row', 'rowing', 'rope']), 'ro(?:w|pe)');
  assert.equal(factoredWords(['a b', 'a c', 'ab']), 'a(?: (?:b|c)|b)');
  for (const words of [['cat', 'car', 'dog'], ['row', 'rowing', 'rope'], ['a b', 'a c', 'ab'], ['én', 'ének', 'ёж', 'ёлка']]) {
    const list = new RegExp(`(?:${words.join('|')})`, 'i');
    const factored = new RegExp(factoredWords(words), 'i');
    for (const text of ['', 'a cat sat', 'the CAR', 'dogma', 'rowing club', 'ro pe', 'a  b', 'xab', 'Ének és ÉN', 'ЁЖИК и ЁЛКА', 'nothing']) {
      assert.equal(factored.test(text), list.test(text), `${words}: ${text}`);
    }
  }
});

test('the factored gate is the list\u2019s flags and finds a verb wherever the list does, unit by unit', () => {
  assert.equal(REPORTING_VERB_ANYWHERE.flags, REPORTING_VERB_LIST.flags);
  assert.notEqual(REPORTING_VERB_ANYWHERE.source, REPORTING_VERB_LIST.source);
  // Each unit alone, in place of a verb's first letter, of a letter inside one, and after one.
  for (let unit = 0; unit < 0x10000; unit++) {
    const ch = String.fromCharCode(unit);
    for (const text of [ch, `${ch}aid`, `er${ch}lärte`, `${ch}казал`, `a d${ch}claré`, `said${ch}`, `sa${ch}d`]) {
      assert.equal(REPORTING_VERB_ANYWHERE.test(text), REPORTING_VERB_LIST.test(text), `U+${unit.toString(16)}: ${text}`);
    }
  }
});

test('on invented sentences in several languages the two gates agree', () => {
  const texts = [
    'The harbour master SAID the ferry would wait.', 'ſays the keeper of the lighthouse', 'Noted botanist Ilse Varga wrote back.',
    'Der Förster ERKLÄRTE den Wanderern den Weg; sie sagten nichts.', 'El panadero añadió sal y dijo adiós.', 'La brodeuse a ajouté un fil, a dit Mireille.',
    'Смотритель рассказал о маяке и сказала Нина.', 'O pescador disse que o mar estava calmo.', "O'Hara-Lynch told nobody; Anne-Marie's café stayed shut.",
    'cafe\u0301 owners explai\u0301ned nothing', 'A quiet paragraph about gardens, with no verb of speech in it.', '', '12 000 € und 3 Boote',
  ];
  for (const text of texts) assert.equal(REPORTING_VERB_ANYWHERE.test(text), REPORTING_VERB_LIST.test(text), text);
});
