// Chinese and Japanese numbers: Han numerals (五千四百亿, 两千万), digits with Han scale characters (5.4億, 2800萬,
// 5億4000万) and their stated precision, which becomes the rounding interval (5.4億 is 535 to 545 million).
import { CJK_BIG_UNITS, CJK_DIGITS, CJK_SMALL_UNITS, HEDGE_INFIXES, type Hedge } from './lexicon.ts';

export interface CjkNumber {
  start: number;
  end: number;
  value: number;
  /** Place value of the last stated digit (0 when the number is a plain integer with no scale character). */
  step: number;
  /** True when the number contains a Han numeral or scale character (not only ASCII digits). */
  hasHan: boolean;
  /** True when it contains a Han digit or 十/百/千 (a bare 万/亿 is not a number: 萬萬沒想到). */
  hasDigit: boolean;
  /** The largest Han scale applied (1 when none): lets a range's first number borrow it (70到650億). */
  scale: number;
  infixHedge: Hedge | null;
}

/** The decimal point of Han numerals, and the most digits read after it. */
const DECIMAL_POINTS = new Set(['点', '點']);
const MAX_DECIMALS = 12;
/** 零 and 〇 between units: 一百零一 is 101. */
const ZERO_PLACEHOLDERS = new Set(['零', '〇']);
const HAN_DIGIT = /[一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]/;
const SMALL_OR_BIG = /[十百千万萬亿億兆]/;
/** ASCII digits as they appear inside Chinese numbers: `1,750`, `5.4`. Commas group only by three. */
const DIGIT_RUN = /^\d+(?:,\d{3})*(?:\.\d+)?/;

/** Parses a Chinese/Japanese number starting at `i` (ASCII digits or Han numerals). Null when nothing numeric is there. */
export function parseCjkNumber(text: string, i: number, lang: string): CjkNumber | null {
  let total = 0;
  let section = 0;
  let current: number | null = null;
  let lastStep = 0;
  let lastBig = Infinity;
  let p = i;
  let hasHan = false;
  let hasDigit = false;
  let scale = 1;
  let infixHedge: Hedge | null = null;
  let tokens = 0;
  /** The last unit read (十百千万亿兆), whether a 零 came after it, and whether the last Han digit came right after it. */
  let lastUnit = 0;
  let zeroGap = false;
  let lastDigitAfterUnit = false;
  while (p < text.length) {
    const ch = text[p];
    const run = /\d/.test(ch) ? DIGIT_RUN.exec(text.slice(p)) : null;
    if (run) {
      if (current !== null) break; // two numbers in a row: stop before the second
      current = Number(run[0].replace(/,/g, ''));
      lastDigitAfterUnit = false;
      const decimals = run[0].includes('.') ? run[0].length - run[0].indexOf('.') - 1 : 0;
      lastStep = 10 ** -decimals;
      hasDigit = true;
      p += run[0].length;
    } else if (ZERO_PLACEHOLDERS.has(ch) && (section > 0 || total > 0) && current === null && HAN_DIGIT.test(text[p + 1] ?? '')) {
      // 一百零一, 五亿零六: 零 after a unit marks skipped places; the digit after it is read at its own place.
      zeroGap = true;
      p++;
    } else if (DECIMAL_POINTS.has(ch) && current !== null && current === Math.trunc(current) && (text[p + 1] ?? '') in CJK_DIGITS) {
      // 三点五亿, 六点五割: 点 is the decimal point; the digits after it are read one by one.
      let q = p + 1;
      let fraction = '';
      while (q < text.length && text[q] in CJK_DIGITS && fraction.length < MAX_DECIMALS) fraction += CJK_DIGITS[text[q++]];
      current += Number(`0.${fraction}`);
      lastStep = 10 ** -fraction.length;
      lastDigitAfterUnit = false;
      p = q;
    } else if (ch in CJK_DIGITS) {
      if (current !== null) break;
      current = CJK_DIGITS[ch];
      lastDigitAfterUnit = text[p - 1] in CJK_SMALL_UNITS || text[p - 1] in CJK_BIG_UNITS;
      lastStep = 1;
      hasHan = hasDigit = true;
      p++;
    } else if (ch in CJK_SMALL_UNITS) {
      const unit = CJK_SMALL_UNITS[ch];
      lastUnit = unit;
      zeroGap = false;
      section += (current ?? 1) * unit;
      lastStep = current === null ? unit : lastStep * unit;
      current = null;
      hasHan = hasDigit = true;
      p++;
    } else if (ch in CJK_BIG_UNITS) {
      if (tokens === 0) return null;
      const big = CJK_BIG_UNITS[ch];
      const chunk = section + (current ?? 0);
      if (chunk === 0 && total === 0) return null;
      if (big >= lastBig) total = (total + chunk) * big; // 万亿: a larger unit multiplies everything before it
      else total += chunk * big;
      lastStep *= big;
      lastBig = Math.min(lastBig, big);
      lastUnit = big;
      zeroGap = false;
      scale = Math.max(scale, big);
      section = 0;
      current = null;
      hasHan = true;
      p++;
    } else {
      const infix = HEDGE_INFIXES.find(([w]) => text.startsWith(w, p));
      // 100多亿, 1万余, 500余り万: an infix hedge counts only right after a number and before a scale or the end of the
      // number (a written-out one, 余り, only before a scale: after the number it is the suffix hedge).
      if (infix && tokens > 0 && infixHedge === null && (current !== null || section > 0 || total > 0)) {
        const next = text[p + infix[0].length] ?? '';
        if (SMALL_OR_BIG.test(next) || (infix[0].length === 1 && !/[\d〇零一二两兩三四五六七八九]/.test(next))) {
          infixHedge = infix[1];
          hasHan = true;
          p += infix[0].length;
          continue;
        }
      }
      break;
    }
    tokens++;
  }
  if (tokens === 0) return null;
  // Chinese 一万三, 两千五: a last digit right after a unit, with no 零 between, counts a tenth of that unit (13,000;
  // 2,500). Japanese writes no 零 for skipped places, so there 一万三 is 10,003 and 五百六 is 506.
  if (current !== null && lastUnit >= 100 && !zeroGap && lastDigitAfterUnit && lang !== 'ja') {
    current *= lastUnit / 10;
    lastStep = lastUnit / 10;
  }
  const value = total + section + (current ?? 0);
  // Plain ASCII integers (no Han character) are exact; anything with a scale keeps its last stated place.
  const step = hasHan || lastStep < 1 ? lastStep : 0;
  return { start: i, end: p, value, step, hasHan, hasDigit, scale, infixHedge };
}
