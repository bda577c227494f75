// The report file: one self-contained HTML page (no network, no external asset) with the overview, the facts and the
// articles they cite; inline JS only shows, hides and filters. Also the same views as a folder of linked pages.
import type { DB } from '../store/store.ts';
import { articleView, factsPage, overview } from '../store/browse.ts';
import type { ArticleView, Fact, ReportData } from './data.ts';
import { escapeHtml as e } from './escape.ts';
import { TOGGLE_JS, articleBody, factCard, frame, overviewBody } from './html.ts';

const ROUTER_JS = `(function(){function route(){var h=location.hash||'#/';var m=h.match(/^#\\/article\\/(\\d+)/);
document.querySelectorAll('section.view').forEach(function(s){s.classList.remove('active')});
var id=m?'article-'+m[1]:(h.indexOf('#/compare')===0?'compare':'overview');var s=document.getElementById(id)||document.getElementById('overview');s.classList.add('active');
if(m){var c=h.match(/claim=(\\d+)/);if(c){var el=document.getElementById('claim-'+c[1]);if(el){el.classList.add('focus');el.scrollIntoView();}}}}
function filter(){var en=document.getElementById('f-entity').value,la=document.getElementById('f-lang').value,ve=document.getElementById('f-verdict').value;
document.querySelectorAll('#compare .card').forEach(function(c){var ok=(!en||c.dataset.entity===en)&&(!ve||c.dataset.verdict===ve)&&(!la||(' '+c.dataset.langs+' ').indexOf(' '+la+' ')>=0);c.style.display=ok?'':'none'})}
window.addEventListener('hashchange',route);document.addEventListener('DOMContentLoaded',function(){route();
['f-entity','f-lang','f-verdict'].forEach(function(i){document.getElementById(i).addEventListener('change',filter)})});})();` + TOGGLE_JS;

const NAV = '<nav aria-label="Views"><a href="#/">Overview</a><a href="#/compare">Facts</a></nav>';

function omittedNote(d: ReportData): string {
  if (!d.omitted.facts) return '';
  return `<p class="note" role="note">This file holds ${d.facts.length} of ${d.facts.length + d.omitted.facts} facts (every conflict first, then the agreeing facts
reported by the most articles) and the articles they cite; ${d.omitted.facts} facts and ${d.omitted.articles} articles did not fit its size budget.
Browse everything with <code>claimscope serve</code>, or write every page with <code>claimscope report --out DIR/</code>.</p>`;
}

/** A fact's card as the file links it. */
export const fileFactCard = (fact: Fact) => factCard(fact, (articleId, claimId) => `#/article/${articleId}?claim=${claimId}`);
/** An article's view as the file holds it. */
export const fileArticleSection = (a: ArticleView) => `<section class="view" id="article-${a.id}">${articleBody(a)}</section>`;

export function renderReport(data: ReportData): string {
  const options = (xs: string[]) => xs.map((x) => `<option value="${e(x)}">${e(x)}</option>`).join('');
  const entities = [...new Set(data.facts.map((f) => f.entity))].sort();
  const langs = [...new Set(data.facts.flatMap((f) => f.claims.map((c) => c.lang)))].sort();
  const cards = data.facts.map(fileFactCard).join('\n');
  const main = `<section class="view" id="overview"><h1>Overview</h1><p class="meta">database ${e(data.dbPath)} · generated ${e(data.generatedAt)}</p>
${omittedNote(data)}${overviewBody(data.overview)}</section>
<section class="view" id="compare"><h1>Facts across articles</h1>${omittedNote(data)}<div class="filters">
<label>Entity <select id="f-entity"><option value="">all</option>${options(entities)}</select></label>
<label>Language <select id="f-lang"><option value="">all</option>${options(langs)}</select></label>
<label>Verdict <select id="f-verdict"><option value="">all</option><option value="agree">agree</option><option value="conflict">conflict</option></select></label></div>
${cards || '<p>No claim groups.</p>'}</section>
${data.articles.map(fileArticleSection).join('\n')}`;
  return frame('claimscope report', NAV, main, ROUTER_JS);
}

/** Facts per page of the folder version. */
const FOLDER_FACTS_PER_PAGE = 100;

/**
 * Every view as linked static pages, for a corpus too large for one file: index.html (overview), facts-N.html and
 * article-ID.html for each article a fact cites. Yields [file name, html]; the caller writes them.
 */
export function* reportFolderPages(db: DB, options: { entity?: string } = {}): Generator<[string, string]> {
  const nav = (pages: number) => `<nav aria-label="Views"><a href="index.html">Overview</a><a href="facts-1.html">Facts</a> <span>(${pages} pages)</span></nav>`;
  const first = factsPage(db, { entity: options.entity, pageSize: FOLDER_FACTS_PER_PAGE });
  const pages = Math.max(1, Math.ceil(first.total / FOLDER_FACTS_PER_PAGE));
  yield ['index.html', frame('claimscope report', nav(pages), `<h1>Overview</h1>${overviewBody(overview(db))}`)];
  const cited = new Set<number>();
  for (let page = 1; page <= pages; page++) {
    const batch = page === 1 ? first : factsPage(db, { entity: options.entity, page, pageSize: FOLDER_FACTS_PER_PAGE });
    for (const f of batch.rows) for (const c of f.claims) cited.add(c.articleId);
    const links = `<nav class="pager" aria-label="Pages">${page > 1 ? `<a rel="prev" href="facts-${page - 1}.html">← previous</a>` : ''}<span>page ${page} of ${pages}</span>${page < pages ? `<a rel="next" href="facts-${page + 1}.html">next →</a>` : ''}</nav>`;
    const cards = batch.rows.map((f) => factCard(f, (articleId, claimId) => `article-${articleId}.html#claim-${claimId}`)).join('\n');
    yield [`facts-${page}.html`, frame(`claimscope report · facts ${page}`, nav(pages), `<h1>Facts across articles</h1>${cards || '<p>No claim groups.</p>'}${links}`)];
  }
  for (const id of cited) {
    const view = articleView(db, id);
    if (view) yield [`article-${id}.html`, frame(`claimscope · ${view.title ?? view.path}`, nav(pages), articleBody(view), TOGGLE_JS)];
  }
}
