// Names without a closed list: capitalised names in alphabetic scripts (names.ts) and Chinese names from jieba's tags
// (chinese-names.ts), through findEntities. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chineseNames, latinNamesInChinese, tagInWindows } from '../src/text/claims/chinese-names.ts';
import { wordRuns } from '../src/text/claims/names.ts';

const table = loadAliasTable([]);
const names = (lang: string, ...paragraphs: string[]) => findEntities(paragraphs, lang, table).map((m) => `${m.text}/${m.type}`);

// [lang, paragraphs, expected mentions in order]
const CASES: Array<[string, string[], string[]]> = [
  ['en', ['The mayor met Laura Pineda and the Harbour Authority in Bremerhaven on Tuesday.'], ['Laura Pineda/person', 'Harbour Authority/org', 'Bremerhaven/place']],
  ['en', ['Talks resumed with Governor Okafor after the storm.'], ['Okafor/person']],
  // The dot of an abbreviated title ends no sentence: the name after it, a common word too, is taken alone, in the possessive.
  ['en', ['Analysts doubt that Ms. Baker\'s plan will work.'], ['Baker\'s/person']],
  ['en', ['On Friday Dr. Fisher\'s clinic closed.'], ['Fisher\'s/person']],
  // Turkish capitalises month names in dates.
  ['tr', ['Fuar bu yıl 12 Mayıs ile 3 Haziran arasında açık kalacak.'], []],
  ['en', ['According to Veridian Analytics, demand rose.'], ['Veridian Analytics/org']],
  ['en', ['Kestrel is a bird. The kestrel hunts mice.'], []],
  // A sentence's first word that the English dictionary lists only capitalised is a name there too (`Dupont`, its genitive);
  // one it also lists in lowercase (`Bill`) needs more evidence.
  ['en', ['Dupont\'s output fell last year.'], ['Dupont\'s/person']],
  ['en', ['Bill the customers twice a year.'], []],
  // Not a line of names, a heading or a list item, with no sentence after it.
  ['en', ['Dupont, Grey Street'], ['Grey Street/place']],
  // Taken so, it has no type of its own: the article's other mentions give it (`in Boston`, a place).
  ['en', ['Boston’s mayor spoke on Friday.', 'Police made arrests in Boston.'], ['Boston’s/place', 'Boston/place']],
  // Web and e-mail addresses are identifiers: their capitalised parts are no names.
  ['en', ['Sizes are listed at http://shop.example.com/en_GB/Coats for Laura Pineda.'], ['Laura Pineda/person']],
  ['en', ['Please copy Dana Ostrow@ACME on the reply.'], ['Dana/person']],
  // A middle initial and its dot are part of the name.
  ['en', ['The award went to Harriet K. Mulvaney on Monday.'], ['Harriet K. Mulvaney/person']],
  ['pt', ['O Ministério da Saúde enviou vacinas para Manaus.'], ['Ministério da Saúde/org', 'Manaus/place']],
  ['sv', ['Förbundet träffade Sara Lindholm i Umeå.'], ['Sara Lindholm/person', 'Umeå/place']],
  ['ru', ['Вчера Игорь Дмитриев выступил в Самаре.'], ['Игорь Дмитриев/person', 'Самаре/place']],
  // Swedish capitalises a many-word name on its first word only; a name hyphenated to a lowercase noun is a compound.
  ['sv', ['Rapporten om Baltiska förbundet lästes av Anna Lind, och Anna vann.'], ['Baltiska förbundet/org', 'Anna Lind/person', 'Anna/person']],
  ['sv', ['Enligt en Lidl-rapport steg priserna.'], []],
  // A Russian name that starts with an adjective is a place or, with an organisation's head word, an organisation.
  ['ru', ['Делегация Северной Дакоры прибыла вместе с Ириной Волковой.'], ['Северной Дакоры/place', 'Ириной Волковой/person']],
  ['ru', ['Эксперты Балтийского Университета Связи согласны.'], ['Балтийского Университета Связи/org']],
  // A lone capitalised relational adjective in an oblique case starts a common noun phrase (`на Велморском празднике`).
  ['ru', ['Гости были на Велморском празднике вместе с Тарвосскими друзьями, сказал Антон Ирков.'], ['Антон Ирков/person']],
  // German capitalises every noun: a noun after an article or a lowercase adjective is no name.
  ['de', ['Die neue Regelung gilt seit dem Sommer für alle Betriebe in Kassel.'], ['Kassel/place']],
  ['de', ['Die Forscherin Greta Hollstein sprach mit der Stiftung.'], ['Greta Hollstein/person']],
  // A first word that reads as no German word belongs to the name (`der Consumer Robotics Association`).
  ['de', ['Sie sprach mit der Consumer Robotics Association.'], ['Consumer Robotics Association/org']],
  // Two German nouns after an article, the first no adjective, are a noun and its object (`von dem Gutschein Gebrauch`);
  // a head word of names first starts one (`das Kloster Eibfeld`).
  ['de', ['Viele Mieter machten von dem Gutschein Gebrauch.'], []],
  ['de', ['Die Gruppe besuchte das Kloster Eibfeld.'], ['Kloster Eibfeld/place']],
  // A compound ending in the head of a court or an administrative unit starts one too.
  ['de', ['Das entschied das Amtsgericht Halbstadt.'], ['Amtsgericht Halbstadt/org']],
  ['de', ['Große Windräder stehen schon lange an der Küste.'], []],
  // Two capitalised words after a German article are a name; one is a common noun. After an article, no person.
  ['de', ['Der Vorstand traf sich mit der Nordwind Bank und dem Lindholm Verlag.'], ['Nordwind Bank/org', 'Lindholm Verlag/org']],
  ['de', ['Der Bericht über die Eisenhafen Werke erschien am Montag.'], ['Eisenhafen Werke/org']],
  ['en', ['Tourists crossed the Valdoria Desert before reaching the Kestrel Institute.'], ['Valdoria Desert/place', 'Kestrel Institute/org']],
  ['en', ['Analysts at the Corvane Group expect Nadia Morrow to leave.'], ['Corvane Group/org', 'Nadia Morrow/person']],
  ['pt', ['Os diretores da Solvitra chegaram ontem.'], ['Solvitra/org']],
  // A lone word the English dictionary lists only in lowercase is a common word in headline case or a title; a title,
  // a preposition of place or a bare subject before a finite verb makes it a name all the same.
  ['en', ['Funding for Government programmes rose, said Tomas Varga of the Environment unit.'], ['Tomas Varga/person']],
  ['en', ['In March, Gentle was hired; Mayor Street spoke later, and the Harvest came.'], ['Gentle/person', 'Street/person']],
  // So is a run of such words with no head word of a name; a particle first is a surname's.
  ['en', ['Savers moved money into Silent Harvest Savings before the Velmar Academy opened, said Bin Tarek.'], ['Velmar Academy/org', 'Bin Tarek/person']],
  // German: after a verb in the weak past (-te), a word that does not read as German is a name; an adjective's noun stays common.
  ['de', ['Das sei wichtig, sagte Okonkwo, und die zweite Hälfte begann.'], ['Okonkwo/person']],
  // A lone word that reads as German or Dutch is a common noun; a name the English dictionary lists capitalised is none.
  ['de', ['Danach brachte Thompson viel Geld nach Hause.'], ['Thompson/person']],
  // A sentence's first word that reads as no word of the language, with the sentence going on in lowercase, is a name.
  ['de', ['Okonkwo sorgte für Schlagzeilen. Gestern regnete es.'], ['Okonkwo/person']],
  ['en', ['Tarvoski arrived late. Yesterday it rained.'], ['Tarvoski/person']],
  // German shares such words with English (`Person`, `Radio`): alone they are common nouns there too.
  ['de', ['Pro Person kostet das Radio in Lindenburg zehn Euro.'], ['Lindenburg/place']],
  // Nationality and language words (CLDR language names), acronym plurals and currency codes are no names.
  ['en', ['Several Greeks and a Serbian engineer joined Tomas Varga; the MPs were paid in GBP.'], ['Tomas Varga/person']],
  ['de', ['Sie sprach Französisch mit Lena Brandt.'], ['Lena Brandt/person']],
  // A Roman numeral after a name is a regnal number (a person); alone it is a number. Era markers are no organisations.
  ['en', ['Under Ludovic XIV the fort was rebuilt, as chapter XII tells; it fell in 212 BC.'], ['Ludovic XIV/person']],
  // Events, agreements, periods and awards name no person, organisation or place.
  ['en', ['The Velmora Accord ended the Tarsian War, and Ilse Brandt won the Orlan Prize.'], ['Ilse Brandt/person']],
  ['pt', ['O Tratado de Velmora encerrou a Guerra de Ostrava.'], []],
  // German `für` joins a name only after an organisation's word (`Institut für`), not after any noun.
  ['de', ['Laut Institut für Meereskunde gilt Hitze als Ursache für Ernteausfälle in Kiel.'], ['Institut für Meereskunde/org', 'Kiel/place']],
  // German: a lone capitalised word that reads as German (eld) is a common noun; a foreign name or a German place name is not.
  ['de', ['Die Bauern in Tarvos melden, dass Wasser und Dünger knapp werden, schrieb Okonkwo aus Lindenburg.'], ['Tarvos/place', 'Okonkwo/person', 'Lindenburg/place']],
  // A bare noun after in/aus that an idiom continues (`in Bezug auf`, `aus Sicht der`) is no town.
  ['de', ['Die Zahlen in Bezug auf den Export kamen aus Sicht der Firma aus Kassel.'], ['Kassel/place']],
  // German regnal numbers are ordinals, with their dot.
  ['de', ['Unter Ludwig XIV. wuchs die Stadt.'], ['Ludwig XIV./person']],
  // A preposition or an auxiliary verb with an adjective's ending is no attribute: the name after it stays.
  ['de', ['Im Finale verlor sie gegen Marta Velinska, danach wurde Tomas Brell entlassen.'], ['Marta Velinska/person', 'Tomas Brell/person']],
  // Place-name endings type a lone name as a place (`-ford`, `-borough`; German `-see`; Swedish definite geographical nouns).
  ['en', ['Later Ashbridgeford and Wexborough voted, said Okafor.'], ['Ashbridgeford/place', 'Wexborough/place', 'Okafor/person']],
  ['sv', ['Båten gick uppför Tarnafloden mot Velmasand.'], ['Tarnafloden/place', 'Velmasand/place']],
  ['pt', ['A festa foi em Villa Ostrava, perto de Punta Velmar.'], ['Villa Ostrava/place', 'Punta Velmar/place']],
  ['pt', ['Os navios cruzaram a Velmória e o Tarvosco anunciou lucros.'], ['Velmória/place', 'Tarvosco/org']],
  // Russian capitalises the first word of a many-word name only: adjective + head noun is one name, typed by the head.
  ['ru', ['Суда шли из Велорского моря, решение Северной торговой палаты ждали, а Партия ждала.'], ['Велорского моря/place']],
  ['ru', ['Решение Верховного суда пришло после Велорской войны и обсуждалось в Думе.'], ['Верховного суда/org', 'Думе/org']],
  // A name before a lowercase geographical noun is that place's, even after an article.
  ['en', ['Later the Velmar region and the Tarvosk desert dried up.'], ['Velmar/place', 'Tarvosk/place']],
  // Conjuncts name things of one kind: a name without evidence takes the type of the name it is coordinated with, in
  // all its mentions; a name with its own evidence keeps its type.
  ['en', ['Later the talks between Norway and Tarvel stalled.', 'Tarvel said little.'], ['Norway/place', 'Tarvel/place', 'Tarvel/place']],
  ['pt', ['A cooperação entre Portugal e Velmora cresceu.'], ['Portugal/place', 'Velmora/place']],
  ['en', ['Later the talks between Norway and Governor Okafor stalled.'], ['Norway/place', 'Okafor/person']],
  // Russian writes people's names in Cyrillic letters: a name left in Latin letters is a firm's or a medium's.
  ['ru', ['Вчера Ольга Смирнова перешла в Corvane Partners, сообщил Veltro News.'], ['Ольга Смирнова/person', 'Corvane Partners/org', 'Veltro News/org']],
  ['ru', ['Сделку в пятницу одобрил совет Marlow Kessing.'], ['Marlow Kessing/org']],
  // A head noun alone names nothing; a national body does.
  ['en', ['The Council met after the Senate voted, said Priya Raman.'], ['Senate/org', 'Priya Raman/person']],
  // One name, one type in an article: the mention without evidence takes the type another mention had evidence for.
  ['en', ['Yesterday Tarvosk was quiet.', 'Troops marched to Tarvosk at dawn.'], ['Tarvosk/place', 'Tarvosk/place']],
  // Surname prefixes with an inner capital are people's spelling; English runs ending in a nationality word are adjectives.
  ['en', ['Later Rhona McAllister met the North Korean envoy; I’m sure Modern Spanish is taught.'], ['Rhona McAllister/person']],
  // Two capitals start a name even at a sentence's start, unless the first reads as a word of the language (or a close one).
  ['en', ['Tomas Velder opened the session.', 'Yesterday Orvina Lake froze.'], ['Tomas Velder/person', 'Orvina Lake/place']],
  // A word that starts place names starts one at a sentence's start too; a direction alone is no name, before a place part of it.
  ['en', ['North Velmaria voted early.', 'Trade with the West grew in Northern Algeria.'], ['North Velmaria/place', 'Northern Algeria/place']],
  // The Latin suffix of lands and regions (-ia, German and Swedish -ien, Russian -ия in its cases) types a lone name as a place.
  ['en', ['Later the envoy crossed Velmaria, said Okafor.'], ['Velmaria/place', 'Okafor/person']],
  ['sv', ['Armén lämnade Velmarien sent.'], ['Velmarien/place']],
  ['ru', ['Армия покинула Велмарию.'], ['Велмарию/place']],
  // A noun whose complement is a place (region, north, mayor, kings; Russian by stem, with the genitive) types the name after it.
  ['en', ['Later the kings of Velmar met the mayor of Tarvosk.'], ['Velmar/place', 'Tarvosk/place']],
  ['en', ['Troops held the border regions of Velmaron and parts of Tarvosk.'], ['Velmaron/place', 'Tarvosk/place']],
  ['pt', ['A polícia da região de Velmora prendeu dois homens.'], ['Velmora/place']],
  ['ru', ['Полиция штата Велмора задержала двоих.'], ['Велмора/place']],
  // So do the roles, owners and property of an organisation (a spokeswoman for X, the founder of X).
  ['en', ['Later the founder of Tarvex spoke.'], ['Tarvex/org']],
  ['sv', ['En taleskvinna för Velmaro sade att priserna stiger.'], ['Velmaro/org']],
  // Where only names are capitalised, a sentence's first word that is also a word starts a two-word name; an adverb,
  // a participle or a day relative to today does not, and alone it is no name.
  ['en', ['Joseph Velder, who wrote books on railways, will stand.', 'Recently Velder spoke.'], ['Joseph Velder/person', 'Velder/person']],
  ['ru', ['Дональд Велдер — известный человек.', 'Вчера Велдер выступил.'], ['Дональд Велдер/person', 'Велдер/person']],
  ['pt', ['Patrocinado Velmar oferece crédito.'], ['Velmar/person']],
  // A short one-word alias that is a function word of the page's language is that word (`Man` is no Isle of Man in German).
  ['de', ['Man sagt, es regne bald in Kassel.'], ['Kassel/place']],
  // Portuguese `a` before a name is the feminine article of a firm (`a empresa`), not the preposition of place.
  ['pt', ['Ontem a Velmarix anunciou lucros.'], ['Velmarix/org']],
  // CLDR territory names: any language, one canonical.
  ['de', ['Die Firma liefert nach Brasilien.'], ['Brasilien/place']],
  ['tr', ['Şirket Almanya pazarına girdi.'], ['Almanya/place']],
  // Words for peoples and faiths (the dictionary's capitalised words with a plural and a demonym ending) are no names,
  // alone or as a whole run; a given name in the plural is a surname (`Daniels`), and a surname may end like one (`Morgan`).
  ['en', ['Later the Buddhists and some Yemeni traders met Hanna Daniels and Pavel Morgan.'], ['Hanna Daniels/person', 'Pavel Morgan/person']],
  ['en', ['Later the Iraqi Sunnis voted in Tarvosk.'], ['Tarvosk/place']],
  // So are the capitalised words the dictionary derives an adjective or a doctrine from (`Arabic`, `Jewish`, `Hinduism`);
  // not a name also listed in lowercase whose adjective comes from a person (`Napoleonic`, and `napoleon` the pastry).
  ['en', ['Later some Arab and Turkish traders met Hindus, Jews and Protestants in Tarvosk, where Napoleon slept.'], ['Tarvosk/place', 'Napoleon/person']],
  // In English a place the table knows right next to an open name is part of one longer name: a place with a head or
  // lead word of places, else a name whose type the place does not tell; a common word before a place is its attribute.
  ['en', ['Later Chad Smith sailed the Panama Canal to Lower Saxony with Sony Norway, which was founded in Modern China.'],
    ['Chad Smith/person', 'Panama Canal/place', 'Lower Saxony/place', 'Sony Norway/person', 'China/place']],
  // A run that starts with a word the dictionary lists in lowercase only, and goes on with words it lists in lowercase
  // too, is a phrase in headline case; a name's first word is seldom such a word (a given name, a proper adjective).
  ['en', ['Grace Bell sold six Wooden Angel figures to Mark Dorne.', 'It rained. Witnesses James Bell, 41, stayed.'], ['Grace Bell/person', 'Mark Dorne/person', 'James Bell/person']],
  // A name after the Arabic article written `al-` is capitalised as a whole; resolutions are documents, like acts; letters
  // written onto a number are its unit, and a code of letters and digits before a capitalised word labels it.
  ['en', ['Tarik Osei left al-Tarvana for the Velmar group of Omar al-Tarvosi, and the UNSC Resolution 2210 passed; output fell by 12,500MWH.', 'Ask Nadia Morrow, RM417 Telephone: 555.'],
    ['Tarik Osei/person', 'al-Tarvana/person', 'Velmar/org', 'Omar al-Tarvosi/person', 'Nadia Morrow/person']],
  // Revolts are events; a run ending in an adjective of direction is an adjective phrase; a calendar word's possessive is
  // none; an administrative unit's own word after a place is part of its name.
  ['en', ["Far Eastern trade slowed after the Velmar Revolt, and November's the wettest month in Tomsk Oblast."], ['Tomsk Oblast/place']],
  // A form in -s the dictionary lists as a name is no plural of a people (`Evans`, `Hans`, `Orleans`); a stoplist's place
  // lead (`New`) is no function word that makes a short sentence full of names a headline.
  ['en', ['Yesterday the envoy met Hans Evans and the Koreans in New Orleans.', 'He met Nadia Morrow in New Orleans.'],
    ['Hans Evans/person', 'New Orleans/place', 'Nadia Morrow/person', 'New Orleans/place']],
  // `for` and `on` join an organisation's head to its field; a name the table knows takes its possessive, as open names do.
  ['en', ["Mara Quist of the Council on Tarvel Relations spoke of Norway's plan and the Netherlands' plan."],
    ['Mara Quist/person', 'Council on Tarvel Relations/org', "Norway's/place", "Netherlands'/place"]],
  // In English, `a` is the article, not the Portuguese preposition of place: no place after it, no rescue of a common word.
  ['en', ['There is a Steven in every class, and a Definite answer came from Tarvosk.'], ['Steven/person', 'Tarvosk/place']],
  // A short capitalised word with a dot that a semicolon or comma follows is an abbreviation, dot and all.
  ['en', ['Lina Tarvel moved to Fresno, Calif.; and Omar Velder stayed.'], ['Lina Tarvel/person', 'Fresno/place', 'Calif./person', 'Omar Velder/person']],
  // A lowercase particle that English writes only in names belongs to the name after it.
  ['en', ['Tarik Osei, who admired ibn Battuta, wrote on al Tarvana.'], ['Tarik Osei/person', 'ibn Battuta/person', 'al Tarvana/person']],
  // `The` capitalised mid-sentence is a title's own article, part of the name, and makes a common word after it one.
  ['en', ['Maria Velder wrote for The Tarvel Herald, and we all love The Lantern.'], ['Maria Velder/person', 'The Tarvel Herald/org', 'The Lantern/org']],
  // A place the table knows right before an organisation's name or head is part of it; an abbreviation's dot ends no sentence.
  ['en', ['Later the U.S. Army and the U.S. Tarvel Protection Agency met with the Council of Norway and the Norway Council in Oslo last week.'],
    ['U.S. Army/org', 'U.S. Tarvel Protection Agency/org', 'Norway/place', 'Norway Council/org', 'Oslo/place']],
  // Doctrines and their followers by suffix, known to the dictionary or not; not `Christ`.
  ['en', ['Later the Velmarists spoke of Tarvism in Christ Church.'], ['Christ Church/org']],
  // A function word in capitals among lowercase words is an acronym; a territory code spelling its English name's
  // initials is that place; a title after it starts the next name; shouted, or after a number, it is none.
  ['en', ['The case reached the UN after US Attorney Tarik Osei filed it at 10 AM.', 'SEND IT TO US NOW', 'The soup has NO taste.'], ['UN/org', 'US/place', 'Tarik Osei/person']],
  // A common word written in capitals alone is shouting; among other capitals it is part of a name written so.
  ['en', ['The service was AWFUL, so we went to TARVEL WIRELESS instead.'], ['TARVEL WIRELESS/person']],
  // A code before a currency sign is part of the currency (`US$`, `R$`), no organisation.
  ['pt', ['A passagem custa US$ 50 ou R$ 250 em Velmora.'], ['Velmora/place']],
  // Where capitals mark names only, a capitalised word the article also writes in lowercase, or a long stoplist word
  // (Portuguese `conselho`, `são`), starts a longer name mid-sentence: a capital follows it, at once or after a particle.
  ['pt', ['O conselho decidiu, e o Conselho de Estado reuniu-se em São Velmar.'], ['Conselho de Estado/org', 'São Velmar/place']],
  ['en', ['The environmental rules came from the Environmental Tarvel Agency.'], ['Environmental Tarvel Agency/org']],
  // Not before an acronym's plural: a common noun and it are a compound term.
  ['en', ['Our cloud is cheap. Rent Cloud GPUs today.'], []],
  // A salutation or signature on a line of its own is a person's name; a line of common words is none.
  ['en', ['Hello Marisol,', 'The files are attached.', 'Tarvin J Okello'], ['Marisol/person', 'Tarvin J Okello/person']],
  ['en', ['Customer Service'], []],
  ['en', ['Hi.'], []],
  // Elsewhere a bare line of capitals may be a heading: a greeting or a comma must say it addresses someone.
  ['de', ['Beliebte Beiträge', 'Hallo Marisol,'], ['Marisol/person']],
  // Storms, feasts and abbreviated weekdays are no names; a military rank before a name is a title, not part of it.
  ['en', ['After Hurricane Velma hit, Gen. Tarik Osei cancelled the Christmas party on Sat. in Tarvosk.'], ['Tarik Osei/person', 'Tarvosk/place']],
  // Romance languages quote the titles of works in guillemets: a name that is a whole title-like quotation names a work,
  // unless a publication's head word says it names one.
  ['pt', ['Na semana passada ele leu o livro «O Corvo Velmar» e também o jornal «Tarvel Times» em casa.'], ['Tarvel Times/org']],
  // A name joined by a hyphen to a lowercase word is a compound modifier; not after an acronym (`KFC-parent`).
  ['en', ['Later the Velmar-winning film and a Tarvel-like zeal pleased VLX-parent Orvina Group.'], ['VLX-parent Orvina Group/org']],
  // An event's head anywhere in a run: Romance names put an ordinal before it.
  ['pt', ['Isso foi antes da Segunda Guerra Velmoriana.'], []],
];

for (const [lang, paragraphs, expected] of CASES) {
  test(`names ${lang}: ${paragraphs[0]}`, () => assert.deepEqual(names(lang, ...paragraphs), expected));
}

test('territory names link across languages and scripts to one canonical name', () => {
  const canon = (lang: string, text: string) => findEntities([text], lang, table).map((m) => m.canonical);
  assert.deepEqual(canon('de', 'Exporte nach Brasilien'), ['Brazil']);
  assert.deepEqual(canon('sv', 'Brasiliens export och Norges fiske'), ['Brazil', 'Norway']); // Swedish genitive
  assert.deepEqual(canon('ru', 'Поставки в Бразилию'), ['Brazil']); // Russian case endings of the table's names
  assert.deepEqual(canon('ja', 'ブラジルへの輸出'), ['Brazil']);
  assert.deepEqual(canon('ko', '브라질 수출'), ['Brazil']);
});

test('Chinese names from part-of-speech tags, traditional script too; common words tagged as names are not taken', () => {
  const found = (text: string) => chineseNames(text, []).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
  assert.deepEqual(found('王建国昨天在杭州参加了会议。'), ['王建国/person', '杭州/place']);
  assert.deepEqual(found('王建國昨天在杭州參加了會議。'), ['王建國/person', '杭州/place']);
  assert.deepEqual(found('这座城市很古老。'), []);
});

test('Chinese: the parts of a foreign name around separator dots are one person, however jieba cut them', () => {
  const found = (text: string) => findEntities([text], 'zh', table).filter((m) => m.type === 'person').map((m) => m.text);
  assert.deepEqual(found('昨天安德烈·科瓦奇说，计划不变。'), ['安德烈·科瓦奇']);
  assert.deepEqual(found('来访的莉迪娅·帕斯托雷在会上发言。'), ['莉迪娅·帕斯托雷']);
  assert.deepEqual(found('维拉·玛丽·贝格伦与奥列格·科瓦连科见面。'), ['维拉·玛丽·贝格伦', '奥列格·科瓦连科']);
  // A last part of one character ends before the verb, preposition or conjunction after it, whichever word jieba cut.
  for (const text of ['萨拉·梅说工厂有300名工人。', '萨拉·梅在会上发言。', '萨拉·梅表示计划不变。', '萨拉·梅和家人来了。', '萨拉·梅认为计划不变。']) {
    assert.deepEqual(found(text), ['萨拉·梅'], text);
  }
  assert.deepEqual(found('索菲亚·拉说，计划不变。'), ['索菲亚·拉']);
  assert.deepEqual(found('卡尔·贝在会上说，工厂有300名工人。'), ['卡尔·贝']);
  // Transliteration pieces after such a part stay in the name.
  assert.deepEqual(found('来访的乔·瑟夫在会上发言。'), ['乔·瑟夫']);
});

test('Chinese: two-character words jieba tags as places are places only with a settlement suffix or after a word of place', () => {
  const places = (text: string) => findEntities([text], 'zh', table).filter((m) => m.type === 'place').map((m) => m.text);
  assert.deepEqual(places('他长大后很喜欢大海和河谷。'), []);
  assert.deepEqual(places('他去年到长沙工作，后来搬去了福州。'), ['长沙', '福州']);
  // A direction or a size with a generic noun names no one place.
  assert.deepEqual(places('在东北地区以外的小城镇里，房租很低。'), []);
});

test('Chinese organisations: a brand-like word, common nouns and a company head; a place, nouns and an institution head', () => {
  const orgs = (text: string) => findEntities([text], 'zh', table).filter((m) => m.type === 'org').map((m) => m.text);
  assert.deepEqual(orgs('蓝鲸唱片公司发行了新专辑。'), ['蓝鲸唱片公司']);
  assert.deepEqual(orgs('加拿大海洋渔业协会发表了报告。'), ['加拿大海洋渔业协会']);
  // 大学生 are university students, no university.
  assert.deepEqual(orgs('今年有很多外省大学生来到了北京。'), []);
  // A country and a generic noun before 公司 describe companies; they name none.
  assert.deepEqual(orgs('很多美国科技公司在那里设厂。'), []);
  // Heads of courts, departments, stations, orchestras and the military after a place, with nouns or unknown words between.
  assert.deepEqual(orgs('案件移交湖北省高等法院审理。'), ['湖北省高等法院']);
  assert.deepEqual(orgs('工厂归山西省化学工业厅管理。'), ['山西省化学工业厅']);
  assert.deepEqual(orgs('这首曲子由大阪市民乐团演奏。'), ['大阪市民乐团']);
});

test('Chinese: a field of study jieba tags as an organisation is none; a transliterated name after a place is a place in it', () => {
  const found = (text: string) => findEntities([text], 'zh', table).map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(found('这在社会学上叫做从众。'), []);
  assert.deepEqual(found('工厂设在德国多特蒙德。'), ['德国多特蒙德/place']);
});

test('Chinese: awards, contests and alphabets named after a person mention none; a place in a title or before a -ist noun is none', () => {
  const found = (text: string) => findEntities([text], 'zh', table).map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(found('这部电影赢得了托尼奖。'), []);
  assert.deepEqual(found('他们用西里尔字母书写。'), []);
  assert.deepEqual(found('我们读了《意大利刑法典》。'), []);
  assert.deepEqual(found('她是一位意大利理论物理学家。'), []);
  assert.deepEqual(found('她搬到了意大利。'), ['意大利/place']);
  assert.deepEqual(found('意大利的一些科学家来了。'), ['意大利/place']);
});

test('Chinese: a compound of common nouns jieba tags as an organisation names a kind of body, not one', () => {
  const orgs = (text: string) => chineseNames(text, []).filter((s) => s.type === 'org').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(orgs('她在州政府工作，后来开办了一所舞蹈学校。'), []);
  // A name inside (`中国`), or a short abbreviated name (`民主党`), keeps it one organisation.
  assert.deepEqual(orgs('中国人民银行和民主党都发表了声明。'), ['中国人民银行', '民主党']);
});

test('Chinese persons jieba does not know: a new word of a surname and one or two characters, a surname and a title', () => {
  const found = (text: string) => chineseNames(text, []).filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(found('邵勤想办法借来了一辆车。'), ['邵勤']);
  assert.deepEqual(found('王老师每天都提前到校。'), ['王老师']);
  // A title alone, or after a word that is no surname, names no one.
  assert.deepEqual(found('校长每天都提前到校。'), []);
  // A surname character that ends a number, or a second character that is a function word or counter, makes no name.
  assert.deepEqual(found('他曾以一己之力完成了工作。'), []);
  assert.deepEqual(found('全市共有3萬人參加。'), []);
  // A new word of transliteration characters only is a foreign name before a verb or an adverb, not before a noun or a
  // name piece it may be cut from (`米雅` `芙`).
  assert.deepEqual(found('莫娜就坐在那里。'), ['莫娜']);
  assert.deepEqual(found('他说米雅芙和朋友唱歌'), []);
});

test('Chinese: an organisation named after a place is one name, not the place inside it; Latin names in Chinese text', () => {
  const found = (text: string) => findEntities([text], 'zh', table).map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(found('德国队在决赛中击败了对手。'), ['德国队/org']);
  assert.deepEqual(found('西班牙海军昨天公布了新的计划。'), ['西班牙海军/org']);
  assert.deepEqual(found('英國外交部發布了報告。'), ['英國外交部/org']);
  assert.deepEqual(found('密歇根大学的研究人员说。'), ['密歇根大学/org']);
  assert.deepEqual(found('记者Michael Grant和CNN都报道了此事。'), ['Michael Grant/person', 'CNN/org']);
  assert.deepEqual(found('他用iPhone拍了照片。'), []);
  // A number or a lone capital after a Latin name designates a model: one product's name (`Note 10`, `Mate20 X`), not a year.
  assert.deepEqual(found('她买了一台Pixel 7，他买了Zenfone X。'), ['Pixel 7/product', 'Zenfone X/product']);
  assert.deepEqual(found('Expo 2010在这里举行。'), ['Expo/person']);
});

test('Chinese: the short words of transliteration characters jieba cut off a foreign name belong to it', () => {
  const found = (text: string) => findEntities([text], 'zh', table).map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(found('昨天贝尔蒂诺在会上发言。'), ['贝尔蒂诺/person']);
  assert.deepEqual(found('教练费尔南德斯表示满意。'), ['费尔南德斯/person']);
  assert.deepEqual(found('市长巴达尔曼宣布了计划。'), ['巴达尔曼/person']);
  // Common transliteration characters (林 顿 逊 森 丽 莉 廉) make a tagged word a foreign name; oceans (洋) are places.
  assert.deepEqual(found('与此同时，威尔逊和盟友们正在努力。'), ['威尔逊/person']);
  assert.deepEqual(found('科考船昨天驶入大西洋。'), ['大西洋/place']);
  // 历 杭 迈 内 南 夫 摩 根 韦 门 transliterate too (Alexis 亚历克西斯, Michael 迈克尔, -nel- 内尔, -ov 夫): the name is not cut at them.
  assert.deepEqual(found('记者亚历克西斯·莫拉莱斯昨天发言。'), ['亚历克西斯·莫拉莱斯/person']);
  assert.deepEqual(found('马克·达内尔森表示满意。'), ['马克·达内尔森/person']);
  // A word of other characters ends the name (`德国` after `特朗普`).
  assert.deepEqual(found('特朗普德国之行很顺利。'), ['特朗普/person', '德国/place']);
});

test('Chinese: a transliterated name jieba tags a person is a place after a verb of location or motion', () => {
  const found = (text: string) => chineseNames(text, []).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
  assert.deepEqual(found('公司总部位于奥斯汀。'), ['奥斯汀/place']);
  assert.deepEqual(found('代表团随后前往卡拉奇。'), ['卡拉奇/place']);
  assert.deepEqual(found('船队昨天抵达马拉加。'), ['马拉加/place']);
  assert.deepEqual(found('他出生于萨拉戈萨。'), ['萨拉戈萨/place']);
  // Verbs of meeting and finding take people: the name stays a person's.
  assert.deepEqual(found('他们见到了奥斯汀。'), ['奥斯汀/person']);
});

test('Chinese: a place and the geographical noun after it are one place name', () => {
  const found = (text: string) => findEntities([text], 'zh', table).map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(found('游客在特拉法加广场上拍照。'), ['特拉法加广场/place']);
  assert.deepEqual(found('這座火山位於納斯卡板塊上。'), ['納斯卡板塊/place']);
  assert.deepEqual(found('他住在维多利亚。'), ['维多利亚/place']);
});

test('Chinese: a proper name and a place head jieba cut from it are one place; its longer place words are places', () => {
  const found = (text: string) => chineseNames(text, []).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
  // Stadiums, halls, townships, falls: the name and its kind, though jieba tags the name a person's or an unknown word.
  assert.deepEqual(found('球迷们涌入罗斯顿球场观看比赛。'), ['罗斯顿球场/place']);
  assert.deepEqual(found('会议在潮州会馆举行。'), ['潮州会馆/place']);
  assert.deepEqual(found('他住在石岭乡。'), ['石岭乡/place']);
  assert.deepEqual(found('游客参观了罗纳瀑布。'), ['罗纳瀑布/place']);
  // A head that is also a verb (站 stand, 道 say) follows a person's name as that verb: no place.
  assert.deepEqual(found('李明站在门口。'), ['李明/person']);
  // A district after a transliterated name is a place (`汉密尔顿区`); a place word of three characters needs no place suffix.
  assert.deepEqual(found('她住在汉密尔顿区。'), ['汉密尔顿区/place']);
  assert.deepEqual(found('他去年到沙捞越旅行。'), ['沙捞越/place']);
  // A hyphen joins a double-barrelled transliterated name; one ending in a place's kind is a place.
  assert.deepEqual(found('斯特劳斯-卡恩昨天辞职。'), ['斯特劳斯-卡恩/person']);
  assert.deepEqual(found('我们去了萨克森-安哈尔特州。'), ['萨克森-安哈尔特州/place']);
});

test('Chinese: 傅 is a surname, and 耶 娃 马 柏 transliterate (Xinhua\'s tables): the names are not cut at them', () => {
  const found = (text: string) => chineseNames(text, []).filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(found('傅建明昨天发表了讲话。'), ['傅建明']);
  assert.deepEqual(found('彼得罗娃赢得了比赛。'), ['彼得罗娃']);
  assert.deepEqual(found('她来自索洛维耶夫家族。'), ['索洛维耶夫']);
  // 曾任 (once served as) is no name of the surname 曾.
  assert.deepEqual(found('他曾任校长。'), []);
});

test('Chinese: a name inside title marks is a work\'s title; a transliterated name before a geographical noun is a place', () => {
  const found = (text: string) => chineseNames(text, []).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
  assert.deepEqual(found('他读了《罗密欧与朱丽叶》，特朗普说了话。'), ['特朗普/person']);
  assert.deepEqual(found('船队沿着伏尔加河前进，到了赫尔松州。'), ['伏尔加河/place', '赫尔松州/place']);
});

test('Chinese: a foreign name of three dotted parts is one name, and a part runs on over pieces jieba cut off it', () => {
  const found = (text: string) => chineseNames(text, []).filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(found('这座桥由马特奥·路易斯·伊瓦拉设计。'), ['马特奥·路易斯·伊瓦拉']);
});

test('Chinese: a place written right after a larger one is one place with it, named by the last part', () => {
  const places = (text: string) => findEntities([text], 'zh', table).filter((m) => m.type === 'place').map((m) => `${m.text}=${m.canonical}`);
  assert.deepEqual(places('他来自美国俄勒冈州，后来去了江西省安远县。'), ['美国俄勒冈州=俄勒冈州', '江西省安远县=安远县']);
  // Before a noun of a person's role, a country's name is an attribute (`the French envoy`), no mention of the place.
  assert.deepEqual(places('日本大使会见了在法国的记者。'), ['法国=France']);
  // Apart, they stay two.
  assert.deepEqual(places('他去过德国和法国。'), ['德国=Germany', '法国=France']);
});

test('Chinese: a place name before 人 or 语 is a word for its people or language, not the place', () => {
  const found = (text: string) => findEntities([text], 'zh', table).map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(found('很多德国人会说丹麦语。'), []);
  assert.deepEqual(found('很多德國人會說丹麥語。'), []);
  // The place itself, its population and a nationality word made of a name and 人 (`玛雅人`) as a tagged word.
  assert.deepEqual(found('德国人口在增长，他住在德国。'), ['德国/place', '德国/place']);
  assert.deepEqual(found('玛雅人建造了城市。'), []);
});

test('wordRuns splits words as the regular expression it replaces does, in linear time on one huge word', () => {
  const words = (text: string, digits: boolean) => wordRuns(text, { joiners: "-'’.&", digits, trailingDot: digits }).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(words("O'Brien met AT&T in São Paulo-Süd.", true), ["O'Brien", 'met', 'AT&T', 'in', 'São', 'Paulo-Süd.']);
  assert.deepEqual(words('GPT-4 and 3M, S.A. -x', true), ['GPT-4', 'and', '3M', 'S.A.', 'x']);
  // Without digits a token starts at a letter and a joiner needs a letter after it.
  assert.deepEqual(words('GPT-4 and 3M', false), ['GPT', 'and', 'M']);
  // Astral letters (𝔘) are letters; emoji are not.
  assert.deepEqual(words('a𝔘b 😀 c', false), ['a𝔘b', 'c']);
  // The regular expression overflowed the stack here (issue 15).
  const huge = 'abcdefghij'.repeat(1_500_000);
  assert.equal(words(huge, true)[0].length, huge.length);
  assert.equal(words('1.'.repeat(500_000), true).length, 1);
});

test('Chinese: Latin glosses in brackets, particles and abbreviations inside Latin names, Latin words in title marks', () => {
  const latin = (text: string) => latinNamesInChinese(text, []).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
  assert.deepEqual(latin('作家安娜·德·维特（Anna de Witt）来到北京。'), ['Anna de Witt/person']);
  assert.deepEqual(latin('财政部长萨利赫（Omar al-Saleh）和St. Louis的代表'), ['Omar al-Saleh/person', 'St. Louis/person']);
  assert.deepEqual(latin('我们读了《泰晤士报》（TIMES）和《Blue River》。'), []);
  assert.deepEqual(latin('她会说冰岛语（Islenska）。'), []);
  assert.deepEqual(latin('这只基金（Growth funds）的回报很高。'), []);
  assert.deepEqual(latin('我遇到了克拉拉（Clara）。'), ['Clara/person']);
  // An acronym spells out the term before it: a name only when that term is one.
  assert.deepEqual(latin('屋顶装了光伏（PV）板。'), []);
  assert.deepEqual(latin('国际奥林匹克委员会（IOC）开会。', ), ['IOC/org']);
});

test('Chinese: hyphenated double surnames in dotted names; aspect particles end no given name; a place before an ordinal and a role', () => {
  const persons = (text: string) => chineseNames(text, []).filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(persons('演员让·保罗-萨特来了。'), ['让·保罗-萨特']);
  assert.deepEqual(persons('他戴着一顶帽子。'), []);
  const found = (text: string) => findEntities([text], 'zh', table).map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(found('他会见了法国第五任总统。'), []);
  assert.deepEqual(found('印度总督来到了这里。'), []);
  assert.deepEqual(found('她去年取得了芬兰国籍。'), []);
  assert.deepEqual(found('他见过法兰西国王。'), []);
  assert.deepEqual(found('他去过法兰西。'), ['法兰西/place']);
});

test('Chinese: a word and the head of a compound noun of things jieba tags as a name is that compound; native names stay', () => {
  const persons = (text: string) => chineseNames(text, []).filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(persons('院子里的山茶花开了。'), []);
  assert.deepEqual(persons('桌上放着水仙花。'), []);
  assert.deepEqual(persons('她叫田桂花。'), ['田桂花']);
  assert.deepEqual(persons('美国总统杜鲁门说'), ['杜鲁门']);
});

test('Chinese: the word before a bracketed Latin spelling is that name, with its pieces, canonically the Latin spelling', () => {
  const found = (text: string) => chineseNames(text, []).map((s) => `${text.slice(s.start, s.end)}/${s.type}/${s.canonical}`);
  assert.deepEqual(found('我们见到了奥莉维（Olive）。'), ['奥莉维/person/Olive']);
  assert.deepEqual(found('记者罗伯凯恩（Robert Kane）说'), ['罗伯凯恩/person/Robert Kane']);
  assert.deepEqual(found('这座大厦（Grand Tower）很高。'), []);
  assert.deepEqual(found('这只基金（Growth funds）的回报很高。'), []);
});

test('Chinese: a regnal number after a name is part of it; a title after a two-character name makes it one', () => {
  const persons = (text: string) => chineseNames(text, []).filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(persons('路易十四世建造了宫殿。'), ['路易十四世']);
  assert.deepEqual(persons('查理二世回到了伦敦。'), ['查理二世']);
  assert.deepEqual(persons('一世的时间'), []);
  assert.deepEqual(persons('卡尔将军下达了命令。'), ['卡尔']);
  assert.deepEqual(persons('卡尔下达了命令。'), []);
});

test('a long text is tagged in windows that end before a space or a line break: the same words and tags as one call', () => {
  // Over two windows of 64 KB, in pieces that put every kind of character at a window's edge: Chinese with names, Latin
  // names joined by spaces and dots, CRLF line ends, digits with units, runs without any space.
  const pieces = ['张伟在北京大学工作。', 'Robert Kane 说：', '约翰·史密斯\r\n', '增长了3.5% ', '上海市浦东新区\n', 'aд中ك ', '无空格的长句子继续写下去'];
  let text = '';
  for (let i = 0; text.length < 150_000; i++) text += pieces[i % pieces.length] + (i % 97 === 0 ? '中'.repeat(70_000 - (i % 5)) : '');
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { tag(t: string, hmm: boolean): unknown } } };
  const whole = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  for (const hmm of [true, false]) assert.deepEqual(tagInWindows(text, hmm), whole.tag(text, hmm));
});
