// npm run bench:clean-text-errors: where the text cleaner's cross-validated errors are, and what line granularity caps.
// 1. Ceiling: an oracle that keeps or drops every line perfectly by the scorer's rules (a gold segment is matched when
//    it is a substring of the cleaned text, whitespace normalised: a `with` segment is a hit, a `without` one a false
//    positive), in three forms: over the lines the rules leave (the classifier's ceiling), over every line (rules
//    overridable), and over the pieces of every line split at sentence ends and separators (what splitting mixed lines
//    before classifying could reach). A line is kept when it holds or is part of more `with` segments than `without` ones.
// 2. Error table: the scorer's false positives (`without` segments kept) and false negatives (`with` segments lost) of
//    the 5-fold cross-validated cleaner, by kind of the line holding them (why: the rules removed it, it mixes content
//    and junk, the classifier; length, position against the article's core, neighbours' labels, language, rendering).
//    The scorer counts segments, not characters: every segment weighs 1, so the table counts segments.
// 3. With --page-thresholds, an upper bound of any per-page calibration: each page cleaned with its fold model's
//    threshold moved by −2 … +2 logits, the best for that page chosen on its own gold segments.
// Usage: npm run bench:clean-text-errors [-- --renderings visible,markdown] [-- --seed N] [-- --oracle-only] [-- --page-thresholds]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import type { CleanDocument } from '../src/types.ts';
import { cleanPlainText, lineUnits, ruledLines } from '../src/text/clean/plain/clean-text.ts';
import { effectiveLength } from '../src/text/clean/blocks.ts';
import type { LineModel } from '../src/text/clean/plain/line-classifier.ts';
import { LINE_FEATURES } from '../src/text/clean/plain/line-features.ts';
import { SHARED, cachedExamples, normalise, trainLineModel, type GoldPage, type PageExamples } from '../scripts/train-line-classifier.ts';

const { values } = parseArgs({ options: { renderings: { type: 'string' }, seed: { type: 'string', default: '0' }, 'oracle-only': { type: 'boolean' }, 'page-thresholds': { type: 'boolean' }, models: { type: 'string' } } });
const FOLDS = 5;
const SEED = Number(values.seed);
/** bench/clean-text.ts's fold of a page (a hash of its url, seed mixed in first): the same folds as its runs. */
function foldOf(url: string, seed: number): number {
  let h = 2166136261;
  if (seed) h = Math.imul(h ^ seed, 16777619);
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
}
/** A line cut at sentence ends (before a capital) and at the separators menus and share bars use. */
function splitMixedLine(text: string): string[] {
  return text.split(/(?<=[.!?。！？]["”’)]?)\s+(?=[\p{Lu}\p{Lo}"“„])|\s+[|·•»›]\s+/u).filter((s) => s.trim());
}

interface Score { tp: number; fn: number; fp: number }
const prf = (s: Score) => {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0, r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const f3 = (x: number) => x.toFixed(3);
function scoreText(text: string, gold: GoldPage): Score {
  const t = normalise(text), s = { tp: 0, fn: 0, fp: 0 };
  for (const w of gold.with) if (t.includes(normalise(w))) s.tp++; else s.fn++;
  for (const w of gold.without) if (t.includes(normalise(w))) s.fp++;
  return s;
}
const docText = (d: CleanDocument) => [d.title ?? '', ...d.paragraphs.map((p) => p.text)].join('\n');

if (!existsSync(SHARED + 'extraction-text-dev/gold.json')) {
  console.log(`bench:clean-text-errors: ${SHARED} is absent; nothing to measure.`);
  process.exit(0);
}
const screened = values.renderings?.split(',');
const examples: PageExamples[] = cachedExamples().filter((e) => !screened || screened.includes(e.page.rendering));
const renderings = [...new Set(examples.map((e) => e.page.rendering))];

/**
 * Per segment, the lines its occurrences in the page's lines (joined by spaces, as the scorer's normalising joins the
 * cleaned paragraphs) overlap; and per line, how many segments overlap it. Occurrences, not substrings of each line:
 * a short line ("Portal") is a substring of many segments it is not part of.
 */
function overlaps(texts: string[], segments: string[]): { linesOf: number[][]; perLine: Int32Array } {
  const starts: number[] = [];
  let joined = '';
  texts.forEach((t, i) => { if (i) joined += ' '; starts.push(joined.length); joined += t; });
  const lineAt = (offset: number) => { let lo = 0, hi = starts.length - 1; while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; } return lo; };
  const perLine = new Int32Array(texts.length);
  const linesOf = segments.map((s) => {
    const hit = new Set<number>();
    if (!s) return [];
    for (let at = joined.indexOf(s); at >= 0; at = joined.indexOf(s, at + 1)) for (let i = lineAt(at); i <= lineAt(at + s.length - 1); i++) hit.add(i);
    for (const i of hit) perLine[i]++;
    return [...hit].sort((a, b) => a - b);
  });
  return { linesOf, perLine };
}

// ---- 1. The oracle ----
type Oracle = 'rules left' | 'every line' | 'every piece';
const oracleScores = new Map<string, Score>();
const bump = (key: string, s: Score) => {
  const o = oracleScores.get(key) ?? { tp: 0, fn: 0, fp: 0 };
  o.tp += s.tp; o.fn += s.fn; o.fp += s.fp;
  oracleScores.set(key, o);
};
let mixedLines = 0, labelledLines = 0, mixedPieces = 0;
for (const e of examples) {
  const { page } = e;
  const { chunks, title } = ruledLines(page.text);
  const { lines } = lineUnits(chunks, page.lang);
  const withs = page.gold.with.map(normalise).filter(Boolean), withouts = page.gold.without.map(normalise).filter(Boolean);
  const key = (o: Oracle) => `${page.set === 'extraction-dev' ? '' : 'zh '}${page.rendering}|${o}`;
  bump(key('every line' as Oracle).replace('every line', 'uncleaned'), scoreText(page.text, page.gold));
  const oracle = (o: Oracle) => {
    const units = lines.flatMap((l) => (o === 'every piece' ? splitMixedLine(l.text) : [l.text]).map((text) => ({ text: normalise(text), ruled: !!l.reason })));
    const texts = units.map((u) => u.text);
    const pos = overlaps(texts, withs).perLine, neg = overlaps(texts, withouts).perLine;
    const kept: string[] = [title ?? ''];
    units.forEach((u, i) => {
      if (o === 'every line') { if (pos[i] && neg[i]) mixedLines++; if (pos[i] || neg[i]) labelledLines++; }
      if (o === 'every piece' && pos[i] && neg[i]) mixedPieces++;
      if (o === 'rules left' && u.ruled) return;
      if (pos[i] > neg[i]) kept.push(u.text);
    });
    bump(key(o), scoreText(kept.join('\n'), page.gold));
  };
  for (const o of ['rules left', 'every line', 'every piece'] as Oracle[]) oracle(o);
}
console.log(`Oracle (every line kept or dropped perfectly by the scorer's rules); ${labelledLines} lines hold or are part of a gold segment, ${mixedLines} of them of both kinds (${mixedPieces} pieces after splitting)`);
console.log('| rendering | uncleaned P / R / F1 | oracle, lines the rules leave | oracle, every line | oracle, every piece |');
console.log('|---|---|---|---|---|');
for (const r of [...new Set([...oracleScores.keys()].map((k) => k.split('|')[0]))]) {
  const cell = (o: string) => { const { p, r: rec, f1 } = prf(oracleScores.get(`${r}|${o}`)!); return `${f3(p)} / ${f3(rec)} / ${f3(f1)}`; };
  console.log(`| ${r} | ${cell('uncleaned')} | ${cell('rules left')} | ${cell('every line')} | ${cell('every piece')} |`);
}
if (values['oracle-only']) process.exit(0);

// ---- 2. Cross-validated errors by kind ----
/** Fold models trained on the other folds' pages (all renderings screened), kept in the temp folder between runs. */
const modelFile = values.models ?? `${tmpdir()}/claimscope-fold-models-${SEED}-${renderings.join('+')}.json`;
let models: LineModel[];
if (existsSync(modelFile)) models = JSON.parse(readFileSync(modelFile, 'utf8'));
else {
  models = [];
  for (let f = 0; f < FOLDS; f++) {
    const start = Date.now();
    models.push(trainLineModel(examples.filter((e) => foldOf(e.page.url, SEED) !== f)));
    console.log(`fold model ${f}: ${((Date.now() - start) / 1000).toFixed(0)} s`);
  }
  writeFileSync(modelFile, JSON.stringify(models));
}

const column = (name: string) => LINE_FEATURES.indexOf(name);
const IN_CORE = column('in-core'), POSITION = column('position');
const lengthBucket = (n: number) => (n < 25 ? '<25' : n < 50 ? '25-50' : n < 100 ? '50-100' : n < 200 ? '100-200' : '200+');
const tables = new Map<string, Map<string, { fp: number; fn: number }>>();
const count = (table: string, kind: string, error: 'fp' | 'fn') => {
  if (!tables.has(table)) tables.set(table, new Map());
  const t = tables.get(table)!;
  if (!t.has(kind)) t.set(kind, { fp: 0, fn: 0 });
  t.get(kind)![error]++;
};
const total: Score = { tp: 0, fn: 0, fp: 0 };
const byRendering = new Map<string, Score>();
for (const e of examples) {
  const { page } = e;
  const model = models[foldOf(page.url, SEED)];
  const cleaned = docText(cleanPlainText(page.text, model));
  const out = normalise(cleaned);
  const { chunks } = ruledLines(page.text);
  const { lines } = lineUnits(chunks, page.lang);
  const texts = lines.map((l) => normalise(l.text));
  const withs = page.gold.with.map(normalise).filter(Boolean), withouts = page.gold.without.map(normalise).filter(Boolean);
  const raw = normalise(page.text);
  const s = scoreText(cleaned, page.gold);
  total.tp += s.tp; total.fn += s.fn; total.fp += s.fp;
  const label = page.set === 'extraction-dev' ? page.rendering : `zh ${page.rendering}`;
  const rs = byRendering.get(label) ?? { tp: 0, fn: 0, fp: 0 };
  rs.tp += s.tp; rs.fn += s.fn; rs.fp += s.fp; byRendering.set(label, rs);
  const withLines = overlaps(texts, withs), withoutLines = overlaps(texts, withouts);
  const attribute = (k: number, error: 'fp' | 'fn') => {
    const segment = error === 'fn' ? withs[k] : withouts[k];
    const holders = (error === 'fn' ? withLines : withoutLines).linesOf[k];
    const note = (table: string, kind: string) => count(table, kind, error);
    note('all', 'all');
    note('rendering', label);
    note('language', ['de', 'en', 'es'].includes(page.lang) ? page.lang : 'other');
    if (!holders.length) { note('why', raw.includes(segment) ? 'spans lines differently / not in any line' : 'not in the page text'); return; }
    const i = holders[0];
    const mixed = holders.some((h) => (error === 'fp' ? withLines : withoutLines).perLine[h] > 0);
    const ruled = holders.every((h) => lines[h].reason);
    note('why', mixed ? (error === 'fp' ? 'line also holds article text (mixed)' : 'line also holds junk (mixed)') : ruled ? `removed by a line rule (${lines[i].reason})` : 'classifier (and context rules)');
    note('multi-line segment', holders.length > 1 ? 'spans 2+ lines' : 'one line');
    note('length of its line', lengthBucket(effectiveLength(lines[i].text)));
    note('against the core', e.features[i][IN_CORE] ? 'in the core' : 'outside the core');
    const position = e.features[i][POSITION];
    note('position in page', position < 1 / 3 ? 'first third' : position < 2 / 3 ? 'middle third' : 'last third');
    const lab = (j: number) => (j < 0 || j >= lines.length ? 'edge' : e.sequenceLabels[j] ? 'article' : 'junk');
    const before = lab(i - 1), after = lab(holders[holders.length - 1] + 1);
    note('neighbours (their labels)', before === after ? `both ${before}` : `${before} / ${after}`);
  };
  withs.forEach((w, k) => { if (!out.includes(w)) attribute(k, 'fn'); });
  withouts.forEach((w, k) => { if (out.includes(w)) attribute(k, 'fp'); });
}
const { p, r, f1 } = prf(total);
console.log(`\nCross-validated (${FOLDS} folds, split ${SEED}, renderings ${renderings.join(', ')}): P ${f3(p)} R ${f3(r)} F1 ${f3(f1)}; tp ${total.tp}, fp ${total.fp}, fn ${total.fn}`);
for (const [name, sc] of byRendering) { const q = prf(sc); console.log(`  ${name}: P ${f3(q.p)} R ${f3(q.r)} F1 ${f3(q.f1)}`); }
// The F1 a kind's errors cost: F1 with them all fixed minus F1 now.
const gain = (fp: number, fn: number) => prf({ tp: total.tp + fn, fn: total.fn - fn, fp: total.fp - fp }).f1 - f1;
for (const [table, kinds] of tables) {
  console.log(`\n| ${table} | false keeps (fp) | false drops (fn) | F1 if all fixed |`);
  console.log('|---|---:|---:|---:|');
  for (const [kind, c] of [...kinds].sort((a, b) => b[1].fp + b[1].fn - a[1].fp - a[1].fn)) console.log(`| ${kind} | ${c.fp} | ${c.fn} | +${f3(gain(c.fp, c.fn))} |`);
}

if (values['page-thresholds']) {
  const SHIFTS = [-2, -1, -0.5, 0, 0.5, 1, 2];
  const logit = (q: number) => Math.log(q / (1 - q));
  const best = new Map<string, Score>();
  const shiftOf = new Map<string, Map<number, number>>();
  for (const e of examples) {
    const { page } = e;
    const model = models[foldOf(page.url, SEED)];
    let chosen: Score | null = null, value = -Infinity, at = 0;
    for (const d of SHIFTS) {
      // A shift d of every logit is the threshold moved by −d (the long-sentence floor stays where it is).
      const s = scoreText(docText(cleanPlainText(page.text, { ...model, threshold: 1 / (1 + Math.exp(-(logit(model.threshold) - d))) })), page.gold);
      const v = 2 * s.tp - s.fp - s.fn; // the page's share of F1's numerator less its denominator
      if (v > value || (v === value && Math.abs(d) < Math.abs(at))) { value = v; chosen = s; at = d; }
    }
    const label = page.set === 'extraction-dev' ? page.rendering : `zh ${page.rendering}`;
    const b = best.get(label) ?? { tp: 0, fn: 0, fp: 0 };
    b.tp += chosen!.tp; b.fn += chosen!.fn; b.fp += chosen!.fp; best.set(label, b);
    const shifts = shiftOf.get(label) ?? new Map<number, number>();
    shifts.set(at, (shifts.get(at) ?? 0) + 1); shiftOf.set(label, shifts);
  }
  console.log('\nPer-page best threshold (chosen on each page\'s gold: an upper bound of per-page calibration)');
  for (const [label, sc] of best) {
    const q = prf(sc);
    console.log(`  ${label}: P ${f3(q.p)} R ${f3(q.r)} F1 ${f3(q.f1)}; pages by shift ${[...shiftOf.get(label)!].sort((a, b) => a[0] - b[0]).map(([d, n]) => `${d}: ${n}`).join(', ')}`);
  }
}
