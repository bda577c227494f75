// Page metadata: title, author, publication date, site name and the language the page declares.
// Evidence order for each field: Open Graph / article:* meta, then named meta (author, date, DC.*), then JSON-LD
// (schema.org NewsArticle and friends), then visible markup (<h1>, rel=author, <time datetime>, <title>).
import { findElement, isElement, normaliseSpace, textOf, type DomElement } from './dom.ts';
import { attrTokens } from './rules.ts';
import { jsonLdValues } from './structured-data.ts';

export interface PageMetadata {
  title: string | null;
  author: string | null;
  published: string | null;
  siteName: string | null;
  langHint: string | null;
  /**
   * The page's own address: `<link rel=canonical>`, else `og:url`, resolved as the WHATWG URL standard does against the
   * page's base (`<base href>`, else its absolute og:url). A reference the page gives no base for (`/a/b`) stays
   * relative: the store resolves it against the address the page was fetched from, when the input says (a WARC record).
   */
  url: string | null;
}

/** An author value that is a URL (article:author often is) or an obvious placeholder is no name. */
const NOT_A_NAME = /^(?:https?:|www\.|\/)|^(?:admin|administrator|redaktion|editor|staff|unknown)$/i;
/** Class names of the element holding the author's name, in the languages of the web's big CMSs. */
const AUTHOR_CLASS = /(?:^|\s)(?:author|autor|auteur|autore|byline)(?:-?name)?(?:\s|$)/i;
/**
 * A necessary condition for AUTHOR_CLASS that costs no regular expression: the lowercased class and id (kept on the
 * element) contain "aut" or "byline". The author search tests every element of pages that have none (2% of clean).
 */
const mayNameAuthor = (e: DomElement) => {
  const tokens = attrTokens(e);
  return tokens.includes('aut') || tokens.includes('byline');
};
/** Longest plausible author string; longer values are sentences or lists that leaked into the field. */
const MAX_AUTHOR_CHARS = 120;

function metaMap(metas: DomElement[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of metas) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? m.attribs['http-equiv'] ?? '').toLowerCase().trim();
    const value = m.attribs.content;
    if (key && value && !map.has(key)) map.set(key, normaliseSpace(value));
  }
  return map;
}

interface JsonLdFacts { headline?: string; author?: string; published?: string; publisher?: string }

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return undefined;
}

/** Facts from the first JSON-LD object that describes an article (or a web page, as a last resort). */
function jsonLd(root: DomElement): JsonLdFacts {
  const facts: JsonLdFacts = {};
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) { for (const n of node) visit(n, depth + 1); return; }
    const o = node as Record<string, unknown>;
    if (Array.isArray(o['@graph'])) visit(o['@graph'], depth + 1);
    const type = String(o['@type'] ?? '');
    if (!/Article|Posting|Report|Blog|NewsArticle|WebPage/i.test(type)) return;
    facts.headline ??= typeof o.headline === 'string' ? o.headline : undefined;
    facts.author ??= nameOf(o.author);
    facts.published ??= typeof o.datePublished === 'string' ? o.datePublished : undefined;
    facts.publisher ??= nameOf(o.publisher);
  };
  for (const value of jsonLdValues(root)) visit(value, 0);
  return facts;
}

/** Separators sites put between an article title and their own name in <title> ("Title | Site", "Title – Site"); not ':' (part of titles). */
const TITLE_SEPARATORS = /\s+[|–—·•\-»«/]\s+|\s*[|»«]\s*/;

/** A title minus a leading or trailing site name: the known site name when given, else the longer of the end parts. */
export function stripSiteSuffix(title: string, siteName: string | null, guess = true): string {
  const t = normaliseSpace(title);
  if (siteName) {
    const esc = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = t.replace(new RegExp(`\\s*[|–—·•:\\-»«/]\\s*${esc}\\s*$|^\\s*${esc}\\s*[|–—·•:\\-»«/]\\s*`, 'i'), '');
    if (stripped && stripped !== t) return stripped;
  }
  if (!guess) return t;
  const parts = t.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return t;
  // Site names sit at one end and are short: drop whichever end part is shorter.
  const first = parts[0], last = parts[parts.length - 1];
  const rest = first.length >= last.length ? parts.slice(0, -1) : parts.slice(1);
  const m = t.indexOf(rest[0]);
  const end = t.lastIndexOf(rest[rest.length - 1]) + rest[rest.length - 1].length;
  return m >= 0 && end > m ? t.slice(m, end) : t;
}

function cleanAuthor(a: string | undefined | null): string | null {
  if (!a) return null;
  const s = normaliseSpace(a).replace(/^(?:by|von|por|par|di|door|przez|от|作者[:：]?)\s+/i, '');
  if (!s || NOT_A_NAME.test(s) || s.length > MAX_AUTHOR_CHARS) return null;
  return s;
}

/** An absolute http(s) URL: the only kind of address a page can be fetched from. */
const WEB_URL = /^https?:$/;

/**
 * `href` resolved against `base` (WHATWG URL parsing), or null when the result is no http(s) URL. An absolute URL is
 * kept as written (`…/periodistas-váyanse.htm`, not its percent-encoded serialisation): it is for people to read.
 */
export function resolveWebUrl(href: string, base?: string | null): string | null {
  if (URL.canParse(href)) return WEB_URL.test(new URL(href).protocol) ? href : null;
  if (!base || !URL.canParse(href, base)) return null;
  const url = new URL(href, base);
  return WEB_URL.test(url.protocol) ? url.href : null;
}

/**
 * The first stated address, resolved against the first absolute base: an absolute http(s) URL; else a path reference
 * (`/a/b`, `a/b`, not `#x` or `javascript:`) kept as written, for the store to resolve against the fetched address.
 */
export function pageAddress(stated: Array<string | undefined>, bases: Array<string | undefined>): string | null {
  const base = bases.map((b) => b?.trim()).find((b) => b && resolveWebUrl(b)) ?? null;
  for (const href of stated.map((u) => u?.trim())) {
    if (!href) continue;
    const absolute = resolveWebUrl(href, base);
    if (absolute) return absolute;
    if (!base && !/^[a-z][a-z\d+.-]*:|^#/i.test(href)) return href;
  }
  return null;
}

const isAuthorElement = (e: DomElement) => e.attribs.rel === 'author' || e.attribs.itemprop === 'author' || (mayNameAuthor(e) && AUTHOR_CLASS.test(e.attribs.class ?? ''));

/** The elements the metadata comes from: every <meta>, and the first (in document order) of each other kind. */
interface MetadataElements {
  metas: DomElement[];
  html: DomElement | null;
  title: DomElement | null;
  h1: DomElement | null;
  /** rel=author, itemprop=author or an author-named class. */
  author: DomElement | null;
  /** A <time> with a datetime. */
  time: DomElement | null;
  head: DomElement | null;
}

/**
 * All of them in one walk of the tree, in the order findElement and findAll visit it: six searches of the whole page
 * (most of them to its end, on pages without an author element or a <time>) were a tenth of the HTML extractor's time.
 */
function metadataElements(root: DomElement): MetadataElements {
  const found: MetadataElements = { metas: [], html: null, title: null, h1: null, author: null, time: null, head: null };
  const visit = (node: DomElement) => {
    for (const e of node.children) {
      if (!isElement(e)) continue;
      const name = e.name;
      if (name === 'meta') found.metas.push(e);
      else if (name === 'html') found.html ??= e;
      else if (name === 'title') found.title ??= e;
      else if (name === 'h1') found.h1 ??= e;
      else if (name === 'head') found.head ??= e;
      else if (name === 'time' && !found.time && e.attribs.datetime) found.time = e;
      if (!found.author && isAuthorElement(e)) found.author = e;
      visit(e);
    }
  };
  visit(root);
  return found;
}

export function extractMetadata(root: DomElement): PageMetadata {
  const elements = metadataElements(root);
  const meta = metaMap(elements.metas);
  const ld = jsonLd(root);
  const { html, title: titleEl, h1 } = elements;

  const siteName = meta.get('og:site_name') ?? meta.get('application-name') ?? (ld.publisher ? normaliseSpace(ld.publisher) : null) ?? null;

  const ogTitle = meta.get('og:title') ?? meta.get('twitter:title') ?? meta.get('dc.title') ?? (ld.headline ? normaliseSpace(ld.headline) : undefined);
  const h1Text = h1 ? normaliseSpace(textOf(h1)) : '';
  const docTitle = titleEl ? normaliseSpace(textOf(titleEl)) : '';
  let title: string | null = null;
  if (ogTitle) title = stripSiteSuffix(ogTitle, siteName, false);
  else if (h1Text && h1Text.length >= 10 && h1Text.length <= 300) title = h1Text;
  else if (docTitle) title = stripSiteSuffix(docTitle, siteName);
  else if (h1Text) title = h1Text;

  const relAuthor = elements.author;
  const author = cleanAuthor(meta.get('author') ?? meta.get('article:author') ?? meta.get('dc.creator') ?? meta.get('sailthru.author') ?? meta.get('parsely-author'))
    ?? cleanAuthor(ld.author)
    ?? cleanAuthor(relAuthor ? textOf(relAuthor) : null);

  const timeEl = elements.time;
  const published = meta.get('article:published_time') ?? meta.get('og:published_time') ?? meta.get('datepublished')
    ?? meta.get('date') ?? meta.get('pubdate') ?? meta.get('publishdate') ?? meta.get('dc.date') ?? meta.get('dc.date.issued')
    ?? meta.get('dcterms.created') ?? meta.get('sailthru.date') ?? ld.published ?? timeEl?.attribs.datetime ?? null;

  // Only inside <head>, where the link belongs: a whole-document search would cost a full traversal on pages without one.
  const head = elements.head;
  const canonical = head ? findElement(head, (e) => e.name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(e.attribs.rel ?? '')) : null;
  const baseElement = head ? findElement(head, (e) => e.name === 'base' && !!e.attribs.href) : null;
  const url = pageAddress([canonical?.attribs.href, meta.get('og:url')], [baseElement?.attribs.href, meta.get('og:url')]);

  const lang = html?.attribs.lang ?? html?.attribs['xml:lang'] ?? meta.get('og:locale') ?? meta.get('content-language') ?? meta.get('language') ?? null;

  return {
    title: title || null,
    author,
    published: published ? published.trim() : null,
    siteName: siteName || null,
    langHint: lang ? lang.trim() || null : null,
    url,
  };
}

