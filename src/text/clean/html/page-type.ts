// What kind of page this is, decided before cleaning, because the main content differs by kind: the body text of
// an article, the posts (with their authors) of a forum thread, the description and specifications of a product,
// the items of a listing. Evidence, most explicit first (as trafilatura and rs-trafilatura do): the schema.org
// types the page declares (JSON-LD, microdata) and og:type; a page that declares none is typed by the extractor
// (extract.ts) from what its main region holds and from its structure (many repeated sibling cards: a listing).
import type { PageType, RemovalReason } from '../../../types.ts';
import { WRAPPER_TEXT_SHARE, holdsPageHeading } from './blocks-dom.ts';
import { chromeReason } from './rules.ts';
import { commonAncestor, findElement, isElement, textOf, type DomElement } from './dom.ts';
import type { StructuredData } from './structured-data.ts';

/** schema.org types that make a page a forum thread or a question with its answers. */
const FORUM_TYPES = ['DiscussionForumPosting', 'QAPage', 'SocialMediaPosting'];
/** Types of a news or blog article: their comments are reader reactions, not the content. */
const ARTICLE_TYPES = ['NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'Report', 'ScholarlyArticle', 'LiveBlogPosting'];
/** (OfferCatalog is left out: it lists what a business offers, declared beside its product and service pages.) */
const LISTING_TYPES = ['ItemList', 'CollectionPage', 'SearchResultsPage'];
const DOCUMENTATION_TYPES = ['TechArticle', 'APIReference'];
const SERVICE_TYPES = ['Service', 'FAQPage', 'ProfessionalService', 'LocalBusiness', 'ContactPage', 'AboutPage'];
/** Several Product entities on one page are a product grid (a category page), one is a product page. */
const MIN_PRODUCTS_FOR_LISTING = 3;
/** Comments (microdata or JSON-LD) that make an untyped page a thread: a post and its replies. */
const MIN_COMMENTS_FOR_FORUM = 2;

/**
 * Repeated sibling cards: at least this many children of one element sharing tag and class, each holding a link.
 * Ten-item "related" rails exist on article pages too, so the cards must also hold most of the page's text.
 */
export const MIN_REPEATED_ITEMS = 6;
/**
 * Share of the cards that must hold a link: every item of a listing links to its page, while an article's paragraphs
 * (siblings sharing a tag too) link here and there.
 */
export const MIN_LINKED_CARD_SHARE = 0.8;
/** Share of the page's text the repeated cards must hold for the page to be a listing. */
export const MIN_REPEATED_TEXT_SHARE = 0.4;

const has = (sd: StructuredData, names: string[]) => names.some((n) => sd.typeCounts.has(n));
const count = (sd: StructuredData, name: string) => sd.typeCounts.get(name) ?? 0;

/** The page type from metadata alone, or null when the page declares nothing decisive. */
export function declaredPageType(sd: StructuredData, ogType: string | null): PageType | null {
  const og = (ogType ?? '').toLowerCase().replace(':', '.');
  if (has(sd, FORUM_TYPES)) return 'forum';
  if (count(sd, 'Question') && count(sd, 'Answer') && !has(sd, ['FAQPage'])) return 'forum';
  // Replies declared one by one are a thread's posts, whatever type the opening post declares (a forum engine may
  // call it an Article); a news site's reader comments load by script and are not in its structured data.
  if (count(sd, 'Comment') >= MIN_COMMENTS_FOR_FORUM) return 'forum';
  // An article that reviews a product or embeds a list is still an article; so is a critic's review, which is what
  // the page is about when Review is a top-level object (customer reviews sit inside a Product).
  if (has(sd, ARTICLE_TYPES) || sd.topTypes.has('Review')) return 'article';
  // Variants and accessories nested in a product are that product's page; a listing's products stand side by side.
  const products = count(sd, 'Product') + count(sd, 'ProductGroup') - sd.nestedProducts;
  if (has(sd, LISTING_TYPES) || products >= MIN_PRODUCTS_FOR_LISTING || og === 'product.group') return 'listing';
  if (products > 0 || og.startsWith('product')) return 'product';
  if (has(sd, DOCUMENTATION_TYPES)) return 'documentation';
  if (has(sd, SERVICE_TYPES)) return 'service';
  return null;
}

/** A class attribute's first class name (`split(/\s+/)[0]`, '' when it starts with a space), without splitting it all. */
function firstClass(cls: string): string {
  const end = cls.search(/\s/);
  return end < 0 ? cls : cls.slice(0, end);
}

const tagAndClass = (e: DomElement) => e.name + ' ' + firstClass(e.attribs.class ?? '');
const tagOnly = (e: DomElement) => e.name;

/** Groups of at least `minItems` children of one element sharing a key (tag and first class name) that `accept` takes. */
function siblingGroups(root: DomElement, minItems: number, accept: (cards: DomElement[]) => boolean, keyOf = tagAndClass): DomElement[][] {
  const found: DomElement[][] = [];
  const visit = (e: DomElement) => {
    const groups = new Map<string, DomElement[]>();
    for (const c of e.children) {
      if (!isElement(c) || c.type !== 'tag') continue;
      const key = keyOf(c);
      const g = groups.get(key);
      if (g) g.push(c); else groups.set(key, [c]);
      visit(c);
    }
    for (const g of groups.values()) if (g.length >= minItems && accept(g)) found.push(g);
  };
  visit(root);
  return found;
}

/**
 * The groups found under each root: the extractor asks for the body's up to three times (is it a listing, its cards,
 * the main region's cards), always after measuring it, and the tree does not change after that. Shared: not to be changed.
 */
const cardGroupsOf = new WeakMap<DomElement, DomElement[][]>();

/** Groups of repeated sibling cards under `root` (see MIN_REPEATED_ITEMS), each a list of the card elements. */
export function repeatedCardGroups(root: DomElement): DomElement[][] {
  const known = cardGroupsOf.get(root);
  if (known) return known;
  const found = siblingGroups(root, MIN_REPEATED_ITEMS, (g) => {
    let withText = 0, withLink = 0;
    for (const c of g) {
      if (!c.stats?.chars) continue;
      withText++;
      if (c.stats.linkChars > 0 || c.name === 'a') withLink++;
    }
    return withLink >= MIN_REPEATED_ITEMS && withLink >= MIN_LINKED_CARD_SHARE * withText;
  });
  cardGroupsOf.set(root, found);
  return found;
}

/**
 * A price: a currency sign (Unicode category Sc) or an ISO 4217 code of a widely used currency beside a number.
 * Codes: the currencies CLDR lists first for the largest e-commerce markets.
 */
const PRICE = /(?:\p{Sc}|\b(?:EUR|USD|GBP|CHF|JPY|CNY|AUD|CAD|SEK|NOK|DKK|PLN|CZK|HUF|INR|BRL|MXN|AED|SAR|ZAR|SGD|HKD|NZD|KRW|TRY)\b)\s?\d|\d\s?\p{Sc}/u;
/** Priced cards repeated side by side: three is the smallest row of a carousel or a "compare with" strip. */
export const MIN_PRICED_CARDS = 3;
/** Share of a group's cards that must show a price (a sold-out card shows none). */
export const MIN_PRICED_SHARE = 0.75;

/**
 * Rows of sibling cards that each show a price: on a product page these are other products (similar items, "also
 * viewed", sponsored strips) or the same price in other currencies, never the product's description. A row holding
 * the page's <h1> is the product itself. Siblings are grouped by tag alone: a carousel marks its current card with a
 * class of its own ("active", "selected").
 */
export function pricedCardGroups(root: DomElement): DomElement[][] {
  return siblingGroups(root, MIN_PRICED_CARDS, (g) => {
    let priced = 0;
    for (const c of g) {
      if (!c.stats?.chars) continue;
      if (findElement(c, (e) => e.name === 'h1')) return false;
      if (PRICE.test(textOf(c))) priced++;
    }
    return priced >= MIN_PRICED_CARDS && priced >= MIN_PRICED_SHARE * g.length;
  }, tagOnly);
}

const groupChars = (g: DomElement[]) => g.reduce((n, c) => n + (c.stats?.chars ?? 0), 0);

/** Chrome that frames every page of a site (menus, footers, banners): its text is not the page's. */
const FRAME_REASONS: ReadonlySet<RemovalReason> = new Set(['nav', 'footer', 'cookie', 'breadcrumb']);

/** Landmarks whose repeated links are menus, never a listing's items. */
const MENU_TAGS = new Set(['nav', 'header', 'footer']);
/**
 * An element a frame rule names (FRAME_REASONS: menu, footer, cookie banner, breadcrumb) that is not a layout wrapper:
 * a wrapper holds most of the page and its heading or main landmark; a mega-menu may hold most of the page too.
 */
function isFrame(e: DomElement, pageChars: number, reasons: ReadonlySet<RemovalReason> = FRAME_REASONS): boolean {
  const r = chromeReason(e, false);
  if (!r || !reasons.has(r)) return false;
  return (e.stats?.chars ?? 0) <= WRAPPER_TEXT_SHARE * pageChars || !holdsPageHeading(e);
}

const NAV_REASON: ReadonlySet<RemovalReason> = new Set(['nav']);
/** Inside a menu landmark, or an element named like a menu that is not a page-wide layout wrapper. */
const inMenu = (e: DomElement, pageChars: number) => {
  for (let p: DomElement | null = e; p && p.attribs; p = p.parent) {
    if (MENU_TAGS.has(p.name) || p.attribs.role === 'navigation' || isFrame(p, pageChars, NAV_REASON)) return true;
  }
  return false;
};
/** Card groups at least this share of the largest one's text are items too (a grid split into rows or sections). */
export const MIN_CARD_GROUP_SHARE = 0.5;

/** The item cards of a listing: the largest repeated card group outside menus, and groups nearly as large. */
export function listingCards(root: DomElement): DomElement[][] {
  const pageChars = root.stats?.chars ?? 0;
  const groups = repeatedCardGroups(root).filter((g) => !inMenu(g[0], pageChars));
  const largest = groups.reduce((best, g) => Math.max(best, groupChars(g)), 0);
  return groups.filter((g) => groupChars(g) >= MIN_CARD_GROUP_SHARE * largest);
}

/** Characters of the largest group of repeated sibling cards under `root`. */
export function repeatedCardChars(root: DomElement): number {
  return repeatedCardGroups(root).reduce((best, g) => Math.max(best, groupChars(g)), 0);
}

/**
 * Characters of the page outside its frame (menus, footer, cookie banner; see FRAME_REASONS): a shop's mega-menu can
 * hold more text than the product grid. A frame rule on an element holding most of the page names a layout wrapper.
 */
function unframedChars(e: DomElement, pageChars: number): number {
  let n = 0;
  for (const c of e.children) {
    if (c.type === 'text') { n += c.chars ?? 0; continue; }
    if (!isElement(c) || !c.stats?.chars) continue;
    if (isFrame(c, pageChars)) continue;
    n += unframedChars(c, pageChars);
  }
  return n;
}

/**
 * Under the page's heading, the text outside links and outside a card group may be at most this share of the group's
 * text for the heading to introduce the group (a category page's title and blurb over its grid). Under an article's
 * headline the article's prose runs longer than the grid of recommendations below it (zh-dev: a news page with
 * 2,900 characters of recommendations beside 2,600 of article).
 */
export const MAX_PROSE_BESIDE_GRID = 0.5;

/** The page's <h1> introduces one of its card groups: they share an element holding little prose besides the cards. */
export function headsGrid(body: DomElement): boolean {
  const pageChars = body.stats?.chars ?? 0;
  const h1 = findElement(body, (e) => e.name === 'h1' && !inMenu(e, pageChars));
  // A heading that is a link is the site's name over its logo, not the page's title.
  if (!h1 || 2 * (h1.stats?.linkChars ?? 0) > (h1.stats?.chars ?? 0)) return false;
  return listingCards(body).some((cards) => {
    const shared = commonAncestor([h1, cards[0]]);
    if (!shared || shared === body) return false;
    const prose = (e: DomElement) => (e.stats?.chars ?? 0) - (e.stats?.linkChars ?? 0);
    const proseBeside = prose(shared) - cards.reduce((n, c) => n + prose(c), 0);
    return proseBeside <= MAX_PROSE_BESIDE_GRID * groupChars(cards);
  });
}

/** Repeated cards hold most of the page's text outside its menus and footer. */
export function looksLikeListing(body: DomElement): boolean {
  const pageChars = body.stats?.chars ?? 0;
  return pageChars > 0 && repeatedCardChars(body) >= MIN_REPEATED_TEXT_SHARE * unframedChars(body, pageChars);
}

/**
 * The outermost elements a class, id or tag names as a comment thread (see rules.ts), outside the page's frame. One
 * that holds the page's heading or main landmark is a layout wrapper named for the site's discussions: looked into.
 */
export function commentThreads(body: DomElement): DomElement[] {
  const pageChars = body.stats?.chars ?? 0;
  const out: DomElement[] = [];
  const visit = (e: DomElement) => {
    for (const c of e.children) {
      if (!isElement(c) || c.type !== 'tag' || !c.stats?.chars) continue;
      if (isFrame(c, pageChars)) continue;
      if (chromeReason(c, false) === 'comment-chrome' && !holdsPageHeading(c)) out.push(c);
      else visit(c);
    }
  };
  visit(body);
  return out;
}

/** Characters of the page outside its frame (see unframedChars). */
export const pageTextChars = (body: DomElement) => unframedChars(body, body.stats?.chars ?? 0);
