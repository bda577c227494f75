// The measure vocabulary of round 10 (issue 11): the counted nouns of news in every supported language, the measures of
// people as data (`_people`, extensible by a user's file), Russian case endings, Chinese compounds known by their head
// and Korean nouns floated before a counter with their particle. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims } from '../src/text/claims/claims.ts';
import { canonicalMeasure, loadMeasureTable } from '../src/text/claims/measures.ts';
import type { NumericClaim } from '../src/types.ts';

const numeric = (paragraph: string, lang: string, table = loadMeasureTable()) =>
  extractClaims([paragraph], lang, [], table).filter((c): c is NumericClaim => c.kind === 'numeric');
const unitOf = (text: string, lang: string, value: number) => numeric(text, lang).find((c) => c.value === value)?.unit ?? null;

test('the same counted noun in every language has one canonical measure', () => {
  const table: Array<[string, string, number, string]> = [
    ['en', 'The museum bought 12 paintings last year.', 12, 'paintings'],
    ['de', 'Das Museum kaufte 12 Gemälde aus Italien.', 12, 'paintings'],
    ['fr', 'Le musée a acheté 12 tableaux l’an dernier.', 12, 'paintings'],
    ['es', 'El museo compró 12 cuadros el año pasado.', 12, 'paintings'],
    ['it', 'Il museo ha acquistato 12 dipinti l’anno scorso.', 12, 'paintings'],
    ['pt', 'O museu comprou 12 pinturas no ano passado.', 12, 'paintings'],
    ['pl', 'Muzeum kupiło w zeszłym roku 12 obrazów.', 12, 'paintings'],
    ['ru', 'В прошлом году музей купил 12 картин.', 12, 'paintings'],
    ['tr', 'Müze geçen yıl 12 tablo satın aldı.', 12, 'paintings'],
    ['zh', '博物馆去年购入了12幅画作。', 12, 'paintings'],
    ['ja', '美術館は昨年12点の絵画を購入した。', 12, 'paintings'],
    ['ar', 'اشترى المتحف 12 لوحة في العام الماضي.', 12, 'paintings'],
    ['hi', 'संग्रहालय ने पिछले साल 12 पेंटिंग खरीदीं।', 12, 'paintings'],
  ];
  for (const [lang, text, value, unit] of table) assert.equal(unitOf(text, lang, value), unit, `${lang}: ${text}`);
});

test('counted nouns of news: roles, works, facilities, animals, events and abstract counts', () => {
  const table: Array<[string, string, number, string]> = [
    ['en', 'The firm hired 40 lawyers and built 3 power plants.', 40, 'lawyers'],
    ['en', 'The firm hired 40 lawyers and built 3 power plants.', 3, 'plants'],
    ['de', 'Im Park leben 14 Weibchen und 9 Männchen.', 14, 'females'],
    ['fr', 'La région compte 27 centrales et 300 mines.', 27, 'plants'],
    ['es', 'El banco concedió 5.000 préstamos a 800 inversores.', 5000, 'loans'],
    ['es', 'El banco concedió 5.000 préstamos a 800 inversores.', 800, 'investors'],
    ['it', 'Nel parco sono nati 6 cuccioli da 4 femmine.', 6, 'cubs'],
    ['pt', 'A cidade ganhou 15 bibliotecas e 40 parques.', 40, 'parks'],
    ['pl', 'W kraju działa 12 elektrowni węglowych.', 12, 'plants'],
    ['tr', 'Bölgede 3 deprem meydana geldi.', 3, 'earthquakes'],
    ['zh', '这款显卡集成了760亿个晶体管。', 76e9, 'transistors'],
    ['zh', '学校新建了两个食堂。', 2, 'canteens'],
    ['ja', '同社は3つの発電所を持つ。', 3, 'plants'],
    ['ko', '이 회사는 발전소 5곳을 운영한다.', 5, 'plants'],
    ['ar', 'وقعت 4 انفجارات في المدينة.', 4, 'explosions'],
    ['hi', 'शहर में 30 पुस्तकालय हैं।', 30, 'libraries'],
    ['zh', '医院收到了20万只口罩。', 2e5, 'masks'],
    ['zh', '她在决赛中连赢两局。', 2, 'sets'],
    ['de', 'Die Fluglinie bedient 40 Reiseziele in Europa.', 40, 'destinations'],
    ['es', 'Llegaron 25 bomberos al lugar del incendio.', 25, 'firefighters'],
    ['ko', '소방관 30명이 출동했다.', 30, 'firefighters'], // a noun for people floated before the counter
  ];
  for (const [lang, text, value, unit] of table) assert.equal(unitOf(text, lang, value), unit, `${lang}: ${text}`);
});

test('an unknown noun stays as written, and words of two senses are left out of the vocabulary', () => {
  // A noun no entry holds is never forced into a known one.
  assert.equal(unitOf('The village keeps 40 beehives.', 'en', 40), 'beehives');
  // Spanish `plantas` is also the floors of a building: not power plants.
  assert.notEqual(unitOf('Es un edificio de 12 plantas en el centro.', 'es', 12), 'plants');
  // Korean 살인 (murder) is also the age counter 살 and the copula 인 after an age.
  assert.equal(unitOf('막 17살인 동생은 키가 크다.', 'ko', 17), 'years');
  // A Russian stem that also starts an adjective is listed by its forms (истори* would take `исторических`).
  assert.equal(unitOf('В городе 3 исторических здания.', 'ru', 3), 'buildings');
  // German: `jungen` is an adjective too (young), `Stadien` also stages, `Etagen` the tail of `Messetagen` (fair days),
  // and a score before a hyphen is no count (`2:5-Niederlage`).
  assert.equal(unitOf('Wir helfen 800 jungen Menschen im Jahr.', 'de', 800), 'people');
  assert.notEqual(unitOf('Das Buch beschreibt vier Stadien der Krankheit.', 'de', 4), 'stadiums');
  assert.equal(unitOf('Die Messe lockte an drei Messetagen viele Gäste an.', 'de', 3), 'days');
  assert.equal(unitOf('Das Team verlor mit einer 2:5-Niederlage.', 'de', 5), null);
  assert.equal(unitOf('Die Studie verfolgt drei Ziele.', 'de', 3), 'ziele'); // goals, not destinations (Reiseziele)
});

test('Russian case endings: a listed form finds the other cases of its noun', () => {
  const table: Array<[string, string]> = [
    ['электростанциях', 'plants'], ['картинами', 'paintings'], ['адвокатам', 'lawyers'], ['историях', 'stories'],
    ['сетах', 'sets'], ['рекам', 'rivers'],
  ];
  for (const [word, unit] of table) assert.equal(canonicalMeasure(word, 'ru'), unit, word);
  assert.equal(canonicalMeasure('легионами', 'ru'), null); // no form of it is listed
});

test('a Chinese compound after a classifier is known by the vocabulary word it ends in', () => {
  assert.equal(unitOf('当地有3座小型水电站。', 'zh', 3), 'plants');
  assert.equal(unitOf('该银行今年撤并了六个营业网点。', 'zh', 6), 'stores');
  assert.equal(unitOf('他们有12个宏志班。', 'zh', 12), '宏志班'); // its last character alone is no head
});

test('a Korean noun with its subject or object particle before a counter is what the counter counts; a topic is not', () => {
  assert.equal(unitOf('그 가족이 자전거를 세 대 샀다.', 'ko', 3), 'bicycles');
  assert.equal(unitOf('시장은 50개뿐이었다.', 'ko', 50), 'units');
});

test('the measures of people are data: a user file lists its own under _people, and a counter of people counts them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'measures-'));
  const file = join(dir, 'pilots.json');
  writeFileSync(file, JSON.stringify({ _people: ['pilots'], pilots: { zh: ['飞行员'], ja: ['パイロット'] } }));
  const table = loadMeasureTable([file]);
  assert.ok(table.people.has('pilots') && table.people.has('lawyers') && table.people.has('people'));
  assert.deepEqual(numeric('航空公司招聘了120名飞行员。', 'zh', table).map((c) => c.unit), ['pilots']);
  assert.deepEqual(numeric('航空公司招聘了120名飞行员。', 'zh').map((c) => c.unit), ['people']); // built-in only
  // The built-in list: a counter of people counts a noun of a role it names.
  assert.deepEqual(numeric('会议邀请了30名律师。', 'zh').map((c) => c.unit), ['lawyers']);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ _people: 'pilots' }));
  assert.throws(() => loadMeasureTable([bad]), /_people/);
});
