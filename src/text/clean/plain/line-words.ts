// Lexical evidence for the plain-text line classifier: what a line says, not how it looks. A reader knows "Share",
// "Read more", "Newsletter abonnieren" or "Foto:" as chrome from its words in every language; the shape features of
// line-features.ts cannot. A line's words, word pairs and word stems are hashed into buckets (the hashing trick:
// no vocabulary is shipped, only the buckets' weights) and a regularised logistic regression over them, trained by
// scripts/train-line-classifier.ts, gives each line a logit; the line's logit and its neighbours' mean are the last
// two line features (WORD_FEATURES, appended to LINE_FEATURES). No runtime dependency; weights in data/line-words.json.
import type { LineUnit } from './line-features.ts';

/** The word features, in this order at the end of LINE_FEATURES. */
export const WORD_FEATURES = ['line-words', 'near:line-words'] as const;

/**
 * A hashed bag-of-words logistic model: bucket → weight, only buckets with a weight kept, in ascending order, each as
 * its gap from the last kept bucket (the first from 0) and its weight in thousandths: the shipped file is about half
 * the size of buckets and decimal weights written out (32,000 buckets).
 */
export interface WordModel {
  /** The buckets are the top `bits` bits of a token's hash. */
  bits: number;
  bias: number;
  gaps: number[];
  /** Integers: thousandths of a logit. */
  milli: number[];
}

/** Character classes of a code unit for tokenising (after lowercasing). */
const SPACE = 0, WORD = 1, SINGLE = 2, PUNCT = 3;
/**
 * The class of code unit c: letters and digits continue a word; each Han, kana or Hangul character is a token of its
 * own (unspaced scripts: a character and its pairs stand in for words); punctuation and symbols are one-character
 * tokens (a `|` between menu items, a `©`, a `»` say something); white space separates.
 */
function unitClass(c: number): number {
  if (c < 0x80) {
    if (c <= 0x20 || c === 0x7f) return SPACE;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return WORD;
    return PUNCT;
  }
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0xfeff) return SPACE;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return PUNCT; // Latin-1's symbols: « » © · ° ¦
  if ((c >= 0x2010 && c <= 0x2bff) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20)) return PUNCT;
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) return SINGLE;
  return WORD; // other letters, marks and surrogates (astral letters, emoji: rare enough to hash as word characters)
}
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLASS[c] = unitClass(c);

/** A word of at least this many code units also yields its first STEM code units (an inflection or compound's stem). */
const STEM_FROM = 7, STEM = 5;
/** Seeds that keep the kinds of hashed feature apart. */
const UNIGRAM = 0x811c9dc5, BIGRAM = 0x3c6ef372, STEM_SEED = 0x1b873593;
/** Stands for the line's start and end in word pairs: "starts with `foto`" and "ends with `:`" are pairs too. */
const EDGE = 0x2545f491;
/** A line's tokens counted up to this many: the hash of a page-long line costs no more than a paragraph's. */
const MAX_TOKENS = 256;

/** murmur3's finaliser: every input bit moves every output bit, so the top bits are a fair bucket. */
function mix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The lowercase of each code unit, as String.prototype.toLowerCase gives it, so a line is lowercased while it is hashed
 * (no lowercased copy of every line). UNLOWERED marks the units whose lowercase depends on more than the unit itself:
 * U+0130 (İ, two code units lowercased), U+03A3 (Σ: σ, or ς at a word's end) and the surrogates (an astral capital's
 * lowercase is another pair); a line holding one is lowercased whole, as before. U+FFFF, a noncharacter, is marked too.
 */
const UNLOWERED = 0xffff;
const LOWER = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LOWER[c] = c === 0x130 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff) || lower.length !== 1 ? UNLOWERED : lower.charCodeAt(0);
}

/**
 * The longest line's hashes: MAX_TOKENS tokens (one more when a word and the punctuation ending it close together),
 * three each (token, pair, stem), and the end pair. Reused from line to line: no growth check in the hot loop.
 */
const buffer = new Uint32Array(3 * (MAX_TOKENS + 1) + 1);

/** Writes a token's features at `count` (its hash, its pair with the previous token's, its stem's when long); the new count. */
function writeToken(count: number, token: number, previous: number, long: boolean, stem: number): number {
  buffer[count++] = mix(token ^ UNIGRAM);
  buffer[count++] = mix(Math.imul(previous, 0x01000193) ^ token ^ BIGRAM);
  if (long) buffer[count++] = mix(stem ^ STEM_SEED);
  return count;
}

/**
 * lineHashes' loop over `t`'s code units, lowercasing each by LOWER unless `lowered` (t is lowercased already). Returns
 * the number of hashes written into `buffer`, or −1 when a unit LOWER cannot lowercase alone comes (unless `lowered`).
 */
function hashUnits(t: string, lowered: boolean): number {
  let count = 0, tokens = 0;
  let previous = EDGE;
  let h = 0, length = 0, stem = 0, digits = 0;
  for (let i = 0; i < t.length && tokens < MAX_TOKENS; i++) {
    let c = t.charCodeAt(i);
    if (!lowered) { c = LOWER[c]; if (c === UNLOWERED) return -1; }
    const kind = CLASS[c];
    if (kind === WORD) {
      if (!length) { h = 0x811c9dc5; digits = 0; }
      if (c >= 0x30 && c <= 0x39) {
        // A run of one or two digits reads as 0, of three or more as 00: a day, an hour, a year, a count.
        if (++digits !== 1 && digits !== 3) continue;
        c = 0x30;
      } else digits = 0;
      h = Math.imul(h ^ c, 0x01000193);
      if (++length === STEM) stem = h;
      continue;
    }
    if (length) {
      const token = mix(h);
      count = writeToken(count, token, previous, length >= STEM_FROM, stem);
      previous = token; length = 0; tokens++;
    }
    if (kind === SPACE) continue;
    // A punctuation mark or an unspaced script's character: a token of one code unit.
    const token = mix(Math.imul(0x811c9dc5 ^ c, 0x01000193));
    count = writeToken(count, token, previous, false, 0);
    previous = token; tokens++;
  }
  if (length && tokens < MAX_TOKENS) {
    const token = mix(h);
    count = writeToken(count, token, previous, length >= STEM_FROM, stem);
    previous = token;
  }
  buffer[count++] = mix(Math.imul(previous, 0x01000193) ^ EDGE ^ BIGRAM);
  return count;
}

/**
 * The hashed features of a line (32-bit hashes, bucket = top bits): each token (lowercased; a run of one or two digits read
 * as 0 and of more as 00, so "9:30" and "12:05" are the same time stamp, "3.4.2021" and "17.11.1999" the same date), each pair of consecutive tokens with the
 * line's start and end as tokens, and the first STEM code units of each word of STEM_FROM or more. One pass over the
 * code units with FNV-1a, no pattern per word. Returns a view of a shared buffer: read it before the next call.
 */
export function lineHashes(text: string): Uint32Array {
  let count = hashUnits(text, false);
  if (count < 0) count = hashUnits(text.toLowerCase(), true);
  return buffer.subarray(0, count);
}

/** The bucket of a hash in a table of 2^bits. */
export const bucketOf = (hash: number, bits: number) => hash >>> (32 - bits);

/** Each hashed feature of a line weighs 1/√count (its bag of features has unit length: long paragraphs do not sum more). */
export const featureValue = (count: number) => 1 / Math.sqrt(Math.max(1, count));

const dense = new WeakMap<WordModel, Float32Array>();
function denseWeights(model: WordModel): Float32Array {
  let table = dense.get(model);
  if (!table) {
    table = new Float32Array(1 << model.bits);
    for (let k = 0, bucket = 0; k < model.gaps.length; k++) table[(bucket += model.gaps[k])] = model.milli[k] / 1000;
    dense.set(model, table);
  }
  return table;
}

/** The word model's logit for a line. */
export function wordLogit(model: WordModel, text: string): number {
  return logitOf(denseWeights(model), 32 - model.bits, model.bias, text);
}

/** A line's logit under the dense table of a word model whose bucket is a hash's top bits (`shift` = 32 − bits). */
function logitOf(table: Float32Array, shift: number, bias: number, text: string): number {
  let count = hashUnits(text, false);
  if (count < 0) count = hashUnits(text.toLowerCase(), true);
  let z = 0;
  for (let k = 0; k < count; k++) z += table[buffer[k] >>> shift];
  return bias + z * featureValue(count);
}

/** The logit as a feature: clipped (a line of a hundred sure words is no surer than one of ten) and scaled near ±1. */
const LOGIT_CLIP = 8, LOGIT_SCALE = 4;

/**
 * The word features of a page's lines from their logits (WORD_FEATURES order, line i's at i * WORD_FEATURES.length):
 * the line's own, then the mean of the lines just before and after it.
 */
export function wordFeatureValues(logits: ArrayLike<number>): Float64Array {
  const n = logits.length, width = WORD_FEATURES.length;
  const own = new Float64Array(n);
  for (let i = 0; i < n; i++) own[i] = Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logits[i])) / LOGIT_SCALE;
  const out = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    out[i * width] = own[i];
    const before = i > 0 ? own[i - 1] : 0, after = i < n - 1 ? own[i + 1] : 0, k = (i > 0 ? 1 : 0) + (i < n - 1 ? 1 : 0);
    out[i * width + 1] = k ? (before + after) / k : 0;
  }
  return out;
}

/** The word features of a page's lines under a word model (wordFeatureValues of each line's wordLogit). */
export function pageWordFeatures(model: WordModel, units: readonly Pick<LineUnit, 'text'>[]): Float64Array {
  const logits = new Float64Array(units.length), table = denseWeights(model), shift = 32 - model.bits;
  for (let i = 0; i < units.length; i++) logits[i] = logitOf(table, shift, model.bias, units[i].text);
  return wordFeatureValues(logits);
}
