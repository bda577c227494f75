// Word-level statistics that work in every script: Intl.Segmenter splits Chinese and Japanese into words
// offline (ICU's dictionary), whitespace languages split as usual; stopwords-iso gives stoplists for 50+ languages.
// Shared by the block classifier (stopword density), the off-topic detector (content words) and the claims rules.
import { createRequire } from 'node:module';
import { rememberRecent } from '../recent.ts';
import { segmentInWindows } from './segments.ts';
import { codeUnitTable } from './scripts.ts';

// The package's entry point is a JSON file: require() loads it the same way under tsx and plain Node.
const STOPWORDS = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

/** Scripts written without spaces between words: length in words is counted through the segmenter. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const segmenters = new Map<string, Intl.Segmenter>();
/** ICU's segmenter for a language (ISO 639-1; 'und' or an unknown tag gives the default rules), built once per thread. */
export function segmenter(lang: string, granularity: 'word' | 'sentence' = 'word'): Intl.Segmenter {
  const key = `${granularity}:${lang}`;
  let s = segmenters.get(key);
  if (!s) {
    let locale: string | undefined;
    try { locale = lang && lang !== 'und' ? Intl.getCanonicalLocales(lang)[0] : undefined; } catch { locale = undefined; }
    s = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

/**
 * What text.matchAll(re) gives for a global pattern that never matches the empty string, without the copy of the
 * pattern that matchAll makes on every call (once per pattern per paragraph in the entities and quantity rules).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** `text` with the characters a regular expression gives meaning to escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const stopSets = new Map<string, Set<string>>();
/** The stoplist of an ISO 639-1 language (lowercased), empty when stopwords-iso has none. */
export function stopwordsOf(lang: string): Set<string> {
  let set = stopSets.get(lang);
  if (!set) {
    set = new Set((STOPWORDS[lang] ?? []).map((w) => w.toLowerCase()));
    stopSets.set(lang, set);
  }
  return set;
}

/**
 * A word of a spaced script as ICU's word segmenter sees it: letters and digits, joined through inner apostrophes,
 * and periods, and commas between digits ("don't", "3.5", "27,6" stay whole; hyphens split, as in ICU), with combining marks (Devanagari, Arabic vowels).
 */
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/**
 * Words of unspaced text by `lang\0text`, remembered: the block classifier and the off-topic detector segment the same
 * paragraphs, and ICU's segmenter was the largest single cost left in a worker (bench/ingest.ts).
 */
const segmentedWords = rememberRecent<readonly string[]>(256, (key) => {
  const split = key.indexOf('\u0000');
  const out: string[] = [];
  for (const part of segmentInWindows(segmenter(key.slice(0, split)), key.slice(split + 1), isWordBreak)) if (part.isWordLike) out.push(part.segment.toLowerCase());
  return out;
});

/**
 * Places where ICU's word rules always break (for the words, not for runs of white space): next to white space, and
 * next to brackets and sentence punctuation, which are never part of a word nor of a dictionary run of Chinese or
 * Japanese (the dictionary segments only runs of its own characters). Not commas, colons, periods or apostrophes:
 * UAX #29 keeps them inside `3,5`, `a:b`, `3.5` and `don’t`.
 */
function isWordBreak(text: string, at: number): boolean {
  return WORD_BREAK_NEIGHBOUR.test(text[at - 1]!) || WORD_BREAK_NEIGHBOUR.test(text[at]!);
}
const WORD_BREAK_NEIGHBOUR = /[\s\p{Ps}\p{Pe}!?、。！？«»“”]/u;

/** Lowercased words of `text` (letters and digits; punctuation and spaces dropped). */
export function words(text: string, lang = 'und'): readonly string[] {
  // Intl.Segmenter is only needed where words are not separated by spaces; elsewhere a regular expression gives the
  // same words about ten times faster (words() was the largest single cost of the clean stage in bench/ingest.ts).
  if (!isUnspaced(text)) return (text.match(SPACED_WORD) ?? []).map((w) => w.toLowerCase());
  return segmentedWords(`${lang}\u0000${text}`);
}

/**
 * True when the text contains characters of a script written without spaces (Chinese, Japanese, Thai). A scan with a
 * per-code-unit table, not UNSPACED.test(text): the property class, tested at every position of every line, was about
 * a tenth of the text cleaner's time (bench:clean-text). Astral code points (CJK extensions) are rare: the pattern
 * decides those.
 */
export function isUnspaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST_UNSPACED) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (UNSPACED.test(text.slice(i, i + 2))) return true;
        i++;
        continue;
      }
    }
    if (isUnspacedUnit(c)) return true;
  }
  return false;
}

/** Thai (U+0E00) is the first of the unspaced scripts: nothing below it needs a look-up. */
const FIRST_UNSPACED = 0x0e00;
const NOT_UNSPACED_UNIT = 1, UNSPACED_UNIT = 2;
const unspacedClass = codeUnitTable((unit) => (UNSPACED.test(unit) ? UNSPACED_UNIT : NOT_UNSPACED_UNIT));

/** True when a UTF-16 code unit outside the surrogates is a character of an unspaced script. */
export function isUnspacedUnit(c: number): boolean {
  return c >= FIRST_UNSPACED && unspacedClass(c) === UNSPACED_UNIT;
}

export interface WordStats {
  words: number;
  stopwords: number;
  /** stopwords / words, 0 for an empty text. */
  stopwordDensity: number;
}

export function wordStats(text: string, lang: string): WordStats {
  const list = words(text, lang);
  const stop = stopwordsOf(lang);
  let stopwords = 0;
  for (const w of list) if (stop.has(w)) stopwords++;
  return { words: list.length, stopwords, stopwordDensity: list.length ? stopwords / list.length : 0 };
}

/** Words that carry topic: not stopwords, not pure numbers, not single Latin letters. */
export function contentWords(text: string, lang: string): string[] {
  const stop = stopwordsOf(lang);
  return words(text, lang).filter((w) => !stop.has(w) && !/^[\p{N}.,]+$/u.test(w) && !(w.length === 1 && /[a-z]/.test(w)));
}
