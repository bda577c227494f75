// The HTML extractor on the bundled corpus pages (keep/drop markers of corpus-expected.json) and on small pages
// written for one behaviour each: never-text and hidden elements, headings and lists, title repetition, metadata.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { decodePage } from '../src/text/read/decode.ts';
import { extractHtml } from '../src/text/clean/html/extract.ts';
import type { CleanDocument, RemovalReason } from '../src/types.ts';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const EXPECTED = fileURLToPath(new URL('./fixtures/corpus-expected.json', import.meta.url));
const SHARED = new URL('../../shared/', import.meta.url);
const BENCH = fileURLToPath(new URL('bench/extraction-dev/', SHARED));

interface ExpectedPage { path: string; format: 'html' | 'text'; title: string | null; lang: string; keep: string[]; drop: string[] }
const pages = (JSON.parse(readFileSync(EXPECTED, 'utf8')) as ExpectedPage[]).filter((p) => p.format === 'html');

/**
 * Drop markers that are injected off-topic prose briefs (crypto and banking news pasted as ordinary <p> inside the
 * article body, as scrapers meet them). Nothing in the markup tells them from the article, so the HTML extractor
 * keeps them and src/text/clean/offtopic.ts removes them by pattern and topic after this stage; they are not checked here.
 */
const INJECTED_BRIEF_MARKERS = new Set([
  'Kryptonia, a mid-sized exchange', 'Tethys Labs, which issues', 'Krypto-Börse Valoria erhält Lizenz', 'Der hauseigene Token VLR',
  '币安宣布将下架三个交易对', '其香港子公司已获得虚拟资产交易平台牌照', '已取得日本金融廳核發的營業執照', 'la banque privée luxembourgeoise',
  'El banco digital Finvesta lanza', 'イーサリアムのステーキングサービスを3月から', 'Криптобиржа «Северный обмен»',
]);

const textOf = (doc: CleanDocument) => doc.paragraphs.map((p) => p.text).join('\n');
const extractCorpus = (path: string) => extractHtml(decodePage(readFileSync(CORPUS + path), path).text);

test('corpus HTML pages: keep markers kept, drop markers dropped (injected briefs left to offtopic.ts)', () => {
  assert.ok(pages.length >= 8);
  for (const page of pages) {
    const doc = extractCorpus(page.path);
    const text = textOf(doc);
    for (const k of page.keep) assert.ok(text.includes(k), `${page.path}: lost "${k}"`);
    for (const d of page.drop) {
      if (INJECTED_BRIEF_MARKERS.has(d)) continue;
      assert.ok(!text.includes(d), `${page.path}: kept "${d}"`);
      // Every drop is auditable: the removed list holds the dropped text with a reason.
      assert.ok(doc.removed.some((r) => r.text.includes(d)), `${page.path}: "${d}" dropped without a removed entry`);
    }
  }
});

test('corpus HTML pages: metadata (title without site suffix, langHint as written)', () => {
  for (const page of pages) {
    const doc = extractCorpus(page.path);
    assert.equal(doc.title, page.title, page.path);
    assert.ok(doc.langHint?.toLowerCase().startsWith(page.lang), `${page.path}: langHint ${doc.langHint}`);
    assert.ok(doc.siteName, `${page.path}: site name`);
    // The headline is metadata, not a paragraph.
    assert.ok(!doc.paragraphs.some((p) => p.text === page.title), `${page.path}: title repeated in text`);
  }
});

test('corpus HTML pages: chrome is removed with the reason a reader would give', () => {
  const cases: Array<[string, string, RemovalReason[]]> = [
    ['en-techwire-openai-palm-costs.html', 'We use cookies to personalise content', ['cookie']],
    ['en-techwire-openai-palm-costs.html', 'Load more comments', ['comment-chrome']],
    ['en-techwire-openai-palm-costs.html', 'TechWire Media Inc. All rights reserved', ['footer']],
    ['de-digitalpuls-ki-rechnung.html', 'Jetzt Festgeld sichern', ['ad']],
    ['es-diariotec-alpaca-stanford.html', 'Menos de lo que cuesta mi portátil', ['comment-chrome']],
    ['fr-futurproche-openai-microsoft.html', "Partager l'article", ['share']],
    ['ru-tehnoobzor-llama-meta.html', 'Просмотров: 15 204', ['byline', 'metadata']],
    ['zh-hant-shuwei-palm-llama.html', 'Copyright © 2023 數位前線', ['footer']],
  ];
  for (const [path, marker, reasons] of cases) {
    const hit = extractCorpus(path).removed.find((r) => r.text.includes(marker));
    assert.ok(hit && reasons.includes(hit.reason), `${path}: "${marker}" removed as ${hit?.reason}, expected ${reasons}`);
  }
});

test('corpus HTML pages: no text of script or style elements leaks', () => {
  for (const page of pages) {
    const html = decodePage(readFileSync(CORPUS + page.path), page.path).text;
    const code: string[] = [];
    type Node = { type: string; data?: string; children?: Node[] };
    const walk = (n: Node, inCode: boolean) => {
      if (inCode && n.type === 'text' && n.data && n.data.trim().length > 10) code.push(n.data.trim().slice(0, 40));
      for (const c of n.children ?? []) walk(c, inCode || n.type === 'script' || n.type === 'style');
    };
    walk(parseDocument(html) as unknown as Node, false);
    const text = textOf(extractHtml(html));
    for (const c of code) assert.ok(!text.includes(c), `${page.path}: leaked "${c}"`);
  }
});

const PROSE_EN = [
  'The city council approved the new budget on Tuesday after a debate that lasted most of the afternoon and into the evening.',
  'Most of the additional money will go to schools and to the repair of roads that were damaged during the long winter months.',
  'Opposition members said the plan relied on tax revenue that might not arrive if the economy slowed down again next year.',
];

function page(body: string, head = '<title>Budget approved after long debate | City News</title>'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

test('script, style, noscript, template, svg, forms and hidden elements never leak', () => {
  const secrets = {
    script: 'SECRET-SCRIPT window.dataLayer', style: 'SECRET-STYLE body{color:red}', noscript: 'SECRET-NOSCRIPT enable JavaScript',
    template: 'SECRET-TEMPLATE slot', svg: 'SECRET-SVG label', hidden: 'SECRET-HIDDEN-ATTR text', aria: 'SECRET-ARIA hidden text',
    display: 'SECRET-DISPLAY none text', visibility: 'SECRET-VISIBILITY hidden text', form: 'SECRET-FORM search our site',
    iframe: 'SECRET-IFRAME fallback', button: 'SECRET-BUTTON click',
  };
  const html = page(`<script>${secrets.script}</script><style>${secrets.style}</style>
    <form class="search"><label>${secrets.form}</label><input value="x"><button>${secrets.button}</button></form>
    <article><h1>Budget approved after long debate</h1>
      <p>${PROSE_EN[0]}</p><noscript>${secrets.noscript}</noscript><template><p>${secrets.template}</p></template>
      <svg><text>${secrets.svg}</text></svg><p hidden>${secrets.hidden}</p><div aria-hidden="true">${secrets.aria}</div>
      <p style="display: none">${secrets.display}</p><p style="visibility:hidden">${secrets.visibility}</p>
      <iframe>${secrets.iframe}</iframe><p>${PROSE_EN[1]}</p><p>${PROSE_EN[2]}</p></article>`);
  const doc = extractHtml(html);
  const text = textOf(doc);
  for (const s of Object.values(secrets)) assert.ok(!text.includes(s.split(' ')[0]), `leaked ${s}`);
  for (const p of PROSE_EN) assert.ok(text.includes(p));
  // Hidden text is auditable; code is not text at all.
  for (const s of [secrets.hidden, secrets.aria, secrets.display, secrets.visibility]) {
    assert.equal(doc.removed.find((r) => r.text.includes(s))?.reason, 'hidden', s);
  }
  assert.ok(!doc.removed.some((r) => r.text.includes('SECRET-SCRIPT') || r.text.includes('SECRET-STYLE')));
});

test('headings, lists and quotes inside the article survive with their kind; the title is not repeated', () => {
  const html = page(`<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <main><article><h1>Budget approved after long debate</h1>
      <p>${PROSE_EN[0]}</p><h2>Where the money goes</h2><p>${PROSE_EN[1]}</p>
      <ul><li>Schools: 12 million euros for new classrooms</li><li>Roads: 8 million euros for repairs</li></ul>
      <blockquote><p>We cannot keep patching the same potholes every spring, said the mayor.</p></blockquote>
      <p>${PROSE_EN[2]}</p></article>
      <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Council elects new speaker</a></li></ul></aside></main>
    <footer>© 2024 City News. All rights reserved.</footer>`);
  const doc = extractHtml(html);
  const kinds = new Map(doc.paragraphs.map((p) => [p.text, p.kind]));
  assert.equal(kinds.get('Where the money goes'), 'heading');
  assert.equal(kinds.get('Schools: 12 million euros for new classrooms'), 'list');
  assert.equal(kinds.get('Roads: 8 million euros for repairs'), 'list');
  assert.equal(kinds.get('We cannot keep patching the same potholes every spring, said the mayor.'), 'quote');
  assert.equal(kinds.get(PROSE_EN[0]), 'p');
  assert.equal(doc.title, 'Budget approved after long debate');
  assert.ok(!kinds.has('Budget approved after long debate'));
  assert.equal(doc.removed.find((r) => r.text === 'Budget approved after long debate')?.reason, 'title-repeat');
  const reasonOf = (s: string) => doc.removed.find((r) => r.text.includes(s))?.reason;
  assert.equal(reasonOf('Politics'), 'nav');
  assert.equal(reasonOf('Council elects new speaker'), 'related');
  assert.equal(reasonOf('All rights reserved'), 'footer');
  assert.equal(doc.method, 'container');
});

test('metadata: Open Graph, JSON-LD, <title> suffix, language hints', () => {
  const cases: Array<{ name: string; head: string; body?: string; htmlLang?: string; expect: Partial<CleanDocument> }> = [
    {
      name: 'Open Graph wins over <title>; site suffix stripped from <title> only when og:title is absent',
      head: '<title>Haushalt beschlossen – Stadtanzeiger</title><meta property="og:title" content="Haushalt nach langer Debatte beschlossen"><meta property="og:site_name" content="Stadtanzeiger"><meta name="author" content="Jonas Beispiel"><meta property="article:published_time" content="2024-03-05T09:00:00+01:00">',
      htmlLang: 'de-DE',
      expect: { title: 'Haushalt nach langer Debatte beschlossen', siteName: 'Stadtanzeiger', author: 'Jonas Beispiel', published: '2024-03-05T09:00:00+01:00', langHint: 'de-DE' },
    },
    {
      name: '<title> with the site name first',
      head: '<title>Diario Ejemplo | El ayuntamiento aprueba el presupuesto de 2024</title>', htmlLang: 'es',
      expect: { title: 'El ayuntamiento aprueba el presupuesto de 2024', langHint: 'es' },
    },
    {
      name: 'JSON-LD article facts; og:locale as the language hint when <html lang> is missing',
      head: '<title>x</title><meta property="og:locale" content="fr_FR"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Le conseil municipal vote le budget","author":[{"@type":"Person","name":"Claire Exemple"}],"datePublished":"2024-02-01","publisher":{"@type":"Organization","name":"Le Quotidien"}}</script>',
      expect: { title: 'Le conseil municipal vote le budget', author: 'Claire Exemple', published: '2024-02-01', siteName: 'Le Quotidien', langHint: 'fr_FR' },
    },
    {
      name: 'a colon inside the headline is kept; the h1 is used when there is no og:title',
      head: '<title>Budget 2024: what changes for families - City News</title>',
      body: '<h1>Budget 2024: what changes for families</h1><p class="byline">By Sam Example</p>',
      expect: { title: 'Budget 2024: what changes for families', author: 'Sam Example' },
    },
    {
      name: 'Chinese page: <title> with a site suffix, article:author',
      head: '<title>市议会通过新预算 - 城市新闻网</title><meta property="article:author" content="王小明">', htmlLang: 'zh-CN',
      expect: { title: '市议会通过新预算', author: '王小明', langHint: 'zh-CN' },
    },
    {
      name: 'an author that is a profile URL is no name',
      head: '<title>Budget approved</title><meta property="article:author" content="https://www.facebook.com/someone">',
      expect: { author: null, title: 'Budget approved' },
    },
  ];
  for (const c of cases) {
    const html = `<html${c.htmlLang ? ` lang="${c.htmlLang}"` : ''}><head>${c.head}</head><body>${c.body ?? ''}<article>${PROSE_EN.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const doc = extractHtml(html);
    for (const [k, v] of Object.entries(c.expect)) assert.equal(doc[k as keyof CleanDocument], v, `${c.name}: ${k}`);
  }
});

test('link-heavy blocks inside the article are dropped as link-density', () => {
  const html = page(`<article><p>${PROSE_EN[0]}</p><p><a href="/1">Read more about the budget</a> <a href="/2">Council minutes archive</a></p><p>${PROSE_EN[1]}</p><p>${PROSE_EN[2]}</p></article>`);
  const doc = extractHtml(html);
  assert.equal(doc.removed.find((r) => r.text.includes('Council minutes archive'))?.reason, 'link-density');
  assert.equal(doc.paragraphs.length, 3);
});

test('a page without any container falls back to the classifier or the Readability scorer', () => {
  const prose = [
    'Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, der für das kommende Jahr deutlich mehr Geld für die Schulen der Stadt vorsieht.',
    'Ein großer Teil der zusätzlichen Mittel soll in die Sanierung von Straßen fließen, die in dem langen und kalten Winter schwer beschädigt worden sind.',
    'Die Opposition kritisierte, dass der Plan auf Steuereinnahmen beruhe, die bei einer schwächeren Konjunktur im nächsten Jahr möglicherweise nicht kommen würden.',
  ];
  const html = `<html lang="de"><head><title>Haushalt beschlossen</title></head><body>
    <div><a href="/">Startseite</a> | <a href="/politik">Politik</a> | <a href="/sport">Sport</a></div>
    <div><div>${prose.map((p) => `<p>${p}</p>`).join('')}</div></div>
    <div><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div></body></html>`;
  const doc = extractHtml(html);
  assert.notEqual(doc.method, 'container');
  assert.deepEqual(doc.paragraphs.map((p) => p.text), prose);
  assert.ok(doc.removed.some((r) => r.text.includes('Startseite')));
});

test('benchmark pages: extraction keeps most gold text and drops most gold boilerplate', { skip: !existsSync(BENCH) && 'needs ../shared' }, () => {
  const gold: Record<string, { file: string; with: string[]; without: string[] }> = JSON.parse(readFileSync(BENCH + 'gold.json', 'utf8'));
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  let tp = 0, fn = 0, fp = 0;
  // Every tenth page: enough to catch a broken extractor, quick enough for the test suite.
  for (const [i, g] of Object.values(gold).entries()) {
    if (i % 10) continue;
    const html = decodePage(gunzipSync(readFileSync(BENCH + 'html/' + g.file)), g.file.replace(/\.gz$/, '')).text;
    const text = norm(textOf(extractHtml(html)));
    for (const w of g.with) if (text.includes(norm(w))) tp++; else fn++;
    for (const w of g.without) if (text.includes(norm(w))) fp++;
  }
  const precision = tp / (tp + fp), recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  // The visible-text baseline scores 0.70 on this set, Readability 0.90 (npm run bench:clean).
  assert.ok(f1 > 0.85, `F1 ${f1.toFixed(3)}`);
});

test('degenerate pages: empty, a fragment, plain text, thousands of unclosed tags', () => {
  const cases: Array<[string, string, string[]]> = [
    ['empty', '', []],
    ['head only', '<html><head><title>Nur ein Titel</title></head></html>', []],
    ['fragment', '<p>Kurzmeldung: Die Sitzung fällt heute aus.</p>', ['Kurzmeldung: Die Sitzung fällt heute aus.']],
    ['no markup', '市议会今天休会。', ['市议会今天休会。']],
    ['20,000 nested divs', '<div>'.repeat(20_000) + 'Tief verschachtelter Text' + '</div>'.repeat(20_000), ['Tief verschachtelter Text']],
    ['50,000 unclosed font tags', '<font>'.repeat(50_000) + 'Texto sin cerrar', ['Texto sin cerrar']],
  ];
  for (const [name, html, expected] of cases) {
    assert.deepEqual(extractHtml(html).paragraphs.map((p) => p.text), expected, name);
  }
});

test('the standfirst above the article body is kept; a teaser list beside it is not', () => {
  const lead = 'Nach einer Debatte bis in den Abend steht der Haushalt: mehr Geld für Schulen und Straßen, weniger für Repräsentation.';
  const html = `<html lang="de"><head><title>Haushalt beschlossen</title></head><body>
    <article><header><h1>Haushalt beschlossen</h1><p class="article-lead">${lead}</p></header>
      <div class="article-body">${PROSE_EN.map((p) => `<p>${p}</p>`).join('')}</div></article>
    <div class="teaser-list"><p class="intro"><a href="/x">Stadtrat wählt neuen Vorsitzenden und vertagt die Debatte über das Schwimmbad</a></p></div></body></html>`;
  const doc = extractHtml(html);
  assert.deepEqual(doc.paragraphs.map((p) => p.text), [lead, ...PROSE_EN]);
});
