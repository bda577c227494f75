// npm run bench:clean: boilerplate removal quality and speed of the HTML extractor, side by side in one run with
// two baselines: Mozilla Readability over linkedom, and the plain visible text (everything outside script/style).
// Scoring (trafilatura's benchmark format): for each page, gold.json lists `with` segments a good extractor keeps
// and `without` segments it drops. A `with` segment found in the output text is a true positive, one missing a false
// negative; a `without` segment found is a false positive. Whitespace is normalised on both sides before matching.
// Output text is the title followed by the body for both extractors that report a title (claimscope, Readability):
// the title is part of what a reader sees and gold `with` segments sometimes quote it; visible text contains it anyway.
// Pages/s is single-threaded wall time of extraction alone (gunzip and decoding happen before the clock starts); CPU
// ms/page is the process's CPU time over the same loop, steadier than wall time on a shared machine.
// Usage: npm run bench:clean [-- --verbose] [-- --only en]
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodePage } from '../src/text/read/decode.ts';
import { extractHtml } from '../src/text/clean/html/extract.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean' }, only: { type: 'string' }, tool: { type: 'string' } } });
const SHARED = fileURLToPath(new URL('../../shared/bench/', import.meta.url));
const SETS = [
  { name: 'extraction-dev', dir: SHARED + 'extraction-dev/' },
  { name: 'extraction-zh-dev', dir: SHARED + 'extraction-zh-dev/' },
];
/** Languages whose F1 is reported on their own: the goals name them (≥ 0.90 each). */
const REPORTED_LANGS = ['de', 'en', 'es'];
/** Country-code domains → language, for pages without `<html lang>`. */
const TLD_LANG: Record<string, string> = {
  de: 'de', at: 'de', ch: 'de', uk: 'en', us: 'en', au: 'en', ie: 'en', nz: 'en', ca: 'en', es: 'es', mx: 'es', ar: 'es',
  cl: 'es', co: 'es', pe: 'es', fr: 'fr', be: 'fr', pl: 'pl', it: 'it', nl: 'nl', cn: 'zh', tw: 'zh', hk: 'zh', jp: 'ja',
  ru: 'ru', pt: 'pt', br: 'pt',
};

interface GoldPage { file: string; with: string[]; without: string[] }
interface Page { url: string; html: string; lang: string; gold: GoldPage }
interface Tool { name: string; extract(html: string): string; method?(html: string): string }

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

function pageLang(html: string, url: string): string {
  const m = /<html[^>]*\slang\s*=\s*["']?([a-zA-Z]{2,3})/i.exec(html.slice(0, 5000));
  if (m) return m[1].toLowerCase();
  const host = (() => { try { return new URL(url).hostname; } catch { return ''; } })();
  return TLD_LANG[host.split('.').pop() ?? ''] ?? 'und';
}

function loadSet(dir: string): Page[] {
  const gold: Record<string, GoldPage> = JSON.parse(readFileSync(dir + 'gold.json', 'utf8'));
  const pages: Page[] = [];
  for (const [url, g] of Object.entries(gold)) {
    const bytes = gunzipSync(readFileSync(dir + 'html/' + g.file));
    const html = decodePage(bytes, g.file.replace(/\.gz$/, '')).text;
    pages.push({ url, html, lang: pageLang(html, url), gold: g });
  }
  return pages;
}

/** Text outside <script>/<style>: what a naive extractor keeps (the recall ceiling and the precision floor). */
function visibleText(html: string): string {
  const out: string[] = [];
  type Node = { type: string; data?: string; children?: Node[] };
  const walk = (node: Node) => {
    if (node.type === 'text' && node.data) out.push(node.data);
    if (node.type === 'script' || node.type === 'style') return;
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseDocument(html) as unknown as Node);
  return out.join(' ');
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  return article ? `${article.title ?? ''}\n${article.textContent ?? ''}` : '';
}

const TOOLS: Tool[] = [
  { name: 'claimscope extractHtml', extract: (html) => { const d = extractHtml(html); return [d.title ?? '', ...d.paragraphs.map((p) => p.text)].join('\n'); }, method: (html) => extractHtml(html).method },
  { name: '@mozilla/readability (linkedom)', extract: readabilityText },
  { name: 'visible text', extract: visibleText },
];

interface Score { tp: number; fn: number; fp: number; tn: number }
const emptyScore = (): Score => ({ tp: 0, fn: 0, fp: 0, tn: 0 });
function add(a: Score, b: Score) { a.tp += b.tp; a.fn += b.fn; a.fp += b.fp; a.tn += b.tn; }
function scorePage(text: string, gold: GoldPage): Score {
  const t = normalise(text);
  const s = emptyScore();
  for (const w of gold.with) if (t.includes(normalise(w))) s.tp++; else s.fn++;
  for (const w of gold.without) if (t.includes(normalise(w))) s.fp++; else s.tn++;
  return s;
}
function prf(s: Score) {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
const f3 = (x: number) => x.toFixed(3);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r, ri) => {
    const line = '| ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
    return ri === 0 ? line + '\n|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|' : line;
  }).join('\n');
}

function runSet(name: string, pages: Page[]) {
  const tools = values.tool ? TOOLS.filter((t) => t.name.includes(values.tool!)) : TOOLS;
  const rows = [['tool', 'precision', 'recall', 'F1', 'pages/s', 'CPU ms/page']];
  const langRows = [['tool', ...REPORTED_LANGS.map((l) => `F1 ${l} (n)`)]];
  for (const tool of tools) {
    // Warm-up on a few pages so JIT compilation is not billed to the first pages.
    for (const p of pages.slice(0, 5)) tool.extract(p.html);
    const texts: string[] = [];
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (const p of pages) {
      try { texts.push(tool.extract(p.html)); } catch { texts.push(''); }
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    const total = emptyScore();
    const byLang = new Map<string, Score>();
    pages.forEach((p, i) => {
      const s = scorePage(texts[i], p.gold);
      add(total, s);
      if (!byLang.has(p.lang)) byLang.set(p.lang, emptyScore());
      add(byLang.get(p.lang)!, s);
      if (values.verbose && tool === tools[0] && (s.fn || s.fp)) {
        const t = normalise(texts[i]);
        console.log(`${p.gold.file} ${p.lang} ${p.url}${tool.method ? " " + tool.method(p.html) : ""}`);
        for (const w of p.gold.with) if (!t.includes(normalise(w))) console.log(`   FN ${w}`);
        for (const w of p.gold.without) if (t.includes(normalise(w))) console.log(`   FP ${w}`);
      }
    });
    const { precision, recall, f1 } = prf(total);
    rows.push([tool.name, f3(precision), f3(recall), f3(f1), (pages.length / seconds).toFixed(1), ((cpu.user + cpu.system) / 1000 / pages.length).toFixed(1)]);
    langRows.push([tool.name, ...REPORTED_LANGS.map((l) => {
      const s = byLang.get(l);
      return s ? `${f3(prf(s).f1)} (${pages.filter((p) => p.lang === l).length})` : '-';
    })]);
  }
  console.log(`\n${name}: ${pages.length} pages\n`);
  console.log(table(rows));
  if (pages.some((p) => REPORTED_LANGS.includes(p.lang))) console.log('\n' + table(langRows));
}

/**
 * pagetypes-dev (forum, product, collection, listing, documentation, service pages; WCXB's development split): the
 * benchmark's own word-level score, as ../shared/bench/pagetypes-dev/score.mjs computes it (bag of lower-cased word
 * tokens of the text against the reference main content, P/R/F1 averaged over pages), per page type, with the count
 * of empty outputs. The text is extractHtml's paragraphs (no title), as the export's `text` that score.mjs reads.
 */
const wordTokens = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
function wordPRF(pred: string, ref: string): [number, number, number] {
  const p = wordTokens(pred), r = wordTokens(ref);
  if (!p.length && !r.length) return [1, 1, 1];
  if (!p.length || !r.length) return [0, 0, 0];
  const bag = new Map<string, number>();
  for (const t of r) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) { const n = bag.get(t) ?? 0; if (n > 0) { common++; bag.set(t, n - 1); } }
  const P = common / p.length, R = common / r.length;
  return [P, R, P + R ? (2 * P * R) / (P + R) : 0];
}

function runPageTypes(dir: string) {
  const gold: Record<string, { file: string; page_type: string; main_content: string }> = JSON.parse(readFileSync(dir + 'gold.json', 'utf8'));
  const pages = Object.values(gold).map((g) => ({ g, html: decodePage(gunzipSync(readFileSync(dir + 'pages/' + g.file)), g.file.replace(/\.gz$/, '')).text }));
  const scores = new Map<string, Array<[number, number, number]>>();
  const types = new Map<string, Map<string, number>>();
  let cpu = 0;
  for (const { g, html } of pages) {
    const start = process.cpuUsage();
    let text = '', detected = 'error';
    try { const d = extractHtml(html); text = d.paragraphs.map((p) => p.text).join('\n\n'); detected = d.pageType ?? '-'; } catch { /* scored as empty */ }
    const used = process.cpuUsage(start);
    cpu += (used.user + used.system) / 1000;
    const s = wordPRF(text, g.main_content);
    for (const k of [g.page_type, 'all']) { if (!scores.has(k)) scores.set(k, []); scores.get(k)!.push(s); }
    if (!types.has(g.page_type)) types.set(g.page_type, new Map());
    const t = types.get(g.page_type)!; t.set(detected, (t.get(detected) ?? 0) + 1);
  }
  const mean = (a: Array<[number, number, number]>, i: number) => f3(a.reduce((x, y) => x + y[i], 0) / a.length);
  const rows = [['page type', 'pages', 'precision', 'recall', 'F1', 'empty outputs', 'detected as']];
  for (const [k, a] of [...scores].sort(([a], [b]) => Number(a === 'all') - Number(b === 'all') || a.localeCompare(b))) {
    const detected = k === 'all' ? '' : [...types.get(k)!].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(', ');
    rows.push([k, String(a.length), mean(a, 0), mean(a, 1), mean(a, 2), String(a.filter((x) => x[0] === 0 && x[1] === 0).length), detected]);
  }
  console.log(`\npagetypes-dev: ${pages.length} pages, claimscope extractHtml, CPU ${(cpu / pages.length).toFixed(1)} ms/page\n`);
  console.log(table(rows));
}

if (!existsSync(SHARED)) {
  console.log(`bench:clean: ${SHARED} is absent (the benchmark pages live outside the repository); nothing to measure.`);
  process.exit(0);
}
for (const set of SETS) {
  if (!existsSync(set.dir + 'gold.json')) { console.log(`bench:clean: ${set.dir} absent, skipped.`); continue; }
  let pages = loadSet(set.dir);
  if (values.only) pages = pages.filter((p) => p.lang === values.only);
  runSet(set.name, pages);
}
if (existsSync(SHARED + 'pagetypes-dev/gold.json') && !values.only && (!values.tool || 'claimscope'.includes(values.tool))) runPageTypes(SHARED + 'pagetypes-dev/');
else console.log('bench:clean: pagetypes-dev absent or filtered out, skipped.');
