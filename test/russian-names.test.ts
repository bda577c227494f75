// Russian names across cases and scripts (russian-names.ts, and through findEntities): our own names and sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinOfCyrillic, russianCaseForms, russianNominative } from '../src/text/claims/russian-names.ts';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';

test('the words of a many-word name decline together, adjective and noun; foreign names in -о do not decline', () => {
  assert.ok(russianCaseForms('Объединённые Эмираты').includes('Объединённых Эмиратов'));
  assert.ok(russianCaseForms('Северная Дакора').includes('Северной Дакоре'));
  assert.ok(russianCaseForms('Вольное Княжество').includes('Вольного Княжества'));
  assert.ok(russianCaseForms('Балтийский Союз').includes('Балтийского Союза'));
  // The genitive complement of the head stays; words joined by `и` decline each.
  assert.ok(russianCaseForms('Объединённые Эмираты Арабии').includes('Объединённым Эмиратам Арабии'));
  assert.ok(russianCaseForms('Организация Вольных Городов').includes('Организации Вольных Городов'));
  assert.ok(russianCaseForms('Велмора и Дакора').includes('Велморы и Дакоры'));
  assert.deepEqual(russianCaseForms('Велмоа'), []); // a vowel before -а: a foreign name that does not decline
  assert.deepEqual(russianCaseForms('Монтевидео'), []);
  assert.deepEqual(russianCaseForms('Velmora'), []);
});

// [words, word before, leading adjective, nominative in Latin letters]
const NOMINATIVES: Array<[string[], string | undefined, boolean, string]> = [
  [['Колумбом'], 'с', false, 'Kolumb'], // instrumental
  [['Мариной', 'Зотовой'], 'с', false, 'Marina Zotova'],
  [['Вероны'], 'из', false, 'Verona'], // feminine genitive
  [['Норвегии'], 'в', false, 'Norvegiya'],
  [['Бруклине'], 'в', false, 'Bruklin'], // prepositional
  [['Гарсии'], 'у', false, 'Garsiya'],
  [['Фостера'], 'у', false, 'Foster'], // genitive preposition: masculine genitive
  [['Фостера'], 'доклад', false, 'Foster'], // after a noun: genitive
  [['Марта'], 'пришла', false, 'Marta'], // after a verb: the subject, nominative
  [['Ивана', 'Смирнова'], undefined, false, 'Ivan Smirnov'], // both words in -а after a consonant: genitive
  [['Южном', 'Уэльсе'], 'в', true, 'Yuzhny Uels'],
  [['Вольного', 'Лесограда'], 'из', true, 'Volny Lesograd'],
  [['Дмитрий'], undefined, false, 'Dmitry'],
];
for (const [words, before, adjective, latin] of NOMINATIVES) {
  test(`nominative in Latin letters: ${before ?? ''} ${words.join(' ')} → ${latin}`, () => {
    assert.equal(latinOfCyrillic(russianNominative(words, before, adjective).join(' ')), latin);
  });
}

test('open Russian names get a Latin canonical that meets the same name in English; English possessives drop from the canonical', () => {
  const table = loadAliasTable([]);
  const canon = (lang: string, text: string) => findEntities([text], lang, table).map((m) => `${m.text}=${m.canonical}`);
  assert.deepEqual(canon('ru', 'Вчера Нора Бенедетти выступила в Ортоне.'), ['Нора Бенедетти=Nora Benedetti', 'Ортоне=Orton']);
  assert.deepEqual(canon('en', "Yesterday Nora Benedetti's report reached Orton."), ["Nora Benedetti's=Nora Benedetti", 'Orton=Orton']);
  // Territory names in every case, with ё written as е or not.
  assert.deepEqual(canon('ru', 'Поставки из Соединённых Штатов и Доминиканской Республики'), ['Соединённых Штатов=United States', 'Доминиканской Республики=Dominican Republic']);
  // A name no table knows, adjective and noun in the genitive.
  assert.deepEqual(canon('ru', 'Делегация Вольного Лесоградства прибыла.'), ['Вольного Лесоградства=Volny Lesogradstvo']);
});
