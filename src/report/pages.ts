// The live views of `serve`, one function per URL, each answered from queries sized to the page (src/store/browse.ts).
// Filters are plain GET forms and pages plain links, so every view works with the keyboard and without script.
import type { DB } from '../store/store.ts';
import { articleView, articlesPage, claimsPage, entitiesPage, factsPage, languages, overview, type Page } from '../store/browse.ts';
import { escapeHtml as e, highlightOnce } from './escape.ts';
import { formatInterval } from './format.ts';
import { TOGGLE_JS, articleBody, factCard, frame, overviewBody } from './html.ts';

/** Rows per page of each list: a screenful or two, and a query that stays in the milliseconds at 10,000 pages. */
const FACTS_PER_PAGE = 20;
const ROWS_PER_PAGE = 50;
/** Search results shown per kind on the combined search page (each kind links on to its full list). */
const SEARCH_RESULTS_PER_KIND = 10;

const VIEWS: Array<[string, string]> = [['/', 'Overview'], ['/facts', 'Facts'], ['/claims', 'Claims'], ['/entities', 'Entities'], ['/articles', 'Articles']];

function nav(current: string, query = ''): string {
  const links = VIEWS.map(([href, label]) => `<a href="${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a>`).join('');
  return `<nav aria-label="Views">${links}</nav><form role="search" action="/search"><label>Search <input type="search" name="q" value="${e(query)}" placeholder="any language"></label> <button>Search</button></form>`;
}

const claimHref = (articleId: number, claimId: number) => `/article/${articleId}#claim-${claimId}`;

function qs(params: Record<string, string | number | undefined>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
}

function pager<T>(path: string, page: Page<T>, params: Record<string, string | undefined>): string {
  const last = Math.max(1, Math.ceil(page.total / page.pageSize));
  const link = (p: number, label: string, rel: string) => `<a href="${path}${qs({ ...params, page: p })}" rel="${rel}">${label}</a>`;
  return `<nav class="pager" aria-label="Pages">${page.page > 1 ? link(page.page - 1, '← previous', 'prev') : ''}<span>page ${page.page} of ${last} · ${page.total} in all</span>${page.page < last ? link(page.page + 1, 'next →', 'next') : ''}</nav>`;
}

function select(name: string, label: string, options: string[], current: string | undefined): string {
  const opts = options.map((o) => `<option value="${e(o)}"${o === current ? ' selected' : ''}>${e(o || 'all')}</option>`).join('');
  return `<label>${label} <select name="${name}">${opts}</select></label>`;
}

export type Params = URLSearchParams;
const pageOf = (p: Params) => Number(p.get('page') ?? 1) || 1;
const opt = (p: Params, name: string) => p.get(name)?.trim() || undefined;

export function overviewPage(db: DB): string {
  return frame('claimscope · overview', nav('/'), `<h1>Overview</h1>${overviewBody(overview(db))}
<p><a href="/facts?verdict=conflict">Conflicting facts</a> · <a href="/facts">all facts</a> · <a href="/articles">all articles</a></p>`);
}

export function factsView(db: DB, p: Params): string {
  const verdictParam = opt(p, 'verdict');
  const verdict = verdictParam === 'agree' || verdictParam === 'conflict' ? (verdictParam as 'agree' | 'conflict') : undefined;
  const filter = { verdict, entity: opt(p, 'entity'), lang: opt(p, 'lang') };
  const page = factsPage(db, { ...filter, page: pageOf(p), pageSize: FACTS_PER_PAGE });
  const form = `<form class="filters" action="/facts">${select('verdict', 'Verdict', ['', 'conflict', 'agree'], verdict)}
${select('lang', 'Language', ['', ...languages(db)], filter.lang)}<label>Entity <input name="entity" value="${e(filter.entity ?? '')}"></label> <button>Filter</button></form>`;
  const cards = page.rows.map((f) => factCard(f, claimHref)).join('\n') || '<p>No facts match.</p>';
  return frame('claimscope · facts', nav('/facts'), `<h1>Facts across articles</h1>${form}${cards}${pager('/facts', page, filter)}`);
}

export function claimsView(db: DB, p: Params): string {
  const filter = { lang: opt(p, 'lang'), entity: opt(p, 'entity'), q: opt(p, 'q') };
  const page = claimsPage(db, { lang: filter.lang, entity: filter.entity, query: filter.q, page: pageOf(p), pageSize: ROWS_PER_PAGE });
  const form = `<form class="filters" action="/claims">${select('lang', 'Language', ['', ...languages(db)], filter.lang)}
<label>Entity <input name="entity" value="${e(filter.entity ?? '')}"></label><label>Text <input name="q" value="${e(filter.q ?? '')}"></label> <button>Filter</button></form>`;
  const rows = page.rows.map((c) => `<tr><td>${e(c.entity ?? '')}</td><td>${e(c.measure)}</td><td class="num">${e(formatInterval(c.value, c.low, c.high, c.unit))}</td>`
    + `<td>${e(c.time ?? '')}</td><td>${e(c.lang)}</td><td lang="${e(c.lang)}"><a href="${claimHref(c.articleId, c.id)}">${highlightOnce(c.text, c.quantityText)}</a></td></tr>`).join('');
  return frame('claimscope · claims', nav('/claims'), `<h1>Claims</h1>${form}<div class="table-wrap"><table><thead><tr><th scope="col">entity</th><th scope="col">measure</th><th scope="col">value</th><th scope="col">time</th><th scope="col">lang</th><th scope="col">sentence</th></tr></thead><tbody>${rows}</tbody></table></div>${pager('/claims', page, filter)}`);
}

export function entitiesView(db: DB, p: Params): string {
  const q = opt(p, 'q');
  const page = entitiesPage(db, { query: q, page: pageOf(p), pageSize: ROWS_PER_PAGE });
  const rows = page.rows.map((x) => `<tr><td><a href="/facts${qs({ entity: x.canonical })}">${e(x.canonical)}</a></td><td>${e(x.type)}</td><td class="num">${x.articles}</td><td class="num">${x.mentions}</td><td>${e(x.forms ?? '')}</td></tr>`).join('');
  return frame('claimscope · entities', nav('/entities'), `<h1>Entities</h1><form class="filters" action="/entities"><label>Name or surface form <input name="q" value="${e(q ?? '')}"></label> <button>Filter</button></form>
<div class="table-wrap"><table><thead><tr><th scope="col">entity</th><th scope="col">type</th><th scope="col">articles</th><th scope="col">mentions</th><th scope="col">surface forms</th></tr></thead><tbody>${rows}</tbody></table></div>${pager('/entities', page, { q })}`);
}

function articleRows(rows: Page<{ id: number; path: string; title: string | null; lang: string | null; script: string | null; claims: number; snippet: string | null }>['rows']): string {
  return rows.map((a) => `<tr><td><a href="/article/${a.id}">${e(a.title ?? a.path)}</a><div class="meta">${e(a.path)}</div>${a.snippet ? `<div lang="${e(a.lang ?? 'und')}">${e(a.snippet)}</div>` : ''}</td>`
    + `<td>${e(a.lang ?? '—')}${a.script ? '-' + e(a.script) : ''}</td><td class="num">${a.claims}</td></tr>`).join('');
}

const ARTICLE_TABLE_HEAD = '<thead><tr><th scope="col">article</th><th scope="col">lang</th><th scope="col">claims</th></tr></thead>';

export function articlesView(db: DB, p: Params): string {
  const filter = { lang: opt(p, 'lang'), q: opt(p, 'q') };
  const page = articlesPage(db, { lang: filter.lang, query: filter.q, page: pageOf(p), pageSize: ROWS_PER_PAGE });
  const form = `<form class="filters" action="/articles">${select('lang', 'Language', ['', ...languages(db)], filter.lang)}<label>Text <input name="q" value="${e(filter.q ?? '')}"></label> <button>Filter</button></form>`;
  return frame('claimscope · articles', nav('/articles'), `<h1>Articles</h1>${form}<div class="table-wrap"><table>${ARTICLE_TABLE_HEAD}<tbody>${articleRows(page.rows)}</tbody></table></div>${pager('/articles', page, filter)}`);
}

export function searchView(db: DB, p: Params): string {
  const q = opt(p, 'q') ?? '';
  if (!q) return frame('claimscope · search', nav('', q), '<h1>Search</h1><p>Type a word or a phrase in any language and script.</p>');
  const articles = articlesPage(db, { query: q, pageSize: SEARCH_RESULTS_PER_KIND });
  const claims = claimsPage(db, { query: q, pageSize: SEARCH_RESULTS_PER_KIND });
  const claimItems = claims.rows.map((c) => `<li lang="${e(c.lang)}"><a href="${claimHref(c.articleId, c.id)}">${highlightOnce(c.text, c.quantityText)}</a> <span class="meta">${e(c.path)}</span></li>`).join('');
  return frame(`claimscope · search: ${q}`, nav('', q), `<h1>Search: ${e(q)}</h1>
<h2 id="article-results">Articles (${articles.total})</h2><div class="table-wrap"><table>${ARTICLE_TABLE_HEAD}<tbody>${articleRows(articles.rows)}</tbody></table></div>
${articles.total > articles.rows.length ? `<p><a href="/articles${qs({ q })}">all ${articles.total} articles</a></p>` : ''}
<h2 id="claim-results">Claims (${claims.total})</h2><ul>${claimItems}</ul>${claims.total > claims.rows.length ? `<p><a href="/claims${qs({ q })}">all ${claims.total} claims</a></p>` : ''}`);
}

/** The article view, or undefined when there is no such article. */
export function articlePage(db: DB, id: number): string | undefined {
  const a = articleView(db, id);
  if (!a) return undefined;
  return frame(`claimscope · ${a.title ?? a.path}`, nav(''), articleBody(a), TOGGLE_JS);
}
