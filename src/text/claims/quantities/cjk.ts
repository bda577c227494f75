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
  /** Two neighbouring digits in a row state an approximate amount (六七个 six or seven, 两三百 two or three hundred). */
  approximate: boolean;
}

/** The decimal point of Han numerals, and the most digits read after it. */
const DECIMAL_POINTS = new Set(['点', '點']);
const MAX_DECIMALS = 12;
/** 零 and 〇 between units: 一百零一 is 101. */
const ZERO_PLACEHOLDERS = new Set(['零', '〇']);
/** What a 零 placeholder may stand before: a digit (一百零一, 1千零20) or a small unit, which then counts one of itself (一万零十二). */
const HAN_DIGIT_OR_SMALL_UNIT = /[一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖十百千拾佰仟0-9]/;
const SMALL_OR_BIG = /[十百千万萬亿億兆]/;
/** ASCII digits as they appear inside Chinese numbers: `1,750`, `5.4`. Commas group only by three. */
const DIGIT_RUN = /^\d+(?:,\d{3})*(?:\.\d+)?/;

/** The parser's state while it reads one number left to right. */
interface CjkState {
  /** Sections already closed by a big unit (万亿兆), each with that unit; units decrease along the list. */
  sections: Array<{ value: number; unit: number }>;
  /** Sum of the current section (below the next big unit). */
  section: number;
  /** The digit or digit run read but not yet multiplied by a unit. */
  current: number | null;
  lastStep: number;
  hasHan: boolean;
  hasDigit: boolean;
  scale: number;
  infixHedge: Hedge | null;
  tokens: number;
  /** The last unit read (十百千万亿兆), whether a 零 came after it, and whether the last Han digit came right after it. */
  lastUnit: number;
  zeroGap: boolean;
  lastDigitAfterUnit: boolean;
  /** The digits are written place by place (七〇, 二〇二三). */
  positional: boolean;
  /** A second digit one above the first followed it (六七): the number is that digit's place wide. */
  approximate: boolean;
}

/** What a rule did at the current position: read `n` characters, declined (`null`: try the next rule), stop, or fail. */
type Step = number | null | 'stop' | 'fail';

/** Rule: ASCII digits (`1,750`, `5.4`); a second number right after the first ends the number before it. */
function readDigitRun(text: string, p: number, st: CjkState): Step {
  const run = /\d/.test(text[p]) ? DIGIT_RUN.exec(text.slice(p)) : null;
  if (!run) return null;
  if (st.current !== null) return 'stop';
  st.current = Number(run[0].replace(/,/g, ''));
  st.lastDigitAfterUnit = false;
  const decimals = run[0].includes('.') ? run[0].length - run[0].indexOf('.') - 1 : 0;
  st.lastStep = 10 ** -decimals;
  st.hasDigit = true;
  return run[0].length;
}

/** Rule: 一百零一, 五亿零六: 零 after a unit marks skipped places; the digit after it is read at its own place. */
function readZeroPlaceholder(text: string, p: number, st: CjkState): Step {
  if (!ZERO_PLACEHOLDERS.has(text[p]) || !(st.section > 0 || st.sections.length > 0) || st.current !== null || !HAN_DIGIT_OR_SMALL_UNIT.test(text[p + 1] ?? '')) return null;
  st.zeroGap = true;
  return 1;
}

/**
 * Rule: 三点五亿, 六点五割, 一百二十点五, 21点2: 点 is the decimal point after a digit or a unit; the digits after
 * it (Han or ASCII) are read one by one. Japanese also writes the point as ・ between Han numerals (五・五).
 */
function readDecimalPoint(text: string, p: number, st: CjkState, lang: string): Step {
  const point = DECIMAL_POINTS.has(text[p]) || (lang === 'ja' && text[p] === NAKAGURO && st.current !== null && st.hasHan && (text[p + 1] ?? '') in CJK_DIGITS);
  if (!point) return null;
  // After a big unit (2千万点5544, 四百億点〇五) the point writes the fraction of the whole, as after a small one.
  const afterUnit = st.current === null && (st.section > 0 && (text[p - 1] ?? '') in CJK_SMALL_UNITS
    || st.section === 0 && st.sections.length > 0 && (text[p - 1] ?? '') in CJK_BIG_UNITS);
  if (!afterUnit && (st.current === null || st.current !== Math.trunc(st.current))) return null;
  let q = p + 1;
  let fraction = '';
  while (q < text.length && fraction.length < MAX_DECIMALS) {
    const digit = text[q] in CJK_DIGITS ? CJK_DIGITS[text[q]] : isDigit(text[q]) ? Number(text[q]) : null;
    if (digit === null) break;
    fraction += digit;
    q++;
  }
  // `3点5分` is a time of day (3:05), not 3.5. A small unit after the digits (七・八十九) shows they were no digit-by-digit fraction.
  if (fraction === '' || (/^\d/.test(text[p + 1]) && /^\s*分/.test(text.slice(q, q + 3))) || (text[q] ?? '') in CJK_SMALL_UNITS) return null;
  if (afterUnit) st.section += Number(`0.${fraction}`);
  else st.current! += Number(`0.${fraction}`);
  st.lastStep = 10 ** -fraction.length;
  st.lastDigitAfterUnit = false;
  return q - p;
}
/** The Japanese middle dot, a decimal point between Han numerals in vertical and formal writing (九・二三). */
const NAKAGURO = '・';
/** The zero of place-by-place Han numerals (二〇二三); 零 marks skipped places between units instead (一百零一). */
const POSITIONAL_ZERO = '〇';
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Rule: a Han digit (一 … 九, 〇, financial forms); a second digit in a row ends the number before it, unless the
 * digits are written place by place, which 〇 shows (七〇 is 70, 一〇五 is 105): then each digit shifts the ones before.
 */
function readHanDigit(text: string, p: number, st: CjkState): Step {
  if (!(text[p] in CJK_DIGITS)) return null;
  if (st.current !== null) {
    const placeByPlace = st.lastUnit === 0 && st.section === 0 && st.sections.length === 0 && (st.positional || text[p] === POSITIONAL_ZERO);
    // Chinese states an approximate amount by two neighbouring digits (三四个, 十五六岁, 两三百, 七八万): the first
    // digit is read at its place, and the number spans one unit of that place.
    if (!placeByPlace && !st.approximate && !st.positional && text[p - 1] in CJK_DIGITS && CJK_DIGITS[text[p]] === st.current + 1 && st.current >= 1 && st.current <= 8) {
      st.approximate = true;
      return 1;
    }
    if (!placeByPlace || st.current !== Math.trunc(st.current)) return 'stop';
    st.current = st.current * 10 + CJK_DIGITS[text[p]];
    st.positional = true;
    return 1;
  }
  st.current = CJK_DIGITS[text[p]];
  st.lastDigitAfterUnit = text[p - 1] in CJK_SMALL_UNITS || text[p - 1] in CJK_BIG_UNITS;
  st.lastStep = 1;
  st.hasHan = st.hasDigit = true;
  return 1;
}

/**
 * Units of measure whose Chinese names take 千 as the SI prefix kilo (千瓦 kW, 千米 km, 千克 kg, 千卡 kcal, 千伏 kV,
 * 千赫 kHz, 千帕 kPa, 千焦 kJ, 千字节 kB): after digits, `2900千瓦` is 2,900 kilowatts, not 2.9 million of something.
 */
const KILO_UNIT_AFTER = /^千(?:[瓦米克卡伏赫帕焦]|字节|字節)/;

/** Rule: 十百千 multiply the digit before them (or 1: 十五 is 15) and add it to the section. */
function readSmallUnit(text: string, p: number, st: CjkState): Step {
  if (!(text[p] in CJK_SMALL_UNITS)) return null;
  if (isDigit(text[p - 1]) && KILO_UNIT_AFTER.test(text.slice(p, p + 3))) return 'stop';
  const unit = CJK_SMALL_UNITS[text[p]];
  // Units fall within a section (一百十 is 110): a unit no smaller than the last one, with no digit between, starts
  // another word (百分之七十百分位: the 百 of 百分位 is not 七十's).
  if (st.current === null && st.lastUnit > 0 && st.lastUnit < 1e4 && unit >= st.lastUnit && st.section > 0) return 'stop';
  st.lastUnit = unit;
  st.zeroGap = false;
  st.section += (st.current ?? 1) * unit;
  st.lastStep = st.current === null ? unit : st.lastStep * unit;
  st.current = null;
  st.hasHan = st.hasDigit = true;
  return 1;
}

/**
 * Rule: 万亿兆 close a section; a unit multiplies the section before it and every closed section of a smaller unit
 * (一万亿 is 10^12; in 四千万八千亿四千万, 亿 takes 四千万八千 and the last 万 only 四千).
 */
function readBigUnit(text: string, p: number, st: CjkState): Step {
  if (!(text[p] in CJK_BIG_UNITS)) return null;
  if (st.tokens === 0) return 'fail';
  const big = CJK_BIG_UNITS[text[p]];
  let chunk = st.section + (st.current ?? 0);
  if (chunk === 0 && st.sections.length === 0) return 'fail';
  while (st.sections.length > 0 && st.sections[st.sections.length - 1].unit <= big) chunk += st.sections.pop()!.value;
  st.sections.push({ value: chunk * big, unit: big });
  st.lastStep *= big;
  st.lastUnit = big;
  st.zeroGap = false;
  st.scale = Math.max(st.scale, big);
  st.section = 0;
  st.current = null;
  st.hasHan = true;
  return 1;
}

/**
 * Rule: 100多亿, 1万余, 500余り万: an infix hedge counts only right after a number and before a scale or the end of the
 * number (a written-out one, 余り, only before a scale: after the number it is the suffix hedge).
 */
function readInfixHedge(text: string, p: number, st: CjkState): Step {
  const infix = HEDGE_INFIXES.find(([w]) => text.startsWith(w, p));
  if (!infix || st.tokens === 0 || st.infixHedge !== null || !(st.current !== null || st.section > 0 || st.sections.length > 0)) return 'stop';
  const next = text[p + infix[0].length] ?? '';
  if (!SMALL_OR_BIG.test(next) && !(infix[0].length === 1 && !HAN_OR_ASCII_DIGIT.test(next))) return 'stop';
  st.infixHedge = infix[1];
  st.hasHan = true;
  return infix[0].length;
}
const HAN_OR_ASCII_DIGIT = /[\d〇零一二两兩三四五六七八九]/;

/** The rules in the order they are tried at each position; the infix hedge last, as it stops the number when it declines. */
const CJK_RULES = [readDigitRun, readZeroPlaceholder, readDecimalPoint, readHanDigit, readSmallUnit, readBigUnit, readInfixHedge];

/**
 * Rule: Chinese 一万三, 两千五: a last digit right after a unit, with no 零 between, counts a tenth of that unit (13,000;
 * 2,500). Japanese writes no 零 for skipped places, so there 一万三 is 10,003 and 五百六 is 506.
 */
function applyColloquialTenth(st: CjkState, lang: string): void {
  if (st.current !== null && st.lastUnit >= 100 && !st.zeroGap && st.lastDigitAfterUnit && lang !== 'ja') {
    st.current *= st.lastUnit / 10;
    st.lastStep = st.lastUnit / 10;
  }
}

/** Parses a Chinese/Japanese number starting at `i` (ASCII digits or Han numerals). Null when nothing numeric is there. */
export function parseCjkNumber(text: string, i: number, lang: string): CjkNumber | null {
  const st: CjkState = {
    sections: [], section: 0, current: null, lastStep: 0, hasHan: false, hasDigit: false, scale: 1,
    infixHedge: null, tokens: 0, lastUnit: 0, zeroGap: false, lastDigitAfterUnit: false, positional: false, approximate: false,
  };
  let p = i;
  reading: while (p < text.length) {
    for (const rule of CJK_RULES) {
      const step = rule(text, p, st, lang);
      if (step === null) continue;
      if (step === 'fail') return null;
      if (step === 'stop') break reading;
      p += step;
      // The infix hedge is not a token of its own: it neither starts a number nor counts toward one.
      if (rule !== readInfixHedge) st.tokens++;
      continue reading;
    }
    break;
  }
  if (st.tokens === 0) return null;
  applyColloquialTenth(st, lang);
  // An approximate amount is valued at the middle of its span, like a range (六七 is 6 to 7, 6.5).
  const value = st.sections.reduce((sum, section) => sum + section.value, st.section + (st.current ?? 0)) + (st.approximate ? st.lastStep / 2 : 0);
  // Plain ASCII integers (no Han character) are exact; anything with a scale keeps its last stated place (the span of an approximate amount).
  const step = st.hasHan || st.lastStep < 1 ? st.lastStep : 0;
  return { start: i, end: p, value, step, hasHan: st.hasHan, hasDigit: st.hasDigit, scale: st.scale, infixHedge: st.infixHedge, approximate: st.approximate };
}
