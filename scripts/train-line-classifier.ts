// Trains the plain-text line classifier (src/text/clean/plain/line-classifier.ts) and writes data/line-classifier.json.
// Data: the 435 pages of ../shared/bench/extraction-dev, as extraction-text-dev renders them and in the renderings of
// scripts/render-text-pages.ts. Labels per line:
// - gold: a line holding (or held by) one of the page's gold `with` segments is article, one with a `without` segment
//   is boilerplate;
// - silver, for every other line: article when it is part of what claimscope's HTML extractor keeps from the same
//   page's HTML (F1 0.939 on these pages), boilerplate otherwise. Gold lines weigh GOLD_WEIGHT times more.
// Model: logistic regression over line-features.ts (standardised, L2, Adam, full batch), then the context pass: a
// second logistic regression over the first one's probabilities around each line. The threshold is the one that
// maximises F1 over the training pages' gold lines.
// Usage: node --import tsx scripts/train-line-classifier.ts [--out data/line-classifier.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractHtml } from '../src/text/clean/html/extract.ts';
import { decodePage } from '../src/text/read/decode.ts';
import { lineUnits, pageStoplist, ruledLines } from '../src/text/clean/plain/clean-text.ts';
import { LINE_FEATURES, lineFeatures } from '../src/text/clean/plain/line-features.ts';
import {
  CONTEXT_PASS_FEATURES, contextPassFeatures, lineProbabilities, predict, type LineModel, type LogisticModel,
} from '../src/text/clean/plain/line-classifier.ts';
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
  units.forEach((u, i) => {
    const t = normalise(u.text);
    const holds = (segments: string[]) => segments.some((s) => s && (t.includes(s) || (t.length >= MIN_LABEL_LENGTH && s.includes(t))));
    const pos = holds(withs), neg = holds(withouts);
    goldLabelled.push(pos !== neg);
    if (pos !== neg) { label[i] = pos ? 1 : 0; weight[i] = GOLD_WEIGHT * silverWeight; return; }
    if (pos && neg) return;
    if (!html.length || Math.floor(i / stride) === Math.floor((i - 1) / stride)) return;
    const inHtml = html.some((p) => p === t || (t.length >= MIN_LABEL_LENGTH && p.includes(t)));
    label[i] = inHtml ? 1 : 0;
    weight[i] = silverWeight * stride;
  });
  return { page, features, ruled: units.map((u) => u.ruled), groups: units.map((u) => u.group), label, weight, goldLabelled };
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

/** The two-stage line model trained on the given pages' lines. */
export function trainLineModel(examples: PageExamples[], trainedOn = ''): LineModel {
  const x: Float64Array[] = [], y: number[] = [], w: number[] = [];
  for (const e of examples) e.features.forEach((f, i) => { if (!e.ruled[i] && e.weight[i]) { x.push(f); y.push(e.label[i]); w.push(e.weight[i]); } });
  const line = trainLogistic(x, y, w, [...LINE_FEATURES]);
  const partial: LineModel = { line, context: { features: CONTEXT_PASS_FEATURES, weights: [], bias: 0 }, threshold: 0.5 };
  const cx: Float64Array[] = [], cy: number[] = [], cw: number[] = [];
  const stage1 = examples.map((e) => contextPassFeatures(lineProbabilities(partial, e.ruled, e.features), e.features, e.groups));
  examples.forEach((e, p) => e.features.forEach((_, i) => { if (!e.ruled[i] && e.weight[i]) { cx.push(stage1[p][i]); cy.push(e.label[i]); cw.push(e.weight[i]); } }));
  const context = trainLogistic(cx, cy, cw, CONTEXT_PASS_FEATURES);
  // Threshold: best F1 over the gold-labelled lines.
  const scored: Array<[number, number]> = [];
  examples.forEach((e, p) => e.features.forEach((_, i) => { if (!e.ruled[i] && e.goldLabelled[i]) scored.push([predict(context, stage1[p][i]), e.label[i]]); }));
  let threshold = 0.5, best = -1;
  for (let t = 0.2; t <= 0.8; t += 0.025) {
    let tp = 0, fp = 0, fn = 0;
    for (const [q, l] of scored) { if (q >= t) { if (l) tp++; else fp++; } else if (l) fn++; }
    const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
    if (f1 > best) { best = f1; threshold = Math.round(t * 1000) / 1000; }
  }
  return { line, context, threshold, trainedOn };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: fileURLToPath(new URL('../data/line-classifier.json', import.meta.url)) } } });
  if (!existsSync(SHARED + 'extraction-text-dev/gold.json')) { console.error(`train-line-classifier: ${SHARED} is absent`); process.exit(1); }
  const { pages, htmlText } = loadTrainingPages();
  const examples = pages.map((p) => pageExamples(p, htmlText.get(p.url)));
  const renderings = [...new Set(pages.map((p) => p.rendering))].join(', ');
  const model = trainLineModel(examples, `${new Set(pages.map((p) => p.url)).size} pages of ../shared/bench/extraction-dev in ${renderings}`);
  writeFileSync(values.out!, JSON.stringify(model, null, 1) + '\n');
  console.log(`wrote ${values.out}: ${model.line.weights.length + model.context.weights.length + 2} weights, threshold ${model.threshold}`);
}
