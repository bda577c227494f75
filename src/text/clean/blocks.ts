// jusText-style block classifier, shared by the HTML extractor and the plain-text cleaner.
// A block is good content or bad boilerplate. First each block is judged alone (link density, length,
// stopword density: boilerplate is short, link-heavy and poor in function words), then the context pass
// decides the short and near-good blocks from their nearest clearly classified neighbours, the way
// jusText does (Pomikálek 2011). Word counts and stopwords come from src/text/words.ts, so Chinese and
// Japanese are segmented by Intl.Segmenter; lengths are in characters, with unspaced scripts scaled up
// because one Han or kana character carries about as much as a few Latin letters.
import { isUnspaced, isUnspacedUnit, stopwordsOf, wordStats } from '../language/words.ts';
import { spacedWords } from './plain/spaced-words.ts';

export interface Block {
  text: string;
  /** link characters / text characters, 0..1 */
  linkDensity: number;
  heading?: boolean;
}

export type BlockClass = 'good' | 'bad';
type Initial = 'good' | 'bad' | 'neargood' | 'short';

/** Below this (Latin-equivalent) length a block is "short": it cannot vouch for itself. jusText default (70); 50 and 90 scored lower. */
export const LENGTH_LOW = 70;
/**
 * Above this length a block rich in stopwords is good on its own. jusText uses 200; 150 scored F1 0.880 against 0.870
 * for the classifier alone on bench/extraction-dev (long article paragraphs next to chrome were lost as near-good).
 */
export const LENGTH_HIGH = 150;
/**
 * Stopword density at or above which a block reads like prose (near-good / good). jusText uses 0.30/0.32 with its own
 * stoplists; with the stopwords-iso lists and the page's stoplist language, 0.15/0.22 scored best for the classifier
 * alone on bench/extraction-dev (F1 0.889 against 0.853 at 0.30/0.32) and on extraction-zh-dev (0.940 against 0.899):
 * boilerplate is caught by length and links; stopwords only need to tell lists of names from sentences.
 */
export const STOPWORDS_LOW = 0.15;
export const STOPWORDS_HIGH = 0.22;
/** Share of a block's characters inside links above which it is navigation. jusText uses 0.2; 0.25 measured slightly better (+0.005 F1). */
export const MAX_LINK_DENSITY = 0.25;
/** A short heading followed by good text within this many characters is the article's own heading. jusText default. */
export const MAX_HEADING_DISTANCE = 200;
/**
 * How many Latin characters one character of an unspaced script is worth: a Chinese word averages 1.5–2 characters
 * against 5–6 for English plus a space, so 70 Latin characters (about 12 English words) ≈ 23 Han characters.
 */
export const UNSPACED_CHAR_WEIGHT = 3;
/**
 * Languages tried when the declared one does not fit the text: pages declare `lang="en"` from a theme default while
 * written in German (seen on many pages of bench/extraction-dev), which makes every block look stopword-poor.
 * The spaced-script languages of stopwords-iso most common on the web.
 */
const STOPLIST_CANDIDATES = ['en', 'de', 'es', 'fr', 'it', 'pt', 'nl', 'pl', 'ru', 'sv', 'da', 'no', 'fi', 'cs', 'tr', 'hu', 'ro', 'uk', 'el', 'id'];
/** Characters of the longest blocks sampled to identify the stoplist language. */
export const LANGUAGE_SAMPLE_CHARS = 4000;
/** Another stoplist replaces the declared one only when it explains this much more of the sample (density points). */
const LANGUAGE_SWITCH_MARGIN = 0.05;

/**
 * The language whose stoplist fits the blocks best: the declared one unless another explains clearly more of the
 * text. Unspaced scripts keep the declaration (their stoplists work through the segmenter, see words.ts).
 */
export function stoplistLanguage(texts: string[], declared: string): string {
  const sample = texts.slice().sort((a, b) => b.length - a.length);
  let text = '';
  for (const t of sample) { if (text.length >= LANGUAGE_SAMPLE_CHARS) break; text += t + '\n'; }
  if (!text || isUnspaced(text)) return declared;
  // words() of a text without unspaced characters, by one scan instead of its pattern (spaced-words.ts): the pattern
  // was half of the stoplist choice, a twentieth of the cleaning of a visible-text page (bench:clean-text).
  const list = spacedWords(text);
  if (list.length === 0) return declared;
  // Stopword hits of all candidates in one pass over the words: one lookup per word instead of one per word and language.
  const hits = new Array<number>(STOPLIST_CANDIDATES.length).fill(0);
  const membership = candidateMembership();
  for (const w of list) {
    let bits = membership.get(w) ?? 0;
    for (let k = 0; bits !== 0; k++, bits >>>= 1) if (bits & 1) hits[k]++;
  }
  const density = (lang: string) => {
    const k = STOPLIST_CANDIDATES.indexOf(lang);
    if (k >= 0) return hits[k] / list.length;
    const stop = stopwordsOf(lang);
    let n = 0;
    for (const w of list) if (stop.has(w)) n++;
    return n / list.length;
  };
  const declaredDensity = stopwordsOf(declared).size ? density(declared) : 0;
  let best = declared, bestDensity = declaredDensity;
  for (const lang of STOPLIST_CANDIDATES) {
    if (lang === declared) continue;
    const d = density(lang);
    if (d > bestDensity) { best = lang; bestDensity = d; }
  }
  return bestDensity >= declaredDensity + LANGUAGE_SWITCH_MARGIN ? best : declared;
}

let membership: Map<string, number> | null = null;
/** For every word of the candidate stoplists, which candidates list it (bit k: STOPLIST_CANDIDATES[k]); built once. */
function candidateMembership(): Map<string, number> {
  if (!membership) {
    const built = new Map<string, number>();
    STOPLIST_CANDIDATES.forEach((lang, k) => {
      for (const w of stopwordsOf(lang)) built.set(w, (built.get(w) ?? 0) | (1 << k));
    });
    membership = built;
  }
  return membership;
}

/** Copyright lines are footer boilerplate whatever their length. */
const COPYRIGHT = /©|\(c\)\s*\d{4}|&copy;|copyright\s+(?:©\s*)?\d{4}|版权所有|版權所有|著作権/i;

/** Length of a text in Latin-equivalent characters: unspaced-script characters count UNSPACED_CHAR_WEIGHT times. */
export function effectiveLength(text: string): number {
  if (!isUnspaced(text)) return text.length;
  // Code points, each unspaced one weighing UNSPACED_CHAR_WEIGHT: one pass over the code units with a per-character
  // table, rather than a regular expression per character or a match array holding every CJK character.
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (isUnspaced(text.slice(i, i + 2))) n += UNSPACED_CHAR_WEIGHT - 1;
        i++;
        continue;
      }
    }
    if (isUnspacedUnit(c)) n += UNSPACED_CHAR_WEIGHT - 1;
  }
  return n;
}

/** The context-free class of one block, as jusText's first pass. */
export function classifyAlone(block: Block, lang: string): Initial {
  const text = block.text;
  if (block.linkDensity > MAX_LINK_DENSITY) return 'bad';
  const length = effectiveLength(text);
  if (COPYRIGHT.test(text) && length < LENGTH_HIGH * 2) return 'bad';
  if (length < LENGTH_LOW) return block.linkDensity > 0 ? 'bad' : 'short';
  const hasStoplist = stopwordsOf(lang).size > 0;
  // Without a stoplist for the language, length is the only evidence left: long blocks are prose.
  const density = hasStoplist ? wordStats(text, lang).stopwordDensity : 1;
  if (density >= STOPWORDS_HIGH) return length > LENGTH_HIGH ? 'good' : 'neargood';
  if (density >= STOPWORDS_LOW) return 'neargood';
  return 'bad';
}

/**
 * For every block, the nearest class before it (step -1) or after it (step 1) that is not short (and not near-good
 * when `ignoreNearGood`); 'bad' past the edge. One pass over the blocks: scanning from each block instead was
 * quadratic on pages of many short blocks.
 */
function neighbours(classes: Initial[], step: 1 | -1, ignoreNearGood: boolean): Initial[] {
  const out = new Array<Initial>(classes.length);
  let last: Initial = 'bad';
  for (let k = 0; k < classes.length; k++) {
    const i = step === 1 ? classes.length - 1 - k : k;
    out[i] = last;
    const c = classes[i];
    if (c !== 'short' && !(ignoreNearGood && c === 'neargood')) last = c;
  }
  return out;
}

/**
 * Whether a good block follows block i within MAX_HEADING_DISTANCE characters (the lengths of the blocks between
 * them summed), as jusText's heading rule asks. Prefix sums and the next good block per position make it one
 * lookup per block.
 */
function goodFollowsWithin(classes: Initial[], lengths: number[]): (i: number) => boolean {
  const n = classes.length;
  const before = new Array<number>(n + 1);
  before[0] = 0;
  for (let j = 0; j < n; j++) before[j + 1] = before[j] + lengths[j];
  const nextGood = new Array<number>(n + 1);
  nextGood[n] = -1;
  for (let j = n - 1; j >= 0; j--) nextGood[j] = classes[j] === 'good' ? j : nextGood[j + 1];
  return (i) => {
    const g = nextGood[i + 1];
    return g >= 0 && before[g] - before[i + 1] <= MAX_HEADING_DISTANCE;
  };
}

/**
 * 'good' content or 'bad' boilerplate per block, jusText-style (length, stopword density, link density, then the
 * context pass that reclassifies short and near-good blocks from their neighbours). Works in CJK: word counts and
 * stopwords via src/text/words.ts, lengths in characters scaled for unspaced scripts. Linear in the number of blocks.
 */
export function classifyBlocks(blocks: Block[], lang: string): Array<'good' | 'bad'> {
  const stoplist = stoplistLanguage(blocks.map((b) => b.text), lang);
  const initial = blocks.map((b) => classifyAlone(b, stoplist));
  const n = blocks.length;
  const lengths = blocks.map((b) => effectiveLength(b.text));

  // Short headings right before good text are promoted to near-good, so the context pass can keep them.
  const withHeadings = initial.slice();
  const goodFollowsInitially = goodFollowsWithin(initial, lengths);
  for (let i = 0; i < n; i++) {
    if (blocks[i].heading && withHeadings[i] === 'short' && goodFollowsInitially(i)) withHeadings[i] = 'neargood';
  }

  // Short blocks: decided by their neighbours, near-good ones not counted as evidence.
  const afterShort = withHeadings.slice();
  const prevs = neighbours(withHeadings, -1, true), nexts = neighbours(withHeadings, 1, true);
  const prevsWithNearGood = neighbours(withHeadings, -1, false), nextsWithNearGood = neighbours(withHeadings, 1, false);
  for (let i = 0; i < n; i++) {
    if (withHeadings[i] !== 'short') continue;
    const prev = prevs[i];
    const next = nexts[i];
    if (prev === 'good' && next === 'good') afterShort[i] = 'good';
    else if (prev === 'bad' && next === 'bad') afterShort[i] = 'bad';
    else if ((prev === 'bad' && prevsWithNearGood[i] === 'neargood')
      || (next === 'bad' && nextsWithNearGood[i] === 'neargood')) afterShort[i] = 'good';
    else afterShort[i] = 'bad';
  }

  // Near-good blocks: good unless both sides are bad.
  const final = afterShort.slice();
  const prevsAfterShort = neighbours(afterShort, -1, true), nextsAfterShort = neighbours(afterShort, 1, true);
  for (let i = 0; i < n; i++) {
    if (afterShort[i] !== 'neargood') continue;
    final[i] = prevsAfterShort[i] === 'bad' && nextsAfterShort[i] === 'bad' ? 'bad' : 'good';
  }

  // Headings that were short or near-good but sit just above good text are kept (jusText's heading pass). Each
  // heading looks only at the blocks below it, which the pass has not changed yet, so the next good block of every
  // position can be found before the pass (goodFollowsWithin reads the classes once, up front).
  const goodFollowsFinally = goodFollowsWithin(final, lengths);
  for (let i = 0; i < n; i++) {
    if (blocks[i].heading && final[i] === 'bad' && initial[i] !== 'bad' && goodFollowsFinally(i)) final[i] = 'good';
  }
  return final.map((c) => (c === 'good' ? 'good' : 'bad'));
}
