// Word-level statistics that work in every script: Intl.Segmenter splits Chinese and Japanese into words
// offline (ICU's dictionary), whitespace languages split as usual; stopwords-iso gives stoplists for 50+ languages.
// Shared by the block classifier (stopword density), the off-topic detector (content words) and the claims rules.
import { createRequire } from 'node:module';

// The package's entry point is a JSON file: require() loads it the same way under tsx and plain Node.
const STOPWORDS = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

/**
 * Scripts written without spaces between words: length in words is counted through the segmenter.
 * Sticky: isUnspaced tests it at single positions.
 */
const UNSPACED_AT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/uy;

/**
 * True for the UTF-16 code units of the blocks where UNSPACED_AT's characters are: Thai, CJK radicals to CJK
 * unified ideographs (kana included), high surrogates (the astral ideographs and kana), CJK compatibility
 * ideographs, half-width kana. No character of those scripts lies outside them (checked over all code points with
 * Node 20's ICU), so other code units need no regular expression.
 */
function mayBeUnspaced(c: number): boolean {
  return (c >= 0x0e00 && c < 0x0e80) || (c >= 0x2e80 && c < 0xa000) || (c >= 0xd800 && c < 0xdc00) ||
    (c >= 0xf900 && c < 0xfb00) || c >= 0xff00;
}

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
 * As a regular expression: /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\/gu.
 * spacedWords scans for exactly that by hand: the expression costs about 12 ns a character, the scan a few.
 */
function spacedWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = categoryAt(text, i);
    const firstWidth = codePointWidth(text, i);
    if (first !== LETTER && first !== NUMBER) {
      i += firstWidth;
      continue;
    }
    const start = i;
    let last = first;
    i += firstWidth;
    for (;;) {
      // Letters, marks and digits.
      while (i < n) {
        const category = categoryAt(text, i);
        if (category === OTHER) break;
        last = category;
        i += codePointWidth(text, i);
      }
      // A joiner continues the word when a letter or digit follows it (a comma only between digits).
      if (i + 1 >= n) break;
      const joiner = text.charCodeAt(i);
      const next = categoryAt(text, i + 1);
      const joins = joiner === 0x27 || joiner === 0x2019 || joiner === 0x2e
        ? next === LETTER || next === NUMBER
        : joiner === 0x2c && last === NUMBER && next === NUMBER;
      if (!joins) break;
      i++;
    }
    out.push(text.slice(start, i).toLowerCase());
  }
  return out;
}

/** General categories as spacedWords needs them (\p{L}, \p{N}, \p{M}, anything else). */
const OTHER = 1;
const LETTER = 2;
const NUMBER = 3;
const MARK = 4;
/** Category of each BMP code unit, filled in on first sight (0: not seen yet); 64 KB, the same for every text. */
const bmpCategory = new Uint8Array(0x10000);

function categoryOf(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? NUMBER : /\p{M}/u.test(ch) ? MARK : OTHER;
}

/** Code units taken by the code point at `i` (2 for a surrogate pair). */
function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c >= 0xdc00 || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d < 0xe000 ? 2 : 1;
}

/** Category of the code point at `i` (a lone surrogate is OTHER). */
function categoryAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (codePointWidth(text, i) === 2) return categoryOf(text.codePointAt(i)!);
  let category = bmpCategory[c]!;
  if (category === 0) bmpCategory[c] = category = categoryOf(c);
  return category;
}

/** Lowercased words of `text` (letters and digits; punctuation and spaces dropped). */
export function words(text: string, lang = 'und'): string[] {
  // Intl.Segmenter is only needed where words are not separated by spaces; elsewhere a scan gives the
  // same words about ten times faster (words() was the largest single cost of the clean stage in bench/ingest.ts).
  if (!isUnspaced(text)) return spacedWords(text);
  const out: string[] = [];
  for (const part of segmenter(lang).segment(text)) if (part.isWordLike) out.push(part.segment.toLowerCase());
  return out;
}

/** True when the text contains characters of a script written without spaces (Chinese, Japanese, Thai). */
export function isUnspaced(text: string): boolean {
  // A \p{Script=..} class scanned over a whole Latin paragraph is slow; a range check per code unit skips to the
  // few characters that can be in those scripts, and the class decides on each of them.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0e00 || !mayBeUnspaced(c)) continue; // the first test alone settles most characters
    UNSPACED_AT.lastIndex = i;
    if (UNSPACED_AT.test(text)) return true;
    // Not in the scripts: step over the rest of a surrogate pair (the class read the whole code point).
    if (c < 0xdc00 && c >= 0xd800) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  return false;
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

const NUMBER_WORD = /^[\p{N}.,]+$/u;

/** Words that carry topic: not stopwords, not pure numbers, not single Latin letters. */
export function contentWords(text: string, lang: string): string[] {
  const stop = stopwordsOf(lang);
  return words(text, lang).filter((w) => {
    if (stop.has(w)) return false;
    const first = w.charCodeAt(0);
    // Most words start with a Latin letter a-z: no number then, and dropped only when it is that single letter.
    if (first >= 0x61 && first <= 0x7a) return w.length > 1;
    return !NUMBER_WORD.test(w) && !(w.length === 1 && /[a-z]/.test(w));
  });
}
