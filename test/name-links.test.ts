// name-links.ts: a claim's subject linked across languages by the same fact, and compare's groups with such links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdsName, keyWordOf, linkedEntities } from '../src/text/claims/name-links.ts';
import { groupClaims, type ArticleClaim } from '../src/text/claims/compare.ts';

let nextId = 1;
function claim(path: string, lang: string, text: string, entity: string | null, value: number, unit: string, attribute = 'amount'): ArticleClaim {
  return { id: nextId++, path, paragraph: 0, text, entity, attribute, value, low: value, high: value, unit, quantityText: null, time: null,
    speaker: null, lang, method: 'rules@2', measure: null, confidence: 0.9 };
}

test('keyWordOf: the longest capitalised word of a name, or its acronym', () => {
  assert.equal(keyWordOf('West Lothian'), 'Lothian');
  assert.equal(keyWordOf('Bank of Avalon'), 'Avalon');
  assert.equal(keyWordOf('Turin'), 'Turin');
  assert.equal(keyWordOf('KLM'), 'KLM');
  assert.equal(keyWordOf('the results'), null);
  assert.equal(keyWordOf('Bo'), null);
});

test('holdsName: a name as each language writes it', () => {
  const holds: Array<[string, string]> = [
    ['Turin', 'Les habitants de Turin étaient 900 000 en 1970.'],
    ['Turin', 'Turin had 900,000 inhabitants.'],
    ['Lisbon', 'Os habitantes de Lisboa eram 500 mil.'], // a final vowel and one sound apart: one edit of the key
    ['Florence', 'El tranvía de Florencia llevó 9.000 turistas.'],
    ['Milan', 'Метро Милана перевезло 1,4 миллиона пассажиров.'], // romanised, in the genitive
    ['Milan', '米蘭的地鐵載客140萬人次。'],
    ['Milan', '밀라노의 지하철은 140만 명을 태웠다.'], // without its particle
    ['Milan', 'मिलान की मेट्रो ने 14 लाख यात्रियों को ढोया।'],
    ['Preston', 'ジョン・プレストンは3回勝った。'],
    ['Milan', 'نقل مترو ميلان 1.4 مليون راكب.'],
    ['West Lothian', 'Batı Lothian meclisi 12 okul açtı.'],
    ['KLM', 'KLM verkaufte 9 Millionen Tickets.'],
    ['Tromsø', 'Die Tromsøer Hafenbehörde registrierte 212 Trawler.'], // a German place adjective in -er
  ];
  for (const [name, text] of holds) assert.equal(holdsName(text, name), true, `${name} in ${text}`);
  const not: Array<[string, string]> = [
    ['Paul', 'Le pays compte 60 millions d’habitants.'], // `pays`: a short key one edit apart is another word
    ['Paul', 'Paris a 2 millions d’habitants.'],
    ['Florence', 'Florac a 2 millions d’habitants.'],
    ['KLM', 'KLMX verkaufte 9 Millionen Tickets.'],
    ['Milan', 'Die Stadt recycelt 60 Prozent ihres Mülls.'],
    ['Florence', '北京的人口是两千万。'],
    ['Mora', 'Marla Vega jugó 5 años.'], // mArlA and mArA differ inside the name
    ['Essen', 'Die Esser zahlten 12 Euro.'], // -er after another spelling is no place adjective
  ];
  for (const [name, text] of not) assert.equal(holdsName(text, name), false, `${name} not in ${text}`);
});

test('linkedEntities: a claim without a subject takes the English claim\'s name when its sentence holds it', () => {
  const en = claim('en.txt', 'en', 'In 1990, the trams of Turin carried 280,000 riders a day.', 'Turin', 280000, 'people');
  const fr = claim('fr.txt', 'fr', 'En 1990, les tramways de Turin transportaient 280 000 voyageurs par jour.', null, 280000, 'people');
  const zh = claim('zh.txt', 'zh', '1990年，都灵的电车每天运送28万人次。', null, 280000, 'people'); // dū líng
  const ko = claim('ko.txt', 'ko', '1990년 토리노의 전차는 하루 28만 명을 태웠다.', null, 280000, 'people'); // the Italian Torino: no link
  const ja = claim('ja.txt', 'ja', '1990年、その都市の路面電車は1日28万人を運んだ。', null, 280000, 'people'); // no name
  const links = linkedEntities([en, fr, ko, zh, ja]);
  assert.equal(links.get(fr.id), 'Turin');
  assert.equal(links.get(zh.id), 'Turin');
  assert.equal(links.has(en.id), false);
  assert.equal(links.has(ko.id), false);
  assert.equal(links.has(ja.id), false);
});

test('linkedEntities: an unlinked spelling of the English name takes it; another name stays', () => {
  const en = claim('a.txt', 'en', 'Lisbon counted 545,000 residents in 2011.', 'Lisbon', 545000, 'people');
  const pt = claim('b.txt', 'pt', 'Lisboa contava 545.000 residentes em 2011.', 'Lisboa', 545000, 'people');
  const es = claim('c.txt', 'es', 'Portugal: Lisboa contaba 545.000 residentes en 2011.', 'Portugal', 545000, 'people');
  const links = linkedEntities([en, pt, es]);
  assert.equal(links.get(pt.id), 'Lisbon');
  assert.equal(links.has(es.id), false);
});

test('linkedEntities: different facts, the same article or the same language link nothing; two names offered link none', () => {
  const en = claim('a.txt', 'en', 'Turin had 900,000 inhabitants.', 'Turin', 900000, 'people');
  const otherValue = claim('b.txt', 'fr', 'Turin avait 800 000 habitants.', null, 800000, 'people');
  const otherUnit = claim('c.txt', 'fr', 'Turin a dépensé 900 000 euros.', null, 900000, 'EUR');
  const sameLanguage = claim('d.txt', 'en', 'In Turin, 900,000 people voted.', null, 900000, 'people');
  assert.deepEqual([...linkedEntities([en, otherValue, otherUnit, sameLanguage])], []);
  const en2 = claim('e.txt', 'en', 'Milan had 900,000 inhabitants.', 'Milan', 900000, 'people');
  const both = claim('f.txt', 'fr', 'Turin et Milan avaient chacune 900 000 habitants.', null, 900000, 'people');
  assert.equal(linkedEntities([en, en2, both]).has(both.id), false);
});

test('linkedEntities: another language\'s name is taken only as written; an English claim takes one only as its sentence writes it', () => {
  const fr = claim('fr.txt', 'fr', 'Rotary International a fondé 40 clubs en 2010.', 'Rotary International', 40, 'people');
  const es = claim('es.txt', 'es', 'En 2010, según Rotary International, 40 clubs fueron fundados.', null, 40, 'people');
  const en = claim('en.txt', 'en', 'Rotary International reported that 40 clubs were founded in 2010.', null, 40, 'people');
  const tr = claim('tr.txt', 'tr', 'Torino Metrosu 41 kişi taşıdı.', 'Torino Metrosu', 41, 'people');
  const it = claim('it.txt', 'it', 'La metropolitana di Torino ha trasportato 41 persone.', null, 41, 'people');
  const links = linkedEntities([fr, es, en, tr, it]);
  assert.equal(links.get(es.id), 'Rotary International');
  // The English claim has no subject of its own; the name the French one offers is written in its sentence.
  assert.equal(links.get(en.id), 'Rotary International');
  assert.equal(links.has(it.id), false); // `Torino Metrosu` is Turkish: not as the Italian sentence writes it
});

test('linkedEntities: an English claim with no subject takes the name its sentence writes, and offers it on', () => {
  // English reads `Tromsø` as a modifier of `harbour authority`; the others found it the subject.
  const en = claim('en.txt', 'en', 'The Tromsø harbour authority registered 212 trawlers last winter.', null, 212, 'trawlers');
  const no = claim('no.txt', 'de', 'In Tromsø hat die Hafenbehörde im letzten Winter 212 Trawler registriert.', 'Tromsø', 212, 'trawlers');
  const it = claim('it.txt', 'it', "L'autorità portuale di Tromsø ha registrato 212 pescherecci l'inverno scorso.", 'Tromsø', 212, 'trawlers');
  const ja = claim('ja.txt', 'ja', 'トロムソの港湾当局は昨年の冬、212隻のトロール船を登録した。', null, 212, 'trawlers');
  const ko = claim('ko.txt', 'ko', '지난겨울 항만 당국은 트롤선 212척을 등록했다.', null, 212, 'trawlers'); // no name in it
  const links = linkedEntities([en, no, it, ja, ko]);
  assert.equal(links.get(en.id), 'Tromsø');
  assert.equal(links.has(no.id), false);
  assert.equal(links.has(ko.id), false);
  // Not a name the English sentence does not write: `Hafenbehörde Nord` offered alone links nothing.
  const en2 = claim('en2.txt', 'en', 'The harbour authority registered 77 trawlers.', null, 77, 'trawlers');
  const de2 = claim('de2.txt', 'de', 'Die Hafenbehörde Nord registrierte 77 Trawler.', 'Hafenbehörde Nord', 77, 'trawlers');
  assert.equal(linkedEntities([en2, de2]).has(en2.id), false);
});

test('groupClaims: a linked claim joins the group of its fact, marked foundBy name', () => {
  const en = claim('en.txt', 'en', 'In 1990, the trams of Turin carried 280,000 riders a day.', 'Turin', 280000, 'people', 'riders');
  const hi = claim('hi.txt', 'hi', '1990 में ट्यूरिन की ट्रामों ने रोज़ 280,000 यात्रियों को ढोया।', null, 280000, 'people', 'riders');
  const groups = groupClaims([en, hi]);
  assert.equal(groups.length, 1);
  assert.equal(groups[0].entity, 'Turin');
  assert.deepEqual(groups[0].claims.map((c) => [c.lang, c.foundBy]), [['en', 'rules'], ['hi', 'name']]);
});

test('holdsName: a final vowel another language adds to a short name', () => {
  assert.equal(holdsName('San Paolo scrisse 14 lettere.', 'Paul'), true);
  assert.equal(holdsName('Paulo escreveu 14 cartas.', 'Paul'), true);
  assert.equal(holdsName('Pala escreveu 14 cartas.', 'Paul'), true); // the key's vowel classes only: pAlA
  assert.equal(holdsName('Pablo escribió 14 cartas.', 'Paul'), false);
  assert.equal(holdsName('Pauls escreveu 14 cartas.', 'Paul'), false);
});

test('holdsName: a name of French spelling as other languages write its sound', () => {
  for (const text of ['Фуше выиграла 5 партий.', 'フーシェは5局を制した。', '푸셰는 5판을 이겼다.', 'فازت فوشيه بخمس مباريات.', 'Руссо написал 3 книги.'])
    assert.equal(holdsName(text, text.includes('Руссо') ? 'Rousseau' : 'Fouchet'), true, text);
  assert.equal(holdsName('La fougère a coûté 3 euros.', 'Fouchet'), false);
  assert.equal(holdsName('Roussel a gagné 5 parties.', 'Fouchet'), false);
});

test('linkedEntities: where both sentences name both places, the English claim\'s subject is the reference', () => {
  const en = claim('en.txt', 'en', 'A museum in Harwell, west of Oxford, hosts 12 exhibitions a year.', 'Harwell', 12, 'exhibitions');
  const de = claim('de.txt', 'de', 'Ein Museum in Harwell bei Oxford zeigt 12 Ausstellungen im Jahr.', 'Oxford', 12, 'exhibitions');
  const fr = claim('fr.txt', 'fr', 'Un musée près d’Oxford présente 12 expositions par an.', 'Oxford', 12, 'exhibitions'); // no Harwell: stays
  const links = linkedEntities([en, de, fr]);
  assert.equal(links.get(de.id), 'Harwell');
  assert.equal(links.has(fr.id), false);
});

test('linkedEntities: a three-letter name by its sound, with the same fact', () => {
  const en = claim('en.txt', 'en', 'Kim painted 4 murals.', 'Kim', 4, 'murals');
  const ar = claim('ar.txt', 'ar', 'رسم كيم 4 جداريات.', null, 4, 'murals');
  const hi = claim('hi.txt', 'hi', 'किम ने 4 भित्तिचित्र बनाए।', null, 4, 'murals');
  const links = linkedEntities([en, ar, hi]);
  assert.equal(links.get(ar.id), 'Kim');
  assert.equal(links.get(hi.id), 'Kim');
});

test('holdsName: a name of German spelling as other languages write its sound', () => {
  assert.equal(holdsName('Две пьесы Иоганна Пахельбеля на концерте.', 'Johann Pachelbel'), true);
  assert.equal(holdsName('Баха 3 произведения', 'Bach'), true);
  assert.equal(holdsName('Бака 3 произведения', 'Bach'), false);
});

test('holdsName: an English r not sounded before a consonant, as Japanese writes the name', () => {
  assert.equal(holdsName('ハーバードは3位だった。', 'Harvard'), true);
  assert.equal(holdsName('ハバナは3位だった。', 'Harvard'), false);
});

test('linkedEntities: a name cut short on the page (one word of the English name) takes the English name, not a common word of it', () => {
  const en = claim('en.txt', 'en', 'Marcus Moreno funded 30 wells.', 'Marcus Moreno', 30, 'wells');
  const ja = claim('ja.txt', 'ja', 'マーカスは30の井戸に資金を出した。', 'マーカス', 30, 'wells');
  const ko = claim('ko.txt', 'ko', '유니세프는 30개의 우물을 지원했다.', '유니세프', 30, 'wells'); // another body: stays
  const en2 = claim('en2.txt', 'en', 'Bank of Avalon lent 31 million.', 'Bank of Avalon', 31, 'EUR');
  const pt = claim('pt.txt', 'pt', 'O Banco Lusitano emprestou 31 milhões.', 'Banco Lusitano', 31, 'EUR'); // `Bank` names many
  const links = linkedEntities([en, ja, ko, en2, pt]);
  assert.equal(links.get(ja.id), 'Marcus Moreno');
  assert.equal(links.has(ko.id), false);
  assert.equal(links.has(pt.id), false);
});
