// Canonical names across languages and scripts: the form of a name that the same name has in other articles.
// Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';
import { afterArabicProclitic, withoutCaseSuffix } from '../src/text/claims/name-affixes.ts';
import { germanCaseForms, polishCaseForms } from '../src/text/claims/place-forms.ts';

const table = loadAliasTable([]);
const canonicals = (lang: string, text: string) => findEntities([text], lang, table).map((m) => `${m.text}→${m.canonical}`);

// [lang, name as written, canonical]
const SUFFIX_CASES: Array<[string, string, string]> = [
  ['tr', "Ankara'da", 'Ankara'],
  ['tr', 'Carter’un', 'Carter'],
  ['tr', "Harbor Records'la", 'Harbor Records'],
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

// [name in the nominative, a declined form it must produce]
const POLISH_CASES: Array<[string, string]> = [
  ['Francja', 'Francji'], // -ja: genitive, dative, locative -i
  ['Brazylia', 'Brazylię'], // -ia: accusative -ę
  ['Kanada', 'Kanadzie'], // -a: locative with d → dzie
  ['Ukraina', 'Ukrainy'], // -a: genitive -y
  ['Afryka', 'Afryki'], // velar stem: genitive -i
  ['Egipt', 'Egipcie'], // masculine: locative with t → cie
  ['Irak', 'Iraku'], // masculine velar: locative -u
  ['Nowa Zelandia', 'Nowej Zelandii'], // adjective and noun agree
  ['Ameryka Południowa', 'Ameryce Południowej'],
  ['Stany Zjednoczone', 'Stanach Zjednoczonych'], // plural noun and adjective
  ['Republika Południowej Afryki', 'Republice Południowej Afryki'], // the genitive complement keeps its case
];
const GERMAN_CASES: Array<[string, string]> = [
  ['Vereinigte Staaten', 'Vereinigten Staaten'],
  ['Vereinigtes Königreich', 'Vereinigten Königreichs'],
  ['Zentralafrikanische Republik', 'Zentralafrikanischen Republik'],
  ['Vereinigte Arabische Emirate', 'Vereinigten Arabischen Emiraten'],
];

test('Polish place names decline word by word in agreement; German names decline their adjectives', () => {
  for (const [name, form] of POLISH_CASES) assert.ok(polishCaseForms(name).includes(form), `${name} → ${form}: ${polishCaseForms(name).join(', ')}`);
  for (const [name, form] of GERMAN_CASES) assert.ok(germanCaseForms(name).includes(form), `${name} → ${form}: ${germanCaseForms(name).join(', ')}`);
  assert.ok(!polishCaseForms('Republika Południowej Afryki').some((f) => f.includes('Afrykach')));
  assert.deepEqual(polishCaseForms('Ameryka Północna (USA, Kanada)'), []); // a note in brackets is not written in text
  assert.deepEqual(germanCaseForms('Isle of Man'), []); // no German adjective in it
  assert.deepEqual(germanCaseForms('Kanada'), []);
});

test('declined territory names link in their language only; North America and CLDR’s Northern America are one place', () => {
  assert.deepEqual(canonicals('pl', 'Eksport do Wielkiej Brytanii i Stanów Zjednoczonych wzrósł.'), ['Wielkiej Brytanii→United Kingdom', 'Stanów Zjednoczonych→United States']);
  assert.deepEqual(canonicals('de', 'Die Exporte in die Vereinigten Staaten stiegen.'), ['Vereinigten Staaten→United States']);
  assert.ok(!canonicals('en', 'Abdul Ghany spoke.').some((m) => m.endsWith('→Ghana'))); // Polish genitive of Ghana, a name in English
  const northAmerica = [['en', 'Sales in North America rose.'], ['it', 'Vendite in America del Nord.'], ['es', 'Ventas en Norteamérica.'], ['zh', '北美的销量上升。'], ['ja', '北アメリカでの販売。']];
  for (const [lang, text] of northAmerica) assert.ok(canonicals(lang, text).some((m) => m.endsWith('→North America')), `${lang}: ${canonicals(lang, text).join(', ')}`);
});

test('an Arabic name in the table links after the proclitics written on it (and, in, for, like), not inside another word', () => {
  assert.deepEqual(canonicals('ar', 'تعاون بين الصين والهند وبالولايات المتحدة ولألمانيا'),
    ['الصين→China', 'الهند→India', 'الولايات المتحدة→United States', 'ألمانيا→Germany']);
  assert.deepEqual(canonicals('ar', 'زار لبنان وكندا'), ['لبنان→Lebanon', 'كندا→Canada']); // a name that starts with a proclitic's letter stays whole
  assert.equal(afterArabicProclitic('والهند', 1), true);
  assert.equal(afterArabicProclitic('والهند', 2), false); // inside the word, past the clitics
  assert.equal(afterArabicProclitic('مالهند', 1), false); // م is no proclitic
});

test('a Korean name in the table links before any chain of particles (case, then focus), and their contractions', () => {
  const found = canonicals('ko', '영국에선 팔렸다. 미국에서도 팔렸고 일본엔 없다. 독일과의 협정, 프랑스로부터 수입.');
  assert.deepEqual(found, ['영국→United Kingdom', '미국→United States', '일본→Japan', '독일→Germany', '프랑스→France']);
  assert.deepEqual(canonicals('ko', '중국인 관광객이 늘었다.'), []); // 인 (person) makes another word: a Chinese, not China
});

test('germanCaseForms: after the definite article a neuter or masculine name takes its adjectives in -e', () => {
  assert.ok(germanCaseForms('Vereinigtes Königreich').includes('Vereinigte Königreich'));
  assert.ok(germanCaseForms('Persischer Golf').includes('Persische Golf'));
  assert.ok(!germanCaseForms('Vereinigte Staaten').includes('Vereinigte Staaten')); // the plural is already -e
});
