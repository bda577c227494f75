// A claim's subject as written on the page: the name's surface form beside its canonical entity, or, failing a name,
// the noun phrase the number is about. Our own sentences in several languages (none from a benchmark page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../src/text/claims/claims.ts';
import { phraseSubject } from '../src/text/claims/phrase-subjects.ts';
import type { EntityMention, NumericClaim } from '../src/types.ts';

const numeric = (paragraph: string, lang: string, mentions: EntityMention[] = []) =>
  extractClaims([paragraph], lang, mentions).filter((c): c is NumericClaim => c.kind === 'numeric');

function mention(paragraph: string, text: string, canonical: string, type: EntityMention['type'] = 'place'): EntityMention {
  const start = paragraph.indexOf(text);
  return { text, canonical, type, paragraph: 0, start, end: start + text.length };
}

test('a named subject keeps its canonical in entity and its page form in subject', () => {
  const pl = 'W Czechach inflacja spadła do 3,4 proc. w lipcu.';
  const [claim] = numeric(pl, 'pl', [mention(pl, 'Czechach', 'Czechia')]);
  assert.equal(claim.entity, 'Czechia');
  assert.equal(claim.subject, 'Czechach');
  const zh = '日本央行将利率维持在0.1%不变。';
  const [rate] = numeric(zh, 'zh', [mention(zh, '日本央行', 'Bank of Japan', 'org')]);
  assert.deepEqual([rate.entity, rate.subject], ['Bank of Japan', '日本央行']);
});

// [lang, sentence, the number's text, the subject expected]
const PHRASES: Array<[string, string, string, string | null]> = [
  ['de', 'Die Leerstandsquote fiel im Juni um 0,6 Prozentpunkte auf 2,9 Prozent.', '2,9 Prozent', 'Die Leerstandsquote'],
  // Verb-second order: the subject right after the verb, with its genitive.
  ['de', 'Laut der Kammer stieg der Verbrauch von Fernwärme im Winter um 4,2 Prozent.', '4,2 Prozent', 'der Verbrauch von Fernwärme'],
  ['de', 'Nach Angaben der Kammer wuchs während des Baubooms die Zahl der Handwerksbetriebe um 300.', '300', 'die Zahl der Handwerksbetriebe'],
  // A relative clause between the subject and its verb.
  ['de', 'Die Flotte, die auch Mietboote umfasst, zählt heute 95 Boote.', '95', 'Die Flotte'],
  ['de', 'Das sind 70 mehr als im Sommer.', '70', null], // a pronoun, not a noun phrase
  // An article inside a fronted phrase opens no subject; the one after the verb does.
  ['de', 'Im Rahmen der Sanierung hat der Bezirk bisher 240 Wohnungen gebaut.', '240', 'der Bezirk'],
  ['en', 'The warranty period is three years.', 'three years', 'The warranty period'],
  ['en', 'The vacancy rate of the city fell to 3.2% in June.', '3.2%', 'The vacancy rate of the city'],
  ['en', 'The flood waters rushed in for 9 hours.', '9 hours', 'The flood waters'], // a past verb ends the phrase
  ['fr', 'Le taux de remplissage a atteint 87 % en août.', '87 %', 'Le taux de remplissage'],
  ['es', 'La tasa de ocupación hotelera subió al 76 % en julio.', '76 %', 'La tasa de ocupación hotelera'],
  ['es', 'La guía contó que cuatro turistas se perdieron.', 'cuatro', 'La guía'],
  ['it', 'Il tasso di riciclo è salito al 64 per cento.', '64 per cento', 'Il tasso di riciclo'],
  // Chinese: the noun phrase before a verb of figures (reach, be, grow), after 的 or the clause's start.
  ['zh', '今年能买到的折叠屏手机已达12款。', '12', '折叠屏手机'],
  ['zh', '全市的新能源汽车保有量已达到35万辆。', '35万', '新能源汽车保有量'],
  ['zh', '会员人数为1200人。', '1200', '会员人数'],
  ['zh', '去年，这家工厂生产了300台机床。', '300', null], // no verb of figures: the subject is not read
  ['zh', '平均排队时间仅为15分钟。', '15', '平均排队时间'], // an adverb of degree before the verb is not part of the phrase
  ['en', "The files themselves don't exceed 40 pages.", '40 pages', 'The files themselves'],
  ['zh', '他为300名学生上课。', '300', null], // a pronoun before the verb is no noun phrase
  // A change from one figure to another: the subject stands before its `from` (由, 从), for both figures.
  ['zh', '今年该县的小麦产量由40万吨增至46万吨。', '40万', '小麦产量'],
  ['zh', '今年该县的小麦产量由40万吨增至46万吨。', '46万', '小麦产量'],
  ['zh', '这家银行的存款从300亿元增至420亿元。', '420亿元', '存款'],
  // The predicate's adverbs and modal verbs before the verb are no part of the subject, nor do they open one.
  ['zh', '这款平板的售价一定会涨到4000元以上。', '4000元', '售价'],
  ['zh', '新方案实际上只是三条建议。', '三', '新方案'],
  ['zh', '也正是这条线路为3000人提供了工作。', '3000人', null], // an adverb opens a predicate, not a subject
  ['zh', '县里的委员会已达15人。', '15人', '委员会'], // 会 ends a noun here
  ['es', 'El expediente estuvo en el juzgado durante ocho años.', 'ocho años', 'El expediente'], // an irregular past ends it
  ['en', 'The conglomerate made headlines with a $46 million deal.', '$46 million', 'The conglomerate'],
  // The substance a mass or volume is of.
  ['en', 'Farmers harvested 40 tons of barley this year.', '40', 'barley'],
  ['de', 'Die Molkerei verarbeitete 3 Millionen Liter Milch.', '3 Millionen', 'Milch'],
];

test('failing a name, the subject is the noun phrase the number is about, and the entity stays empty', () => {
  for (const [lang, sentence, quantity, expected] of PHRASES) {
    const claim = numeric(sentence, lang).find((c) => c.quantityText.startsWith(quantity));
    assert.ok(claim, `${lang}: ${quantity} in «${sentence}»`);
    assert.equal(claim.subject, expected, `${lang}: «${sentence}»`);
    assert.equal(claim.entity, null, 'a common noun phrase has no canonical name to group by');
  }
});

test('a phrase that holds another number of the sentence is no subject of it', () => {
  const text = 'The 12 members voted for 3 new rules.';
  const sentence = { start: 0, end: text.length };
  const twelve = { start: 4, end: 6 };
  const three = { start: text.indexOf('3'), end: text.indexOf('3') + 1 };
  assert.equal(phraseSubject(text, sentence, three, 'en', [twelve, three]), null);
});

test('a duration is not said of the place or body named in a prepositional phrase of its clause', () => {
  const en = 'The statues were stored at the Harbour Museum for nine months.';
  assert.equal(numeric(en, 'en', [mention(en, 'Harbour Museum', 'Harbour Museum', 'org')])[0].entity, null);
  const es = 'Las estatuas se guardaron en el Museo del Puerto durante nueve meses.';
  assert.equal(numeric(es, 'es', [mention(es, 'Museo del Puerto', 'Harbour Museum', 'org')])[0].entity, null);
  // A place that frames the clause keeps the duration (the place's rule).
  const rule = 'In Lyon anyone with a cough is asked to stay home for five days.';
  assert.equal(numeric(rule, 'en', [mention(rule, 'Lyon', 'Lyon')])[0].entity, 'Lyon');
  // Not a count: the bakery in Lyon still sells the loaves.
  const count = 'In Lyon the bakery sold 4,000 loaves.';
  assert.equal(numeric(count, 'en', [mention(count, 'Lyon', 'Lyon')])[0].entity, 'Lyon');
});

test('a name after the counted noun and its modifier is inside the counted phrase (Romance order)', () => {
  const it = 'Un turista può prenotare due camere doppie Acme e risparmiare il 15% sul prezzo.';
  const claims = numeric(it, 'it', [mention(it, 'Acme', 'Acme', 'org')]);
  assert.equal(claims.find((c) => c.unit === '%')?.entity, null);
});
