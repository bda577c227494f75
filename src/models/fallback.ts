// The built-in multilingual lexical embedding, used when no embedding model can be loaded (offline, no
// --models folder). Hashed character n-grams over normalised text: it knows no meaning, but it matches
// what is written the same in every language (names such as OpenAI, GPT-3, PaLM, and numbers), and
// traditional and simplified Chinese, full- and half-width forms meet through the normalisation.
import { toSimplified } from '../text/chinese-script.ts';

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

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/**
 * Tokens: runs of CJK/Thai characters, numbers (with a decimal point between digits), and runs of other
 * letters. The three never mix, so "PaLM拥有5400亿" gives palm / 5400 / 拥有…亿 and each part meets its kind.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー]+|\d+(?:\.\d+)?|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}])[\p{L}\p{M}])+/gu;

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
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function addFeature(vector: Float32Array, feature: string, weight: number): void {
  const hash = fnv1a(feature);
  // One bit of the hash picks the sign, so colliding features cancel out on average instead of adding up.
  vector[hash % FALLBACK_DIMS] += hash & 0x80000000 ? -weight : weight;
}

/** The features of a text with their weights (exported for tests and for explaining a match). */
export function lexicalFeatures(text: string): Array<[string, number]> {
  const features: Array<[string, number]> = [];
  for (const [token] of normaliseForMatching(text).matchAll(TOKEN)) {
    if (/^\d/.test(token)) {
      features.push([`n:${token}`, NUMBER_WEIGHT]);
    } else if (UNSPACED.test(token)) {
      const chars = [...token];
      for (let i = 0; i < chars.length; i++) {
        features.push([`c:${chars[i]}`, CJK_UNIGRAM_WEIGHT]);
        if (i + 1 < chars.length) features.push([`b:${chars[i]}${chars[i + 1]}`, CJK_BIGRAM_WEIGHT]);
      }
    } else if (FUNCTION_WORDS.has(token)) {
      features.push([`w:${token}`, FUNCTION_WORD_WEIGHT]);
    } else {
      features.push([`w:${token}`, WORD_WEIGHT]);
      const padded = `<${token}>`;
      const chars = [...padded];
      for (let i = 0; i + LATIN_NGRAM <= chars.length; i++) features.push([`g:${chars.slice(i, i + LATIN_NGRAM).join('')}`, TRIGRAM_WEIGHT]);
    }
  }
  return features;
}

/** The L2-normalised hashed n-gram vector of a text (all zeros for a text without letters or digits). */
export function hashedNgramEmbedding(text: string): Float32Array {
  const vector = new Float32Array(FALLBACK_DIMS);
  for (const [feature, weight] of lexicalFeatures(text)) addFeature(vector, feature, weight);
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i] * vector[i];
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < vector.length; i++) vector[i] *= scale;
  }
  return vector;
}
