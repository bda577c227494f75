// The HTML pieces the live views (pages.ts) and the report file (render.ts) share: the page frame, charts, a fact card
// and an article body. Everything from the database is escaped here; links come from the caller, since the server
// links to URLs and the file to its own hash routes.
import type { ArticleView, Fact, Overview } from '../store/browse.ts';
import { escapeHtml as e, highlightOnce } from './escape.ts';
import { formatInterval } from './format.ts';

// CJK fallbacks so zh/ja/ko text never falls back to tofu on a bare system.
const FONT_STACK = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans CJK KR", "PingFang SC", "Microsoft YaHei", "Hiragino Sans", "Malgun Gothic", sans-serif`;
// Bars wider than this make the inline chart overflow a phone screen (360 px less the margins).
const CHART_BAR_MAX_PX = 200;
// Enough to show the shape; the full list lives in the tables.
const CHART_MAX_ROWS = 12;
// Width of the label column of a bar chart.
const CHART_LABEL_PX = 110;

/** Colours with at least 4.5:1 contrast on white (WCAG AA) for text; verdicts also carry a word, never colour alone. */
export const CSS = `:root{--agree:#1f7a31;--conflict:#b3261e;--link:#1a4f8b}
*{box-sizing:border-box}body{font-family:${FONT_STACK};margin:0;color:#1d1d1d;line-height:1.45}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px;z-index:2}
header{background:#1f3346;color:#fff;padding:8px 12px;display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center}
header a{color:#fff}header nav a{margin-right:14px}header nav a[aria-current]{font-weight:bold;text-decoration-thickness:3px}
header form{margin-left:auto}header input{padding:4px;max-width:60vw}
main{padding:12px 16px;max-width:1100px}a{color:var(--link)}a:focus,button:focus,input:focus,select:focus{outline:3px solid #f0a500;outline-offset:1px}
section.view{display:none}section.view.active{display:block}
.card{border:2px solid #bbb;border-radius:6px;padding:10px;margin:10px 0}.card.agree{border-color:var(--agree);background:#f0faf2}
.card.conflict{border-color:var(--conflict);background:#fdf1f0}.verdict{font-weight:bold}.agree .verdict{color:var(--agree)}.conflict .verdict{color:var(--conflict)}
.sides{display:flex;gap:10px;flex-wrap:wrap}.side{flex:1 1 240px;min-width:0;border:1px solid #ccc;padding:6px;background:#fff;overflow-wrap:anywhere}
.side .lang,.meta{color:#555;font-size:.9em}mark.q{background:#ffe066}mark.q.focus,mark.q:target{outline:3px solid var(--conflict)}mark.ent{background:#d6ecff}
.removed{text-decoration:line-through;color:#666}.removed .reason{text-decoration:none;display:inline-block;margin-left:6px;color:#a33}
body.hide-removed .removed,.hide-removed .removed{display:none}
.table-wrap{overflow-x:auto}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}td.num{text-align:right;white-space:nowrap}
.pager{margin:12px 0;display:flex;gap:12px;align-items:center}.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin:8px 0}
figure{margin:8px 0 16px}figure svg{max-width:100%;height:auto}.note{background:#fff8dc;border:1px solid #e0c96b;padding:8px}
.para-lang{color:#666;font-size:.75em;margin-right:4px}
@media (max-width:600px){main{padding:8px}header form{margin-left:0;width:100%}header input{width:70%}}`;

/** One HTML page: skip link, header navigation with the current view marked, search, main content. */
export function frame(title: string, nav: string, main: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${CSS}</style></head><body>
<a class="skip" href="#main">Skip to content</a>
<header>${nav}</header>
<main id="main" tabindex="-1">${main}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** A horizontal bar chart as inline SVG (no network, no script); the numbers are also in the text for screen readers. */
export function barChart(rows: Array<{ label: string; count: number }>, title: string): string {
  if (!rows.length) return '';
  const shown = rows.slice(0, CHART_MAX_ROWS);
  const max = Math.max(1, ...shown.map((r) => r.count));
  const rowH = 20;
  const bars = shown.map((r, i) => {
    const w = Math.max(1, Math.round((r.count / max) * CHART_BAR_MAX_PX));
    return `<text x="0" y="${i * rowH + 14}" font-size="12">${e(r.label.slice(0, 18))}</text><rect x="${CHART_LABEL_PX}" y="${i * rowH + 3}" width="${w}" height="14" fill="#3d6fa8"/><text x="${CHART_LABEL_PX + 4 + w}" y="${i * rowH + 14}" font-size="12">${r.count}</text>`;
  }).join('');
  const width = CHART_LABEL_PX + CHART_BAR_MAX_PX + 60;
  const height = shown.length * rowH + 4;
  return `<figure><figcaption>${e(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${e(title)}: ${e(shown.map((r) => `${r.label} ${r.count}`).join(', '))}">${bars}</svg></figure>`;
}

/** Agreeing and conflicting facts per stated time, as stacked columns. */
export function verdictTimeline(rows: Overview['factsOverTime'], title: string): string {
  if (!rows.length) return '';
  const shown = rows.slice(-24);
  const max = Math.max(1, ...shown.map((r) => r.agree + r.conflict));
  const colW = 22;
  const chartH = 120;
  const cols = shown.map((r, i) => {
    const hA = Math.round((r.agree / max) * chartH);
    const hC = Math.round((r.conflict / max) * chartH);
    const x = i * colW + 4;
    return `<rect x="${x}" y="${chartH - hA}" width="${colW - 6}" height="${hA}" fill="#1f7a31"/><rect x="${x}" y="${chartH - hA - hC}" width="${colW - 6}" height="${hC}" fill="#b3261e"/>`
      + `<text x="${x}" y="${chartH + 14}" font-size="9" transform="rotate(45 ${x} ${chartH + 14})">${e(r.time.slice(0, 10))}</text>`;
  }).join('');
  const width = shown.length * colW + 8;
  const label = shown.map((r) => `${r.time}: ${r.agree} agree, ${r.conflict} conflict`).join('; ');
  return `<figure><figcaption>${e(title)} (<span style="color:#1f7a31">■ agree</span> <span style="color:#b3261e">■ conflict</span>)</figcaption><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${chartH + 50}" width="${width}" height="${chartH + 50}" role="img" aria-label="${e(title)}: ${e(label)}">${cols}</svg></figure>`;
}

/** The overview's figures and charts (the caller adds the stage table and the page frame). */
export function overviewBody(o: Overview): string {
  const langs = o.byLanguage.map((l) => ({ label: l.script ? `${l.lang}-${l.script}` : l.lang, count: l.count }));
  const stageRows = o.stages.map((s) => `<tr><td>${e(s.stage)}</td><td class="num">${s.done}</td><td class="num">${s.failed}</td><td class="num">${s.skipped}</td><td class="num">${s.pending}</td></tr>`).join('');
  return `<p>${o.articles} files · ${o.articles - o.unreadable} articles read${o.unreadable ? ` (${o.unreadable} not readable as pages)` : ''} · ${o.claims} claims · ${o.entities} entities ·
${o.facts.conflict + o.facts.agree} facts reported by several articles: <span class="agree-count">${o.facts.agree} agree</span>, <span class="conflict-count">${o.facts.conflict} conflict</span></p>
${barChart(langs, 'Articles per language and script')}${barChart(o.claimsPerMeasure.map((m) => ({ label: m.measure, count: m.count })), 'Claims per measure')}
${verdictTimeline(o.factsOverTime, 'Facts that agree and conflict, by the time they state')}
<h2>Stages</h2><div class="table-wrap"><table><thead><tr><th scope="col">stage</th><th scope="col">done</th><th scope="col">failed</th><th scope="col">skipped</th><th scope="col">pending</th></tr></thead><tbody>${stageRows}</tbody></table></div>`;
}

/** One fact: a card coloured and worded by its verdict, one cell per claim with language, value, sentence and article. */
export function factCard(fact: Fact, claimHref: (articleId: number, claimId: number) => string): string {
  const first = fact.claims.find((c) => c.value !== null);
  const value = first ? formatInterval(first.value, first.low, first.high, fact.unit ?? first.unit) : '—';
  const langs = [...new Set(fact.claims.map((c) => c.lang))];
  const sides = fact.claims.map((c) => `<div class="side" lang="${e(c.lang)}"><div class="lang">${e(c.lang)} · ${e(formatInterval(c.value, c.low, c.high, c.unit))}</div>`
    + `<a class="sentence" href="${e(claimHref(c.articleId, c.id))}">${highlightOnce(c.text, c.quantityText)}</a><div class="meta">${e(c.path)}</div></div>`).join('');
  const word = fact.verdict === 'agree' ? '✓ Agree' : '✗ Conflict';
  return `<article class="card ${fact.verdict}" data-entity="${e(fact.entity)}" data-verdict="${fact.verdict}" data-langs="${e(langs.join(' '))}" aria-label="${e(`${fact.entity}, ${fact.measure}: ${fact.verdict}`)}">
<div><b>${e(fact.entity)}</b> · ${e(fact.measure)}${fact.time ? ' · ' + e(fact.time) : ''} · <span class="value">${e(value)}</span> · <span class="verdict">${word}</span> · ${langs.length} languages</div><div class="sides">${sides}</div></article>`;
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

/**
 * An article's text: headings as headings, each paragraph labelled with its language when it differs from the
 * article's, entities and claim quantities marked in place (claims get `id="claim-N"` so a link can jump there),
 * and the removed blocks with their reasons where they stood (shown or hidden by the page's toggle).
 */
export function articleBody(a: ArticleView): string {
  // Removed blocks are stored in page order but without their position among the kept paragraphs: they follow the text.
  const removed = a.removed.map((r) => `<p class="removed">${e(r.text)}<span class="reason">[${e(r.reason)}]</span></p>`).join('\n');
  const paras = a.paragraphs.map((p, i) => {
    const spans: Span[] = a.mentions.filter((m) => m.paragraph === i)
      .map((m) => ({ start: m.start, end: m.end, open: `<mark class="ent" title="${e(m.canonical)} (${e(m.type)})">` }));
    for (const c of a.claims.filter((c) => c.paragraph === i && c.quantityText)) {
      const start = p.text.indexOf(c.quantityText!);
      if (start >= 0) spans.unshift({ start, end: start + c.quantityText!.length, open: `<mark class="q" id="claim-${c.id}" title="${e(c.measure)}">` });
    }
    const lang = p.lang ?? a.lang ?? 'und';
    const label = lang !== a.lang ? `<span class="para-lang">[${e(lang)}]</span>` : '';
    const tag = p.kind === 'heading' ? 'h2' : 'p';
    return `<${tag} lang="${e(lang)}">${label}${markParagraph(p.text, spans)}</${tag}>`;
  }).join('\n');
  const meta = [a.path, a.lang ? `${a.lang}${a.script ? '-' + a.script : ''}` : null, a.author, a.published, a.siteName, `${a.claims.length} claims`]
    .filter(Boolean).map((x) => e(String(x))).join(' · ');
  const errors = a.errors.length ? `<p class="note">${a.errors.map((x) => `${e(x.stage)} ${e(x.status)}: ${e(x.message ?? '')}`).join('<br>')}</p>` : '';
  return `<h1 lang="${e(a.lang ?? 'und')}">${e(a.title ?? a.path)}</h1><p class="meta">${meta}</p>${errors}
<label><input type="checkbox" class="toggle-removed"> show the ${a.removed.length} removed blocks with their reasons</label>
<div class="article-text hide-removed">${paras}${removed ? '\n' + removed : ''}</div>`;
}

/** Inline script (no network) for the removed-blocks toggle of article bodies. */
export const TOGGLE_JS = `document.addEventListener('change',function(ev){var t=ev.target;if(t&&t.classList&&t.classList.contains('toggle-removed')){var d=t.closest('section,main').querySelector('.article-text');if(d)d.classList.toggle('hide-removed',!t.checked)}});`;
