// The words of a line in a spaced script, as words() in src/text/language/words.ts returns them for text without
// unspaced characters (its SPACED_WORD pattern, each match lowercased), found by one scan with per-code-unit tables
// instead of the pattern: the line features ask it of every distinct line of a page, and the pattern with its
// look-behind was a tenth of the cleaning of a markdown page (bench:clean-text). test/clean-text-fast-paths.test.ts
// compares the two on examples and on random strings.
import { codeUnitTable } from '../../language/scripts.ts';

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const NUMBER = /\p{N}/u;
const MARK = /\p{M}/u;
/** Bits of a code point's class: it may start a word (\p{L} or \p{N}), it is a number, it continues a word (\p{M} too). */
const STARTS = 1, IS_NUMBER = 2, CONTINUES = 4, OTHER = 8;
const classify = (c: string) => (LETTER_OR_NUMBER.test(c) ? STARTS | CONTINUES | (NUMBER.test(c) ? IS_NUMBER : 0) : MARK.test(c) ? CONTINUES : OTHER);
const unitClass = codeUnitTable((unit) => classify(unit));

/** The class of the code point at `i` and its width in code units (a surrogate pair is one code point). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return classify(text.slice(i, i + 2)) | 16;
  return unitClass(c);
}
const PAIR = 16;

/**
 * The lowercased matches of /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\/gu
 * in `text`: a word starts at a letter or number, goes on through letters, marks and numbers, and across an apostrophe
 * or a period followed by a letter or number, or a comma between two numbers.
 */
export function spacedWords(text: string): string[] {
  const out: string[] = [];
  // The line lowercased once and each word sliced from it, where that gives each word as lowercasing it alone would:
  // String.prototype.toLowerCase maps every code unit to one (a surrogate pair to a pair) but for İ (to i and a dot
  // above) and Σ (σ or ς, by the letters around it, which a word cut out of the line may lose). A lowercased copy per
  // word was half of this function's time (bench:clean-text).
  const lower = text.indexOf('\u0130') < 0 && text.indexOf('\u03a3') < 0 ? text.toLowerCase() : null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    if (!(k & STARTS)) { i += k & PAIR ? 2 : 1; continue; }
    const start = i;
    let last = k; // the class of the word's last code point
    i += k & PAIR ? 2 : 1;
    for (;;) {
      if (i >= n) break;
      const c = classAt(text, i);
      if (c & CONTINUES) { last = c; i += c & PAIR ? 2 : 1; continue; }
      const unit = text.charCodeAt(i);
      const joiner = unit === 0x27 || unit === 0x2019 || unit === 0x2e || (unit === 0x2c && (last & IS_NUMBER) !== 0);
      if (!joiner || i + 1 >= n) break;
      const next = classAt(text, i + 1);
      if (!(next & STARTS) || (unit === 0x2c && !(next & IS_NUMBER))) break;
      last = next;
      i += 1 + (next & PAIR ? 2 : 1);
    }
    out.push(lower !== null ? lower.slice(start, i) : text.slice(start, i).toLowerCase());
  }
  return out;
}
