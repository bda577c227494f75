// Character classes and word matching shared by the quantity grammar's steps: the text is scanned by code unit where
// it can be (most characters are neither digits nor the start of a lexicon word), and lexicon words are looked up by
// their first character, so each position costs a bounded amount of work.

import { rememberRecent } from '../../recent.ts';

/** Distinct words beyond ASCII whose accentless form is remembered (withoutAccents; a few pages' words, about 100 bytes each). */
const FOLDED_WORDS_MEMO = 4096;

export const LATIN_OR_CYRILLIC_LETTER = /[A-Za-z\u00C0-\u024F\u0400-\u04FF\u00AA\u00BA]/;
export const LETTER = /\p{L}/u;
export const SPACE = /[ \u00a0\u202f\u2009]/;
export const GROUP_SPACE_ANY_LANG = /[\u00a0\u202f\u2009]/;
/** Han characters that may start a number, and those that may continue one (a number never starts right after them). */
export const charCodes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
export const HAN_NUMERAL_START = charCodes('〇零一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟');
export const HAN_NUMERAL_OR_SCALE = charCodes('〇零一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億兆');
/** A run of letters starting at lastIndex (sticky: no slice per word). */
export const LETTERS_AT = /[\p{L}]+/uy;

/** SPACE by code unit. */
export const isSpaceCode = (code: number) => code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;
export const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
export const isAsciiLetterCode = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/** The code unit lowercased if it is an ASCII capital, else as it is. */
export const asciiLowerCode = (code: number) => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
/** LETTER.test(text[i]) without making a one-character string for ASCII (NaN, before the start, is no letter). */
export const isLetterAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  if (!(code >= 0x80)) return isAsciiLetterCode(code);
  return LETTER.test(text[i]);
};
/**
 * Latin and Cyrillic code units that are letters (\p{L}) for certain: ASCII letters, Latin-1 to Latin Extended-B but
 * `×` and `÷`, Cyrillic but its thousands sign and combining marks (U+0482–U+0489). test/quantities-scan-words.test.ts
 * checks every code unit of the ranges against \p{L}.
 */
export const isPlainLetterCode = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x400 && code <= 0x481) || (code >= 0x48a && code <= 0x4ff);
/**
 * Code units that surely end a word (no letter): ASCII but its letters, end of text (NaN), and the spaces, quotes and
 * punctuation most often written after a word (no-break space, guillemets, U+2000–U+206F, ideographic space and marks).
 * A code unit not named here may be a letter: the caller asks \p{L}.
 */
export const isSurelyNotLetterCode = (code: number) => !(code >= 0x80) ? !isAsciiLetterCode(code)
  : code === 0xa0 || code === 0xab || code === 0xbb || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x3003);
/** The same letters as LATIN_OR_CYRILLIC_LETTER, by code unit, for the per-character scan. */
export const isLatinOrCyrillicCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x400 && code <= 0x4ff) || code === 0xaa || code === 0xba;

/**
 * A word list (in its own order) and the same list split by the first UTF-16 unit of each word's lowercase: wordAt can
 * only match a word whose lowercase starts like the text's lowercase at that point, so only those need trying.
 */
export interface IndexedWords<T> { all: T[]; byFirstUnit: Map<string, T[]>; byFirstTwo: Map<number, T[]>; oneUnit: Map<string, T[]> }
/** Two UTF-16 units as one number (a key made without building a string for every position looked at). */
const twoUnitKey = (first: string, second: string) => first.charCodeAt(0) * 0x10000 + second.charCodeAt(0);
export const NO_WORDS: never[] = [];

export function indexWords<T>(list: T[], wordOf: (item: T) => string): IndexedWords<T> {
  const byFirstUnit = new Map<string, T[]>();
  const byFirstTwo = new Map<number, T[]>();
  const lowers = list.map((item) => wordOf(item).toLowerCase());
  list.forEach((item, k) => {
    const first = lowers[k][0] ?? '';
    byFirstUnit.set(first, [...(byFirstUnit.get(first) ?? []), item]);
  });
  // Two units in: every word with that start, and the one-unit words equal to its first unit, in list order.
  for (const key of new Set(lowers.filter((w) => w.length >= 2).map((w) => w.slice(0, 2)))) {
    byFirstTwo.set(twoUnitKey(key[0], key[1]), list.filter((_, k) => lowers[k].startsWith(key) || lowers[k] === key[0]));
  }
  const oneUnit = new Map<string, T[]>();
  for (const [first, items] of byFirstUnit) oneUnit.set(first, items.filter((item) => wordOf(item).toLowerCase().length === 1));
  return { all: list, byFirstUnit, byFirstTwo, oneUnit };
}

/** Lowercase of the UTF-16 unit at `p` when it is safe to take alone (null past the end, for surrogates and Σ). */
function lowerUnitAt(text: string, p: number): string | null {
  const code = text.charCodeAt(p);
  if (code < 0x80) return String.fromCharCode(asciiLowerCode(code));
  if (!(code >= 0x80) || (code >= 0xd800 && code <= 0xdfff) || code === 0x3a3) return null;
  const lower = text[p].toLowerCase();
  return lower.length === 1 ? lower : null;
}

/** The words of `index` that wordAt may find at `p` (all of them where the first lowercase units cannot be told alone). */
export function wordsAt<T>(index: IndexedWords<T>, text: string, p: number): T[] {
  const first = lowerUnitAt(text, p);
  if (first === null) return p < text.length ? index.all : NO_WORDS;
  const second = lowerUnitAt(text, p + 1);
  if (second === null) return index.byFirstUnit.get(first) ?? NO_WORDS;
  return index.byFirstTwo.get(twoUnitKey(first, second)) ?? index.oneUnit.get(first) ?? NO_WORDS;
}

export interface WordShape {
  lower: string;
  /** One- or two-letter Latin abbreviations match case-sensitively (`M`, `bn`). */
  exactCase: boolean;
  /** Ends in a sign or a non-letter: no word boundary needed after it. */
  needsNoBoundary: boolean;
  hasCjk: boolean;
}
/** Keyed by the lexicon's words only (wordAt is never called with text), so it stays as small as the tables. */
export const wordShapes = new Map<string, WordShape>();
export function shapeOf(word: string): WordShape {
  let shape = wordShapes.get(word);
  if (!shape) {
    shape = {
      lower: word.toLowerCase(),
      exactCase: word.length <= 2 && /^[A-Za-z]+$/.test(word),
      needsNoBoundary: /[.$€£₽]$/.test(word) || !LETTER.test(word[word.length - 1]),
      // Korean particles attach to the word before them (원을, 달러의): Hangul words need no boundary either.
      hasCjk: /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/u.test(word),
    };
    wordShapes.set(word, shape);
  }
  return shape;
}

/**
 * The text at `p` is not `word` as wordAt compares them, told from its leading ASCII characters without a slice: each
 * of them lowercases to one character in place, so one that differs from `word`'s lowercase (or, for an exact-case
 * word, from `word`) there differs in the whole. Most words looked up differ in their first few characters.
 */
function differsInAscii(text: string, p: number, word: string, shape: WordShape): boolean {
  const target = shape.exactCase ? word : shape.lower;
  if (target.length !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(p + k);
    if (!(code < 0x80)) return false;
    const written = shape.exactCase || !(code >= 0x41 && code <= 0x5a) ? code : code + 0x20;
    if (written !== target.charCodeAt(k)) return true;
  }
  return false;
}

/**
 * The text at `p` differs from `word` in a unit both write in ASCII before any unit beyond it, ASCII case aside: then
 * neither their lowercases (each such unit lowercases to one unit in place) nor, for an exact-case word, the units
 * themselves are the same. Needs no shape: the test wordAt asks first (the currency and percent words of a language
 * share their first two units with many words of the text).
 */
function differsInAsciiLetters(text: string, p: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(p + k);
    const own = word.charCodeAt(k);
    if (!(code < 0x80) || own >= 0x80) return false;
    if (asciiLowerCode(code) !== asciiLowerCode(own)) return true;
  }
  return false;
}

/** `word` at `p` (case-insensitive unless it is a one- or two-letter abbreviation), ending at a word boundary. */
export function wordAt(text: string, p: number, word: string): boolean {
  // Most words looked up differ from the text in their first ASCII letters: told before the shape's look-up.
  if (differsInAsciiLetters(text, p, word)) return false;
  const shape = shapeOf(word);
  // Cheap reject on an ASCII first character, whose lowercase is one ASCII character whatever follows.
  const first = text.charCodeAt(p);
  if (first < 0x80 && asciiLowerCode(first) !== shape.lower.charCodeAt(0)) return false;
  if (differsInAscii(text, p, word, shape)) return false;
  const piece = text.slice(p, p + word.length);
  const same = shape.exactCase ? piece === word : piece.toLowerCase() === shape.lower;
  if (!same) return false;
  if (shape.needsNoBoundary) return true;
  const next = text[p + word.length] ?? '';
  return !LATIN_OR_CYRILLIC_LETTER.test(next) && !(shape.hasCjk ? false : /\p{L}/u.test(next) && !/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(next));
}

/** Latin letters without their combining accents (`milhões` → `milhoes`); other scripts are left as they are. */
export function withoutAccents(word: string): string {
  // An ASCII word is its own NFD and NFC and holds no mark: given back as it is (the commonest case: the decimal words'
  // and measures' look-ups ask it of every word after a spelled number, two normalisations and a pattern each).
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 0x80) return foldedAccents(word);
  return word;
}
/** withoutAccents of a word beyond ASCII, remembered (a page asks the same few words again). */
const foldedAccents = rememberRecent(FOLDED_WORDS_MEMO, (word: string) => word.normalize('NFD').replace(/(?<=[A-Za-z])\p{M}+/gu, '').normalize('NFC'));

export function skipSpaces(text: string, p: number, allowHyphen = false): number {
  let q = p;
  while (q < text.length && (SPACE.test(text[q]) || (allowHyphen && text[q] === '-'))) q++;
  return q;
}

