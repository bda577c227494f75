// One self-contained HTML page: every view rendered and escaped server-side; inline JS only shows/hides.
import type { ReportArticle, ReportData } from './data.ts';
import { escapeHtml as e, highlightOnce } from './escape.ts';
import { formatInterval } from './format.ts';

// CJK fallbacks so zh/ja/ko text never falls back to tofu on a bare system.
const FONT_STACK = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "PingFang SC", "Microsoft YaHei", "Hiragino Sans", sans-serif`;
// Bars wider than this make the inline chart overflow a laptop screen.
const CHART_BAR_MAX_PX = 300;
// Enough to show the shape; the full list lives in the tables.
const CHART_MAX_ROWS = 12;

const CSS = `body{font-family:${FONT_STACK};margin:0;color:#222}nav{background:#234;padding:8px}nav a{color:#fff;margin-right:16px}
main{padding:16px}section.view{display:none}section.view.active{display:block}.card{border:2px solid #ccc;border-radius:6px;padding:10px;margin:10px 0}
.card.agree{border-color:#2a8a3a;background:#f0faf2}.card.conflict{border-color:#c0392b;background:#fdf1f0}.verdict{font-weight:bold}
.agree .verdict{color:#2a8a3a}.conflict .verdict{color:#c0392b}.sides{display:flex;gap:10px;flex-wrap:wrap}.side{flex:1 1 240px;border:1px solid #ddd;padding:6px;background:#fff}
mark.q{background:#ffe066}mark.q.focus{outline:3px solid #c0392b}mark.ent{background:#d6ecff}.removed{text-decoration:line-through;color:#888}.removed .reason{text-decoration:none;display:inline-block;margin-left:6px;color:#a33}
body.hide-removed .removed{display:none}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px}`;

const ROUTER_JS = `(function(){function route(){var h=location.hash||'#/';var m=h.match(/^#\\/article\\/(\\d+)/);
document.querySelectorAll('section.view').forEach(function(s){s.classList.remove('active')});
var id=m?'article-'+m[1]:(h.indexOf('#/compare')===0?'compare':'overview');var s=document.getElementById(id)||document.getElementById('overview');s.classList.add('active');
if(m){var c=h.match(/claim=(\\d+)/);if(c){var el=document.getElementById('claim-'+c[1]);if(el){el.classList.add('focus');el.scrollIntoView();}}}}
function filter(){var en=document.getElementById('f-entity').value,la=document.getElementById('f-lang').value,ve=document.getElementById('f-verdict').value;
document.querySelectorAll('#compare .card').forEach(function(c){var ok=(!en||c.dataset.entity===en)&&(!ve||c.dataset.verdict===ve)&&(!la||(' '+c.dataset.langs+' ').indexOf(' '+la+' ')>=0);c.style.display=ok?'':'none'})}
window.addEventListener('hashchange',route);document.addEventListener('DOMContentLoaded',function(){route();
['f-entity','f-lang','f-verdict'].forEach(function(i){document.getElementById(i).addEventListener('change',filter)});
var t=document.getElementById('toggle-removed');if(t)t.addEventListener('change',function(){document.body.classList.toggle('hide-removed',!t.checked)})});})();`;

function barChart(rows: Array<{ label: string; count: number }>, title: string): string {
  const shown = rows.slice(0, CHART_MAX_ROWS);
  const max = Math.max(1, ...shown.map((r) => r.count));
  const rowH = 20;
  const bars = shown.map((r, i) => {
    const w = Math.round((r.count / max) * CHART_BAR_MAX_PX);
    return `<text x="0" y="${i * rowH + 14}" font-size="12">${e(r.label)}</text><rect x="120" y="${i * rowH + 3}" width="${w}" height="14" fill="#4a7ab0"/><text x="${124 + w}" y="${i * rowH + 14}" font-size="12">${r.count}</text>`;
  }).join('');
  return `<figure><figcaption>${e(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${160 + CHART_BAR_MAX_PX}" height="${shown.length * rowH + 4}" role="img" aria-label="${e(title)}">${bars}</svg></figure>`;
}

function overview(d: ReportData): string {
  const o = d.overview;
  const langs = o.byLanguage.map((l) => ({ label: l.script ? `${l.lang}-${l.script}` : l.lang, count: l.count }));
  return `<section class="view" id="overview"><h1>Overview</h1>
<p>${o.articles} articles ingested · ${o.claims} claims · ${o.entities} entities · database ${e(d.dbPath)} · generated ${e(d.generatedAt)}</p>
${barChart(langs, 'Articles per language')}${barChart(o.claimsPerEntity.map((c) => ({ label: c.entity, count: c.count })), 'Claims per entity')}
<h2>Stages</h2><table><tr><th>stage</th><th>done</th><th>failed</th><th>skipped</th><th>stale</th></tr>${o.stages.map((s) => `<tr><td>${e(s.stage)}</td><td>${s.done}</td><td>${s.failed}</td><td>${s.skipped}</td><td>${s.stale}</td></tr>`).join('')}</table>
${o.failures.length ? `<h2>Failures</h2><ul>${o.failures.map((f) => `<li>${e(f.path)} · ${e(f.stage)}: ${e(f.message)}</li>`).join('')}</ul>` : ''}</section>`;
}

function compare(d: ReportData, entity?: string): string {
  const groups = entity ? d.groups.filter((g) => g.entity === entity) : d.groups;
  const articleByPath = new Map(d.articles.map((a) => [a.path, a.id]));
  const entities = [...new Set(groups.map((g) => g.entity))].sort();
  const langs = [...new Set(groups.flatMap((g) => g.claims.map((c) => c.lang)))].sort();
  const opts = (xs: string[]) => xs.map((x) => `<option value="${e(x)}">${e(x)}</option>`).join('');
  const cards = groups.map((g) => {
    const c0 = g.claims.find((c) => c.value !== null);
    const value = c0 ? formatInterval(c0.value, c0.low, c0.high, g.unit ?? c0.unit) : '—';
    const sides = g.claims.map((c) => {
      const articleId = articleByPath.get(c.path);
      const href = articleId === undefined ? '' : ` href="#/article/${articleId}?claim=${c.claimId}"`;
      return `<div class="side" lang="${e(c.lang)}"><div class="lang">${e(c.lang)} · ${e(formatInterval(c.value, c.low, c.high, c.unit))}</div><a class="sentence"${href}>${highlightOnce(c.text, c.quantityText)}</a><div class="path">${e(c.path)}</div></div>`;
    }).join('');
    const word = g.verdict === 'agree' ? '✓ Agree' : '✗ Conflict';
    return `<div class="card ${g.verdict}" data-entity="${e(g.entity)}" data-verdict="${g.verdict}" data-langs="${e([...new Set(g.claims.map((c) => c.lang))].join(' '))}">
<div><b>${e(g.entity)}</b> · ${e(g.attribute)}${g.time ? ' · ' + e(g.time) : ''} · <span class="value">${e(value)}</span> · <span class="verdict">${word}</span></div><div class="sides">${sides}</div></div>`;
  }).join('\n');
  return `<section class="view" id="compare"><h1>Compare</h1>
<label>Entity <select id="f-entity"><option value="">all</option>${opts(entities)}</select></label>
<label>Language <select id="f-lang"><option value="">all</option>${opts(langs)}</select></label>
<label>Verdict <select id="f-verdict"><option value="">all</option><option value="agree">agree</option><option value="conflict">conflict</option></select></label>
${cards || '<p>No claim groups.</p>'}</section>`;
}

interface Span { start: number; end: number; open: string }
/** Paragraph text with entity mentions and claim quantities marked; overlapping spans keep the earlier one. */
export function markParagraph(text: string, spans: Span[]): string {
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += e(text.slice(at, s.start)) + s.open + e(text.slice(s.start, s.end)) + '</mark>';
    at = s.end;
  }
  return out + e(text.slice(at));
}

function article(a: ReportArticle): string {
  const removedBefore = (i: number) => a.removed.filter((r) => (r.beforeParagraph ?? a.paragraphs.length) === i)
    .map((r) => `<p class="removed">${e(r.text)}<span class="reason">[${e(r.reason)}]</span></p>`).join('');
  const paras = a.paragraphs.map((p, i) => {
    const spans: Span[] = a.entities.filter((m) => m.paragraph === i)
      .map((m) => ({ start: m.start, end: m.end, open: `<mark class="ent" title="${e(m.canonical)} (${e(m.type)})">` }));
    for (const c of a.claims.filter((c) => c.paragraph === i && c.quantityText)) {
      const start = p.text.indexOf(c.quantityText!);
      if (start >= 0) spans.unshift({ start, end: start + c.quantityText!.length, open: `<mark class="q" id="claim-${c.id}" title="${e(c.attribute)}">` });
    }
    return removedBefore(i) + `<p lang="${e(p.lang)}">${markParagraph(p.text, spans)}</p>`;
  }).join('\n');
  return `<section class="view" id="article-${a.id}"><h1 lang="${e(a.lang)}">${e(a.title ?? a.path)}</h1>
<p>${e(a.path)} · ${e(a.lang)}${a.script ? '-' + a.script : ''} · ${a.claims.length} claims</p>${paras}${removedBefore(a.paragraphs.length)}</section>`;
}

export function renderReport(data: ReportData, options: { entity?: string } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimscope report</title><style>${CSS}</style></head><body>
<nav><a href="#/">Overview</a><a href="#/compare">Compare</a><label style="color:#fff"><input type="checkbox" id="toggle-removed" checked> show removed blocks</label></nav>
<main>${overview(data)}${compare(data, options.entity)}${data.articles.map(article).join('\n')}</main>
<script>${ROUTER_JS}</script></body></html>`;
}
