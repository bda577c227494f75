// Which subject a claim gets (issue 11): the grammatical subject of the number's own clause, the thing told about rather
// than who tells it, names read whole, and the topic a sentence without a name carries on from the sentence before it.
// Our own sentences in several languages (none from a benchmark page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../src/text/claims/claims.ts';
import { fullName } from '../src/text/claims/subjects.ts';
import type { EntityMention, NumericClaim } from '../src/types.ts';

const numeric = (paragraphs: string | string[], lang: string, mentions: EntityMention[] = []) =>
  extractClaims(Array.isArray(paragraphs) ? paragraphs : [paragraphs], lang, mentions).filter((c): c is NumericClaim => c.kind === 'numeric');

/** A mention of the `nth` occurrence of `text` in paragraph `paragraph`. */
function mention(text: string, name: string, type: EntityMention['type'] = 'place', canonical = name, nth = 0, paragraph = 0): EntityMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(name, start + 1);
  return { text: name, canonical, type, paragraph, start, end: start + name.length };
}

test('a name the entity stage cut short is read whole where the article names it whole', () => {
  const p = '周明远一共画过40幅油画。周明远今年58岁。';
  // The entity stage found `周明` at the first place and `周明远` at the second.
  const cut = mention(p, '周明', 'person');
  const whole = mention(p, '周明远', 'person', '周明远', 1);
  const [books] = numeric(p, 'zh', [cut, whole]);
  assert.deepEqual([books.entity, books.subject], ['周明远', '周明远']);
  // Latin script: a name run on by the next word of a longer mention of the article.
  const en = 'Lena Maria Voss wrote six plays. Critics said Lena Maria Voss also wrote 1,500 poems.';
  const short = mention(en, 'Lena Maria', 'person');
  assert.equal(fullName(en, short, [short, mention(en, 'Lena Maria Voss', 'person', 'Lena Maria Voss', 1)]).text, 'Lena Maria Voss');
  // Not a name the alias table links: `北京` → Beijing is whole, whatever `北京市` elsewhere.
  const zh = '北京市有2154万人口。';
  const beijing = mention(zh, '北京', 'place', 'Beijing');
  assert.equal(fullName(zh, beijing, [beijing, { ...mention(zh, '北京市'), start: 100, end: 103 }]).canonical, 'Beijing');
  // Not a run-on of punctuation only.
  const dot = 'Bert. hat 5 Katzen. Bert. schläft.';
  const bert = mention(dot, 'Bert', 'person');
  assert.equal(fullName(dot, bert, [bert, mention(dot, 'Bert.', 'person', 'Bert.', 1)]).text, 'Bert');
  // Not a longer mention that the text here goes on past with the same word.
  const de = 'Die Acme Werke beschäftigen 300 Leute. Acme Werkstatt hat 20.';
  const acme = mention(de, 'Acme', 'org');
  assert.equal(fullName(de, acme, [acme, mention(de, 'Acme Werk', 'org', 'Acme Werk', 1)]).text, 'Acme');
});

test('a person who says the number is not what it is about', () => {
  // [lang, sentence, speaker, the number's text]
  const cases: Array<[string, string, string, string]> = [
    ['zh', '王建国对下半年很有信心，他还说，工厂60%的产能已经转向出口。', '王建国', '60%'],
    ['zh', '市场总监刘芳在发布会上说，这款冰箱的售价是3999元。', '刘芳', '3999元'],
    ['en', 'Anna Roth, the union leader, said: 300 jobs will go by June.', 'Anna Roth', '300'],
    ['de', 'Petra Lang sagte: 400 Stellen fallen weg.', 'Petra Lang', '400'],
  ];
  for (const [lang, text, speaker, quantity] of cases) {
    const claim = numeric(text, lang, [mention(text, speaker, 'person')]).find((c) => c.quantityText.startsWith(quantity));
    assert.ok(claim, `${quantity} in «${text}»`);
    assert.equal(claim.entity, null, text);
  }
  // A company that speaks is usually what it speaks of; a person stays the subject of what is said of her before the verb.
  const org = 'Acme Foods said it hired 300 people.';
  assert.equal(numeric(org, 'en', [mention(org, 'Acme Foods', 'org')])[0].entity, 'Acme Foods');
  const age = 'Anna Roth, 54, said she would retire.';
  assert.equal(numeric(age, 'en', [mention(age, 'Anna Roth', 'person')])[0]?.entity, 'Anna Roth');
});

test('a sentence without a name carries on the topic of the sentence before, not its teller, and not when it has a subject of its own', () => {
  // The topic carried on.
  const topic = 'Kiel Telecom opened a plant in Lyon. It employs 300 engineers.';
  assert.equal(numeric(topic, 'en', [mention(topic, 'Kiel Telecom', 'org'), mention(topic, 'Lyon')])[0].entity, 'Kiel Telecom');
  // Who told it is no topic: the next sentence goes on with what was told.
  const told = ['Marktforscher IDC analysiert den Markt.', 'Laut Nordstat wächst der Markt. Bis 2030 werden 40 Millionen Geräte verkauft.'];
  const ms = [mention(told[1], 'Nordstat', 'org', 'Nordstat', 0, 1)];
  assert.equal(numeric(told, 'de', ms).find((c) => c.value === 40e6)?.entity, null);
  const zh = '远景咨询认为，电动自行车会越来越普及。电动自行车明年的销量将增长到900万辆。';
  assert.equal(numeric(zh, 'zh', [mention(zh, '远景咨询', 'org')])[0]?.entity, null);
  const en = 'Orbis Research said the market is growing. Sales will reach 40 million units by 2030.';
  assert.equal(numeric(en, 'en', [mention(en, 'Orbis Research', 'org')])[0]?.entity, null);
  // A subject phrase of its own: that is the subject, not the name of the sentence before.
  const own = 'Die Stadtwerke Kiel erhöhen die Preise. Die Grundgebühr steigt auf 12 Euro.';
  const [fee] = numeric(own, 'de', [mention(own, 'Stadtwerke Kiel', 'org')]);
  assert.deepEqual([fee.entity, fee.subject], [null, 'Die Grundgebühr']);
  const value = 'The auction took place in Lyon. The final bid was $2.5 million.';
  const [price] = numeric(value, 'en', [mention(value, 'Lyon')]);
  assert.deepEqual([price.entity, price.subject], [null, 'The final bid']);
});

test('in Chinese a name in an earlier clause gives way to the number\'s own clause subject', () => {
  const zh = '杭州和苏州的公园将由去年的12座增加到今年的19座，武汉由15座增至21座。';
  const claims = numeric(zh, 'zh', [mention(zh, '杭州'), mention(zh, '苏州')]);
  assert.deepEqual(claims.map((c) => [c.value, c.entity, c.subject]), [
    // Coordinated names: the first conjunct names the figure of both (subjects.ts firstConjunct).
    [12, '杭州', '杭州'], [19, '杭州', '杭州'], [15, null, '武汉'], [21, null, '武汉'],
  ]);
  // The same before any verb that states a figure of the clause's subject, with its adverbs: a change, a sum, having.
  for (const clause of ['武汉则新增21座', '武汉共有21座', '武汉达到21座', '武汉另有21座', '武汉拥有21座', '武汉也增加了21座']) {
    const text = `杭州的公园将增至19座，${clause}。`;
    assert.deepEqual(numeric(text, 'zh', [mention(text, '杭州')]).map((c) => [c.value, c.entity, c.subject]), [[19, '杭州', '杭州'], [21, null, '武汉']], text);
  }
  // Not a verb of estimate, nor `among them`: the name before the comma stays.
  for (const clause of ['预计21座', '其中有21座']) {
    const text = `杭州的公园将增至19座，${clause}。`;
    assert.equal(numeric(text, 'zh', [mention(text, '杭州')])[1]?.entity, '杭州', text);
  }
  // Without a subject phrase in its own clause the name before the comma stays (a Chinese sentence drops its subject).
  const dropped = '东方电气出台了新计划，今年要招收260名工程师。';
  assert.equal(numeric(dropped, 'zh', [mention(dropped, '东方电气', 'org')])[0].entity, '东方电气');
});

test('a name after the number behind a preposition of direction is where the amount goes, not whose it is', () => {
  // [lang, sentence, recipient]
  const cases: Array<[string, string, string]> = [
    ['en', 'Each ticket sold adds 38 dollars to Norland Holdings.', 'Norland Holdings'],
    ['pl', 'Każdy sprzedany bilet wnosi 38 dolarów do Norland Holdings.', 'Norland Holdings'],
    ['fr', 'La fondation a versé 2 millions d’euros à la Croix Bleue.', 'Croix Bleue'],
    ['de', 'Die Stiftung überwies 2 Millionen Euro an die Blaue Hilfe.', 'Blaue Hilfe'],
  ];
  for (const [lang, text, recipient] of cases) assert.equal(numeric(text, lang, [mention(text, recipient, 'org')])[0]?.entity, null, text);
  // Behind `at`, `bei`, the organisation is where the counted work: it owns them.
  const at = 'Some 300 engineers work at Norland Holdings.';
  assert.equal(numeric(at, 'en', [mention(at, 'Norland Holdings', 'org')])[0].entity, 'Norland Holdings');
});

test('a number of the sentence before opens no counted phrase of this one', () => {
  const pl = 'W Chile bilet do kina kosztuje 7,4 dolara. W Czechach bilet do kina kosztuje 8,9 dolara.';
  const claims = numeric(pl, 'pl', [mention(pl, 'Chile', 'place', 'Chile'), mention(pl, 'Czechach', 'place', 'Czechia')]);
  assert.deepEqual(claims.map((c) => [c.value, c.entity, c.subject]), [[7.4, 'Chile', 'Chile'], [8.9, 'Czechia', 'Czechach']]);
});

test('a Chinese place behind a coverb after a subject of its clause is where, not what the figure is of', () => {
  const p = '东方汽车在越南的销量已超过15万辆。';
  assert.equal(numeric(p, 'zh', [mention(p, '越南')])[0].entity, null);
  // A person or body before it is the subject; a time word or nothing leaves the place framing the clause.
  const person = '李教授在新疆考察期间采集过300多种植物。';
  assert.equal(numeric(person, 'zh', [mention(person, '李教授', 'person'), mention(person, '新疆')])[0].entity, '李教授');
  const time = '今年在越南的销量已超过15万辆。';
  assert.equal(numeric(time, 'zh', [mention(time, '越南')])[0].entity, '越南');
  // A coverb completing a verb of location: the place is its object, named as where the subject is.
  const located = '该工厂位于越南以北，那里有45%的员工是女性。';
  assert.equal(numeric(located, 'zh', [mention(located, '越南')])[0].entity, '越南');
});

test('a spelled number or a number with its counter and particle opens a counted phrase in every language', () => {
  const subjectOf = (text: string, lang: string, name: string, value: number) =>
    numeric(text, lang, [mention(text, name, 'org')]).find((c) => c.value === value)?.entity ?? null;
  // The name inside the counted phrase of an earlier number modifies the counted noun: no subject of a later number.
  assert.equal(subjectOf('Fahrer können drei Norvik Reifen bestellen und 5 % sparen.', 'de', 'Norvik', 5), null);
  assert.equal(subjectOf('Bir sürücü üç Norvik lastiği alıp yüzde 5 tasarruf edebilir.', 'tr', 'Norvik', 5), null);
  assert.equal(subjectOf('Un conductor puede pedir tres Norvik neumáticos y ahorrar un 5 %.', 'es', 'Norvik', 5), null);
  assert.equal(subjectOf('運転手は4本のノルビクタイヤを買い、5％の割引を受けられる。', 'ja', 'ノルビク', 5), null);
  assert.equal(subjectOf('운전자는 4개의 노르빅 타이어를 사서 5%의 할인을 받을 수 있다.', 'ko', '노르빅', 5), null);
  // A name behind a preposition that introduces another number's counted phrase is where those things are.
  assert.equal(subjectOf('Kierowca może kupić w Norviku trzy opony i dostać 5% zniżki.', 'pl', 'Norviku', 5), null);
  assert.equal(subjectOf('Drivers can buy at Norvik 4 tyres and save 5% on them.', 'en', 'Norvik', 5), null);
  assert.equal(subjectOf('W Norviku 14 bibliotek wypożyczyło 3000 książek.', 'pl', 'Norviku', 3000), 'Norviku'); // opens the sentence
  // Not the number's own phrase, nor a name marked as the clause's topic before a number without a counter.
  assert.equal(subjectOf('ノルビクは昨年3つの新工場を開いた。', 'ja', 'ノルビク', 3), 'ノルビク');
  assert.equal(subjectOf('Norvik lastiği alan üç sürücü yüzde 5 kazandı.', 'tr', 'Norvik', 5), 'Norvik');
});

test('a place that only modifies the head of the subject phrase is no subject, as the English noun adjunct is not', () => {
  const subjectOf = (text: string, lang: string, name: string, type: EntityMention['type'] = 'place') =>
    numeric(text, lang, [mention(text, name, type)])[0]?.entity ?? null;
  // `the Varna police` and its counterparts with a preposition of place or the genitive one.
  assert.equal(subjectOf('On Monday the Varna police fined 14 drivers.', 'en', 'Varna'), null);
  assert.equal(subjectOf('Letzte Woche hat die Polizei von Varna 14 Personen festgenommen.', 'de', 'Varna'), 'Varna'); // not at the clause's start
  assert.equal(subjectOf('Die Polizei von Varna hat 14 Personen festgenommen.', 'de', 'Varna'), null);
  assert.equal(subjectOf('Lundi, la police de Varna a verbalisé 14 conducteurs.', 'fr', 'Varna'), null);
  assert.equal(subjectOf('El lunes, la policía de Varna multó a 14 conductores.', 'es', 'Varna'), null);
  assert.equal(subjectOf('Policja w Warnie zatrzymała 14 osób w zeszłym tygodniu.', 'pl', 'Warnie', 'person'), null);
  // Not when the head is an attribute of the place: the figure is the place's.
  assert.equal(subjectOf('Selon la mairie, la population étudiante de Varna compte 9 000 jeunes.', 'fr', 'Varna'), 'Varna');
  assert.equal(subjectOf('El precio en Varna subió a 3 euros.', 'es', 'Varna'), 'Varna');
  // Nor before a share or an amount of money, mostly the head's own figure, and so the place's.
  assert.equal(subjectOf('El gobierno de Varna gastó 3 millones de euros.', 'es', 'Varna'), 'Varna');
  assert.equal(subjectOf('Le chômage à Varna a atteint 12 %.', 'fr', 'Varna'), 'Varna');
  // Not a person behind the genitive preposition, nor a place that is itself the clause's subject.
  assert.equal(subjectOf('La moglie di Rossi ha vinto 3 premi.', 'it', 'Rossi', 'person'), 'Rossi');
  assert.equal(subjectOf('Varna a accueilli 14 navires.', 'fr', 'Varna'), 'Varna');
});

test('English `by` right after the counted noun names its maker, as the genitive does in other languages', () => {
  const subjectOf = (text: string, lang: string, name: string) => numeric(text, lang, [mention(text, name, 'person')])[0]?.entity ?? null;
  assert.equal(subjectOf('The four sculptures by Ana Ruiz in the lobby won a prize.', 'en', 'Ana Ruiz'), 'Ana Ruiz');
  assert.equal(subjectOf('Les quatre sculptures d’Ana Ruiz du hall ont remporté un prix.', 'fr', 'Ana Ruiz'), 'Ana Ruiz');
  // The agent of a passive verb, or a companion, is no maker of what is counted.
  assert.equal(subjectOf('Officials said 12 people were detained by Ana Ruiz.', 'en', 'Ana Ruiz'), null);
  assert.equal(subjectOf('She ran 3 marathons with Ana Ruiz.', 'en', 'Ana Ruiz'), null);
});

test('a name inside a fronted phrase of time about an event is no subject of the main clause, in every language', () => {
  // [lang, sentence, names, subject expected]
  const cases: Array<[string, string, string[], string | null]> = [
    ['pt', 'Depois da estreia no Festival de Lima, o cantor de 41 anos saiu em turnê.', ['Lima'], null],
    ['de', 'Nach dem Konzert beim Lima Festival gab der 41-Jährige noch eine Zugabe.', ['Lima Festival'], null],
    ['ja', 'リマ音楽祭の後、その歌手は41日間休んだ。', ['リマ音楽祭'], null],
    // Every head of time the grammar allows, after a noun with or without の, or a verb's te-form with から.
    ['ja', '港まつりの閉幕後、その劇団は12回公演した。', ['港まつり'], null],
    ['ja', '港まつりが終わってから、その劇団は12回公演した。', ['港まつり'], null],
    ['ja', '港まつり以降、その劇団は12回公演した。', ['港まつり'], null],
    ['ja', '港まつりのあとで、その劇団は12回公演した。', ['港まつり'], null],
    ['ja', '港まつりの間、その劇団は12回公演した。', ['港まつり'], null],
    // A topic marked with は before the head is the main clause's own subject.
    ['ja', 'ミナト社は3年前、12店舗を開いた。', ['ミナト社'], 'ミナト社'],
    // A clause of time has a subject of its own; a German source phrase (`nach Angaben`) ends before the verb.
    ['ru', 'После того как Иванов переехал в Тверь, его команда выиграла 39 матчей.', ['Иванов', 'Тверь'], 'Тверь'],
    ['de', 'Nach Angaben des Amtes stieg die Zahl in Lima um 24 Prozent.', ['Lima'], 'Lima'],
    // A name that is the sentence's subject after such a phrase stays.
    ['ja', 'リマ社は昨年、24の店舗を開いた。', ['リマ社'], 'リマ社'],
  ];
  for (const [lang, text, names, subject] of cases) {
    assert.equal(numeric(text, lang, names.map((name) => mention(text, name)))[0]?.entity ?? null, subject, text);
  }
});
