// Canonical names across languages and scripts: the form of a name that the same name has in other articles.
// Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';
import { withoutCaseSuffix } from '../src/text/claims/name-suffixes.ts';

const table = loadAliasTable([]);
const canonicals = (lang: string, text: string) => findEntities([text], lang, table).map((m) => `${m.text}→${m.canonical}`);

// [lang, name as written, canonical]
const SUFFIX_CASES: Array<[string, string, string]> = [
  ['tr', "Ankara'da", 'Ankara'],
  ['tr', 'Clinton’un', 'Clinton'],
  ['tr', "Decca Records'la", 'Decca Records'],
  ['tr', "NATO'ya", 'NATO'],
  ['tr', "İstanbul'daki", 'İstanbul'],
  ['az', "Bakı'da", 'Bakı'],
  ['tr', "Rock'n'Roll", "Rock'n'Roll"], // an apostrophe inside the name, a capital after it: not an ending
  ['en', "Ankara'da", "Ankara'da"], // only languages that write endings after an apostrophe
  ['fr', "Côte d'Ivoire", "Côte d'Ivoire"],
];

test('Turkish and Azerbaijani case endings after an apostrophe are no part of the canonical name', () => {
  for (const [lang, name, canonical] of SUFFIX_CASES) assert.equal(withoutCaseSuffix(name, lang), canonical, `${lang} ${name}`);
});

test('a Turkish name with an ending links to the same canonical as the bare name; the mention keeps the text as written', () => {
  assert.deepEqual(canonicals('tr', "Toplantı Lefkoşa'da yapıldı ve Lefkoşa sakin kaldı."), ["Lefkoşa'da→Lefkoşa", 'Lefkoşa→Lefkoşa']);
});
