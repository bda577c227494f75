// Numbers written as arithmetic: powers (`1.1^23`, `2.5^-1`, `1.5×10^6`, Japanese `2.5の-1乗`, `127.32×10の13乗`,
// `二・五のマイナス一乗`) and fractions (`4/5`, `1 4/5`, `1 and 4/5`, Japanese `5分の4`, `一と五分の四`, `3分のマイナス157`). A power is a value wherever it stands; a
// fraction of digits is also a date part, a ratio or a score (24/7, 3/5), so the caller reads one only with a sign.
// Every pattern repeats bounded runs only, so a page costs time linear in its length.

import { parseCjkNumber } from './cjk.ts';

export interface ArithmeticNumber {
  start: number;
  end: number;
  value: number;
  kind: 'power' | 'fraction';
}

/** A decimal number of at most 15 digits each side, either mark (the language's mark decides in `readDecimal`). */
const NUM = String.raw`\d{1,15}(?:[.,]\d{1,15})?`;
/** Signs before an exponent: `^-1`, `^+23`, `^--23` (two minus signs cancel). */
const EXPONENT_SIGNS = String.raw`[-+\u2212]{0,3}`;
/** Words joining the whole part of a mixed number to its fraction (`1 and 4/5`, `1 e 4/5`, `1 et 4/5`, `1 y 4/5`, `1 en 4/5`, `1 und 4/5`). */
const MIXED_JOINERS = ['and', 'e', 'et', 'y', 'en', 'und', 'i', 'и'];

const POWER = new RegExp(String.raw`(${NUM})(?:[ \u00a0]?[×*][ \u00a0]?(${NUM}))?[ \u00a0]?\^[ \u00a0]?(${EXPONENT_SIGNS})(\d{1,3})(?![\d.,])`, 'g');
/** Han numerals as Japanese writes them in arithmetic (`二・五`, `百二十七・三二`, `九千五百`): a bounded run, `・` the decimal point. */
const HAN_NUM = String.raw`[〇零一二三四五六七八九十百千万億兆]{1,12}(?:・[〇一二三四五六七八九]{1,12})?`;
const JA_NUM = String.raw`(?:${NUM}|${HAN_NUM})`;
/** Signs in Japanese arithmetic: the minus sign or the word マイナス (`マイナス3分のマイナス157`, `の-1乗`). */
const JA_SIGNS = String.raw`(?:[-+\u2212]|マイナス){0,3}`;
const JA_POWER = new RegExp(String.raw`(${JA_NUM})(?:[×*](${JA_NUM}))?の(${JA_SIGNS})(\d{1,3}|[〇一二三四五六七八九十百]{1,6})乗`, 'g');
const FRACTION = new RegExp(String.raw`(?<![\d/.,])(?:(\d{1,9})[ \u00a0]+(?:(?:${MIXED_JOINERS.join('|')})[ \u00a0]+)?)?(\d{1,6})\/(\d{1,6})(?![\d/.,])`, 'gu');
const JA_FRACTION = new RegExp(String.raw`(?:(${JA_NUM})と)?(${JA_NUM})分の(${JA_SIGNS})(${JA_NUM})`, 'g');

/** A number in the language's decimal mark (the other mark groups thousands). */
function readDecimal(s: string, decimalMark: string): number {
  const grouping = decimalMark === ',' ? '.' : ',';
  return Number(s.split(grouping).join('').replace(decimalMark, '.'));
}

const minusCount = (signs: string) => [...signs.replace(/マイナス/g, '-')].filter((c) => c === '-' || c === '\u2212').length;

/** A Japanese operand: ASCII digits (the point is `.`) or Han numerals read by the Han grammar (NaN when they are not one number). */
function readJapanese(s: string): number {
  if (/^\d/.test(s)) return readDecimal(s, '.');
  const han = parseCjkNumber(s, 0, 'ja');
  return han && han.end === s.length ? han.value : NaN;
}

function power(base: number, times: number | null, signs: string, exponent: string): number {
  const e = (minusCount(signs) % 2 === 1 ? -1 : 1) * Number(exponent);
  return times === null ? base ** e : base * times ** e;
}

/** The code units of `^`, `乗`, `/` and the two of `分の`, which the patterns below need. */
const CARET = 0x5e;
const JA_POWER_MARK = '乗'.charCodeAt(0);
const SLASH = 0x2f;
const JA_FRACTION_FIRST = '分'.charCodeAt(0);
const JA_FRACTION_SECOND = 'の'.charCodeAt(0);

/** arithmeticMarks' flags: a power's mark (`^` or `乗`), a slash, a Japanese fraction's `分の`. */
export const POWER_MARK = 1;
export const SLASH_MARK = 2;
export const JA_FRACTION_MARKS = 4;
/** Every flag arithmeticMarks may set. */
export const ARITHMETIC_MARKS = POWER_MARK | SLASH_MARK | JA_FRACTION_MARKS;

/**
 * The marks findArithmetic's patterns need that `text` holds (POWER_MARK, SLASH_MARK, JA_FRACTION_MARKS), in one pass.
 * A caller that scans the text anyway may compute them in its own pass (arithmeticMarksAt, one unit at a time) and
 * give them to findArithmetic.
 */
export function arithmeticMarks(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) marks |= arithmeticMarksAt(text, i, text.charCodeAt(i));
  return marks;
}

/** The arithmetic mark of the unit `code` at `i` of text (0 for most units: one comparison against the smallest mark). */
export function arithmeticMarksAt(text: string, i: number, code: number): number {
  if (code < SLASH) return 0;
  if (code === CARET || code === JA_POWER_MARK) return POWER_MARK;
  if (code === SLASH) return SLASH_MARK;
  return code === JA_FRACTION_FIRST && text.charCodeAt(i + 1) === JA_FRACTION_SECOND ? JA_FRACTION_MARKS : 0;
}

/**
 * Powers and fractions in `text` (width-normalised: ASCII digits), in order of start; overlapping matches keep the first.
 * `marks`: arithmeticMarks(text), when the caller has them (computed here otherwise).
 */
export function findArithmetic(text: string, decimalMark: string, marks: number = arithmeticMarks(text)): ArithmeticNumber[] {
  const found: ArithmeticNumber[] = [];
  // The marks every pattern needs (most paragraphs hold none), found in one pass, not a search for each.
  const hasPower = (marks & POWER_MARK) !== 0;
  const hasSlash = (marks & SLASH_MARK) !== 0;
  const hasJapaneseFraction = (marks & JA_FRACTION_MARKS) !== 0;
  const hasFraction = hasSlash || hasJapaneseFraction;
  if (!hasPower && !hasFraction) return found;
  const add = (m: RegExpMatchArray, value: number, kind: ArithmeticNumber['kind']) => {
    if (Number.isFinite(value)) found.push({ start: m.index!, end: m.index! + m[0].length, value, kind });
  };
  if (hasPower) {
    if (text.includes('^')) for (const m of text.matchAll(POWER)) add(m, power(readDecimal(m[1], decimalMark), m[2] ? readDecimal(m[2], decimalMark) : null, m[3], m[4]), 'power');
    if (text.includes('乗')) for (const m of text.matchAll(JA_POWER)) add(m, power(readJapanese(m[1]), m[2] ? readJapanese(m[2]) : null, m[3], String(readJapanese(m[4]))), 'power');
  }
  if (hasFraction) {
    if (hasSlash) for (const m of text.matchAll(FRACTION)) if (Number(m[3]) > 0) add(m, Number(m[1] ?? 0) + Number(m[2]) / Number(m[3]), 'fraction');
    // 5分の4 is four fifths: the denominator comes first.
    if (hasJapaneseFraction) for (const m of text.matchAll(JA_FRACTION)) {
      const denominator = readJapanese(m[2]);
      const sign = minusCount(m[3]) % 2 === 1 ? -1 : 1;
      if (denominator > 0) add(m, (m[1] ? readJapanese(m[1]) : 0) + sign * readJapanese(m[4]) / denominator, 'fraction');
    }
  }
  found.sort((a, b) => a.start - b.start);
  const kept: ArithmeticNumber[] = [];
  for (const a of found) if (kept.length === 0 || a.start >= kept[kept.length - 1].end) kept.push(a);
  return kept;
}
