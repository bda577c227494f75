// The built-in multilingual lexical embedding, used when no embedding model can be loaded (offline, no
// --models folder). Hashed character n-grams over normalised text: it knows no meaning, but it matches
// what is written the same in every language (names such as OpenAI, GPT-3, PaLM, and numbers), and
// traditional and simplified Chinese, full- and half-width forms meet through the normalisation.
import { toSimplified } from '../text/language/chinese-script.ts';

/** Recorded with every vector: a change to the features below must bump the version. */
export const FALLBACK_METHOD = 'hashed-ngrams@1';
/**
 * 512 dimensions: a claim sentence has ~20–80 features, so collisions between two sentences' features are
 * rare (expected < 3 shared buckets by chance), while a vector stays 2 KB in SQLite.
 */
export const FALLBACK_DIMS = 512;

/** Character n-gram length for spaced scripts: trigrams match inflected forms (Parameter/parameters/paramètres). */
const LATIN_NGRAM = 3;
/** Whole words weigh more than their trigrams: an exact word match is stronger evidence. */
const WORD_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.35;
/** Numbers are the strongest cross-language signal a lexical method has. */
const NUMBER_WEIGHT = 2;
/** Han/kana characters alone are ambiguous; bigrams carry most of the word identity. */
const CJK_UNIGRAM_WEIGHT = 0.5;
const CJK_BIGRAM_WEIGHT = 1;
/** Function words of the main spaced languages weigh little, so a query's "the"/"der" does not pull towards its own language. */
const FUNCTION_WORD_WEIGHT = 0.15;
const FUNCTION_WORDS = new Set(`the a an of in on at to for and or is was are were has have had with by from as that this it its be been
der die das den dem des ein eine einer und oder ist war sind hat haben mit von zu im am für auf bei als dass
le la les un une des du de et ou est était sont a ont avec par pour dans sur que qui au aux
el los las un una unos de del y o es fue son ha han con por para en que al se
и в во на с со по из за к у о от для что это как не а но или был была были`.split(/\s+/));

/**
 * Tokens: runs of CJK/Thai characters (group 1), numbers with a decimal point between digits (group 2), and runs
 * of other letters. The three never mix, so "PaLM拥有5400亿" gives palm / 5400 / 拥有…亿 and each part meets its kind.
 */
const TOKEN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー]+)|(\d+(?:\.\d+)?)|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}])[\p{L}\p{M}])+/gu;

/**
 * NFKC (full-width letters and digits become ASCII), lowercase, traditional Chinese to simplified,
 * thousands separators dropped and decimal commas made points, so that 1,750 / 1.750 / 1 750 and
 * 5,4 / 5.4 meet.
 */
export function normaliseForMatching(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase())
    .replace(/(\d)[,.'’\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d),(?=\d)/g, '$1.');
}

/** FNV-1a, 32 bits: fast, and stable across runs and machines (the vectors are stored). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state (a signed 32-bit integer; >>> 0 gives the hash) after `text[start..end)` in UTF-16 code units, continuing from `hash`. */
function fnv1aRange(hash: number, text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Hash states after each feature prefix, so a feature's hash continues from its prefix without building the string. */
const PREFIX_HASH = {
  number: fnv1aRange(FNV_OFFSET, 'n:', 0, 2),
  char: fnv1aRange(FNV_OFFSET, 'c:', 0, 2),
  bigram: fnv1aRange(FNV_OFFSET, 'b:', 0, 2),
  word: fnv1aRange(FNV_OFFSET, 'w:', 0, 2),
  trigram: fnv1aRange(FNV_OFFSET, 'g:', 0, 2),
};

/**
 * Adds a feature by its FNV state. The bucket is the hash mod FALLBACK_DIMS (a power of two: the low bits of the
 * signed state are those of the unsigned hash), and the top bit picks the sign, so colliding features cancel out
 * on average instead of adding up. Kept as a signed integer, the state never becomes a heap number.
 */
if ((FALLBACK_DIMS & (FALLBACK_DIMS - 1)) !== 0) throw new Error('FALLBACK_DIMS must be a power of two (see addHashed)');
function addHashed(vector: Float32Array, state: number, weight: number): void {
  vector[state & (FALLBACK_DIMS - 1)] += state < 0 ? -weight : weight;
}

type TokenKind = 'number' | 'unspaced' | 'function' | 'word';
/** A TOKEN match's kind: a CJK/Thai run of nothing but ー (a Common-script mark) counts as a word, as it always has. */
function tokenKind(match: RegExpMatchArray): TokenKind {
  if (match[2] !== undefined) return 'number';
  const run = match[1];
  if (run !== undefined) for (let i = 0; i < run.length; i++) if (run[i] !== 'ー') return 'unspaced';
  return FUNCTION_WORDS.has(match[0]) ? 'function' : 'word';
}

/** The UTF-16 offset after the code point at `i` (what [...text] splits at). */
function nextCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return i + 2;
  }
  return i + 1;
}

/** A feature's kind is the FNV state after its prefix ("n:", "c:", ...); this gives the prefix back for lexicalFeatures. */
const PREFIX_OF_STATE = new Map<number, string>([
  [PREFIX_HASH.number, 'n:'], [PREFIX_HASH.char, 'c:'], [PREFIX_HASH.bigram, 'b:'], [PREFIX_HASH.word, 'w:'], [PREFIX_HASH.trigram, 'g:'],
]);

/**
 * Calls `visit` for every feature of a text, in order, as a range of a string: the one definition of the features
 * that both lexicalFeatures (as strings) and hashedNgramEmbedding (hashed straight from the characters) use.
 */
function visitFeatures(text: string, visit: (prefix: number, source: string, start: number, end: number, weight: number) => void): void {
  for (const match of normaliseForMatching(text).matchAll(TOKEN)) {
    const token = match[0];
    const kind = tokenKind(match);
    if (kind === 'number') {
      visit(PREFIX_HASH.number, token, 0, token.length, NUMBER_WEIGHT);
    } else if (kind === 'unspaced') {
      // Characters (code points) and the bigrams of neighbours.
      for (let i = 0; i < token.length;) {
        const next = nextCodePoint(token, i);
        visit(PREFIX_HASH.char, token, i, next, CJK_UNIGRAM_WEIGHT);
        if (next < token.length) visit(PREFIX_HASH.bigram, token, i, nextCodePoint(token, next), CJK_BIGRAM_WEIGHT);
        i = next;
      }
    } else if (kind === 'function') {
      visit(PREFIX_HASH.word, token, 0, token.length, FUNCTION_WORD_WEIGHT);
    } else {
      visit(PREFIX_HASH.word, token, 0, token.length, WORD_WEIGHT);
      // n-grams of code points of the padded word, between its code-point boundaries.
      const padded = `<${token}>`;
      if (isBmpOnly(padded)) {
        for (let i = 0; i + LATIN_NGRAM <= padded.length; i++) visit(PREFIX_HASH.trigram, padded, i, i + LATIN_NGRAM, TRIGRAM_WEIGHT);
      } else {
        const bounds = [0];
        for (let i = 0; i < padded.length;) bounds.push((i = nextCodePoint(padded, i)));
        for (let i = 0; i + LATIN_NGRAM < bounds.length; i++) visit(PREFIX_HASH.trigram, padded, bounds[i], bounds[i + LATIN_NGRAM], TRIGRAM_WEIGHT);
      }
    }
  }
}

/** True when `text` has no UTF-16 surrogates, so that code units and code points are the same. */
function isBmpOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) return false;
  }
  return true;
}

/** The features of a text with their weights (exported for tests and for explaining a match). */
export function lexicalFeatures(text: string): Array<[string, number]> {
  const features: Array<[string, number]> = [];
  visitFeatures(text, (prefix, source, start, end, weight) => features.push([PREFIX_OF_STATE.get(prefix) + source.slice(start, end), weight]));
  return features;
}

/**
 * The L2-normalised hashed n-gram vector of a text (all zeros for a text without letters or digits): the features of
 * lexicalFeatures, in the same order (float32 sums depend on the order), hashed without building their strings.
 */
export function hashedNgramEmbedding(text: string): Float32Array {
  const vector = new Float32Array(FALLBACK_DIMS);
  visitFeatures(text, (prefix, source, start, end, weight) => addHashed(vector, fnv1aRange(prefix, source, start, end), weight));
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i] * vector[i];
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < vector.length; i++) vector[i] *= scale;
  }
  return vector;
}
