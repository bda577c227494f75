// Per-line features for the plain-text line classifier (line-classifier.ts): what a line looks like on its own (length,
// function-word density in the page's language, punctuation, digits, capitals, separators, dates, prices, links) and
// where it sits (position, blank-line group, repetition on the page), then the same seen through its neighbours, as
// jusText judges a block by the blocks around it. Only general properties of text: no site's or page's wording.
import { effectiveLength } from '../blocks.ts';
import { isUnspaced, stopwordsOf, words } from '../../language/words.ts';
import { codeUnitTable } from '../../language/scripts.ts';
import { spacedWords } from './spaced-words.ts';
import { WORD_FEATURES } from './line-words.ts';
import { TextIds } from '../../text-ids.ts';

/** One line (or hard-wrapped paragraph) of a text page as the classifier sees it. */
export interface LineUnit {
  /** The line as a reader sees it: markdown link syntax, emphasis and heading marks removed. */
  text: string;
  /** Share of the characters that were link text in the source (markdown `[text](url)`), 0..1. */
  linkShare: number;
  /** Written as a markdown heading (`## …`). */
  heading: boolean;
  /** Starts with a bullet or an item number. */
  listItem: boolean;
  /** A line rule already removed it (line-rules.ts): evidence about its neighbours. */
  ruled: boolean;
  /** Index of its blank-line separated group, and how many lines that group has. */
  group: number;
  groupSize: number;
}

/** A sentence terminal of any script (Unicode Sentence_Terminal: the danda, Urdu ۔, Ethiopic ።, …) or an ellipsis, then maybe a closing quote. */
const SENTENCE_END = /(?:\p{Sentence_Terminal}|…)["'”’」』)）]?$/u;
const INNER_SENTENCE = /[.!?。！？][\s"”]*(?=\p{Lu}|\p{Script=Han})/gu;
const COMMA = /[,，、;；]/g;
const PUNCT = /^\p{P}$/u;
const DIGIT = /^\p{Nd}$/u;
const PUNCT_UNIT = 1, DIGIT_UNIT = 2, OTHER_UNIT = 3;
const unitClass = codeUnitTable((unit) => (PUNCT.test(unit) ? PUNCT_UNIT : DIGIT.test(unit) ? DIGIT_UNIT : OTHER_UNIT));
/**
 * Punctuation (\p{P}) and decimal digits (\p{Nd}) of a line, counted in code points in one pass with a per-code-unit
 * table: two global matches per line built an array of every such character (bench:clean-text). Astral code points
 * (surrogate pairs) are tested by the patterns.
 */
function punctuationAndDigits(t: string): { punctuation: number; digits: number } {
  let punctuation = 0, digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let kind: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && t.charCodeAt(i + 1) >= 0xdc00 && t.charCodeAt(i + 1) <= 0xdfff) {
      const pair = t.slice(i, i + 2);
      kind = PUNCT.test(pair) ? PUNCT_UNIT : DIGIT.test(pair) ? DIGIT_UNIT : OTHER_UNIT;
      i++;
    } else kind = unitClass(c);
    if (kind === PUNCT_UNIT) punctuation++; else if (kind === DIGIT_UNIT) digits++;
  }
  return { punctuation, digits };
}
const UPPER_START = /^\p{Lu}/u;
const SPACE_UNIT = 1, NOT_SPACE_UNIT = 2;
const spaceClass = codeUnitTable((unit) => (/\s/.test(unit) ? SPACE_UNIT : NOT_SPACE_UNIT));
/**
 * The tokens of t.split(/\s+/), counted (one more than its runs of white space, \s having no astral members), and with
 * `capitals` how many start with a capital (/^\p{Lu}/u): the same counts without an array and a string per token.
 */
function spacedTokens(t: string, capitals: boolean): { tokens: number; capitalised: number } {
  let runs = 0, capitalised = 0;
  let previous = 0; // the class of the code unit before i (0 before the first)
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i), kind = spaceClass(c);
    if (kind === SPACE_UNIT) { if (previous !== SPACE_UNIT) runs++; }
    else if (capitals && previous !== NOT_SPACE_UNIT && (c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(t.slice(i, i + 2)))) capitalised++;
    previous = kind;
  }
  return { tokens: runs + 1, capitalised };
}
/** Separators menus, breadcrumbs and share bars put between their items. */
const SEPARATOR = /\s[|·•»›>/]\s|\s[|·•»›]|[|·•»›]\s/g;
const DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\d{4}年\d{1,2}月|\b(?:19|20)\d{2}\b/u;
const TIME = /\b\d{1,2}[:h]\d{2}\b/;
const PRICE = /[$€£¥₽]\s?\d|\d\s?(?:[$€£¥₽%]|eur\b|usd\b)/iu;
const URL_LIKE = /https?:\/\/|www\.|\.(?:com|de|org|net)\b/i;
/**
 * Whether a line holds something like an e-mail address, `\S+@\S+\.\w+`: an @ inside a word with a dot followed by
 * a word character after it. Token by token, since that regular expression retries every start of a long word
 * without spaces, each time to its end (quadratic: a 100 KB line of "1.1.1." took 5 s). `tokens`: the line split at white space.
 */
function hasAddressLike(tokens: readonly string[]): boolean {
  const dotThenWord = /\.\w/g;
  for (const token of tokens) {
    const at = token.indexOf('@', 1);
    if (at === -1) continue;
    dotThenWord.lastIndex = at + 2;
    if (dotThenWord.test(token)) return true;
  }
  return false;
}
/**
 * Second-person pronouns and possessives, closed classes from each language's grammar: a page addresses its reader in
 * its chrome (sign up, enter your e-mail, your comment will be published), while news prose reports in the third person.
 * Lowercased, as words() returns them; German formal address is counted from its capitals (FORMAL_YOU).
 */
const SECOND_PERSON = new Set([
  'you', 'your', 'yours', 'yourself', // en
  'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', // de
  'vous', 'votre', 'vos', 'tu', 'toi', 'ton', 'ta', 'tes', // fr (tu also es, it)
  'tú', 'tus', 'usted', 'ustedes', 'vosotros', 'vuestro', 'vuestra', 'contigo', // es
  'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vostro', 'vostra', 'vostri', 'vostre', // it
  'você', 'vocês', 'teu', 'teus', 'tuas', // pt
  'jij', 'jouw', 'jullie', 'uw', // nl
  'ty', 'twój', 'twoja', 'twoje', 'twoich', 'wasz', 'wasza', 'wasze', // pl
  '你', '您', '你们', '你的', '您的', // zh
]);
/** German formal address (Sie, Ihnen, Ihr…) is capitalised; after the first word it is the reader, not "she" or "they". */
export const FORMAL_YOU = /(?<=\s)(?:Sie|Ihnen|Ihre?[nmrs]?)\b/gu; // a fixed-length look-behind: \S\s+ before it rescans long runs of spaces
/**
 * The words FORMAL_YOU matches: after white space, a run of ASCII word characters (its \b, without the i flag, is
 * ASCII's) that is one of these. Counted by formalYouCount, which finds them with indexOf: the pattern, with its
 * look-behind tried at every character, cost a German page a percent of its cleaning (bench:clean-text).
 */
const FORMAL_FORMS = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihrn', 'Ihrm', 'Ihrr', 'Ihrs', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']);
/** JavaScript's \s: the code units of white space. */
const isWhiteSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
/** How many matches t.match(FORMAL_YOU) has (they cannot overlap: each follows white space and holds none). */
export function formalYouCount(t: string): number {
  let count = 0;
  for (const start of ['Sie', 'Ih']) {
    for (let p = t.indexOf(start, 1); p >= 0; p = t.indexOf(start, p + 1)) {
      if (!isWhiteSpace(t.charCodeAt(p - 1))) continue;
      let end = p + start.length;
      while (end < t.length && isAsciiWord(t.charCodeAt(end))) end++;
      if (FORMAL_FORMS.has(t.slice(p, end))) count++;
    }
  }
  return count;
}
/**
 * A label and its value, `Label: value`: photo credits, sources, captions' prefixes, form fields, metadata. One word
 * (of any script) before the colon; a sentence that quotes someone has more words before its colon.
 */
const LABEL_PREFIX = /^[\p{L}\p{M}]{2,20}\s?[:：]\s*\S/u;
/** Arrows of previous/next links and "more" teasers. */
const ARROW = /[←→«»‹›⟵⟶➔➜▶◀]/u;
/** Up to this many lines before/after count as a line's neighbourhood (jusText looks at the nearest decided blocks). */
const NEAR = 1, WIDE = 4;
/** Bins of Latin-equivalent length: a menu item, a label, a heading, a sentence, a paragraph (jusText's 70/200 sit inside). */
const LENGTH_BINS = [10, 25, 50, 100, 200];
/** Bins of function-word density: none, a name list, a headline, a sentence (jusText's 0.30/0.32 sit in the last). */
const STOP_BINS = [0.05, 0.15, 0.25, 0.35];

/** What a line looks like on its own. */
const OWN_FEATURES = [
  'log-length', ...LENGTH_BINS.map((b) => `length<${b}`), 'log-words', 'stopword-density', ...STOP_BINS.map((b) => `stopwords<${b}`),
  'punctuation', 'digits', 'capitalised-words', 'sentence-end', 'colon-end', 'inner-sentences', 'commas-per-word',
  'separators-per-word', 'second-person', 'label-prefix', 'arrow', 'date', 'time', 'price', 'url', 'link-share', 'heading', 'list-item', 'unspaced', 'no-letters',
  'repeated-on-page', 'first-tenth', 'last-fifth', 'position', 'alone-in-group', 'log-group-size',
  'in-core', 'before-core', 'after-core', 'relative-length', 'length-vs-median', 'core-cohesion', 'page-cohesion',
  'core-edge', 'chars-to-core', 'core-share',
] as const;
/** The subset averaged over the neighbours. */
const CONTEXT_OF = ['log-length', 'stopword-density', 'sentence-end', 'link-share', 'list-item', 'separators-per-word', 'capitalised-words'] as const;
const CONTEXT_FEATURES = [
  ...CONTEXT_OF.flatMap((f) => [`near:${f}`, `wide:${f}`]), 'near:ruled', 'wide:ruled', 'prev-long-prose', 'next-long-prose',
] as const;
/**
 * The word features (line-words.ts) come last: pageFeatureRows leaves them unwritten, the classifier writes them from
 * its word model (withWordFeatures in line-classifier.ts), and lineFeatures' arrays hold 0 there (training fills them).
 */
export const LINE_FEATURES: readonly string[] = [...OWN_FEATURES, ...CONTEXT_FEATURES, ...WORD_FEATURES];

/** A line of at least this length ending like a sentence is prose whatever else it is (jusText's "good" length). */
const PROSE_LENGTH = 100;
/** The core: a prose-like line (long enough, a sentence or rich in function words) adds its length ... */
const CORE_MIN_LENGTH = 60;
const CORE_MIN_STOPWORDS = 0.2;
/** ... any other line costs this much (Latin-equivalent chars): a few menu lines do not split an article in two. */
const CORE_GAP_COST = 30;

/**
 * The article's core: the run of lines with the most prose in it, found as a maximum-sum segment (Kadane) where
 * prose-like lines count their length and other lines a fixed cost. Boilerpipe and trafilatura look for the same
 * largest text region; on a text page it is a run of lines rather than a DOM subtree.
 */
export function articleCore(prose: ArrayLike<number>): [number, number] {
  let best = 0, bestStart = 0, bestEnd = -1, sum = 0, start = 0;
  for (let i = 0; i < prose.length; i++) {
    const v = prose[i] > 0 ? prose[i] : -CORE_GAP_COST;
    if (sum <= 0) { sum = v; start = i; } else sum += v;
    if (sum > best) { best = sum; bestStart = start; bestEnd = i; }
  }
  return [bestStart, bestEnd];
}

/**
 * A word that carries topic: not a function word, not a number, at least MIN_TOPIC_WORD letters in a spaced script
 * (unspaced scripts segment into one- and two-character words that carry topic too).
 */
const MIN_TOPIC_WORD = 3;
const LETTER = /\p{L}/u;
/**
 * A word of words() starts with a letter or a number: one starting with an ASCII character other than a digit starts
 * with a letter, and only the others need the Unicode test (a regular expression per word cost the cleaner 5%).
 */
const hasLetter = (w: string) => { const c = w.charCodeAt(0); return (c < 0x80 && (c < 0x30 || c > 0x39)) || LETTER.test(w); };
/** Whether a word that is not a function word (its caller asked the stoplist already: one lookup a word) carries topic. */
const isTopicWord = (w: string) => (w.length >= MIN_TOPIC_WORD || isUnspaced(w)) && hasLetter(w);

/** Whether `values` are row `r` of `rows` (each value the same, -0 apart from 0; never for NaN). */
function sameAsRow(rows: Float64Array, r: number, values: Float64Array): boolean {
  if (r < 0) return false;
  for (let c = 0, from = r * values.length; c < values.length; c++) {
    const a = rows[from + c], b = values[c];
    if (a !== b || (a === 0 && 1 / a !== 1 / b)) return false;
  }
  return true;
}

/** The upper median; a typed array sorts numbers in place without a comparator called per comparison. */
function median(values: Float64Array): number {
  if (!values.length) return 0;
  const sorted = values.sort();
  return sorted[sorted.length >> 1];
}

/**
 * The line's own features written into `out` (from index 0, in OWN_FEATURES order): into the page's matrix directly,
 * since an array per line (and the spreads of the bins) was a tenth of the cleaner's time in the garbage collector.
 * `topic` receives the line's topic words in order, repeats included (for the cohesion features of lineFeatures).
 * Returns the line's effectiveLength.
 */
function ownFeatures(unit: LineUnit, stop: Set<string>, lang: string, topic: string[], out: Float64Array): number {
  const t = unit.text;
  const unspaced = isUnspaced(t);
  const len = unspaced ? effectiveLength(t) : t.length; // effectiveLength without its own scan for unspaced characters
  const list = unspaced ? words(t, lang) : spacedWords(t); // words() of spaced text, without its pattern (spaced-words.ts)
  let stops = 0;
  let you = 0;
  for (const w of list) {
    if (stop.has(w)) stops++; else if (isTopicWord(w)) topic.push(w);
    if (SECOND_PERSON.has(w)) you++;
  }
  if (lang === 'de') you += formalYouCount(t);
  const nWords = list.length;
  const density = nWords ? stops / nWords : 0;
  const chars = Math.max(1, t.length);
  const { tokens, capitalised } = spacedTokens(t, !unspaced);
  const { punctuation, digits } = punctuationAndDigits(t);
  // A line of ASCII letters, digits and spaces alone (a menu word, `aaa0`) holds none of the marks that a sentence end,
  // a comma, a separator, a label, an arrow or a link needs, and can hold a date only from four digits on, a time from
  // three, a price from one: those patterns are not asked of it (a page of 163,660 lines like `aaa0`, bench:hostile;
  // test/line-features-plain.test.ts compares the values with the patterns').
  let plain = true, letters = false;
  for (let i = 0; i < t.length && plain; i++) {
    const c = t.charCodeAt(i), lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) letters = true;
    else plain = c === 0x20 || (c >= 0x30 && c <= 0x39);
  }
  let k = 0;
  out[k++] = Math.log1p(len) / 5;
  for (const b of LENGTH_BINS) out[k++] = +(len < b);
  out[k++] = Math.log1p(nWords) / 4;
  out[k++] = density;
  for (const b of STOP_BINS) out[k++] = +(density < b);
  out[k++] = punctuation / chars; out[k++] = digits / chars; out[k++] = unspaced ? 0 : capitalised / tokens;
  // Inner sentences counted up to the 3 the feature keeps, separators only on a line holding one of their characters:
  // t.match made an array of every match of each pattern on every line (bench:clean-text). (Commas counted by a loop
  // over the code units were slower than the pattern's array.)
  let inner = 0;
  if (!plain) {
    INNER_SENTENCE.lastIndex = 0;
    while (inner < 3 && INNER_SENTENCE.exec(t)) inner++;
    INNER_SENTENCE.lastIndex = 0;
  }
  out[k++] = plain ? 0 : +SENTENCE_END.test(t); out[k++] = plain ? 0 : +/[:：]$/.test(t); out[k++] = inner / 3;
  out[k++] = plain ? 0 : Math.min(1, (t.match(COMMA)?.length ?? 0) / Math.max(1, nWords) * 5);
  out[k++] = plain ? 0 : Math.min(1, (/[|·•»›>/]/.test(t) ? t.match(SEPARATOR)?.length ?? 0 : 0) / tokens * 2);
  out[k++] = Math.min(1, (you / Math.max(1, nWords)) * 10); out[k++] = plain ? 0 : +LABEL_PREFIX.test(t); out[k++] = plain ? 0 : +ARROW.test(t);
  out[k++] = plain && digits < 4 ? 0 : +DATE.test(t); out[k++] = plain && digits < 3 ? 0 : +TIME.test(t); out[k++] = plain && digits < 1 ? 0 : +PRICE.test(t);
  out[k++] = plain ? 0 : +(URL_LIKE.test(t) || (t.includes('@') && hasAddressLike(t.split(/\s+/))));
  out[k++] = unit.linkShare; out[k++] = +unit.heading; out[k++] = +unit.listItem;
  out[k++] = +unspaced; out[k++] = plain ? +!letters : +!/\p{L}/u.test(t);
  return len;
}

/** The feature rows of a page's lines (pageFeatureRows): `row(i, out)` gives line i's features in LINE_FEATURES order. */
export interface LineFeatureRows {
  readonly length: number;
  /**
   * Line i's features: written into `out` and returned (or a row held already, returned as it is). With `upTo`, only
   * the features before that index need be written: a reader of a few of the line's own features skips the means
   * over its neighbours.
   */
  row(i: number, out: Float64Array, upTo?: number): Float64Array;
}

/**
 * The feature vector of every line of a page, in LINE_FEATURES order, as arrays (for training and tests; the cleaner
 * reads pageFeatureRows). `lang` is the stoplist language of the page (stoplistLanguage in blocks.ts).
 */
export function lineFeatures(units: LineUnit[], lang: string): Float64Array[] {
  const rows = pageFeatureRows(units, lang);
  return Array.from({ length: rows.length }, (_, i) => rows.row(i, new Float64Array(LINE_FEATURES.length)));
}

/**
 * The feature rows of a page's lines, stored once and assembled on demand: a line's own text features (up to
 * 'repeated-on-page') once per distinct line in one flat array with an index per line, its place on the page and the
 * means over its neighbours computed when its row is asked for (the same arithmetic in the same order: the same
 * values). A row of 63 float64 per line held 168 MB (and a view per line 30 MB more) on a page of 333,000
 * one-character lines, the largest part of the hostile folder's peak RSS (bench:hostile).
 */
export function pageFeatureRows(units: LineUnit[], lang: string): LineFeatureRows {
  const stop = stopwordsOf(lang);
  const n = units.length;
  const index = (name: string) => OWN_FEATURES.indexOf(name as typeof OWN_FEATURES[number]);
  const placeFrom = index('repeated-on-page');
  // A line repeated on the page (a menu item, `Reply`) looks the same each time: its own features, topic words and
  // length are those of its first occurrence, stored once (a page of 333,000 lines of `a`, bench:hostile).
  // One Map of the page's texts, looked up once per line (a Map counting them and another finding their first line
  // were two thirds of the features' time on a page of 166,000 distinct short lines, bench:hostile).
  const rowOf = new Int32Array(n);
  const firstOf: number[] = []; // the first line of each distinct row
  const textFirstOf: number[] = []; // the first line of the same text as each distinct row's
  // The texts numbered by TextIds (text-ids.ts), not looked up in a Map (about 0.6 µs a new text on a page of 166,000
  // distinct short lines, bench:hostile); firstLineOf[t]: the first line of text t.
  const textIds = new TextIds(n);
  const firstLineOf = new Int32Array(n);
  const linesWithText = new Int32Array(n); // at the first line of each text: how many lines have that text
  for (let i = 0; i < n; i++) {
    const u = units[i];
    const known = textIds.size;
    const t = textIds.id(u.text);
    const first = t < known ? firstLineOf[t] : undefined;
    if (first === undefined) firstLineOf[t] = i;
    linesWithText[first ?? i]++;
    const same = first !== undefined && units[first].linkShare === u.linkShare && units[first].heading === u.heading && units[first].listItem === u.listItem;
    if (same) rowOf[i] = rowOf[first];
    else { rowOf[i] = firstOf.length; firstOf.push(i); textFirstOf.push(first ?? i); }
  }
  // Stored once per distinct row of values: a distinct line whose own features equal the last row stored (`aaa1` after
  // `aaa0`) is given that row (ownOf), so a run of like lines reads one row (bench:hostile's distinct-short-lines).
  // Grown by doubling as rows are stored, not allocated for every distinct line: at that size it was 50 MB on a page of
  // 166,000 distinct short lines that store 9,072 rows, and memory that large outside the heap makes the engine collect
  // its heap (with the TextIds above, the features took 0.75× the time on that page, bench:hostile).
  let own = new Float64Array(Math.min(firstOf.length, 256) * placeFrom);
  const ownOf = new Int32Array(firstOf.length);
  let stored = 0;
  // Each distinct line's topic words, one after another in one array (a Set per line held 20 MB on a page of 163,000
  // distinct short lines): those of distinct line d are topicWords[topicFrom[d]..topicFrom[d + 1]).
  // Each word stored as its number in the page's topic vocabulary (wordOf), so the counts below are arrays, not Maps.
  // A line's words are kept once each, in the order they first come (as a Set of them would): a word is skipped when
  // the line took it already (lastLineOf), which costs a number compared, not a Set per line (bench:hostile).
  const topicWords: number[] = [], topicFrom = new Int32Array(firstOf.length + 1);
  const wordOf = new TextIds();
  const lastLineOf: number[] = []; // per word: the last distinct line that took it
  const lengthOf = new Float64Array(firstOf.length), repeatedOf = new Float64Array(firstOf.length);
  const scratch = new Float64Array(placeFrom);
  for (let d = 0; d < firstOf.length; d++) {
    const u = units[firstOf[d]];
    // A new array per line, not one emptied (`length = 0` is a call into the runtime; an empty array that dies young costs less).
    const topic: string[] = [];
    lengthOf[d] = ownFeatures(u, stop, lang, topic, scratch);
    for (const w of topic) {
      const known = wordOf.size;
      const word = wordOf.id(w);
      if (word === known) lastLineOf.push(-1);
      if (lastLineOf[word] === d) continue;
      lastLineOf[word] = d;
      topicWords.push(word);
    }
    topicFrom[d + 1] = topicWords.length;
    if (sameAsRow(own, stored - 1, scratch)) ownOf[d] = stored - 1;
    else {
      if ((stored + 1) * placeFrom > own.length) {
        const grown = new Float64Array(Math.min(firstOf.length, 2 * stored) * placeFrom);
        grown.set(own);
        own = grown;
      }
      for (let c = 0, to = stored * placeFrom; c < placeFrom; c++) own[to + c] = scratch[c];
      ownOf[d] = stored++;
    }
    repeatedOf[d] = +(linesWithText[textFirstOf[d]] > 1);
  }
  const ownRow = new Int32Array(n); // per line, its row in `own`
  for (let i = 0; i < n; i++) ownRow[i] = ownOf[rowOf[i]];
  const length = (i: number) => lengthOf[rowOf[i]];
  let maxLength = 1;
  for (let i = 0; i < n; i++) maxLength = Math.max(maxLength, length(i)); // not Math.max(...): a page of 300,000 lines overflows the stack
  const endColumn = index('sentence-end'), stopColumn = index('stopword-density');
  const ownValue = (i: number, column: number) => own[ownRow[i] * placeFrom + column];
  const proseLengths = new Float64Array(n); // filled in a loop: an array made by map with a closure per line (bench:hostile)
  for (let i = 0; i < n; i++) {
    const proseLike = !units[i].ruled && length(i) >= CORE_MIN_LENGTH && (ownValue(i, endColumn) === 1 || ownValue(i, stopColumn) >= CORE_MIN_STOPWORDS);
    proseLengths[i] = proseLike ? length(i) : 0;
  }
  const [coreStart, coreEnd] = articleCore(proseLengths);
  let unruled = 0;
  for (let i = 0; i < n; i++) if (!units[i].ruled) unruled++;
  const unruledLengths = new Float64Array(unruled);
  for (let i = 0, k = 0; i < n; i++) if (!units[i].ruled) unruledLengths[k++] = length(i);
  const medianLength = median(unruledLengths);
  const inCore = (i: number) => i >= coreStart && i <= coreEnd;
  // Where a line sits against the core: credits, prompts and bios sit at its edges, a line or two inside or outside.
  const charsBefore = new Float64Array(n + 1); // charsBefore[i]: length of lines 0..i−1
  for (let i = 0; i < n; i++) charsBefore[i + 1] = charsBefore[i] + length(i);
  const coreShare = charsBefore[n] ? (charsBefore[coreEnd + 1] - charsBefore[coreStart]) / charsBefore[n] : 0;
  // Lexical cohesion (as in TextTiling): article paragraphs share topic words with the rest of the article, while an
  // author bio, a newsletter pitch or a teaser for another story brings its own. Counted in lines, each line once.
  const coreLines = new Int32Array(wordOf.size), pageLines = new Int32Array(wordOf.size);
  for (let i = 0; i < n; i++) {
    if (units[i].ruled) continue;
    for (let t = topicFrom[rowOf[i]]; t < topicFrom[rowOf[i] + 1]; t++) {
      const w = topicWords[t];
      pageLines[w]++;
      if (inCore(i)) coreLines[w]++;
    }
  }
  /** Share of line i's topic words found on other lines counted in `lines` (0 for a line without topic words). */
  const cohesion = (i: number, lines: Int32Array, counted: boolean) => {
    const from = topicFrom[rowOf[i]], to = topicFrom[rowOf[i] + 1];
    if (from === to) return 0;
    let shared = 0;
    for (let t = from; t < to; t++) if (lines[topicWords[t]] > (counted ? 1 : 0)) shared++;
    return shared / (to - from);
  };
  const coreCohesion = new Float64Array(n), pageCohesion = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    coreCohesion[i] = cohesion(i, coreLines, !units[i].ruled && inCore(i));
    pageCohesion[i] = cohesion(i, pageLines, !units[i].ruled);
  }
  const contextColumns = Int32Array.from(CONTEXT_OF, index);
  if (contextColumns.some((c) => c < 0 || c >= placeFrom)) throw new Error('line-features.ts: CONTEXT_OF may only name a line\'s own text features (before repeated-on-page)');
  const isProse = (i: number) => !units[i].ruled && length(i) >= PROSE_LENGTH && ownValue(i, endColumn) === 1;
  // Nearest long prose line before and after, as a decaying closeness (1 next door, 0 far away or none).
  const prevProse = new Float64Array(n), nextProse = new Float64Array(n);
  for (let i = 0, last = -Infinity; i < n; i++) { prevProse[i] = 1 / (1 + (i - last)); if (isProse(i)) last = i; }
  for (let i = n - 1, last = Infinity; i >= 0; i--) { nextProse[i] = 1 / (1 + (last - i)); if (isProse(i)) last = i; }
  const ruled = new Float64Array(n); // filled in a loop: Float64Array.from with a map function is several times slower
  for (let i = 0; i < n; i++) ruled[i] = +units[i].ruled;

  // Sums of each context column over the NEAR and the WIDE neighbours of a line (itself left out), then of `ruled`:
  // one walk over the window for all of them, each summed in line order as a walk per mean would.
  const sums = new Float64Array(2 * (contextColumns.length + 1));
  const ruledSum = 2 * contextColumns.length;
  // The means of the last line whose means were summed: a line whose window holds the same rows and `ruled` in the same
  // places (inside a run of like lines) has the same sums of the same values, so the same means.
  const means = new Float64Array(sums.length);
  let meansOf = -1;
  const sameWindow = (i: number, l: number) => {
    const from = Math.max(0, i - WIDE) - i, to = Math.min(n - 1, i + WIDE) - i;
    if (l < 0 || from !== Math.max(0, l - WIDE) - l || to !== Math.min(n - 1, l + WIDE) - l) return false;
    for (let o = from; o <= to; o++) if (o !== 0 && (ownRow[i + o] !== ownRow[l + o] || ruled[i + o] !== ruled[l + o])) return false;
    return true;
  };
  const row = (i: number, out: Float64Array, upTo = LINE_FEATURES.length) => {
    const u = units[i];
    for (let c = 0, from = ownRow[i] * placeFrom; c < placeFrom; c++) out[c] = own[from + c]; // not set(subarray): a view per row
    let k = placeFrom;
    out[k++] = repeatedOf[rowOf[i]]; out[k++] = +(i < n / 10); out[k++] = +(i >= n * 0.8); out[k++] = n > 1 ? i / (n - 1) : 0;
    out[k++] = +(u.groupSize === 1); out[k++] = Math.log1p(u.groupSize) / 5;
    out[k++] = +inCore(i); out[k++] = i < coreStart ? Math.log1p(coreStart - i) / 4 : 0; out[k++] = i > coreEnd ? Math.log1p(i - coreEnd) / 4 : 0;
    out[k++] = length(i) / maxLength; out[k++] = Math.max(-3, Math.min(3, Math.log((length(i) + 1) / (medianLength + 1)))) / 3;
    out[k++] = coreCohesion[i]; out[k++] = pageCohesion[i];
    out[k++] = inCore(i) ? 1 / (1 + Math.min(i - coreStart, coreEnd - i)) : 0; // 1 on the core's first and last line
    out[k++] = Math.log1p(i < coreStart ? charsBefore[coreStart] - charsBefore[i + 1] : i > coreEnd ? charsBefore[i] - charsBefore[coreEnd + 1] : 0) / 8;
    out[k++] = coreShare;
    if (upTo <= k) return out;
    if (!sameWindow(i, meansOf)) {
      sums.fill(0);
      let near = 0, wide = 0;
      for (let j = Math.max(0, i - WIDE); j <= Math.min(n - 1, i + WIDE); j++) {
        if (j === i) continue;
        const isNear = Math.abs(j - i) <= NEAR, from = ownRow[j] * placeFrom;
        wide++;
        if (isNear) near++;
        for (let c = 0; c < contextColumns.length; c++) {
          const v = own[from + contextColumns[c]];
          if (isNear) sums[2 * c] += v;
          sums[2 * c + 1] += v;
        }
        if (isNear) sums[ruledSum] += ruled[j];
        sums[ruledSum + 1] += ruled[j];
      }
      // Means: near and wide of each context column, then of `ruled` (0 on a page of one line).
      for (let s = 0; s < sums.length; s += 2) { means[s] = near ? sums[s] / near : 0; means[s + 1] = wide ? sums[s + 1] / wide : 0; }
      meansOf = i;
    }
    for (let s = 0; s < means.length; s++) out[k++] = means[s];
    out[k++] = prevProse[i];
    out[k++] = nextProse[i];
    return out;
  };
  return { length: n, row };
}
