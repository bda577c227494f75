// findQuantities: amounts, percentages and counts in text of any supported language (en, de, zh, fr, es, ja, ru),
// with their normalised value, the interval the statement covers, ISO 4217 currency or count noun, and hedge.
//
// Shape: (1) mark spans that hold numbers which are not amounts (dates, times, phone numbers, versions and model
// names, ordinals, page counters); (2) scan number cores (digits with the language's separators, Han numerals, small
// number words before a scale word); (3) grow each core outward: scale word, currency, percent, count noun, hedges;
// (4) join ranges (`9 bis 17 Millionen`). Tables live in lexicon.ts. Recognizers-Text is not used: see lexicon.ts.
import type { Quantity, QuantityKind } from '../../../types.ts';
import { ARITHMETIC_MARKS, arithmeticMarksAt, findArithmetic } from './arithmetic.ts';
import { arabicDualCounts } from './arabic-duals.ts';
import { koreanHalfAfter, koreanNativeCount } from './korean.ts';
import { parseCjkNumber } from './cjk.ts';
import { localeNumbers } from './locale-data.ts';
import { currencyAfter, currencyBefore, currencyCodesAfter, currencyWordsAfter, gluesSuffixesToCurrency } from './currency.ts';
import {
  asciiPrefixKey, hasNumberLexicon, joinedFractionAfter, numberJoinersOf, parseNumberWords, spelledNumberPrefixKeys, spelledNumberStartKeys, startKeyOfUnits,
  type SpelledNumberContext,
} from './number-words.ts';
import { canonicalMeasure } from '../measures.ts';
import {
  asciiLowerCode, HAN_NUMERAL_OR_SCALE, HAN_NUMERAL_START, LATIN_OR_CYRILLIC_LETTER, LETTER, LETTERS_AT, indexWords, isAsciiDigit, isAsciiLetterCode,
  isLatinOrCyrillicCode, isLetterAt, isPlainLetterCode, isSpaceCode, isSurelyNotLetterCode, shapeOf, skipSpaces, withoutAccents, wordAt, wordsAt, type IndexedWords,
} from './match.ts';
import { allMatches, escapeRegExp, stopwordsOf } from '../../language/words.ts';
import {
  BRANDED_UNITS, CJK_BIG_UNITS, CJK_DIGITS, COUNTER_AFTER, COUNTER_BEFORE, COUNT_UNITS, DECIMAL_MARK, HAN_CLASSIFIERS, HAN_TIME_COUNTS, HEDGE_PREFIXES,
  HEDGE_SUFFIXES, MEASURE_WORDS, MODEL_WORDS, NEGATIVE_WORDS, PERCENTAGE_NOUNS, PERCENT_PREFIXES, MONTHS_ANY_CASE, MONTHS_CASED, NUMBER_WORDS, PERCENT_SUFFIXES, PHONE_LABELS,
  RANGE_CONNECTORS, SCALE_SUFFIXES, SCALE_WORDS, type Hedge,
} from './lexicon.ts';

/**
 * Relative half-width of the interval an `about` hedge gives (about 540 million → 486 to 594 million). Press rounding of
 * leaked or estimated figures is rarely tighter than ±10%; wider would let unrelated figures "agree" in compare.
 */
export const ABOUT_WIDTH = 0.1;
/** Years look like bare 4-digit integers in this range; outside it a 4-digit number is a count. */
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
/** Four-digit years before YEAR_MIN are read as years only in a year's context (isInYearContext). */
const EARLY_YEAR_MIN = 1000;
/** Prepositions of time before a year (`by 1340`, `seit 1500`, `em 1340`, `w 1410`, `в 1380`, `सन 1340`), lowercase, one space before the number. */
const YEAR_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|by|since|until|till|from|before|after|im|seit|bis|ab|um|vor|nach|en|dès|depuis|desde|hasta|em|até|desde|nel|dal|dopo|prima|w|od|do|przed|po|в|с|до|после|к|sen|सन|वर्ष)\s$/iu;
/** Year words after one (`1340 yılına`, `1340年`, `1340 г.`, `1340 roku`, `in the year`). */
const YEAR_WORD_AFTER = /^(?:\s?(?:yıl\p{L}*|年|г\.|год\p{L}*|roku|r\.|AD|BC|d\.\s?C\.|a\.\s?C\.|n\.\s?Chr\.|v\.\s?Chr\.)|['’](?:d[ae]|t[ae]|d[ae]n|t[ae]n|[ıiuü]n|n[ıiuü]n|y[ae])(?!\p{L}))/u;
const isInYearContext = (text: string, core: Span) =>
  YEAR_PREPOSITION_BEFORE.test(text.slice(Math.max(0, core.start - 8), core.start)) || YEAR_WORD_AFTER.test(text.slice(core.end, core.end + 8));
/** A digit group sequence with this many digits or more, written like a phone number, is one. */
const MIN_PHONE_DIGITS = 7;
/** Significant digits kept in values: removes binary noise (5.4 × 1e8 = 540000000.00000006). */
const VALUE_PRECISION = 12;

export { type Hedge } from './lexicon.ts';

/** Digits that continue as a Chinese or Japanese number: a Han scale (5万, 100多亿) or the Han decimal point (21点2). */
const HAN_AFTER_DIGITS = /^\d+(?:[.,]\d+)*(?:[十百千万萬亿億兆]|(?:[多余餘]|余り|あまり)[十百千万萬亿億兆]|[点點]\d)/;
/** Characters read by HAN_AFTER_DIGITS. */
const HAN_AFTER_DIGITS_WINDOW = 40;
/** The first code unit of the CJK blocks, below every character HAN_AFTER_DIGITS wants after the digits. */
export const CJK_FIRST_CODE = 0x3000;

/**
 * What HAN_AFTER_DIGITS needs, tested without a slice: a CJK character right after the longest run of digit groups
 * at `i` (no shorter run of them is followed by one: a digit, `.` or `,` comes next), inside its window.
 */
function mayContinueInHan(text: string, i: number): boolean {
  let j = i;
  while (isAsciiDigit(text.charCodeAt(j))) j++;
  while ((text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x2c) && isAsciiDigit(text.charCodeAt(j + 1)) && j < i + HAN_AFTER_DIGITS_WINDOW) {
    j++;
    while (isAsciiDigit(text.charCodeAt(j))) j++;
  }
  return j < i + HAN_AFTER_DIGITS_WINDOW && text.charCodeAt(j) >= CJK_FIRST_CODE;
}

interface Span { start: number; end: number }

interface Core {
  start: number;
  end: number;
  value: number;
  /** Place value of the last stated digit, 0 for an exact integer. */
  step: number;
  /** Multiplier applied by a scale word or Han scale character (1 when none). */
  factor: number;
  hasScale: boolean;
  han: boolean;
  /** Han numerals with no ASCII digit need a unit or currency to count as a quantity. */
  hanOnly: boolean;
  /** Raw digits with no separator and no decimals (a candidate year). */
  plainInteger: boolean;
  hedge: Hedge | null;
  /** Han numerals stating an approximate amount (六七, 两三百): `step` is its span, which a count keeps. */
  approximate?: boolean;
}

interface Candidate extends Core {
  kind: QuantityKind;
  unit: string | null;
  /** Start of the number itself, after any hedge or currency sign. */
  numberStart: number;
}

/** First code units of the decimal digit blocks read as ASCII digits: Arabic-Indic, Eastern Arabic-Indic, Devanagari. */
const NATIVE_DIGIT_ZEROS = [0x660, 0x6f0, 0x966];

/** What normaliseWidth replaces: full-width and native digits and signs, and the separators between such digits. */
export const WIDTH_FORMS = /[\uFF10-\uFF19\uFF05\uFF04\uFF0E\uFF0D\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]|(?<=[\uFF10-\uFF19])[\uFF0C\u3000](?=[\uFF10-\uFF19])|(?<=[\u0660-\u0669])[\u066B\u066C](?=[\u0660-\u0669])/g;

/**
 * Whether the text holds a code unit normaliseWidth may replace: every one it matches, and every neighbour its
 * look-arounds ask for, lies in U+0660–U+096F (Arabic-Indic, Eastern Arabic-Indic, Devanagari digits and the Arabic
 * separators) or U+FF04–U+FF19 (full-width signs and digits). Most paragraphs hold none: one loop, no pattern.
 */
export function mayNeedWidthNormalising(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x660 && (code <= 0x96f || (code >= 0xff04 && code <= 0xff19))) return true;
  }
  return false;
}

/** Full-width and native (Arabic, Devanagari) digits and signs → ASCII, one UTF-16 unit for one, so offsets stay valid. */
export function normaliseWidth(text: string): string {
  if (!mayNeedWidthNormalising(text)) return text;
  return text.replace(WIDTH_FORMS, (ch) => {
    const code = ch.charCodeAt(0);
    const zero = NATIVE_DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) return String.fromCharCode(code - zero + 0x30);
    if (ch === '\u066B') return '.'; // Arabic decimal separator
    if (ch === '\u066C') return ','; // Arabic thousands separator
    if (ch === '\uFF05') return '%';
    if (ch === '\uFF0D') return '-';
    // ４，５６５: a full-width comma between full-width digits groups them; after ASCII digits it is the clause comma of
    // CJK text (`$20，300美圆`: two amounts), as ASCII digits take the ASCII comma for grouping.
    if (ch === '\uFF0C') return ',';
    // １　２３４　５６７: the ideographic space between full-width digits is the full-width grouping space.
    if (ch === '\u3000') return ' ';
    if (ch === '\uFF04') return '$';
    if (ch === '\uFF0E') return '.';
    return String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 0x30);
  });
}

/**
 * Japanese marks between ASCII digits that write a number, one UTF-16 unit for one: `、` grouping thousands after one
 * or two digits (`5、450`, `1、234、567`: a list of such unequal items, `5、450`, is far rarer than grouping; `100、200`
 * with equal groups stays a list; `4000万50、154` is two numbers), and `・` as the decimal point after a lone zero (`0・08`; `1・2月` is January and
 * February, but no list starts at zero).
 */
const JA_GROUPED_THOUSANDS = /(?<![\d、,.〇零一二三四五六七八九十百千万萬億兆])\d{1,2}(?:、\d{3})+(?![\d、])/g;
const JA_ZERO_POINT = /(?<![\d.,])0・(?=\d)/g;
export function normaliseJapaneseMarks(text: string): string {
  if (!text.includes('、') && !text.includes('・')) return text;
  return text.replace(JA_GROUPED_THOUSANDS, (m) => m.replaceAll('、', ',')).replace(JA_ZERO_POINT, '0.');
}

/** paragraphMarks' flags beyond arithmeticMarks' (ARITHMETIC_MARKS): a unit mayNeedWidthNormalising looks for, and a `、` or `・`. */
export const WIDTH_MARK = 8;
export const JAPANESE_NUMBER_MARK = 16;
/**
 * In one pass, what three scans of every paragraph asked before: whether normaliseWidth may replace a unit (WIDTH_MARK,
 * mayNeedWidthNormalising's test), whether normaliseJapaneseMarks has a mark to read (JAPANESE_NUMBER_MARK), and the
 * marks findArithmetic's patterns need (arithmeticMarks). Neither normalisation writes or removes an arithmetic mark
 * (they write ASCII digits, `.`, `,`, `%`, `-`, `$` and spaces, and replace none of `^ / 乗 分 の`), nor does
 * normaliseWidth write a `、` or `・`: the marks of the text hold for its normalised form too.
 */
export function paragraphMarks(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below `/` (0x2f) no unit is a mark: spaces, most ASCII punctuation, and not letters (at 0x41 on).
    if (code < 0x2f) continue;
    if (code >= 0x660 && (code <= 0x96f || (code >= 0xff04 && code <= 0xff19))) marks |= WIDTH_MARK;
    else if (code === 0x3001 || code === 0x30fb) marks |= JAPANESE_NUMBER_MARK;
    else marks |= arithmeticMarksAt(text, i, code);
  }
  return marks;
}

/** normaliseWidth, then for Japanese normaliseJapaneseMarks, each only where `marks` (paragraphMarks(text)) says it may change the text. */
export function normalisedForQuantities(text: string, lang: string, marks: number): string {
  const width = (marks & WIDTH_MARK) !== 0 ? normaliseWidth(text) : text;
  return lang === 'ja' && (marks & JAPANESE_NUMBER_MARK) !== 0 ? normaliseJapaneseMarks(width) : width;
}

// ---------------------------------------------------------------------------------------------------------------
// Spans that are not amounts

const MONTH_PATTERN = `(?:${MONTHS_CASED.map(escapeRegExp).join('|')})`;
const MONTH_ANY_PATTERN = `(?:${MONTHS_ANY_CASE.map(escapeRegExp).join('|')})`;
const MONTH_YEAR_CASED = new RegExp(`\\b${MONTH_PATTERN}\\.?,?\\s+\\d{4}\\b`, 'g'); // May 2023
const MONTH_YEAR_ANY_CASE = new RegExp(`(?<![\\p{L}])${MONTH_ANY_PATTERN}\\s+(?:de\\s+)?\\d{4}`, 'giu'); // juin 2023
/** The month-year patterns need four digits right after a space (BlockNeed.SpaceThenYear); most paragraphs have none, and the patterns are slow. */
const NEEDS_SPACE_THEN_YEAR: ReadonlySet<RegExp> = new Set([MONTH_YEAR_CASED, MONTH_YEAR_ANY_CASE]);

/** Times and dates written with Han characters (18時20分, 2023年5月12日, 12日). */
const HAN_DATE_PATTERNS = [
  /\d{1,2}\s*[時时點点]\s*\d{1,2}\s*分/g, // 18時20分
  /\d{1,2}\s*時(?!間)/g, // 18時
  /\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号號])?/g, // 2022年, 2023年5月12日
  /\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?/g, // 5月, 4月12日
  /\d{1,2}\s*[日号號](?!間|本|元|圓|圆)/g, // 12日
];
const CYRILLIC_YEAR_PATTERN = /\d{4}\s*(?:году|года|год|гг?\.)/g; // в 2022 году
const CYRILLIC_ORDINAL_PATTERN = /\b\d+-(?:[а-яё]{1,3})(?![а-яё])/gi; // 2-й, 3-го

/** Dates and times written with digits: their numbers are date parts (kind `date`), no amounts. */
const DATE_PATTERNS: RegExp[] = [
  /\[?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?\]?/g, // 2023-04-19 08:16:02, [2023/4/11 15:20:09], 2023.05.10
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, // 19/04/2023, 19.04.2023
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g, // 18:30, 0:00:00
  ...HAN_DATE_PATTERNS,
  CYRILLIC_YEAR_PATTERN,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?,?\\s+${MONTH_PATTERN}\\b\\.?(?:,?\\s+\\d{4})?`, 'g'), // 8 May 2023
  new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`, 'g'), // May 8, 2023
  MONTH_YEAR_CASED,
  new RegExp(`(?<![\\p{L}\\d])\\d{1,2}\\.?\\s+(?:de\\s+)?${MONTH_ANY_PATTERN}(?![\\p{L}])(?:\\s+(?:de\\s+)?\\d{4})?`, 'giu'), // 15 juin 2023, 28 de septiembre de 2023, 2. Mai
  MONTH_YEAR_ANY_CASE,
];
const DATE_PATTERN_SET: ReadonlySet<RegExp> = new Set(DATE_PATTERNS);

const BLOCK_PATTERNS: RegExp[] = [
  ...DATE_PATTERNS,
  /\b\d{4}s\b/g, /\b\d{2,4}er(?:-?Jahre\w*)?\b/g, // 1990s, 90er
  /第\s*[\d〇零一二两兩三四五六七八九十百千]+/g, // 第3, 第一
  /\b\d+\.?[ºª°](?:\s?[CF]\b)?/g, // 1.º, 2ª, 20 °C
  CYRILLIC_ORDINAL_PATTERN,
  /\b\d+\+/g, // 16+
  /\b(?:https?:\/\/|www\.)\S+/g, // numbers inside a URL (ids, escapes like %2D9114%29) are no amounts
  /(?<![\d/.,])\d{1,6}\s?\/\s?\d{1,6}(?![\d/.,])/g, // fractions and ratios (4/5, 24/7): not amounts, and their parts are none either
  /\d[\d.,]{0,20}\s?\^\s?[-+]*\d+/g, // powers (1,1^23)
];

/**
 * Starts at the first digit of a number, never inside one (`100056.33` holds no phone number `00056.33`). A slash
 * writes another last group (`+1-222-2222/2223`); a date it also takes is a date first (findQuantities).
 */
const PHONE_CANDIDATE = /(?<![\d.,])(?:\+\s?\d{1,3}[\s.\u00a0-]*)?(?:\(\d{1,5}\)[\s.\u00a0-]*)?\d{1,5}(?:[\s.\u00a0/-]\d{1,5}){1,5}/g;

/** `1 234 567`, `1.234.567`, with a decimal part in the other mark (`1 234 567.89`): an amount, not a phone number. */
function isThousandsGrouping(s: string): boolean {
  return /^[1-9]\d{0,2}(?:([ .\u00a0\u202f])\d{3})(?:\1\d{3})*(?:(?!\1)[.,]\d+)?$/.test(s);
}

const PHONE_LABEL_RE = new RegExp(`(?:${PHONE_LABELS.map(escapeRegExp).join('|')})\\.?\\s*[:：]?\\s*$`, 'u');

function findPhoneSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of allMatches(PHONE_CANDIDATE, text)) {
    const s = m[0].replace(/[\s.\u00a0-]+$/, '');
    const digits = s.replace(/\D/g, '').length;
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
    const labelled = PHONE_LABEL_RE.test(before);
    if (digits < (labelled ? 6 : MIN_PHONE_DIGITS)) continue;
    if (!labelled && isThousandsGrouping(s)) continue;
    const groups = s.split(/[\s.\u00a0()-]+/).filter(Boolean);
    const phoneLike = labelled || /^\+/.test(s) || s.includes('(') || /\d-\d/.test(s) || groups.length >= 3 || groups.some((g) => g.startsWith('0'));
    if (phoneLike) spans.push({ start: m.index, end: m.index + s.length });
  }
  return spans;
}

/** A number before or after a counter word; bounded so that a long run of digits and spaces is read once, not per start. */
const COUNTER_NUMBER = String.raw`\d[\d.,\u00a0\u202f ]{0,24}\d|\d`;
const byLength = (a: string, b: string) => b.length - a.length;
const COUNTER_BEFORE_RE = new RegExp(`(?:${[...COUNTER_BEFORE].sort(byLength).map(escapeRegExp).join('|')})\\s*[:：]?\\s*(${COUNTER_NUMBER})`, 'gu');
const COUNTER_AFTER_RE = new RegExp(`(${COUNTER_NUMBER})\\s*(?:${[...COUNTER_AFTER].sort(byLength).map(escapeRegExp).join('|')})`, 'gu');

/** The counter words alone, each pattern's: one pass tells whether the text holds any. */
const COUNTER_BEFORE_WORD = new RegExp(COUNTER_BEFORE.map(escapeRegExp).join('|'), 'u');
const COUNTER_AFTER_WORD = new RegExp(COUNTER_AFTER.map(escapeRegExp).join('|'), 'u');

function findCounterSpans(text: string): Span[] {
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  // Each pattern matches only where one of its words is written: most paragraphs hold none, and then the pattern need
  // not try its number at every digit (a page of `1 1 1 …` tried 25 characters at each of them).
  if (COUNTER_BEFORE_WORD.test(lower)) {
    for (const m of allMatches(COUNTER_BEFORE_RE, lower)) spans.push({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  }
  if (COUNTER_AFTER_WORD.test(lower)) {
    for (const m of allMatches(COUNTER_AFTER_RE, lower)) spans.push({ start: m.index, end: m.index + m[1].length });
  }
  return spans;
}

/** The one blocking pattern that needs no ASCII digit (第一); it is also in BLOCK_PATTERNS. */
const HAN_ORDINAL_PATTERN = BLOCK_PATTERNS.find((re) => re.source.startsWith('第'))!;
/** Patterns that need a Han character (時, 年, 月, 日, 第) or a Cyrillic letter (году, -й): most paragraphs have neither. */
const NEEDS_HAN: ReadonlySet<RegExp> = new Set([...HAN_DATE_PATTERNS, HAN_ORDINAL_PATTERN]);
const NEEDS_CYRILLIC: ReadonlySet<RegExp> = new Set([CYRILLIC_YEAR_PATTERN, CYRILLIC_ORDINAL_PATTERN]);

/**
 * What a blocking pattern needs written somewhere in the text, besides an ASCII digit: marks (`-/.:+^°`), runs of two
 * or four digits, white space near a digit, two digits one separator apart. One pass finds them all, and a pattern
 * whose needs are missing is not run: a paragraph of one short line (`Acme spent aa1z`) tried some twenty patterns,
 * half the quantity grammar's time on 166,000 such lines (bench:hostile, distinct-short-lines). Each need is read off
 * the pattern's source, so a skipped pattern could not have matched.
 */
const BlockNeed = {
  Dash: 1, Slash: 2, Dot: 4, Colon: 8, Plus: 16, Caret: 32, Degree: 64,
  /** Two ASCII digits in a row. */
  Run2: 128,
  /** Four ASCII digits in a row. */
  Run4: 256,
  /** White space right before an ASCII digit (`May 8`). */
  SpaceBefore: 512,
  /** White space one to four code units after an ASCII digit (`8 May`, `8th, May`, `8. Mai`). */
  SpaceAfter: 1024,
  /** An ASCII digit, one separator of a phone number (white space, `.`, `/`, `-`) and an ASCII digit. */
  DigitSepDigit: 2048,
  /** An ASCII digit: every pattern but 第一 needs one, and so do phone numbers and counters. */
  Digit: 4096,
  /** White space, then four ASCII digits (`\s\d{4}`). */
  SpaceThenYear: 8192,
  /** A Han character (U+3400–U+9FFF) and a Cyrillic letter (U+0400–U+04FF). */
  Han: 16384,
  Cyrillic: 32768,
} as const;

/** JavaScript's \s, asked once per code unit. */
const WHITE_SPACE_OF = new Uint8Array(0x10000);
function isWhiteSpaceCode(code: number): boolean {
  if (WHITE_SPACE_OF[code] === 0) WHITE_SPACE_OF[code] = /\s/.test(String.fromCharCode(code)) ? 2 : 1;
  return WHITE_SPACE_OF[code] === 2;
}

/** The BlockNeeds a text meets, in one pass (only the neighbours of its digits are looked at twice). */
function blockNeedsMet(text: string): number {
  let met = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code)) {
      run++;
      met |= BlockNeed.Digit;
      if (run >= 2) met |= run >= 4 ? BlockNeed.Run2 | BlockNeed.Run4 : BlockNeed.Run2;
      if (run === 4 && i >= 4 && isWhiteSpaceCode(text.charCodeAt(i - 4))) met |= BlockNeed.SpaceThenYear;
      if (i > 0 && isWhiteSpaceCode(text.charCodeAt(i - 1))) met |= BlockNeed.SpaceBefore;
      for (let k = i + 1; k <= i + 4 && k < text.length; k++) if (isWhiteSpaceCode(text.charCodeAt(k))) { met |= BlockNeed.SpaceAfter; break; }
      const sep = text.charCodeAt(i + 1);
      if ((sep === 0x2e || sep === 0x2f || sep === 0x2d || isWhiteSpaceCode(sep)) && isAsciiDigit(text.charCodeAt(i + 2))) met |= BlockNeed.DigitSepDigit;
      continue;
    }
    run = 0;
    switch (code) {
      case 0x2d: met |= BlockNeed.Dash; break;
      case 0x2f: met |= BlockNeed.Slash; break;
      case 0x2e: met |= BlockNeed.Dot; break;
      case 0x3a: met |= BlockNeed.Colon; break;
      case 0x2b: met |= BlockNeed.Plus; break;
      case 0x5e: met |= BlockNeed.Caret; break;
      case 0xb0: case 0xba: case 0xaa: met |= BlockNeed.Degree; break;
      default:
        if (code >= 0x3400 && code <= 0x9fff) met |= BlockNeed.Han;
        else if (code >= 0x400 && code <= 0x4ff) met |= BlockNeed.Cyrillic;
    }
  }
  return met;
}

/**
 * The needs of the blocking patterns that have any beyond a digit (and beyond what hasHan, hasCyrillic and
 * the month-year patterns' space and year already ask): each entry is a set of needs of which one must be met, and every entry must be.
 */
const BLOCK_NEEDS: ReadonlyMap<RegExp, readonly number[]> = new Map<RegExp, readonly number[]>([
  [DATE_PATTERNS[0], [BlockNeed.Run4, BlockNeed.Dash | BlockNeed.Slash | BlockNeed.Dot]], // 2023-04-19
  [DATE_PATTERNS[1], [BlockNeed.Run2, BlockNeed.Slash | BlockNeed.Dot]], // 19/04/2023
  [DATE_PATTERNS[2], [BlockNeed.Run2, BlockNeed.Colon]], // 18:30
  [DATE_PATTERNS[9], [BlockNeed.SpaceAfter]], // 8 May 2023
  [DATE_PATTERNS[10], [BlockNeed.SpaceBefore]], // May 8, 2023
  [DATE_PATTERNS[12], [BlockNeed.SpaceAfter]], // 15 juin 2023
  [BLOCK_PATTERNS[DATE_PATTERNS.length], [BlockNeed.Run4]], // 1990s
  [BLOCK_PATTERNS[DATE_PATTERNS.length + 1], [BlockNeed.Run2]], // 90er
  [BLOCK_PATTERNS[DATE_PATTERNS.length + 3], [BlockNeed.Degree]], // 1.º, 20 °C
  [BLOCK_PATTERNS[DATE_PATTERNS.length + 5], [BlockNeed.Plus]], // 16+
  [BLOCK_PATTERNS[DATE_PATTERNS.length + 6], [BlockNeed.Slash | BlockNeed.Dot]], // https://, www.
  [BLOCK_PATTERNS[DATE_PATTERNS.length + 7], [BlockNeed.Slash]], // 4/5
  [BLOCK_PATTERNS[DATE_PATTERNS.length + 8], [BlockNeed.Caret]], // 1,1^23
]);

function metAll(met: number, needs: readonly number[]): boolean {
  for (const need of needs) if ((met & need) === 0) return false;
  return true;
}

/** Each blocking pattern with its needs, all of them (each entry a set of needs of which one must be met), in BLOCK_PATTERNS' order. */
const BLOCK_PLAN: ReadonlyArray<{ re: RegExp; date: boolean; needs: readonly number[] }> = BLOCK_PATTERNS.map((re) => ({
  re,
  date: DATE_PATTERN_SET.has(re),
  needs: [
    ...(re === HAN_ORDINAL_PATTERN ? [] : [BlockNeed.Digit]),
    ...(NEEDS_SPACE_THEN_YEAR.has(re) ? [BlockNeed.SpaceThenYear] : []),
    ...(NEEDS_HAN.has(re) ? [BlockNeed.Han] : []),
    ...(NEEDS_CYRILLIC.has(re) ? [BlockNeed.Cyrillic] : []),
    ...(BLOCK_NEEDS.get(re) ?? []),
  ],
}));

/** Spans whose numbers are no amounts; of them, the dates and times and the phone numbers, whose digits are parts. */
interface BlockedSpans { all: Span[]; dates: Span[]; codes: Span[] }

function findBlockedSpans(text: string): BlockedSpans {
  const met = blockNeedsMet(text);
  const all: Span[] = [];
  const dates: Span[] = [];
  for (const { re, date, needs } of BLOCK_PLAN) {
    if (!metAll(met, needs)) continue;
    for (const m of allMatches(re, text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      all.push(span);
      if (date) dates.push(span);
    }
  }
  const hasDigit = (met & BlockNeed.Digit) !== 0;
  const codes = hasDigit && (met & BlockNeed.DigitSepDigit) !== 0 ? findPhoneSpans(text) : [];
  if (hasDigit) all.push(...codes, ...findCounterSpans(text));
  return { all, dates, codes };
}

/**
 * Blocked spans merged into disjoint sorted intervals, asked in increasing order of start: each question moves a cursor
 * forward, so a page with many blocked spans and many numbers costs their sum, not their product.
 */
function blockedSpanCursor(spans: Span[]): (core: Span) => boolean {
  const merged: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let k = 0;
  return (core) => {
    while (k < merged.length && merged[k].end <= core.start) k++;
    return k < merged.length && merged[k].start < core.end;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Number cores

/**
 * Digit groups at lastIndex: at most MAX_DIGIT_GROUPS of them, so that `1 1 1 1 …` or `1.1.1.…` costs a bounded amount
 * of work per number (unbounded, every start re-read the rest of the run: 78 s for 10,000 characters of `1 `).
 * Seven separators already write 10^24 (`1,000,000,000,000,000,000,000`).
 */
const MAX_DIGIT_GROUPS = 9;
const DIGIT_GROUPS_AT = new RegExp(`\\d+(?:(?:[.,]|[ \\u00a0\\u202f\\u2009])\\d+){0,${MAX_DIGIT_GROUPS - 1}}`, 'y');
/** A run of digits and dots/commas at lastIndex (a version or address, skipped whole). */
const DOTTED_RUN_AT = /[\d.,]+/y;

/** Digits with separators at `i`, read with the language's decimal mark; the longest well-formed prefix wins. */
function parseDigits(text: string, i: number, lang: string): Core | 'malformed' | null {
  // Fast path: digits followed by no separator, or by a space and a group that is not three digits (`12 7 40`): an integer.
  let end = i;
  while (isAsciiDigit(text.charCodeAt(end))) end++;
  if (end === i) return null;
  const next = text.charCodeAt(end);
  const separated = next === 0x2e || next === 0x2c || isSpaceCode(next);
  // The next item of a comma list (isCommaList) is its own integer: `26,31` after `22,24,` is no decimal.
  const listItem = text.charCodeAt(i - 1) === 0x2c && isAsciiDigit(text.charCodeAt(i - 2));
  if (!separated || listItem || !isAsciiDigit(text.charCodeAt(end + 1)) || (isSpaceCode(next) && !isThreeDigitGroup(text, end + 1))) {
    return { start: i, end, value: Number(text.slice(i, end)), step: 0, factor: 1, hasScale: false, han: false, hanOnly: false, plainInteger: true, hedge: null };
  }
  DIGIT_GROUPS_AT.lastIndex = i;
  const m = DIGIT_GROUPS_AT.exec(text);
  if (!m) return null;
  const groups: string[] = [];
  const seps: string[] = [];
  SEPARATOR_OR_DIGITS.lastIndex = 0;
  for (let t = SEPARATOR_OR_DIGITS.exec(m[0]); t; t = SEPARATOR_OR_DIGITS.exec(m[0])) (isAsciiDigit(t[0].charCodeAt(0)) ? groups : seps).push(t[0]);
  // The longest prefix of groups that reads as one number wins (`1,000.5`, then `1,000`, then `1`). Every group after
  // the first but the last (a decimal part) has three digits, so no prefix reaches past the first other group plus one.
  // Indian grouping (12,34,567) lets groups of two through as well: where the locale groups so (CLDR), and in any
  // language before a point's decimal part (`12,34,567.89`: commas before the point group; no list has a decimal tail).
  const twoDigitGroups = localeNumbers(lang).twoDigitGroups || (seps.length >= 3 && seps[seps.length - 1] === '.' && seps.slice(0, -1).every((sep) => sep === ','));
  let longest = 1;
  while (longest < groups.length && (groups[longest].length === 3 || (twoDigitGroups && groups[longest].length === 2))) longest++;
  for (let n = Math.min(groups.length, longest + 1); n >= 1; n--) {
    const parsed = readGroups(groups, seps, n, lang, twoDigitGroups);
    if (!parsed) continue;
    let consumed = 0;
    for (let k = 0; k < n; k++) consumed += groups[k].length + (k > 0 ? seps[k - 1].length : 0);
    // `1.2.3`, `GPT 3.5.1`: a dotted tail that does not parse is a version or an address, not an amount.
    if (n < groups.length && /[.,]/.test(seps[n - 1]) && (n > 1 || /[.,]/.test(seps[n] ?? ''))) {
      // `22,24,26,31`: where the comma is no decimal mark, commas between groups that cannot be thousands separate the
      // items of a list; each is read on its own (the scanner starts again after the comma).
      if (!isCommaList(groups, seps, lang)) return 'malformed';
      return { start: i, end: i + groups[0].length, value: Number(groups[0]), step: 0, factor: 1, hasScale: false, han: false, hanOnly: false, plainInteger: true, hedge: null };
    }
    return {
      start: i, end: i + consumed, value: parsed.value, step: parsed.decimals > 0 ? 10 ** -parsed.decimals : 0,
      factor: 1, hasScale: false, han: false, hanOnly: false, plainInteger: n === 1, hedge: null,
    };
  }
  return null;
}
/** Unicode's vulgar fractions (Number Forms and Latin-1) as [numerator, denominator]. */
const VULGAR_FRACTIONS: ReadonlyMap<number, readonly [number, number]> = new Map([...Object.entries({
  '¼': [1, 4], '½': [1, 2], '¾': [3, 4], '⅐': [1, 7], '⅑': [1, 9], '⅒': [1, 10], '⅓': [1, 3], '⅔': [2, 3], '⅕': [1, 5], '⅖': [2, 5],
  '⅗': [3, 5], '⅘': [4, 5], '⅙': [1, 6], '⅚': [5, 6], '⅛': [1, 8], '⅜': [3, 8], '⅝': [5, 8], '⅞': [7, 8],
} as Record<string, [number, number]>)].map(([ch, f]) => [ch.charCodeAt(0), f]));

/**
 * Rule: a fraction after a whole number adds to it: a vulgar fraction, glued or one space on (`2½ million`, `1 ¾
 * years`), or one in words after a joiner (`3 and a half million`, `2 y medio millones`).
 */
function withFraction(text: string, core: Core, lang: string): Core {
  if (!core.plainInteger) return core;
  const at = text.charCodeAt(core.end) === 0x20 ? core.end + 1 : core.end;
  const vulgar = VULGAR_FRACTIONS.get(text.charCodeAt(at));
  const fraction = vulgar ? { end: at + 1, value: vulgar[0] / vulgar[1], step: 1 / vulgar[1] } : at > core.end ? joinedFractionAfter(text, core.end, lang) : null;
  if (!fraction) return core;
  return { ...core, end: fraction.end, value: core.value + fraction.value, step: fraction.step, plainInteger: false };
}

/** Three or more groups joined by commas alone, the comma no decimal mark of the language, some group not of three digits. */
const isCommaList = (groups: string[], seps: string[], lang: string) =>
  groups.length >= 3 && decimalMarkOf(lang) === '.' && seps.every((sep) => sep === ',') && groups.slice(1).some((g) => g.length !== 3);

/** Exactly three digits at `p` (a thousands group). */
const isThreeDigitGroup = (text: string, p: number) =>
  isAsciiDigit(text.charCodeAt(p)) && isAsciiDigit(text.charCodeAt(p + 1)) && isAsciiDigit(text.charCodeAt(p + 2)) && !isAsciiDigit(text.charCodeAt(p + 3));
const SEPARATOR_OR_DIGITS = /\d+|[.,]|[ \u00a0\u202f\u2009]/g;

/** 1,234,567: one to three digits, then groups of three. */
const isWesternGrouping = (groups: string[]) => /^[1-9]\d{0,2}$/.test(groups[0]) && groups.slice(1).every((g) => g.length === 3);
/** 12,34,567 (CLDR `#,##,##0`): one or two digits, groups of two, and the last three digits. */
const isIndianGrouping = (groups: string[]) =>
  groups.length >= 3 && /^[1-9]\d?$/.test(groups[0]) && groups.slice(1, -1).every((g) => g.length === 2) && groups[groups.length - 1].length === 3;

/** The first `n` digit groups (and the n - 1 separators between them) as one number, or null when they are not one. */
function readGroups(allGroups: string[], allSeps: string[], n: number, lang: string, twoDigitGroups: boolean): { value: number; decimals: number } | null {
  if (n === 1) return { value: Number(allGroups[0]), decimals: 0 };
  const groups = allGroups.slice(0, n);
  const seps = allSeps.slice(0, n - 1);
  const decimalMark = decimalMarkOf(lang);
  const last = seps[seps.length - 1];
  const lastGroup = groups[groups.length - 1];
  // The last `.`/`,` is a decimal mark when it is the language's, when it is not followed by exactly three digits,
  // or when another separator kind came before it (1.000,5 / 1,000.5).
  let decimalAt = -1;
  if (last === '.' || last === ',') {
    const others = seps.slice(0, -1);
    const isDecimal = lastGroup.length !== 3 || others.some((s) => s !== last) || (last === decimalMark && others.length === 0);
    if (isDecimal) decimalAt = seps.length - 1;
  }
  const groupSeps = decimalAt >= 0 ? seps.slice(0, decimalAt) : seps;
  const intGroups = decimalAt >= 0 ? groups.slice(0, decimalAt + 1) : groups;
  if (groupSeps.length > 0) {
    const kind = groupSeps[0];
    if (groupSeps.some((s) => s !== kind)) return null;
    if (kind === decimalMark && decimalAt < 0 && groupSeps.length === 1 && lastGroup.length === 3 && decimalMark !== '.' && kind === ',') {
      // de `0,495`: a single comma followed by three digits in a comma-decimal language is still a decimal.
      return null;
    }
    if (!isWesternGrouping(intGroups) && !(twoDigitGroups && isIndianGrouping(intGroups))) return null;
  }
  const intPart = intGroups.join('');
  const decimals = decimalAt >= 0 ? lastGroup.length : 0;
  const value = Number(decimalAt >= 0 ? `${intPart}.${lastGroup}` : intPart);
  return Number.isFinite(value) ? { value, decimals } : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Growing a core outward

/** A Han digit other than 千 (or 十/百 leading): 千万 alone means "by all means", 三千万 and 十万 are numbers. */
const HAN_NUMBER_WITH_DIGIT = /[一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]|^[十百拾佰]/;

/** The language's decimal mark: the hand table, else CLDR's (`,` in Turkish and Ukrainian), else `.`. */
const decimalMarkOf = (lang: string): string => DECIMAL_MARK[lang] ?? localeNumbers(lang).decimal;

const HUNDRED_CODE = '百'.charCodeAt(0);

/** `.08`, `,5 por ciento`: the language's decimal mark right before the digits, after a space, a sign or the start. */
function startsWithDecimalMark(text: string, i: number, lang: string): boolean {
  if (text[i - 1] !== (decimalMarkOf(lang))) return false;
  return i === 1 || isSpaceCode(text.charCodeAt(i - 2)) || LEADING_DECIMAL_AFTER.has(text[i - 2]);
}
const LEADING_DECIMAL_AFTER = new Set(['-', '\u2212', '+', '(', '$', '€', '£', '¥']);

/** The digits after a leading decimal mark as the fraction they write: `.08` is 0.08, stated to the hundredth. */
function asLeadingDecimal(text: string, core: Core): Core {
  const digits = text.slice(core.start, core.end);
  return { ...core, start: core.start - 1, value: Number(`0.${digits}`), step: 10 ** -digits.length, plainInteger: false };
}

/**
 * Scientific notation right after the digits (`1.5e6`, `-12e-1`, `6,02E23`): the exponent scales the value and its stated
 * precision. At most three exponent digits (doubles end near 1e308); a letter or digit after it makes it a code (`3e4f`).
 */
const EXPONENT_AT = /[eE]([-+]?\d{1,3})(?![\p{L}\d])/uy;
function withExponent(text: string, core: Core): Core {
  const code = text.charCodeAt(core.end);
  if (code !== 0x65 && code !== 0x45) return core;
  EXPONENT_AT.lastIndex = core.end;
  const m = EXPONENT_AT.exec(text);
  if (!m) return core;
  const scale = 10 ** Number(m[1]);
  return { ...core, end: core.end + m[0].length, value: core.value * scale, step: core.step * scale, plainInteger: false };
}

/** `540 millions de dollars`, `2 milioni di euro`, `5 million of them`: a preposition between a scale word and its noun. */
const SCALE_NOUN_JOINER = /^(?:de |d['’]|of |di )/i;

/** Scale words written glued to the digits in Korean and Hindi (`3억`, `5천만`). */
const GLUED_SCALE_SCRIPT = /^[\p{Script=Hangul}]/u;
/** Han scale characters, read by the CJK number parser rather than as words. */
const HAN_SCALE_CHARS = /^[万萬亿億兆京]+$/;
/** Abbreviations read one space after a number; T (tonnes, tesla), m (metres) and b (bits) are not among them. */
const SPACED_SCALE_SUFFIXES = new Set(['K', 'k', 'M', 'B', 'bn', 'mn']);

const scaleCache = new Map<string, IndexedWords<{ word: string; factor: number }>>();
function scaleWordsFor(lang: string) {
  let index = scaleCache.get(lang);
  if (!index) {
    const own = SCALE_WORDS[lang] ?? [];
    // CLDR's long and short scale words of the language (`milhões`, `Mln`, `lakh`, `억`); the hand list covers the rest.
    const cldr = Object.entries(localeNumbers(lang).scales).filter(([word]) => !HAN_SCALE_CHARS.test(word)).map(([word, factor]) => ({ word, factor }));
    const seen = new Set<string>();
    const spelled = [...own, ...cldr, ...(lang === 'en' ? [] : SCALE_WORDS.en.filter((w) => w.word.length > 3))];
    // Each word also without its accents: text typed without the language's keyboard (`milhoes`, `billon`).
    const list = [...spelled, ...spelled.map((w) => ({ word: withoutAccents(w.word), factor: w.factor }))]
      .filter((w) => !seen.has(w.word.toLowerCase()) && seen.add(w.word.toLowerCase()))
      .sort((a, b) => b.word.length - a.word.length);
    index = indexWords(list, (w) => w.word);
    scaleCache.set(lang, index);
  }
  return index;
}


interface Suffix { end: number; kind: QuantityKind; unit: string | null; hedge: Hedge | null; factor: number }

/** COUNT_UNITS flattened in table order: Latin/Cyrillic forms match the whole next word (or, with `*`, its start). */
const COUNT_FORMS = Object.entries(COUNT_UNITS).flatMap(([unit, forms]) => forms.map((form) => ({
  unit, form, wholeWord: /^[a-zà-ÿа-яё]/.test(form), stem: form.endsWith('*') ? form.slice(0, -1) : null,
})));

/** COUNT_FORMS by their first character, in table order: a word is compared with the few forms that start like it. */
const COUNT_FORMS_BY_FIRST = new Map<string, typeof COUNT_FORMS>();
for (const f of COUNT_FORMS) COUNT_FORMS_BY_FIRST.set(f.form[0], [...(COUNT_FORMS_BY_FIRST.get(f.form[0]) ?? []), f]);

function matchCountUnit(text: string, p: number): { unit: string; end: number } | null {
  if (!isLetterAt(text, p)) return null; // every count noun starts with a letter (Han and kana included)
  const first = text[p];
  const latinOrCyrillic = LATIN_OR_CYRILLIC_LETTER.test(first);
  const forms = COUNT_FORMS_BY_FIRST.get(latinOrCyrillic ? first.toLowerCase() : first);
  if (!forms) return null;
  if (!latinOrCyrillic) {
    // Han and kana forms have no case and match as written, longest first.
    let longest: { unit: string; end: number } | null = null;
    for (const { unit, form } of forms) if ((!longest || form.length > longest.end - p) && text.startsWith(form, p)) longest = { unit, end: p + form.length };
    return longest;
  }
  const lower = text.slice(p, p + 40).toLowerCase();
  const word = /^[\p{L}\p{M}]+/u.exec(lower)?.[0] ?? '';
  const wordIsLatinOrCyrillic = LATIN_OR_CYRILLIC_LETTER.test(word[0] ?? '');
  let best: { unit: string; end: number } | null = null;
  for (const { unit, form, wholeWord, stem } of forms) {
    let len = 0;
    if (wholeWord) {
      if (stem !== null ? word.startsWith(stem) && wordIsLatinOrCyrillic : word === form) len = word.length;
    } else if (lower.startsWith(form)) len = form.length;
    if (len > 0 && (!best || len > best.end - p)) best = { unit, end: p + len };
  }
  return best;
}

const PERCENT_LONGEST_FIRST = indexWords([...PERCENT_SUFFIXES].sort(byLength), (w) => w);

const URL_ESCAPE_TAIL = /^[0-9A-F]{2}$/;

function matchPercent(text: string, p: number): number | null {
  // `%2D`, `%28`: a percent sign before two hex digits escapes a character in a URL.
  if (text[p] === '%' && URL_ESCAPE_TAIL.test(text.slice(p + 1, p + 3))) return null;
  for (const w of wordsAt(PERCENT_LONGEST_FIRST, text, p)) if (wordAt(text, p, w)) return p + w.length;
  return text[p] === KATAKANA_PERCENT[0] ? spacedWordEnd(text, p, KATAKANA_PERCENT) : null;
}

const KATAKANA_PERCENT = 'パーセント';
/** Spaces between two letters of a spaced-out word: text converted from PDF or tokenised Japanese (`パ ーセ ント`). */
const MAX_INNER_SPACES = 8;

/** The end of `word` at `p` written with spaces between its letters (at most MAX_INNER_SPACES each), or null. */
function spacedWordEnd(text: string, p: number, word: string): number | null {
  let q = p;
  for (let k = 0; k < word.length; k++) {
    if (k > 0) for (let spaces = 0; text[q] === ' ' || text[q] === '\u3000'; spaces++, q++) if (spaces === MAX_INNER_SPACES) return null;
    if (text[q] !== word[k]) return null;
    q++;
  }
  return q;
}

interface ScaleMatch { end: number; factor: number }

/** Glued suffixes that need a currency sign before the number: without one, `5m` is metres and `8b` is bits. */
const CURRENCY_ONLY_SUFFIXES = new Set(['m', 'b']);
/** Bits come whole: after a decimal fraction (`1.2b`) b is a billion even without a currency sign. */
const WHOLE_UNIT_SUFFIXES = new Set(['b']);

/** Rule: a letter suffix glued to the number (540B, $2.8M, 52k), valid only when no letter follows. */
function gluedScaleSuffix(text: string, core: Core, hasCurrencyPrefix: boolean): ScaleMatch | null {
  const p = core.end;
  const fractional = core.step > 0 && core.step < 1;
  for (const s of SCALE_SUFFIXES) {
    if (text.startsWith(s.word, p) && !LATIN_OR_CYRILLIC_LETTER.test(text[p + s.word.length] ?? '')) {
      if (CURRENCY_ONLY_SUFFIXES.has(s.word) && !hasCurrencyPrefix && !(fractional && WHOLE_UNIT_SUFFIXES.has(s.word))) continue;
      return { end: p + s.word.length, factor: s.factor };
    }
  }
  return null;
}

/**
 * Rule: a scale word after the number (`5 Millionen`, `2 milioni`, `3억`), also glued to the digits (`2millions`,
 * `5Mio`) when it is a whole word; a word of two letters or fewer only after a space or in a script that glues scale
 * words (Hangul): glued, `2m` and `5k` are the suffix rule's.
 */
function scaleWordAfter(text: string, p: number, lang: string): ScaleMatch | null {
  const q = skipSpaces(text, p, lang === 'de');
  for (const s of wordsAt(scaleWordsFor(lang), text, q)) {
    if ((q > p || s.word.length > 2 || GLUED_SCALE_SCRIPT.test(s.word)) && wordAt(text, q, s.word)) return { end: q + s.word.length, factor: s.factor };
  }
  return q > p && q <= p + MAX_SPACES_BEFORE_ABBREVIATION ? spacedScaleAbbreviation(text, q) ?? spacedHanScale(text, q) : null;
}
/** `- 10  k`: a doubled space (typed or left by a converter) still joins the abbreviation; more is a column gap. */
const MAX_SPACES_BEFORE_ABBREVIATION = 2;

/** Rule: `$ 48.2 万`, `7 万 円`: a Han scale of 万 or more one space after the digits scales them as a glued one would. */
function spacedHanScale(text: string, q: number): ScaleMatch | null {
  const factor = CJK_BIG_UNITS[text[q]];
  return factor !== undefined ? { end: q + 1, factor } : null;
}

/** The SCALE_SUFFIXES read after a space, in their order. */
const SPACED_SCALES = SCALE_SUFFIXES.filter((s) => SPACED_SCALE_SUFFIXES.has(s.word));

/** Rule: `2.33 k`, `- 10 k`, `1,674,200.5 M`: an abbreviation one space after the number, alone before a non-letter. */
function spacedScaleAbbreviation(text: string, q: number): ScaleMatch | null {
  for (const s of SPACED_SCALES) {
    if (text.startsWith(s.word, q) && !isLetterAt(text, q + s.word.length) && !isAsciiDigit(text.charCodeAt(q + s.word.length))) {
      return { end: q + s.word.length, factor: s.factor };
    }
  }
  return null;
}

/** The scale after a digit core: a glued suffix, else (when the core has none of its own) a scale word. Han cores carry theirs. */
function scaleAfter(text: string, core: Core, lang: string, hasCurrencyPrefix: boolean): ScaleMatch | null {
  if (core.han) return null;
  return gluedScaleSuffix(text, core, hasCurrencyPrefix) ?? (core.hasScale ? null : largerScaleAfter(text,
    scaleWordAfter(text, core.end, lang) ?? (lang === 'fr' && core.plainInteger && !hasCurrencyPrefix ? frenchHundredsAfter(text, core) : null), lang));
}

const FRENCH_HUNDRED = /^cents?(?![\p{L}])/u;
const FRENCH_THOUSANDS_BEFORE = /(?:^|[^\p{L}])mille\s+$/u;
/**
 * Rule: French `cent` after digits is a hundred inside a numeral written half in digits, as `mille` is (`4 mille 3 cents`,
 * `3 cents et 21`, 321). Alone, `34 cents` is the cent of a currency, as French news and CLDR write it, and so it is
 * before another amount of cents or of a currency (`3 cents et 2 cents`, `3 cents et 21 yuans`).
 */
function frenchHundredsAfter(text: string, core: Core): ScaleMatch | null {
  const q = skipSpaces(text, core.end);
  if (q === core.end) return null;
  const m = FRENCH_HUNDRED.exec(text.slice(q, q + 6));
  if (!m) return null;
  const end = q + m[0].length;
  if (FRENCH_THOUSANDS_BEFORE.test(text.slice(Math.max(0, core.start - 12), core.start))) return { end, factor: 100 };
  let r = skipSpaces(text, end);
  if (text.startsWith('et ', r)) r = skipSpaces(text, r + 3);
  let digitsEnd = r;
  while (isAsciiDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
  if (digitsEnd === r || digitsEnd - r > 2) return null;
  const after = skipSpaces(text, digitsEnd);
  return currencyAfter(text, after, 'fr') === null && !FRENCH_HUNDRED.test(text.slice(after, after + 6)) ? { end, factor: 100 } : null;
}

/** Rule: a larger scale word after a scale multiplies it (`5 thousand million`, `3 lakh crore`, `2 mil millones`); one step, so linear. */
function largerScaleAfter(text: string, scale: ScaleMatch | null, lang: string): ScaleMatch | null {
  if (!scale || !isSpaceCode(text.charCodeAt(scale.end))) return scale;
  const next = scaleWordAfter(text, scale.end, lang);
  return next && next.factor > scale.factor ? { end: next.end, factor: scale.factor * next.factor } : scale;
}

/** How far ahead brand and model names before a hardware noun are looked for, and how many of them (16 NVIDIA v100-GPUs). */
const BRAND_NAMES_WINDOW = 60;
const BRAND_NAMES = /^(?:(?:[A-Z][\w.]*|[a-z]{0,2}\d[\w.]*)[ \u00a0-]+){1,3}/;
/** The smallest scale that makes `13B model` a parameter count: model sizes are stated in billions. */
const MODEL_SIZE_MIN_FACTOR = 1e9;

interface UnitMatch { end: number; kind: QuantityKind; unit: string | null; factor?: number }

/** Rule: `de`/`of`/`di` between a scale word and its currency or count noun (540 millions de dollars, 2 milioni di euro). */
function afterScaleJoiner(text: string, q: number, lang: string): number {
  const joiner = SCALE_NOUN_JOINER.exec(text.slice(q, q + 4));
  if (!joiner) return q;
  const r = q + joiner[0].length;
  return currencyAfter(text, r, lang) || matchCountUnit(text, r) ? r : q;
}

/** What BRAND_NAMES needs at `q` (a capital, or a digit within the first three characters), tested without a slice. */
const mayStartBrandName = (text: string, q: number) => {
  const code = text.charCodeAt(q);
  return (code >= 0x41 && code <= 0x5a) || isAsciiDigit(code) || isAsciiDigit(text.charCodeAt(q + 1)) || isAsciiDigit(text.charCodeAt(q + 2));
};

/** Rule: a count noun after the number: a measure word with its noun, a bare count noun, or one after brand names. */
function countNounAfter(text: string, p: number, q: number): { unit: string; end: number } | null {
  let counted = matchCountUnit(text, q);
  if (q === p) {
    // A measure word and its noun beat the measure word alone: 100万人のユーザー is users, not people.
    const measure = MEASURE_WORDS.find((w) => text.startsWith(w, q));
    if (measure) {
      let r = q + measure.length;
      if (text[r] === 'の') r++; // 1万台のサーバー
      counted = matchCountUnit(text, r) ?? counted;
    }
  }
  if (!counted && q > p && mayStartBrandName(text, q)) {
    // Brand and model names between the number and a hardware noun: 16 NVIDIA v100-GPUs.
    const names = BRAND_NAMES.exec(text.slice(q, q + BRAND_NAMES_WINDOW));
    const branded = names ? matchCountUnit(text, q + names[0].length) : null;
    if (branded && BRANDED_UNITS.has(branded.unit)) counted = branded;
  }
  return counted;
}

/**
 * Japanese `ポイント` alone is a percentage point only where a share can move by it: a share moves by at most 100 points,
 * so beyond that it counts index or loyalty points (`日経平均は300ポイント下落`, `1000ポイント還元`), which stay plain numbers.
 */
const POINTS = 'ポイント';
const MAX_PERCENTAGE_POINTS = 100;

/** Rule: what the number counts, after its scale at `p`: a percent sign or word, a currency, a count noun, a model size. */
function unitAfter(text: string, p: number, lang: string, scale: ScaleMatch | null, core: Core, hasCurrencyPrefix: boolean): UnitMatch {
  const scaled = scale !== null || core.hasScale;
  const factor = scale?.factor ?? core.factor;
  let q = skipSpaces(text, p, lang === 'de');
  // French and Spanish put `de` between a scale word and its noun: 540 millions de dollars, 100 millones de usuarios.
  if (scaled) q = afterScaleJoiner(text, q, lang);
  let percentEnd = matchPercent(text, q);
  if (percentEnd !== null && text.slice(q, percentEnd) === POINTS && Math.abs(core.value) * (scale?.factor ?? 1) > MAX_PERCENTAGE_POINTS) percentEnd = null;
  const currency = percentEnd === null ? currencyAfter(text, q, lang) : null;
  if (percentEnd !== null && (q === p || /[ \u00a0\u202f]/.test(text[p]))) return { end: percentEnd, kind: 'percent', unit: '%' };
  if (currency && !hasCurrencyPrefix) return { end: currency.end, kind: 'money', unit: currency.code, factor: currency.factor };
  // 新台幣100億元: the prefix names the currency, 元 only closes the amount.
  if (currency && hasCurrencyPrefix && /^[元圓圆]$/.test(text.slice(q, currency.end))) return { end: currency.end, kind: 'number', unit: null };
  const counted = countNounAfter(text, p, q);
  if (counted) return { end: counted.end, kind: 'count', unit: counted.unit };
  if (scaled && factor >= MODEL_SIZE_MIN_FACTOR && MODEL_WORDS.some((w) => wordAt(text, q, w) || text.slice(q, q + w.length).toLowerCase() === w)) {
    // `a 13B model`, `13B模型`: a model size in billions is a parameter count. The model word stays outside the span.
    return { end: p, kind: 'count', unit: 'parameters' };
  }
  return { end: p, kind: 'number', unit: null };
}

const HEDGE_SUFFIX_FIRSTS: ReadonlySet<string | undefined> = new Set(HEDGE_SUFFIXES.map(([word]) => word[0]));

/** Rule: a hedge after a CJK number (1万人以上, 100万円前後); Latin hedges come before the number. */
function hedgeSuffix(text: string, p: number, lang: string): [string, Hedge] | null {
  if (!HEDGE_SUFFIX_FIRSTS.has(text[p])) return null;
  for (const entry of HEDGE_SUFFIXES) {
    if (text.startsWith(entry[0], p) && (lang === 'zh' || lang === 'ja' || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text[p - 1] ?? ''))) return entry;
  }
  return null;
}

/** Scale, then currency / percent / count noun, then a trailing hedge; returns how far the quantity reaches. */
function growRight(text: string, core: Core, lang: string, hasCurrencyPrefix: boolean): Suffix {
  let scale = scaleAfter(text, core, lang, hasCurrencyPrefix);
  let { end, kind, unit, factor: codeFactor } = unitAfter(text, scale?.end ?? core.end, lang, scale, core, hasCurrencyPrefix);
  if (codeFactor !== undefined && !scale && !core.han) scale = { end, factor: codeFactor };
  const codeScale = kind === 'money' && !scale && !core.han ? scaleAfterCode(text, end, lang) : null;
  if (codeScale) { scale = codeScale; end = codeScale.end; }
  const suffix = hedgeSuffix(text, end, lang);
  return { end: end + (suffix?.[0].length ?? 0), kind, unit, hedge: suffix?.[1] ?? core.hedge, factor: scale?.factor ?? core.factor };
}

/**
 * A trie of the lowercase forms of every word growRight may read right after the digits in `lang`: scale suffixes and
 * scale words, percent signs and words, currency names, signs, codes and prefixed codes, count nouns, measure words,
 * model words and hedges. Each of them is read only where the text there, lowercased, starts with the word's lowercase
 * (compared case-insensitively, or as written). `wholeEnd`: a word read only where no ASCII letter follows it (wordAt's
 * boundary, the glued scale suffixes, ISO codes, whole count nouns); `prefixEnd`: one read whatever follows (a count
 * noun's stem, a word ending in a sign or a dot, model and measure words).
 */
interface WordTrieNode { next: Map<number, WordTrieNode>; wholeEnd: boolean; prefixEnd: boolean }
const newTrieNode = (): WordTrieNode => ({ next: new Map(), wholeEnd: false, prefixEnd: false });
const gluedWordsCache = new Map<string, WordTrieNode>();
function gluedWordsTrie(lang: string): WordTrieNode {
  let root = gluedWordsCache.get(lang);
  if (!root) {
    const trie = newTrieNode();
    const add = (word: string, readWhole: boolean) => {
      const lower = word.toLowerCase();
      let node = trie;
      for (let k = 0; k < lower.length; k++) {
        const code = lower.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) node.next.set(code, child = newTrieNode());
        node = child;
      }
      if (readWhole) node.wholeEnd = true;
      else node.prefixEnd = true;
    };
    const byWordAt = (word: string) => add(word, !shapeOf(word).needsNoBoundary);
    for (const w of SCALE_SUFFIXES) add(w.word, true);
    for (const w of scaleWordsFor(lang).all) byWordAt(w.word);
    for (const w of PERCENT_SUFFIXES) byWordAt(w);
    add(KATAKANA_PERCENT, false);
    for (const w of currencyWordsAfter(lang)) byWordAt(w);
    for (const w of currencyCodesAfter(lang)) add(w, true);
    for (const f of COUNT_FORMS) add(f.stem ?? f.form, f.stem === null && f.wholeWord);
    for (const w of [...MEASURE_WORDS, ...MODEL_WORDS]) add(w, false);
    for (const [w] of HEDGE_SUFFIXES) add(w, false);
    root = trie;
    gluedWordsCache.set(lang, root);
  }
  return root;
}

/**
 * Whether no word growRight reads can start at `p`, an ASCII letter glued to the digits: the text from `p`, lowercased,
 * leaves the trie of those words before any word of it ends there (or ends only where an ASCII letter follows a word
 * that needs none to follow). `1abc`, `2xq`, `7zz.` start none; `5km`, `3bn`, `12USD`, `4k` may. Text beyond ASCII
 * on the way is left to growRight. Turkish glues case suffixes to currency names (`dolardan`): not pre-checked.
 */
function startsNoWordAfterDigits(text: string, p: number, lang: string): boolean {
  if (!isAsciiLetterCode(text.charCodeAt(p)) || gluesSuffixesToCurrency(lang)) return false;
  let node = gluedWordsTrie(lang);
  for (let i = p; ; i++) {
    const code = text.charCodeAt(i);
    if (node.prefixEnd || (node.wholeEnd && !isAsciiLetterCode(code))) return false;
    if (Number.isNaN(code)) return true;
    if (code >= 0x80) return false;
    const child = node.next.get(asciiLowerCode(code));
    if (!child) return true;
    node = child;
  }
}

/**
 * Pre-check, the same answer as the rules it stands for: a number of ASCII digits glued to letters is a code or a name
 * (`aa12`, `1abc`, `2k3z`) and is dropped, unless a currency before it makes it an amount (`Rs5`, `$5abc`). Glued after
 * an ASCII letter, isPartOfName drops it; glued before letters that start no word growRight reads there
 * (startsNoWordAfterDigits), the number stays bare and the glued-letters rule drops it unless a percent before it
 * (Turkish `%5`, `百分之`) makes it one. The cores that pass are dropped without growing them and, for amounts only,
 * without finding the text's blocked spans: 148,000 one-line paragraphs like `1abc` had them set up for nothing
 * (bench:hostile, distinct-short-lines).
 */
function isGluedCode(text: string, core: Core, lang: string): boolean {
  if (core.han || core.factor !== 1 || core.hasScale || !isAsciiDigit(text.charCodeAt(core.start))) return false;
  const gluedAfterLetter = isAsciiLetterCode(text.charCodeAt(core.start - 1));
  if (!gluedAfterLetter && !startsNoWordAfterDigits(text, core.end, lang)) return false;
  if (currencyBefore(text, core.start, lang) !== null) return false;
  const sign = minusSignBefore(text, core.start);
  if (sign !== null && currencyBefore(text, sign, lang) !== null) return false;
  return gluedAfterLetter || (percentBefore(text, core.start, lang) === null && !(core.start >= 3 && text.startsWith('百分之', core.start - 3)));
}

/**
 * For tests of the pre-check: the ASCII digits at [start, end) read as a plain integer, what isGluedCode answers for
 * them and what growRight reads after them (the rules it stands for).
 */
export function gluedCodeReading(text: string, start: number, end: number, lang: string): { gluedCode: boolean; kind: QuantityKind; unit: string | null; factor: number; end: number } {
  const core: Core = { start, end, value: Number(text.slice(start, end)), step: 0, factor: 1, hasScale: false, han: false, hanOnly: false, plainInteger: true, hedge: null };
  const grown = growRight(text, core, lang, false);
  return { gluedCode: isGluedCode(text, core, lang), kind: grown.kind, unit: grown.unit, factor: grown.factor, end: grown.end };
}

/** Rule: `75 USD million`, `10 EUR Mrd.`: finance writes the scale after an ISO code, which names the unit of the scaled amount. */
function scaleAfterCode(text: string, end: number, lang: string): ScaleMatch | null {
  if (!/^[A-Z]{3}$/.test(text.slice(end - 3, end)) || !isSpaceCode(text.charCodeAt(end))) return null;
  return scaleWordAfter(text, end, lang);
}

/** Where a percent written before the number starts (Turkish `%20`, `yüzde 20`), or null. */
function percentBefore(text: string, start: number, lang: string): number | null {
  for (const word of PERCENT_PREFIXES[lang] ?? []) {
    const gap = isSpaceCode(text.charCodeAt(start - 1)) && word.length > 1 ? 1 : 0;
    const at = start - gap - word.length;
    if (at >= 0 && text.slice(at, at + word.length).toLowerCase() === word && !isLetterAt(text, at - 1)) return at;
  }
  return null;
}

/** Minus signs: ASCII hyphen-minus, U+2212 and (normalised to ASCII) the full-width one. */
const MINUS_SIGNS = new Set(['-', '\u2212']);

/** Where a minus sign before the number starts (`-22.2%`, `- 10 k`, `−５％`), or null. */
function minusSignBefore(text: string, start: number): number | null {
  let p = start;
  if (isSpaceCode(text.charCodeAt(p - 1))) p--;
  if (!MINUS_SIGNS.has(text[p - 1])) return null;
  let q = p - 1;
  while (q > 0 && isSpaceCode(text.charCodeAt(q - 1))) q--;
  const before = text.charCodeAt(q - 1);
  // `10-20`, `10 - 20`, `5%-10%`: after a number the hyphen joins a range.
  if (isAsciiDigit(before) || before === 0x25) return null;
  // `--`, `- -`: two hyphens write a dash (typewriter convention for an em dash), never a sign.
  if (MINUS_SIGNS.has(String.fromCharCode(before))) return null;
  // `COVID-19`, `x-5`: glued to a Latin or Cyrillic word it joins a name (CJK text has no spaces: 比−5% is a sign).
  if (q === p - 1 && isLatinOrCyrillicCode(before)) return null;
  return p - 1;
}

/** Where a minus word before the number starts (`minus 5`, `マイナス10`, `負3.9%`), or null. */
function minusWordBefore(text: string, start: number, lang: string): number | null {
  const p = isSpaceCode(text.charCodeAt(start - 1)) ? start - 1 : start;
  if (!isLetterAt(text, p - 1)) return null;
  for (const word of negativeWordsFor(lang)) {
    const at = p - word.length;
    if (at < 0 || text.slice(at, p).toLowerCase() !== word) continue;
    const glued = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word);
    if (!glued && (p === start || isLetterAt(text, at - 1))) continue; // Latin words stand apart from the number and the word before
    return at;
  }
  return null;
}

/**
 * A minus word one space before `i`: it makes a bare spelled number a stated value (`minus five`, `moins trois`). Not
 * when it ends a hedge (`au moins un an`, `al menos seis`): a bare number word stays unread there, as everywhere else.
 */
const hasMinusWordBefore = (text: string, i: number, lang: string) =>
  isSpaceCode(text.charCodeAt(i - 1)) && minusWordBefore(text, i, lang) !== null && hedgeBefore(text, i, lang) === null;

/** A word of an alphabetic script at lastIndex, with its combining marks (Devanagari vowel signs). */
const MARKED_WORD_AT = /[\p{L}\p{M}]+/uy;

/**
 * The measure noun at `p` (`weeks`, `osób`, `Wochen`, a count unit), as its canonical English plural, or null; the
 * measure vocabulary (data/measures.json) reads inflected forms. After a hyphen English takes the singular (`a 10-week
 * course`, `a 90-hectare park`): the plural is tried too.
 */
function measureNounAt(text: string, p: number, lang: string, afterHyphen: boolean): string | null {
  MARKED_WORD_AT.lastIndex = p;
  const word = MARKED_WORD_AT.exec(text)?.[0];
  if (!word) return null;
  // `28-летняя`, `5-річний`: the compound adjective of years (age, duration) after a number and a hyphen.
  if (afterHyphen && YEARS_ADJECTIVE.test(word)) return 'years';
  return matchCountUnit(text, p)?.unit ?? canonicalMeasure(word, lang) ?? (afterHyphen && lang === 'en' ? canonicalMeasure(`${word}s`, lang) : null);
}

/** Adjectives of percent after a number and a hyphen (`66-процентное`, `5-відсотковий`, `3-prozentige`, `5-procentowy`). */
const PERCENT_ADJECTIVE = /^(?:процентн|відсотков|prozentig|procentow)/i;
/**
 * The adjectives (and nouns made of them) of years after a hyphen: Russian, Ukrainian and Polish `-летний`, `-річний`,
 * `-letni` (alone `летний`, `letni` is "summer"), German `-jährig` (`der 28-Jährige`, `einer 5-jährigen`), Dutch `-jarig`.
 */
const YEARS_ADJECTIVE = /^(?:летн|річн|letn|jährig|jaehrig|jarig)/i;
/** Adjectives in the genitive plural (`других`, `новых`, `nowych`): between a Slavic numeral and its noun (`шесть других журналистов`). */
const SLAVIC_GENITIVE_ADJECTIVE = /^[\p{L}]{2,}(?:ых|их|ych|ich)$/u;
const SLAVIC_LANGS: ReadonlySet<string> = new Set(['ru', 'uk', 'pl']);

/** The word after an adjective in the genitive plural at `q` (one space on), else `q`. */
function afterSlavicAdjective(text: string, q: number, lang: string): number {
  if (!SLAVIC_LANGS.has(lang)) return q;
  MARKED_WORD_AT.lastIndex = q;
  const word = MARKED_WORD_AT.exec(text)?.[0];
  return word && SLAVIC_GENITIVE_ADJECTIVE.test(word) && text[q + word.length] === ' ' ? q + word.length + 1 : q;
}

/** Canonical measures (data/measures.json) of time and physical quantities: what a fraction alone can measure. */
const DIVISIBLE_MEASURES: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds',
  'tons', 'kilograms', 'grams', 'kilometers', 'meters', 'millimeters', 'feet', 'hectares', 'liters', 'degrees', 'megawatts', 'kilowatts']);

/**
 * A spelled number with no scale word states an amount when a unit follows it, one space or a hyphen away: a percent or
 * currency (`one percent`), or a measure noun (`eight weeks`, `eight-week`); or when a percent word comes before it (`yüzde üç`). One (`one`, `ein`, `un`) doubles as the
 * indefinite article and the pronoun in most of these languages (`ein Jahr`, `one of them`): it counts only before a percent or currency.
 */
const SPELLED_NUMBER_CONTEXT: SpelledNumberContext = {
  isSigned: hasMinusWordBefore,
  isCounted: (text, start, end, lang, value) => {
    if (percentBefore(text, start, lang) !== null) return true;
    const hyphen = text[end] === '-';
    if (!hyphen && !isSpaceCode(text.charCodeAt(end))) return false;
    const q = end + 1;
    const percentEnd = hyphen ? null : matchPercent(text, q);
    if (percentEnd !== null && !PERCENTAGE_NOUN_SET.has(text.slice(q, percentEnd).toLowerCase())) return true;
    if (!hyphen && currencyAfter(text, q, lang) !== null) return true;
    // One counts only before a percent or a currency, both asked above (`ein Jahr`, `eine Frau`: the commonest case).
    if (value === 1) return false;
    const noun = hyphen ? q : afterSlavicAdjective(text, q, lang);
    // A fraction alone measures time or a physical quantity (`eine halbe Stunde`, `drei Viertel Liter`); before people
    // or things it states a share (`ein Fünftel Frauen`), no count of them.
    if (value > 0 && value < 1) return DIVISIBLE_MEASURES.has(measureNounAt(text, noun, lang, hyphen) ?? '');
    return value !== 1 && (measureNounAt(text, noun, lang, hyphen) !== null || (!hyphen && isCountedNounAt(text, noun, lang)));
  },
};

const PERCENTAGE_NOUN_SET: ReadonlySet<string> = new Set(PERCENTAGE_NOUNS);

/** The shortest word taken for a counted noun: shorter words after a number are mostly function words the stoplist lacks. */
const MIN_COUNTED_NOUN_LETTERS = 3;

/**
 * Rule: a content word after a spelled number is what it counts (`six operas`, `dos apicultores`, `drei Kinder`): a word
 * of letters that is not a function word of the language (stopwords-iso), capitalised in German, whose nouns are.
 */
function isCountedNounAt(text: string, p: number, lang: string): boolean {
  MARKED_WORD_AT.lastIndex = p;
  const word = MARKED_WORD_AT.exec(text)?.[0];
  if (!word || [...word].length < MIN_COUNTED_NOUN_LETTERS || !isLetterAt(text, p)) return false;
  // German capitalises every noun; elsewhere a capital after the number makes both a name (`the Three Peaks`).
  if (lang === 'de' ? !/^\p{Lu}/u.test(word) : /^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !FRACTION_DENOMINATOR.test(lower) && !stopwordsOf(lang).has(lower);
}

/**
 * Denominators: `two thirds`, `zwei Drittel`, `trois quarts`, `dos tercios` state a proportion, not a count. English
 * ordinals in -th (`fifths`, `tenths`), German and Dutch -tel/-stel and -de/-ste, the Romance ordinal -ésimo/-esimo/-ième.
 */
const FRACTION_DENOMINATOR = new RegExp(`^(?:${[
  'halves', 'thirds?', 'quarters?', '(?:fif|six|seven|eigh|nin|ten|twelf|hundred|thousand|million|\\p{L}+teen|\\p{L}+tie)ths?',
  '(?:drit|vier|fünf|sechs|sieb|sieben|acht|neun|zehn|elf|zwölf|\\p{L}+zehn|\\p{L}+zig|hundert|tausend)s?tel',
  '\\p{L}+(?:i[eè]mes?|[eé]simos?|[eé]simas?|esimi)', 'tiers', 'quarts', 'tercios?', 'cuartos?', 'terzi', 'quarti', 'terços', 'quartos', 'derden?', 'kwarten?',
].join('|')})$`, 'u');

const negativeWordCache = new Map<string, string[]>();
function negativeWordsFor(lang: string): string[] {
  let list = negativeWordCache.get(lang);
  if (!list) {
    list = [...(NEGATIVE_WORDS[lang] ?? []), ...(lang === 'en' ? [] : NEGATIVE_WORDS.en)].sort((a, b) => b.length - a.length);
    negativeWordCache.set(lang, list);
  }
  return list;
}

/** Hedge prefixes of a language, longest first (one list per language code: a bounded cache). */
const hedgePrefixCache = new Map<string, Array<[string, Hedge]>>();
function hedgePrefixesFor(lang: string): Array<[string, Hedge]> {
  let list = hedgePrefixCache.get(lang);
  if (!list) {
    list = [...(HEDGE_PREFIXES[lang] ?? []), ...(lang === 'ja' ? HEDGE_PREFIXES.zh.filter(([w]) => w === '約') : [])].sort((a, b) => b[0].length - a[0].length);
    hedgePrefixCache.set(lang, list);
  }
  return list;
}

/** The last characters of each language's hedge prefixes (HEDGE_PREFIXES, lowercase). */
const hedgeEndCache = new Map<string, Set<string>>();
function hedgeEndsFor(lang: string): Set<string> {
  let ends = hedgeEndCache.get(lang);
  if (!ends) {
    ends = new Set(hedgePrefixesFor(lang).map(([word]) => word[word.length - 1]));
    hedgeEndCache.set(lang, ends);
  }
  return ends;
}
/** Characters before a number read for its hedge. */
const HEDGE_WINDOW = 24;

/**
 * What a Latin hedge needs before `start`, tested without a slice: spaces, and before them a character that ends one
 * of the language's hedges (an ASCII one is compared in lowercase; any other may be, and goes to the full test).
 */
function mayFollowSpacedHedge(text: string, start: number, lang: string): boolean {
  let p = start;
  while (p > 0 && start - p < HEDGE_WINDOW && (text[p - 1] === ' ' || text[p - 1] === '\u00a0')) p--;
  if (p === start || start - p >= HEDGE_WINDOW) return false;
  const code = text.charCodeAt(p - 1);
  return !(code < 0x80) || hedgeEndsFor(lang).has(String.fromCharCode(asciiLowerCode(code)));
}

function hedgeBefore(text: string, start: number, lang: string): { hedge: Hedge; start: number } | null {
  const list = hedgePrefixesFor(lang);
  if (list.length === 0) return null;
  const unspaced = lang === 'zh' || lang === 'ja';
  if (!unspaced && !mayFollowSpacedHedge(text, start, lang)) return null;
  const before = text.slice(Math.max(0, start - HEDGE_WINDOW), start).toLowerCase();
  const trimmed = unspaced ? before : before.replace(/[ \u00a0]+$/, '');
  if (!unspaced && trimmed.length === before.length) return null; // Latin hedges are separate words
  for (const [word, hedge] of list) {
    if (!trimmed.endsWith(word)) continue;
    const at = start - (before.length - trimmed.length) - word.length;
    if (!unspaced && at > 0 && LETTER.test(text[at - 1])) continue;
    // `verfügt über 176 Milliarden Parameter`: über belongs to the verb (has), it is no hedge.
    if (lang === 'de' && word === 'über' && /verfüg\p{L}*\s+$/u.test(text.slice(Math.max(0, at - 16), at))) continue;
    return { hedge, start: at };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------

/** Safe integers carry no binary noise: only fractions go through toPrecision (a string round trip, slow on long pages). */
const round = (v: number) => (Number.isSafeInteger(v) ? v : Number.isFinite(v) ? Number(v.toPrecision(VALUE_PRECISION)) : v);

function interval(value: number, step: number, hedge: Hedge | null): { low: number; high: number } {
  let low = value - step / 2;
  let high = value + step / 2;
  switch (hedge) {
    case 'about': low = Math.min(low, value - Math.abs(value) * ABOUT_WIDTH); high = Math.max(high, value + Math.abs(value) * ABOUT_WIDTH); break;
    case 'more-than': high = Infinity; break;
    case 'at-least': low = value; high = Infinity; break;
    case 'less-than': low = value < 0 ? -Infinity : 0; break;
    case 'up-to': low = value < 0 ? -Infinity : 0; break;
  }
  return { low: round(low), high: round(high) };
}

/** The run of letters at `i` (empty when `i` holds a non-letter of the Latin or Cyrillic blocks: ×, ÷, ҂): ASCII letters by code, the rest by LETTERS_AT. */
function lettersAt(text: string, i: number): string {
  let end = i;
  while (end < text.length && isAsciiLetterCode(text.charCodeAt(end))) end++;
  if (end > i && !(text.charCodeAt(end) >= 0x80)) return text.slice(i, end);
  LETTERS_AT.lastIndex = i;
  return LETTERS_AT.exec(text)?.[0] ?? '';
}

/** NUMBER_WORDS of each language as a Map: a keyed lookup on the plain objects, for every word of the text, was slow. */
const numberWordMaps = new Map<string, Map<string, number>>();
function numberWordsFor(lang: string): Map<string, number> {
  let map = numberWordMaps.get(lang);
  if (!map) {
    map = new Map(Object.entries(NUMBER_WORDS[lang] ?? NUMBER_WORDS.en));
    numberWordMaps.set(lang, map);
  }
  return map;
}

function scanCores(text: string, lang: string): Array<Core | 'malformed-skip'> {
  const cores: Array<Core | 'malformed-skip'> = [];
  const wordValues = numberWordsFor(lang);
  const scales = scaleWordsFor(lang);
  const spelledLanguage = hasNumberLexicon(lang);
  // parseNumberWords' first test, asked once per scan; null where it lets every word through.
  const startKeys = spelledLanguage ? spelledNumberStartKeys(lang) : null;
  const prefixKeys = spelledLanguage ? spelledNumberPrefixKeys(lang) : null;
  const devanagari = lang === 'hi';
  const arabic = lang === 'ar';
  const korean = lang === 'ko';
  let i = 0;
  // The three starts (ASCII digit, Han numeral, Latin/Cyrillic letter) are disjoint: test the character, then its left neighbour.
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Spaces, punctuation and letters of other scripts start nothing below: passed with one look-up each.
    if (MAY_START_CORE[code] === 0) {
      i++;
      continue;
    }
    const prevCode = text.charCodeAt(i - 1);
    if (isAsciiDigit(code)) {
      if (!isAsciiDigit(prevCode)) {
        if (mayContinueInHan(text, i) && HAN_AFTER_DIGITS.test(text.slice(i, i + HAN_AFTER_DIGITS_WINDOW))) {
          const cjk = parseCjkNumber(text, i, lang);
          if (cjk) {
            cores.push({ start: i, end: cjk.end, value: cjk.value * 1, step: cjk.step, factor: cjk.scale, hasScale: cjk.scale > 1, han: true, hanOnly: false, plainInteger: false, hedge: cjk.infixHedge });
            i = cjk.end;
            continue;
          }
        }
        const core = parseDigits(text, i, lang);
        if (core === 'malformed') {
          DOTTED_RUN_AT.lastIndex = i;
          i += DOTTED_RUN_AT.exec(text)![0].length;
          continue;
        }
        if (core) {
          const read = withFraction(text, withExponent(text, core.plainInteger && startsWithDecimalMark(text, i, lang) ? asLeadingDecimal(text, core) : core), lang);
          cores.push(read);
          i = read.end;
          continue;
        }
      }
    } else if (code >= CJK_FIRST_CODE && HAN_NUMERAL_START.has(code)) {
      // (The code-unit test spares the set look-up for every Latin or Cyrillic word: every Han numeral is a CJK character.)
      // The 百 of 百分之 (percent) is the marker, not a number: the numeral after it is read on its own.
      if (code === HUNDRED_CODE && text.startsWith('分之', i + 1)) { i += 3; continue; }
      if (!isAsciiDigit(prevCode) && !HAN_NUMERAL_OR_SCALE.has(prevCode)) {
        const cjk = parseCjkNumber(text, i, lang);
        if (cjk && cjk.hasDigit) {
          cores.push({ start: i, end: cjk.end, value: cjk.value, step: cjk.step, factor: cjk.scale, hasScale: cjk.scale > 1, han: true, hanOnly: true, plainInteger: false, hedge: cjk.infixHedge, approximate: cjk.approximate });
          i = cjk.end;
          continue;
        }
      }
    } else if (isLatinOrCyrillicCode(code) && !isLetterAt(text, i - 1)) {
      // Most words of a page start no numeral: passed over whole, with no string cut out for them. The word is the run of
      // plain letters where a code unit that is surely no letter ends it (else lettersAt finds where it ends); its first
      // two units are parseNumberWords' start key, and a word that fails it is skipped as the code below would skip it:
      // every unit of the run after the first is a Latin or Cyrillic letter after a letter, which starts nothing.
      if (startKeys !== null && isPlainLetterCode(code)) {
        let end = i + 1;
        while (isPlainLetterCode(text.charCodeAt(end))) end++;
        if (isSurelyNotLetterCode(text.charCodeAt(end)) && (!startKeys.has(startKeyOfUnits(code, end - i > 1 ? text.charCodeAt(i + 1) : 0))
          || (prefixKeys !== null && !mayBeginSpelledNumber(text, i, end - i, prefixKeys)))) {
          i = end;
          continue;
        }
      }
      const word = lettersAt(text, i);
      if (!word) {
        i++;
        continue;
      }
      const spelled = spelledLanguage ? parseNumberWords(text, i, lang, word, SPELLED_NUMBER_CONTEXT) : null;
      if (spelled) {
        cores.push({ start: i, end: spelled.end, value: spelled.value, step: spelled.step, factor: 1, hasScale: spelled.hasScale, han: false, hanOnly: false, plainInteger: false, hedge: null });
        i = spelled.end;
        continue;
      }
      const n = spelledLanguage ? undefined : wordValues.get(word.toLowerCase());
      if (n !== undefined) {
        const q = skipSpaces(text, i + word.length);
        const s = q > i + word.length ? wordsAt(scales, text, q).find((sw) => sw.word.length > 2 && wordAt(text, q, sw.word)) : undefined;
        if (s) {
          cores.push({ start: i, end: i + word.length, value: n, step: 0, factor: 1, hasScale: false, han: false, hanOnly: false, plainInteger: false, hedge: null });
        }
      }
      // Only the Latin or Cyrillic letters: Han glued after them (`Vine是六秒钟`) holds numerals of its own.
      let skip = BEYOND_CYRILLIC.test(word) ? 1 : word.length;
      while (skip < word.length && isLatinOrCyrillicCode(word.charCodeAt(skip))) skip++;
      i += skip;
      continue;
    } else if (korean && isHangulCode(code) && !isHangulCode(prevCode)) {
      const counted = koreanNativeCount(text, i);
      if (counted) {
        cores.push({ start: i, end: counted.end, value: counted.value, step: 0, factor: 1, hasScale: false, han: false, hanOnly: false, plainInteger: false, hedge: null });
        i = counted.end;
        continue;
      }
    } else if ((devanagari && isDevanagariLetterCode(code) && !isDevanagariCode(prevCode)) || (arabic && isArabicLetterCode(code) && !isArabicCode(prevCode))) {
      // Devanagari and Arabic words carry vowel signs (marks, not letters): a word starts after a character of another block.
      MARKED_WORD_AT.lastIndex = i;
      const word = MARKED_WORD_AT.exec(text)![0];
      const spelled = parseNumberWords(text, i, lang, word, SPELLED_NUMBER_CONTEXT);
      if (spelled) {
        cores.push({ start: i, end: spelled.end, value: spelled.value, step: spelled.step, factor: 1, hasScale: spelled.hasScale, han: false, hanOnly: false, plainInteger: false, hedge: null });
        i = spelled.end;
        continue;
      }
      i += word.length;
      continue;
    }
    i++;
  }
  return cores;
}

/**
 * Whether the word of `length` letters at `i` may begin a spelled number by its first letters (all of a shorter word),
 * lowercased (spelledNumberPrefixKeys); a word beginning in letters beyond ASCII may, and goes on to parseNumberWords.
 */
function mayBeginSpelledNumber(text: string, i: number, length: number, prefixKeys: ReadonlySet<number>): boolean {
  const a = text.charCodeAt(i);
  const b = length > 1 ? text.charCodeAt(i + 1) : 0;
  const c = length > 2 ? text.charCodeAt(i + 2) : 0;
  if (a >= 0x80 || b >= 0x80 || c >= 0x80) return true;
  return prefixKeys.has(asciiPrefixKey(asciiLowerCode(a), asciiLowerCode(b), asciiLowerCode(c), length));
}

/**
 * 1 for each code unit at which scanCores may start reading (one of its branches may fire there): ASCII digits, Han
 * numerals, the Latin and Cyrillic letters of isLatinOrCyrillicCode, Hangul syllables, Devanagari and Arabic letters;
 * 0 for the rest, which it passes over (test/quantities-scan-words.test.ts checks the table against those tests).
 */
export const MAY_START_CORE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  table.fill(1, 0x30, 0x3a);
  for (const code of HAN_NUMERAL_START) table[code] = 1;
  table.fill(1, 0x41, 0x5b);
  table.fill(1, 0x61, 0x7b);
  table.fill(1, 0xc0, 0x250);
  table.fill(1, 0x400, 0x500);
  table[0xaa] = 1;
  table[0xba] = 1;
  table.fill(1, 0xac00, 0xd7a4);
  table.fill(1, 0x904, 0x93a);
  table.fill(1, 0x958, 0x962);
  table.fill(1, 0x621, 0x64b);
  table.fill(1, 0x671, 0x6d4);
  return table;
})();

/** A letter past the Cyrillic block: a word of Latin or Cyrillic letters with none is skipped whole. */
const BEYOND_CYRILLIC = /[^\u0000-\u04ff]/;
/** Hangul syllables (U+AC00–U+D7A3). */
const isHangulCode = (code: number) => code >= 0xac00 && code <= 0xd7a3;

/** The Arabic block, and its letters (hamza to yeh, U+0621–U+064A, and the extended letters U+0671–U+06D3). */
const isArabicCode = (code: number) => code >= 0x600 && code <= 0x6ff;
const isArabicLetterCode = (code: number) => (code >= 0x621 && code <= 0x64a) || (code >= 0x671 && code <= 0x6d3);

/** The Devanagari block, and its letters (the independent vowels and consonants, U+0904–U+0939, U+0958–U+0961). */
const isDevanagariCode = (code: number) => code >= 0x900 && code <= 0x97f;
const isDevanagariLetterCode = (code: number) => (code >= 0x904 && code <= 0x939) || (code >= 0x958 && code <= 0x961);

/**
 * Digits between other numbers or the ends of the text, one space apart (`… 12 7 40 …`, a table row or a lotto line):
 * no sign, currency, hedge, scale, unit or name can touch them, so the growing steps are skipped. This keeps a page of
 * numbers cheap (every step of the general path looks at the words around the number).
 */
function isBareNumberInList(text: string, core: Core): boolean {
  if (core.han || core.factor !== 1) return false;
  const before = core.start === 0 || (isSpaceCode(text.charCodeAt(core.start - 1)) && (core.start === 1 || isAsciiDigit(text.charCodeAt(core.start - 2))));
  const after = core.end === text.length || (isSpaceCode(text.charCodeAt(core.end)) && (core.end + 1 === text.length || isAsciiDigit(text.charCodeAt(core.end + 1))));
  return before && after;
}

/** Nothing but spaces between `start` and the start of the text, a line or a sentence (`。`, `. `): where list markers stand. */
function isAtItemStart(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) p--;
  return p === 0 || /[\n\r。．.!?！？:：]/.test(text[p - 1]);
}

/** The name before a number makes it part of a name: GPT-3.5, v100, A100, BRC-20, LLaMA 2, Gemini Pro 1.5. */
function isPartOfName(text: string, start: number): 'glued' | 'spaced' | false {
  // Both patterns need a letter right before the number, or one space, hyphen or dot away from it.
  if (!isLetterAt(text, start - 1) && !isLetterAt(text, start - 2)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (/[A-Za-z\u0400-\u04FF][-.]?$/.test(before)) return 'glued';
  if (/(?:^|[^\p{L}])(?:[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*|[Vv]ersion|[Vv]ersión|версия|Pro|Plus|Ultra|Turbo)[ \u00a0]$/u.test(before)) return 'spaced';
  return false;
}

const AMOUNT_KINDS: ReadonlySet<QuantityKind> = new Set(['money', 'percent', 'count', 'number']);
/** An amount (money, a percentage, a count, a number), as against the part of a date or a code. */
export const isAmount = (q: Quantity): boolean => AMOUNT_KINDS.has(q.kind);

export function findQuantities(text: string, lang: string): Quantity[] {
  return quantitiesIn(text, lang, false);
}

/**
 * The amounts of findQuantities (isAmount), for the claims stage: the same list, filtered, but the parts of dates, times
 * and phone numbers are not gathered and a glued code (isGluedCode) is dropped before the blocked spans are found.
 */
export function findAmounts(text: string, lang: string): Quantity[] {
  return quantitiesIn(text, lang, true).filter(isAmount);
}

function quantitiesIn(text: string, lang: string, amountsOnly: boolean): Quantity[] {
  // One pass for the marks the normalisations and the arithmetic need (each scanned the text on its own before).
  const marks = paragraphMarks(text);
  const norm = normalisedForQuantities(text, lang, marks);
  // Found on the first core: most paragraphs have none.
  let isBlocked: ((core: Span) => boolean) | null = null;
  let isDatePart: ((core: Span) => boolean) | null = null;
  let isCodePart: ((core: Span) => boolean) | null = null;
  const parts: Candidate[] = [];
  const candidates: Candidate[] = [];
  const unsignedFractions: Span[] = [];
  const arithmetic = arithmeticCandidates(norm, lang, unsignedFractions, marks & ARITHMETIC_MARKS);
  if (lang === 'ar') for (const d of dualCandidates(norm)) arithmetic.push(d);
  for (const core of scanCores(norm, lang)) {
    if (core === 'malformed-skip') continue;
    // A number the last quantity grew over (3割8分7厘's 8 and 7) is part of it.
    if (candidates.length > 0 && core.start < candidates[candidates.length - 1].end) continue;
    const gluedCode = isGluedCode(norm, core, lang);
    // Blocked or not, a glued code is dropped: only a blocked one's digits would be returned (as a part).
    if (gluedCode && amountsOnly) continue;
    if (!isBlocked) {
      const blocked = findBlockedSpans(norm);
      isBlocked = blockedSpanCursor([...blocked.all, ...arithmetic, ...unsignedFractions]);
      isDatePart = blockedSpanCursor(blocked.dates);
      isCodePart = blockedSpanCursor(blocked.codes);
    }
    if (isBlocked(core)) {
      // The digits of a date, a time or a phone number are returned as what they are, for a reader of quantities; the
      // claims stage takes amounts only (isAmount). Each cursor is asked in increasing order, as isBlocked is.
      if (!core.han && core.plainInteger && !amountsOnly) {
        const kind = isDatePart!(core) ? 'date' : isCodePart!(core) ? 'code' : null;
        if (kind) parts.push(candidateOf(core, { kind, unit: null }));
      }
      continue;
    }
    if (gluedCode) continue;
    if (isBareNumberInList(norm, core)) {
      const year = core.plainInteger && core.end - core.start === 4 && core.value >= YEAR_MIN && core.value <= YEAR_MAX;
      (year ? parts : candidates).push(newCandidate(core, year ? 'date' : 'number', null, core.start, core.end, core.value, core.step, core.factor, core.hasScale, core.hedge, core.start));
      continue;
    }
    readGrownCore(norm, core, lang, candidates, parts);
  }
  if (arithmetic.length > 0) { for (const a of arithmetic) candidates.push(a); candidates.sort((a, b) => a.start - b.start); }
  const proportions = joinProportions(norm, candidates, lang);
  // Nothing to join or return (most paragraphs): joinSums and joinRanges return an empty list for an empty one.
  if (proportions.length === 0 && parts.length === 0) return [];
  const amounts = joinRanges(norm, joinSums(norm, proportions, lang));
  const merged: Ranged[] = parts.length === 0 ? amounts : [...amounts, ...parts].sort((a, b) => a.start - b.start);
  return merged.map((c) => {
    const { low, high } = c.range ?? interval(c.value, c.step, c.hedge);
    return {
      text: text.slice(c.start, c.end), start: c.start, end: c.end, kind: c.kind, value: round(c.value), low, high,
      unit: c.unit, hedge: c.hedge, scaled: c.hasScale,
    };
  });
}

/**
 * The candidate a core of quantitiesIn grows into (pushed to `candidates`; a year to `parts`), or none: its currency,
 * sign, scale, unit and hedge. A function of its own, not part of quantitiesIn's loop: the cores most paragraphs hold are
 * dropped before this, and the loop, small without it, is compiled apart from these rules (on 166,000 one-line
 * paragraphs, bench:hostile's distinct-short-lines, the engine compiled the whole loop again after each new path here).
 */
function readGrownCore(norm: string, core: Core, lang: string, candidates: Candidate[], parts: Candidate[]): void {
  // A currency word belongs to one amount: one that closed the amount before (`4人民币 5美元`) is no prefix of this one.
  const currencyGlued = currencyBefore(norm, core.start, lang);
  // `$-5 million`, `€ -12`: the currency sign before the minus sign.
  const innerSign = currencyGlued ? null : minusSignBefore(norm, core.start);
  const currencyWord = currencyGlued ?? (innerSign !== null ? currencyBefore(norm, innerSign, lang) : null);
  let prefix = currencyWord && currencyWord.start < (candidates[candidates.length - 1]?.end ?? 0) ? null : currencyWord;
  const signInside = prefix !== null && !currencyGlued;
  const named = !prefix && !core.hanOnly && isPartOfName(norm, core.start);
  if (named === 'glued') return;
  let grown = growRight(norm, core, lang, prefix !== null);
  // A currency name before the number (`dollari 996`) is its unit only where nothing else is counted: `the euro 2 years
  // ago`, `la zona euro 3 volte` count years and times.
  if (prefix?.named) {
    const bare = growRight(norm, core, lang, false);
    if (bare.kind !== 'number' || isCountedNounAt(norm, skipSpaces(norm, bare.end), lang)) { prefix = null; grown = bare; }
  }
  // `LLaMA 2`, `GPT 4`: a number after a capitalised name is part of it, unless it has a unit (`BTC 25.102,40 €`).
  if (named === 'spaced' && grown.kind === 'number') return;
  let { kind, unit } = grown;
  if (prefix) { kind = 'money'; unit = prefix.code; }
  // `MAUD 60`: the prefix's metric factor scales the amount as a scale word would.
  if (prefix?.factor !== undefined && grown.factor === 1 && !core.han) grown.factor = prefix.factor;
  let end = grown.end;
  // 百分之四十, 三成: Chinese percent forms.
  let start = prefix ? prefix.start : core.start;
  let value = core.value * (core.han ? 1 : grown.factor);
  let step = core.han ? core.step : core.step * grown.factor || (grown.factor > 1 ? grown.factor : 0);
  const percentPrefix = kind === 'number' ? percentBefore(norm, core.start, lang) : null;
  if (norm.slice(Math.max(0, core.start - 3), core.start) === '百分之') {
    // 百分之四十, 百分之22: the Han numeral is exact here (no ±5 from 四十's last place).
    kind = 'percent'; unit = '%'; start = core.start - 3; if (core.han) step = core.step && core.step >= 1 ? 0 : core.step;
  } else if (percentPrefix !== null) {
    kind = 'percent'; unit = '%'; start = percentPrefix;
  } else if (kind === 'number' && value <= TENTHS_IN_WHOLE && (norm[end] === '成' && (lang === 'zh' || core.han) && !/[本为為功员員立长長果熟型交就绩績]/.test(norm[end + 1] ?? '') || norm[end] === '割' && lang === 'ja')) {
    // 三成 (zh) and 3割 (ja) are tenths: 30%.
    kind = 'percent'; unit = '%'; value *= 10; step = 10; end += 1;
    // 3割8分7厘: 分 and 厘 after 割 are its hundredths and thousandths (a batting average of .387 is 38.7%).
    if (norm[end - 1] === '割') {
      for (const [mark, place] of TENTH_PLACES) {
        const digit = CJK_OR_ASCII_DIGIT.exec(norm.slice(end, end + 2));
        if (!digit || norm[end + 1] !== mark) break;
        value += Number(digit[0] in CJK_DIGITS ? CJK_DIGITS[digit[0]] : digit[0]) * place; step = place; end += 2;
      }
    }
  }
  // `seven cars`: a spelled number was read for the measure noun after it, which names what it counts.
  if (kind === 'number' && !core.hasScale && isLetterAt(norm, core.start) && !core.han) {
    const measure = measureNounAt(norm, skipSpaces(norm, end), lang, false);
    if (measure) { kind = 'count'; unit = measure; }
  }
  // A number glued to letters it did not consume is a code or a name: 5G, 40G, 3X, 7nm.
  if (kind === 'number' && grown.factor === 1 && !core.han && LATIN_OR_CYRILLIC_LETTER.test(norm[core.end] ?? '')) return;
  if (norm[end] === '-' && LATIN_OR_CYRILLIC_LETTER.test(norm[end + 1] ?? '') && kind === 'number' && grown.factor === 1) {
    // `a 10-week course`, `a 40-hectare vineyard`, `a seven-member jury`: joined to a measure noun by a hyphen it counts that.
    const measure = PERCENT_ADJECTIVE.test(norm.slice(end + 1, end + 12)) ? '%' : measureNounAt(norm, end + 1, lang, true);
    if (!measure) return;
    // `66-процентный`, `5-prozentige`: the adjective of percent makes a percentage.
    kind = measure === '%' ? 'percent' : 'count'; unit = measure;
  }
  // 1년 반, 두 시간 반: a half after a Korean time unit.
  const koreanHalf = kind === 'number' && lang === 'ko' && grown.factor === 1 ? koreanHalfAfter(norm, end) : null;
  if (koreanHalf) { value += 0.5; step = 0.5; end = koreanHalf.end; kind = 'count'; unit = koreanHalf.unit; }
  // 六名记者, 二十年, 一年半: a Han numeral before a classifier or a time noun counts what follows.
  // Financial numerals alone (陆 in 登陆部队, 伍) are ordinary words far more often than counts, and so is a bare 百 or
  // 千 (千家万户, 百家争鸣) unless a hedge makes it an amount (百余名, 近千辆).
  const classified = kind === 'number' && core.hanOnly && lang === 'zh' && (COMMON_HAN_DIGIT.test(norm.slice(core.start, core.end)) || core.hedge !== null || HEDGE_BEFORE_HAN.test(norm[core.start - 1] ?? ''))
    ? hanCountAfter(norm, end, value) : null;
  // 二〇二三年: four Han digits written place by place before 年 are a year, not a count of years.
  if (classified?.unit === 'years' && HAN_YEAR_DIGITS.test(norm.slice(core.start, core.end))) return;
  if (classified) { end = classified.end; value += classified.half; step = classified.half ? 0.5 : core.approximate ? step : 0; kind = classified.unit ? 'count' : 'number'; unit = classified.unit; }
  // Han numerals on their own (一, 三个交易对) are words, not amounts: they need a currency, percent or count noun.
  // A Han numeral with a 万/亿 scale and a digit is a stated amount by itself (一百零一万, 五亿零六); 千万 alone is an adverb.
  // A sign makes one a number too (マイナス五, 负三十二).
  if (core.hanOnly && kind === 'number' && !classified && !(core.factor >= 1e4 && HAN_NUMBER_WITH_DIGIT.test(norm.slice(core.start, core.end))) && minusWordBefore(norm, core.start, lang) === null) return;
  // 数千亿, 几十万, 数千個: "several thousand" is a vague order of magnitude, not a stated amount.
  if (core.han && /[数數几幾]/.test(norm[core.start - 1] ?? '')) return;
  // Bare 4-digit integers in the years' range are years (date parts); earlier ones too where a preposition of time or a year word says so (`by 1340`).
  // A Han classifier glued after one counts things (`1803章`, chapter 1803; a year takes 年).
  if (core.plainInteger && kind === 'number' && grown.factor === 1 && /^\d{4}$/.test(norm.slice(core.start, core.end)) && !HAN_CLASSIFIERS.includes(norm[end] ?? '\0')
    && ((core.value >= YEAR_MIN && core.value <= YEAR_MAX) || (core.value >= EARLY_YEAR_MIN && isInYearContext(norm, core)))) {
    parts.push(candidateOf(core, { kind: 'date', unit: null }));
    return;
  }
  // List markers: 1、 at the start of a line or sentence, and German ordinals: 3. Quartal. Elsewhere 、 separates the
  // items of an enumeration (二百五十、250、…), each of them a number.
  if (kind === 'number' && norm[core.end] === '、' && core.plainInteger && isAtItemStart(norm, start)) return;
  if (lang === 'de' && kind === 'number' && grown.factor === 1 && /^\.\s\p{L}/u.test(norm.slice(core.end, core.end + 3)) && core.value < 100) return;
  if (isEnglishGroupingOfWhole(norm, core, lang, { kind, unit, factor: grown.factor, end, signBefore: prefix !== null })) { value *= 1000; step = 0; }
  let signAt = signInside ? start : minusSignBefore(norm, start);
  if (signAt !== null) { start = signAt; value = -value; }
  let hedge = grown.hedge;
  const before = hedgeBefore(norm, start, lang);
  if (before) { hedge = before.hedge; start = before.start; }
  // A minus word only where no hedge ends: `au moins 5` is "at least", `moins 5` is -5.
  else if (signAt === null && (signAt = minusWordBefore(norm, start, lang)) !== null) { start = signAt; value = -value; }
  candidates.push(newCandidate(core, kind, unit === undefined ? null : unit, start, end, value, step, core.han ? core.factor : grown.factor, core.hasScale || grown.factor > 1,
    hedge !== undefined ? hedge : core.hedge, core.start));
}

/** A year written in Han digits place by place (二〇二三, 一九九八). */
const HAN_YEAR_DIGITS = /^[〇零一二三四五六七八九]{4}$/;

/** 三成 and 3割 count tenths of a whole: more than ten of them (990成了) is no share but a number before a verb. */
const TENTHS_IN_WHOLE = 10;

/** 半 after a classifier or time noun adds a half (一年半 1.5 years, 两个半月). */
const HALF = '半';
/** The everyday Han digits and 十, as against the financial forms (壹贰叁肆伍陆…) and a bare 百 or 千, which are also words. */
const COMMON_HAN_DIGIT = /[〇零一二两兩三四五六七八九十]/;
/** Hedges written before a Han numeral (近千, 约百). */
const HEDGE_BEFORE_HAN = /[近约約]/;
/** Units counted in halves after 个半 (两个半月, 一个半小时). */
const HALF_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds']);
/** 月 alone after a numeral names a month (三月 is March); after 个半 it counts months. */
const MONTH = '月';

/**
 * Rule: a Han numeral before a classifier (六名, 三十九篇) or a time noun (二十年, 六秒钟) is a count; a half after it
 * adds 0.5 (一年半, 两个半小时). One alone before a classifier is the article (一个问题 "a question"): it counts only with a half.
 */
function hanCountAfter(text: string, end: number, value: number): { end: number; half: number; unit: string | null } | null {
  let p = end;
  let unit: string | null = null;
  const time = timeCountAt(text, p);
  if (time) {
    p = time.end;
    unit = time.unit;
  } else if (HAN_CLASSIFIERS.includes(text[p] ?? '\0')) p++;
  else return null;
  let half = 0;
  if (text[p] === HALF) {
    // 一年半; 两个半月, 一个半小时: the time noun after 个半 names the unit. Elsewhere 半 starts a word (一位半导体).
    const after = unit === null ? timeCountAt(text, p + 1) ?? matchCountUnit(text, p + 1) ?? (text[p + 1] === MONTH ? { unit: 'months', end: p + 2 } : null) : null;
    if (unit !== null) { half = 0.5; p++; } else if (after && HALF_UNITS.has(after.unit)) { half = 0.5; unit = after.unit; p = after.end; }
  }
  return value === 1 && half === 0 ? null : { end: unit === null ? end : p, half, unit };
}

/** A Han time noun at `p` (HAN_TIME_COUNTS, sticky patterns) as its count unit and end. */
function timeCountAt(text: string, p: number): { unit: string; end: number } | null {
  for (const [re, unit] of HAN_TIME_COUNTS) {
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) return { unit, end: p + m[0].length };
  }
  return null;
}

/**
 * Powers (`1.1^23`, `2.5の-1乗`) as the value they write, and fractions of digits with a sign before them (`-4/5`,
 * `- 1 4/5`, `−5分の4`, `マイナス五分の四`): a date, a ratio or a score is never signed, so the sign makes the fraction
 * a number. An unsigned Japanese fraction goes to `unsignedFractions`: its numbers are no amounts of their own.
 */
function arithmeticCandidates(text: string, lang: string, unsignedFractions: Span[], marks: number): Candidate[] {
  const out: Candidate[] = [];
  for (const a of findArithmetic(text, decimalMarkOf(lang), marks)) {
    const sign = minusSignBefore(text, a.start) ?? minusWordBefore(text, a.start, lang);
    // `人口の3分の1`, `三分の一`: a Japanese fraction is one proportion, and neither of its numbers stands alone.
    if (a.kind === 'fraction' && sign === null) { if (text.slice(a.start, a.end).includes(JA_FRACTION_MARK)) unsignedFractions.push(a); continue; }
    const core: Core = { start: sign ?? a.start, end: a.end, value: sign === null ? a.value : -a.value, step: 0, factor: 1, hasScale: false, han: false, hanOnly: false, plainInteger: false, hedge: null };
    out.push(candidateOf(core, { kind: 'number', unit: null }));
  }
  return out;
}

/** The places after 割 (a tenth, 10%): 分 a hundredth (1%), 厘 a thousandth (0.1%). */
const TENTH_PLACES: Array<[string, number]> = [['分', 1], ['厘', 0.1]];
const CJK_OR_ASCII_DIGIT = /^[0-9〇一二三四五六七八九]/;

/** What writes a Japanese fraction: 5分の4 is four fifths. */
const JA_FRACTION_MARK = '分の';

/** Arabic duals and halves (`يومين` 2 days, `عام ونصف` 1.5 years) as counts: they hold no numeral for the cores. */
function dualCandidates(text: string): Candidate[] {
  return arabicDualCounts(text).map((d) => {
    const core: Core = { start: d.start, end: d.end, value: d.value, step: 0, factor: 1, hasScale: false, han: false, hanOnly: false, plainInteger: false, hedge: null };
    return candidateOf(core, { kind: 'count', unit: d.unit });
  });
}

/** ISO 4217 currencies with three minor digits (the dinars, rial Omani): only for them is `12,500` an amount in cents and mils. */
const THREE_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);
/** Measures of whole things (data/measures.json and the count units): they are never stated to the thousandth. */
const WHOLE_THING_MEASURES: ReadonlySet<string> = new Set([
  'people', 'employees', 'jobs', 'users', 'customers', 'students', 'teachers', 'women', 'men', 'children', 'members', 'deaths', 'cases',
  'votes', 'passengers', 'visitors', 'vehicles', 'units', 'copies', 'houses', 'families', 'countries', 'companies', 'schools', 'patients',
  'books', 'cities', 'researchers', 'engineers', 'gpus', 'servers', 'chips', 'applications', 'models', 'pages', 'images', 'words', 'languages',
]);
const ONE_COMMA_GROUP = /^[1-9]\d{0,2},\d{3}$/;

/**
 * `£12,000`, `330,000 kişi` in a language whose decimal mark is the comma: English grouping, as translations and the
 * international press write it. Read as a decimal the amount would be stated to the thousandth, which no money (bar a
 * few dinars) and no count of whole things is: with one comma, three digits after it and no scale, it groups thousands.
 * Money only with its sign before the number, as English writes it (`12,345 $` is the French way of writing 12.345).
 */
function isEnglishGroupingOfWhole(
  text: string, core: Core, lang: string, { kind, unit, factor, end, signBefore }: { kind: QuantityKind; unit: string | null; factor: number; end: number; signBefore: boolean },
): boolean {
  if (factor !== 1 || core.han || decimalMarkOf(lang) !== ',' || !ONE_COMMA_GROUP.test(text.slice(core.start, core.end))) return false;
  if (kind === 'money') return signBefore && unit !== null && !THREE_DECIMAL_CURRENCIES.has(unit);
  const measure = kind === 'count' ? unit : kind === 'number' ? measureNounAt(text, skipSpaces(text, end), lang, false) : null;
  return measure !== null && WHOLE_THING_MEASURES.has(measure);
}

/**
 * Words between two numbers that make the first a part of the second (`1 su 3`, `1 op de 3`, `uno su 20`, `2 out of
 * 5`): the pair states a proportion, read as its value. Not `over` (a hedge: `over 20`) nor `in` (`1 in 2023`).
 */
const PROPORTION = / (?:su|sur|sobre|op de|van de|uit de|uit|out of|over) (?=[\p{L}\d])/gu;
/** `over` joins a proportion only after a signed number (`minus one over 20`): elsewhere it is a hedge (`over 20`). */
const HEDGE_PROPORTION = ' over ';
/** The longest spelled numeral read on the left of a proportion word: one word (`uno`, `ventuno`, `één`). */
const MAX_PROPORTION_WORD = 24;

/** The number that ends at `end`: the candidate `c` when it ends there, else one spelled word (read whatever follows it). */
function numberEndingAt(text: string, end: number, c: Candidate | undefined, lang: string): { start: number; value: number } | null {
  if (c && c.end === end) return c.kind === 'number' && c.unit === null && c.hedge === null ? c : null;
  let start = end;
  while (start > end - MAX_PROPORTION_WORD && isLetterAt(text, start - 1)) start--;
  if (start === end || isLetterAt(text, start - 1)) return null;
  const spelled = parseNumberWords(text, start, lang, text.slice(start, end), SUM_TAIL_CONTEXT);
  return spelled && spelled.end === end ? { start, value: spelled.value } : null;
}

/** The number that starts at `start`: the candidate `c` when it starts there, else a spelled one. */
function numberStartingAt(text: string, start: number, c: Candidate | undefined, lang: string): { end: number; value: number } | null {
  if (c && c.start === start) return c.kind === 'number' && c.unit === null && c.hedge === null ? c : null;
  return isLetterAt(text, start) ? parseNumberWords(text, start, lang, lettersAt(text, start), SUM_TAIL_CONTEXT) : null;
}

/** Rule: `1 su 3`, `één uit de 20`: two numbers joined by a proportion word are one, the first over the second. */
function joinProportions(text: string, list: Candidate[], lang: string): Candidate[] {
  if (!/ (?:su|sur|sobre|op|van|uit|out|over) /.test(text)) return list;
  const joined: Candidate[] = [];
  // Candidates and proportion words both run in order of position: two cursors find the numbers either side.
  let before = 0;
  let after = 0;
  for (const m of text.matchAll(PROPORTION)) {
    const at = m.index!;
    const rightStart = at + m[0].length;
    while (before + 1 < list.length && list[before + 1].end <= at) before++;
    while (after < list.length && list[after].start < rightStart) after++;
    const left = numberEndingAt(text, at, list[before], lang);
    const overHedge = m[0] === HEDGE_PROPORTION;
    if (overHedge && !(left && left.value < 0)) continue;
    // `1 su 2 su 3`: a number belongs to one proportion, the first.
    if (left && joined.length > 0 && left.start < joined[joined.length - 1].end) continue;
    // After `over` the right number was read with it as a hedge (`over 20`): its number starts after the word.
    const hedged = overHedge ? list[after - 1] : undefined;
    const right = !left ? null : hedged && hedged.numberStart === rightStart && hedged.kind === 'number' && hedged.unit === null
      ? { end: hedged.end, value: hedged.value } : numberStartingAt(text, rightStart, list[after], lang);
    if (!left || !right || !(right.value > 0) || Math.abs(left.value) > right.value) continue;
    const core: Core = { start: left.start, end: right.end, value: left.value / right.value, step: 0, factor: 1, hasScale: false, han: false, hanOnly: false, plainInteger: false, hedge: null };
    joined.push(candidateOf(core, { kind: 'number', unit: null }));
  }
  if (joined.length === 0) return list;
  // Both lists run in order of start: one sweep drops the candidates a proportion covers and merges the two.
  const out: Candidate[] = [];
  let k = 0;
  for (const c of list) {
    while (k < joined.length && joined[k].end <= c.start) out.push(joined[k++]);
    const j = joined[k];
    if (!(j && j.start < c.end && c.start < j.end)) out.push(c);
  }
  while (k < joined.length) out.push(joined[k++]);
  return out;
}

/** A tail that completes a scaled number always counts: it is read for the number before it, not for a unit after it. */
const SUM_TAIL_CONTEXT: SpelledNumberContext = { isSigned: () => false, isCounted: () => true };
/** Spaces between the parts of a sum: one, or two or three where text was typed or converted loosely. */
const SUM_SPACES = 3;

/** The position after 1 to SUM_SPACES spaces at `p`, or -1. */
function afterSumSpaces(text: string, p: number): number {
  let q = p;
  while (text[q] === ' ' && q - p < SUM_SPACES) q++;
  return q === p ? -1 : q;
}

/**
 * Rule: a round scaled number and a smaller one after it make one number, as spelled numerals do (`4 thousand 3
 * hundred and 21` is 4,321; `6 crore and two hundred` 60,000,200): the second joins when it is below the first's last
 * stated place, after a joiner of the language (`and`, `et`, `y`) or, with no joiner, when it has a scale of its own.
 * The unit of the last part is the sum's (`3 hundred and 21 yuan`).
 */
function joinSums(text: string, list: Candidate[], lang: string): Candidate[] {
  const out: Candidate[] = [];
  const joiners = numberJoinersOf(lang);
  for (let k = 0; k < list.length; k++) {
    let a = list[k];
    while (a.kind === 'number' && a.unit === null && a.hasScale && a.step >= 1) {
      // `3 millions et demi`, `3 Millionen und ein Viertel`: a fraction after the joiner is a fraction of the scale.
      const fraction = a.factor > 1 ? joinedFractionAfter(text, a.end, lang) : null;
      if (fraction) {
        a = candidateOf(a, { end: fraction.end, value: a.value + Math.sign(a.value) * fraction.value * a.factor, step: fraction.step * a.factor });
        break;
      }
      let q = afterSumSpaces(text, a.end);
      if (q < 0) break;
      const joiner = joiners.find((j) => text.startsWith(j, q) && text[q + j.length] === ' ' && !isLetterAt(text, q - 1));
      if (joiner) q = afterSumSpaces(text, q + joiner.length);
      if (q < 0) break;
      const b = list[k + 1];
      let tail: { end: number; value: number; step: number; kind: QuantityKind; unit: string | null } | null = null;
      if (b && b.start === q && b.value > 0 && b.value < a.step && b.hedge === null && (joiner !== undefined || b.hasScale)) {
        tail = b;
        k++;
      } else if (joiner && (!b || b.start > q)) {
        const spelled = isLetterAt(text, q) ? parseNumberWords(text, q, lang, lettersAt(text, q), SUM_TAIL_CONTEXT) : null;
        if (spelled && spelled.value > 0 && spelled.value < a.step && (!b || b.start >= spelled.end)) tail = { ...spelled, kind: 'number', unit: null };
      }
      if (!tail) break;
      a = candidateOf(a, { end: tail.end, value: a.value + Math.sign(a.value) * tail.value, step: tail.step, kind: tail.kind, unit: tail.unit });
    }
    out.push(a);
  }
  return out;
}

/** The longest text between a range's two numbers: the longest connector (`bis`, `から`) with a space either side. */
const MAX_RANGE_GAP = Math.max(...RANGE_CONNECTORS.map((c) => c.length)) + 2;

/**
 * A candidate from a core and what growing it changed, written field by field: an object spread here made every
 * candidate a slow dictionary object (a page of 100,000 numbers spent 3 of its 4 tenths of a second on them).
 */
function candidateOf(core: Core, c: Partial<Candidate> & { kind: QuantityKind } | Partial<Candidate>): Candidate {
  const base = core as Partial<Candidate>;
  return newCandidate(core, c.kind ?? base.kind ?? 'number', c.unit !== undefined ? c.unit : base.unit ?? null, c.start ?? core.start, c.end ?? core.end,
    c.value ?? core.value, c.step ?? core.step, c.factor ?? core.factor, c.hasScale ?? core.hasScale, c.hedge !== undefined ? c.hedge : core.hedge,
    base.numberStart ?? core.start);
}

/**
 * A candidate of `core` with the fields given in order, for the numbers found by scanCores (once each, so a page of
 * numbers builds no object of changes for every one of them, read through as many shapes of them as there are callers).
 */
function newCandidate(core: Core, kind: QuantityKind, unit: string | null, start: number, end: number, value: number, step: number, factor: number,
  hasScale: boolean, hedge: Hedge | null, numberStart: number): Candidate {
  return { start, end, value, step, factor, hasScale, han: core.han, hanOnly: core.hanOnly, plainInteger: core.plainInteger, hedge, kind, unit, numberStart };
}

type Ranged = Candidate & { range?: { low: number; high: number } };

/** `9 bis 17 Millionen US-Dollar`, `70億到650億`, `10–20%`: one quantity from low to high, valued at the midpoint. */
function joinRanges(text: string, list: Candidate[]): Ranged[] {
  const out: Ranged[] = [];
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    const b = list[k + 1];
    const compatible = b && (a.unit === null || a.unit === b.unit) && (a.kind === 'number' || a.kind === b.kind) && a.hedge === null && (b.hasScale || b.unit !== null);
    if (compatible && b.start - a.end <= MAX_RANGE_GAP) {
      const connector = RANGE_CONNECTORS.includes(text.slice(a.end, b.start).trim().toLowerCase());
      if (connector) {
        const factor = a.hasScale ? 1 : b.factor;
        const lowValue = a.value * factor;
        if (lowValue < b.value) {
          // A bare first number shares the second's precision: `9 bis 17 Millionen` is 8.5 to 17.5 million.
          const low = interval(lowValue, a.hasScale ? a.step : b.step, null).low;
          const high = interval(b.value, b.step, b.hedge).high;
          out.push({ ...candidateOf(b, { start: a.start, value: round((lowValue + b.value) / 2) }), range: { low, high } });
          k++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}
