// Every stated quantity is a claim candidate: measures, subjects and confidence of the open reading, and the numbers
// that are not claims. Our own sentences in several languages (none from a benchmark page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims, MIN_CLAIM_CONFIDENCE, ATTRIBUTED_CONFIDENCE } from '../src/text/claims/claims.ts';
import { notAClaimBecause, isRepeatedNameWithNumber } from '../src/text/claims/candidates.ts';
import { canonicalMeasure, loadMeasureTable, measureAfter } from '../src/text/claims/measures.ts';
import { ATTRIBUTES, attributeHits } from '../src/text/claims/attributes.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findQuantities } from '../src/text/claims/quantities/index.ts';
import type { EntityMention, NumericClaim } from '../src/types.ts';

const numeric = (paragraph: string, lang: string, mentions: EntityMention[] = []) =>
  extractClaims([paragraph], lang, mentions).filter((c): c is NumericClaim => c.kind === 'numeric');

function mention(paragraph: string, text: string, type: EntityMention['type'] = 'place'): EntityMention {
  const start = paragraph.indexOf(text);
  return { text, canonical: text, type, paragraph: 0, start, end: start + text.length };
}

// [lang, sentence, value, unit, measure as written]
const OPEN: Array<[string, string, number, string | null, string | null]> = [
  ['en', 'The hospital hired 1,200 nurses over the winter.', 1200, 'nurses', 'nurses'],
  ['en', 'The ferry carried 640 passengers across the bay.', 640, 'passengers', 'passengers'],
  ['de', 'Zum Stadtfest kamen 35.000 Besucher in die Altstadt.', 35000, 'visitors', 'Besucher'],
  ['de', 'Der neue Windpark liefert 80 Megawatt Strom.', 80, 'megawatts', 'Megawatt'],
  ['de', 'Die Brücke ist 12 Kilometer lang.', 12, 'kilometers', 'Kilometer'],
  ['de', 'Die Genossenschaft zählt 420 Vereinsmitglieder.', 420, 'members', 'Vereinsmitglieder'],
  ['fr', 'La ville compte désormais 18 écoles publiques.', 18, 'schools', 'écoles'],
  ['es', 'El incendio destruyó 300 hectáreas de bosque.', 300, 'hectares', 'hectáreas'],
  ['it', 'Il museo ha accolto 5.000 visitatori in un giorno.', 5000, 'visitors', 'visitatori'],
  ['pt', 'A escola recebeu 250 alunos novos este ano.', 250, 'students', 'alunos'],
  ['zh', '这座城市今年新增了3000万用户。', 3e7, 'users', '用户'],
  ['zh', '工厂去年生产了120台机床。', 120, '机床', '机床'], // the noun a classifier counts, as written
  ['zh', '这批机床共有120台。', 120, 'units', '台'], // a classifier with no noun after it names its own measure
  ['zh', '当天气温下降了8℃。', 8, 'degrees', '℃'],
  ['zh', '全校共有1200多名学生。', 1200, 'students', '多名学生'],
  ['zh', '实验一共招募了240名受试者。', 240, 'people', '名'],
  ['zh', '村里新建了12座水库。', 12, '水库', '水库'], // an unknown noun after a counter, as written
  ['en', 'The survey covered adults in two regions (n=1,412).', 1412, 'participants', 'n='],
  ['ja', 'この町には5校の小学校がある。', 5, 'schools', '校の小学校'],
  // An unknown noun stays as written, never forced into a known measure.
  ['en', 'Volunteers planted 450 saplings along the river.', 450, 'saplings', 'saplings'],
  // World English spellings of CLDR's units (en-001): a two-word unit is read whole.
  ['en', 'The reserve covers 12 square kilometres of wetland.', 12, 'square kilometers', 'square kilometres'],
  // A unit's power sign after its symbol (CLDR's short names `km²`, `m²`, `m³`): an area or a volume, not a length.
  ['de', 'Die neue Halle hat 850 m² Nutzfläche.', 850, 'square meters', 'm²'],
  ['en', 'The basin holds 40 m³ of rainwater.', 40, 'cubic meters', 'm³'],
  ['de', 'Der alte Motor hat 1.598 cm³ Hubraum.', 1598, 'cubic centimeters', 'cm³'],
  ['fr', 'La commune s’étend sur 27 km² de plaine.', 27, 'square kilometers', 'km²'],
  ['de', 'Das Grundstück misst 620 m2 und liegt am Hang.', 620, 'square meters', 'm2'], // the power as a plain digit
  // Arabic writes a noun and its adjective in the same case: read by both words' bases (accusative `كيلومترا مربعا`).
  ['ar', 'تبلغ مساحة المحمية 45 كيلومترا مربعا.', 45, 'square kilometers', 'كيلومترا مربعا'],
  ['de', 'Im Teich leben 60 Kaulquappen.', 60, 'kaulquappen', 'Kaulquappen'],
  // A German participle made a noun names the people who do what its verb says; a noun that only ends like one does not.
  ['de', 'Den Kurs belegten 240 Auszubildende aus drei Ländern.', 240, 'people', 'Auszubildende'],
  ['de', 'Gezählt wurden 37 Infizierte im Heim.', 37, 'people', 'Infizierte'],
  ['de', 'Der Verein sammelte 40 Geldspenden ein.', 40, 'geldspenden', 'Geldspenden'],
  ['de', 'Sie verbrachte dort 3 Wochenenden im Jahr.', 3, 'wochenenden', 'Wochenenden'],
  // The head noun of the phrase, past its modifiers: German lower-case adjectives, an English adjective ending.
  ['de', 'Befragt wurden 5.200 zufällig ausgewählte Mitarbeiter.', 5200, 'employees', 'Mitarbeiter'],
  ['en', 'About 350 regional inspectors toured the mills.', 350, 'inspectors', 'inspectors'],
  // English puts a compound's head last, plural after a number (not a verb after it: `50 people died`).
  ['en', 'The county runs 25 school bus depots, most of them small.', 25, 'depots', 'depots'],
  ['en', 'Three neighbourhood cats slept on the porch.', 3, 'cats', 'cats'],
  // A bare number shares the noun of the number it is joined to (a change and the new level, a range).
  ['de', 'Die Stadt wuchs um 1.500 auf 48.000 Einwohner.', 1500, 'people', 'Einwohner'],
  ['it', 'Il parco ospita da 40 a 55 cervi.', 40, 'cervi', 'cervi'],
  // `the number of X` before the number names what it counts.
  ['de', 'Die Zahl der Arbeitslosen sank im Mai um 120.000.', 120000, 'unemployed', 'Arbeitslosen'],
  ['de', 'Der Laden verkaufte im Juni 450 Fahrräder.', 450, 'bicycles', 'Fahrräder'], // a month right before the count
  ['de', 'Der Laden verkaufte seit Oktober 3.000 Fahrräder.', 3000, 'bicycles', 'Fahrräder'],
  ['fr', 'Le nombre de chômeurs a atteint 4200 en mars.', 4200, 'unemployed', 'chômeurs'],
  ['fr', 'Le nombre total de visiteurs a atteint 3 200.', 3200, 'visitors', 'visiteurs'],
  ['de', 'Die Gesamtzahl der Toten stieg auf 1.200.', 1200, 'deaths', 'Toten'],
  ['es', 'La cifra de muertos asciende a 1.200.', 1200, 'deaths', 'muertos'],
  // A label and a colon before it, when the vocabulary knows the label.
  ['en', 'Visitors: 12,000.', 12000, 'visitors', 'Visitors'],
  ['es', 'Número de muertos: 1.200', 1200, 'deaths', 'muertos'],
  ['de', 'Teilnahme am Lauf: 3.500', 3500, null, null],
  ['de', 'Der Anspruch steigt auf 15 Tage (Alleinerziehende: 30).', 30, null, null], // a label in brackets: for whom, not what
  // A vocabulary word ends where a word ends (jieba keeps 企业家 whole: not 企业, companies); a compound's head names it.
  ['zh', '这次旅行的费用由6位企业家分担。', 6, 'people', '位'],
  ['zh', '共有7个沿海城市参加了会议。', 7, 'cities', '沿海城市'],
  // A German case ending (dative plural -n) on a compound's head; a French capital without its accent.
  ['de', 'Der Fluss wurde auf 30 Flusskilometern renaturiert.', 30, 'kilometers', 'Flusskilometern'],
  ['fr', 'Le traité réunit désormais 40 Etats du continent.', 40, 'states', 'Etats'],
  // An age set off after a name.
  ['en', 'Jones, 37, from Bath, was fined by the court.', 37, 'years', ', 37,'],
  ['en', 'At just 19, she already leads the team.', 19, 'years', 'At just 19'],
  // A quantifying adjective between the number and its noun.
  ['en', 'The fair drew 7,300 more people than the year before.', 7300, 'people', 'people'],
  ['de', 'Am Wochenende gab es 300 weitere Fälle.', 300, 'cases', 'Fälle'],
  // After it, an unknown modifier and the known noun it modifies.
  ['pl', 'W regionie pracuje już 4000 więcej wykwalifikowanych osób.', 4000, 'people', 'osób'],
  // A number word after a name is no product name (those carry digits); its noun follows the number word.
  ['de', 'Am Ende hat Anna sechs Bücher geschrieben.', 6, 'books', 'Bücher'],
  ['pl', 'W sklepie Anna sprzedała trzy rowery.', 3, 'bicycles', 'rowery'],
  // A vocabulary stem is no prefix of other words: `указывают` (point to) is not `указов` (decrees), `sorun` (problem) no `soru`.
  ['ru', 'Пять признаков указывают на болезнь.', 5, 'признаков', 'признаков'],
  ['tr', 'Bu konuda 4 sorun var.', 4, 'problems', 'sorun'],
  // `il y a`, `vor`, `há` count back in time only before a unit of time; before people they say `there are`, `in front of`.
  ['fr', 'Au refuge, il y a 45 personnes chaque soir.', 45, 'people', 'personnes'],
  ['de', 'Er sprach am Abend vor 300 Zuschauern.', 300, 'spectators', 'Zuschauern'],
  // A month name is a whole word (`marcas` is not Polish `marca`, March).
  ['es', 'En la tienda hay 5 marcas de café.', 5, 'brands', 'marcas'],
  // Japanese writes the hour with 時: 点 counts points; kana glued to a Latin name are a particle, not part of it.
  ['ja', '彼女は決勝で9点を決めた。', 9, 'points', '点'],
  ['ja', 'TikTokは１５秒の動画で始まった。', 15, 'seconds', '秒'],
  // The noun a classifier counts: known to the vocabulary, or as written.
  ['zh', '公司今年新开了两家餐厅。', 2, 'restaurants', '家餐厅'],
  ['zh', '展览共展出了40幅油画。', 40, '油画', '油画'],
  ['ja', '机の上に3冊の辞書がある。', 3, '辞書', '辞書'],
  ['ko', '그는 평생 세 권의 소설을 썼다.', 3, 'novels', '권의 소설'],
  ['ko', '그 지방에는 70개 이상의 민속박물관이 흩어져 있다.', 70, 'museums', '개 이상의 민속박물관'],
  // A one-character modifier and the noun jieba cuts from it; a classifier of one class names an unknown noun's class.
  ['zh', '院子里放着两张新床。', 2, '新床', '新床'],
  ['zh', '码头停着五艘货轮。', 5, 'vessels', '艘货轮'],
  ['zh', '公司买了20辆卡车。', 20, 'vehicles', '辆卡车'],
  ['zh', '报告分为四部分。', 4, null, null], // 部分 (part) is one word: 部 is no classifier there
  ['ru', 'Вышли четыре версии модели.', 4, 'версии', 'версии'], // a Russian genitive complement is no head
  ['ru', 'Модель содержит 7 млрд параметров.', 7e9, 'parameters', 'параметров'], // after a scale word, the count's own noun
  ['ru', 'Семейство включает модели от 7 до 70 млрд параметров.', 7, 'parameters', 'параметров'], // past a scale word
  // A Slavic adjective before its noun (genitive plural after five, instrumental): the noun is the head, known or not.
  ['ru', 'Соглашение подписали 6 соседних государств.', 6, 'государств', 'государств'],
  ['ru', 'На острове построили 12 новых ветряных мельниц.', 12, 'мельниц', 'мельниц'],
  ['pl', 'Na rzece działa 9 małych śluz.', 9, 'śluz', 'śluz'],
  ['pl', 'Na wystawie pokazano trzy odnowione obrazy.', 3, 'paintings', 'obrazy'],
  // An adjective made a noun keeps its place before a verb or an instrumental.
  ['ru', 'Вчера 120 заболевших выписали домой.', 120, 'заболевших', 'заболевших'],
  ['pl', 'Odnotowano 300 zakażonych koronawirusem.', 300, 'zakażonych', 'zakażonych'],
  ['ru', 'Команда наняла 40 опытных сотрудников.', 40, 'employees', 'сотрудников'],
  // A Russian number word with its noun, read by the grammar: the noun is the measure written, not the word after it.
  ['ru', 'Завод выпустил три модели нового типа.', 3, 'models', 'модели'],
  ['ru', 'В зале сидели пять человек.', 5, 'people', 'человек'],
  // A vocabulary stem whose last letter its ending changes: Hindi -ी nouns take -ियों in the oblique plural.
  ['hi', 'कंपनी ने इस साल 500 कर्मचारियों को नौकरी दी।', 500, 'employees', 'कर्मचारियों'],
  // A Turkish number with its case ending closes its noun phrase: the verb after it is no measure.
  ['tr', 'Aboneler dört milyona ulaştı.', 4e6, null, null],
  ['tr', 'Bağışlar iki milyarı aştı.', 2e9, null, null],
  ['tr', 'Törene iki milyondan fazla seyirci katıldı.', 2e6, 'spectators', 'seyirci'],
  ['de', 'Knapp sieben Jahrzehnte lang regierte er.', 7, 'decades', 'Jahrzehnte'], // the hedge's number word is no noun
  ['zh', '墙上挂着两幅画很显眼。', 2, 'paintings', '幅画'], // a one-character noun, not an adjective: the adverb after it stays out
  // Not a noun after the classifier (a Chinese adverb): the classifier's own measure (台, units; 款, models), or none.
  ['zh', '这三台均已售出。', 3, 'units', '台'],
  ['zh', '这三款均已上市。', 3, 'models', '款'], // 款 counts models (of a product) and nothing else
  ['zh', '参赛队伍从12个增加到20个。', 12, null, null], // a verb after the classifier (jieba's tag) counts nothing
  // Korean joins a classifier to its noun by the genitive, `가지` by a space; after another classifier a space leads to the verb.
  ['ko', '문제를 푸는 세 가지 방법이 있다.', 3, '방법', '방법'],
  ['ko', '그는 시장에서 사과를 세 개 샀다.', 3, 'units', '개'],
  // A count floated after its noun (Japanese case particle, Korean space) counts that noun when the vocabulary knows it.
  ['ja', '説明会には学生が300人参加した。', 300, 'students', '学生'],
  ['ko', '설명회에 학생 300명이 참가했다.', 300, 'students', '학생'],
  // Before a counter of people, a topic or subject for people is what is counted; one of another kind is not.
  ['ja', '今年の新入社員は120人に上った。', 120, 'employees', '新入社員'],
  ['ko', '이번 사고의 사망자는 12명으로 늘었다.', 12, 'deaths', '사망자'],
  ['ja', 'その工場が80人を新たに雇った。', 80, 'people', '人'],
  // Not a topic (`시간은`, the time was) nor the counter of a number before it (`1566년`, the year 1566).
  ['ko', '그날 산책 시간은 고작 25분이었다.', 25, 'minutes', '분'],
  ['ko', '1872년 230명의 어부가 항구에 모였다.', 230, 'people', '명'],
  // Chinese `人` alone counts people, and a noun for people written before the number (not a noun of another kind).
  ['zh', '这家工厂共有工人1200人。', 1200, 'employees', '工人'],
  ['zh', '这家新开的公司已有1200人。', 1200, 'people', '人'],
  ['zh', '全镇居民共8000多人。', 8000, 'people', '人'],
  ['zh', '车祸造成30余人受伤。', 30, 'injured', '人受伤'],
  // A classifier alone after the number counts the common noun before it, known or as written; not a noun of an amount.
  ['zh', '仓库里存放着物资3000件。', 3000, '物资', '物资'],
  ['zh', '这次活动共发放口罩2万只。', 20000, 'masks', '口罩'],
  ['zh', '这次活动共发放雨伞2万把。', 20000, '雨伞', '雨伞'],
  ['zh', '这款手机的销量超过3000万台。', 3e7, 'units', '台'],
  ['zh', '公司去年购入卡车20辆。', 20, 'vehicles', '辆'], // an unknown noun before a classifier of one class is of its class
  // A comparative between the number and its noun in postpositional languages.
  ['tr', "Bölgede 300'den fazla köprü yenilendi.", 300, 'bridges', 'köprü'],
  ['hi', 'शहर में 20 से ज्यादा संग्रहालय हैं।', 20, 'museums', 'संग्रहालय'],
  ['ja', 'この島には40を超える総合病院が点在する。', 40, 'hospitals', '総合病院'],
  // An age stated without its noun.
  ['ru', 'В свои 30 он уже руководил заводом.', 30, 'years', 'В свои 30'],
  ['pt', 'Com apenas 19, ele venceu a corrida.', 19, 'years', 'Com apenas 19'],
  ['ar', 'توفي الكاتب وهو في الـ90 من عمره.', 90, 'years', '90 من عمر'],
];

for (const [lang, sentence, value, unit, measure] of OPEN) {
  test(`open claim ${lang}: ${sentence}`, () => {
    const claim = numeric(sentence, lang).find((c) => c.value === value);
    assert.ok(claim, `a claim of ${value}`);
    assert.equal(claim.unit, unit);
    assert.equal(claim.measure, measure);
    assert.ok(claim.confidence >= MIN_CLAIM_CONFIDENCE && claim.confidence < ATTRIBUTED_CONFIDENCE);
  });
}

test('money and percentages are claims without an attribute word or entity, with a lower confidence than attributed ones', () => {
  const [money] = numeric('A ticket now costs €4.50 on weekdays.', 'en');
  assert.deepEqual([money.value, money.unit, money.entity], [4.5, 'EUR', null]);
  const [percent] = numeric('Die Arbeitslosenquote sank auf 5,3 Prozent.', 'de');
  assert.deepEqual([percent.value, percent.unit], [5.3, '%']);
  assert.ok(percent.confidence < ATTRIBUTED_CONFIDENCE);
});

test('a bare number joined to a percentage or an amount of money is one too', () => {
  const [from, to] = numeric('La tasa bajó de 12 a 9 % en un año.', 'es');
  assert.deepEqual([from.value, from.unit, to.value, to.unit], [12, '%', 9, '%']);
  const [change] = numeric('Der Preis stieg um 40 auf 120 Euro.', 'de');
  assert.deepEqual([change.value, change.unit], [40, 'EUR']);
  const [low] = numeric('Mieten zwischen 700 und 900 Euro sind hier üblich.', 'de');
  assert.deepEqual([low.value, low.unit], [700, 'EUR']);
  const [arabic] = numeric('تتراوح رسوم الدورة ما بين 200 و400 جنيه إسترليني.', 'ar');
  assert.deepEqual([arabic.value, arabic.unit], [200, 'GBP']);
});

test('a scaled bare number after an amount of money shares its currency (ellipsis); a Romance scale noun takes no noun but through de/di', () => {
  const en = numeric('The club spent 18 million pounds last season, of which 6.5 million went on wages.', 'en');
  assert.deepEqual(en.map((c) => [c.value, c.unit]), [[18e6, 'GBP'], [6.5e6, 'GBP']]);
  const fr = numeric('Le festival a coûté 18 millions d’euros, dont 6,5 millions en cachets d’artistes.', 'fr');
  assert.deepEqual(fr.map((c) => [c.value, c.unit]), [[18e6, 'EUR'], [6.5e6, 'EUR']]);
  // A scale noun and a half too (`e mezzo`, `y medio`).
  const it = numeric('La squadra ha incassato 9 milioni di euro, di cui 3 milioni e mezzo dagli sponsor.', 'it');
  assert.deepEqual(it.map((c) => [c.value, c.unit]), [[9e6, 'EUR'], [3.5e6, 'EUR']]);
  assert.deepEqual(numeric('La región tiene dos millones y medio de habitantes.', 'es').map((c) => [c.value, c.unit]), [[2.5e6, 'people']]);
  // A currency's name through de/di after a scale noun and a half is an amount of that money.
  assert.deepEqual(numeric('Le budget atteint 2 millions et demi d’euros cette année.', 'fr').map((c) => [c.value, c.unit]), [[2.5e6, 'EUR']]);
  // Through de/di the noun is found (`d'exemplaires`: copies, not units).
  assert.deepEqual(numeric('Le roman s’est vendu à deux millions d’exemplaires.', 'fr').map((c) => c.unit), ['copies']);
  assert.deepEqual(numeric('Vom ersten und zweiten Band wurden 2 Millionen bzw. 4 Millionen Exemplare gedruckt.', 'de').map((c) => c.unit), ['copies', 'copies']);
  // A number joined to a scaled one shares its scale word, when read at that scale it is near it.
  assert.deepEqual(numeric('Der Weizenertrag fiel von 7,2 auf 6,9 Millionen Tonnen.', 'de').map((c) => [c.value, c.unit]), [[7.2e6, 'tons'], [6.9e6, 'tons']]);
  assert.deepEqual(numeric('The deficit narrowed from 4.1 to 3.2 billion dollars.', 'en').map((c) => [c.value, c.unit]), [[4.1e9, 'USD'], [3.2e9, 'USD']]);
  assert.deepEqual(numeric('Die Zahl stieg von 800.000 auf 1,2 Millionen Besucher.', 'de').map((c) => c.value), [800000, 1.2e6]); // near without it
  // A part of the amount named by a pronoun (`of which`) is of its money, whatever unknown word follows it.
  assert.deepEqual(numeric('Фонд собрал 25 миллионов рублей, из которых 8 миллионов ушли на ремонт.', 'ru').map((c) => [c.value, c.unit]), [[25e6, 'RUB'], [8e6, 'RUB']]);
  assert.deepEqual(numeric('संग्रहालय को 25 मिलियन डॉलर मिले, जिसमें से 8 मिलियन शोध पर खर्च होंगे।', 'hi').map((c) => [c.value, c.unit]), [[25e6, 'USD'], [8e6, 'USD']]);
  assert.deepEqual(numeric('Было 30 тысяч жителей, из которых 12 тысяч детей.', 'ru').map((c) => c.unit), ['people', 'children']); // no money: its own noun
  // A Slavic adjective of origin before the currency's name.
  assert.deepEqual(numeric('Билет на финал стоил 2 тысячи британских фунтов.', 'ru').map((c) => c.unit), ['GBP']);
  assert.deepEqual(numeric('Bilet kosztuje 40 amerykańskich dolarów.', 'pl').map((c) => c.unit), ['USD']);
  // A noun of its own keeps a count a count.
  const own = numeric('Sales reached $3 billion and 2 million phones.', 'en');
  assert.equal(own.find((c) => c.value === 2e6)?.unit, 'phones');
});

test('a partitive after a number counts the noun of the phrase after it (`12 of the new hospitals`, `25 der größten Werbekunden`)', () => {
  const table: Array<[string, string, number, string]> = [
    ['en', 'Only 12 of the new hospitals opened on time.', 12, 'hospitals'],
    ['en', 'She beat 3 of the 10 candidates in the vote.', 3, 'candidates'],
    ['de', 'Die Messe lockte 25 der bundesweit größten Werbekunden an.', 25, 'customers'], // the compound's head
    ['es', 'El lunes cerraron 3 de los principales bancos del país.', 3, 'banks'],
    ['it', 'Ieri sono arrivati 2 dei 40 treni previsti.', 2, 'trains'],
    ['fr', 'Hier 2 des grandes banques ont fermé.', 2, 'banks'],
    ['pt', 'Ontem 3 dos maiores bancos fecharam.', 3, 'banks'],
    ['de', 'Bisher haben 12 der Haushalte Strom.', 12, 'houses'], // a plural in -e the vocabulary knows
  ];
  for (const [lang, text, value, unit] of table) assert.equal(numeric(text, lang).find((c) => c.value === value)?.unit, unit, text);
  // German `der` is also the genitive singular of a feminine noun: a singular head is counted by nothing.
  const singular: string[] = [
    'Auch die Plätze 1 bis 3 der Bayerischen Landesliste gingen an Kiel.', // a capitalised adjective of a name, then the noun
    'Nur 4 der Kommission stimmten zu.',
    'Nur 4 der Abteilung kamen.',
    'Gewonnen haben 5 der Klasse.',
  ];
  for (const text of singular) assert.equal(numeric(text, 'de').at(-1)?.unit, null, text);
  assert.equal(numeric('Nur 2 der Studenten kamen.', 'de')[0]?.unit, 'students');
});

test('a part of a whole named by a pronoun counts what the count of the whole counted, in the sentence or before it', () => {
  const table: Array<[string, string, number, string | null]> = [
    ['en', 'The city counted 1,200 protesters; 50 of them were arrested.', 50, 'protesters'],
    ['en', 'The firm hired 300 engineers, 40 of whom came from abroad.', 40, 'engineers'],
    ['de', 'Die Firma hat 5.000 Mitarbeiter, davon 300 in Berlin.', 300, 'employees'],
    ['fr', 'Le club a 400 membres, dont 120 sont actifs.', 120, 'members'],
    ['zh', '报名参赛的3000人中，450完成了全程。', 450, 'people'],
    ['ja', '参加者は300人で、うち120が学生だった。', 120, 'participants'], // the topic before the counter of people
    ['en', 'Officials said 50 were arrested.', 50, null], // no whole stated before: no measure
  ];
  for (const [lang, text, value, unit] of table) assert.equal(numeric(text, lang).find((c) => c.value === value)?.unit ?? null, unit, text);
});

test('a percentage point is no percent: the unit is percentage points in every language, as the grammar reads it or by the vocabulary', () => {
  const table: Array<[string, string]> = [
    ['en', 'Unemployment fell by 1.5 percentage points.'], ['de', 'Die Quote sank um 1,5 Prozentpunkte.'],
    ['fr', 'Le chômage a reculé de 1,5 point de pourcentage.'], ['es', 'El paro bajó 1,5 puntos porcentuales.'],
    ['it', 'La disoccupazione è scesa di 1,5 punti percentuali.'], ['pt', 'O desemprego caiu 1,5 pontos percentuais.'],
    ['ru', 'Безработица снизилась на 1,5 процентного пункта.'], ['pl', 'Bezrobocie spadło o 1,5 punktu procentowego.'],
    ['tr', 'İşsizlik 1,5 yüzde puan düştü.'], ['zh', '失业率下降了1.5个百分点。'], ['ja', '失業率は1.5ポイント低下した。'],
    ['ko', '실업률이 1.5%포인트 하락했다.'], ['ko', '실업률이 1.5%p 하락했다.'], ['tr', 'İşsizlik yüzde 1,5 puan düştü.'],
  ];
  for (const [lang, text] of table) assert.equal(numeric(text, lang)[0]?.unit, 'percentage points', text);
  // A percent stays one, also before `p.a.` (per annum); an abbreviation the vocabulary writes with its dot keeps it.
  assert.deepEqual(numeric('Die Quote stieg um 0,7 Prozentpunkte auf 8,2 Prozent.', 'de').map((c) => c.unit), ['percentage points', '%']);
  assert.equal(numeric('Prices rose 5% p.a. last year.', 'en')[0]?.unit, '%');
  assert.equal(numeric('İşsizlik yüzde 12 oldu.', 'tr')[0]?.unit, '%');
  assert.equal(numeric('Stopa wzrosła o 2,5 pkt proc.', 'pl')[0]?.measure, 'pkt proc.');
});

test('a bare number read with an attribute word counts its unit: a population counts people', () => {
  for (const [lang, sentence] of [['en', 'The town’s population in 1850 was some 48,000.'], ['de', 'Die Bevölkerung wuchs auf 2,3 Millionen.'],
    ['ja', '福岡市の人口はおよそ160万だ。'], ['hi', 'इस ज़िले की आबादी अब करीब आठ लाख है।']]) {
    assert.equal(numeric(sentence, lang).find((c) => c.value >= 48000)?.unit, 'people', sentence);
  }
  // Employment, as labour statistics state it, counts the employed.
  for (const [lang, sentence] of [['de', 'Im Handwerk wuchs die Beschäftigung um 27.000.'], ['en', 'Employment rose by 120,000 in May.'],
    ['fr', 'L’emploi a progressé de 52 000 au premier trimestre.']]) {
    assert.equal(numeric(sentence, lang)[0]?.unit, 'employees', sentence);
  }
});

test('a change stated without its noun counts what the paragraph counted before', () => {
  const claims = numeric('Die Zahl der Erwerbslosen im Kreis lag im Herbst bei 6.100. Bis Dezember ist sie um 180 gesunken. Gegenüber dem Vorjahr sind das 250 weniger.', 'de');
  assert.deepEqual(claims.map((c) => c.unit), ['unemployed', 'unemployed', 'unemployed']);
  // Without a change word a bare number takes nothing from before.
  assert.equal(numeric('Es kamen 300 Besucher. Dann waren es 12.', 'de').find((c) => c.value === 12)?.unit ?? null, null);
});

test('an age in brackets needs a person named before it; between commas a capitalised word, except in German', () => {
  const p = 'Anna Meier (42) aus Kiel wurde befragt.';
  assert.equal(numeric(p, 'de', [mention(p, 'Anna Meier', 'person')])[0].unit, 'years');
  assert.notEqual(numeric('Im Jahresbericht (42) steht es.', 'de')[0]?.unit, 'years');
  assert.notEqual(numeric('Laut Bericht, 42, sind es mehr.', 'de')[0]?.unit, 'years');
});

test('in subject-object-verb languages a name after the number is no subject; before it, it is', () => {
  const ko = '그 도시의 인구는 30만 명으로 독일의 어느 도시보다 많다.';
  assert.equal(numeric(ko, 'ko', [mention(ko, '독일')])[0].entity, null);
  const ja = 'ナントの人口は32万人で、スペインの多くの都市より少ない。';
  assert.equal(numeric(ja, 'ja', [mention(ja, 'ナント'), mention(ja, 'スペイン')])[0].entity, 'ナント');
  // The head of the relative clause the number stands in, marked as topic or subject, or a Turkish bare nominative.
  const jaHead = '高さ300メートルに建てられた大阪のタワーは新しい。';
  assert.equal(numeric(jaHead, 'ja', [mention(jaHead, '大阪')])[0].entity, '大阪');
  const koHead = '높이 300 미터로 지은 부산 타워는 새것이다.';
  assert.equal(numeric(koHead, 'ko', [mention(koHead, '부산')])[0].entity, '부산');
  const tr = 'Yaklaşık 40.000 kişinin yaşadığı Bursa büyüyor.';
  assert.equal(numeric(tr, 'tr', [mention(tr, 'Bursa')])[0].entity, 'Bursa');
  const trOblique = "Yaklaşık 40.000 kişi Bursa'dan ayrıldı.";
  assert.equal(numeric(trOblique, 'tr', [mention(trOblique, "Bursa'dan")])[0].entity, null);
  // Before the number too, a Turkish name in the locative, ablative, dative or instrumental is an adverbial; the genitive is the possessor.
  const trAdverbials = ["İzmir'deki 3 fabrika kapandı.", "Ankara'dan 12 otobüs geldi.", "Konya'ya 40 ton un gönderildi.", "Aselsan'la 5 anlaşma imzalandı."];
  for (const text of trAdverbials) assert.equal(numeric(text, 'tr', [mention(text, text.split(' ')[0])])[0]?.entity, null, text);
  const trGenitive = "Aselsan'ın 5 fabrikası var.";
  assert.equal(numeric(trGenitive, 'tr', [mention(trGenitive, "Aselsan'ın", 'org')])[0]?.entity, "Aselsan'ın");
  // Of the names before the number, the topic- or subject-marked one, not a place named in passing nearer to it.
  const jaTopic = '東京の会社は大阪で300人を雇った。';
  assert.equal(numeric(jaTopic, 'ja', [mention(jaTopic, '東京'), mention(jaTopic, '大阪')])[0].entity, '東京');
  const koTopic = '서울 시청은 부산에서 300명을 고용했다.';
  assert.equal(numeric(koTopic, 'ko', [mention(koTopic, '서울'), mention(koTopic, '부산')])[0].entity, '서울');
  // German puts the subject after the verb: `540 Milliarden Parameter hat PaLM`.
  const de = 'Rund 80 Mitarbeiter beschäftigt Siemens dort.';
  assert.equal(numeric(de, 'de', [mention(de, 'Siemens', 'org')])[0].entity, 'Siemens');
});

test('a name after the number behind a preposition is an adjunct, not the subject', () => {
  const en = 'Just 14 percent of the seats remain free for Carnival Week.';
  assert.equal(numeric(en, 'en', [mention(en, 'Carnival Week')])[0].entity, null);
  const de = 'Rund 80 Besucher kamen aus Hamburg.';
  assert.equal(numeric(de, 'de', [mention(de, 'Hamburg')])[0].entity, null);
  // A genitive's object owns the counted thing; an organisation behind any preposition too.
  const of = 'The plant employs 1,200 staff of Siemens.';
  assert.equal(numeric(of, 'en', [mention(of, 'Siemens', 'org')])[0].entity, 'Siemens');
  const at = 'Some 300 engineers work at Siemens.';
  assert.equal(numeric(at, 'en', [mention(at, 'Siemens', 'org')])[0].entity, 'Siemens');
  const it = 'La squadra vinse tre partite di fila a Bergamo.';
  assert.equal(numeric(it, 'it', [mention(it, 'Bergamo')])[0].entity, null);
  const inside = 'Elle a peint quatre tableaux avec la fille de Jean Dupont.';
  assert.equal(numeric(inside, 'fr', [mention(inside, 'Jean Dupont', 'person')])[0].entity, null);
  const zh = '这批货物共有300箱从上海运出。';
  assert.equal(numeric(zh, 'zh', [mention(zh, '上海')])[0]?.entity ?? null, null);
  // Without one, a name after the number in its clause may still be the subject (German puts it after the verb).
  const inverted = 'Rund 80 Mitarbeiter beschäftigt Siemens dort.';
  assert.equal(numeric(inverted, 'de', [mention(inverted, 'Siemens', 'org')])[0].entity, 'Siemens');
});

test('a name that only modifies a noun, or stands inside the counted phrase of an earlier number, is no subject', () => {
  const subjectOf = (text: string, lang: string, name: string, type: EntityMention['type'], value: number) =>
    numeric(text, lang, [mention(text, name, type)]).find((c) => c.value === value)?.entity ?? null;
  // After a determiner, a place or organisation before a common noun modifies it: the phrase is about the noun.
  assert.equal(subjectOf('On Monday the Varna police fined 14 drivers.', 'en', 'Varna', 'place', 14), null);
  assert.equal(subjectOf('Last week the Varna harbour board approved 14 new berths.', 'en', 'Varna', 'org', 14), null);
  // A head in -s may be the name's verb; a past tense in -ed is one.
  assert.equal(subjectOf('This year the Netherlands exports 300 tonnes of tulips.', 'en', 'Netherlands', 'place', 300), 'Netherlands');
  assert.equal(subjectOf('The Varna port handled 300 ships.', 'en', 'Varna', 'place', 300), null);
  // Inside the counted phrase of an earlier number: an object of its clause, not the subject of the later number.
  assert.equal(subjectOf('Guests can book three Orvik cabins and get 10% off them.', 'en', 'Orvik', 'org', 10), null);
  assert.equal(subjectOf('Guests can book 3 Orvik cabins and get 10% off them.', 'en', 'Orvik', 'org', 10), null);
  assert.equal(subjectOf('Gäste können 3 Hütten bei Orvik buchen und 10 % Rabatt bekommen.', 'de', 'Orvik', 'org', 10), null);
  assert.equal(subjectOf('Os hóspedes podem reservar 3 cabanas Orvik e ter 10% de desconto.', 'pt', 'Orvik', 'org', 10), null);
  assert.equal(subjectOf('Les clients peuvent réserver 3 chalets auprès de Orvik et obtenir 10 % de remise.', 'fr', 'Orvik', 'org', 10), null);
  assert.equal(subjectOf('Misafirler 3 Orvik kulübesi kiralayıp yüzde 10 indirim alabilir.', 'tr', 'Orvik', 'org', 10), null);
  // Not after a year, a rank or a number whose unit a verb follows (German puts the subject after the verb).
  assert.equal(subjectOf('In 2019 Aldora hired 300 people.', 'en', 'Aldora', 'org', 300), 'Aldora');
  assert.equal(subjectOf('In 1890, Tarsa housed 40,000 miners.', 'en', 'Tarsa', 'place', 40000), 'Tarsa');
  assert.equal(subjectOf('The single reached No. 12 in Ghana and sold 30,000 copies.', 'en', 'Ghana', 'place', 30000), 'Ghana');
  assert.equal(subjectOf('Seit 8 Jahren forscht Aldora daran und hat 20 Mio. Euro investiert.', 'de', 'Aldora', 'org', 20000000), 'Aldora');
  // Not across a conjunction that starts another phrase, nor after a score; a plural name before its verb stays.
  assert.equal(subjectOf('Die Quote lag bei 3 % und in Polen bei 4 %.', 'de', 'Polen', 'place', 4), 'Polen');
  assert.equal(subjectOf("2-1 Ana Ruiz desde el punto de penal al 75'.", 'es', 'Ana Ruiz', 'person', 75), 'Ana Ruiz');
  assert.equal(subjectOf('As the Falcons prepare for 6 matches, fans wait.', 'en', 'Falcons', 'org', 6), 'Falcons');
  // A figure in brackets right after a name is said of it, whatever phrase the name stands in.
  const race = 'Lena Holt gewann mit 4,10 Meter vor Ida Berg (3,90 Meter).';
  assert.deepEqual(numeric(race, 'de', [mention(race, 'Lena Holt', 'person'), mention(race, 'Ida Berg', 'person')]).map((c) => c.entity), ['Lena Holt', 'Ida Berg']);
  const cast = 'Die Rolle spielt Tom (Jonas Weber, 31) seit Jahren.';
  assert.equal(numeric(cast, 'de', [mention(cast, 'Tom', 'person'), mention(cast, 'Jonas Weber', 'person')])[0]?.entity, 'Jonas Weber');
  // A currency's name the quantity reads as its unit is part of the quantity, whatever the names rules took it for.
  const tr = 'Bu kursa 800 Sterlin ödeyen öğrenci ayda 40 Sterlin geri alır.';
  const sterlin = [tr.indexOf('Sterlin'), tr.lastIndexOf('Sterlin')].map((start): EntityMention => ({ text: 'Sterlin', canonical: 'Sterlin', type: 'person', paragraph: 0, start, end: start + 7 }));
  assert.deepEqual(numeric(tr, 'tr', sterlin).map((c) => [c.value, c.entity]), [[800, null], [40, null]]);
});

test('the named source of a statement is not its subject, in any word order', () => {
  const en = 'According to Reuters, the harbour expansion will cost 40 million euros.';
  assert.equal(numeric(en, 'en', [mention(en, 'Reuters', 'org')])[0].entity, null);
  const de = 'Laut Destatis stieg die Zahl auf 120.000 Fälle.';
  assert.equal(numeric(de, 'de', [mention(de, 'Destatis', 'org')]).find((c) => c.value === 120000)?.entity, null);
  const fr = 'Selon le Parisien, la rénovation du stade coûterait 40 millions d’euros.';
  assert.equal(numeric(fr, 'fr', [mention(fr, 'Parisien', 'org')])[0].entity, null);
  const tr = "Reuters'a göre stadın yenilenmesi 40 milyon euroya mal olacak.";
  assert.equal(numeric(tr, 'tr', [mention(tr, "Reuters'a", 'org')])[0].entity, null);
  const ja = 'ロイターによると、新しい橋の建設に4000万ユーロかかる。';
  assert.equal(numeric(ja, 'ja', [mention(ja, 'ロイター', 'org')])[0].entity, null);
  // The name may modify the source's head noun before the postposition.
  const trHead = "Almanya Çalışma Ajansı'na göre işsiz sayısı 40 bin arttı.";
  assert.equal(numeric(trHead, 'tr', [mention(trHead, 'Almanya')])[0].entity, null);
  const koHead = '독일 연방통계청에 따르면 실업자가 4만 명 늘었다.';
  assert.equal(numeric(koHead, 'ko', [mention(koHead, '독일')])[0].entity, null);
  const deOwn = 'Siemens investiert eigenen Angaben zufolge 300 Millionen Euro.';
  assert.equal(numeric(deOwn, 'de', [mention(deOwn, 'Siemens', 'org')])[0].entity, 'Siemens');
});

test('a name after the number in a subordinate clause is not its subject', () => {
  const en = 'It took three weeks before officials learned that Oxford had closed the lab.';
  assert.equal(numeric(en, 'en', [mention(en, 'Oxford')])[0].entity, null);
  const fr = 'Il a fallu trois semaines pour que Lyon ferme le laboratoire.';
  assert.equal(numeric(fr, 'fr', [mention(fr, 'Lyon')])[0].entity, null);
});

test('a fronted phrase holding the number states it of the main clause subject after its comma', () => {
  const en = 'With some 600 volunteers and 25 vans, Harbor Aid feeds the district.';
  assert.deepEqual(numeric(en, 'en', [mention(en, 'Harbor Aid', 'org')]).map((c) => c.entity), ['Harbor Aid', 'Harbor Aid']);
  const later = 'With some 600 volunteers, the kitchen now cooks for Harbor Aid.';
  assert.equal(numeric(later, 'en', [mention(later, 'Harbor Aid', 'org')])[0].entity, null, 'a name later in the clause is not its subject');
  // A list inside the phrase: its items are not the subject, the name after the comma that closes it is.
  const list = 'With 600 volunteers, 25 vans, and 8 kitchens spread over Leeds, York, and Hull, Harbor Aid feeds the district.';
  const ms = [mention(list, 'Leeds'), mention(list, 'York'), mention(list, 'Hull'), mention(list, 'Harbor Aid', 'org')];
  assert.deepEqual(numeric(list, 'en', ms).map((c) => c.entity), ['Harbor Aid', 'Harbor Aid', 'Harbor Aid']);
});

test('a sentence that names no one continues the topic of the sentence before it, unless it marks a topic of its own', () => {
  const p = 'Kiel Telecom opened a new plant. It employs 300 engineers.';
  assert.equal(numeric(p, 'en', [mention(p, 'Kiel Telecom', 'org')])[0].entity, 'Kiel Telecom');
  const ja = '東京電力は新しい工場を作った。最も小さい工場は30人を雇う。';
  assert.equal(numeric(ja, 'ja', [mention(ja, '東京電力', 'org')])[0].entity, null);
});

test('the subject of an open claim is the nearest name before it, of any type', () => {
  const p = 'In Lyon, the council opened 14 libraries last year.';
  const [claim] = numeric(p, 'en', [mention(p, 'Lyon')]);
  assert.equal(claim.entity, 'Lyon');
  const alone = numeric('The council opened 14 libraries last year.', 'en')[0];
  assert.ok(claim.confidence > alone.confidence, 'a subject raises the confidence');
});

test('a place in a prepositional phrase before the number gives way to the name before it in its clause', () => {
  // [lang, sentence, organisation, place]
  const cases: Array<[string, string, string, string]> = [
    ['en', 'Acme Foods in the Netherlands employs 450 people.', 'Acme Foods', 'Netherlands'],
    ['de', 'Kiel Telecom hat in Südkorea 2.000 Mitarbeiter.', 'Kiel Telecom', 'Südkorea'],
    ['fr', 'Brioche Dorée emploie en Belgique 450 personnes.', 'Brioche Dorée', 'Belgique'],
    ['es', 'Lácteos Sur emplea en la India a 900 personas.', 'Lácteos Sur', 'India'],
    ['zh', '东方电气在印度售出了300台涡轮机。', '东方电气', '印度'],
  ];
  for (const [lang, text, org, place] of cases) {
    assert.equal(numeric(text, lang, [mention(text, org, 'org'), mention(text, place)])[0]?.entity, org, text);
  }
  // Not across a clause break, and not for a place that heads its clause.
  const reported = 'Der Chef von Kiel Telecom sagte, in Südkorea gebe es 2.000 Kunden.';
  assert.equal(numeric(reported, 'de', [mention(reported, 'Kiel Telecom', 'org'), mention(reported, 'Südkorea')])[0]?.entity, 'Südkorea');
  const head = 'Kiel Telecom says Südkorea has 2,000 customers.';
  assert.equal(numeric(head, 'en', [mention(head, 'Kiel Telecom', 'org'), mention(head, 'Südkorea')])[0]?.entity, 'Südkorea');
});

test('an English name modifying the noun after it inside a prepositional phrase is not the subject', () => {
  // [sentence, name, subject expected]
  const cases: Array<[string, string, string | null]> = [
    ['Most chairs made from Oregon timber lasted for 30 years.', 'Oregon', null],
    ['The staff at Acme branches handled 4,000 calls a day.', 'Acme', null],
    // The phrase ends on the name (a comma, a number, a conjunction after it), or opens the sentence: the name stays.
    ['A bakery in Leeds, north England, sold 900 loaves.', 'Leeds', 'Leeds'],
    ['In Lyon libraries lent 14,000 books last year.', 'Lyon', 'Lyon'],
    ['Farms near Ghent and Bruges lost 300 cows.', 'Bruges', 'Bruges'],
    ['Most of the growth in Ontario went to the top 10 percent.', 'Ontario', 'Ontario'], // a verb after the name
    ['A new line in South Kent opened with 20 stations.', 'South Kent', 'South Kent'],
    // Not a prepositional phrase: a noun adjunct heading the sentence keeps its name (`Acme subscribers pay 5% less`).
    ['Acme subscribers pay 5% less this month.', 'Acme', 'Acme'],
  ];
  for (const [text, name, subject] of cases) assert.equal(numeric(text, 'en', [mention(text, name)])[0]?.entity, subject, text);
});

test('a name inside an apposition gives way to the name the apposition describes', () => {
  // [lang, sentence, described name, name inside the apposition, subject expected]
  const cases: Array<[string, string, string, string, string]> = [
    ['en', 'Mara Lind, a former adviser to the Treasury, was fined 12,000 euros.', 'Mara Lind', 'Treasury', 'Mara Lind'],
    ['es', 'Lácteos Sur, con sede en Rosario, emplea a 900 personas.', 'Lácteos Sur', 'Rosario', 'Lácteos Sur'],
    ['fr', 'Un musée à Tarbes, près de Toulouse, accueille 40 classes par an.', 'Tarbes', 'Toulouse', 'Tarbes'],
    // A list has no comma closing it before the number; a named source is no subject.
    ['en', 'Ghent, Bruges and Ypres lost 300 cows.', 'Ghent', 'Ypres', 'Ypres'],
    ['en', 'According to Reuters, Acme shipped 300 trucks, of which 12 were sold.', 'Reuters', 'Acme', 'Acme'],
  ];
  for (const [lang, text, outer, inner, subject] of cases) {
    const claims = numeric(text, lang, [mention(text, outer), mention(text, inner)]);
    assert.equal(claims.at(-1)?.entity, subject, text);
  }
  // A person named in the apposition is who the described office or body is.
  const named = 'La presidenta del Club Sur, Marta Gil, anunció 35 nuevas plazas.';
  assert.equal(numeric(named, 'es', [mention(named, 'Club Sur', 'org'), mention(named, 'Marta Gil', 'person')])[0]?.entity, 'Marta Gil');
  // A list item is no described name: the apposition is looked for after the name the clause opens with.
  const list = 'La neve colpirà Piemonte, Liguria, parte della Toscana e la Sardegna, con 20 centimetri.';
  assert.equal(numeric(list, 'it', ['Piemonte', 'Liguria', 'Toscana', 'Sardegna'].map((name) => mention(list, name)))[0]?.entity, 'Sardegna');
});

test('a place closed by a postposition of place, source or company gives way to the name before it in its clause', () => {
  // [lang, sentence, organisation, place]
  const cases: Array<[string, string, string, string]> = [
    ['ko', '한빛전자는 유럽에서 공장 4곳을 운영한다.', '한빛전자', '유럽'],
    ['tr', 'Kaya Holding satışları Avrupa şubeleriyle birlikte yüzde 5 arttı.', 'Kaya Holding', 'Avrupa'],
  ];
  for (const [lang, text, org, place] of cases) {
    assert.equal(numeric(text, lang, [mention(text, org, 'org'), mention(text, place)])[0]?.entity, org, text);
    // Alone, the place is still the subject.
    assert.equal(numeric(text, lang, [mention(text, place)])[0]?.entity, place, text);
  }
});

test('a name deep in a fronted phrase closed by a comma is no subject of the main clause', () => {
  // [lang, sentence, names, subject expected]
  const cases: Array<[string, string, string[], string | null]> = [
    ['en', 'Following her win at the Oslo Marathon, the 27-year-old rested for a month.', ['Oslo Marathon'], null],
    ['es', 'Después del concierto en el Teatro de Quito, el pianista de 62 años se retiró.', ['Teatro', 'Quito'], null],
    // Governed by the opening preposition itself, the name frames the clause.
    ['en', 'In Lyon, the council opened 14 libraries last year.', ['Lyon'], 'Lyon'],
    // A name the phrase opens with may be the subject of a fronted clause: the rule stays out.
    ['ru', 'После того как Иванов вернулся в Тверь, в газете вышли 39 статей.', ['Иванов', 'Тверь'], 'Тверь'],
    // A comma far after the name closes a clause whose verb followed the phrase (German verb-second).
    ['de', 'Laut dem Verband stieg der Umsatz in Österreich im Frühjahr spürbar, und zwar um 6 Prozent.', ['Österreich'], 'Österreich'],
    ['fr', "Depuis qu'il a été rénové en Suisse, le chalet n'accueille que 8 % des visiteurs.", ['Suisse'], 'Suisse'],
  ];
  for (const [lang, text, names, subject] of cases) {
    assert.equal(numeric(text, lang, names.map((name) => mention(text, name)))[0]?.entity, subject, text);
  }
});

test('an organisation behind a preposition after the number owns a count, not a stretch of time spent there', () => {
  const kept = 'The paintings were stored for 9 months at Acme Labs.';
  assert.equal(numeric(kept, 'en', [mention(kept, 'Acme Labs', 'org')])[0]?.entity, null);
  const staff = 'The project employs 80 engineers at Acme Labs.';
  assert.equal(numeric(staff, 'en', [mention(staff, 'Acme Labs', 'org')])[0]?.entity, 'Acme Labs');
  const fr = 'Les tableaux ont été entreposés pendant 9 mois dans la Galerie Centrale.';
  assert.equal(numeric(fr, 'fr', [mention(fr, 'Galerie Centrale', 'org')])[0]?.entity, null);
});

// [lang, sentence, the number text that must not become a claim]
const NOT_CLAIMS: Array<[string, string, number]> = [
  ['de', 'Die Klage stützt sich auf § 242 Absatz 3 des Gesetzes.', 242],
  ['fr', 'Le texte modifie la loi n° 78 sur les forêts.', 78],
  ['es', 'Así lo dispone el Decreto 45/19 del gobierno.', 45],
  ['en', 'Readers rated the film 4/5 on average.', 4],
  ['en', 'Details at https://example.org/reports/2291/summary for members.', 2291],
  ['en', 'The new iPhone 15 went on sale in the autumn.', 15],
  ['it', 'Il concerto è fissato per il 21 settembre in piazza.', 21],
  ['pt', 'A reunião acontece no dia 3 de março na sede.', 3],
  ['zh', '会议定于下午3点开始。', 3],
  ['ja', '参加者は全体の3分の1にとどまった。', 1],
  ['en', 'Order 48151623421 was shipped yesterday to the client.', 48151623421],
  ['en', 'The forum thread was last edited 11 days ago by a moderator.', 11],
  ['de', 'Vor 3 Jahren wurde die Halle eröffnet.', 3],
  ['es', 'La fábrica cerró hace 20 años por la crisis.', 20],
  ['zh', '这篇文章发布于3天前。', 3],
  ['zh', '主队最终以90对89险胜客队。', 90],
  // Decades are dates; a number with a leading zero is a code.
  ['es', 'La crisis comenzó en la década de los 80 en el sur del país.', 80],
  ['de', 'In den 70er Jahren wuchs die Stadt kräftig.', 70],
  ['zh', '这座城市在上世纪80年代迅速扩张。', 80],
  ['zh', '该公司（00700）股价上涨。', 700],
  // A level or stage the number labels.
  ['en', 'The county moves into tier 2 restrictions tomorrow.', 2],
  ['de', 'Ab Montag gilt im Landkreis die Warnstufe 3.', 3],
  ['es', 'El ensayo entra en la fase 2 con voluntarios.', 2],
  ['en', 'The derby ended 5-1 for the visitors.', 5],
  ['en', 'The derby ended 5-1 for the visitors.', 1],
  ['es', 'El tribunal falló por 7–2 a favor del demandante.', 2],
  ['en', 'Close prices (104.25, 3.18, 1.95%) were reported.', 104.25],
  ['de', 'Die Halle wurde vor 3 langen Jahren gebaut.', 3],
  ['ko', '1820년까지 이 도시는 작았다.', 1820],
  ['ko', '그 영화는 예매 순위 3위까지 올랐다.', 3],
  ['ko', '행사는 2030년 10월 17일까지 열린다.', 17],
  ['ja', 'その選手は大会で12位だった。', 12],
  ['tr', "Şarkı listede 45. sırada kaldı.", 45],
  // Process nodes are names: `7-nm process names` (the exclusions).
  ['zh', '这款处理器采用5纳米工艺生产。', 5],
  ['zh', '新处理器采用3纳米的制程。', 3],
  ['ja', '5ナノメートルプロセスで製造される。', 5],
  ['ko', '3나노 공정으로 양산한다.', 3],
  ['de', 'Der Prozessor wird im 4-nm-Verfahren gefertigt.', 4],
];

test('an ascending dashed pair is a range, not a score', () => {
  assert.ok(numeric('Each pack holds 4-6 eggs.', 'en').some((c) => c.low === 4 || c.value === 4));
});

test('a length in nanometres that is not a process node stays a claim', () => {
  assert.ok(numeric('误差只有7纳米。', 'zh').some((c) => c.value === 7));
});

for (const [lang, sentence, value] of NOT_CLAIMS) {
  test(`not a claim ${lang}: ${sentence}`, () => {
    assert.ok(!numeric(sentence, lang).some((c) => c.value === value), JSON.stringify(numeric(sentence, lang).map((c) => c.value)));
  });
}

test('a percentage before 分の is a proportion stated as a value, not a fraction', () => {
  assert.deepEqual(numeric('電力の30%分を風力でまかなう。', 'ja').map((c) => [c.value, c.unit]), [[30, '%']]);
});

test('a Korean counter is a measure only before a particle or ending, not as the start of another word', () => {
  assert.deepEqual(numeric('그는 33세의 감독이다. 광고는 15초짜리였다. 그 팀은 5세트 끝에 이겼다.', 'ko').map((c) => c.unit), ['years', 'seconds', 'sets']);
});

test('a Korean or Japanese year count stays a duration; a Chinese 位 counts people', () => {
  assert.equal(numeric('이 식당은 지난 9년간 문을 열었다.', 'ko')[0]?.value, 9);
  assert.deepEqual(numeric('会议邀请了45位专家。', 'zh').map((c) => [c.value, c.unit]), [[45, 'experts']]); // a noun for people after it
});

test('a Japanese or Korean counter of people joined by the genitive to a noun for people counts that noun; other nouns it only describes', () => {
  const units = (text: string, lang: string) => numeric(text, lang).map((c) => [c.value, c.unit]);
  assert.deepEqual(units('その大学には2万人の学生が在籍する。', 'ja'), [[20000, 'students']]);
  assert.deepEqual(units('工場は120名の従業員を雇う。', 'ja'), [[120, 'employees']]);
  assert.deepEqual(units('이 병원은 200명의 간호사를 고용했다.', 'ko'), [[200, 'nurses']]);
  assert.deepEqual(units('ここは人口30万人の都市だ。', 'ja'), [[300000, 'people']]); // a city of 300,000 people
  assert.deepEqual(units('19歳の新人が優勝した。', 'ja'), [[19, 'years']]); // a newcomer of 19
});

test('Chinese `the number of X` before a bare number (用户数, 游客数量, 员工人数) names X; 人数 alone counts people; 指数 is no count', () => {
  const table: Array<[string, string | null, string | null]> = [
    ['该应用用户数达到3000万。', 'users', '用户'],
    ['游客数量突破350万。', 'visitors', '游客'],
    ['学生总数为1200。', 'students', '学生'],
    ['参加人数达到3000。', 'people', '人数'],
    ['这块显卡的晶体管数达到580亿。', 'transistors', '晶体管'],
    ['该镇路灯数超过3000。', '路灯', '路灯'], // an unknown noun, as written
    ['上证指数超过3000点。', 'points', '点'], // an index, not a number of anything: the unit after the number
    ['今年的收入为3000万。', null, null], // no count word before the number
    // Any verb of reaching, exceeding, having or a change, with an adverb of degree or time, however the segmenter cuts it.
    ['该校学生数多达3000。', 'students', '学生'],
    ['该市游客数高达300万。', 'visitors', '游客'],
    ['园区企业数已多达300。', 'companies', '企业'],
    ['该市的病床数远超300。', 'beds', '病床'],
    ['该校学生数共有3000。', 'students', '学生'],
    ['该市图书馆数量则新增12。', 'libraries', '图书馆'],
  ];
  for (const [text, unit, measure] of table) assert.deepEqual(numeric(text, 'zh').map((c) => [c.unit, c.measure]), [[unit, measure]], text);
});

test('a Korean counter of people and the genitive count the known head after modifiers, not a noun past the phrase', () => {
  const table: Array<[string, string]> = [
    ['세 명의 한국인 기자가 도착했다.', 'journalists'],
    ['다섯 명의 젊은 한국인 선수가 왔다.', 'players'],
    ['열 명 이상의 낯선 방송 기자들이 몰려왔다.', 'journalists'],
    ['세 명의 지원자가 기자에게 말했다.', 'people'], // the head (지원자, with its particle) is unknown
  ];
  for (const [text, unit] of table) assert.equal(numeric(text, 'ko')[0]?.unit, unit, text);
});

test('after a Chinese person counter a known head noun names the measure; an unknown one leaves people', () => {
  const units = (text: string) => numeric(text, 'zh').map((c) => [c.value, c.unit]);
  assert.deepEqual(units('俱乐部有300名正式会员。'), [[300, 'members']]);
  assert.deepEqual(units('醫院新聘了12位資深醫生。'), [[12, 'doctors']]);
  assert.deepEqual(units('公司派出了30名技术人员。'), [[30, 'technicians']]);
  assert.deepEqual(units('公司派出了30名实习生。'), [[30, 'people']]);
});

test('the rules say why a number is not a claim', () => {
  const text = 'Nach § 12 gilt das.';
  const q = findQuantities(text, 'de').find((x) => x.value === 12)!;
  assert.equal(notAClaimBecause(text, q), 'reference number');
});

test('a word glued to a number and repeated in the article is a name (星河720), said once it is not', () => {
  const first = '新款平板搭载星河720处理器。';
  const article = `${first}\n测试表明星河720运行流畅。`;
  const q = findQuantities(first, 'zh').find((x) => x.value === 720)!;
  assert.equal(isRepeatedNameWithNumber(article, first, q), true);
  assert.equal(isRepeatedNameWithNumber(first, first, q), false);
});

test('a bare number an article uses as a model name is the model; with a unit or a measure it is an amount', () => {
  const article = ['新款平板搭载星河720处理器。', '测试表明星河720运行流畅。', '新款720在更小的面积里集成了更多核心，售价720元。', '车间有720名员工。'];
  assert.deepEqual(numeric(article.join('\n'), 'zh').map((c) => [c.value, c.unit]), [[720, 'CNY'], [720, 'employees']]);
  const once = '新款平板搭载星河720处理器。新款720运行流畅。'; // named once: no evidence the bare number is the name
  assert.ok(numeric(once, 'zh').some((c) => c.value === 720));
});

test('a model the article names by a number is the subject of the claims about it, by its name or its number alone', () => {
  const article = ['新款平板搭载星河720处理器，集成了85亿个晶体管。', '测试表明星河720运行流畅。', '改进后的720内含42亿个晶体管。'];
  assert.deepEqual(numeric(article.join('\n'), 'zh').map((c) => [c.value, c.entity]), [[8500000000, '星河720'], [4200000000, '星河720']]);
  const en = 'The A380 seats 500 passengers. Airlines ordered the A380 in 2005; the 380 flies 15,000 km.';
  assert.deepEqual(numeric(en, 'en').map((c) => [c.value, c.entity]), [[500, 'A380'], [15000, 'A380']]);
});

test('measure vocabulary: canonical English per language, German compounds by their head, unknown words as written', () => {
  assert.equal(canonicalMeasure('Mitarbeitern', 'de'), 'employees');
  assert.equal(canonicalMeasure('Flusskilometer', 'de'), 'kilometers');
  assert.equal(canonicalMeasure('passageiros', 'pt'), 'passengers');
  assert.equal(canonicalMeasure('Kaulquappen', 'de'), null);
  const isNoun = (w: string) => w !== 'the';
  assert.deepEqual(measureAfter('sold 12 the', 7, 'en', isNoun), null);
  assert.equal(measureAfter('有3000万用户', 6, 'zh', isNoun)?.canonical, 'users');
});

test('measure vocabulary: inflected forms find their base word (Turkish endings, Hindi oblique, Polish cases, Arabic marks and clitics)', () => {
  const table: Array<[string, string, string | null]> = [
    ['yıldır', 'tr', 'years'], ['yıllarında', 'tr', 'years'], ['günlük', 'tr', 'days'], ['haftadır', 'tr', 'weeks'], ['kişiden', 'tr', 'people'],
    ['ayrıca', 'tr', null], // `also`: no ending leaves `ay` (month)
    ['वर्षों', 'hi', 'years'], ['दिनों', 'hi', 'days'], ['लोगों', 'hi', 'people'],
    ['dniach', 'pl', 'days'], ['latach', 'pl', 'years'], ['osobami', 'pl', 'people'],
    ['عاماً', 'ar', 'years'], ['شخصاً', 'ar', 'people'], ['والأشخاص', 'ar', 'people'], ['يوماً', 'ar', 'days'],
    // Arabic and Hindi words of the common measures, singular, broken plural and with clitics; Turkish relative -ki.
    ['والأطفال', 'ar', 'children'], ['للطلاب', 'ar', 'students'], ['سيارات', 'ar', 'vehicles'], ['كيلوواط', 'ar', 'kilowatts'],
    ['महिलाओं', 'hi', 'women'], ['परिवारों', 'hi', 'families'], ['शहरों', 'hi', 'cities'], ['वर्षीय', 'hi', 'years'],
    ['yaşındaki', 'tr', 'years'], ['kilovat', 'tr', 'kilowatts'], ['megawatów', 'pl', 'megawatts'],
    // Common counted nouns of the news in every language: people by role, places, things.
    ['журналистов', 'ru', 'journalists'], ['ärzten', 'de', 'doctors'], ['جنود', 'ar', 'soldiers'], ['किसानों', 'hi', 'farmers'],
    ['hôpitaux', 'fr', 'hospitals'], ['köyleri', 'tr', 'villages'], ['películas', 'es', 'films'],
    // English ages written as adjectives.
    ['year-old', 'en', 'years'],
    // German case endings, one at a time, leaving four letters: dative plural, genitive, a singular sharing its base.
    ['kilometern', 'de', 'kilometers'], ['jahres', 'de', 'years'], ['schule', 'de', 'schools'], ['eis', 'de', null],
  ];
  for (const [word, lang, canonical] of table) assert.equal(canonicalMeasure(word, lang), canonical, `${word} (${lang})`);
});

test('measure vocabulary: common counted nouns of news beyond the issue\'s list (roles, animals, transport, places, events)', () => {
  const words: Array<[string, string, string]> = [
    ['Wähler', 'de', 'voters'], ['водителей', 'ru', 'drivers'], ['zakładników', 'pl', 'hostages'], ['manifestantes', 'es', 'protesters'],
    ['cavalli', 'it', 'horses'], ['köpekler', 'tr', 'dogs'], ['كلاب', 'ar', 'dogs'], ['पक्षियों', 'hi', 'birds'],
    ['autobuses', 'es', 'buses'], ['hôtels', 'fr', 'hotels'], ['universidades', 'pt', 'universities'], ['incendi', 'it', 'fires'],
    ['Angriffe', 'de', 'attacks'], ['réunions', 'fr', 'meetings'], ['seçimler', 'tr', 'elections'],
  ];
  for (const [word, lang, canonical] of words) assert.equal(canonicalMeasure(word, lang), canonical, `${word} (${lang})`);
  for (const [lang, text, unit] of [['zh', '村里养了三头牛。', 'cattle'], ['ja', '市内に5つの大学がある。', 'universities'], ['ko', '서울에는 40개의 호텔이 있다.', 'hotels']]) {
    assert.deepEqual(numeric(text, lang).map((c) => c.unit), [unit], text);
  }
});

test('measure vocabulary: a singular after a number finds its plural (English, French, Spanish, Portuguese, Italian plural endings)', () => {
  const table: Array<[string, string, string | null]> = [
    ['vehicle', 'en', 'vehicles'], ['company', 'en', 'companies'], ['persona', 'es', 'people'], ['ciudad', 'es', 'cities'],
    ['hôpital', 'fr', 'hospitals'], ['hospital', 'pt', 'hospitals'], ['ospedale', 'it', 'hospitals'], ['persona', 'it', 'people'],
    ['bus', 'en', null], ['glass', 'en', null], // no plural of a vocabulary word
  ];
  for (const [word, lang, canonical] of table) {
    assert.equal(canonicalMeasure(word, lang, undefined, false, true), canonical, `${word} (${lang})`);
    if (canonical) assert.equal(canonicalMeasure(word, lang), null, `${word} (${lang}): singulars only when asked`);
  }
  const claims: Array<[string, string, string | null]> = [
    ['en', 'Only 1 passenger was on board.', 'passengers'],
    ['es', 'El accidente dejó 1 persona herida.', 'people'],
    ['it', 'Il comune ha aperto 1 ospedale nuovo.', 'hospitals'],
    // A singular English word before another noun modifies it: the plural after it is the head, a known one even where
    // the stoplist holds it.
    ['en', 'She travelled with 2 school friends.', 'friends'],
    ['en', 'The caucus counts 95 House members.', 'members'],
    // After more than one a singular is counted by nothing (a name, a modifier): not its plural's measure.
    ['en', 'The team worked in 996 state all year.', null],
    // A Portuguese noun's singular participle after it agrees with nothing counted: the noun stays as written.
    ['pt', 'O grupo teve 3 ativistas preso ontem.', 'ativistas'],
  ];
  for (const [lang, text, unit] of claims) assert.deepEqual(numeric(text, lang).map((c) => c.unit), [unit], text);
});

test('measure vocabulary: CLDR unit names in their plural and case forms (data/measure-units.json)', () => {
  const table: Array<[string, string, string | null]> = [
    ['miesiącach', 'pl', 'months'], ['километрах', 'ru', 'kilometers'], ['كيلومترًا', 'ar', 'kilometers'], ['महीनों', 'hi', 'months'],
    ['microgrammes', 'fr', 'micrograms'], ['Gigawatt', 'de', 'gigawatts'], ['quilômetros', 'pt', 'kilometers'],
    ['фунтов', 'ru', null], // the pound's name is the currency's: not a unit of mass
    ['Zentimeter', 'de', 'centimeters'], ['Megajoule', 'de', null], // an SI prefix scales a unit: no compound of it
  ];
  for (const [word, lang, canonical] of table) assert.equal(canonicalMeasure(word, lang), canonical, `${word} (${lang})`);
  const claims: Array<[string, string, string]> = [
    ['ja', '会議は約30分で終わった。', 'minutes'],
    ['hi', 'वह वहाँ चार माह रहा।', 'months'],
    ['es', 'La presa produce 40 gigavatios al año.', 'gigawatts'],
  ];
  for (const [lang, text, unit] of claims) assert.deepEqual(numeric(text, lang).map((c) => c.unit), [unit], text);
});

test('a country\'s own currency symbol as its locale of the language writes it (CLDR), also with a dot before the amount', () => {
  const table: Array<[string, string, number, string]> = [
    ['es', 'El club pagó Gs. 2.450.000 por el terreno.', 2450000, 'PYG'],
    ['es', 'El contrato costó S/ 2.500 al municipio.', 2500, 'PEN'],
    ['es', 'La multa fue de RD$ 45.000 según el fallo.', 45000, 'DOP'],
    ['ru', 'Зарплата выросла до 30 000 сом в месяц.', 30000, 'KGS'],
  ];
  for (const [lang, text, value, unit] of table) assert.deepEqual(numeric(text, lang).map((c) => [c.value, c.unit]), [[value, unit]], text);
});

test('English `in` after a number is inches only where the preposition cannot stand: before a bracket, punctuation, × or a size', () => {
  const inches: Array<[string, number[]]> = [
    ['The monitor offers a 27 in (diagonal) screen.', [27]],
    ['The panel measures 12 in x 8 in.', [12, 8]],
    ['The shelf is 9 in wide and holds books.', [9]],
    ['The tablet screen grew to 11 in, the maker said.', [11]],
  ];
  for (const [text, values] of inches) {
    assert.deepEqual(numeric(text, 'en').filter((c) => c.unit === 'inches').map((c) => c.value), values, text);
  }
  for (const text of ['Only 1 in 5 voters turned out.', 'The team scored 3 in the first half.', 'Prices rose 4 in March, the office said.']) {
    assert.ok(numeric(text, 'en').every((c) => c.unit !== 'inches'), text);
  }
});

test('attribute words of the issue\'s measures in every supported language, with case endings where the language writes them', () => {
  const table: Array<[string, string, string]> = [
    ['it', 'Il fatturato del gruppo è salito a 3 milioni di euro.', 'revenue'],
    ['pt', 'O lucro da empresa chegou a 2 milhões de reais.', 'profit'],
    ['pl', 'Przychody spółki wyniosły 5 mln zł.', 'revenue'],
    ['tr', 'Şirketin geliri 4 milyon lira oldu.', 'revenue'],
    ['ko', '회사의 매출은 300억 원이었다.', 'revenue'],
    ['ar', 'بلغت أرباح الشركة 5 ملايين دولار.', 'profit'],
    ['hi', 'कंपनी का मुनाफा 5 करोड़ रुपये रहा।', 'profit'],
    ['en', "The city's debt reached $2 billion.", 'debt'],
    ['de', 'Die Schulden der Stadt stiegen auf 2 Milliarden Euro.', 'debt'],
    ['ja', '同社の負債は50億円に達した。', 'debt'],
  ];
  for (const [lang, sentence, attribute] of table) assert.ok(attributeHits(sentence, 0, lang).some((h) => h.def.name === attribute), `${sentence} (${lang})`);
});

test('a rate written with a slash, and a unit written around the number (CLDR patterns of Chinese, Japanese, Korean), is one unit', () => {
  const table: Array<[string, string, string, string]> = [
    ['de', 'Der Zug fuhr 160 km/h durch den Bahnhof.', 'kilometers per hour', 'km/h'],
    ['en', 'Gusts reached 25 m/s on the coast.', 'meters per second', 'm/s'],
    ['en', 'On the coast the gusts reached 25 m/s.', 'meters per second', 'm/s'], // the sentence's full stop
    ['pl', 'Pociąg jechał 160 km/godz. przez stację.', 'kilometers per hour', 'km/godz.'], // the abbreviation's dot
    ['zh', '高铁以每小时350公里的速度运行。', 'kilometers per hour', '公里'],
    ['zh', '这辆车时速200公里。', 'kilometers per hour', '公里'],
    ['ja', '新幹線は時速 320 キロメートルで走る。', 'kilometers per hour', 'キロメートル'],
    ['ko', '오늘 기온은 섭씨 35도까지 올랐다.', 'degrees', '도'],
    ['zh', '两地相距120公里。', 'kilometers', '公里'], // the unit alone after the number
  ];
  for (const [lang, text, unit, measure] of table) assert.deepEqual(numeric(text, lang).map((c) => [c.unit, c.measure]), [[unit, measure]], text);
});

test('a Romance or Hindi adjective written before the noun leaves the noun as the measure', () => {
  const table: Array<[string, string, string | null]> = [
    ['es', 'La empresa abrió 12 nuevas tiendas y cerró 4 grandes fábricas.', 'factories'],
    ['fr', 'Le pays compte 3 principales villes portuaires.', 'cities'],
    ['pt', 'O banco fechou 7 pequenas agências no interior.', 'agências'], // an unknown noun, as written
    ['it', 'Sono arrivati 5 ultimi vagoni in stazione.', 'vagoni'],
    ['hi', 'मेले में नौ बड़े स्थानीय किसानों ने स्टॉल लगाए।', 'farmers'],
    // Hindi: basic adjectives in each inflection, and derived adjectives by their suffix; unknown nouns after them as written.
    ['hi', 'गांव में 30 पुराने मकान हैं।', 'houses'],
    ['hi', 'दुकान में 20 सस्ती किताबें हैं।', 'books'],
    ['hi', 'शहर में 40 राष्ट्रीय उद्यान हैं।', 'उद्यान'],
    ['hi', 'शहर में 12 ऐतिहासिक मीनारें हैं।', 'मीनारें'],
    ['hi', 'सेना ने 8 सुरक्षित ठिकाने बनाए।', 'ठिकाने'],
    ['hi', 'हमले में 12 सैनिक मारे गए।', 'soldiers'], // a noun of an adjective's form the vocabulary knows: kept
    ['it', 'Nel bosco vivono 3 piccoli con la madre.', 'piccoli'], // `piccoli` stands as a noun: kept
  ];
  for (const [lang, text, unit] of table) assert.equal(numeric(text, lang).at(-1)?.unit, unit, text);
});

test('Arabic: a definite number after its definite noun counts that noun; two numbers joined by و share the noun after the second', () => {
  const table: Array<[string, Array<[number, string | null]>]> = [
    ['تغيرت المدينة كثيرا خلال السنوات العشر الأخيرة.', [[10, 'years']]],
    ['أمضى الفريق الأيام الثلاثة الأولى في التدريب.', [[3, 'days']]],
    ['طبعت المطبعة ستة ملايين وسبعة ملايين نسخة من المجلتين.', [[6000000, 'copies'], [7000000, 'copies']]],
    ['وصل إلى المدينة 300 شخص.', [[300, 'people']]], // a number before its noun, as usual
    ['تستخدم ثلاث علامات موقع الشمس.', [[3, 'علامات']]], // the genitive after the noun is not its head
  ];
  for (const [text, expected] of table) assert.deepEqual(numeric(text, 'ar').map((c) => [c.value, c.unit]), expected, text);
});

test('the measures and attributes the issue lists have words in every language the claims read', () => {
  // The languages of the claims benchmarks (README: claims-dev and claims-parallel-dev).
  const languages = ['en', 'de', 'fr', 'es', 'pt', 'it', 'ru', 'pl', 'tr', 'zh', 'ja', 'ko', 'ar', 'hi'];
  const measures = JSON.parse(readFileSync(new URL('../data/measures.json', import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>;
  for (const measure of ['people', 'employees', 'jobs', 'users', 'customers', 'vehicles', 'units', 'passengers', 'deaths', 'cases', 'votes', 'tons', 'megawatts']) {
    for (const lang of languages) assert.ok(measures[measure]?.[lang]?.length, `measure ${measure}: no ${lang} words`);
  }
  for (const attribute of ['revenue', 'profit', 'loss', 'debt', 'investment', 'price', 'funding', 'valuation', 'share']) {
    const def = ATTRIBUTES.find((d) => d.name === attribute);
    for (const lang of languages) assert.ok(def?.words[lang]?.length, `attribute ${attribute}: no ${lang} words`);
  }
});

test('a Japanese attribute word after a counter and the genitive is what is measured of the things counted, not the things', () => {
  const table: Array<[string, string | null, string | null]> = [
    ['新刊は初月に40万部の売上を記録した。', 'copies', '部'],
    ['彼は本屋で3冊の辞書を買った。', '辞書', '辞書'], // a noun after the genitive is what is counted
  ];
  for (const [text, unit, measure] of table) assert.deepEqual(numeric(text, 'ja').map((c) => [c.unit, c.measure]), [[unit, measure]], text);
});

test('Chinese classifiers: 口 counts the members of a household (口人), 家 alone counts companies, 款 alone models, a known noun right before the number what it counts', () => {
  const table: Array<[string, string | null, string | null]> = [
    ['这个村子一共有三百口人。', 'people', '口人'],
    ['院子里打了三口井。', 'wells', '口井'], // another noun 口 counts
    ['能做这种芯片的只有两家。', 'companies', '家'],
    ['镇上有四家银行。', 'banks', '家银行'],
    ['镇上有四家茶馆。', '茶馆', '茶馆'], // the noun after 家, as written
    ['这家厂商今年的新车有三款，都卖得不错。', 'models', '款'],
    ['学校今年招收学生500名。', 'students', '学生'], // a list's noun before the number and its classifier
    ['他一口气买了自行车3辆。', 'bicycles', '自行车'],
    ['这批机床共有120台。', 'units', '台'], // a verb before the number: the classifier's own measure
    ['食堂每天供应午餐800多份。', 'meals', '午餐'], // past a hedge before the classifier
    ['酒店每天供应早餐500份，', 'meals', '早餐'],
    ['公司去年新开门店30家。', 'stores', '门店'], // a noun starting with a classifier's character (门) is still a noun
    ['志愿者每周送出两百多份的营养午餐。', 'meals', '份的营养午餐'], // 的 and a modifier before the known head
    ['这批报纸共印了三百多份。', 'copies', '份'],
  ];
  for (const [text, unit, measure] of table) assert.deepEqual(numeric(text, 'zh').map((c) => [c.unit, c.measure]), [[unit, measure]], text);
});

test('a bare number in a short sentence is a claim when a known measure follows it and the sentence ends as one, else a counter or cell', () => {
  const table: Array<[string, string, Array<[number, string | null]>]> = [
    ['O avô tem 67 anos.', 'pt', [[67, 'years']]], ['Er ist 67 Jahre alt.', 'de', [[67, 'years']]], ['67 yaşındaydı.', 'tr', [[67, 'years']]],
    ['Seite 3', 'de', []], ['Show all 50', 'en', []], ['100 m Lauf A', 'de', []], // a cell or heading, not a sentence
  ];
  for (const [text, lang, expected] of table) assert.deepEqual(extractClaims([text], lang, []).map((c) => [c.value, c.unit]), expected, text);
});

test('a user measure file adds words and wins over the built-in vocabulary; a malformed one is named in the error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-measures-'));
  const file = join(dir, 'measures.json');
  writeFileSync(file, JSON.stringify({ saplings: { de: ['setzlinge'] }, seedlings: { en: ['saplings'] } }));
  const table = loadMeasureTable([file]);
  assert.equal(canonicalMeasure('Setzlinge', 'de', table), 'saplings');
  assert.equal(canonicalMeasure('saplings', 'en', table), 'seedlings');
  assert.equal(canonicalMeasure('visitors', 'en', table), 'visitors'); // the built-in words stay
  const claim = extractClaims(['Im Park wurden 300 Setzlinge gepflanzt.'], 'de', [], table)[0];
  assert.equal(claim.unit, 'saplings');
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ saplings: { de: 'setzlinge' } }));
  assert.throws(() => loadMeasureTable([bad]), /bad\.json: measure "saplings", language "de": must be an array of non-empty strings/);
});
