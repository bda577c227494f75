// Page types and the rules that clean each kind of page (issue 19), on small pages written for one behaviour each:
// the declared type from schema.org and og:type, forum replies as content, listing cards, server copies in
// <noscript>/<template>, custom elements, hidden-by-class names, and every visible character accounted for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/text/clean/html/extract.ts';
import { findElement, parseHtml } from '../src/text/clean/html/dom.ts';
import { chromeReason } from '../src/text/clean/html/rules.ts';
import { declaredPageType } from '../src/text/clean/html/page-type.ts';
import { readStructuredData } from '../src/text/clean/html/structured-data.ts';
import type { CleanDocument } from '../src/types.ts';

const textOf = (doc: CleanDocument) => doc.paragraphs.map((p) => p.text).join('\n');
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body>${body}</body></html>`;
const prose = (topic: string, n = 3) => Array.from({ length: n }, (_, i) =>
  `<p>Paragraph ${i + 1} about ${topic}: the team measured it twice over the winter, and the results were what they had expected from the earlier trials in the valley.</p>`).join('');

test('declared page type from JSON-LD, microdata and og:type', () => {
  const cases: Array<[string, string, string | null]> = [
    ['forum posting', ld({ '@context': 'https://schema.org', '@type': 'DiscussionForumPosting', headline: 'x' }), 'forum'],
    ['Q&A page', ld({ '@type': 'QAPage', mainEntity: { '@type': 'Question', acceptedAnswer: { '@type': 'Answer' } } }), 'forum'],
    ['FAQ is a service page, not a thread', ld({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', acceptedAnswer: { '@type': 'Answer' } }] }), 'service'],
    ['one product', ld({ '@type': 'Product', name: 'Kettle', offers: { '@type': 'Offer', price: 20 } }), 'product'],
    ['a grid of products', ld({ '@graph': [1, 2, 3].map((i) => ({ '@type': 'Product', name: `Kettle ${i}` })) }), 'listing'],
    ['item list', ld({ '@type': 'ItemList', itemListElement: [] }), 'listing'],
    ['a review article about a product', ld([{ '@type': 'NewsArticle', headline: 'x' }, { '@type': 'Product', name: 'y' }]), 'article'],
    ['a thread whose opening post is declared an Article, with its replies', ld({ '@type': 'Article', headline: 'x', comment: [{ '@type': 'Comment', text: 'a' }, { '@type': 'Comment', text: 'b' }] }), 'forum'],
    ['an article with no replies declared', ld({ '@type': 'Article', headline: 'x', commentCount: 12 }), 'article'],
    ['tech article', ld({ '@type': 'TechArticle' }), 'documentation'],
    ['og:type product', '<meta property="og:type" content="product">', 'product'],
    ['microdata comments', '', 'forum'],
    ['nothing declared', '<meta property="og:type" content="website">', null],
  ];
  for (const [name, head, expected] of cases) {
    const body = name === 'microdata comments' ? '<div itemscope itemtype="https://schema.org/Comment">a</div><div itemscope itemtype="https://schema.org/Comment">b</div>' : '';
    const root = parseHtml(page(head, body));
    const og = /og:type" content="([^"]+)/.exec(head)?.[1] ?? null;
    assert.equal(declaredPageType(readStructuredData(root), og), expected, name);
  }
});

test('forum thread: replies, their authors and dates are content', () => {
  const post = (who: string, what: string) => `<div class="post"><div class="post-author">${who}</div><div class="post-date">March 3, 2024</div>
    <div class="comment-body"><p>${what} I tried the same setting on two machines and only the older one shows the slowdown after an hour of use.</p></div></div>`;
  const html = page(ld({ '@type': 'DiscussionForumPosting', headline: 'Slow after an hour' }),
    `<nav><a href="/">Home</a> <a href="/c">Categories</a></nav><main><h1>Slow after an hour</h1>
    ${post('orchid_grower', 'First post.')}<div class="comments">${post('tern42', 'A reply.')}${post('maple', 'Another reply.')}</div></main>
    <footer>Powered by a forum engine. Terms and privacy.</footer>`);
  const doc = extractHtml(html);
  assert.equal(doc.pageType, 'forum');
  const text = textOf(doc);
  for (const kept of ['First post.', 'A reply.', 'Another reply.', 'tern42', 'maple']) assert.ok(text.includes(kept), `lost "${kept}"`);
  assert.ok(!text.includes('Powered by'), 'footer kept');
  assert.ok(doc.removed.some((r) => r.reason === 'footer' && r.text.includes('Powered by')));
});

test('news article: reader comments stay chrome', () => {
  const html = page(ld({ '@type': 'NewsArticle', headline: 'Valley trials' }),
    `<article><h1>Valley trials</h1><div class="article-body">${prose('the valley trials', 4)}</div></article>
    <div class="comments"><div class="comment"><p>Reader one says this is the best article on the valley trials they have read this year, by far.</p></div></div>`);
  const doc = extractHtml(html);
  assert.equal(doc.pageType, 'article');
  assert.ok(textOf(doc).includes('Paragraph 4 about the valley trials'));
  assert.ok(!textOf(doc).includes('Reader one'));
  assert.ok(doc.removed.some((r) => r.reason === 'comment-chrome' && r.text.includes('Reader one')));
});

test('listing: the item cards are the content even though they are mostly links', () => {
  const card = (i: number) => `<li class="card"><a href="/p/${i}"><h3>Walking boot model ${i}</h3></a><span class="price">€${90 + i}</span> <span>Leather, size ${36 + i}</span></li>`;
  const html = page('', `<nav><ul><li><a href="/">Home</a></li><li><a href="/men">Men</a></li></ul></nav>
    <main><h1>Walking boots</h1><ul class="grid">${Array.from({ length: 12 }, (_, i) => card(i)).join('')}</ul></main>
    <footer><p>© Boot shop. All rights reserved.</p></footer>`);
  const doc = extractHtml(html);
  assert.equal(doc.pageType, 'listing');
  const text = textOf(doc);
  for (let i = 0; i < 12; i++) assert.ok(text.includes(`Walking boot model ${i}`), `lost card ${i}`);
  assert.ok(!text.includes('All rights reserved'));
});

test('product page: tabbed description and specifications are kept, the menu is not', () => {
  const html = page(ld({ '@type': 'Product', name: 'Trail kettle' }), `<header class="site-header"><a href="/">Shop</a> <a href="/cart">Cart</a></header>
    <main><h1>Trail kettle</h1><div class="tabs"><div class="tab-pane active"><p>A light kettle for long walks: it boils a litre of water in four minutes on a small gas stove.</p></div>
    <div class="tab-pane"><table><tr><th>Weight</th><td>310 g</td></tr><tr><th>Volume</th><td>1.1 l</td></tr></table></div></div></main>`);
  const doc = extractHtml(html);
  assert.equal(doc.pageType, 'product');
  const text = textOf(doc);
  for (const kept of ['boils a litre', 'Weight', '310 g', 'Volume']) assert.ok(text.includes(kept), `lost "${kept}"`);
  assert.ok(!text.includes('Cart'));
});

test('<noscript> and <template> copies are used only when the visible page is a placeholder', () => {
  const copy = `<h1>Best tent for wet weather?</h1><div class="post"><p>I camp in the hills most weekends and my old tent leaks at the seams. Which tents did you find dry after a night of rain?</p></div>
    <div class="post"><p>Mine has taped seams and a separate fly; it stayed dry through two stormy nights on the ridge last autumn.</p></div>`;
  for (const tag of ['noscript', 'template']) {
    const doc = extractHtml(page('', `<div id="app">Loading…</div><${tag}>${copy}</${tag}>`));
    assert.ok(textOf(doc).includes('taped seams and a separate fly'), `${tag}: server copy not used`);
  }
  const notice = extractHtml(page('', `<article>${prose('tents', 4)}</article><noscript><p>Please enable JavaScript to see the comments and the rest of this site.</p></noscript>`));
  assert.ok(textOf(notice).includes('Paragraph 4 about tents'));
  assert.ok(!textOf(notice).includes('enable JavaScript'));
});

test('custom elements are judged by their content, not their tag name', () => {
  const html = page(ld({ '@type': 'DiscussionForumPosting' }), `<app-shell><thread-post author="kestrel"><post-body>
    <p>The ferry timetable changed in May; the early boat now leaves at six and the last one returns before dark on weekdays.</p></post-body></thread-post></app-shell>`);
  assert.ok(textOf(extractHtml(html)).includes('ferry timetable changed in May'));
});

test('hidden by class: the names that hide; compounds that only clip or hide a label keep their text', () => {
  const body = (cls: string) => `<article><div class="article-body">${prose('the harbour', 3)}<div class="${cls}"><p>The harbour master confirmed the new berths open in June, after the dredging of the eastern basin is finished.</p></div></div></article>`;
  const cases: Array<[string, boolean]> = [
    ['hidden', false], ['sr-only', false], ['hide_word', false], ['d-none', false],
    ['overflow-hidden', true], ['field field--label-hidden', true], ['text-sm md:hidden-never', true], ['post hidden-print', true],
  ];
  for (const [cls, kept] of cases) {
    const doc = extractHtml(page('', body(cls)));
    assert.equal(textOf(doc).includes('harbour master confirmed'), kept, `class="${cls}"`);
    if (!kept) assert.ok(doc.removed.some((r) => r.reason === 'hidden' && r.text.includes('harbour master')), `class="${cls}" not audited`);
  }
});

test('every visible block is either in the text or in removed with a reason', () => {
  const pages = [
    page(ld({ '@type': 'DiscussionForumPosting' }), `<nav><a href="/">Home</a> <a href="/latest">Latest topics</a></nav><main><div class="post"><p>Question about the bridge toll: is it charged both ways or only northbound at the moment?</p></div><div class="reply"><p>Only northbound since the spring, as far as I know.</p></div></main><footer>Forum rules</footer>`),
    page('', `<div class="cookie-banner">We use cookies to improve the site.</div><main>${prose('bridges', 3)}</main><aside class="related"><a href="/a">Other bridges</a></aside>`),
    // Controls a reader sees: labels, buttons, options, a legend, a toolbar <menu>, a scrolling <marquee>.
    page('', `<marquee>Storm warning for the coast</marquee><menu><li>Print page</li></menu><main>${prose('ferries', 3)}<form><fieldset><legend>Your ferry</legend><label for="d">Departure port</label><select id="d"><option>North harbour</option><option>Old pier</option></select><textarea>Notes for the crew</textarea><button>Book a seat</button></fieldset></form></main>`),
  ];
  for (const html of pages) {
    const doc = extractHtml(html);
    const all = [...doc.paragraphs.map((p) => p.text), ...doc.removed.map((r) => r.text)].join(' ');
    const visible = html.replace(/<script[\s\S]*?<\/script>|<title>[^<]*<\/title>/g, ' ').replace(/<[^>]+>/g, '\n').split('\n').map((s) => s.trim()).filter(Boolean);
    for (const piece of visible) assert.ok(all.includes(piece), `"${piece}" is neither in the text nor in removed`);
  }
  const controls = extractHtml(pages[2]!).removed;
  const reasonOf = (words: string) => controls.find((r) => r.text.includes(words))?.reason;
  assert.equal(reasonOf('Book a seat'), 'form');
  assert.equal(reasonOf('Old pier'), 'form');
  assert.equal(reasonOf('Print page'), 'nav');
  assert.equal(reasonOf('Storm warning'), 'ticker');
});

test('a hidden wrapper holding most of the page is revealed; a hidden box beside the text is not', () => {
  const shown = extractHtml(page('', `<div hidden><main>${prose('the tide tables', 3)}</main></div><footer>Harbour office</footer>`));
  assert.ok(textOf(shown).includes('Paragraph 3 about the tide tables'), 'page-wide hidden wrapper dropped the page');
  const box = extractHtml(page('', `<article>${prose('the tide tables', 3)}</article><div style="display:none"><p>Spring tides bring the water over the quay wall twice a year, in March and September.</p></div>`));
  assert.ok(!textOf(box).includes('over the quay wall'));
  assert.ok(box.removed.some((r) => r.reason === 'hidden' && r.text.includes('over the quay wall')));
});

test('a stray <![CDATA[ in the body ends at the next ">" as in a browser; the page after it is kept', () => {
  const doc = extractHtml(page('', `<![CDATA[<main>${prose('the lighthouse', 3)}</main><script>//<![CDATA[\nvar a = 1 > 0;\n//]]></script>`));
  assert.ok(textOf(doc).includes('Paragraph 3 about the lighthouse'));
  assert.ok(!textOf(doc).includes('var a'));
});

test('product variants and accessories nested in one product declare a product page, not a listing', () => {
  const variant = (size: string) => ({ '@type': 'Product', name: `Rain jacket, size ${size}`, offers: { '@type': 'Offer', price: 120 } });
  const cases: Array<[string, string, string | null]> = [
    ['ProductGroup with variants', ld({ '@type': 'ProductGroup', name: 'Rain jacket', hasVariant: ['S', 'M', 'L', 'XL'].map(variant) }), 'product'],
    ['product with nested accessories', ld({ '@type': 'Product', name: 'Stove', isRelatedTo: [variant('a'), variant('b'), variant('c')] }), 'product'],
    ['products side by side', ld({ '@graph': ['S', 'M', 'L'].map(variant) }), 'listing'],
    ['og:type written with a colon', '<meta property="og:type" content="product:group">', 'listing'],
    ['variants beside their group', ld({ '@graph': [{ '@type': 'ProductGroup', name: 'Rain jacket' }, ...['S', 'M', 'L'].map((v) => ({ ...variant(v), isVariantOf: { '@id': '#group' } }))] }), 'product'],
    ["a shop's offer catalog beside its product", ld([{ '@type': 'Organization', hasOfferCatalog: { '@type': 'OfferCatalog', name: 'Outdoor gear' } }, variant('M')]), 'product'],
  ];
  for (const [name, head, expected] of cases) {
    const root = parseHtml(page(head, ''));
    const og = /og:type" content="([^"]+)/.exec(head)?.[1] ?? null;
    assert.equal(declaredPageType(readStructuredData(root), og), expected, name);
  }
  // Microdata: offers of variants nested in the product's element are the same product.
  const micro = '<div itemscope itemtype="https://schema.org/Product">' + ['a', 'b', 'c'].map((v) => `<div itemscope itemtype="https://schema.org/Product">${v}</div>`).join('') + '</div>';
  assert.equal(declaredPageType(readStructuredData(parseHtml(page('', micro))), null), 'product');
});

test('JSON-LD in the body declares the page type too', () => {
  const html = page('', `${ld({ '@type': 'Product', name: 'Trail kettle' })}<main><h1>Trail kettle</h1>${prose('the kettle', 2)}</main>`);
  assert.equal(extractHtml(html).pageType, 'product');
});

test('hidden tab panels and streamed segments are shown to readers, so they are kept', () => {
  const html = page(ld({ '@type': 'Product', name: 'Trail kettle' }), `<main><h1>Trail kettle</h1>${prose('the kettle', 2)}
    <div role="tabpanel" hidden><p>Specifications: capacity one litre, weight 310 grams, stainless steel body and folding handle.</p></div>
    <div role="region" aria-hidden="true"><p>Care: rinse after use and dry upside down so no water stays in the spout.</p></div>
    <div hidden id="S:2"><p>Delivery: sent within two working days from the warehouse nearest to the address given.</p></div>
    <div hidden><p>Your basket is empty. Add items to see them here.</p></div></main>`);
  const doc = extractHtml(html);
  const text = textOf(doc);
  for (const kept of ['capacity one litre', 'rinse after use', 'sent within two working days']) assert.ok(text.includes(kept), `lost "${kept}"`);
  assert.ok(!text.includes('Your basket is empty'));
  assert.ok(doc.removed.some((r) => r.reason === 'hidden' && r.text.includes('Your basket is empty')));
});

test('product page: a rail of other products goes as related, the product stays', () => {
  const card = (i: number) => `<div class="tile"><a href="/p/${i}">Camping mug model ${i} in enamel</a></div>`;
  const html = page(ld({ '@type': 'Product', name: 'Trail kettle' }), `<main><h1>Trail kettle</h1>${prose('the kettle', 3)}
    <h2>You may also like</h2><div class="strip">${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</div></main>`);
  const doc = extractHtml(html);
  assert.equal(doc.pageType, 'product');
  const text = textOf(doc);
  assert.ok(text.includes('Paragraph 3 about the kettle'));
  assert.ok(!text.includes('Camping mug model'));
  assert.ok(doc.removed.some((r) => r.reason === 'related' && r.text.includes('Camping mug model 0')));
});

test('undeclared listing: the items count, an article beside a related rail stays an article', () => {
  const teaser = (i: number) => `<div class="entry"><h2><a href="/post/${i}">Release notes for version ${i}</a></h2><p class="date">March ${i + 1}</p>
    <p>What changed in version ${i}: a faster start and fewer settings.</p></div>`;
  const listing = extractHtml(page('', `<main><h1>Blog</h1>${Array.from({ length: 10 }, (_, i) => teaser(i)).join('')}</main>`));
  assert.equal(listing.pageType, 'listing');
  for (let i = 0; i < 10; i++) assert.ok(textOf(listing).includes(`Release notes for version ${i}`), `lost item ${i}`);
  const related = (i: number) => `<li class="item"><a href="/story/${i}">Another story number ${i} from the valley and its people</a></li>`;
  const article = extractHtml(page('', `<article><h1>Valley trials</h1><div class="article-body">${prose('the valley trials', 6)}</div></article>
    <aside class="related"><ul>${Array.from({ length: 12 }, (_, i) => related(i)).join('')}</ul></aside>`));
  assert.equal(article.pageType, 'article');
  assert.ok(!textOf(article).includes('Another story number'));
});

test('listing items keep their authors, dates and ratings', () => {
  const item = (i: number) => `<li class="result"><a href="/book/${i}">A book about rivers, part ${i}</a>
    <span class="author">by Writer Number${i}</span> <span class="rating">4.${i} average rating</span></li>`;
  const doc = extractHtml(page(ld({ '@type': 'ItemList', itemListElement: [] }), `<main><h1>Books about rivers</h1><ul class="results">${Array.from({ length: 8 }, (_, i) => item(i)).join('')}</ul></main>`));
  assert.equal(doc.pageType, 'listing');
  const text = textOf(doc);
  for (const kept of ['Writer Number3', '4.5 average rating', 'A book about rivers, part 7']) assert.ok(text.includes(kept), `lost "${kept}"`);
});

test('declared type: when chrome rules take the whole main region, the article extractor finds the text', () => {
  const doc = extractHtml(page(ld({ '@type': 'CollectionPage' }), `<h1>Mountain watches</h1><p>Browse.</p><div class="search-hero">${prose('mountain watches', 2)}</div><div class="search-panel">${prose('winding', 2)}</div>`));
  assert.equal(doc.pageType, 'listing');
  assert.ok(textOf(doc).includes('Paragraph 2 about mountain watches'));
});

test('product description from schema.org data when the markup does not show it', () => {
  const description = '<h4>Green tea for quiet mornings.</h4><p>A hand-picked mix of sencha leaves &amp; toasted rice for a mild, nutty cup.</p>';
  const shown = (body: string) => extractHtml(page(ld({ '@type': 'Product', name: 'Green tea', description }), body));
  const placeholder = shown('<main><h1>Green tea</h1><p>Loading product details, please wait while the shop opens.</p></main>');
  assert.deepEqual(placeholder.paragraphs.slice(0, 2).map((p) => p.text), ['Green tea for quiet mornings.', 'A hand-picked mix of sencha leaves & toasted rice for a mild, nutty cup.']);
  // Shown on the page already: not repeated.
  const visible = shown('<main><h1>Green tea</h1><p>A hand-picked mix of sencha leaves &amp; toasted rice for a mild, nutty cup.</p></main>');
  assert.equal(textOf(visible).split('hand-picked').length, 2);
});

test('listing: the results and their heading are the region, a filter panel beside them is not', () => {
  const card = (i: number) => `<li class="card"><a href="/boot/${i}">Walking boot model ${i}</a> <span>€${90 + i}</span></li>`;
  const doc = extractHtml(page(ld({ '@type': 'CollectionPage' }), `<main><div class="filters"><h2>Refine by size</h2><ul>${Array.from({ length: 8 }, (_, i) => `<li>Size ${36 + i} (${i + 3})</li>`).join('')}</ul></div>
    <div class="results"><h1>Walking boots</h1><p>Boots for long walks on rough ground, from light trail shoes to winter boots.</p>
    <ul class="grid">${Array.from({ length: 10 }, (_, i) => card(i)).join('')}</ul></div></main>`));
  assert.equal(doc.pageType, 'listing');
  const text = textOf(doc);
  assert.ok(text.includes('Boots for long walks'));
  assert.ok(text.includes('Walking boot model 9'));
  assert.ok(!text.includes('Refine by size') && !text.includes('Size 40'), 'filter panel kept');
});

test('product page: the purchase panel goes, description and specification lines (in lists, tables or "Label: value" paragraphs) stay', () => {
  const doc = extractHtml(page(ld({ '@type': 'Product', name: 'Trail kettle' }), `<main><h1>Trail kettle</h1>
    <div class="about">${prose('the kettle', 3)}</div>
    <table><tr><td>Capacity</td><td>1 litre</td></tr><tr><td>Weight</td><td>310 g</td></tr></table>
    <ul><li>Folding handle</li><li>Stainless steel</li></ul><p>Origin: Sweden</p><p>Care: rinse and dry after use</p>
    <div class="buy"><div>$39.00</div><div>Free delivery</div><div>Only 3 left</div><div>Sold by Example Outdoor</div></div></main>`));
  assert.equal(doc.pageType, 'product');
  const text = textOf(doc);
  for (const kept of ['Paragraph 3 about the kettle', 'Capacity', '310 g', 'Folding handle', 'Origin: Sweden', 'Care: rinse and dry']) assert.ok(text.includes(kept), `lost "${kept}"`);
  for (const gone of ['Free delivery', 'Only 3 left', 'Sold by Example Outdoor']) assert.ok(!text.includes(gone), `kept "${gone}"`);
});

test('undeclared listing inside a layout wrapper named like a footer is still a listing', () => {
  const entry = (i: number) => `<dt><a href="/abs/${i}">Paper ${i}</a></dt><dd><div class="meta"><a href="/a/${i}">Author Number${i}</a>: A study of river flow, part ${i}</div></dd>`;
  const doc = extractHtml(page('', `<div class="flex-wrap-footer"><main><h1>Recent papers</h1><dl>${Array.from({ length: 12 }, (_, i) => entry(i)).join('')}</dl></main>
    <footer><a href="/about">About</a> <a href="/help">Help</a></footer></div>`));
  assert.equal(doc.pageType, 'listing');
  assert.ok(textOf(doc).includes('A study of river flow, part 11'));
});

test('product page: rows of priced cards (other products, other currencies) go as related, the product stays', () => {
  const other = (i: number) => `<li><img src="/i/${i}.jpg" alt=""><div class="t">Enamel camping mug, model ${i}</div><div class="p">$${12 + i}.50</div><div>+ $4.00 delivery</div></li>`;
  const currency = (code: string, amount: string) => `<li><span>${code}</span>: <span>${amount}</span></li>`;
  const html = page(ld({ '@type': 'Product', name: 'Trail kettle' }), `<main><div class="summary"><h1>Trail kettle</h1><div class="price">€39.00</div>
    <ul class="currencies">${currency('USD', '$42.10')}${currency('GBP', '£33.40')}${currency('CHF', 'CHF 37.20')}${currency('JPY', '¥6,300')}</ul></div>
    ${prose('the kettle', 3)}<ul class="specs"><li>Capacity: 1 litre</li><li>Weight: 310 g</li><li>Steel body</li></ul>
    <h2>Similar items</h2><ul class="carousel">${[0, 1, 2, 3].map(other).join('')}</ul></main>`);
  const doc = extractHtml(html);
  assert.equal(doc.pageType, 'product');
  const text = textOf(doc);
  for (const kept of ['€39.00', 'Paragraph 3 about the kettle', 'Capacity: 1 litre', 'Weight: 310 g']) assert.ok(text.includes(kept), `lost "${kept}"`);
  for (const gone of ['camping mug, model', '£33.40', '¥6,300']) assert.ok(!text.includes(gone), `kept "${gone}"`);
  assert.ok(doc.removed.some((r) => r.reason === 'related' && r.text.includes('model 2')));
});

test('an article whose paragraphs each cite a source by a link is an article, not a listing of cards', () => {
  const para = (i: number) => `<p>Report ${i} from the delta, <a href="/source/${i}">according to the regional office</a>, shows the water level rising for the ${i + 2}th week in a row, with the northern villages preparing sandbags along the old dyke.</p>`;
  const rail = (i: number) => `<li class="teaser"><a href="/more/${i}">More from the delta ${i}</a></li>`;
  const doc = extractHtml(page('', `<div class="post"><h1>Water rising in the delta</h1><div class="entry">${Array.from({ length: 8 }, (_, i) => para(i)).join('')}
    <p>Ferries keep running; schools in two villages close early this week.</p><p>The next report follows on Monday.</p><p>Photos by the regional office.</p></div></div>
    <ul class="more">${Array.from({ length: 6 }, (_, i) => rail(i)).join('')}</ul>`));
  assert.equal(doc.pageType, 'article');
  assert.ok(textOf(doc).includes('Report 7 from the delta'));
});

test("a shop's category page that declares its FAQ is a listing by its grid of priced items; a service page with an FAQ stays a service page", () => {
  const faq = ld({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Do you ship abroad?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } }] });
  const item = (i: number) => `<li class="tile"><a href="/p/${i}">Wool hiking sock, pair ${i}</a><span class="badge">merino</span><span class="amount">$${14 + i}</span></li>`;
  const shop = extractHtml(page(faq, `<main><h1>Hiking socks</h1><ul class="grid">${Array.from({ length: 10 }, (_, i) => item(i)).join('')}</ul>
    <section><h2>Questions</h2><p>Do you ship abroad? Yes, to most countries within a week of the order.</p></section></main>`));
  assert.equal(shop.pageType, 'listing');
  assert.ok(textOf(shop).includes('Wool hiking sock, pair 9'));
  const service = extractHtml(page(faq, `<main><h1>Garden design</h1>${prose('garden design', 4)}<ul><li>Planting plans</li><li>Site visits</li><li>Irrigation</li></ul></main>`));
  assert.equal(service.pageType, 'service');
});

test("forum thread: a post's signature goes, its author stays", () => {
  const post = (who: string, what: string) => `<article class="message"><div class="message-user">${who}</div><div class="message-body"><p>${what} The valve kept dripping until I replaced the washer with a thicker one from the hardware store.</p></div>
    <div class="message-signature"><div class="signature-content">Proud owner of three old bicycles · my workshop blog at example.org</div></div></article>`;
  const doc = extractHtml(page(ld({ '@type': 'DiscussionForumPosting', headline: 'Dripping valve' }), `<main><h1>Dripping valve</h1>${post('heron', 'First.')}${post('wren', 'Reply.')}</main>`));
  const text = textOf(doc);
  for (const kept of ['heron', 'wren', 'thicker one']) assert.ok(text.includes(kept), `lost "${kept}"`);
  assert.ok(!text.includes('Proud owner'), 'signature kept');
  assert.ok(doc.removed.some((r) => r.text.includes('Proud owner')));
});

test('listing: class names inside an item card describe the item, a menu named so is not a listing', () => {
  const card = (i: number) => `<li><div class="discover-search-card"><a href="/e/${i}"><h3>Evening talk on river birds, part ${i}</h3></a>
    <p class="event-meta">Thursday ${i + 1} March, 7 pm · Free <span class="visually-hidden">Opens in a new window</span></p></div></li>`;
  const doc = extractHtml(page(ld({ '@type': 'SearchResultsPage' }), `<main><h1>Talks this week</h1><ul class="results">${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</ul></main>`));
  assert.equal(doc.pageType, 'listing');
  const text = textOf(doc);
  for (const kept of ['river birds, part 7', 'Thursday 3 March, 7 pm']) assert.ok(text.includes(kept), `lost "${kept}"`);
  assert.ok(!text.includes('Opens in a new window'), 'hidden label inside a card kept');
  const menuItem = (i: number) => `<div class="item"><a href="/section/${i}">Section number ${i} of the magazine</a></div>`;
  const article = extractHtml(page('', `<main><div class="navigation">${Array.from({ length: 12 }, (_, i) => menuItem(i)).join('')}</div>
    <div class="story">${prose('the greenhouse', 8)}</div></main>`));
  assert.equal(article.pageType, 'article');
  assert.ok(!textOf(article).includes('Section number'));
});

test('a copyright notice is footer by its wording, in any markup; a sentence about copyright law stays', () => {
  const doc = extractHtml(page('', `<div class="content">${prose('the orchard', 4)}<p>Copyright law protects the orchard's photographs for seventy years after the photographer's death, the court said.</p>
    <div class="small">© 2024 Orchard Press Ltd.</div><div>Alle Rechte vorbehalten.</div></div>`));
  const text = textOf(doc);
  assert.ok(text.includes('Copyright law protects'));
  assert.ok(!text.includes('Orchard Press Ltd') && !text.includes('Alle Rechte'), 'copyright notice kept');
  assert.ok(doc.removed.some((r) => r.reason === 'footer' && r.text.includes('Orchard Press')));
});

test('pages cleaned by their main region drop chrome by its wording too (share prompts, related labels)', () => {
  const doc = extractHtml(page(ld({ '@type': 'Service', name: 'Roof repair' }), `<main><h1>Roof repair</h1>${prose('roof repair', 3)}
    <div class="x1">Share this page</div><div class="x2">Related articles</div><div class="x3"><a href="/a">Gutter cleaning</a></div></main>`));
  assert.equal(doc.pageType, 'service');
  const text = textOf(doc);
  assert.ok(text.includes('Paragraph 3 about roof repair'));
  assert.ok(!text.includes('Share this page') && !text.includes('Related articles'));
  assert.ok(doc.removed.some((r) => r.reason === 'share' && r.text === 'Share this page'));
});

test('an undeclared shop page is typed by its purchase controls: one makes a product page, one per item a listing', () => {
  const product = extractHtml(page('', `<main><h1>Trail kettle</h1><div class="price">$39.00</div>
    <form action="/cart/add"><button class="add-to-cart" name="add">Add to cart</button></form>${prose('the kettle', 3)}
    <h2>Customers also bought</h2><ul>${[1, 2, 3].map((i) => `<li><a href="/p/${i}">Camping mug ${i}</a> $${9 + i}.00</li>`).join('')}</ul></main>`));
  assert.equal(product.pageType, 'product');
  assert.ok(textOf(product).includes('Paragraph 3 about the kettle'));
  assert.ok(!textOf(product).includes('Camping mug 2'));
  const tile = (i: number) => `<div class="tile"><a href="/p/${i}">Enamel camping mug, colour ${i}</a><span>$${9 + i}.00</span><button class="btn add-to-cart">Add</button></div>`;
  const grid = extractHtml(page('', `<main><h1>Mugs</h1><p>Mugs for the trail and the garden.</p>${Array.from({ length: 10 }, (_, i) => tile(i)).join('')}</main>`));
  assert.equal(grid.pageType, 'listing');
  assert.ok(textOf(grid).includes('colour 9'));
});

test('collapsed accordion panels are kept, however they are hidden; other hidden boxes are not', () => {
  const panel = (attrs: string, what: string) => `<div class="faq"><h3>${what}?</h3><div ${attrs}><p>${what}: the answer runs to a full sentence, with the details a reader opens the panel for.</p></div></div>`;
  const doc = extractHtml(page(ld({ '@type': 'CollectionPage' }), `<main><h1>Kayaks</h1>${prose('kayaks', 2)}
    ${panel('class="accordion__content accordion--closed" aria-hidden="true"', 'Sit-in or sit-on-top')}
    ${panel('class="panel-collapse" hidden', 'Which length')}
    ${panel('class="c-tab-pane" style="display:none"', 'Which paddle')}
    <div class="popover" aria-hidden="true"><p>Sign in to see prices for your store and your saved lists of items.</p></div></main>`));
  const text = textOf(doc);
  for (const kept of ['Sit-in or sit-on-top: the answer', 'Which length: the answer', 'Which paddle: the answer']) assert.ok(text.includes(kept), `lost "${kept}"`);
  assert.ok(!text.includes('Sign in to see prices'));
});

test("a product page's layout column holds the product; beside an article a right column holds other stories", () => {
  const product = extractHtml(page(ld({ '@type': 'Product', name: 'Harbour Game' }), `<main><h1>Harbour Game</h1>${prose('the harbour game', 3)}
    <div class="rightcol game_meta"><ul class="details"><li>Developer: Tidewater Studio</li><li>Publisher: Quay Games</li><li>Released 3 May 2021</li></ul>
    <p class="req">Requires a free account with the publisher to play online with friends, and a connection for the weekly harbour races.</p></div>
    <div class="related-products">${[1, 2, 3].map((i) => `<div class="card"><a href="/g/${i}">Another harbour game ${i}</a> $${i}.99</div>`).join('')}</div></main>`));
  const text = textOf(product);
  for (const kept of ['Developer: Tidewater Studio', 'Requires a free account']) assert.ok(text.includes(kept), `lost "${kept}"`);
  assert.ok(!text.includes('Another harbour game 2'));
  const article = extractHtml(page(ld({ '@type': 'NewsArticle', headline: 'Harbour' }), `<article><div class="article-body">${prose('the harbour', 4)}</div></article>
    <div class="rightcol"><p>Other story: the lighthouse keeper retires after forty years on the island, with a party on the quay.</p></div>`));
  assert.ok(!textOf(article).includes('lighthouse keeper retires'));
});

test('a <footer> holding the whole page is still a footer: a shop page whose scripts never ran comes out empty, with the reason', () => {
  const doc = extractHtml(page(ld({ '@type': 'Product', name: 'Kettle' }), `<div id="root"></div><footer><div class="links"><h4>Help</h4>
    <p><a href="/help">Help centre</a>, <a href="/returns">Returns and refunds</a>, <a href="/report">Report a problem</a>, <a href="/recalls">Recalls</a></p>
    <h4>Sites in other languages</h4><p><a href="/de">German</a>, <a href="/fr">French</a>, <a href="/es">Spanish</a>, <a href="/pl">Polish</a></p></div></footer>`));
  assert.equal(textOf(doc), '');
  assert.ok(doc.removed.some((r) => r.reason === 'footer' && r.text.includes('Returns and refunds')));
  // A wrapper merely named like a footer still holds the page.
  const wrapped = extractHtml(page('', `<div class="flex-wrap-footer"><main>${prose('the kettle', 4)}</main></div>`));
  assert.ok(textOf(wrapped).includes('Paragraph 4 about the kettle'));
});

test("forum thread: the writer's profile details beside a post go, the writer's name stays", () => {
  const post = (who: string) => `<article class="message"><div class="message-user"><h4 class="message-name">${who}</h4><h5 class="userTitle">Established Member</h5>
    <dl class="message-userExtras"><dt>Joined</dt><dd>Apr 23, 2006</dd><dt>Posts</dt><dd>1,204</dd></dl></div>
    <div class="message-body"><p>Reply by ${who}: the ferry to the island only takes bicycles on the early crossing in summer, so book that one.</p></div></article>`;
  const doc = extractHtml(page(ld({ '@type': 'DiscussionForumPosting', headline: 'Ferries' }), `<main><h1>Ferries</h1>${post('gannet')}${post('puffin')}</main>`));
  const text = textOf(doc);
  for (const kept of ['gannet', 'puffin', 'Reply by puffin']) assert.ok(text.includes(kept), `lost "${kept}"`);
  for (const gone of ['Established Member', 'Apr 23, 2006', '1,204']) assert.ok(!text.includes(gone), `kept "${gone}"`);
});

test("an undeclared listing is found beside a mega-menu holding more text than its grid", () => {
  const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="/c/${i}">Department of garden tools number ${i}</a></li>`).join('');
  const item = (i: number) => `<div class="item"><a href="/p/${i}">Pruning saw, model ${i}</a><span>Steel blade</span></div>`;
  const doc = extractHtml(page('', `<div class="navbar"><ul>${menu}</ul></div><div class="content"><h1>Saws</h1><div class="grid">${Array.from({ length: 12 }, (_, i) => item(i)).join('')}</div></div>`));
  assert.equal(doc.pageType, 'listing');
  assert.ok(textOf(doc).includes('Pruning saw, model 11'));
  assert.ok(!textOf(doc).includes('Department of garden tools'));
});

test('undeclared listing: a grid right under the page heading is the content, even when menus hold more text than it', () => {
  const card = (i: number) => `<div class="tile"><a href="/shop/item-${i}"><h2>Linen shirt in colour ${i}</h2><p>$${40 + i}</p></a></div>`;
  const menu = Array.from({ length: 8 }, (_, k) => `<div class="col"><p>Department ${k}</p>${Array.from({ length: 8 }, (_, i) => `<a href="/d${k}/${i}">Shelf ${k}-${i} of this department</a>`).join('')}</div>`).join('');
  const grid = `<div class="catalog"><h1>Linen shirts</h1><div class="grid">${Array.from({ length: 12 }, (_, i) => card(i)).join('')}</div></div>`;
  const doc = extractHtml(page('', `<div class="flyout">${menu}</div>${grid}<p>About our shop: we sell shirts made of linen from local farms, sewn in our own workshop.</p>`));
  assert.equal(doc.pageType, 'listing');
  for (let i = 0; i < 12; i++) assert.ok(textOf(doc).includes(`Linen shirt in colour ${i}`), `lost item ${i}`);
  // The site's name in a linked <h1> over a grid of menu-like cards does not make a listing.
  const logo = extractHtml(page('', `<div class="top"><h1><a href="/">Riverside Forum</a></h1><div class="links">${Array.from({ length: 7 }, (_, i) => `<span class="l"><a href="/s${i}">Section ${i}</a></span>`).join('')}</div></div><div class="post-body">${prose('the ferry timetable', 4)}</div>`));
  assert.notEqual(logo.pageType, 'listing');
});

test('a block made of UUIDs is markup noise, not text', () => {
  const uuid = (i: number) => `${String(i).repeat(8)}-aaaa-4bbb-8ccc-${String(i).repeat(12)}`;
  const noise = Array.from({ length: 6 }, (_, i) => `<span>${'Sponsored'[i]}</span><span class="off">${uuid(i)}</span>`).join('');
  const doc = extractHtml(page('', `<main>${prose('the kettle', 3)}<div class="label">${noise}</div><p>Order reference ${uuid(7)} is printed on the receipt you get by mail.</p></main>`));
  assert.ok(!textOf(doc).includes(uuid(1)));
  assert.ok(doc.removed.some((r) => r.text.includes(uuid(1)) && r.reason === 'low-text-density'));
  assert.ok(textOf(doc).includes('Order reference'));
});

test("listing: text every card repeats (controls, badges) is the card's template and goes; titles, prices and labelled values stay", () => {
  const card = (i: number) => `<li class="card"><div><a href="/p/${i}">Trail running shoe, model number ${i}</a></div><div>Quick view</div><p>$${90 + i}</p>
    <div>Weight:</div><div>${200 + i} g</div><div>Free shipping</div></li>`;
  const doc = extractHtml(page(ld({ '@type': 'ItemList', itemListElement: [] }), `<main><h1>Trail shoes</h1><ul class="grid">${Array.from({ length: 20 }, (_, i) => card(i)).join('')}</ul></main>`));
  const text = textOf(doc);
  for (let i = 0; i < 20; i++) assert.ok(text.includes(`Trail running shoe, model number ${i}`) && text.includes(`$${90 + i}`) && text.includes(`${200 + i} g`), `item ${i}`);
  assert.ok(text.includes('Weight:'));
  assert.ok(!text.includes('Quick view') && !text.includes('Free shipping'));
  assert.ok(doc.removed.some((r) => r.text === 'Quick view' && r.reason === 'boilerplate'));
});

test('carousel slides out of view are kept (the reader scrolls to them); the copies a carousel makes to loop are not', () => {
  const slide = (i: number, cls: string, hidden: boolean) => `<li class="${cls}"${hidden ? ' aria-hidden="true"' : ''}><p>Home number ${i}: three bedrooms, a garden facing south and a garage, close to the river and the school.</p></li>`;
  const doc = extractHtml(page('', `<main><h1>Homes for sale</h1>${prose('the homes', 2)}<ul class="carousel">${slide(1, 'carousel__cell', false)}${slide(2, 'carousel__cell', true)}${slide(3, 'slick-slide slick-cloned', true)}</ul>
    <div aria-hidden="true"><p>Decorative quote repeated for sighted readers only, ignored by screen readers.</p></div></main>`));
  const text = textOf(doc);
  assert.ok(text.includes('Home number 1') && text.includes('Home number 2'));
  assert.ok(!text.includes('Home number 3') && !text.includes('Decorative quote'));
});

test("an article's table keeps its cells that are links (a list of people, each linking to a page); a list of links in the text does not stay", () => {
  const row = (i: number) => `<tr><td>${1901 + i}</td><td><a href="/wiki/P${i}">Laureate Person${i}</a></td><td><a href="/wiki/C${i}">Country${i}</a></td></tr>`;
  const doc = extractHtml(page('', `<article><h1>List of laureates</h1><div class="article-body">${prose('the prize', 3)}<table>${Array.from({ length: 8 }, (_, i) => row(i)).join('')}</table>
    <ul><li><a href="/a">Another list</a></li><li><a href="/b">Yet another list of people</a></li></ul></div></article>`));
  const text = textOf(doc);
  for (let i = 0; i < 8; i++) assert.ok(text.includes(`Laureate Person${i}`), `row ${i}`);
  assert.ok(!text.includes('Yet another list of people'));
});

test("a page that declares one product over a grid of dozens of priced items is the shop's category page", () => {
  const item = (i: number) => `<li><div class="t">Enamel camping mug, model ${i}</div><div class="p">$${12 + i}.50</div></li>`;
  const grid = (n: number) => page(ld({ '@type': 'Product', name: 'Camping mugs' }), `<main><h1>Camping mugs</h1>${prose('our mugs', 1)}<ul class="grid">${Array.from({ length: n }, (_, i) => item(i)).join('')}</ul></main>`);
  const doc = extractHtml(grid(30));
  assert.equal(doc.pageType, 'listing');
  for (let i = 0; i < 30; i++) assert.ok(textOf(doc).includes(`model ${i}`), `lost item ${i}`);
  assert.equal(extractHtml(grid(8)).pageType, 'product');
});

test('a cookie-consent dialog is chrome even when its partner lists outweigh the page, and its panels are never the article container', () => {
  const partners = Array.from({ length: 60 }, (_, i) => `<li>Partner company number ${i} stores and reads cookies on your device for advertising.</li>`).join('');
  const doc = extractHtml(page('', `<div class="board"><h1>Which showcase game are you waiting for?</h1><div class="msg"><p>Waiting for the stream to start, the VOD goes up in an hour.</p></div><div class="msg"><p>I hope for a new racing game this time, the last one was great.</p></div></div>
    <div id="onetrust-consent-sdk"><div class="content"><h2>About your privacy</h2><p>We process your data to deliver content and measure it.</p><ul>${partners}</ul></div></div>`));
  const text = textOf(doc);
  assert.ok(text.includes('Waiting for the stream') && text.includes('a new racing game'));
  assert.ok(!text.includes('Partner company number') && !text.includes('About your privacy'));
});

test("a body that yields only a fragment is headed by the page's own description; an empty body stays empty with its reasons", () => {
  const description = '<meta name="description" content="Office chairs with mesh backs, built for long days at the desk and covered by a ten-year warranty.">';
  const fragment = extractHtml(page(description, '<div id="app"><p>Orders ship in as few boxes as possible.</p></div>'));
  assert.deepEqual(fragment.paragraphs.map((p) => p.text), ['Office chairs with mesh backs, built for long days at the desk and covered by a ten-year warranty.', 'Orders ship in as few boxes as possible.']);
  const empty = extractHtml(page(description, '<div id="app"></div>'));
  assert.equal(empty.paragraphs.length, 0);
  const full = extractHtml(page(description, `<article>${prose('chairs', 3)}</article>`));
  assert.ok(!textOf(full).includes('mesh backs'));
});

test("product page: a details panel named as a modal inside the content stays; a newsletter pop-up goes", () => {
  const doc = extractHtml(page(ld({ '@type': 'Product', name: 'Shelf unit' }), `<main><h1>Shelf unit</h1>${prose('the shelf', 2)}
    <div class="product-details-modal"><p>The simple design makes the shelf easy to place standing or lying, as a bookcase or a sideboard.</p></div>
    <div class="newsletter-modal"><p>Join our mailing list and save ten percent on your next purchase.</p></div></main>`));
  const text = textOf(doc);
  assert.ok(text.includes('as a bookcase or a sideboard'));
  assert.ok(!text.includes('Join our mailing list'));
});

test('utility classes with variants or arbitrary values (Tailwind) do not name chrome by the CSS words inside them', () => {
  const root = parseHtml(page('', `<div id="a" class="stack lg:first:pt-[calc(var(--banner-min-height))]">x</div><div id="b" class="stack banner-ad">y</div>`));
  const byId = (id: string) => findElement(root, (e) => e.attribs.id === id)!;
  assert.equal(chromeReason(byId('a'), false), null);
  assert.equal(chromeReason(byId('b'), false), 'ad');
});

test('pages made of items keep one copy of a repeated block: a layout copy, a quoted post; items sharing a value keep it', () => {
  // A listing whose every card is laid out twice (one copy per screen size), two items in the same town.
  const card = (i: number, town: string) => `<li class="card"><a href="/e/${i}"><h3>Evening course number ${i} in pottery</h3></a>
    <div class="wide"><p>Held in the old school hall, ${town}</p></div><div class="narrow"><p>Held in the old school hall, ${town}</p></div></li>`;
  const listing = extractHtml(page(ld({ '@type': 'ItemList', itemListElement: [] }), `<main><h1>Courses</h1><ul class="grid">${
    Array.from({ length: 8 }, (_, i) => card(i, i < 2 ? 'Tarnow' : `town ${i}`)).join('')}</ul></main>`));
  const paragraphs = listing.paragraphs.map((p) => p.text);
  assert.equal(paragraphs.filter((t) => t === 'Held in the old school hall, town 5').length, 1, 'layout copy kept');
  assert.equal(paragraphs.filter((t) => t === 'Held in the old school hall, Tarnow').length, 2, 'two items sharing a town lost one');
  assert.ok(listing.removed.some((r) => r.reason === 'duplicate' && r.text === 'Held in the old school hall, town 5'));

  // A reply quoting the opening post.
  const opening = 'The oven door will not close after I replaced the hinge springs last week.';
  const thread = extractHtml(page(ld({ '@type': 'DiscussionForumPosting', headline: 'Oven door' }), `<main><h1>Oven door</h1>
    <div class="post"><p>${opening}</p></div>
    <div class="post"><blockquote>${opening}</blockquote><p>Check that the springs sit in the lowest notch of the hinge before you close it.</p></div></main>`));
  assert.equal(thread.paragraphs.filter((p) => p.text === opening).length, 1);
  assert.ok(thread.removed.some((r) => r.reason === 'duplicate' && r.text === opening));

  // An article may repeat a line (a refrain): it stays.
  const refrain = 'And still the river ran on past the mill.';
  const article = extractHtml(page(ld({ '@type': 'NewsArticle', headline: 'Mill' }), `<article><div class="article-body">${prose('the mill', 2)}<p>${refrain}</p>${prose('the river', 2)}<p>${refrain}</p>${prose('the weir', 2)}</div></article>`));
  assert.equal(article.paragraphs.filter((p) => p.text === refrain).length, 2);
});

test('an undeclared page that is a discussion under a submitted link keeps its replies; a blog post keeps its comments out', () => {
  const reply = (who: string, what: string, nested = '') => `<li class="comment"><div class="comment-meta"><a href="/u/${who}">${who}</a> 3 hours ago</div>
    <div class="comment-text"><p>${what} The measurements in the linked write-up match what I saw on my own bench last spring.</p></div>${nested ? `<ol class="comments">${nested}</ol>` : ''}</li>`;
  const replies = reply('heron', 'Interesting result.', reply('wren', 'Agreed, with a caveat.')) + reply('lark', 'I doubt the sample size.');
  const submission = `<div class="story"><a class="title" href="https://example.org/study">A study of kettle efficiency</a> <span>by kestrel</span></div>`;
  const thread = extractHtml(page('', `<nav><a href="/">Front page</a> <a href="/new">New</a></nav>${submission}<ol class="comments">${replies}</ol>`));
  assert.equal(thread.pageType, 'forum');
  const text = textOf(thread);
  for (const kept of ['Interesting result.', 'Agreed, with a caveat.', 'I doubt the sample size.', 'wren']) assert.ok(text.includes(kept), `lost "${kept}"`);

  const blog = extractHtml(page('', `<div class="entry-content"><h1>Kettle efficiency</h1>${prose('kettles', 6)}</div><ol class="comments">${replies}</ol>`));
  assert.equal(blog.pageType, 'article');
  assert.ok(!textOf(blog).includes('Interesting result.'));
  assert.ok(blog.removed.some((r) => r.reason === 'comment-chrome' && r.text.includes('Interesting result.')));
});

test('links and labels set side by side without a space are separate words; styling inside a word and Chinese text are not split', () => {
  const card = (i: number) => `<li class="card"><a href="/p/${i}"><span class="brand">Hollin</span><span class="name">Ridge boot ${i}</span></a><span class="price">€${90 + i}</span></li>`;
  const menu = '<div class="menu-links"><a href="/a">Sofas</a><a href="/b">Sectionals</a><a href="/c">Armchairs</a></div>';
  const doc = extractHtml(page('', `<nav>${menu}</nav><main><h1>Boots</h1><ul class="grid">${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</ul>
    <p>Made by hand in <b>Lan</b><i>caster</i> from <a href="/leather">oak-tanned</a><a href="/hides">leather</a>: ${'the soles are stitched, not glued, and can be replaced. '.repeat(3)}</p>
    <p><a href="/zh">中文</a><span>说明</span>：鞋底是手工缝制的，可以更换。</p></main>`));
  const all = [...doc.paragraphs.map((p) => p.text), ...doc.removed.map((r) => r.text)].join('\n');
  assert.ok(all.includes('Sofas Sectionals Armchairs'), 'menu links glued');
  assert.ok(all.includes('Made by hand in Lancaster'), 'a word split at its styling');
  assert.ok(all.includes('oak-tanned leather'), 'adjacent links glued');
  assert.ok(all.includes('中文说明：'), 'Chinese split by a space');
  // Spans inside one link may style one word: they stay joined ("HollinRidge" as the page writes it).
  assert.ok(all.includes('HollinRidge boot 3'));
  // The same for the text of a hidden menu as `removed` shows it.
  const hidden = extractHtml(page('', `<div hidden class="drawer">${menu}</div><main>${prose('boots', 3)}</main>`));
  assert.ok(hidden.removed.some((r) => r.reason === 'hidden' && r.text === 'Sofas Sectionals Armchairs'));
});

test("a panel named like content inside the page's footer is never the article container", () => {
  const footnote = (i: number) => `<p>Footnote ${i}: offers are subject to credit approval and available only to qualifying applicants; terms, rates and eligible products may change at any time without notice.</p>`;
  const doc = extractHtml(page('', `<main><h1>Garden spades</h1>${prose('garden spades', 2)}</main>
    <footer><div class="footer-content">${[1, 2, 3, 4, 5].map(footnote).join('')}</div></footer>`));
  const text = textOf(doc);
  assert.ok(text.includes('Paragraph 2 about garden spades'), 'lost the page');
  assert.ok(!text.includes('Footnote 3'), 'footer footnotes taken as the article');
});
