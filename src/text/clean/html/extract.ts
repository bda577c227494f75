// HTML page → CleanDocument: metadata, then the article text, with every dropped block kept with its reason.
// Order (after trafilatura): prune what is never text and what is hidden; find an explicit article container
// (itemprop=articleBody, article-body-like classes, <article>, <main>); drop chrome inside it by tag, role,
// class/id and link density. When that yields too little, fall back to the block classifier over the whole page
// and to a Readability-style scorer, and take whichever finds the article.
import type { CleanDocument, CleanParagraph, PageType, RemovalReason, RemovedBlock } from '../../../types.ts';
import { LENGTH_HIGH, classifyBlocks, effectiveLength } from '../blocks.ts';
import { commonAncestor, findAll, findElement, normaliseSpace, parseHtml, textOf, type DomElement } from './dom.ts';
import { collectBlocks, holdsPageHeading, measure, prune, MIN_AUDIT_CHARS, WRAPPER_TEXT_SHARE, type PageBlock } from './blocks-dom.ts';
import { extractMetadata } from './metadata.ts';
import { readabilityCandidates } from './readability.ts';
import { revealHiddenWrappers, revealScriptlessCopies } from './scriptless.ts';
import { pageViewport } from './viewport.ts';
import { commentThreads, pageTextChars, declaredPageType, headsGrid, listingCards, looksLikeListing, pricedCardGroups } from './page-type.ts';
import { readStructuredData, typesOf, type StructuredData } from './structured-data.ts';
import { CHROME_PHRASES, CONTAINER_TIERS, chromeReason, isLayoutColumn, markContent, MAX_CHROME_PHRASE_CHARS, METADATA_LINE, MAX_METADATA_LINE_CHARS, attrTokens } from './rules.ts';

/** A block whose text is more than this share link text is a list of links, not prose (trafilatura: 0.8). */
export const MAX_BLOCK_LINK_DENSITY = 0.8;
/** A container tier whose best candidate has fewer (non-link) characters than this falls through to the next tier. */
export const MIN_CONTAINER_CHARS = 250;
/** A further article-body match joins the container only with this much text: "article date" labels do not, split bodies do. */
export const MIN_UNION_PART_CHARS = 100;
/**
 * Captions at least this long (Latin-equivalent characters) are kept as text. Credits and labels ("AFP / …",
 * "Foto: privat") are far shorter; extraction-dev's gold keeps gallery captions of two sentences.
 */
export const MIN_PROSE_CAPTION_CHARS = 120;
/** A standfirst outside the container is kept from this length on (shorter "lead" elements are labels) ... */
export const MIN_LEAD_CHARS = 40;
/** ... and while it is mostly not links (a "summary" of links is a table of contents). */
export const MAX_LEAD_LINK_DENSITY = 0.3;
/** An extraction shorter than this many characters is "short": the fallbacks are tried and the longest sound result wins. */
export const MIN_EXTRACTED_CHARS = 500;

/** A container result is replaced by the Readability candidate elsewhere when that holds this many times more text (1.5–2 scored the same; 3 lower). */
export const CONTAINER_OVERRIDE_RATIO = 2;
/** Containers with fewer kept blocks are not trimmed: the classifier needs neighbours. */
const MIN_BLOCKS_TO_TRIM = 3;
/** Only blocks shorter than this may be trimmed from a container's ends (80 scored F1 0.930, 150 0.929, no limit 0.925). */
export const MAX_TRIMMED_CHARS = 80;

type Selection = { method: string; keep: boolean[]; reasons: Array<RemovalReason | null>; blocks: PageBlock[] };

function nonLinkChars(e: DomElement): number {
  const s = e.stats;
  return s ? s.chars - s.linkChars : 0;
}

/** Inside a cookie-consent dialog, whose panels ("content", "main") name themselves like an article container and whose partner lists read like prose. */
function inConsentDialog(e: DomElement): boolean {
  for (let p: DomElement | null = e; p && p.attribs; p = p.parent) if (chromeReason(p, false) === 'cookie') return true;
  return false;
}

const FRAME_LANDMARK_TAGS = new Set(['footer', 'nav']);
const FRAME_LANDMARK_ROLES = new Set(['contentinfo', 'navigation']);
/**
 * Inside the page's footer or a menu landmark: a "content" panel there holds footnotes, legal terms or menu columns,
 * never the article (a shop's footnotes outweighed its page). A landmark holding the page's heading is a wrapper.
 */
function inFooterOrMenu(e: DomElement): boolean {
  for (let p: DomElement | null = e; p && p.attribs; p = p.parent) {
    if ((FRAME_LANDMARK_TAGS.has(p.name) || FRAME_LANDMARK_ROLES.has(p.attribs.role)) && !holdsPageHeading(p)) return true;
  }
  return false;
}

/** The article container(s): the first tier with a candidate holding enough text; union of all candidates for explicit body classes. */
export function findContainers(body: DomElement): { tier: string; elements: DomElement[] } | null {
  const all: Array<{ e: DomElement; tokens: string }> = [];
  const visit = (e: DomElement) => {
    for (const c of e.children) {
      if (c.type !== 'tag') continue;
      all.push({ e: c, tokens: attrTokens(c) });
      visit(c);
    }
  };
  visit(body);
  for (const tier of CONTAINER_TIERS) {
    const matches = all.filter(({ e, tokens }) => tier.test(e, tokens) && !inConsentDialog(e) && !inFooterOrMenu(e)).map(({ e }) => e);
    if (!matches.length) continue;
    const best = matches.reduce((a, b) => (nonLinkChars(b) > nonLinkChars(a) ? b : a));
    if (nonLinkChars(best) < MIN_CONTAINER_CHARS) continue;
    if (!tier.union) return { tier: tier.name, elements: [best] };
    // Outermost matches only (an article-body inside an article-content is already covered), each with real text.
    const set = new Set(matches);
    const outer = matches.filter((e) => {
      for (let p = e.parent; p; p = p.parent) if (set.has(p)) return false;
      return nonLinkChars(e) >= MIN_UNION_PART_CHARS;
    });
    return { tier: tier.name, elements: outer };
  }
  return null;
}

/** Cells of a table in the article are its data, names that link to their pages included (a list of laureates, of results). */
const TABLE_CELL_TAGS = new Set(['td', 'th']);

/** Container blocks without a chrome rule and not made of links. */
function selectContainer(blocks: PageBlock[], method: string): Selection {
  const firstInContainer = blocks.findIndex((b) => b.inContainer);
  const reasons = blocks.map((b, i): RemovalReason | null => {
    // The standfirst above the article body belongs to the article.
    if (!b.inContainer && b.lead && !b.reason && i < firstInContainer && b.linkDensity <= MAX_LEAD_LINK_DENSITY && effectiveLength(b.text) >= MIN_LEAD_CHARS) return null;
    if (!b.inContainer) return b.reason ?? (b.linkDensity > 0.5 ? 'link-density' : 'low-text-density');
    // Credits and one-line captions are metadata; a caption that tells a story (galleries, features) is text.
    if (b.reason === 'metadata' && effectiveLength(b.text) < MIN_PROSE_CAPTION_CHARS) return b.reason;
    if (b.reason && b.reason !== 'metadata') return b.reason;
    if (b.linkDensity > MAX_BLOCK_LINK_DENSITY && !TABLE_CELL_TAGS.has(b.tag)) return 'link-density';
    if (b.text.length <= MAX_METADATA_LINE_CHARS && METADATA_LINE.test(b.text)) return 'metadata';
    return phraseReason(b.text);
  });
  dropOrphanHeadings(blocks, reasons);
  return { method, blocks, reasons, keep: reasons.map((r) => r === null) };
}

function phraseReason(text: string): RemovalReason | null {
  if (text.length > MAX_CHROME_PHRASE_CHARS) return null;
  for (const [re, reason] of CHROME_PHRASES) if (re.test(text)) return reason;
  return null;
}

/**
 * A heading whose section lost every block ("Related stories" above a dropped list of links) labels chrome: it goes
 * with the reason of the first block it introduced.
 */
function dropOrphanHeadings(blocks: PageBlock[], reasons: Array<RemovalReason | null>): void {
  for (let i = 0; i < blocks.length; i++) {
    if (reasons[i] || blocks[i].kind !== 'heading') continue;
    let j = i + 1;
    while (j < blocks.length && reasons[j] && blocks[j].kind !== 'heading' && blocks[j].inContainer) j++;
    const sectionEnded = j === blocks.length || blocks[j].kind === 'heading' || !blocks[j].inContainer;
    if (j > i + 1 && sectionEnded) reasons[i] = reasons[i + 1];
  }
}

/**
 * On a forum thread the replies are the content, and each post's author and date belong to it (the reference texts
 * of forum pages keep them): comment and byline names mark content there, not chrome.
 */
const FORUM_CONTENT_REASONS: ReadonlySet<RemovalReason> = new Set(['comment-chrome', 'byline']);
/** A listing's items carry their authors, dates and ratings (what `byline` and `share` names mark elsewhere). */
const LISTING_CONTENT_REASONS: ReadonlySet<RemovalReason> = new Set(['byline', 'share']);
const NO_CONTENT_REASONS: ReadonlySet<RemovalReason> = new Set();
/**
 * Blocks of a forum thread more than this share links are topic lists ("suggested topics", "related threads"); posts
 * link little (pagetypes-dev forum F1 0.716 with no limit, 0.725 at 0.5, 0.724 at 0.8).
 */
export const MAX_FORUM_LINK_DENSITY = 0.5;
/** An undeclared page whose article result holds less than this share of its main region's text is cleaned by region (pagetypes-dev: 0.2 gave F1 0.687 and 0.5 0.695 with extraction-dev 0.943 at 0.2 and 0.3; zh-dev fell to 0.905 at 0.35 before the prose measure). */
export const REGION_OVER_ARTICLE_RATIO = 0.3;
/** A <main> landmark holding less than this share of the page's text is a fragment (a hero, a search form), not the main region. */
export const MIN_MAIN_REGION_SHARE = 0.3;

/**
 * The main region of a page that is not an article: the <main> landmark when it holds a fair share of the text, else
 * the body; every block in it that no chrome rule covers is kept. Item cards of a listing and feature blocks of a
 * service page are short and mostly links, so neither length nor link density may judge them (the link-density rule
 * lost most items of the pagetypes-dev listings).
 */
function selectMainRegion(body: DomElement, pageType: PageType): Selection {
  const main = findElement(body, (e) => e.name === 'main' || e.attribs.role === 'main');
  let region = main && (main.stats?.chars ?? 0) > MIN_MAIN_REGION_SHARE * (body.stats?.chars ?? 0) ? main : body;
  const listingGroups = pageType === 'listing' ? listingCards(body) : [];
  // A listing's content is its items and what introduces them (heading, description): the smallest element holding
  // the item cards and the page heading, which leaves out filter panels and menus beside the results.
  const h1 = listingGroups.length ? findElement(region, (e) => e.name === 'h1') : null;
  if (h1) region = commonAncestor([...listingGroups.map((g) => g[0].parent!), h1]) ?? region;
  const chrome = new Map<DomElement, RemovalReason>();
  if (pageType === 'product') {
    for (const e of findAll(body, isCustomerContribution)) chrome.set(e, 'comment-chrome');
    // Rows of product cards on a product page are other products ("you may also like", "complete the look"): cards
    // that are mostly links, unlike the page's own sections (which may repeat a class and hold a link each).
    for (const cards of listingCards(body)) {
      if (groupLinkDensity(cards) > MAX_BLOCK_LINK_DENSITY / 2) for (const card of cards) chrome.set(card, 'related');
    }
    for (const cards of pricedCardGroups(body)) for (const card of cards) chrome.set(card, 'related');
  }
  // Inside an item card, class names describe the item, not chrome: only what is hidden goes.
  for (const cards of listingGroups) for (const card of cards) markContent(card);
  const containers = new Set([region]);
  // A listing's cards are its content whatever their wrappers are named ("search-main", "results-nav" ...).
  for (const cards of listingGroups) containers.add(cards[0].parent!);
  const blocks = collectBlocks(body, containers, pageType === 'forum' ? FORUM_CONTENT_REASONS : pageType === 'listing' ? LISTING_CONTENT_REASONS : NO_CONTENT_REASONS, chrome);
  // A product page's layout columns hold the product (see isLayoutColumn); rows of other products in them still go.
  if (pageType === 'product') {
    for (const b of blocks) if (b.reason === 'related' && onlyColumnsBetween(b.element, region, chrome)) b.reason = null;
  }
  const maxLinkDensity = pageType === 'forum' ? MAX_FORUM_LINK_DENSITY : 1;
  const reasons = blocks.map((b): RemovalReason | null => b.reason ?? (!b.inContainer ? 'low-text-density' : b.linkDensity > maxLinkDensity ? 'link-density' : phraseReason(b.text)));
  for (const cards of listingGroups) dropCardTemplateText(blocks, reasons, cards);
  return { method: 'main-region', blocks, reasons, keep: reasons.map((r) => r === null) };
}

/**
 * Text found verbatim in at least this share of a listing's cards is the card's template (controls and labels such
 * as "Quick view", "Free shipping", "Read more", "Weight:"), not what tells the items apart.
 */
export const MIN_CARD_TEMPLATE_SHARE = 0.8;

const SPEC_LABEL = /[:：]\s*$/;

/** Drops, as boilerplate, the blocks of `cards` whose text most of the cards repeat (see MIN_CARD_TEMPLATE_SHARE). */
function dropCardTemplateText(blocks: PageBlock[], reasons: Array<RemovalReason | null>, cards: DomElement[]): void {
  const cardIndex = new Map(cards.map((c, i) => [c, i]));
  const cardOf = (e: DomElement) => { for (let p: DomElement | null = e; p; p = p.parent) { const i = cardIndex.get(p); if (i !== undefined) return i; } return -1; };
  const inCard = blocks.map((b) => cardOf(b.element));
  const cardsWith = new Map<string, Set<number>>();
  blocks.forEach((b, i) => {
    if (inCard[i] < 0) return;
    const key = comparable(b.text);
    let set = cardsWith.get(key);
    if (!set) cardsWith.set(key, (set = new Set()));
    set.add(inCard[i]);
  });
  const needed = Math.max(2, MIN_CARD_TEMPLATE_SHARE * cards.length);
  blocks.forEach((b, i) => {
    // A label ending in a colon names the value after it ("Weight:"), which tells the items apart: it stays with it.
    if (inCard[i] >= 0 && !reasons[i] && !SPEC_LABEL.test(b.text) && cardsWith.get(comparable(b.text))!.size >= needed) reasons[i] = 'boilerplate';
  });
}

/** Between `e` and `region`, the elements the related rule names are all layout columns (and at least one is). */
function onlyColumnsBetween(e: DomElement, region: DomElement, chrome: ReadonlyMap<DomElement, RemovalReason>): boolean {
  let column = false;
  for (let p: DomElement | null = e; p && p.attribs && p !== region; p = p.parent) {
    if (chrome.has(p)) return false;
    if (chromeReason(p, true) !== 'related') continue;
    if (!isLayoutColumn(p)) return false;
    column = true;
  }
  return column;
}

/** Tags of specification and feature lines: short, without sentences, and still the product's content. */
const SPECIFICATION_TAGS = new Set(['li', 'td', 'th', 'dt', 'dd']);

/**
 * A product page's text is its description and specifications; the purchase panel around them (price, stock,
 * delivery, returns, seller badges) is short lines without sentences, which the block classifier calls bad. Lines of
 * lists, tables and definition lists stay (a specification is short too), and so do headings of kept sections.
 */
function dropPurchaseWidgets(s: Selection, lang: string): void {
  const idx = s.blocks.map((_, i) => i).filter((i) => s.keep[i]);
  const classes = classifyBlocks(idx.map((i) => ({ text: s.blocks[i].text, linkDensity: s.blocks[i].linkDensity, heading: s.blocks[i].kind === 'heading' })), lang);
  // Without one good block there is no context to judge by (a short product page): drop nothing.
  if (!classes.includes('good')) return;
  idx.forEach((i, k) => {
    const b = s.blocks[i];
    if (classes[k] !== 'bad' || SPECIFICATION_TAGS.has(b.tag) || b.kind === 'list' || b.kind === 'heading' || SPECIFICATION_LINE.test(b.text)) return;
    s.keep[i] = false;
    s.reasons[i] = b.linkDensity > MAX_BLOCK_LINK_DENSITY ? 'link-density' : 'low-text-density';
  });
  dropOrphanHeadings(s.blocks, s.reasons);
  s.reasons.forEach((r, i) => { if (r) s.keep[i] = false; });
}

/**
 * A specification written as a paragraph: a label of a few words, a colon, its value ("Ingredients: oats, salt",
 * "Origin: Spain", "Care: hand wash"). Short and without sentences like the purchase panel, but the product's own.
 */
const SPECIFICATION_LINE = /^[\p{L}][\p{L}\p{M}\p{N} &/'’()-]{0,30}[:：]\s*[\p{L}\p{N}]/u;

function groupLinkDensity(elements: DomElement[]): number {
  let chars = 0, links = 0;
  for (const e of elements) { chars += e.stats?.chars ?? 0; links += e.stats?.linkChars ?? 0; }
  return chars ? links / chars : 0;
}

/**
 * Customer reviews, ratings and questions on a product page are reader contributions, like comments under an article:
 * the product's main content is its description and specifications (pagetypes-dev product F1 0.532 → 0.556).
 */
const CUSTOMER_CONTRIBUTION_CLASS = /(?:^|[\s_-])(?:reviews?|ratings?|questions?|qa|ugc)(?:$|[\s_-])/;
const isCustomerContribution = (e: DomElement) => e.attribs.itemprop === 'review' || CUSTOMER_CONTRIBUTION_CLASS.test(attrTokens(e));

const ogTypeOf = (root: DomElement) => findElement(root, (e) => e.name === 'meta' && e.attribs.property === 'og:type')?.attribs.content ?? null;

/**
 * A product's description declared in its schema.org data joins the text when the page's markup does not show most
 * of it (a shop whose scripts write the description in the browser): it is the product's own text.
 */
export const MIN_DESCRIPTION_SHOWN = 0.5;
const PRODUCT_ENTITY_TYPES = new Set(['Product', 'ProductGroup']);
const BLOCK_BREAK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section)\b[^>]*>/gi;
const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function withDeclaredDescription(s: Selection, pageType: PageType, sd: StructuredData): Selection {
  if (pageType !== 'product') return s;
  const product = sd.objects.find((o) => typesOf(o).some((t) => PRODUCT_ENTITY_TYPES.has(t)));
  const description = typeof product?.description === 'string' ? product.description : '';
  const declaredWords = words(description);
  if (!declaredWords.length) return s;
  const shown = new Set<string>();
  s.blocks.forEach((b, i) => { if (s.keep[i]) for (const w of words(b.text)) shown.add(w); });
  if (declaredWords.filter((w) => shown.has(w)).length >= MIN_DESCRIPTION_SHOWN * declaredWords.length) return s;
  const paragraphs = description.split(BLOCK_BREAK).map((part) => normaliseSpace(textOf(parseHtml(part)))).filter(Boolean);
  const blocks: PageBlock[] = paragraphs.map((text) => ({ text, kind: 'p', tag: 'p', linkDensity: 0, inContainer: true, lead: false, reason: null, element: s.blocks[0]?.element ?? parseHtml('') }));
  return { method: s.method, blocks: [...blocks, ...s.blocks], reasons: [...blocks.map(() => null), ...s.reasons], keep: [...blocks.map(() => true), ...s.keep] };
}

/** Every block no chrome rule covers and that is not a list of links: the last resort for very short pages. */
function selectAllText(blocks: PageBlock[]): Selection {
  const reasons = blocks.map((b): RemovalReason | null => b.reason ?? (b.linkDensity > MAX_BLOCK_LINK_DENSITY ? 'link-density' : null));
  return { method: 'text', blocks, reasons, keep: reasons.map((r) => r === null) };
}

/** The jusText classifier over every block the rules left, page-wide. */
function selectByClassifier(blocks: PageBlock[], lang: string): Selection {
  const candidates = blocks.map((b, i) => ({ b, i })).filter(({ b }) => !b.reason);
  const classes = classifyBlocks(candidates.map(({ b }) => ({ text: b.text, linkDensity: b.linkDensity, heading: b.kind === 'heading' })), lang);
  const reasons: Array<RemovalReason | null> = blocks.map((b) => b.reason ?? null);
  candidates.forEach(({ b, i }, k) => {
    if (classes[k] === 'bad') reasons[i] = b.linkDensity > MAX_BLOCK_LINK_DENSITY ? 'link-density' : 'low-text-density';
  });
  return { method: 'blocks', blocks, reasons, keep: reasons.map((r) => r === null) };
}

/**
 * Boilerplate left inside a container sits at its ends (author boxes, share prompts, calls to subscribe). From each
 * end, the blocks up to the first long paragraph are run through the block classifier, that paragraph giving the
 * context, and the short ones it calls bad are dropped (extraction-dev: precision 0.899 → 0.923, F1 0.921 → 0.930).
 * Only the ends are classified because word segmentation is the costly part of the classifier.
 */
function trimEdges(s: Selection, lang: string): void {
  const idx = s.blocks.map((_, i) => i).filter((i) => s.keep[i]);
  if (idx.length < MIN_BLOCKS_TO_TRIM) return;
  const isAnchor = (k: number) => effectiveLength(s.blocks[idx[k]].text) >= LENGTH_HIGH;
  const trimRun = (run: number[]) => {
    if (run.length < 2) return;
    const classes = classifyBlocks(run.map((k) => {
      const b = s.blocks[idx[k]];
      return { text: b.text, linkDensity: b.linkDensity, heading: b.kind === 'heading' };
    }), lang);
    run.forEach((k, j) => {
      const b = s.blocks[idx[k]];
      if (classes[j] !== 'bad' || isAnchor(k) || b.text.length >= MAX_TRIMMED_CHARS || TABLE_CELL_TAGS.has(b.tag)) return;
      s.keep[idx[k]] = false;
      s.reasons[idx[k]] = b.linkDensity > 0 ? 'link-density' : 'low-text-density';
    });
  };
  let end = idx.length - 1;
  while (end >= 0 && !isAnchor(end)) end--;
  // Without one long paragraph there is no context to judge by (a page of short news paragraphs): trim nothing.
  if (end < 0) return;
  let start = 0;
  while (start < end && !isAnchor(start)) start++;
  trimRun(Array.from({ length: start + 1 }, (_, k) => k));
  trimRun(Array.from({ length: idx.length - end }, (_, k) => end + k));
}

/** Kept characters outside links: what separates a page of prose from a page of link lists. */
function keptProseChars(s: Selection): number {
  let n = 0;
  s.blocks.forEach((b, i) => { if (s.keep[i]) n += b.text.length * (1 - b.linkDensity); });
  return n;
}

/** Chrome beside an article that repeats cards of its own: comment threads, related rails, footers. */
const SIDE_CHROME: ReadonlySet<RemovalReason> = new Set(['comment-chrome', 'related', 'footer']);
function inSideChrome(e: DomElement, pageChars: number): boolean {
  for (let p: DomElement | null = e; p && p.attribs; p = p.parent) {
    const r = chromeReason(p, false);
    // A "footer" holding most of the page is a layout wrapper (`flex-wrap-footer`), as in collectBlocks; a comment
    // thread may well hold most of a blog page.
    if (r && SIDE_CHROME.has(r) && (r !== 'footer' || (p.stats?.chars ?? 0) <= WRAPPER_TEXT_SHARE * pageChars)) return true;
  }
  return false;
}

const cardChars = (cards: DomElement[]) => cards.reduce((n, c) => n + (c.stats?.chars ?? 0), 0);

/** Kept characters of blocks outside the given elements. */
function keptCharsOutside(s: Selection, elements: Set<DomElement>): number {
  let n = 0;
  s.blocks.forEach((b, i) => {
    if (!s.keep[i]) return;
    for (let p: DomElement | null = b.element; p; p = p.parent) if (elements.has(p)) return;
    n += b.text.length;
  });
  return n;
}

const bestOf = (region: Selection, article: Selection) => (keptChars(region) >= keptChars(article) ? region : article);

function keptChars(s: Selection): number {
  let n = 0;
  s.blocks.forEach((b, i) => { if (s.keep[i]) n += b.text.length; });
  return n;
}

/** Controls that put an item in the basket, by name, class, id or form action (every shop engine names them so). */
const PURCHASE_CONTROL = /(?:^|[\s_/-])add-?to-?(?:cart|bag|basket)(?:$|[\s_/-])|addtocart|add_to_cart|addtobag|addtobasket/;
const PURCHASE_TAGS = new Set(['button', 'form', 'input', 'a']);
const isPurchaseControl = (e: DomElement) => PURCHASE_TAGS.has(e.name)
  && (PURCHASE_CONTROL.test(attrTokens(e)) || PURCHASE_CONTROL.test((e.attribs.name ?? '').toLowerCase()) || PURCHASE_CONTROL.test((e.attribs.action ?? '').toLowerCase()));
/** A product page has one or two purchase controls (the panel and a sticky bar) ... */
export const MAX_PRODUCT_PURCHASE_CONTROLS = 2;
/** ... a grid one per item; between the two (a book in six formats, a bundle picker) the controls do not tell. */
export const MIN_LISTING_PURCHASE_CONTROLS = 8;

/** An undeclared shop page by its purchase controls: one or two make a product page, a grid's worth a listing. */
function shopPageType(purchaseControls: number): PageType | null {
  if (!purchaseControls) return null;
  if (purchaseControls <= MAX_PRODUCT_PURCHASE_CONTROLS) return 'product';
  return purchaseControls >= MIN_LISTING_PURCHASE_CONTROLS ? 'listing' : null;
}

const comparable = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

export function extractHtml(html: string): CleanDocument {
  const root = parseHtml(html);
  return withPageSummary(extractFromTree(root, html), root);
}

/**
 * A body yielding fewer characters than this holds no account of the page (a script-built page, a snapshot cut
 * before its content): the page's own summary stands in for it.
 */
export const MAX_CHARS_WITHOUT_SUMMARY = 150;
/** A summary shorter than this is a slogan or a site name, not an account of the page. */
export const MIN_SUMMARY_CHARS = 50;

/** The page's description (`<meta name=description>`, else og:description) heads a text that is all but empty. */
function withPageSummary(doc: CleanDocument, root: DomElement): CleanDocument {
  const chars = doc.paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (chars === 0 || chars >= MAX_CHARS_WITHOUT_SUMMARY) return doc;
  const description = (name: string) => findElement(root, (e) => e.name === 'meta' && (e.attribs.name === name || e.attribs.property === name))?.attribs.content;
  const summary = normaliseSpace(description('description') ?? description('og:description') ?? '');
  if (summary.length < MIN_SUMMARY_CHARS || doc.paragraphs.some((p) => comparable(p.text).includes(comparable(summary)))) return doc;
  return { ...doc, paragraphs: [{ text: summary, kind: 'p' }, ...doc.paragraphs] };
}

function extractFromTree(root: DomElement, html: string): CleanDocument {
  const meta = extractMetadata(root);
  const removed: RemovedBlock[] = [];
  const body = findElement(root, (e) => e.name === 'body') ?? root;
  // Read before pruning: JSON-LD scripts and microdata in hidden elements sit in the body too.
  const structured = readStructuredData(root);
  // Counted before pruning, which drops buttons and forms.
  const purchaseControls = findAll(body, isPurchaseControl).length;
  revealScriptlessCopies(body);
  revealHiddenWrappers(body);
  prune(body, removed, pageViewport(html));
  measure(body);
  const lang = (meta.langHint ?? 'und').slice(0, 2).toLowerCase();

  const declared = withShopGrid(declaredPageType(structured, ogTypeOf(root)) ?? shopPageType(purchaseControls), body);
  if (declared && declared !== 'article' && declared !== 'documentation') {
    const region = selectMainRegion(body, declared);
    if (declared === 'product') dropPurchaseWidgets(region, lang);
    // A short region result is checked against the article extractor: when the chrome rules took the whole region
    // (its wrapper named like a menu), the article extractor's container holds the content.
    const chosen = keptChars(region) >= MIN_EXTRACTED_CHARS ? region : bestOf(region, selectArticle(body, lang));
    return finish(meta, withoutCopies(withDeclaredDescription(chosen, declared, structured), body, declared), removed, declared);
  }
  const article = selectArticle(body, lang);
  if (declared) return finish(meta, article, removed, declared);
  // Nothing declared: the article extractor's result unless the main region holds far more text that no chrome rule
  // covers (a landing page's feature blocks, a listing's cards).
  // Compared by prose (non-link) characters, else the link lists around an article would outweigh it; a listing's
  // items are links, so there the whole text counts.
  // Repeated cards holding most of the page make it a listing when they also hold more text than the article
  // extractor keeps outside them (a news article beside a long rail of teasers keeps its body).
  // A grid right under the page's heading is the page's content whatever the article extractor finds beside it.
  if (isThread(body, article)) {
    const thread = selectMainRegion(body, 'forum');
    return finish(meta, withoutCopies(thread, body, 'forum'), removed, 'forum');
  }
  const headed = headsGrid(body);
  const cards = headed || looksLikeListing(body) ? listingCards(body).flat().filter((c) => !inSideChrome(c, body.stats?.chars ?? 0)) : [];
  const listing = cards.length > 0 && (headed || cardChars(cards) > keptCharsOutside(article, new Set(cards)));
  const region = selectMainRegion(body, listing ? 'listing' : 'service');
  const measureBy = listing ? keptChars : keptProseChars;
  if (listing || measureBy(article) < REGION_OVER_ARTICLE_RATIO * measureBy(region)) return finish(meta, withoutCopies(region, body, listing ? 'listing' : 'service'), removed, listing ? 'listing' : 'service');
  return finish(meta, article, removed, 'article');
}

/** Share of the page's text (outside its frame) a comment thread must hold to be what the page is about. */
export const MIN_THREAD_SHARE = 0.5;
/**
 * The most the article extractor may keep outside the thread, as a share of the thread's text, for the page to be the
 * thread: a link aggregator's submission is a title and a link, while a news or blog article keeps its own body
 * (extraction-dev: blog posts keep 0.25 and more of their comment threads' size, a Chinese news page 0.10).
 */
export const MAX_STORY_SHARE = 0.05;

/**
 * An undeclared page that is a discussion: its comment thread holds most of its text and the article extractor finds
 * nothing of size outside it (a link aggregator's thread under a submitted link). Its replies are then the content.
 */
function isThread(body: DomElement, article: Selection): boolean {
  const threads = commentThreads(body);
  if (!threads.length) return false;
  const threadChars = cardChars(threads);
  return threadChars >= MIN_THREAD_SHARE * pageTextChars(body) && keptCharsOutside(article, new Set(threads)) <= MAX_STORY_SHARE * threadChars;
}

/**
 * Share of the page's text in rows of priced cards (see pricedCardGroups) from which a page declared a service page
 * (its FAQ, its business) is a shop's listing: on pagetypes-dev the shops' category pages declared so hold 0.26–0.42,
 * service pages at most 0.02.
 */
export const MIN_SHOP_GRID_SHARE = 0.15;

/**
 * Priced cards side by side from which a page declared a product page is a category page: a product page's rails of
 * other products show a carousel or two (at most 16 cards on pagetypes-dev), a category's grid a few dozen.
 */
export const MIN_GRID_CARDS = 24;

/**
 * A shop's category page declares its FAQ or its business (FAQPage, LocalBusiness), or one product of its grid; its
 * grid of priced items makes it a listing.
 */
function withShopGrid(declared: PageType | null, body: DomElement): PageType | null {
  if (declared === 'product') return pricedCardGroups(body).some((g) => g.length >= MIN_GRID_CARDS) ? 'listing' : declared;
  if (declared !== 'service') return declared;
  const pageChars = body.stats?.chars ?? 0;
  return pageChars > 0 && cardChars(pricedCardGroups(body).flat()) >= MIN_SHOP_GRID_SHARE * pageChars ? 'listing' : declared;
}

/** The article extractor: explicit container, else Readability's candidate or the block classifier, edges trimmed. */
function selectArticle(body: DomElement, lang: string): Selection {
  const found = findContainers(body);
  // The Readability candidates and their selection are asked for up to twice below; computed once (nothing is
  // trimmed before the final choice, so one Selection can serve both).
  let candidates: DomElement[] | undefined;
  const readability = () => (candidates ??= readabilityCandidates(body).filter((c) => !inConsentDialog(c) && !inFooterOrMenu(c)));
  let readabilitySelection: Selection | undefined;
  const selectReadability = () => (readabilitySelection ??= selectContainer(collectBlocks(body, new Set(readability())), 'readability'));
  let selection: Selection | null = null;
  if (found) selection = selectContainer(collectBlocks(body, new Set(found.elements)), 'container');
  if (selection) {
    // A container much poorer than the Readability candidate elsewhere on the page was the wrong element
    // (a gallery's <article>, a product slider named "main"): +0.003 F1 on extraction-dev.
    if (readability().length && !readability().some((c) => found!.elements.includes(c))) {
      const other = selectReadability();
      if (keptChars(other) > keptChars(selection) * CONTAINER_OVERRIDE_RATIO) selection = other;
    }
  }
  if (!selection || keptChars(selection) < MIN_EXTRACTED_CHARS) {
    const plain = collectBlocks(body, new Set());
    const options: Selection[] = selection ? [selection] : [];
    if (readability().length) options.push(selectReadability());
    options.push(selectByClassifier(plain, lang));
    selection = options.reduce((a, b) => (keptChars(b) > keptChars(a) ? b : a));
    // A page of a few lines (a stub, a fragment) is its own content: keep what no rule and no link list claims.
    if (keptChars(selection) === 0) selection = selectAllText(plain);
  }
  if (selection.method !== 'blocks') trimEdges(selection, lang);
  return selection;
}

/** A UUID (RFC 9562's 8-4-4-4-12 hex form): an identifier, never words a reader reads. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const UUID_HEAD = /[0-9a-f]{8}-[0-9a-f]{4}-/i;
/**
 * A block mostly made of UUIDs is markup noise that reached the text: a shop interleaves them with the letters of a
 * label (one letter shown, one identifier moved off screen by CSS) so that copies of the page do not read it.
 */
function isIdentifierRun(text: string): boolean {
  if (text.length < 36 || !UUID_HEAD.test(text)) return false;
  let n = 0;
  for (const m of text.matchAll(UUID)) n += m[0].length;
  return n > text.length / 2;
}

/**
 * Pages made of items (a thread's posts, a listing's cards, a product's panels) show a block twice as a copy: the
 * layout's mobile and desktop versions of one card or section, a reply quoting an earlier post, a sticky bar
 * repeating the product's name. A reader reads it once. Two items of a listing may share a value (a city, a date)
 * without one copying the other, so a repetition in another card stays, unless it is a quotation. Articles and
 * documentation repeat lines on purpose (refrains, code) and are left as they are.
 */
const ITEM_PAGE_TYPES: ReadonlySet<PageType> = new Set(['forum', 'listing', 'product']);
/**
 * Shorter blocks (Latin-equivalent characters, punctuation and spaces left out) repeat by coincidence: one price, one
 * label ("Free", "$22", "In stock"); from two words on (a name, a title, a sentence) a repetition within one item is a
 * copy (pagetypes-dev F1: 0.806 at 10 and 15, 0.805 at 20).
 */
export const MIN_DUPLICATE_CHARS = 10;

/** The selection with every kept block that repeats an earlier kept block of the same item dropped as 'duplicate'. */
function withoutCopies(s: Selection, body: DomElement, pageType: PageType): Selection {
  if (!ITEM_PAGE_TYPES.has(pageType)) return s;
  const cardOf = new Map<DomElement, { group: number; card: number }>();
  listingCards(body).forEach((cards, group) => cards.forEach((c, card) => cardOf.set(c, { group, card })));
  const placeOf = (e: DomElement) => {
    if (cardOf.size) for (let p: DomElement | null = e; p; p = p.parent) { const at = cardOf.get(p); if (at) return at; }
    return null;
  };
  // Per text: the card group of its first occurrence (null outside the cards) and the cards that show it.
  const seen = new Map<string, { group: number | null; cards: Set<number> }>();
  s.blocks.forEach((b, i) => {
    if (!s.keep[i]) return;
    const key = comparable(b.text);
    if (effectiveLength(key) < MIN_DUPLICATE_CHARS) return;
    const at = placeOf(b.element);
    const known = seen.get(key);
    if (!known) { seen.set(key, { group: at?.group ?? null, cards: new Set(at ? [at.card] : []) }); return; }
    const anotherItem = !!at && known.group === at.group && !known.cards.has(at.card);
    if (anotherItem && b.kind !== 'quote') { known.cards.add(at.card); return; }
    s.keep[i] = false;
    s.reasons[i] = 'duplicate';
  });
  return s;
}

function finish(meta: ReturnType<typeof extractMetadata>, selection: Selection, removed: RemovedBlock[], pageType: PageType): CleanDocument {

  const titleKey = meta.title ? comparable(meta.title) : null;
  const paragraphs: CleanParagraph[] = [];
  let titleSeen = false;
  selection.blocks.forEach((b, i) => {
    let reason = selection!.reasons[i];
    // The headline is metadata: drop its first repetition in the text (h1 or a bold first line).
    if (!reason && isIdentifierRun(b.text)) reason = 'low-text-density';
    if (!reason && !titleSeen && titleKey && paragraphs.length < 3 && comparable(b.text) === titleKey) { reason = 'title-repeat'; titleSeen = true; }
    if (reason) {
      if (b.text.length >= MIN_AUDIT_CHARS) removed.push({ text: b.text, reason });
      return;
    }
    paragraphs.push({ text: b.text, kind: b.kind });
  });

  return { ...meta, paragraphs, removed, method: selection.method, pageType };
}
