// Plain-text cleaner: each line rule on real-looking lines in several languages, the section and title logic on small
// pages, and the bundled corpus/ text pages against their keep/drop markers in test/fixtures/corpus-expected.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { RemovalReason } from '../src/types.ts';
import { decodePage } from '../src/text/read/decode.ts';
import { cleanPlainText, dropIslands, dropOrphanHeadings, splitBlocks, type Line } from '../src/text/clean/plain/clean-text.ts';
import { FOLDED, fold as foldLine, isListItem, lineReason, stripMarkers } from '../src/text/clean/plain/line-rules.ts';
import { parseDate, siteNameFromCopyright, stripSiteSuffix } from '../src/text/clean/plain/metadata.ts';
import { roughLanguage } from '../src/text/clean/plain/rough-lang.ts';
import { dropInjectedParagraphs } from '../src/stages/clean.ts';

const LINE_CASES: Array<[string, RemovalReason | null]> = [
  // breadcrumbs
  ['Home > Tech > AI', 'breadcrumb'],
  ['首頁 > 比特幣 > 新聞', 'breadcrumb'],
  ['Startseite › Wirtschaft › Künstliche Intelligenz › Warum Modelle teuer sind', 'breadcrumb'],
  ['ホーム > ニュース', 'breadcrumb'],
  ['Главная » Новости » Технологии', 'breadcrumb'],
  ['If x > 3 then the loop stops, which is why the benchmark looked slower than it really was.', null],
  // tickers
  ['BTC $30,112.50 ▲2.1%   ETH $1,902.10 ▼0.7%', 'ticker'],
  ['BTC 27.401,10 € | ETH 1.700,02 € | ADA 0,31 €', 'ticker'],
  ['BTC/USDT 30120 +1.5%', 'ticker'],
  ['BTC rose to $30,000 on Tuesday while ETH fell to $1,900 as traders took profits.', null],
  // bylines and metadata
  ['Author:', 'byline'],
  ['作者：王小明', 'byline'],
  ['Posted by Jane Miller', 'byline'],
  ['Par Sophie Martin', 'byline'],
  ['Автор: Иван Петров', 'byline'],
  ['技術ニュース編集部', 'byline'],
  ['By contrast, the smaller model answered faster.', null],
  ['Time:2023/5/2 10:20:00', 'metadata'],
  ['時間：1970/1/1 8:00:00', 'metadata'],
  ['來源:區塊鏈日報', 'metadata'],
  ['Quelle: heise.example', 'metadata'],
  ['Veröffentlicht: 2023-05-02 09:14:00', 'metadata'],
  ['March 3, 2023 · 6 min read', 'metadata'],
  ['2023年6月1日 12:30', 'metadata'],
  ['12 июня 2023', 'metadata'],
  ['👁 1,204 views   💬 12 comments', 'metadata'],
  ['812 Mal gelesen', 'metadata'],
  ['閲覧数 1,024 ｜ いいね 8', 'metadata'],
  ['Lecture : 4 min | 2 210 lectures', 'metadata'],
  ['Dieser Beitrag wird mit freundlicher Genehmigung von Beispiel Medien nachgedruckt.', 'metadata'],
  ['The film drew 2 million views in its first week, more than any trailer the studio had released before.', null],
  // share bars
  ['Share: Facebook · X · LinkedIn', 'share'],
  ['Teilen: Facebook | Twitter | E-Mail', 'share'],
  ['分享到：微博 微信 QQ', 'share'],
  ['Facebook | Twitter | WhatsApp', 'share'],
  // comment chrome
  ['Leave a Reply', 'comment-chrome'],
  ['12 Comments', 'comment-chrome'],
  ['コメント 5件', 'comment-chrome'],
  ['Комментарии (7)', 'comment-chrome'],
  ['reply', 'comment-chrome'],
  ['arrow-up', 'comment-chrome'],
  ['3 days ago', 'comment-chrome'],
  ['vor 2 Tagen', 'comment-chrome'],
  ['hace 4 horas', 'comment-chrome'],
  ['5 дней назад', 'comment-chrome'],
  ['2日前', 'comment-chrome'],
  ['3天前', 'comment-chrome'],
  ['jean_d  il y a 5 jours', 'comment-chrome'],
  ['▲ 7  Responder', 'comment-chrome'],
  ['返信　いいね 3', 'comment-chrome'],
  ['Load more comments', 'comment-chrome'],
  ['• quietfox [he/him]@lemmy.example.org', 'comment-chrome'],
  ['Your email address will not be published. Required fields are marked *', 'comment-chrome'],
  // tags
  ['Tags: #LLM #OpenAI #Mistral', 'tags'],
  ['Tags:ETH幣價格今日行情BTC價格', 'tags'],
  ['タグ：#生成AI #OpenAI', 'tags'],
  ['Schlagwörter: KI, Sprachmodelle', 'tags'],
  ['#AI #LLM #opensource', 'tags'],
  // related
  ['Related posts', 'related'],
  ['関連記事', 'related'],
  ['À lire aussi', 'related'],
  ['Читайте также', 'related'],
  // pagination
  ['← Previous post    Page 2 of 5    Next post →', 'pagination'],
  ['Seite 1 von 3', 'pagination'],
  ['＜ 前の記事　｜　次の記事 ＞', 'pagination'],
  ['上一篇：大模型的成本 下一篇：开源的未来', 'pagination'],
  ['Страница 2 из 9', 'pagination'],
  // footers
  ['© 2023 Example Media. All rights reserved.', 'footer'],
  ['Copyright 2022 Beispiel GmbH', 'footer'],
  ['版权所有 © 2021 科技日报', 'footer'],
  ['(C) 2023 テックノート All Rights Reserved.', 'footer'],
  ['Todos los derechos reservados.', 'footer'],
  ['Disclaimer', 'footer'],
  ['Die Rechte an allen Texten liegen bei den Autoren; bei Fragen wenden Sie sich bitte an info@beispiel.example', 'footer'],
  ['The above is the detailed content of Why models cost so much. For more information, please follow other related articles on the site!', 'footer'],
  // cookies
  ['We use cookies to give you a better service. By continuing you accept our use of cookies.', 'cookie'],
  ['Diese Website verwendet Cookies, um die Nutzung zu analysieren.', 'cookie'],
  // ads
  ['ads', 'ad'],
  ['Advertisement', 'ad'],
  ['Anzeige', 'ad'],
  ['广告', 'ad'],
  // nav
  ['Ctrl+D 收藏本站', 'nav'],
  ['币圈快讯 币圈快讯', 'nav'],
  ['← Back to Blog', 'nav'],
  ['Mehr>', 'nav'],
  ['返回顶部', 'nav'],
  ['zurück', 'nav'],
  // section numbers and lone counters
  ['01', 'short'],
  ['·', 'short'],
  // article lines stay
  ['Why not us?', null],
  ['为什么小模型也能打', null],
  ['Die Analysten unterscheiden vor allem drei Posten:', null],
  ['今年2月，Meta发布了LLaMA系列模型，参数规模从70亿到650亿不等。', null],
];

test('line rules: each chrome line gets its reason, article lines none', () => {
  const wrong = LINE_CASES.filter(([line, want]) => lineReason(line) !== want).map(([line, want]) => `${line} → ${lineReason(line)} (want ${want})`);
  assert.deepEqual(wrong, []);
});

test('markers like #🎜🎜# are stripped and the text around them kept', () => {
  assert.deepEqual(stripMarkers('#🎜🎜# Vor vier Jahren kam BERT heraus.'), { text: 'Vor vier Jahren kam BERT heraus.', marker: '#🎜🎜#' });
  assert.deepEqual(stripMarkers('Hinweis: Pathways# 🎜 🎜#').text, 'Hinweis: Pathways');
  assert.equal(stripMarkers('Kein Marker hier.').marker, null);
});

test('list items: bullets and item numbers in several scripts, not decimals', () => {
  for (const line of ['• first point', '  1. GPT-1 used pre-training', '1、使用了更多数据', '・有料プランの利用者', '- la concurrence', '① 第一点']) assert.ok(isListItem(line), line);
  for (const line of ['3.5 billion parameters were used', 'Plain sentence.', '2023 was a year of big models']) assert.ok(!isListItem(line), line);
});

test('title: site suffixes are stripped', () => {
  assert.equal(stripSiteSuffix('大模型会被开源终结吗?_GPT:gpt币价格今日行情'), '大模型会被开源终结吗?');
  assert.equal(stripSiteSuffix('Why training is cheap now | Model Notes'), 'Why training is cheap now');
  assert.equal(stripSiteSuffix('Mistral AI: a European bet'), 'Mistral AI: a European bet');
});

test('dates: numeric, CJK and month-name forms; template placeholders are not dates', () => {
  const cases: Array<[string, string | null]> = [
    ['Time:2023/4/12 18:30:00', '2023-04-12T18:30:00'],
    ['2023年5月12日 07:00', '2023-05-12T07:00:00'],
    ['April 21, 2023 · 9 min read', '2023-04-21'],
    ['Publié le 15 juin 2023 à 08h12', '2023-06-15T08:12:00'],
    ['10 мая 2023', '2023-05-10'],
    ['Publicado por Ana el 28 de septiembre de 2023', '2023-09-28'],
    ['Time:1900/1/1 0:00:00', null],
    ['時間：1970/1/1 8:00:00', null],
  ];
  for (const [line, want] of cases) assert.equal(parseDate(line), want, line);
  assert.equal(siteNameFromCopyright('© 2023 Model Notes. All rights reserved.'), 'Model Notes');
  assert.equal(siteNameFromCopyright('(C) 2023 AIノート All Rights Reserved.'), 'AIノート');
});

test('rough language from the script, or from Latin function words', () => {
  const cases: Array<[string, string]> = [
    ['大模型的门槛正在被一点点拉低。', 'zh'],
    ['費用がかさむ理由の一つは、モデルそのものの巨大化だ。', 'ja'],
    ['Расходы растут вместе с размером моделей.', 'ru'],
    ['The cost of training is only part of the story.', 'en'],
    ['Die Kosten für das Training sind nicht das einzige Problem.', 'de'],
    ['Le coût de l’entraînement a nettement diminué pour les équipes.', 'fr'],
    ['La empresa prevé superar el millón de usuarios en la región.', 'es'],
  ];
  for (const [text, want] of cases) assert.equal(roughLanguage(text), want, text);
});

test('blocks: blank-line separated, or one per line when the page has no blank lines', () => {
  assert.deepEqual(splitBlocks('a\nb\n\nc\r\n'), [['a', 'b'], ['c']]);
  assert.deepEqual(splitBlocks('one\ntwo\nthree'), [['one'], ['two'], ['three']]);
});

const reasonOf = (doc: ReturnType<typeof cleanPlainText>, needle: string) => doc.removed.find((r) => r.text.includes(needle))?.reason;
const textOf = (doc: ReturnType<typeof cleanPlainText>) => doc.paragraphs.map((p) => p.text).join('\n\n');

test('a small English blog page: title, byline, headings, lists, related list, comment thread, footer', () => {
  const page = [
    'ETH $1,900.20 ▲0.5%   BTC $30,050.00 ▼0.2%', 'Home > Blog > AI', '',
    'Small models are catching up', '', 'Small models are catching up', '',
    'Posted by Jane Miller', 'May 2, 2023 · 5 min read', '',
    'For years the best language models came from a handful of labs with enormous budgets. That is starting to change, and the reasons are worth spelling out.', '',
    'What changed', '',
    'Three things happened at once, and together they lowered the bar for everyone who wants to build on top of a language model:', '',
    '  1. Open weights for a capable base model', '  2. Cheap instruction data', '  3. Rented GPUs by the hour', '',
    'None of this makes the largest models cheaper to train, but it makes the last step affordable for a small team with a clear goal.', '',
    'Related posts', '  Running a model on a laptop — April 2, 2023', '  What is fine-tuning? — March 18, 2023', '',
    '2 Comments', '', '    • mark_r', '      arrow-up', '      3', '      ·', '      2 days ago', '',
    '      Nice summary, thanks.', '', '      reply', '',
    '© 2023 Example Notes. All rights reserved.',
  ].join('\n');
  const doc = cleanPlainText(page);
  assert.equal(doc.title, 'Small models are catching up');
  assert.equal(doc.author, 'Jane Miller');
  assert.equal(doc.published, '2023-05-02');
  assert.equal(doc.siteName, 'Example Notes');
  assert.equal(doc.method, 'text');
  assert.deepEqual(doc.paragraphs.map((p) => p.kind), ['p', 'heading', 'p', 'list', 'p']);
  assert.equal(doc.paragraphs[3].text, '1. Open weights for a capable base model\n2. Cheap instruction data\n3. Rented GPUs by the hour');
  assert.ok(!textOf(doc).includes('Small models are catching up'), 'the title is not repeated in the text');
  const expected: Array<[string, RemovalReason]> = [
    ['ETH $1,900.20', 'ticker'], ['Home > Blog', 'breadcrumb'], ['Posted by', 'byline'], ['May 2, 2023', 'metadata'],
    ['Running a model on a laptop', 'related'], ['mark_r', 'comment-chrome'], ['Nice summary', 'comment-chrome'],
    ['2 Comments', 'comment-chrome'], ['© 2023', 'footer'], ['Small models are catching up', 'title-repeat'],
  ];
  for (const [needle, reason] of expected) assert.equal(reasonOf(doc, needle), reason, needle);
});

test('a Chinese feed page: coin-tagged title, empty author, related entries with their summaries and placeholder dates', () => {
  const page = [
    '币圈快讯 币圈快讯', 'Ctrl+D 收藏本站', 'ads', '首页 > 以太坊 > 资讯', '',
    '开源模型改变了什么？_ETH:以太坊今日行情', '', '作者：', '', '时间：1970/1/1 8:00:00', '', '来源：示例财经', '',
    '今年以来，开源大模型的数量快速增加，许多研究团队开始在公开权重的基础上训练自己的模型，训练成本也随之下降。', '',
    '01为什么成本下降', '',
    '研究人员认为，高质量的指令数据和更长的训练时间，是小模型能够追上大模型的主要原因。', '',
    'Tags:ETH币价格今日行情', '',
    '以太坊', '示例新闻标题一则_BTC:比特币', '', '这是一条相关文章的摘要，与正文无关.', '',
    '1970/1/1 8:00:00', '示例新闻标题二则_NFT:数字藏品', '', '另一条相关文章的摘要.', '', '1970/1/1 8:00:00', 'ads',
  ].join('\n');
  const doc = cleanPlainText(page);
  assert.equal(doc.title, '开源模型改变了什么？');
  assert.equal(doc.author, null);
  assert.equal(doc.published, null, 'the 1970 placeholder is not a date');
  assert.deepEqual(doc.paragraphs.map((p) => [p.kind, p.text.slice(0, 6)]), [['p', '今年以来，开'], ['heading', '01为什么成'], ['p', '研究人员认为']]);
  for (const [needle, reason] of [['币圈快讯', 'nav'], ['Ctrl+D', 'nav'], ['首页 >', 'breadcrumb'], ['作者', 'byline'], ['来源', 'metadata'],
    ['Tags:', 'tags'], ['示例新闻标题一则', 'related'], ['这是一条相关文章的摘要', 'related'], ['另一条相关文章的摘要', 'related']] as const) {
    assert.equal(reasonOf(doc, needle), reason, needle);
  }
});

test('a comment page with no comment header keeps the comments as content and drops only their chrome', () => {
  const page = [
    '• riverbank@lemmy.example', 'link', 'fedilink', 'English', 'arrow-up', '21', '·', '5 days ago', '',
    'I think the interesting part is that the open models are good enough for most internal tools. Nobody in my team needs the very best model; they need one they can run on their own servers and adapt to their documents.', '',
    '  • quietfox@lemmy.example', '    link', '    arrow-up', '    4', '    ·', '    4 days ago', '',
    '    Same here. We switched last spring and the hosting bill went down by more than half, while the answers for our support tickets got better after a week of fine-tuning.',
  ].join('\n');
  const doc = cleanPlainText(page);
  assert.equal(doc.title, null);
  assert.equal(doc.paragraphs.length, 2);
  assert.ok(doc.paragraphs[1].text.startsWith('Same here.'));
  assert.ok(doc.removed.every((r) => r.reason === 'comment-chrome'), JSON.stringify(doc.removed));
  assert.ok(reasonOf(doc, 'English'));
});

test('German aggregator page: markers stripped, section numbers and repeated titles dropped, outro and disclaimer are footer', () => {
  const page = [
    'Heim > Technologie > KI > Warum große Modelle teuer bleiben', '', 'Warum große Modelle teuer bleiben', '',
    'REDAKTION', 'Freigeben: 2023-05-02 10:00:00', 'nach vorne', '612 Leute haben es durchsucht', '',
    '#🎜🎜# Große Sprachmodelle kosten viel Geld, und das liegt nicht nur am Training selbst, sondern auch an den vielen Versuchen davor.', '',
    '01', '', 'Die Rechnung im Detail', '',
    'Wer ein großes Modell trainiert, bezahlt die Rechenzeit, das Personal und die Daten, und das summiert sich schnell zu hohen Beträgen.', '',
    'Warum große Modelle teuer bleiben', '',
    'Das obige ist der detaillierte Inhalt von Warum große Modelle teuer bleiben. Für weitere Informationen folgen Sie bitte anderen verwandten Artikeln!', '',
    'Verwandte Etiketten:', 'Quelle: beispiel.example', 'Erklärung dieser Website',
    'Der Inhalt stammt von Nutzern, das Urheberrecht liegt beim Autor. Bei Verstößen wenden Sie sich an admin@beispiel.example', 'Beliebte Tutorials', 'Mehr>',
  ].join('\n');
  const doc = cleanPlainText(page);
  assert.equal(doc.title, 'Warum große Modelle teuer bleiben');
  assert.equal(doc.author, 'REDAKTION');
  assert.equal(doc.published, '2023-05-02T10:00:00');
  assert.ok(doc.paragraphs[0].text.startsWith('Große Sprachmodelle kosten'));
  assert.ok(!textOf(doc).includes('🎜'));
  assert.deepEqual(doc.paragraphs.map((p) => p.kind), ['p', 'heading', 'p']);
  for (const [needle, reason] of [['#🎜🎜#', 'marker'], ['nach vorne', 'nav'], ['612 Leute', 'metadata'], ['01', 'short'],
    ['Das obige ist', 'footer'], ['Erklärung dieser Website', 'footer'], ['Beliebte Tutorials', 'related'], ['Mehr>', 'nav']] as const) {
    assert.equal(reasonOf(doc, needle), reason, needle);
  }
  assert.equal(doc.removed.filter((r) => r.reason === 'title-repeat').length, 2);
});

// The bundled corpus text pages, as the clean stage runs them (cleaner, then injected-brief removal).
interface CorpusPage { path: string; format: string; title: string | null; keep: string[]; drop: string[] }
const CORPUS_EXPECTED: CorpusPage[] = JSON.parse(readFileSync(new URL('./fixtures/corpus-expected.json', import.meta.url), 'utf8'))
  .filter((e: CorpusPage) => e.format === 'text');
const fold = (s: string) => s.replace(/\s+/g, ' ');

for (const page of CORPUS_EXPECTED) {
  test(`corpus ${page.path}: keeps every keep marker, drops every drop marker, finds the title`, () => {
    const bytes = readFileSync(new URL(`../corpus/${page.path}`, import.meta.url));
    const doc = dropInjectedParagraphs(cleanPlainText(decodePage(bytes, page.path).text));
    const text = fold(textOf(doc));
    for (const marker of page.keep) assert.ok(text.includes(fold(marker)), `lost "${marker}"`);
    for (const marker of page.drop) assert.ok(!text.includes(fold(marker)), `kept "${marker}"`);
    if (page.title) assert.equal(doc.title && fold(doc.title), fold(page.title));
    assert.ok(doc.removed.some((r) => r.reason === 'injected-brief'), 'the injected brief is removed as such');
  });
}

test('a one-sentence page ending in the sentence mark of its script is text, not a title', () => {
  for (const line of [
    'शहर की नगर पालिका ने इस साल 12 नए स्कूल खोले हैं।', // Hindi: danda
    'اس سال شہر میں 12 نئے اسکول کھولے گئے ہیں۔', // Urdu: Arabic full stop
    'The city opened 12 new schools this year.',
  ]) {
    const doc = cleanPlainText(`${line}\n`);
    assert.equal(doc.title, null, line);
    assert.deepEqual(doc.paragraphs.map((p) => p.text), [line]);
  }
});

// Languages the line model never saw in training (its dev set is German, English, Spanish and Chinese) must keep their
// prose: a boosted-tree model once dropped four of five Hindi paragraphs as boilerplate while scoring well on de/en/es.
test('a page of prose paragraphs in languages outside the line model\'s training set keeps every paragraph', () => {
  const pages: Record<string, string[]> = {
    hi: [
      'मौसम विभाग ने कहा कि अगले तीन दिनों तक शहर में तेज बारिश हो सकती है। लोगों को घर से निकलते समय सावधानी बरतने की सलाह दी गई है।',
      'नगर निगम के अनुसार नई सड़क का निर्माण अगले साल मार्च तक पूरा हो जाएगा। इस परियोजना पर लगभग 40 करोड़ रुपये खर्च होंगे।',
      'स्थानीय स्कूलों में इस वर्ष दाखिले पिछले वर्ष की तुलना में बढ़े हैं। शिक्षकों का कहना है कि बच्चों की उपस्थिति भी बेहतर हुई है।',
      'राज्य सरकार ने किसानों के लिए एक नई बीमा योजना की घोषणा की है, जिससे लगभग दो लाख परिवारों को लाभ मिलेगा।',
    ],
    tr: [
      'Belediye, şehir merkezindeki yeni köprünün inşaatının gelecek yıl bahar aylarında tamamlanacağını açıkladı.',
      'Yetkililere göre projenin toplam maliyeti yaklaşık 40 milyon lira olacak ve günde 20 bin aracın geçmesi bekleniyor.',
      'Esnaf ise çalışmalar sırasında trafiğin yoğunlaşmasından ve müşteri sayısının azalmasından şikâyetçi.',
    ],
    ko: [
      '시는 내년 봄까지 도심의 새 다리 공사를 마칠 계획이라고 밝혔다. 총사업비는 약 400억 원이다.',
      '관계자는 하루 2만 대의 차량이 새 다리를 이용할 것으로 예상한다고 말했다.',
      '인근 상인들은 공사 기간 동안 교통 체증과 손님 감소를 걱정하고 있다.',
    ],
  };
  for (const [lang, paragraphs] of Object.entries(pages)) {
    const doc = cleanPlainText(paragraphs.join('\n\n') + '\n');
    const kept = doc.paragraphs.map((p) => p.text).join('\n');
    for (const p of paragraphs) assert.ok(kept.includes(p), `${lang}: dropped "${p}" (${doc.removed.map((r) => r.reason).join(', ')})`);
  }
});

test('kept scraps cut off from the article by a run of removed lines are dropped; long ones, threads and articles without a main run stay', () => {
  const line = (text: string, reason: RemovalReason | null = null): Line => ({ text, reason, linkShare: 0, heading: false });
  const paragraph = (topic: string) => line(`The committee spent the whole morning on ${topic}, and the members agreed that the matter needs another reading before the vote in spring.`);
  const article = ['the harbour budget', 'the school buses', 'the new library', 'the river bank'].map(paragraph);
  const menu = ['Share', 'Print', 'Tags', 'Politics', 'Harbour', 'Council', 'Next post'].map((t) => line(t));
  const pitch = line('Get our weekly letter with the best stories in your inbox.');
  const run = (lines: Line[], kept: Line[]) => { const keep = new Set(kept); dropIslands(lines, keep); return keep; };

  // A short pitch seven removed lines after the article goes; the article stays.
  let keep = run([...article, ...menu, pitch], [...article, pitch]);
  assert.ok(article.every((l) => keep.has(l)) && !keep.has(pitch));
  // Three removed lines are not a gap: the same line right after the article stays.
  keep = run([...article, ...menu.slice(0, 3), pitch], [...article, pitch]);
  assert.ok(keep.has(pitch));
  // A second section as long as a paragraph or two stays, wherever it is.
  const section = [paragraph('the market hall'), paragraph('the parking rules'), paragraph('the town archive')];
  keep = run([...article, ...menu, ...section], [...article, ...section]);
  assert.ok(section.every((l) => keep.has(l)));
  // Posts of a comment thread, between user names and vote buttons the rules removed, are one text.
  const chrome = ['user_one@example.social', 'reply', 'arrow-up', '12', '3 days ago', 'permalink', 'report'].map((t) => line(t, 'comment-chrome'));
  keep = run([...article, ...chrome, pitch], [...article, pitch]);
  assert.ok(keep.has(pitch));
  // Many small islands and no main one (a page of short notices): nothing is dropped.
  const notices = ['Road closed on Monday.', 'Market moved to Friday.', 'Pool open until nine.'].map((t) => line(t));
  const page = notices.flatMap((n) => [n, ...menu]);
  keep = run(page, notices);
  assert.equal(keep.size, notices.length);
});

test('a kept heading stays only when kept text follows it within 200 characters', () => {
  const line = (text: string): Line => ({ text, reason: null, linkShare: 0, heading: false });
  const body = line('The committee spent the whole morning on the harbour budget, and the members agreed that the matter needs another reading.');
  const heading = line('Harbour budget delayed');
  const boxTitle = line('More from the council');
  const teaser = line('Bus timetable changes');
  const sentence = line('Ask us anything.');
  const teasers = ['Bus timetable changes from next Monday on all lines', 'New parking rules for the old town and the harbour',
    'The market hall reopens after two years of works', 'Swimming pool hours for the summer holidays'].map(line);
  const lines = [heading, body, boxTitle, teaser, ...teasers, sentence, line('Contact'), line('Imprint')];
  const keep = new Set([heading, body, boxTitle, sentence]);
  dropOrphanHeadings(lines, keep);
  assert.ok(keep.has(heading) && keep.has(body), 'the heading of the article stays');
  assert.ok(!keep.has(boxTitle), 'a heading over removed lines goes');
  assert.ok(keep.has(sentence), 'a sentence is no heading');
});

test('fold: a line FOLDED says is its own fold is unchanged by NFKC and white-space folding', () => {
  // Every character the pattern takes, alone and beside each other: NFKC changes none of them and composes no pair.
  const chars: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (FOLDED.test(String.fromCharCode(c))) chars.push(String.fromCharCode(c));
  assert.ok(chars.length > 150 && chars.includes('ü') && !chars.includes('\u00a0') && !chars.includes('…'));
  for (const a of chars) for (const b of chars) assert.equal((a + b).normalize('NFKC'), a + b);
  const slow = (line: string) => line.normalize('NFKC').replace(/\s+/g, ' ').trim();
  for (const line of ['Straße über „Öl“ – 5 €', 'ＡＢＣ：full width', ' two  spaces ', 'tab\there', 'dots…', 'fi ligature ﬁ', '']) {
    assert.equal(foldLine(line), slow(line), line);
  }
});
