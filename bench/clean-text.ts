// npm run bench:clean-text: the plain-text cleaner on the extraction-dev pages saved as text, in five renderings
// (extraction-text-dev's visible text, and markdown, inscriptis, link-lines, paragraphs from scripts/render-text-pages.ts),
// scored on the gold `with`/`without` segments as bench/clean.ts scores HTML. In one run, side by side:
// - uncleaned: the page as saved (the recall ceiling and the precision floor);
// - before: the text cleaner of BASELINE_COMMIT (rules and the jusText-style block classifier), from `git archive`;
// - now, cross-validated: the line classifier trained by scripts/train-line-classifier.ts on FOLDS−1 folds of pages
//   (all renderings of them) and scored on the pages of the remaining fold; with --unseen-rendering the tested
//   rendering is left out of training too (a rendering the model has never seen);
// - now, shipped model: data/line-classifier.json, trained on all these pages (in-sample; for the speed figure).
// Speed: CPU time of cleanPlainText alone, one core, per page. The pages' features and labels are cached in the temp
// folder (cachedExamples: computed again when src/, scripts/, data/ or the gold change).
// Usage: npm run bench:clean-text [-- --unseen-rendering] [-- --verbose RENDERING] [-- --rendering RENDERING] [-- --seed N]
//   [-- --renderings R1,R2] [-- --without FEATURE,…] [-- --shifts D1,D2,…]
// (--shifts: the same fold models scored again with their threshold moved by each D logits; a curve of precision
// against recall, not a model: a shift chosen on these rows is chosen on the scored pages.)
// (--rendering scores that rendering only; the models are still trained on every rendering of the training folds.
// --renderings leaves the other renderings out of training and scoring alike: a cheaper screen of a training change,
// two renderings' models train in a third of the time.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CleanDocument } from '../src/types.ts';
import { cleanPlainText } from '../src/text/clean/plain/clean-text.ts';
import { shippedLineModel, type LineModel } from '../src/text/clean/plain/line-classifier.ts';
import { LINE_FEATURES } from '../src/text/clean/plain/line-features.ts';
import {
  BOOST, SHARED, WORDS, cachedExamples, normalise, trainLineModel, type GoldPage, type PageExamples, type TrainingPage,
} from '../scripts/train-line-classifier.ts';
import { WORD_FEATURES } from '../src/text/clean/plain/line-words.ts';

const { values } = parseArgs({ options: { 'unseen-rendering': { type: 'boolean' }, verbose: { type: 'string' }, rendering: { type: 'string' }, renderings: { type: 'string' }, without: { type: 'string' }, shifts: { type: 'string' }, baseline: { type: 'string' }, seed: { type: 'string', default: '0' } } });
/** The last commit before the line classifier (issue 20): its text cleaner is the baseline. */
const BASELINE_COMMIT = values.baseline ?? '79b6196';
const FOLDS = 5;
/** Languages with enough pages to report alone (extraction-dev: 292 de, 80 en, 22 es). */
const REPORTED_LANGS = ['de', 'en', 'es'];
const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Score { tp: number; fn: number; fp: number }
const add = (a: Score, b: Score) => { a.tp += b.tp; a.fn += b.fn; a.fp += b.fp; };
function scorePage(text: string, gold: GoldPage): Score {
  const t = normalise(text);
  const s = { tp: 0, fn: 0, fp: 0 };
  for (const w of gold.with) if (t.includes(normalise(w))) s.tp++; else s.fn++;
  for (const w of gold.without) if (t.includes(normalise(w))) s.fp++;
  return s;
}
function prf(s: Score) {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0, r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
const docText = (d: CleanDocument) => [d.title ?? '', ...d.paragraphs.map((p) => p.text)].join('\n');
const f3 = (x: number) => x.toFixed(3);

/** The baseline commit's cleanPlainText, extracted with `git archive` next to a node_modules link. */
async function baselineCleaner(): Promise<(text: string) => CleanDocument> {
  const dir = `${tmpdir()}/claimscope-baseline-${BASELINE_COMMIT}`;
  if (!existsSync(dir + '/src')) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git -C "${ROOT}" archive ${BASELINE_COMMIT} src data | tar -x -C "${dir}"`]);
  }
  // Linked again each run: a copy kept from a checkout since removed would point at nothing.
  rmSync(dir + '/node_modules', { force: true });
  symlinkSync(ROOT + 'node_modules', dir + '/node_modules');
  const mod = await import(`${dir}/src/text/clean/plain/clean-text.ts`);
  return mod.cleanPlainText;
}

/**
 * Fold of a page: a hash of its url, so every rendering of a page is in the same fold. `--seed N` (N > 0) mixes N into
 * the hash first: another split of the same pages into folds, to tell a change from the noise of one split.
 */
const SPLIT_SEED = Number(values.seed);
function foldOf(url: string): number {
  let h = 2166136261;
  if (SPLIT_SEED) h = Math.imul(h ^ SPLIT_SEED, 16777619);
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
}

interface Row { name: string; score: Score; byLang: Map<string, Score>; cpuMs?: number; pages: number }
function run(name: string, pages: TrainingPage[], clean: (p: TrainingPage) => string, timed = false): Row {
  const row: Row = { name, score: { tp: 0, fn: 0, fp: 0 }, byLang: new Map(), pages: pages.length };
  const start = process.cpuUsage();
  const texts = pages.map(clean);
  if (timed) { const u = process.cpuUsage(start); row.cpuMs = (u.user + u.system) / 1000; }
  pages.forEach((p, i) => {
    const s = scorePage(texts[i], p.gold);
    add(row.score, s);
    const lang = REPORTED_LANGS.includes(p.lang) ? p.lang : 'other';
    if (!row.byLang.has(lang)) row.byLang.set(lang, { tp: 0, fn: 0, fp: 0 });
    add(row.byLang.get(lang)!, s);
    if (values.verbose === p.rendering && name.startsWith('now') && (s.fp || s.fn)) {
      const t = normalise(texts[i]);
      console.log(`${p.gold.file} ${p.lang} ${p.url}`);
      for (const w of p.gold.with) if (!t.includes(normalise(w))) console.log(`   FN ${w}`);
      for (const w of p.gold.without) if (t.includes(normalise(w))) console.log(`   FP ${w}`);
    }
  });
  return row;
}

if (!existsSync(SHARED + 'extraction-text-dev/gold.json')) {
  console.log(`bench:clean-text: ${SHARED} is absent (the benchmark pages live outside the repository); nothing to measure.`);
  process.exit(0);
}
const before = await baselineCleaner();
const screened = values.renderings?.split(',');
const examples: PageExamples[] = cachedExamples().filter((e) => !screened || screened.includes(e.page.rendering));
// --without F1,F2: those line features are 0 on every training line, so the fold models never read them (no logistic
// weight, no tree split on a constant): the figures of a model without them, from the same cached examples (a screen of
// each new feature alone without extracting the pages again).
const without = values.without?.split(',') ?? [];
for (const f of without) {
  const column = LINE_FEATURES.indexOf(f);
  if (column < 0) throw new Error(`--without: no line feature ${f}`);
  for (const e of examples) for (const row of e.features) row[column] = 0;
}
if (without.length) console.log(`fold models trained without ${without.join(', ')}`);
// The word features are written per fold from the fold's word model: without both, no word model is trained.
const words = WORD_FEATURES.every((f) => without.includes(f)) ? null : { ...WORDS, without };
const pages = examples.map((e) => e.page);
const renderings = [...new Set(pages.map((p) => p.rendering))];
const unseen = !!values['unseen-rendering'];

// One model per fold (and per rendering with --unseen-rendering), trained on the other folds' pages.
const models = new Map<string, LineModel>();
const modelFor = (fold: number, rendering: string) => {
  const key = unseen ? `${fold}/${rendering}` : `${fold}`;
  if (!models.has(key)) models.set(key, trainLineModel(examples.filter((e) => foldOf(e.page.url) !== fold && (!unseen || e.page.rendering !== rendering)), '', BOOST, words));
  return models.get(key)!;
};

const shifts = values.shifts ? values.shifts.split(',').map(Number) : [];
/** A model with its threshold moved by `d` logits (the block decode reads the same threshold). */
const shifted = (model: LineModel, d: number): LineModel => {
  const t = model.threshold;
  return { ...model, threshold: 1 / (1 + Math.exp(-(Math.log(t / (1 - t)) + d))) };
};

/** Whether data/line-classifier.json matches this code's features (a screen may run before the weights are rebuilt). */
function shippedLoads(): boolean {
  try { shippedLineModel(); return true; } catch { return false; }
}

const header = ['pages', 'cleaner', 'precision', 'recall', 'F1', ...REPORTED_LANGS.map((l) => `F1 ${l}`), 'CPU ms/page', 'pages/s (1 core)'];
const lines: string[][] = [header];
for (const setName of new Set(pages.map((p) => p.set))) for (const rendering of renderings.filter((r) => !values.rendering || r === values.rendering)) {
  const set = pages.filter((p) => p.rendering === rendering && p.set === setName);
  const label = `${setName === 'extraction-dev' && rendering === 'visible' ? 'extraction-text-dev' : setName + ' ' + rendering}`;
  for (const p of set.slice(0, 10)) { before(p.text); if (shippedLoads()) cleanPlainText(p.text); } // warm-up: JIT not billed to the first pages
  const rows = [
    run('uncleaned', set, (p) => p.text),
    run('before (rules + jusText blocks)', set, (p) => docText(before(p.text)), true),
    run(`now, ${FOLDS}-fold cross-validated${unseen ? ', rendering unseen' : ''}`, set, (p) => docText(cleanPlainText(p.text, modelFor(foldOf(p.url), rendering)))),
    ...shifts.map((d) => run(`now, ${FOLDS}-fold, threshold ${d >= 0 ? '+' : ''}${d} logit`, set, (p) => docText(cleanPlainText(p.text, shifted(modelFor(foldOf(p.url), rendering), d))))),
    ...(shippedLoads() ? [run('now, shipped model (in-sample)', set, (p) => docText(cleanPlainText(p.text)), true)] : []),
  ];
  for (const r of rows) {
    const { p, r: rec, f1 } = prf(r.score);
    lines.push([label, r.name, f3(p), f3(rec), f3(f1), ...REPORTED_LANGS.map((l) => (r.byLang.has(l) ? f3(prf(r.byLang.get(l)!).f1) : '-')),
      r.cpuMs === undefined ? '' : (r.cpuMs / r.pages).toFixed(2), r.cpuMs === undefined ? '' : (r.pages / (r.cpuMs / 1000)).toFixed(0)]);
  }
}
const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
lines.forEach((l, k) => {
  console.log('| ' + l.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |');
  if (k === 0) console.log('|' + widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
});
const langs = new Map<string, number>();
for (const p of pages.filter((q) => q.rendering === 'visible')) langs.set(p.lang, (langs.get(p.lang) ?? 0) + 1);
console.log(`\nlanguages (rough, from the text): ${[...langs].map(([l, n]) => `${l} ${n}`).join(', ')}`);
