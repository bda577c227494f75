// Language identification: script analysis, simplified/traditional Chinese, labels per text, per paragraph and per
// article (mixed-language pages), and the bundled corpus pages with their expected language and script.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { decodePage } from '../src/text/read/decode.ts';
import { detectLanguage, initLanguageDetection, labelArticle, toIso6391 } from '../src/text/language/detect.ts';
import { dominantScript, scriptCounts } from '../src/text/language/scripts.ts';
import { chineseScriptFromHint, decideChineseScript, SHARED_SIMPLIFIED, SHARED_TRADITIONAL } from '../src/text/language/chinese-script.ts';
import { main } from '../src/cli/main.ts';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const EXPECTED = fileURLToPath(new URL('./fixtures/corpus-expected.json', import.meta.url));
const SHARED = new URL('../../shared/', import.meta.url);
const LANGID = new URL('bench/langid-dev/sentences/', SHARED);

before(() => initLanguageDetection());

// ----- scripts

test('scriptCounts counts letters per script, not digits or punctuation', () => {
  const c = scriptCounts('GPT-4 в 2023 году: 模型と「テスト」, 한국어 مرحبا Ελλάδα');
  assert.equal(c.Latin, 3);
  assert.equal(c.Cyrillic, 5);
  assert.equal(c.Han, 2);
  assert.equal(c.Kana, 4);
  assert.equal(c.Hangul, 3);
  assert.equal(c.Arabic, 5);
  assert.equal(c.Greek, 6);
});

test('dominantScript: non-Latin scripts win over embedded Latin names, kana makes Han Japanese', () => {
  const cases: Array<[string, string | null]> = [
    ['微软发布了 Microsoft Copilot Pro 和 GitHub Copilot Enterprise', 'Han'],
    ['Компания OpenAI представила GPT-4 Turbo и ChatGPT Enterprise', 'Cyrillic'],
    ['The Chinese word 关系 is usually translated as "connections" or "relationships" in English.', 'Latin'],
    ['東京都知事選挙の投票率は過去最低を記録した', 'Kana'],
    ['삼성전자는 新製品을 발표했다', 'Hangul'],
    ['2023 — 42 % !!!', null],
  ];
  for (const [text, script] of cases) assert.equal(dominantScript(scriptCounts(text)).script, script, text);
});

// ----- Chinese script

test('chineseScriptFromHint reads <html lang> and regional tags', () => {
  const cases: Array<[string | null, string | null]> = [
    ['zh-TW', 'Hant'], ['zh-Hant', 'Hant'], ['zh-HK', 'Hant'], ['zh-Hant-TW', 'Hant'], ['zh_tw', 'Hant'],
    ['zh-CN', 'Hans'], ['zh-Hans', 'Hans'], ['zh-SG', 'Hans'], ['zh', null], ['en-US', null], [null, null],
  ];
  for (const [hint, script] of cases) assert.equal(chineseScriptFromHint(hint), script, String(hint));
});

test('decideChineseScript: decisive characters first, then the hint, then simplified', () => {
  assert.equal(decideChineseScript('这个模型的训练成本大约为四百六十万美元').script, 'Hans');
  assert.equal(decideChineseScript('這個模型的訓練成本大約為四百六十萬美元').script, 'Hant');
  // 台灣 and 后 appear in both scripts' writing: they decide nothing.
  assert.equal(decideChineseScript('台北', 'zh-TW').script, 'Hant');
  assert.deepEqual(decideChineseScript('中文', 'zh-TW'), { script: 'Hant', confidence: 0.6, source: 'hint' });
  assert.equal(decideChineseScript('中文', 'zh-CN').source, 'hint');
  assert.equal(decideChineseScript('中文').source, 'default');
  // One simplified character does not overrule the page's zh-TW; several do.
  assert.equal(decideChineseScript('中文们', 'zh-TW').script, 'Hant');
  assert.equal(decideChineseScript('我们这个说', 'zh-TW').script, 'Hans');
});

test('the shared-character lists match what opencc-js phrase tables say today', async () => {
  const dict = async (name: string): Promise<string[][]> =>
    ((await import(`opencc-js/dict/${name}`)) as { default: string }).default.split('|').map((e) => e.split(' '));
  const converted = (entries: string[][]) => new Set(entries.filter(([from, ...to]) => !to.includes(from!)).map(([from]) => from!));
  const simplified = converted(await dict('STCharacters'));
  const traditional = converted(await dict('TSCharacters'));
  const keptIn = (phrases: string[][], chars: Set<string>) => {
    const out = new Set<string>();
    for (const [, ...values] of phrases) for (const v of values) for (const ch of v) if (chars.has(ch)) out.add(ch);
    for (const ch of simplified) if (traditional.has(ch)) out.add(ch);
    return [...out].sort().join('');
  };
  assert.equal(keptIn(await dict('STPhrases'), simplified), [...SHARED_SIMPLIFIED].sort().join(''));
  assert.equal(keptIn(await dict('TSPhrases'), traditional), [...SHARED_TRADITIONAL].sort().join(''));
});

// ----- detectLanguage

test('detectLanguage: empty, one-letter and letterless inputs are und', () => {
  for (const text of ['', ' ', '\n', 'a', 'É', 'я', '7', '!!!', '2023-05-01', '…']) {
    const label = detectLanguage(text);
    assert.equal(label.lang, 'und', JSON.stringify(text));
    assert.ok(label.confidence < 0.2, JSON.stringify(text));
  }
});

test('detectLanguage: a single kana, hangul or Han character is labelled by its script, with low confidence', () => {
  for (const [text, lang] of [['み', 'ja'], ['カ', 'ja'], ['한', 'ko'], ['工', 'zh']] as const) {
    const label = detectLanguage(text);
    assert.equal(label.lang, lang, text);
    assert.ok(label.confidence < 0.5, text);
  }
});

test('detectLanguage: one sentence per language', () => {
  const cases: Array<[string, string]> = [
    ['The committee postponed its decision until the audit of last year\'s accounts is finished.', 'en'],
    ['Der Ausschuss hat seine Entscheidung vertagt, bis die Prüfung der Vorjahreszahlen abgeschlossen ist.', 'de'],
    ['Le comité a reporté sa décision jusqu\'à la fin de l\'audit des comptes de l\'an dernier.', 'fr'],
    ['El comité aplazó su decisión hasta que termine la auditoría de las cuentas del año pasado.', 'es'],
    ['Il comitato ha rinviato la decisione fino alla conclusione della revisione dei conti dell\'anno scorso.', 'it'],
    ['O comitê adiou a decisão até que a auditoria das contas do ano passado seja concluída.', 'pt'],
    ['De commissie heeft haar besluit uitgesteld tot de controle van de jaarrekening van vorig jaar klaar is.', 'nl'],
    ['Komisja odłożyła decyzję do czasu zakończenia kontroli zeszłorocznych rachunków.', 'pl'],
    ['Komite, geçen yılın hesaplarının denetimi bitene kadar kararını erteledi.', 'tr'],
    ['Ủy ban đã hoãn quyết định cho đến khi việc kiểm toán tài khoản năm ngoái hoàn tất.', 'vi'],
    ['Комитет отложил своё решение до завершения проверки прошлогодней отчётности.', 'ru'],
    ['Комітет відклав своє рішення до завершення перевірки торішньої звітності.', 'uk'],
    ['أجلت اللجنة قرارها حتى انتهاء تدقيق حسابات العام الماضي.', 'ar'],
    ['위원회는 작년 회계 감사가 끝날 때까지 결정을 연기했다.', 'ko'],
    ['委员会推迟了决定，直到去年账目的审计完成。', 'zh'],
    ['委員会は昨年度の会計監査が終わるまで決定を延期した。', 'ja'],
  ];
  for (const [text, lang] of cases) {
    const label = detectLanguage(text);
    assert.equal(label.lang, lang, text);
    assert.ok(label.confidence > 0.5, `${text}: ${label.confidence}`);
    assert.equal(label.script, lang === 'zh' ? 'Hans' : null, text);
  }
});

test('detectLanguage: Swedish, Danish and Norwegian apart, and from German and Dutch; å in a German sentence stays German', () => {
  const cases: Array<[string, string]> = [
    ['Kommunen har beslutat att bygga två nya skolor innan året är slut.', 'sv'],
    ['Kommunen har besluttet at bygge to nye skoler, før året er omme.', 'da'],
    ['Kommunen har bestemt seg for å bygge to nye skoler før året er omme.', 'no'],
    ['Die Gemeinde hat beschlossen, vor Jahresende zwei neue Schulen zu bauen.', 'de'],
    ['De gemeente heeft besloten om voor het einde van het jaar twee nieuwe scholen te bouwen.', 'nl'],
    ['Die Reederei aus Ålesund hat zwei neue Fähren bestellt.', 'de'],
  ];
  for (const [text, lang] of cases) assert.equal(detectLanguage(text).lang, lang, text);
});

test('detectLanguage: Latin-heavy Chinese is Chinese (decided by script proportion, not by the most frequent script)', () => {
  for (const text of [
    '微软发布了 Microsoft Copilot Pro 和 GitHub Copilot Enterprise',
    'OpenAI 的 GPT-4 Turbo 支持 128K context window，价格比 GPT-4 便宜',
    'Meta 在 GitHub 上开源了 Llama 2 7B、13B 和 70B 三个版本',
  ]) {
    const label = detectLanguage(text);
    assert.equal(label.lang, 'zh', text);
    assert.equal(label.script, 'Hans', text);
  }
  assert.equal(detectLanguage('Google 發佈了 Gemini Ultra 與 Gemini Pro 兩個版本').script, 'Hant');
});

test('detectLanguage: traditional Chinese, and the page hint when the text has no decisive characters', () => {
  assert.deepEqual(
    [detectLanguage('史丹佛大學的研究團隊以不到六百美元的成本訓練出 Alpaca 模型').lang, detectLanguage('史丹佛大學的研究團隊以不到六百美元的成本訓練出 Alpaca 模型').script],
    ['zh', 'Hant']);
  assert.equal(detectLanguage('中文').script, 'Hans');
  assert.equal(detectLanguage('中文', { htmlLang: 'zh-TW' }).script, 'Hant');
  assert.equal(detectLanguage('中文', { htmlLang: 'zh-Hant' }).script, 'Hant');
});

test('detectLanguage: Japanese full of kanji is Japanese, kanji-only Japanese follows a ja page hint', () => {
  for (const text of [
    '東京都知事選挙の投票率は過去最低を記録した',
    '政府は来年度予算案で防衛費を大幅に増額する方針を閣議決定した。',
    '米国立標準技術研究所が人工知能安全性評価基準を公表',  // one kana among 24 kanji
  ]) assert.equal(detectLanguage(text).lang, 'ja', text);
  assert.equal(detectLanguage('東京都知事選挙結果').lang, 'zh');
  assert.equal(detectLanguage('東京都知事選挙結果', { htmlLang: 'ja' }).lang, 'ja');
});

test('detectLanguage: Russian, Ukrainian, and newlines inside a text', () => {
  assert.equal(detectLanguage('Компания Meta выпустила языковую модель Llama с открытыми весами.').lang, 'ru');
  assert.equal(detectLanguage('Компанія Meta випустила мовну модель Llama з відкритими вагами.').lang, 'uk');
  // fastText stops reading at a newline: the whole text must count.
  assert.equal(detectLanguage('OK\nDie Bundesregierung hat am Mittwoch einen neuen Gesetzentwurf zur Regulierung künstlicher Intelligenz beschlossen.').lang, 'de');
});

test('toIso6391 maps franc codes to ISO 639-1', () => {
  assert.deepEqual(['cmn', 'arb', 'deu', 'ukr', 'en', 'xyz'].map(toIso6391), ['zh', 'ar', 'de', 'uk', 'en', 'und']);
});

// ----- labelArticle

test('labelArticle: a German article with an English quote paragraph', () => {
  const texts = [
    'Die Kosten für das Training großer Sprachmodelle steigen weiter, wie neue Zahlen aus der Branche zeigen.',
    'Nach Angaben des Unternehmens verschlang allein die Rechenzeit mehrere Millionen Euro, hinzu kamen Personal und Strom.',
    '"We are not short of ideas, we are short of electricity and graphics cards," said the company\'s research director.',
    'Experten gehen davon aus, dass sich nur wenige Firmen solche Ausgaben auf Dauer leisten können.',
    'Teilen',
  ];
  const { article, paragraphs } = labelArticle(texts, { htmlLang: 'de' });
  assert.equal(article.lang, 'de');
  assert.ok(article.confidence > 0.5);
  assert.deepEqual(paragraphs.map((p) => p.lang), ['de', 'de', 'en', 'de', 'und']);
  assert.ok(paragraphs[4]!.confidence < 0.4, 'a one-word paragraph stays und with low confidence');
});

test('labelArticle: Swedish paragraphs without å, æ or ø are Swedish in an article with a Swedish paragraph; a German one with a Nordic name stays German', () => {
  const swedish = [
    'Förra veckan började kommunen att bygga en ny skola vid sjön.',
    'Eleverna ser fram emot att flytta dit till hösten, sade rektorn till tidningen.',
    'Bygget beräknas vara klart under nästa vår.',
  ];
  const { article, paragraphs } = labelArticle(swedish, { htmlLang: null });
  assert.equal(article.lang, 'sv');
  assert.deepEqual(paragraphs.map((p) => p.lang), ['sv', 'sv', 'sv']);
  const german = ['Der Hafen von Århus wird erweitert, teilte die Stadtverwaltung am Montag mit.', 'Die Arbeiten sollen im nächsten Frühjahr beginnen und zwei Jahre dauern.'];
  assert.deepEqual(labelArticle(german, { htmlLang: null }).paragraphs.map((p) => p.lang), ['de', 'de']);
});

test('labelArticle: a Chinese article with a paragraph full of English product names', () => {
  const texts = [
    '微软周二宣布，将把人工智能助手全面整合进旗下的办公软件产品线。',
    '新版本包括 Microsoft 365 Copilot、GitHub Copilot Enterprise 和 Copilot Studio，面向企业客户。',
    '分析人士认为，这一举措将加剧与谷歌之间的竞争。',
  ];
  const { article, paragraphs } = labelArticle(texts, { htmlLang: null });
  assert.deepEqual(article.lang, 'zh');
  assert.equal(article.script, 'Hans');
  assert.deepEqual(paragraphs.map((p) => `${p.lang}-${p.script}`), ['zh-Hans', 'zh-Hans', 'zh-Hans']);
});

test('labelArticle: the article label is length-weighted, and falls back to the whole text, then the hint', () => {
  const long = 'La Commission européenne a présenté mercredi un projet de règlement sur l\'intelligence artificielle qui prévoit des obligations de transparence pour les fournisseurs de grands modèles.';
  const { article } = labelArticle([long, 'Read more', 'Share this', 'Sign in'], { htmlLang: 'en' });
  assert.equal(article.lang, 'fr');
  assert.deepEqual(labelArticle(['Mehr', 'lesen', 'Kommentare'], { htmlLang: null }).paragraphs.map((p) => p.lang), ['und', 'und', 'und']);
  assert.equal(labelArticle(['2023', '—'], { htmlLang: 'es-ES' }).article.lang, 'es');
  assert.equal(labelArticle(['2023', '—'], { htmlLang: null }).article.lang, 'und');
  assert.deepEqual(labelArticle([], { htmlLang: null }), { article: { lang: 'und', script: null, confidence: 0 }, paragraphs: [] });
});

test('labelArticle: traditional paragraphs without decisive characters take the article\'s script', () => {
  const { article, paragraphs } = labelArticle([
    '史丹佛大學的研究團隊以不到六百美元的成本訓練出一個對話模型，引起業界關注。',
    '研究人員表示，此模型在多項測試中的表現與大型商業模型相近。',
    '中文世界的開發者社群也開始嘗試以此方法訓練自己的模型。',
  ], { htmlLang: null });
  assert.equal(article.script, 'Hant');
  assert.deepEqual(paragraphs.map((p) => p.script), ['Hant', 'Hant', 'Hant']);
});

// ----- the bundled corpus

interface ExpectedPage { path: string; format?: 'html' | 'text'; lang?: string; script?: 'Hans' | 'Hant' | null }

function pageTexts(path: string): { texts: string[]; htmlLang: string | null } {
  const page = decodePage(readFileSync(`${CORPUS}${path}`), path);
  if (page.format === 'text') return { texts: page.text.split(/\n\s*\n/).map((t) => t.trim()).filter(Boolean), htmlLang: null };
  const $ = cheerio.load(page.text);
  const texts = $('p').map((_, el) => $(el).text().replace(/\s+/g, ' ').trim()).get().filter(Boolean);
  return { texts, htmlLang: $('html').attr('lang') ?? null };
}

test('every corpus page gets its expected language and script, and most paragraphs agree', { skip: !existsSync(EXPECTED) && 'needs the corpus fixture' }, () => {
  const pages = (JSON.parse(readFileSync(EXPECTED, 'utf8')) as ExpectedPage[]).filter((p) => p.lang);
  assert.ok(pages.length >= 16);
  for (const p of pages) {
    const { texts, htmlLang } = pageTexts(p.path);
    const { article, paragraphs } = labelArticle(texts, { htmlLang });
    assert.equal(article.lang, p.lang, p.path);
    assert.equal(article.script, p.script ?? null, p.path);
    const decided = paragraphs.filter((l) => l.lang !== 'und');
    const agreeing = decided.filter((l) => l.lang === p.lang && l.script === (p.script ?? null));
    assert.ok(agreeing.length >= 0.9 * decided.length, `${p.path}: ${agreeing.length}/${decided.length} paragraphs agree`);
    // The same page with its title-less text, without any hint, still comes out right.
    assert.equal(labelArticle(texts, { htmlLang: null }).article.lang, p.lang, `${p.path} without hint`);
  }
});

// ----- the command line uses the same code

test('claimscope detect --json prints one label per input line', async () => {
  let stdout = '';
  const io = { tty: false, out(t: string) { stdout += `${t}\n`; }, err() {}, async stdin() { return 'Guten Morgen, wie geht es Ihnen heute?\n\n這個模型的訓練成本\n'; } };
  assert.equal(await main(['detect', '--json'], io), 0);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { lang: string; script: string | null });
  assert.deepEqual(lines.map((l) => [l.lang, l.script]), [['de', null], ['und', null], ['zh', 'Hant']]);
});

// ----- the shared bench set, when present (the full figures come from npm run bench:lang)

test('the first 100 bench sentences of every language are labelled right at least 97 times', { skip: !existsSync(LANGID) && 'needs ../shared' }, () => {
  for (const file of readdirSync(LANGID)) {
    const lang = file.replace(/\.txt$/, '');
    const lines = readFileSync(new URL(file, LANGID), 'utf8').split('\n').filter((l) => l.trim()).slice(0, 100);
    const right = lines.filter((l) => detectLanguage(l).lang === lang).length;
    assert.ok(right >= 0.97 * lines.length, `${lang}: ${right}/${lines.length}`);
  }
});
