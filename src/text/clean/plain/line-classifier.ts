// The plain-text line classifier: logistic regression over line-features.ts, then a context pass (a second logistic
// regression over the first one's probabilities around each line, the learned form of jusText's neighbour rules), then
// boosted trees over both passes' inputs that correct the context pass's logit (feature interactions a linear model
// cannot draw: "short and inside the article's core" against "short and among links").
// Weights are data/line-classifier.json, rebuilt by scripts/train-line-classifier.ts; no runtime dependency.
import { existsSync, readFileSync } from 'node:fs';
import { LINE_FEATURES, pageFeatureRows, type LineFeatureRows, type LineUnit } from './line-features.ts';
import { firstNotBefore } from '../../sorted.ts';
import type { SequenceDecode } from './line-decode.ts';
import { WORD_FEATURES, pageWordFeatures, type WordModel } from './line-words.ts';
import { treeWalker } from './tree-walk.ts';

export interface LogisticModel { features: string[]; weights: number[]; bias: number }
/**
 * Gradient-boosted trees of one depth, each a complete binary tree stored flat: its 2^depth − 1 splits in breadth-first
 * order as [input, threshold] pairs (go right when input > threshold), then its 2^depth leaf values (logit added).
 * Inputs are numbered over the line features, then the context-pass features.
 */
export interface BoostedTrees { features: string[]; depth: number; trees: number[][] }
export interface LineModel {
  /** Per line, from its own and its neighbours' features. */
  line: LogisticModel;
  /** Context pass, from the line model's probabilities around each line (CONTEXT_PASS_FEATURES). */
  context: LogisticModel;
  /** Corrections to the context pass's logit, from the line and context-pass features together. */
  boost?: BoostedTrees;
  /** Second context pass (stacked): the same windows over the trees' probabilities around each line. */
  stack?: LogisticModel;
  /** The keep/drop decision over each blank-line block's lines as one sequence (line-decode.ts), not line by line. */
  sequence?: SequenceDecode;
  /** The hashed bag-of-words model whose logits are the word features (line-words.ts); without it they are 0. */
  words?: WordModel;
  /** Probability at or above which a line is kept (chosen by the training script). */
  threshold: number;
  /** What it was trained on, for the record. */
  trainedOn?: string;
}

/** Line features the context pass reads again, alone and (STACKED_PRODUCTS) times the line model's logit. */
const STACKED = ['in-core', 'core-cohesion', 'length-vs-median', 'sentence-end', 'second-person'] as const;
const STACKED_PRODUCTS = ['in-core', 'core-cohesion', 'sentence-end'] as const;
const stackedColumns = STACKED.map((f) => LINE_FEATURES.indexOf(f));
const productColumns = STACKED_PRODUCTS.map((f) => LINE_FEATURES.indexOf(f));
/**
 * Windows of the context pass: the line itself, its next neighbours, the paragraph around it, the section around it,
 * its blank-line group; then a few of the line's own features, alone and times its logit (the line model is linear:
 * "sure and inside the article's core" is a different case from "sure and far from it").
 */
export const CONTEXT_PASS_FEATURES = [
  'logit', 'p', 'mean-p±1', 'mean-p±3', 'mean-p±8', 'prev-p', 'next-p', 'max-p±2', 'group-mean-p',
  ...STACKED, ...STACKED_PRODUCTS.map((f) => `logit×${f}`),
];
/** Probability a line removed by the rules lends its neighbours: it is almost always chrome. */
const RULED_P = 0.02;

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(model: LogisticModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) z += model.weights[k] * x[k];
  return sigmoid(z);
}

/** The context-pass inputs of every line, from the line model's probabilities, the line features and the lines' groups. */
export function contextPassFeatures(p: ArrayLike<number>, features: Float64Array[], groups: ArrayLike<number>): Float64Array[] {
  const groupMeans = groupMeanP(p, groups);
  return Array.from({ length: p.length }, (_, i) => contextPassRow(p, features[i], groupMeans, i, new Float64Array(CONTEXT_PASS_FEATURES.length)));
}

/**
 * Per line, the mean probability of the other lines of its blank-line group (its own when it is alone). Groups are
 * numbered from 0 in page order (lineUnits), so their sums sit in arrays: a Map with an array per group cost a page of
 * 333,000 one-line groups a tenth of the classifier's time (bench:hostile).
 */
function groupMeanP(p: ArrayLike<number>, groups: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let i = 0; i < groups.length; i++) count = Math.max(count, groups[i] + 1);
  const sums = new Float64Array(count), sizes = new Float64Array(count);
  for (let i = 0; i < p.length; i++) { sums[groups[i]] += p[i]; sizes[groups[i]]++; }
  const means = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const n = sizes[groups[i]];
    means[i] = n > 1 ? (sums[groups[i]] - p[i]) / (n - 1) : p[i];
  }
  return means;
}

/**
 * The context-pass inputs of line i written into `out`: scoreLines reuses one row, since an array per line (300,000
 * on a page of one-character lines) made the garbage collector the largest cost of the clean stage (bench:hostile).
 */
function contextPassRow(p: ArrayLike<number>, own: ArrayLike<number>, groupMeans: ArrayLike<number>, i: number, out: Float64Array): Float64Array {
  const n = p.length;
  const q = Math.min(0.999, Math.max(0.001, p[i]));
  let max = 0;
  for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) if (j !== i) max = Math.max(max, p[j]);
  const logit = Math.log(q / (1 - q)) / 5;
  out[0] = logit; out[1] = p[i]; out[2] = meanAround(p, i, 1); out[3] = meanAround(p, i, 3); out[4] = meanAround(p, i, 8);
  out[5] = i > 0 ? p[i - 1] : 0; out[6] = i < n - 1 ? p[i + 1] : 0; out[7] = max; out[8] = groupMeans[i];
  let k = 9;
  for (const c of stackedColumns) out[k++] = own[c];
  for (const c of productColumns) out[k++] = logit * own[c];
  return out;
}

/**
 * Mean of p over the lines within `r` of line i, itself left out. A function of its own, not a closure made per line:
 * tsx keeps function names, so each closure made is a defineProperty as well.
 */
function meanAround(p: ArrayLike<number>, i: number, r: number): number {
  let s = 0, k = 0;
  for (let j = Math.max(0, i - r); j <= Math.min(p.length - 1, i + r); j++) if (j !== i) { s += p[j]; k++; }
  return k ? s / k : 0;
}

/** The lines' feature rows: lineFeatures' arrays (training) or pageFeatureRows' store (the cleaner). */
export type FeatureRows = readonly Float64Array[] | LineFeatureRows;
/** Either kind as rows that write line i's features into `out` (contextPass reads `out`, not only what row returns). */
const rowsOf = (features: FeatureRows): LineFeatureRows => ('row' in features ? features : {
  length: features.length,
  row: (i, out) => {
    out.set(features[i]);
    return out;
  },
});

/** The line model's probability for each line (lines the rules removed get RULED_P). */
export function lineProbabilities(model: LineModel, ruled: ArrayLike<boolean>, features: FeatureRows): Float64Array {
  const rows = rowsOf(features), row = new Float64Array(LINE_FEATURES.length);
  // Filled in a loop: Float64Array.from with a map function is several times slower.
  const p = new Float64Array(rows.length);
  for (let i = 0; i < p.length; i++) p[i] = ruled[i] ? RULED_P : predict(model.line, rows.row(i, row));
  return p;
}

/** The inputs of the boosted trees: the line features, then the context-pass features. */
export const BOOST_FEATURES: readonly string[] = [...LINE_FEATURES, ...CONTEXT_PASS_FEATURES];

/** The trees in typed arrays, made once per model: the walk below reads them for every line of every page. */
interface FlatTrees {
  inputs: Int32Array; thresholds: Float64Array; leaves: Float64Array; splits: number; leafCount: number;
  /** Per input, every threshold a split compares it with, ascending (empty for an input no tree reads). */
  thresholdsOf: Float64Array[];
}
const flattened = new WeakMap<BoostedTrees, FlatTrees>();
function flatTrees(boost: BoostedTrees): FlatTrees {
  let flat = flattened.get(boost);
  if (!flat) {
    const leafCount = 1 << boost.depth, splits = leafCount - 1;
    flat = {
      inputs: Int32Array.from(boost.trees.flatMap((t) => Array.from({ length: splits }, (_, k) => t[2 * k]))),
      thresholds: Float64Array.from(boost.trees.flatMap((t) => Array.from({ length: splits }, (_, k) => t[2 * k + 1]))),
      leaves: Float64Array.from(boost.trees.flatMap((t) => t.slice(2 * splits))),
      splits, leafCount,
      thresholdsOf: boost.features.map((_, f) => Float64Array.from(boost.trees.flatMap((t) => Array.from({ length: splits }, (_, k) => k).filter((k) => t[2 * k] === f).map((k) => t[2 * k + 1]))).sort()),
    };
    flattened.set(boost, flat);
  }
  return flat;
}

/**
 * Sum of the trees' leaves for one line; `inputs` are its line features followed by its context-pass features. The
 * walk of tree-walk.ts (each depth-3 tree's three comparisons written out over typed arrays): the same leaves in the
 * same tree order as walkTrees, so the same sum bit for bit, at under half the time of the QuickScorer sum it replaced
 * (round 15, bench:clean-text).
 */
export function boostMargin(boost: BoostedTrees, inputs: ArrayLike<number>): number {
  return treeWalker(boost)(inputs);
}

/** The sum of the leaves by the plain walk from each tree's root: the reference of the tests. */
export function walkTrees(boost: BoostedTrees, inputs: ArrayLike<number>): number {
  const { inputs: input, thresholds, leaves, splits, leafCount } = flatTrees(boost);
  let sum = 0;
  for (let t = 0, base = 0; t < boost.trees.length; t++, base += splits) {
    let node = 0;
    while (node < splits) node = 2 * node + (inputs[input[base + node]] > thresholds[base + node] ? 2 : 1);
    sum += leaves[t * leafCount + node - splits];
  }
  return sum;
}

/**
 * boostMargin for the lines of a page in order, remembering the last inputs it walked the trees for: a line whose every
 * input falls on the same side of every split as those takes the same path through each tree, so its sum is the same
 * (bit for bit: the same leaves added in the same order). Neighbouring lines mostly differ in inputs such as position,
 * which cross few thresholds: on a page of 333,000 one-character lines the walk of 150 trees per line was a third of
 * the clean stage (bench:hostile).
 */
export function boostMarginInOrder(boost: BoostedTrees): (inputs: Float64Array) => number {
  const { thresholdsOf } = flatTrees(boost);
  const walk = treeWalker(boost);
  const walked = new Float64Array(thresholdsOf.length);
  // Only the inputs some split reads decide the sum: the others are not compared (a fifth of the inputs, bench:hostile).
  // The inputs with the most thresholds first: on a page of lines that all differ, the check stops at the first input
  // that crosses one, and those cross most often.
  const read = Int32Array.from(thresholdsOf.keys()).filter((f) => thresholdsOf[f].length > 0).sort((a, b) => thresholdsOf[b].length - thresholdsOf[a].length || a - b);
  let margin: number | null = null;
  /** Whether any of input f's thresholds lies between its walked value and `value` (so some split goes the other way). */
  const crosses = (f: number, value: number) => {
    const thresholds = thresholdsOf[f]; // ascending
    const low = Math.min(walked[f], value), high = Math.max(walked[f], value);
    // The first threshold >= low, by a binary search written out: firstNotBefore's closure made per call cost more
    // than the search on pages whose every line differs (bench:clean-text).
    let k = 0;
    for (let end = thresholds.length; k < end;) {
      const mid = (k + end) >> 1;
      if (thresholds[mid] < low) k = mid + 1; else end = mid;
    }
    return k < thresholds.length && thresholds[k] < high;
  };
  // Once a line was on the same sides as the walked one (a run of like lines), the range of values around each walked
  // value that is: any v with above < v <= upTo is on the side of each split the walked value is. Made only then, so
  // that a page of lines that all differ (most real pages) pays for no more than the check above.
  const above = new Float64Array(thresholdsOf.length), upTo = new Float64Array(thresholdsOf.length);
  let ranges = false;
  const makeRanges = () => {
    for (const f of read) {
      const thresholds = thresholdsOf[f];
      const k = firstNotBefore(thresholds.length, (i) => thresholds[i] < walked[f]); // k thresholds are below the walked value
      above[f] = k > 0 ? thresholds[k - 1] : -Infinity;
      upTo[f] = k < thresholds.length ? thresholds[k] : Infinity;
    }
    ranges = true;
  };
  const sameSides = (inputs: Float64Array) => {
    if (ranges) {
      for (let r = 0; r < read.length; r++) {
        const f = read[r];
        if (!(inputs[f] > above[f] && inputs[f] <= upTo[f])) return false;
      }
      return true;
    }
    for (let r = 0; r < read.length; r++) {
      const f = read[r], value = inputs[f];
      if (value === walked[f]) continue;
      if (Number.isNaN(value) || Number.isNaN(walked[f]) || crosses(f, value)) return false;
    }
    makeRanges();
    return true;
  };
  return (inputs) => {
    if (margin !== null && sameSides(inputs)) return margin;
    walked.set(inputs);
    ranges = false;
    return (margin = walk(inputs));
  };
}

/**
 * Logit of the context pass, plus the boosted trees' correction when the model has them (`margin`: boostMargin, or
 * boostMarginInOrder's for a page's lines in order).
 */
export function contextLogit(model: LineModel, own: ArrayLike<number>, context: ArrayLike<number>, joined = new Float64Array(own.length + context.length),
  margin = (inputs: Float64Array) => boostMargin(model.boost!, inputs)): number {
  let z = model.context.bias;
  for (let k = 0; k < model.context.weights.length; k++) z += model.context.weights[k] * context[k];
  if (!model.boost) return z;
  joined.set(own); joined.set(context, own.length);
  return z + margin(joined);
}

/**
 * contextLogit for a line whose context-pass features are the tail of its line features' array (`joined`, BOOST_FEATURES
 * order): the same sums in the same order, without copying both into another array.
 */
function joinedLogit(model: LineModel, joined: Float64Array, context: Float64Array, margin?: (inputs: Float64Array) => number): number {
  let z = model.context.bias;
  for (let k = 0; k < model.context.weights.length; k++) z += model.context.weights[k] * context[k];
  return model.boost ? z + margin!(joined) : z;
}

/** Probability that each line is article text, after the context pass (and the trees, and the stacked pass). */
export function scoreLines(model: LineModel, units: LineUnit[], lang: string): Float64Array {
  const features = withWordFeatures(pageFeatureRows(units, lang), model.words ? pageWordFeatures(model.words, units) : null);
  const ruled = units.map((u) => u.ruled);
  const groups = units.map((u) => u.group);
  // Per line, the features contextPassRow reads of its row (`columns`), kept by the context pass for the stacked pass below.
  const columns = Int32Array.from(new Set([...stackedColumns, ...productColumns]));
  const stacked = model.stack ? { columns, values: new Float64Array(units.length * columns.length) } : undefined;
  const p = contextPass(model, ruled, features, groups, undefined, stacked);
  if (!model.stack) {
    for (let i = 0; i < p.length; i++) if (ruled[i]) p[i] = 0;
    return p;
  }
  const groupMeans = groupMeanP(p, groups);
  const row = new Float64Array(CONTEXT_PASS_FEATURES.length), line = new Float64Array(LINE_FEATURES.length);
  // Filled in loops: Float64Array.from with a map function is several times slower (bench:hostile).
  const scores = new Float64Array(units.length);
  // contextPassRow reads only these columns of a line's features: those the context pass kept of its row are written
  // into `line` (its other columns are not read), instead of the row being assembled a second time (a tenth of the
  // clean stage on bench:hostile's one-char-lines).
  const { values } = stacked!;
  for (let i = 0; i < units.length; i++) {
    if (ruled[i]) continue;
    for (let k = 0, from = i * columns.length; k < columns.length; k++) line[columns[k]] = values[from + k];
    scores[i] = predict(model.stack, contextPassRow(p, line, groupMeans, i, row));
  }
  return scores;
}

/** The context pass's (and the trees') probability for each line, from the line model's `p`; RULED_P for ruled lines. */
export function contextProbabilities(model: LineModel, ruled: ArrayLike<boolean>, features: FeatureRows, groups: ArrayLike<number>, p: Float64Array): Float64Array {
  return contextPass(model, ruled, rowsOf(features), groups, p);
}

/**
 * A line's row as the trees read it (BOOST_FEATURES): its line features, then its context-pass features written into
 * the same array (contextRow, a view of its tail), so that neither is copied into a third array per line.
 */
interface JoinedRow { joined: Float64Array; contextRow: Float64Array }
const joinedRow = (): JoinedRow => {
  const joined = new Float64Array(BOOST_FEATURES.length);
  return { joined, contextRow: joined.subarray(LINE_FEATURES.length) };
};
let rowPool: { recent: JoinedRow[]; spare: JoinedRow } | null = null;
/**
 * The context pass's RECENT_ROWS rows and a spare, made once and reused by every page (contextPass writes each row
 * before reading it): making them was a percent of the cleaning of a markdown page (bench:clean-text).
 */
function recentRows(): { recent: JoinedRow[]; spare: JoinedRow } {
  return (rowPool ??= { recent: Array.from({ length: RECENT_ROWS }, joinedRow), spare: joinedRow() });
}

/** The farthest neighbour contextPassRow reads, from the names of its windows (mean-p±8). */
const CONTEXT_REACH = Math.max(...CONTEXT_PASS_FEATURES.map((f) => Number(/±(\d+)$/.exec(f)?.[1] ?? 0)));
/** Feature rows kept for the context pass: a blank-line group of up to about this many lines has its rows assembled once. */
const RECENT_ROWS = 64;

/**
 * The context pass's (and the trees') probability for each line, from the line model's `p`, or (without it) from the
 * line model run here. One walk: line i's context pass runs as soon as the line model has scored every line it reads
 * (CONTEXT_REACH on either side and the rest of its blank-line group), so that its feature row, assembled for the line
 * model, is still among the last RECENT_ROWS and is not assembled again (pageFeatureRows stores no row per line).
 * The same values as the line model over every line followed by the context pass: each sum in the same order.
 * `stacked`: where to keep, per line the rules left, its row's values in `columns` (line i's at i * columns.length).
 */
function contextPass(model: LineModel, ruled: ArrayLike<boolean>, rows: LineFeatureRows, groups: ArrayLike<number>, given?: Float64Array, stacked?: { columns: Int32Array; values: Float64Array }): Float64Array {
  const n = rows.length;
  let groupCount = 0;
  for (let i = 0; i < n; i++) groupCount = Math.max(groupCount, groups[i] + 1);
  // Per group: its last line, its lines' p summed in line order, and its size (as groupMeanP).
  const lastOf = new Int32Array(groupCount), sums = new Float64Array(groupCount), sizes = new Float64Array(groupCount);
  for (let i = 0; i < n; i++) { lastOf[groups[i]] = i; sizes[groups[i]]++; }
  const p = given ?? new Float64Array(n);
  const { recent, spare } = recentRows();
  const recentLine = new Int32Array(RECENT_ROWS).fill(-1);
  const groupMeans = new Float64Array(n);
  const margin = model.boost ? boostMarginInOrder(model.boost) : undefined;
  const q = new Float64Array(n);
  for (let j = 0, i = 0; i < n; j++) {
    if (j < n) {
      if (!given) {
        const slot = j % RECENT_ROWS;
        if (ruled[j]) p[j] = RULED_P;
        else { p[j] = predict(model.line, rows.row(j, recent[slot].joined)); recentLine[slot] = j; }
      }
      sums[groups[j]] += p[j];
    }
    // The lines whose context is now scored (all of them once the last line is).
    for (; i < n && (j >= n - 1 || (j >= i + CONTEXT_REACH && j >= lastOf[groups[i]])); i++) {
      if (ruled[i]) { q[i] = RULED_P; continue; }
      const size = sizes[groups[i]];
      groupMeans[i] = size > 1 ? (sums[groups[i]] - p[i]) / (size - 1) : p[i];
      let held = recent[i % RECENT_ROWS];
      if (recentLine[i % RECENT_ROWS] !== i) rows.row(i, (held = spare).joined);
      if (stacked) for (let k = 0, { columns, values } = stacked, to = i * columns.length; k < columns.length; k++) values[to + k] = held.joined[columns[k]];
      q[i] = sigmoid(joinedLogit(model, held.joined, contextPassRow(p, held.joined, groupMeans, i, held.contextRow), margin));
    }
  }
  return q;
}

/** Where the word features sit in a line's row: the last WORD_FEATURES.length columns of LINE_FEATURES. */
const WORD_COLUMN = LINE_FEATURES.length - WORD_FEATURES.length;
/**
 * pageFeatureRows' rows with the word features written at their columns (`values`: pageWordFeatures'), or 0 there
 * without a word model (the rows are written into buffers reused from line to line: a column left unwritten would hold
 * another line's value).
 */
function withWordFeatures(rows: LineFeatureRows, values: Float64Array | null): LineFeatureRows {
  return {
    length: rows.length,
    row: (i, out, upTo) => {
      const row = rows.row(i, out, upTo);
      for (let c = 0; c < WORD_FEATURES.length; c++) row[WORD_COLUMN + c] = values ? values[i * WORD_FEATURES.length + c] : 0;
      return row;
    },
  };
}

let shipped: LineModel | null = null;
/** The shipped model (data/line-classifier.json), checked against the features this code computes. */
export function shippedLineModel(): LineModel {
  if (!shipped) {
    const model = JSON.parse(readFileSync(new URL('../../../../data/line-classifier.json', import.meta.url), 'utf8')) as LineModel;
    // The word model is a file of its own (its buckets are most of the numbers), written by the same training run.
    const words = new URL('../../../../data/line-words.json', import.meta.url);
    if (existsSync(words)) model.words = JSON.parse(readFileSync(words, 'utf8')) as WordModel;
    checkModel(model);
    shipped = model;
  }
  return shipped;
}

/** Throws when a model's feature list is not the one this code computes (weights from another version). */
export function checkModel(model: LineModel): void {
  const same = (a: string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(model.line.features, LINE_FEATURES) || !same(model.context.features, CONTEXT_PASS_FEATURES) || (model.boost && !same(model.boost.features, BOOST_FEATURES)) || (model.stack && !same(model.stack.features, CONTEXT_PASS_FEATURES))) {
    throw new Error('data/line-classifier.json: its features differ from line-features.ts; rebuild it with scripts/train-line-classifier.ts');
  }
}
