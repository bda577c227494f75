// findEntities / loadAliasTable: alias matching across languages and scripts, boundaries, inflections, heuristics
// for unknown names, user alias files, and coverage of the bundled corpus and the shared seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, DomUtils } from 'htmlparser2';
import { findEntities, loadAliasTable, matchKey, productsByDeveloper } from '../src/text/claims/entities.ts';
import { decodePage } from '../src/text/read/decode.ts';
import { entitiesStage } from '../src/stages/entities.ts';

const table = loadAliasTable([]);
const found = (lang: string, text: string) => findEntities([text], lang, table).map((m) => `${m.text}=${m.canonical}`);

// Each case lists every mention expected in the sentence, in order: extra mentions fail the case as much as missing ones.
const cases: Array<[string, string, string, string[]]> = [
  ['alias across languages', 'zh', '谷歌和微软都在追赶OpenAI', ['谷歌=Google', '微软=Microsoft', 'OpenAI=OpenAI']],
  ['traditional and simplified alike', 'zh', '微軟與輝達，以及英伟达', ['微軟=Microsoft', '輝達=Nvidia', '英伟达=Nvidia']],
  ['traditional form not listed in the table is found through t→s keys', 'zh', '騰訊與阿里巴巴集團', ['騰訊=Tencent', '阿里巴巴集團=Alibaba']],
  ['Stanford in four scripts', 'zh', '斯坦福大学与史丹佛大學', ['斯坦福大学=Stanford University', '史丹佛大學=Stanford University']],
  ['Japanese katakana', 'ja', '米グーグルと米マイクロソフトが提携', ['グーグル=Google', 'マイクロソフト=Microsoft']],
  ['katakana alias not inside a longer katakana word', 'ja', 'メタバースの時代', []],
  ['Meta is Facebook', 'ru', 'Компания Meta (бывшая Facebook) представила LLaMA', ['Meta=Meta', 'Facebook=Meta', 'LLaMA=LLaMA']],
  ['longest match: Google DeepMind over Google', 'fr', 'fondée par des chercheurs de Google DeepMind et de Google', ['Google DeepMind=DeepMind', 'Google=Google']],
  ['longest match: GPT-3.5 over GPT-3', 'de', 'Modelle wie GPT-3.5 und GPT-3', ['GPT-3.5=GPT-3.5', 'GPT-3=GPT-3']],
  ['PaLM 2 and LLaMA 2 are models of their own', 'en', 'PaLM 2 and Llama 2 replaced PaLM and LLaMA', ['PaLM 2=PaLM 2', 'Llama 2=Llama 2', 'PaLM=PaLM', 'LLaMA=LLaMA']],
  ['unknown version is not the known one', 'en', 'a rumoured GPT-3.6 model', []],
  ['word boundaries: Metadata, SAID', 'en', 'Metadata SAID nothing', []],
  ['case-insensitive Latin', 'en', 'OPENAI and openai and Openai', ['OPENAI=OpenAI', 'openai=OpenAI', 'Openai=OpenAI']],
  ['plain words in lowercase are not names', 'en', 'an apple a day and meta commentary', []],
  ['short acronyms only in capitals', 'fr', "j'ai eu une réponse de l'EU", ['EU=European Union']],
  ['French elision', 'fr', "le chiffre d'affaires d'OpenAI", ['OpenAI=OpenAI']],
  ['German genitive', 'de', 'Googles Modell und OpenAIs Umsatz sowie Microsofts Cloud', ['Googles=Google', 'OpenAIs=OpenAI', 'Microsofts=Microsoft']],
  ['no bare-s genitive in English', 'en', 'Googles of the world', []],
  ['Russian case endings', 'ru', 'акции Майкрософта и Гугла, офис в Германии', ['Майкрософта=Microsoft', 'Гугла=Google', 'Германии=Germany']],
  ['places in many languages', 'es', 'Estados Unidos, Francia y Japón', ['Estados Unidos=United States', 'Francia=France', 'Japón=Japan']],
  ['US in US-Dollar is not a place', 'de', '540 Millionen US-Dollar', []],
  // Korean attaches particles: a name is a whole word or a word with a particle, and not the second noun of a compound.
  ['Korean particles after a name', 'ko', '정부는 수단에서 철수했고 브라질의 대사가 왔다', ['수단=Sudan', '브라질=Brazil']],
  ['Korean compounds are no names', 'ko', '가장 편한 이동 수단이며 교통수단을 바꿨다', []],
  ['a name after a word with a particle of two syllables', 'ko', '2030년까지 서울 공원은 늘어나고 부산부터 브라질 축제가 열린다', ['서울=Seoul', '브라질=Brazil']],
  ['Silicon Valley in both Chinese scripts', 'zh', '硅谷与矽谷', ['硅谷=Silicon Valley', '矽谷=Silicon Valley']],
  ['people', 'zh', '萨姆·奥尔特曼与扎克伯格', ['萨姆·奥尔特曼=Sam Altman', '扎克伯格=Mark Zuckerberg']],
  ['separators inside names are interchangeable', 'en', 'GPT 3 and サム・アルトマン', ['GPT 3=GPT-3', 'サム・アルトマン=Sam Altman']],
  ['full-width Latin', 'ja', 'ＯｐｅｎＡＩの発表', ['ＯｐｅｎＡＩ=OpenAI']],
  // International organisations and central banks: one canonical for the official name and the usual abbreviation of each language.
  ['central banks across languages', 'zh', '欧洲中央银行和英格兰银行都按兵不动', ['欧洲中央银行=European Central Bank', '英格兰银行=Bank of England']],
  ['central bank abbreviations', 'de', 'Die EZB folgt der Fed nicht', ['EZB=European Central Bank', 'Fed=Federal Reserve']],
  ['organisations by abbreviation, declined', 'ru', 'доклад МВФ и решение ЕС', ['МВФ=International Monetary Fund', 'ЕС=European Union']],
  ['organisations by name', 'pl', 'raport Banku Światowego i Światowej Organizacji Zdrowia', ['Banku Światowego=World Bank', 'Światowej Organizacji Zdrowia=World Health Organization']],
  ['an abbreviation in lowercase is the word', 'en', 'who said the fed cattle were fine', []],
  // Megacities and capitals: one canonical for each language's exonym, Russian declined.
  ['cities by their exonyms', 'de', 'Flüge von Mumbai nach Moskau und Mexiko-Stadt', ['Mumbai=Mumbai', 'Moskau=Moscow', 'Mexiko-Stadt=Mexico City']],
  ['cities in other scripts', 'zh', '东京、莫斯科和达卡', ['东京=Tokyo', '莫斯科=Moscow', '达卡=Dhaka']],
  ['a declined city name', 'ru', 'рейс из Москвы в Токио', ['Москвы=Moscow', 'Токио=Tokyo']],
  // Seas and rivers: German and Polish forms after a preposition, Russian ones derived.
  ['seas after prepositions', 'de', 'Schiffe im Schwarzen Meer und in der Ostsee', ['Schwarzen Meer=Black Sea', 'Ostsee=Baltic Sea']],
  ['seas and rivers in Polish', 'pl', 'statki na Morzu Czarnym i nad Dunajem', ['Morzu Czarnym=Black Sea', 'Dunajem=Danube']],
  ['oceans declined in Russian', 'ru', 'в Тихом океане и на Волге', ['Тихом океане=Pacific Ocean', 'Волге=Volga']],
  // `Nil` is left out: its German genitive is the given name Nils.
  ['a given name is no river', 'de', 'Nils kam gestern nicht.', []],
  // Another language's name of a place that is an English common word is that word in English, not the place.
  ['another language\'s place name that is an English word', 'en', 'They flew from Staten Island to Iceland, Turkey and Chad', ['Staten Island=Staten Island', 'Iceland=Iceland', 'Turkey=Türkiye', 'Chad=Chad']],
  ['the same word names the place in its own language', 'de', 'Island und die Türkei', ['Island=Iceland', 'Türkei=Türkiye']],
  ['the same sea in Chinese and Japanese', 'zh', '南中国海与東シナ海', ['南中国海=South China Sea', '東シナ海=East China Sea']],
];

for (const [name, lang, text, expected] of cases) {
  test(`findEntities: ${name}`, () => assert.deepEqual(found(lang, text), expected));
}

const heuristicCases: Array<[string, string, string, Array<[string, string]>]> = [
  ['org suffix Inc.', 'en', '© 2023 TechWire Media Inc. All rights reserved.', [['TechWire Media Inc.', 'org']]],
  // A comma before the legal form, partners joined by an ampersand, and the partnership forms LLP and PC.
  ['org suffix after a comma, partners joined by &', 'en', 'The invoice from Garrow & Pell, LLP arrived late.', [['Garrow & Pell, LLP', 'org']]],
  ['professional corporation', 'en', 'Fees went to Dana R. Ostrow & Associates, PC last month.', [['Dana R. Ostrow & Associates, PC', 'org']]],
  ['org suffix GmbH', 'de', '© 2023 DigitalPuls Verlag GmbH, Berlin', [['DigitalPuls Verlag GmbH', 'org'], ['Berlin', 'place']]], // a city of CLDR's time zones
  ['org suffix 株式会社', 'ja', 'Copyright (C) 2023 ITしんぽ株式会社', [['ITしんぽ株式会社', 'org']]],
  ['university of', 'en', 'a researcher at the University of Leeds.', [['University of Leeds', 'org']]],
  ['Universidad ... de', 'es', 'investigador en la Universidad Politécnica de Madrid, que', [['Universidad Politécnica de Madrid', 'org']]],
  ['Technische Universität', 'de', 'Professorin an der Technischen Universität Dresden.', [['Technischen Universität Dresden', 'org']]],
  ['speaker after said', 'en', '"Nobody is short of ideas," said Priya Raman, an analyst.', [['Priya Raman', 'person']]],
  ['speaker before said', 'en', 'Priya Raman said the chips were scarce.', [['Priya Raman', 'person']]],
  ['speaker after sagte', 'de', '„Das ist teuer“, sagte Katrin Albers, Professorin.', [['Katrin Albers', 'person']]],
  ['speaker after a déclaré', 'fr', '« Nous sommes efficaces », a déclaré Antoine Lefèvre, investisseur.', [['Antoine Lefèvre', 'person']]],
  ['speaker after заявил', 'ru', '«Это дорого», — заявил Павел Грачёв, директор.', [['Павел Грачёв', 'person']]],
  ['Chinese speaker after a title', 'zh', '人工智能研究院副研究员周明远表示。', [['周明远', 'person']]],
  ['Chinese speaker, traditional', 'zh', '資訊工程學系教授林建宏表示。', [['林建宏', 'person']]],
  ['Japanese speaker with honorific', 'ja', 'アナリスト、田中浩二氏は述べた。', [['田中浩二', 'person']]],
  ['Japanese speaker with title', 'ja', '東京大学の山本真理准教授は述べた。', [['University of Tokyo', 'org'], ['山本真理', 'person']]],
  ['Japanese katakana speaker', 'ja', 'アナリストのジョン・スミス氏は語った。', [['ジョン・スミス', 'person']]],
  ['German organisation from its head word only', 'de', 'Eine Analyse des Beratungsunternehmens Lindner Compute kommt zu dem Ergebnis.', [['Lindner Compute', 'org']]],
  ['no person after according to (a source, often an organisation)', 'en', 'the figure, according to Morgan Stanley, is high', [['Morgan Stanley', 'org']]],
  ['names may contain words of the big stoplists', 'fr', '© 2023 Futur Proche SAS. Tous droits réservés.', [['Futur Proche SAS', 'org']]],
  ['byline author', 'en', 'By Hannah Oduya · May 8, 2023 · 7 min read', [['Hannah Oduya', 'person']]],
  ['capitalised name mid-sentence', 'en', 'an analyst at Halden Partners in London.', [['Halden Partners', 'org'], ['London', 'place']]],
  ['generic 公司 is not a name', 'zh', '上海一家人工智能创业公司的首席技术官', [['Shanghai', 'place']]],
  ['German nouns are capitalised, not names', 'de', 'Große Sprachmodelle sind teuer, sagt die Künstliche Intelligenz Forschung.', []],
  ['sentence-start capitals are not names', 'en', 'Neither Number is wrong. Cheap Rented GPUs exist.', []],
  ['headlines in title case say nothing', 'en', 'The Price Of Scale: What Big Labs Are Paying', []],
];

for (const [name, lang, text, expected] of heuristicCases) {
  test(`findEntities heuristics: ${name}`, () => {
    assert.deepEqual(findEntities([text], lang, table).map((m) => [m.canonical, m.type]), expected);
  });
}

test('findEntities: offsets are UTF-16 offsets into the paragraph, with the paragraph index', () => {
  const paragraphs = ['Intro 😀 without names.', '😀 Das Modell PaLM von Google', '谷歌的PaLM擁有540B參數'];
  const mentions = findEntities(paragraphs, 'de', table);
  assert.deepEqual(mentions.map((m) => [m.paragraph, m.canonical, m.type]), [[1, 'PaLM', 'product'], [1, 'Google', 'org'], [2, 'Google', 'org'], [2, 'PaLM', 'product']]);
  for (const m of mentions) assert.equal(paragraphs[m.paragraph].slice(m.start, m.end), m.text);
});

test('matchKey keeps the UTF-16 length', () => {
  for (const s of ['İstanbul ǅ ﬁ', '史丹佛大學 𠀀 Ｇｏｏｇｌｅ', 'Сэм·Альтман サム・アルトマン']) assert.equal(matchKey(s).length, s.length);
});

// User alias files.
const dir = mkdtempSync(join(tmpdir(), 'claimscope-aliases-'));
function userFile(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

test('loadAliasTable: a user file extends an entry, adds new entities and wins shared aliases', () => {
  const file = userFile('mine.json', JSON.stringify([
    { canonical: 'Google', aliases: ['Gugel'] },
    { canonical: 'Kryptonia', type: 'org', aliases: ['Kryptonia', 'クリプトニア'] },
    { canonical: 'Mistral', type: 'other', aliases: ['Mistral'] },
  ]));
  const mine = loadAliasTable([file]);
  assert.equal(loadAliasTable([file]), mine, 'memoised by the file list');
  const mentions = findEntities(['Gugel kauft Kryptonia; クリプトニアの件. Le Mistral souffle.'], 'fr', mine);
  assert.deepEqual(mentions.map((m) => `${m.text}=${m.canonical}/${m.type}`), ['Gugel=Google/org', 'Kryptonia=Kryptonia/org', 'クリプトニア=Kryptonia/org', 'Mistral=Mistral/other']);
  // The built-in table is untouched: there Gugel is an unknown name of its own.
  assert.deepEqual(found('de', 'Gugel und Mistral'), ['Gugel=Gugel', 'Mistral=Mistral AI']);
});

test('an alias with a character outside the Basic Multilingual Plane matches (the trie is walked by UTF-16 unit)', () => {
  // 𠀋 (U+2000B) is a rare Han character, two UTF-16 units.
  const mine = loadAliasTable([userFile('astral.json', JSON.stringify([{ canonical: 'Astral Labs', type: 'org', aliases: ['𠀋實驗室'] }]))]);
  const mentions = findEntities(['據報導，𠀋實驗室發布了新模型。'], 'zh', mine);
  assert.deepEqual(mentions.map((m) => `${m.text}=${m.canonical}`), ['𠀋實驗室=Astral Labs']);
});

test('developer links: built-in models name their maker, and a user file can add one', () => {
  const builtIn = productsByDeveloper(loadAliasTable([]));
  assert.ok(builtIn.get('Google')?.includes('PaLM'));
  assert.ok(builtIn.get('Meta')?.includes('LLaMA') && builtIn.get('Meta')?.includes('OPT'));
  assert.ok(builtIn.get('OpenAI')?.includes('GPT-3'));
  for (const [org, models] of builtIn) assert.ok(models.length > 0 && !models.includes(org), org);
  const mine = userFile('dev.json', JSON.stringify([{ canonical: 'Nordwind 7B', type: 'product', aliases: ['Nordwind 7B'], developer: 'Mistral AI' }]));
  assert.deepEqual(productsByDeveloper(loadAliasTable([mine])).get('Mistral AI'), ['Mistral 7B', 'Nordwind 7B']);
});

test('loadAliasTable: malformed user files fail with the file name and the problem', () => {
  const bad: Array<[string, string, RegExp]> = [
    ['broken.json', '[{"canonical": "X", ', /broken\.json: alias file is not valid JSON/],
    ['object.json', '{"canonical": "X"}', /object\.json: alias file must be a JSON array/],
    ['type.json', '[{"canonical": "X", "type": "company", "aliases": []}]', /type\.json: entry 1 \(X\): "type" must be one of org, person, product, place, other/],
    ['aliases.json', '[{"canonical": "X", "type": "org", "aliases": "X"}]', /aliases\.json: entry 1 \(X\): "aliases" must be an array/],
    ['newtype.json', '[{"canonical": "Brand New", "aliases": ["BN"]}]', /newtype\.json: entry "Brand New": "type" is required/],
    ['canonical.json', '[{"type": "org"}]', /canonical\.json: entry 1: "canonical" must be a non-empty string/],
    ['developer.json', '[{"canonical": "X", "type": "product", "aliases": ["X"], "developer": 7}]', /developer\.json: entry 1 \(X\): "developer" must be the canonical name of an organisation/],
  ];
  for (const [name, content, message] of bad) assert.throws(() => loadAliasTable([userFile(name, content)]), message);
  assert.throws(() => loadAliasTable([join(dir, 'missing.json')]), /missing\.json: cannot read alias file \(ENOENT\)/);
});

// The bundled corpus: every expected claim entity is found in its page, every quote's speaker as a person.
const CORPUS = new URL('../corpus/', import.meta.url);
const EXPECTED = new URL('./fixtures/corpus-expected.json', import.meta.url);

/** Paragraph-ish text of a page without the clean stage: block elements for HTML, lines for text. */
function roughParagraphs(path: string): string[] {
  const page = decodePage(readFileSync(fileURLToPath(new URL(path, CORPUS))), path);
  if (page.format === 'text') return page.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const doc = parseDocument(page.text);
  const block = /^(p|h[1-6]|li|blockquote|td|div|section|article|header|footer|ul|ol|nav|aside|main)$/;
  const leafBlocks = DomUtils.findAll((el) => block.test(el.name) && !DomUtils.findOne((d) => block.test(d.name), el.children), doc.children);
  return leafBlocks.map((el) => DomUtils.textContent(el).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

test('findEntities: every expected claim entity and quote speaker of the corpus is found in its page', { skip: !existsSync(EXPECTED) && 'needs the corpus fixture' }, () => {
  const pages = JSON.parse(readFileSync(EXPECTED, 'utf8')) as Array<{ path: string; lang?: string; claims?: Array<{ entity: string }>; quotes?: Array<{ speaker: string }> }>;
  let checked = 0;
  for (const page of pages) {
    if (!page.lang || !(page.claims?.length || page.quotes?.length)) continue;
    const mentions = findEntities(roughParagraphs(page.path), page.lang, table);
    const canonical = new Set(mentions.map((m) => m.canonical));
    for (const c of page.claims ?? []) {
      assert.ok(canonical.has(c.entity), `${page.path}: entity ${c.entity} not found (found: ${[...canonical].join(', ')})`);
      checked++;
    }
    for (const q of page.quotes ?? []) {
      assert.ok(mentions.some((m) => m.type === 'person' && m.canonical === q.speaker), `${page.path}: speaker ${q.speaker} not found as a person`);
      checked++;
    }
  }
  assert.ok(checked >= 40, `checked ${checked} expectations`);
});

// A name with no evidence of its type is typed person (names.ts DEFAULT_TYPE, measured on entities-dev): one-word
// names may be such guesses; a full name (two or more words) typed person must be a speaker or the byline.
test('findEntities: corpus pages yield no full-name person that is not a speaker or a byline', { skip: !existsSync(EXPECTED) && 'needs the corpus fixture' }, () => {
  const pages = JSON.parse(readFileSync(EXPECTED, 'utf8')) as Array<{ path: string; lang?: string; quotes?: Array<{ speaker: string }> }>;
  for (const page of pages) {
    if (!page.lang) continue;
    const mentions = findEntities(roughParagraphs(page.path), page.lang, table);
    const people = mentions.filter((m) => m.type === 'person' && /\s/u.test(m.canonical)).map((m) => m.canonical);
    const speakers = new Set((page.quotes ?? []).map((q) => q.speaker));
    const extra = people.filter((p) => !speakers.has(p));
    assert.ok(extra.length <= 1, `${page.path}: unexpected people ${extra.join(', ')}`); // at most the byline author
  }
});

// The shared seeds (not bundled): names the issue cites must be found in their pages.
const SHARED = new URL('../../shared/', import.meta.url);
const SEEDS = new URL('seeds/', SHARED);
test('findEntities: seed pages', { skip: !existsSync(SEEDS) && 'needs ../shared' }, () => {
  const want: Record<string, [string, string[]]> = {
    '001': ['zh', ['Google', 'OpenAI', 'Microsoft', 'LLaMA', 'Alpaca', 'Stanford University', 'Silicon Valley']],
    '003': ['en', ['OpenAI', 'Google', 'Microsoft', 'GPT-4', 'Bill Gates', 'Sora']],
    '004': ['de', ['OpenAI', 'GPT-3', 'Stability AI', 'PaLM', 'Meta']],
  };
  for (const file of readdirSync(SEEDS)) {
    const entry = want[file.slice(0, 3)];
    if (!entry) continue;
    const [lang, names] = entry;
    const paragraphs = readFileSync(new URL(file, SEEDS), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const canonical = new Set(findEntities(paragraphs, lang, table).map((m) => m.canonical));
    for (const name of names) assert.ok(canonical.has(name), `${file}: ${name} not found`);
  }
});

test('editing a user alias file changes the entities stage key (so the next ingest re-runs it); an unchanged file keeps it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-aliases-'));
  const file = join(dir, 'mine.json');
  writeFileSync(file, JSON.stringify([{ canonical: 'Lindner Compute', type: 'org', aliases: ['Lindner Compute'] }]));
  const options = { aliasFiles: [file] };
  const before = await entitiesStage.methodKey!(options, { dryRun: false });
  assert.equal(await entitiesStage.methodKey!(options, { dryRun: false }), before);
  writeFileSync(file, JSON.stringify([{ canonical: 'Lindner Compute', type: 'org', aliases: ['Lindner Compute', 'Lindner'] }]));
  assert.notEqual(await entitiesStage.methodKey!(options, { dryRun: false }), before);
  assert.notEqual(await entitiesStage.methodKey!({ aliasFiles: [] }, { dryRun: false }), before);
  rmSync(dir, { recursive: true, force: true });
});
