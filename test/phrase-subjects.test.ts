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
  const pl = 'W Niemczech bezrobocie wyniosło 5,7 proc. w maju.';
  const [claim] = numeric(pl, 'pl', [mention(pl, 'Niemczech', 'Germany')]);
  assert.equal(claim.entity, 'Germany');
  assert.equal(claim.subject, 'Niemczech');
  const zh = '日本央行将利率维持在0.1%不变。';
  const [rate] = numeric(zh, 'zh', [mention(zh, '日本央行', 'Bank of Japan', 'org')]);
  assert.deepEqual([rate.entity, rate.subject], ['Bank of Japan', '日本央行']);
});

// [lang, sentence, the number's text, the subject expected]
const PHRASES: Array<[string, string, string, string | null]> = [
  ['de', 'Die Arbeitslosenquote stieg im März um 0,4 Prozentpunkte auf 6,1 Prozent.', '6,1 Prozent', 'Die Arbeitslosenquote'],
  // Verb-second order: the subject right after the verb, with its genitive.
  ['de', 'Laut dem Verband sank der Absatz von Heizöl im Mai um 4,2 Prozent.', '4,2 Prozent', 'der Absatz von Heizöl'],
  ['de', 'Nach Angaben des Amtes sank im Zuge der Krise die Zahl der Betriebe um 300.', '300', 'die Zahl der Betriebe'],
  // A relative clause between the subject and its verb.
  ['de', 'Die Kurzarbeit, die auch Saisonarbeit umfasst, lag im März bei 812.000 Personen.', '812.000 Personen', 'Die Kurzarbeit'],
  ['de', 'Das waren 12.000 weniger als im Vorjahr.', '12.000', null], // a pronoun, not a noun phrase
  // An article inside a fronted phrase opens no subject; the one after the verb does.
  ['de', 'Im Zuge der Sanierung hat der Bezirk bisher 240 Wohnungen gebaut.', '240', 'der Bezirk'],
  ['en', 'The waiting period is eight weeks.', 'eight weeks', 'The waiting period'],
  ['en', 'The vacancy rate of the city fell to 3.2% in June.', '3.2%', 'The vacancy rate of the city'],
  ['en', 'The deadly fumes leaked out for 12 days.', '12 days', 'The deadly fumes'], // a past verb ends the phrase
  ['fr', 'Le taux de chômage a atteint 7,9 % au troisième trimestre.', '7,9 %', 'Le taux de chômage'],
  ['es', 'La tasa de paro bajó al 11,2 % en abril.', '11,2 %', 'La tasa de paro'],
  ['es', 'El investigador explicó que tres personas murieron.', 'tres personas', 'El investigador'],
  ['it', 'Il tasso di disoccupazione è sceso al 7,8 per cento.', '7,8 per cento', 'Il tasso di disoccupazione'],
  // Chinese: the noun phrase before a verb of figures (reach, be, grow), after 的 or the clause's start.
  ['zh', '今年能买到的折叠屏手机已达12款。', '12', '折叠屏手机'],
  ['zh', '全市的新能源汽车保有量已达到35万辆。', '35万', '新能源汽车保有量'],
  ['zh', '会员人数为1200人。', '1200', '会员人数'],
  ['zh', '去年，这家工厂生产了300台机床。', '300', null], // no verb of figures: the subject is not read
  ['zh', '平均等待时间仅为2天。', '2天', '平均等待时间'], // an adverb of degree before the verb is not part of the phrase
  ['en', "The files themselves don't exceed 40 pages.", '40 pages', 'The files themselves'],
  ['zh', '他为300名学生上课。', '300', null], // a pronoun before the verb is no noun phrase
  // A change from one figure to another: the subject stands before its `from` (由, 从), for both figures.
  ['zh', '本周武汉的最高气温由28℃降至12℃。', '28', '最高气温'],
  ['zh', '本周武汉的最高气温由28℃降至12℃。', '12', '最高气温'],
  ['zh', '这家银行的存款从300亿元增至420亿元。', '420亿元', '存款'],
  // The predicate's adverbs and modal verbs before the verb are no part of the subject, nor do they open one.
  ['zh', '这款平板的售价一定会涨到4000元以上。', '4000元', '售价'],
  ['zh', '新线路实际上就是两段铁路。', '两', '新线路'],
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
  const en = 'The seed samples were kept on the Orbital Lab for nine months.';
  assert.equal(numeric(en, 'en', [mention(en, 'Orbital Lab', 'Orbital Lab', 'org')])[0].entity, null);
  const es = 'Las muestras se guardaron en el Laboratorio Orbital durante nueve meses.';
  assert.equal(numeric(es, 'es', [mention(es, 'Laboratorio Orbital', 'Orbital Lab', 'org')])[0].entity, null);
  // A place that frames the clause keeps the duration (the place's rule).
  const rule = 'In Lyon anyone with a cough is asked to stay home for five days.';
  assert.equal(numeric(rule, 'en', [mention(rule, 'Lyon', 'Lyon')])[0].entity, 'Lyon');
  // Not a count: the bakery in Lyon still sells the loaves.
  const count = 'In Lyon the bakery sold 4,000 loaves.';
  assert.equal(numeric(count, 'en', [mention(count, 'Lyon', 'Lyon')])[0].entity, 'Lyon');
});

test('a name after the counted noun and its modifier is inside the counted phrase (Romance order)', () => {
  const it = 'Una famiglia potrebbe aprire tre conti corrente Acme e guadagnare il 2% sui risparmi.';
  const claims = numeric(it, 'it', [mention(it, 'Acme', 'Acme', 'org')]);
  assert.equal(claims.find((c) => c.unit === '%')?.entity, null);
});
