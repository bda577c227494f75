// Trains the plain-text line classifier (src/text/clean/plain/line-classifier.ts) and writes data/line-classifier.json.
// Data: the 435 pages of ../shared/bench/extraction-dev, as extraction-text-dev renders them and in the renderings of
// scripts/render-text-pages.ts. Labels per line:
// - gold: a line holding (or held by) one of the page's gold `with` segments is article, one with a `without` segment
//   is boilerplate;
// - silver, for every other line: article when it is part of what claimscope's HTML extractor keeps from the same
//   page's HTML (F1 0.939 on these pages), boilerplate otherwise. Gold lines weigh GOLD_WEIGHT times more.
// Model: logistic regression over line-features.ts (standardised, L2, Adam, full batch), then the context pass: a
// second logistic regression over the first one's probabilities around each line; then gradient-boosted trees over the
// line and context-pass features, fitted to correct the context pass's logit; then a stacked context pass, a logistic
// regression over the trees' probabilities around each line. The threshold is the one that maximises F1 over the
// training pages' gold lines; the transitions between two lines of one blank-line block (line-decode.ts) are counted
// over every line's label.
// Usage: node --import tsx scripts/train-line-classifier.ts [--out data/line-classifier.json]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractHtml } from '../src/text/clean/html/extract.ts';
import { decodePage } from '../src/text/read/decode.ts';
import { lineUnits, pageStoplist, ruledLines } from '../src/text/clean/plain/clean-text.ts';
import { LINE_FEATURES, lineFeatures } from '../src/text/clean/plain/line-features.ts';
import {
  BOOST_FEATURES, CONTEXT_PASS_FEATURES, contextLogit, contextPassFeatures, contextProbabilities, lineProbabilities, predict, sigmoid,
  type BoostedTrees, type LineModel, type LogisticModel,
} from '../src/text/clean/plain/line-classifier.ts';
import { learnTransitions } from '../src/text/clean/plain/line-decode.ts';
import { WORD_FEATURES, bucketOf, featureValue, lineHashes, pageWordFeatures, type WordModel } from '../src/text/clean/plain/line-words.ts';
import { RENDERINGS, renderPage, type AnyRendering } from './render-text-pages.ts';

export const SHARED = fileURLToPath(new URL('../../shared/bench/', import.meta.url));
/**
 * A gold line counts this many silver lines: the gold segments are what the benchmark scores, chosen by people. 16
 * rather than 4 (gold lines are a few per page, silver lines up to 60): F1 5-fold cross-validated went
 * from 0.866 to 0.869 on extraction-text-dev and from 0.816 to 0.838 on markdown, the other European renderings
 * +0.001 to +0.003; extraction-zh-dev (about 100 gold segments) moved between −0.021 and +0.015 by rendering.
 */
const GOLD_WEIGHT = 16;
/** L2 penalty on standardised weights: small, the model has few weights and hundreds of thousands of lines. */
const L2 = 1e-4;
const EPOCHS = 150;
const LEARNING_RATE = 0.1;
/**
 * Silver lines kept per page and rendering, evenly spaced (each weighs for the ones skipped): enough to describe a
 * page's chrome and text, and it keeps a training run to seconds rather than minutes.
 */
const SILVER_PER_PAGE = 60;
/** Lines shorter than this are not labelled from a gold segment they are part of (a "Home" inside a sentence). */
const MIN_LABEL_LENGTH = 12;

export interface GoldPage { file: string; with: string[]; without: string[] }
export interface TrainingPage {
  /** extraction-dev url: the page's identity across renderings. */
  url: string;
  /** extraction-dev or extraction-zh-dev */
  set: string;
  rendering: string;
  text: string;
  gold: GoldPage;
  lang: string;
}
export interface PageExamples {
  page: TrainingPage;
  features: Float64Array[];
  ruled: boolean[];
  /** Blank-line group of each line. */
  groups: number[];
  /** 1 article, 0 boilerplate, per line; weight 0 when unlabelled. */
  label: Uint8Array;
  weight: Float64Array;
  goldLabelled: boolean[];
  /** Every line's label for the sequence decode's transitions: gold where a gold segment says, silver otherwise, 0 when ruled. */
  sequenceLabels: Uint8Array;
  /** Each line's text as the classifier reads it (the word model's input). */
  texts: string[];
}

export const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page sets: HTML pages with gold segments, and (for extraction-dev) the shared visible-text rendering of them. */
export const SETS = [
  { name: 'extraction-dev', html: 'extraction-dev/', text: 'extraction-text-dev/' },
  { name: 'extraction-zh-dev', html: 'extraction-zh-dev/', text: null },
];

/** Every page of every set in every rendering, with the HTML extractor's paragraphs (silver labels) by url. */
export function loadTrainingPages(renderings: readonly string[] = ['visible', ...RENDERINGS]): { pages: TrainingPage[]; htmlText: Map<string, string[]> } {
  const pages: TrainingPage[] = [];
  const htmlText = new Map<string, string[]>();
  for (const set of SETS) {
    if (!existsSync(SHARED + set.html + 'gold.json')) continue;
    const htmlGold: Record<string, GoldPage> = JSON.parse(readFileSync(SHARED + set.html + 'gold.json', 'utf8'));
    const textGold: Record<string, GoldPage> = set.text ? JSON.parse(readFileSync(SHARED + set.text + 'gold.json', 'utf8')) : {};
    for (const [url, gold] of Object.entries(htmlGold)) {
      const html = decodePage(gunzipSync(readFileSync(SHARED + set.html + 'html/' + gold.file)), gold.file.replace(/\.gz$/, '')).text;
      const doc = extractHtml(html);
      htmlText.set(url, [doc.title ?? '', ...doc.paragraphs.map((p) => p.text)].map(normalise));
      for (const rendering of renderings) {
        const shared = rendering === 'visible' && textGold[url];
        const text = shared ? readFileSync(SHARED + set.text + 'pages/' + shared.file, 'utf8') : renderPage(html, rendering as AnyRendering);
        pages.push({ url, set: set.name, rendering, text, gold, lang: '' });
      }
    }
  }
  return { pages, htmlText };
}

/**
 * Every page's examples (loadTrainingPages, then pageExamples), kept in the system's temp folder under a hash of the
 * code and data they come from (src/, scripts/, data/ but the weights) and of the gold files: computing them takes a
 * minute of the bench's time, and an experiment that changes only the training reads them again each run.
 */
export function cachedExamples(): PageExamples[] {
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('../', import.meta.url));
  const walk = (dir: string) => {
    for (const entry of readdirSync(root + dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path !== 'data/line-classifier.json' && path !== 'data/line-words.json') hash.update(path).update(readFileSync(root + path));
    }
  };
  for (const dir of ['src', 'scripts', 'data']) walk(dir);
  for (const set of SETS) for (const folder of [set.html, set.text]) if (folder && existsSync(SHARED + folder + 'gold.json')) hash.update(readFileSync(SHARED + folder + 'gold.json'));
  const name = `${EXAMPLE_CACHE_PREFIX}${hash.digest('hex').slice(0, 16)}.bin`, file = `${tmpdir()}/${name}`;
  pruneExampleCaches(tmpdir(), name);
  if (existsSync(file)) return deserialize(readFileSync(file));
  const { pages, htmlText } = loadTrainingPages();
  const examples = pages.map((p) => pageExamples(p, htmlText.get(p.url)));
  // Written whole under another name, then renamed: a run killed while writing leaves no half file to read next time.
  writeFileSync(`${file}.${process.pid}`, serialize(examples));
  renameSync(`${file}.${process.pid}`, file);
  return examples;
}

const EXAMPLE_CACHE_PREFIX = 'claimscope-text-examples-';
/** A cache of another code version unused for this long is deleted (each is 350 MB; every change to src/ makes one). */
export const EXAMPLE_CACHE_MAX_AGE_MS = 24 * 3600 * 1000;
/**
 * Deletes from `dir` the example caches (and half-written ones, `.bin.<pid>`) other than `keep` whose last change is
 * older than `maxAgeMs` before `now`; returns the names deleted. Another checkout's cache of the last day stays: two
 * worktrees' benches may share the temp folder.
 */
export function pruneExampleCaches(dir: string, keep: string, now = Date.now(), maxAgeMs = EXAMPLE_CACHE_MAX_AGE_MS): string[] {
  const deleted: string[] = [];
  const cache = new RegExp(`^${EXAMPLE_CACHE_PREFIX}[0-9a-f]{16}\\.bin(?:\\.\\d+)?$`);
  for (const entry of readdirSync(dir)) {
    if (entry === keep || !cache.test(entry)) continue;
    try {
      if (now - statSync(`${dir}/${entry}`).mtimeMs <= maxAgeMs) continue;
      unlinkSync(`${dir}/${entry}`);
      deleted.push(entry);
    } catch { /* deleted meanwhile by another bench */ }
  }
  return deleted;
}

/** Features and labels of one page's lines. */
export function pageExamples(page: TrainingPage, htmlParagraphs: string[] | undefined): PageExamples {
  const { chunks, lang } = ruledLines(page.text);
  page.lang = lang;
  const { units } = lineUnits(chunks, lang);
  const features = lineFeatures(units, pageStoplist(units, lang));
  const label = new Uint8Array(units.length);
  const weight = new Float64Array(units.length);
  const goldLabelled: boolean[] = [];
  const withs = page.gold.with.map(normalise), withouts = page.gold.without.map(normalise);
  const silverWeight = 1 / Math.sqrt(Math.max(1, units.length));
  const stride = Math.max(1, units.length / SILVER_PER_PAGE);
  const html = htmlParagraphs ?? [];
  const sequenceLabels = new Uint8Array(units.length);
  units.forEach((u, i) => {
    const t = normalise(u.text);
    const holds = (segments: string[]) => segments.some((s) => s && (t.includes(s) || (t.length >= MIN_LABEL_LENGTH && s.includes(t))));
    const pos = holds(withs), neg = holds(withouts);
    const inHtml = () => html.some((p) => p === t || (t.length >= MIN_LABEL_LENGTH && p.includes(t)));
    sequenceLabels[i] = !u.ruled && (pos !== neg ? pos : inHtml()) ? 1 : 0;
    goldLabelled.push(pos !== neg);
    if (pos !== neg) { label[i] = pos ? 1 : 0; weight[i] = GOLD_WEIGHT * silverWeight; return; }
    if (pos && neg) return;
    if (!html.length || Math.floor(i / stride) === Math.floor((i - 1) / stride)) return;
    label[i] = inHtml() ? 1 : 0;
    weight[i] = silverWeight * stride;
  });
  return { page, features, ruled: units.map((u) => u.ruled), groups: units.map((u) => u.group), label, weight, goldLabelled, sequenceLabels, texts: units.map((u) => u.text) };
}

/** Weighted logistic regression, features standardised for training and the weights mapped back. */
export function trainLogistic(x: ArrayLike<number>[], y: ArrayLike<number>, w: ArrayLike<number>, names: string[]): LogisticModel {
  const n = x.length, d = names.length;
  const mean = new Float64Array(d), sd = new Float64Array(d);
  let wsum = 0;
  for (let i = 0; i < n; i++) { wsum += w[i]; for (let k = 0; k < d; k++) mean[k] += w[i] * x[i][k]; }
  for (let k = 0; k < d; k++) mean[k] /= wsum;
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) sd[k] += w[i] * (x[i][k] - mean[k]) ** 2;
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k] / wsum) || 1;
  const z = x.map((row) => Float64Array.from({ length: d }, (_, k) => (row[k] - mean[k]) / sd[k]));
  const beta = new Float64Array(d + 1);
  const m = new Float64Array(d + 1), v = new Float64Array(d + 1);
  const grad = new Float64Array(d + 1);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      if (!w[i]) continue;
      let s = beta[d];
      const row = z[i];
      for (let k = 0; k < d; k++) s += beta[k] * row[k];
      const err = w[i] * (1 / (1 + Math.exp(-s)) - y[i]);
      for (let k = 0; k < d; k++) grad[k] += err * row[k];
      grad[d] += err;
    }
    for (let k = 0; k <= d; k++) {
      const g = grad[k] / wsum + (k < d ? L2 * beta[k] : 0);
      m[k] = 0.9 * m[k] + 0.1 * g;
      v[k] = 0.999 * v[k] + 0.001 * g * g;
      const mh = m[k] / (1 - 0.9 ** epoch), vh = v[k] / (1 - 0.999 ** epoch);
      beta[k] -= LEARNING_RATE * mh / (Math.sqrt(vh) + 1e-8);
    }
  }
  const weights = Array.from({ length: d }, (_, k) => beta[k] / sd[k]);
  const bias = beta[d] - weights.reduce((s, wk, k) => s + wk * mean[k], 0);
  const round = (q: number) => Math.round(q * 1e5) / 1e5;
  return { features: names, weights: weights.map(round), bias: round(bias) };
}

export interface BoostOptions { trees: number; depth: number; shrinkage: number; stack: boolean }
/**
 * Trees of depth 3 (interactions of three features: "short, inside the core, after a sentence"), 150 of them at
 * shrinkage 0.1, then the stacked context pass. Against the logistic model alone, 5-fold cross-validated by page
 * (2026-12-06): F1 +0.007 visible, +0.006 markdown, +0.003 inscriptis, −0.001 link lines, +0.004 paragraphs, Chinese
 * +0.000 to +0.012; the stacked pass then +0.003, −0.003, +0.004, +0.005, +0.003 (precision +0.003 to +0.011).
 */
export const BOOST: BoostOptions = { trees: 150, depth: 3, shrinkage: 0.1, stack: true };
/** Candidate thresholds per input: quantiles of its training values (histogram boosting, as LightGBM bins its inputs). */
const MAX_BINS = 32;
/** Leaf L2 penalty and the least hessian a leaf may hold (in rows of unit weight at p = 0.5: 4 × 0.25 = 1). */
const LEAF_L2 = 1, MIN_LEAF_HESSIAN = 5;
/** Rows each tree is fitted on (stochastic gradient boosting, Friedman 2002): faster, and less fitted to any page. */
const ROW_SAMPLE = 0.5;

/** The training rows at one node of a tree being grown: those it is fitted on (this tree's sample), and all of them. */
interface TreeNodeRows { sampled: Int32Array; all: Int32Array }

/**
 * Gradient-boosted trees (logistic loss, Newton leaves) fitted to correct `base`, the context pass's logit on the same
 * rows. `inputs[k]` are the values of input k over the rows.
 */
export function trainBoost(inputs: Float64Array[], y: ArrayLike<number>, w: ArrayLike<number>, base: Float64Array, options: BoostOptions = BOOST): BoostedTrees {
  const n = y.length, d = inputs.length;
  const meanW = Array.from(w).reduce((a, b) => a + b, 0) / n;
  const weight = Float64Array.from(w, (v) => v / meanW);
  // Thresholds per input and every row's bin: bin b means above thresholds 0..b−1 and not above threshold b.
  const thresholds: number[][] = [];
  const bins = new Uint8Array(n * d);
  for (let k = 0; k < d; k++) {
    const sorted = Float64Array.from(inputs[k]).sort();
    const cuts = new Set<number>();
    for (let q = 1; q < MAX_BINS; q++) cuts.add(sorted[Math.floor((q / MAX_BINS) * (n - 1))]);
    const t = [...cuts].filter((c) => c < sorted[n - 1]).sort((a, b) => a - b);
    thresholds.push(t);
    for (let i = 0; i < n; i++) {
      const v = inputs[k][i];
      let b = 0;
      while (b < t.length && v > t[b]) b++;
      bins[k * n + i] = b;
    }
  }
  const margin = Float64Array.from(base);
  const g = new Float64Array(n), h = new Float64Array(n);
  const leaves = 1 << options.depth, splits = leaves - 1;
  const trees: number[][] = [];
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let t = 0; t < options.trees; t++) {
    const sample: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i]);
      g[i] = weight[i] * (p - y[i]); h[i] = weight[i] * p * (1 - p);
      if (random() < ROW_SAMPLE) sample.push(i);
    }
    const tree = new Array<number>(2 * splits + leaves).fill(0);
    // Breadth-first: each node's split is the best (input, threshold) on the gradient histogram of its sampled rows;
    // every row goes down with them, so each row's leaf is known when the tree is done.
    let level: TreeNodeRows[] = [{ sampled: Int32Array.from(sample), all: Int32Array.from({ length: n }, (_, i) => i) }];
    for (let depth = 0, node = 0; depth < options.depth; depth++) {
      const next: TreeNodeRows[] = [];
      for (const { sampled, all } of level) {
        const best = bestSplit(sampled, bins, n, d, g, h);
        tree[2 * node] = best ? best.input : 0;
        tree[2 * node + 1] = best ? thresholds[best.input][best.bin] : Number.MAX_VALUE;
        const goesRight = (i: number) => !!best && bins[best.input * n + i] > best.bin;
        next.push({ sampled: sampled.filter((i) => !goesRight(i)), all: all.filter((i) => !goesRight(i)) });
        next.push({ sampled: sampled.filter(goesRight), all: all.filter(goesRight) });
        node++;
      }
      level = next;
    }
    level.forEach(({ sampled, all }, leaf) => {
      let G = 0, H = 0;
      for (const i of sampled) { G += g[i]; H += h[i]; }
      const value = Math.round((-options.shrinkage * G / (H + LEAF_L2)) * 1e4) / 1e4;
      tree[2 * splits + leaf] = value;
      for (const i of all) margin[i] += value;
    });
    trees.push(tree);
  }
  return { features: [...BOOST_FEATURES], depth: options.depth, trees };
}

/** The split of `rows` with the largest gain (XGBoost's), or null when no split leaves MIN_LEAF_HESSIAN on both sides. */
function bestSplit(rows: Int32Array, bins: Uint8Array, n: number, d: number, g: Float64Array, h: Float64Array): { input: number; bin: number } | null {
  let G = 0, H = 0;
  for (const i of rows) { G += g[i]; H += h[i]; }
  const parent = (G * G) / (H + LEAF_L2);
  const hg = new Float64Array(MAX_BINS), hh = new Float64Array(MAX_BINS);
  let best: { input: number; bin: number } | null = null, bestGain = 1e-6;
  for (let k = 0; k < d; k++) {
    hg.fill(0); hh.fill(0);
    const column = k * n;
    for (let r = 0; r < rows.length; r++) { const i = rows[r]; const b = bins[column + i]; hg[b] += g[i]; hh[b] += h[i]; }
    let GL = 0, HL = 0;
    for (let b = 0; b < MAX_BINS - 1; b++) {
      GL += hg[b]; HL += hh[b];
      const GR = G - GL, HR = H - HL;
      if (HL < MIN_LEAF_HESSIAN || HR < MIN_LEAF_HESSIAN) continue;
      const gain = (GL * GL) / (HL + LEAF_L2) + (GR * GR) / (HR + LEAF_L2) - parent;
      if (gain > bestGain) { bestGain = gain; best = { input: k, bin: b }; }
    }
  }
  return best;
}

/**
 * The line model trained on the given pages' lines: the word model (unless `words` is null; its out-of-fold logits
 * written into the pages' word-feature columns first), line pass, context pass, and (unless `boost` is null) the trees.
 */
export function trainLineModel(examples: PageExamples[], trainedOn = '', boost: BoostOptions | null = BOOST, words: WordOptions | null = WORDS): LineModel {
  const wordModel = words ? fillWordFeatures(examples, words) : undefined;
  const x: Float64Array[] = [], y: number[] = [], w: number[] = [];
  for (const e of examples) e.features.forEach((f, i) => { if (!e.ruled[i] && e.weight[i]) { x.push(f); y.push(e.label[i]); w.push(e.weight[i]); } });
  const line = trainLogistic(x, y, w, [...LINE_FEATURES]);
  const partial: LineModel = { line, context: { features: CONTEXT_PASS_FEATURES, weights: [], bias: 0 }, threshold: 0.5 };
  const cx: Float64Array[] = [], cy: number[] = [], cw: number[] = [];
  const stage1 = examples.map((e) => contextPassFeatures(lineProbabilities(partial, e.ruled, e.features), e.features, e.groups));
  examples.forEach((e, p) => e.features.forEach((_, i) => { if (!e.ruled[i] && e.weight[i]) { cx.push(stage1[p][i]); cy.push(e.label[i]); cw.push(e.weight[i]); } }));
  const context = trainLogistic(cx, cy, cw, CONTEXT_PASS_FEATURES);
  const model: LineModel = { line, context, threshold: 0.5, trainedOn };
  if (boost && boost.trees > 0) {
    const base = Float64Array.from(cx, (c, i) => contextLogit(model, x[i], c));
    const width = LINE_FEATURES.length;
    const inputs = BOOST_FEATURES.map((_, k) => Float64Array.from(x, (row, i) => (k < width ? row[k] : cx[i][k - width])));
    model.boost = trainBoost(inputs, y, w, base, boost);
  }
  let final = examples.map((e, p) => Float64Array.from(e.features, (f, i) => sigmoid(contextLogit(model, f, stage1[p][i]))));
  if (boost?.stack) {
    const sx: Float64Array[] = [], sy: number[] = [], sw: number[] = [];
    const stage2 = examples.map((e) => contextPassFeatures(contextProbabilities(model, e.ruled, e.features, e.groups, lineProbabilities(model, e.ruled, e.features)), e.features, e.groups));
    examples.forEach((e, p) => e.features.forEach((_, i) => { if (!e.ruled[i] && e.weight[i]) { sx.push(stage2[p][i]); sy.push(e.label[i]); sw.push(e.weight[i]); } }));
    model.stack = trainLogistic(sx, sy, sw, CONTEXT_PASS_FEATURES);
    final = stage2.map((rows) => Float64Array.from(rows, (r) => predict(model.stack!, r)));
  }
  // Threshold: best F1 over the gold-labelled lines (line by line; the block decode uses the same one).
  const scored: Array<[number, number]> = [];
  examples.forEach((e, p) => e.features.forEach((_, i) => { if (!e.ruled[i] && e.goldLabelled[i]) scored.push([final[p][i], e.label[i]]); }));
  let threshold = 0.5, best = -1;
  for (let t = 0.2; t <= 0.8; t += 0.025) {
    let tp = 0, fp = 0, fn = 0;
    for (const [q, l] of scored) { if (q >= t) { if (l) tp++; else fp++; } else if (l) fn++; }
    const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
    if (f1 > best) { best = f1; threshold = Math.round(t * 1000) / 1000; }
  }
  return { ...model, threshold, sequence: learnTransitions(examples.map((e) => ({ labels: e.sequenceLabels, groups: e.groups }))), ...(wordModel ? { words: wordModel } : {}) };
}

export interface WordOptions {
  /** Buckets: 2^bits. */
  bits: number;
  /** L2 penalty per update (on the buckets a line touches), and passes over the lines. */
  l2: number;
  epochs: number;
  /** Inner folds for the out-of-fold logits the line model is trained on. */
  innerFolds: number;
  /** Weights below this (in absolute value) are not shipped. */
  prune: number;
  /** Word features held at 0 (bench:clean-text --without near:line-words). */
  without?: string[];
}
/** The word model's settings (line-words.ts). */
export const WORDS: WordOptions = { bits: 15, l2: 1e-5, epochs: 4, innerFolds: 4, prune: 0.01 };
const WORD_COLUMN = LINE_FEATURES.length - WORD_FEATURES.length;

/** Inner fold of a page: a hash of its url (another hash than the bench's folds), so all renderings of a page go together. */
function innerFoldOf(url: string, folds: number): number {
  let h = 0x9747b28c;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619);
  return (mixHash(h) >>> 0) % folds;
}
const mixHash = (h: number) => { h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; return h ^ (h >>> 16); };

/**
 * The word model trained on all `examples`, after each page's word-feature columns were written from a word model
 * that did not see the page (inner folds by page): the line model then learns how far to trust the word logit on lines
 * the word model has not seen, as it will be on a new page.
 */
export function fillWordFeatures(examples: PageExamples[], options: WordOptions = WORDS): WordModel {
  const folds = examples.map((e) => innerFoldOf(e.page.url, options.innerFolds));
  for (let k = 0; k < options.innerFolds; k++) {
    const model = trainWordModel(examples.filter((_, p) => folds[p] !== k), options);
    examples.forEach((e, p) => { if (folds[p] === k) writeWordColumns(e, model, options); });
  }
  return trainWordModel(examples, options);
}

function writeWordColumns(e: PageExamples, model: WordModel, options: WordOptions): void {
  const values = pageWordFeatures(model, e.texts.map((text) => ({ text })));
  e.features.forEach((row, i) => {
    for (let c = 0; c < WORD_FEATURES.length; c++) row[WORD_COLUMN + c] = options.without?.includes(WORD_FEATURES[c]) ? 0 : values[i * WORD_FEATURES.length + c];
  });
}

/**
 * Hashed bag-of-words logistic regression over the labelled lines the rules left (the line model's training lines and
 * weights): AdaGrad, one line at a time in a fixed shuffled order, L2 on the buckets a line touches.
 */
export function trainWordModel(examples: PageExamples[], options: WordOptions = WORDS): WordModel {
  const rows: Array<{ buckets: Int32Array; y: number; w: number }> = [];
  for (const e of examples) {
    e.texts.forEach((text, i) => {
      if (e.ruled[i] || !e.weight[i]) return;
      const hashes = lineHashes(text);
      rows.push({ buckets: Int32Array.from(hashes, (h) => bucketOf(h, options.bits)), y: e.label[i], w: e.weight[i] });
    });
  }
  const meanW = rows.reduce((s, r) => s + r.w, 0) / Math.max(1, rows.length);
  const size = 1 << options.bits;
  const beta = new Float64Array(size), g2 = new Float64Array(size).fill(1e-8);
  let bias = 0, biasG2 = 1e-8;
  const order = Int32Array.from(rows.keys());
  let seed = 2463534242;
  for (let i = order.length - 1; i > 0; i--) {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    const j = (seed >>> 0) % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const RATE = 0.2;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const r of order) {
      const { buckets, y, w } = rows[r];
      const value = featureValue(buckets.length);
      let z = bias;
      for (let k = 0; k < buckets.length; k++) z += beta[buckets[k]] * value;
      const err = (w / meanW) * (sigmoid(z) - y);
      for (let k = 0; k < buckets.length; k++) {
        const b = buckets[k], g = err * value + options.l2 * beta[b];
        g2[b] += g * g;
        beta[b] -= (RATE * g) / Math.sqrt(g2[b]);
      }
      biasG2 += err * err;
      bias -= (RATE * err) / Math.sqrt(biasG2);
    }
  }
  const gaps: number[] = [], milli: number[] = [];
  for (let b = 0, last = 0; b < size; b++) {
    const v = Math.round(beta[b] * 1000);
    if (Math.abs(v) >= options.prune * 1000) { gaps.push(b - last); milli.push(v); last = b; }
  }
  return { bits: options.bits, bias: Math.round(bias * 1000) / 1000, gaps, milli };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: fileURLToPath(new URL('../data/line-classifier.json', import.meta.url)) } } });
  if (!existsSync(SHARED + 'extraction-text-dev/gold.json')) { console.error(`train-line-classifier: ${SHARED} is absent`); process.exit(1); }
  // The examples bench:clean-text caches (the same as computed afresh: loadTrainingPages, then pageExamples).
  const examples = cachedExamples();
  const pages = examples.map((e) => e.page);
  const renderings = [...new Set(pages.map((p) => p.rendering))].join(', ');
  const model = trainLineModel(examples, `${new Set(pages.map((p) => p.url)).size} pages of ../shared/bench/extraction-dev in ${renderings}`);
  const { words, ...rest } = model;
  writeFileSync(values.out!, JSON.stringify(rest, null, 1) + '\n');
  if (words) {
    const wordsOut = /line-classifier\.json$/.test(values.out!) ? values.out!.replace(/line-classifier\.json$/, 'line-words.json') : `${values.out}.words.json`;
    writeFileSync(wordsOut, JSON.stringify(words) + '\n');
    console.log(`wrote ${wordsOut}: ${words.gaps.length} buckets of ${1 << words.bits}`);
  }
  const weights = model.line.weights.length + model.context.weights.length + (model.stack?.weights.length ?? 0) + (model.boost?.trees.flat().length ?? 0);
  console.log(`wrote ${values.out}: ${weights} numbers, threshold ${model.threshold}`);
}
