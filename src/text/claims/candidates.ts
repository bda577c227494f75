// Which quantities the quantity grammar found are not claims: numbers that name or point rather than state an amount.
// The grammar already leaves out dates, clock times, phone numbers, versions and model names; these rules catch what
// only the words around a number tell: law and reference numbers (`§ 315`, `Art. 5`, `n° 58`, `Decreto 34/11`), numbers
// inside web addresses, slash pairs (ratings `4/5`, seasons `2020/21`, file numbers `188/011`), list markers (`4- `),
// names with a number (`iPhone 8`, `Mate 30`), days next to a month name, and long identifiers. Each rule is a named
// function of (paragraph text, quantity) so it can be read and tested alone.
import type { EntityMention, Quantity } from '../../types.ts';
import { rememberRecent } from '../recent.ts';

/** Characters before a number searched for a reference marker (`§`, `Abs.`, `n°`): the marker and a space or two. */
const REFERENCE_WINDOW = 12;
/** Characters around a number searched for a month name that makes it a day (`14 Gennaio`, `June 13`). */
const MONTH_WINDOW = 16;
/** Bare digit runs this long with no separator are identifiers (status ids, order numbers), not amounts. */
const MIN_IDENTIFIER_DIGITS = 9;
/** Characters either side of a number searched for the parentheses of a list of numbers. */
const NUMBER_LIST_WINDOW = 40;
/** Hour words right after a number (`14时`, `8點`, `18 Uhr`); not durations (`小时`, `時間`). */
const CLOCK_AFTER = /^(?:\s?(?:Uhr|h\b)|[时時点點](?![间間]))/u;
/** Japanese writes the hour with 時 only: `6点` counts points or items there (`6点を取った`, `3点セット`). */
const CLOCK_AFTER_JA = /^(?:\s?(?:Uhr|h\b)|時(?!間))/u;
/** Characters after (or before) a number searched for the words of a relative time (`days ago`, `vor`, `天前`). */
const RELATIVE_WINDOW = 16;
const RELATIVE_AFTER = /^\s?(?:(?:[\p{L}]+\s+)?(?:ago|fa|temu|назад|önce)(?![\p{L}])|[天日年月周週个個小时時間分钟鐘秒]{0,3}前)/u;
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(?:vor|il y a|hace|há|cerca de há)\s*$/iu;
/** The quantity grammar's canonical units of time. */
export const TIME_UNITS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);
/**
 * The units of time a relative time counts back in (de, fr, es, pt): TIME_UNITS, or one written after the number;
 * `vor`, `il y a`, `há` also mean `in front of` and `there are` (`vor 300 Zuschauern`, `il y a 600 personnes`), which
 * count people, not time.
 */
const TIME_UNIT_AFTER = /^\s?(?:\p{Ll}+\s)?(?:Sekunden?|Minuten?|Stunden?|Tag(?:e|en)?|Wochen?|Monat(?:e|en)?|Jahr(?:e|en)?|Jahrzehnten?|Jahrhunderten?|secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?|siècles?|segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|mês|años?|anos?|siglos?|séculos?|décadas?)(?![\p{L}])/iu;
/** Score marks between two bare numbers (`90對89`, `2:1`); the clock-time rules of the grammar take `18:30` first. */
const SCORE_AFTER = /^\s?[:：対對对比]\s?\d/u;
const SCORE_BEFORE = /\d\s?[:：対對对比]\s?$/u;
/** The largest number that can be a day of the month. */
const MAX_DAY = 31;

/** Markers that make the number after them a reference: sections, articles, paragraphs, numbers of laws, decrees, items. */
const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:§§?|\bArt(?:ikel|icle|ículo|icolo|igo)?\.?|\bAbs(?:atz|\.)|\bSatz|\bNr\.?|\bNo\.|\bN[°ºo]\.?|\bn[°º]|\bnº|\bnúm(?:ero)?\.?|\bnr\.?|\bKap(?:itel|\.)|\bZiff(?:er|\.)|\bLit\.|\bRn\.?|\bRz\.?|` +
  String.raw`\b(?:Gesetz|Verordnung|Law|Act|Bill|Loi|Ley|Legge|Lei|Decreto|Décret|Decree|Resoluci[oó]n|Résolution|Resolution|Ordinance|Ordonnance|Circular|Oficio|Expediente|Dossier|Page|Seite|página|pagina|p\.|S\.|pp\.)|` +
  String.raw`\b(?:Kapitel|Chapter|Chapitre|Capítulo|Capitolo|Folge|Episode|Staffel|Season|Saison|Temporada|Band|Vol\.|Volume|Tome|Heft|Ausgabe|Issue|Edition|Platz|Rang|Position)|第|` +
  // Levels and stages a number labels (`tier 3`, `Phase 2`, `Stufe 4`, `fase 1`): a name of the level, not an amount.
  String.raw`(?<![\p{L}])(?:tier|level|phase|stage|grade|Stufe|Warnstufe|Alarmstufe|Pflegegrad|niveau|palier|nivel|fase|etapa|livello|fascia|nível|poziom|faza|etap|stopień|уровень|этап|фаза))\s*$`,
  'iu',
);
/** A number between two slashes or joined to another by one: `4/5`, `2020/21`, `188/011`, `34/11`. */
const SLASH_PAIR_AFTER = /^\/\d/;
const SLASH_PAIR_BEFORE = /\d\/$/;
/** A web address or e-mail the number sits inside: no space between it and a `://`, `www.`, `@` or a path. */
const URL_LIKE = /(?:https?:\/\/|www\.|\.(?:com|org|net|de|fr|es|it|pl|pt|br|cn|jp|ru|uk|gov|edu)\b|@|\/)/iu;
/** A list marker at the start of a paragraph or line: `4- `, `2) `, `3. ` followed by a word. */
const WHITE_SPACE = /\s/;
const LIST_MARKER_AFTER = /^\s*[-–.)]\s+\p{L}/u;
/**
 * A capitalised word (or one with an inner capital: `iPhone`) right before a bare number names a product or a thing.
 * Its letters are of a cased script: kana or Han glued to a name (`Vineは６秒`) are a particle or another word.
 */
const NAME_BEFORE = /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])((?:\p{Lu}|\p{Ll}+\p{Lu})[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}]*)\s?$/u;
/** Digits, ASCII or full-width: names carry their number in digits (`iPhone 15`, `Mate 30`), never in words (`Kim sechs Opern`). */
const WRITTEN_IN_DIGITS = /[0-9０-９]/u;
/** Function words that may stand capitalised at a sentence start before a number (`Über 500`, `Nearly 40`). */
const CAPITALISED_BEFORE_AMOUNT = /^(?:über|unter|rund|fast|knapp|mehr|weniger|etwa|circa|ca|nur|noch|bis|von|mit|für|um|nearly|almost|about|over|under|some|around|only|more|less|up|at|by|from|with|in|to|of|and|or|the|all|for|plus|environ|près|plus|moins|seulement|avec|pour|sur|de|et|casi|más|menos|unos|unas|cerca|con|para|por|sobre|y|quasi|circa|oltre|meno|più|solo|con|per|su|e|quase|cerca|mais|menos|apenas|com|para|por|sobre|około|ponad|prawie|blisko|tylko|z|w|i|около|почти|более|менее|свыше|только|с|в|и|на|по)$/iu;
/** Month names of the languages the grammar's date rules do not cover (it, pt, pl, nl, tr, sv), and English/German/French/Spanish short ones. */
const MONTH_NAMES = /(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|janeiro|fevereiro|março|abril|maio|junho|julho|setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|januari|februari|maart|mei|juni|juli|augustus|oktober|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|décembre|enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)/iu;

const isBare = (q: Quantity) => q.kind === 'number' && q.unit === null;
const isSmallInteger = (q: Quantity, max: number) => Number.isInteger(q.value) && q.value >= 0 && q.value <= max;

/**
 * Which code units can take part in a rule's words: every rule below but the identifier, slash, score, address and
 * number-list rules needs a word near the number (a letter, `§`, a Han or Hangul character), and none is made of ASCII
 * digits, ASCII punctuation or white space alone. So a number whose window holds none of the other code units is skipped
 * by those rules without slicing the window or trying a pattern on it (each of 500,000 numbers of 1 MB of `1 1 1 …`
 * tried fourteen rules, most of the claims stage's time, bench:hostile). The class is wide on purpose: every non-ASCII
 * code unit but a few spaces counts (marks, non-ASCII digits, symbols, surrogate halves), so a gate only ever skips a
 * rule whose pattern cannot match.
 */
const MAY_BE_WORD = (() => {
  const table = new Uint8Array(0x10000).fill(1);
  for (let c = 0; c < 0x80; c++) table[c] = /[A-Za-z]/.test(String.fromCharCode(c)) ? 1 : 0;
  // Spaces of Unicode (in JavaScript's \s): no pattern needs one as its word.
  for (const c of [0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) table[c] = 0;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = 0;
  return table;
})();

/** A paragraph's counts of MAY_BE_WORD code units before each position, and its brackets: built once, asked per number. */
type Neighbourhood = { text: string; words: Int32Array; opens: number[] | null; closes: number[] | null };
let neighbourhoodOf: Neighbourhood | null = null;

/** The paragraph's neighbourhood, kept while the numbers of one paragraph are tested (they come one paragraph at a time). */
function neighbourhood(text: string): Neighbourhood {
  if (neighbourhoodOf !== null && neighbourhoodOf.text === text) {
    // An equal copy compares character by character at each call: keep the string asked with (see modelNumbers).
    neighbourhoodOf.text = text;
    return neighbourhoodOf;
  }
  const words = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    n += MAY_BE_WORD[text.charCodeAt(i)];
    words[i + 1] = n;
  }
  neighbourhoodOf = { text, words, opens: null, closes: null };
  return neighbourhoodOf;
}

/** Whether text[from, to) (clamped to the text) holds a code unit that may be part of a word: the gate of the word rules. */
export function mayHoldWord(text: string, from: number, to: number): boolean {
  const { words } = neighbourhood(text);
  const a = Math.max(0, Math.min(from, text.length));
  const b = Math.max(a, Math.min(to, text.length));
  return words[b] - words[a] > 0;
}

/** Whether the code unit at i (in the text) may be part of a word. */
const mayBeWordAt = (text: string, i: number) => i >= 0 && i < text.length && MAY_BE_WORD[text.charCodeAt(i)] === 1;

/** Positions of a character in a text, ascending. */
function positionsOf(text: string, char: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) out.push(i);
  return out;
}

/** Index of the first position >= at in an ascending list (its length when none). */
function firstAtOrAfter(positions: readonly number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every marker of REFERENCE_BEFORE holds a letter or `§`: a window without one is no reference, found without trying the
 * long pattern at each of its characters (half the claims stage's time on 1 MB of `1 1 1 …`, bench:hostile).
 */
const REFERENCE_MARKER_CHAR = /[\p{L}§]/u;
/** Distinct last tokens before a number whose REFERENCE_BEFORE answer is remembered (a few pages' worth, about 50 bytes each). */
const REFERENCE_TOKEN_MEMO = 4096;

/** `§ 315`, `Art. 5`, `loi n°58`, `Resolución 188`, `page 12`: the number points to something. */
export function isReferenceNumber(text: string, q: Quantity): boolean {
  if (q.kind === 'money' || q.kind === 'percent') return false;
  if (!mayHoldWord(text, q.start - REFERENCE_WINDOW, q.start)) return false;
  const before = text.slice(Math.max(0, q.start - REFERENCE_WINDOW), q.start);
  if (!REFERENCE_MARKER_CHAR.test(before)) return false;
  // A marker holds no white space and only white space follows it: it lies in the window's last token, and the pattern
  // is tried there alone (what stands before that token, white space or the window's start, is no letter and no \w for
  // the pattern's \b and look-behind either way).
  let end = before.length;
  while (end > 0 && isWhiteSpaceAt(before, end - 1)) end--;
  let start = end;
  while (start > 0 && !isWhiteSpaceAt(before, start - 1)) start--;
  return endsInReferenceMarker(start === 0 && end === before.length ? before : before.slice(start, end));
}

/**
 * REFERENCE_BEFORE's answer for the last token before a number, remembered: the pattern is stateless (no g or y flag), and
 * the tokens before numbers are mostly the same few words of a language (`rund`, `über`, `the`), each of which the
 * pattern's many case-insensitive alternatives were tried on anew.
 */
const endsInReferenceMarker = rememberRecent(REFERENCE_TOKEN_MEMO, (token: string) => REFERENCE_BEFORE.test(token));

/** JavaScript's \s (white space and line terminators, WHITE_SPACE) at `i`, by code unit. */
const isWhiteSpaceAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && WHITE_SPACE.test(text[i]));
};

/**
 * Characters either side of a number looked at for the web address around it. Addresses in running text are far
 * shorter; the bound keeps a paragraph without spaces (Chinese, Japanese) from being read whole for every number in it,
 * which made the claims stage quadratic (bench:hostile, 1 MB of `约五千万美元。`).
 */
const MAX_ADDRESS_SIDE_CHARS = 256;
/** What ends an address token: white space, and the scripts and punctuation of unspaced text that a raw URL does not hold. */
const ADDRESS_BREAK = /[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff0f]/u;

/** ADDRESS_BREAK's answer for each code unit, asked once per code unit (the rule tests one code unit at a time). */
const ADDRESS_BREAK_OF = new Uint8Array(0x10000);
function isAddressBreak(code: number): boolean {
  if (ADDRESS_BREAK_OF[code] === 0) ADDRESS_BREAK_OF[code] = ADDRESS_BREAK.test(String.fromCharCode(code)) ? 2 : 1;
  return ADDRESS_BREAK_OF[code] === 2;
}

/** A number inside a web address or e-mail (`/status/1522…`, `dx.doi.org/10.1016/…`, `media.php/9/`). */
export function isInWebAddress(text: string, q: Quantity): boolean {
  let from = q.start;
  while (from > 0 && q.start - from < MAX_ADDRESS_SIDE_CHARS && !isAddressBreak(text.charCodeAt(from - 1))) from--;
  let to = q.end;
  while (to < text.length && to - q.end < MAX_ADDRESS_SIDE_CHARS && !isAddressBreak(text.charCodeAt(to))) to++;
  // A token no longer than the number and one more character is no address (a number between spaces, most often).
  if (to - from <= q.end - q.start + 1) return false;
  const token = text.slice(from, to);
  return token.length > q.end - q.start + 1 && URL_LIKE.test(token.replace(/[.,;:!?)]+$/, ''));
}

/** `4/5` stars, season `2020/21`, file number `34/11`: either side of a slash joined to another number. */
export function isSlashPair(text: string, q: Quantity): boolean {
  // Both patterns hold the slash next to the number: most numbers have none there, and no window is sliced for them.
  if (!isBare(q) || (text[q.end] !== '/' && text[q.start - 1] !== '/')) return false;
  return SLASH_PAIR_AFTER.test(text.slice(q.end, q.end + 2)) || SLASH_PAIR_BEFORE.test(text.slice(Math.max(0, q.start - 2), q.start));
}

/** `4- activer …`, `2) …` at the start of a paragraph: an item number. */
export function isListMarker(text: string, q: Quantity): boolean {
  return isBare(q) && mayHoldWord(text, q.end, q.end + 4) && onlySpaceSinceLineStart(text, q.start) && LIST_MARKER_AFTER.test(text.slice(q.end, q.end + 4));
}

/**
 * Only white space between the start of `pos`'s line (or of the text) and `pos`: read backwards, so that it stops at
 * the first other character (a line of n numbers would otherwise cost n² to check).
 */
function onlySpaceSinceLineStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (!WHITE_SPACE.test(c)) return false;
  }
  return true;
}

/** `iPhone 8`, `Mate 30`, `Windows 11`: a bare number right after a capitalised word that is not a sentence's first word. */
export function isNameWithNumber(text: string, q: Quantity): boolean {
  if (!isBare(q) || !WRITTEN_IN_DIGITS.test(q.text)) return false;
  // NAME_BEFORE ends with a letter (or mark) and at most one space: the code unit there must be able to be one.
  const last = WHITE_SPACE.test(text[q.start - 1] ?? '') ? q.start - 2 : q.start - 1;
  if (!mayBeWordAt(text, last)) return false;
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, q.start - 30), q.start))?.[1];
  if (!name || CAPITALISED_BEFORE_AMOUNT.test(name) || isTimeNoun(name)) return false;
  const before = text.slice(0, q.start - (q.start - text.slice(0, q.start).trimEnd().length) - name.length).trimEnd();
  // A capitalised first word of a sentence is not evidence of a name (`Insgesamt 40 …`, `Nearly 40 …`).
  return before.length > 0 && !/[.!?:;"“„«]$/u.test(before);
}

/**
 * Names of months and seasons, which languages capitalise (all in German, months in English) but which name a time,
 * never a product with a number (`im Mai 450 Räder`, `Sommer 300 Gäste`): the number after one is a day
 * (isDayOfMonth), a year (isYearRankOrDate) or an amount. Not weekdays: a number after one is mostly the first hour of
 * opening times (`Freitag 10 – 18 Uhr`), which the name rule keeps out.
 */
const TIME_NOUN = new RegExp(`^(?:${MONTH_NAMES.source.slice(3, -1)}|may|mayıs|${[
  'frühling', 'frühjahr', 'sommer', 'herbst', 'winter', 'spring', 'summer', 'autumn', 'fall',
].join('|')})$`, 'iu');
const isTimeNoun = (word: string) => TIME_NOUN.test(word);

const MONTH_AFTER = new RegExp(`^\\s*(?:de\\s+)?${MONTH_NAMES.source}(?![\\p{L}])`, 'iu');
const MONTH_BEFORE = new RegExp(`${MONTH_NAMES.source}\\.?\\s+(?:\\d{1,2}\\s*(?:to|-|–|bis|au|al|a)\\s*)?$`, 'iu');

/** `14 Gennaio`, `May 3 to 9`, `11 de novembro`: a day of the month, in languages the grammar's date rules miss. */
export function isDayOfMonth(text: string, q: Quantity): boolean {
  if (!isBare(q) || !isSmallInteger(q, MAX_DAY)) return false;
  return (mayHoldWord(text, q.end, q.end + MONTH_WINDOW) && MONTH_AFTER.test(text.slice(q.end, q.end + MONTH_WINDOW)))
    || (mayHoldWord(text, q.start - MONTH_WINDOW, q.start) && MONTH_BEFORE.test(text.slice(Math.max(0, q.start - MONTH_WINDOW), q.start)));
}

/** `14时`, `8点`, `18 Uhr`, `6 h 30`: an hour of the day (the grammar's clock rules need minutes or 時). */
export function isClockTime(text: string, q: Quantity, lang = ''): boolean {
  // Both patterns have their hour word within two code units of the number.
  return isBare(q) && isSmallInteger(q, 24) && mayHoldWord(text, q.end, q.end + 2) && (lang === 'ja' ? CLOCK_AFTER_JA : CLOCK_AFTER).test(text.slice(q.end, q.end + 6));
}

/** `(115.395, 2.79, 2.47%)`: numbers in a parenthesis with no word, a ticker or table cell rather than a statement. */
export function isInNumberList(text: string, q: Quantity): boolean {
  // The paragraph's parentheses are listed once and searched by halves: a paragraph with no parenthesis must not be
  // read whole, or even a window of it sliced, for every number in it.
  const around = neighbourhood(text);
  const opens = (around.opens ??= positionsOf(text, '('));
  const closes = (around.closes ??= positionsOf(text, ')'));
  // The last `(` at or before the number's start, within the window; the first `)` from its end, within the window.
  const o = firstAtOrAfter(opens, q.start + 1) - 1;
  if (o < 0 || opens[o] < q.start - NUMBER_LIST_WINDOW) return false;
  const open = opens[o];
  const c = firstAtOrAfter(closes, q.end);
  if (c === closes.length || closes[c] > q.end + NUMBER_LIST_WINDOW) return false;
  const close = closes[c];
  const inside = text.slice(open + 1, close);
  return !/[()]/.test(inside) && !/\p{L}/u.test(inside) && /\d[,;]\s+[-+]?\d/.test(inside);
}

/** `10分の1`, `三分之一`: either number of a CJK fraction (a proportion, not an amount). */
export function isFraction(text: string, q: Quantity): boolean {
  // A percentage is a proportion stated as a value (`80%分の水`: 80 percent's worth of the water).
  if (q.kind === 'percent') return false;
  if (!mayHoldWord(text, q.start - 3, q.start) && !mayHoldWord(text, q.end, q.end + 3)) return false;
  return /(?:分の|分之)\s*$/u.test(text.slice(Math.max(0, q.start - 3), q.start)) || /^\s*(?:分の|分之)/u.test(text.slice(q.end, q.end + 3));
}

/** `vor 3 Tagen`, `11 days ago`, `3天前`, `hace 2 años`: a point in time counted back from now, not an amount. */
export function isRelativeTime(text: string, q: Quantity): boolean {
  if (q.kind === 'money' || q.kind === 'percent') return false;
  if (mayHoldWord(text, q.end, q.end + RELATIVE_WINDOW) && RELATIVE_AFTER.test(text.slice(q.end, q.end + RELATIVE_WINDOW))) return true;
  if (!mayHoldWord(text, q.start - RELATIVE_WINDOW, q.start) || !RELATIVE_BEFORE.test(text.slice(Math.max(0, q.start - RELATIVE_WINDOW), q.start))) return false;
  // The grammar reads the unit into the quantity (`20 años`, unit years) or leaves it after it.
  return TIME_UNITS.has(q.unit ?? '') || TIME_UNIT_AFTER.test(text.slice(q.end, q.end + RELATIVE_WINDOW));
}

/** A hyphen or dash joining two small integers (`7-2`, `10–2`). */
const DASHED_AFTER = /^[-–](\d{1,2})(?![\d.,]?\d)/u;
const DASHED_BEFORE = /(?<![\d.,])(\d{1,2})[-–]$/u;

/**
 * `90對89`, `2:1`, `3対2`: a score or a vote tally written as two numbers, not one amount; so is a dashed pair whose
 * second number is the smaller (`ended 7-2`, `a 10-2 majority`), since a range ascends (`3-4 bears`).
 */
/** The marks of a score (SCORE_AFTER, SCORE_BEFORE) and of a dashed pair: each stands within two code units of the number. */
const SCORE_MARKS: ReadonlySet<string | undefined> = new Set([':', '：', '対', '對', '对', '比', '-', '–']);

export function isScore(text: string, q: Quantity): boolean {
  if (!isBare(q)) return false;
  if (!SCORE_MARKS.has(text[q.end]) && !SCORE_MARKS.has(text[q.end + 1]) && !SCORE_MARKS.has(text[q.start - 1]) && !SCORE_MARKS.has(text[q.start - 2])) return false;
  if (SCORE_AFTER.test(text.slice(q.end, q.end + 4)) || SCORE_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start))) return true;
  if (!Number.isInteger(q.value) || q.value > 99) return false;
  const after = DASHED_AFTER.exec(text.slice(q.end, q.end + 4));
  const before = DASHED_BEFORE.exec(text.slice(Math.max(0, q.start - 4), q.start));
  return (after !== null && Number(after[1]) < q.value) || (before !== null && Number(before[1]) > q.value);
}

/** A long digit run without separators (`1522266202730639361`, `2395361813834269`): an identifier. */
export function isIdentifier(q: Quantity): boolean {
  const digits = q.text.trim();
  // An amount is never written with a leading zero: `00960`, `007` are codes.
  return isBare(q) && /^\d+$/.test(digits) && (digits.length >= MIN_IDENTIFIER_DIGITS || /^0\d/.test(digits));
}

/** Range of whole numbers that name a calendar year when 年 / 년 follows them. */
const MIN_CALENDAR_YEAR = 1000;
const MAX_CALENDAR_YEAR = 2100;
/** 年 / 년 after a number, not as a duration (`6年間`, `6년간`, `以来`, `동안`). */
const CJK_YEAR_AFTER = /^\s?[年년](?![间間来來以간동])/u;
/** Rank words after a number: Japanese 位 (`96位`; a person counter only in Chinese), Korean 위 and 등 (`31위`, `1등`). */
const RANK_AFTER: Readonly<Record<string, RegExp>> = { ja: /^\s?位/u, ko: /^\s?(?:위|등)(?![\p{L}])|^\s?(?:위|등)(?=[까에의는은이가로도를])/u };
/** Korean dates: N월 names a month (`12월`), N일 after a month a day (`12월 31일`); `개월` counts months. */
const KOREAN_MONTH_AFTER = /^\s?월/u;
const KOREAN_DAY_AFTER = /^\s?일/u;
const KOREAN_MONTH_BEFORE = /월\s?$/u;
/** Turkish writes ordinals with a full stop before a lower-case word (`96. sırada`, `3. kez`). */
const TURKISH_ORDINAL_AFTER = /^\.\s+\p{Ll}/u;

/** Words for a decade before its two digits (`la década de los 90`, `negli anni 80`, `dans les années 60`, `nos anos 70`, `w latach 90`). */
const DECADE_BEFORE = /(?<![\p{L}])(?:década\s+de\s+(?:los\s+)?|anni\s+|années\s+|anos\s+|latach\s+|lat\s+|годах\s+|годы\s+)$/iu;
/** A decade's suffix after its digits (`the 90s`, `die 90er`, `90-х`, `90年代`). */
const DECADE_AFTER = /^(?:['’]?s(?![\p{L}])|er(?![\p{L}])|-?х(?![\p{L}])|年代)/u;

/** `the 90s`, `die 90er Jahre`, `la década de los 90`, `90年代`: a decade, a date. */
function isDecade(text: string, q: Quantity): boolean {
  if (!Number.isInteger(q.value) || q.value % 10 !== 0 || q.value > 2090) return false;
  return (mayHoldWord(text, q.end, q.end + 3) && DECADE_AFTER.test(text.slice(q.end, q.end + 3)))
    || (q.value < 100 && mayHoldWord(text, q.start - 20, q.start) && DECADE_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start)));
}

/**
 * `1340년까지`, `96位`, `31위`, `12월 31일`, `96. sırada`: a calendar year, a rank or a date written with the words of
 * Chinese, Japanese, Korean and Turkish that the grammar reads as bare numbers.
 */
export function isYearRankOrDate(text: string, q: Quantity, lang = ''): boolean {
  if (!isBare(q)) return false;
  if (isDecade(text, q)) return true;
  // Each pattern below holds a word (年, 位, 월, a Turkish word) in the four code units after the number.
  if (!mayHoldWord(text, q.end, q.end + 4)) return false;
  const after = text.slice(q.end, q.end + 4);
  if (/^\d+$/.test(q.text) && q.value >= MIN_CALENDAR_YEAR && q.value <= MAX_CALENDAR_YEAR && CJK_YEAR_AFTER.test(after)) return true;
  if (RANK_AFTER[lang]?.test(after)) return true;
  if (lang === 'ko') return KOREAN_MONTH_AFTER.test(after) || (KOREAN_DAY_AFTER.test(after) && KOREAN_MONTH_BEFORE.test(text.slice(Math.max(0, q.start - 3), q.start)));
  return lang === 'tr' && TURKISH_ORDINAL_AFTER.test(after);
}

/** Characters of a Han word taken before a number as a possible name (`麒麟990`, `骁龙865`). */
const HAN_NAME_CHARS = 2;
/**
 * A length in nanometres before a word for a manufacturing process names a semiconductor process node (`7纳米工艺`,
 * `7nm process`, `7-nm-Verfahren`, `5ナノプロセス`): the figure is the node's name, not a measured length.
 */
const PROCESS_NODE_AFTER = /^\s*-?\s*(?:nm|纳米|納米|ナノ(?:メートル)?|나노(?:미터)?|nanomet(?:er|re|ro)s?|нм|нанометр\p{L}*)\s*-?\s*(?:的|の)?\s*(?:工艺|工藝|制程|製程|プロセス|공정|(?:process(?:es|o|us)?|node|prozess|verfahren|fertigung|technolog\p{L}*|procédé|gravure|proceso|litograf\p{L}*|техпроцесс\p{L}*|процесс\p{L}*|технолог\p{L}*)(?![\p{L}]))/iu;
/** Characters after a number read for a process node's unit and process word. */
const PROCESS_NODE_WINDOW = 24;

/**
 * `7纳米工艺`, `a 5nm process`: a process node's name, not a length. The number may already carry the nanometres it is
 * hyphened to (`4-nm-Verfahren`), which the quantity grammar reads as its unit.
 */
export function isProcessNode(text: string, q: Quantity): boolean {
  return (q.unit === null || q.unit === 'nanometers') && mayHoldWord(text, q.end, q.end + PROCESS_NODE_WINDOW) && PROCESS_NODE_AFTER.test(text.slice(q.end, q.end + PROCESS_NODE_WINDOW));
}

/** Times a (word, number) pair must occur in an article before it is taken as a name (`麒麟990 … 麒麟990`). */
const MIN_NAME_REPEATS = 2;

/**
 * `麒麟990`, `Mate 30`, `A13`: a bare number glued to the word before it, repeated in the article, is a name. Amounts
 * are rarely restated with the same word right before them; names of products and series are.
 */
export function isRepeatedNameWithNumber(article: string, text: string, q: Quantity): boolean {
  if (q.kind !== 'number' && q.kind !== 'count') return false;
  const digits = /^\d[\d.,]*/.exec(q.text.trim())?.[0];
  if (!digits || !mayHoldWord(text, q.start - 20, q.start)) return false;
  const before = /(?:\p{Script=Han}{1,2}|[\p{Script=Latin}][\p{Script=Latin}\d-]*\s?)$/u.exec(text.slice(Math.max(0, q.start - 20), q.start))?.[0];
  if (!before || (/\s$/.test(before) && !/^\p{Lu}/u.test(before))) return false;
  const key = (/^\p{Script=Han}/u.test(before) ? before.slice(-HAN_NAME_CHARS) : before) + digits;
  let count = 0;
  for (let i = article.indexOf(key); i >= 0 && count < MIN_NAME_REPEATS; i = article.indexOf(key, i + key.length)) {
    if (!/\d/.test(article[i + key.length] ?? '')) count++;
  }
  return count >= MIN_NAME_REPEATS;
}

/** Fewest digits of a model number that the bare number alone refers to (`990`, not the `30` of `Mate 30`). */
const MIN_MODEL_NUMBER_DIGITS = 3;
/** A number of three digits or more, not part of a longer number. */
const MODEL_DIGITS = /(?<![\d.,])\d{3,}(?![\d.,]?\d)/gu;
/** Longest Latin word read back from a number for a model's name (`Exynos5100`): a longer run of letters is no name. */
const MAX_MODEL_WORD_CHARS = 24;
const HAN_CHAR = /\p{Script=Han}/u;
const LATIN_NAME_CHAR = /[A-Za-z-]/;

/**
 * The numbers of three digits or more in a text, each with the word glued before it: up to two Han characters, or a
 * Latin word without a space (`麒麟990`, `SM8250`), or '' (`这次的990` has Han text before it, kept as its word: the
 * caller decides). Found from the digits back, a bounded number of characters, so that a long run of letters without
 * digits costs one pass (a 15 MB line, bench:hostile).
 */
function* numbersWithWords(text: string): Generator<{ index: number; word: string; digits: string }> {
  for (const m of text.matchAll(MODEL_DIGITS)) {
    const at = m.index!;
    let from = at;
    if (HAN_CHAR.test(text[at - 1] ?? '')) {
      while (from > 0 && at - from < HAN_NAME_CHARS && HAN_CHAR.test(text[from - 1])) from--;
    } else {
      while (from > 0 && at - from <= MAX_MODEL_WORD_CHARS && LATIN_NAME_CHAR.test(text[from - 1])) from--;
      while (from < at && text[from] === '-') from++;
      if (at - from > MAX_MODEL_WORD_CHARS || (from > 0 && /[\p{L}\d]/u.test(text[from - 1]))) from = at; // part of a longer word: no name
    }
    yield { index: from, word: text.slice(from, at), digits: m[0] };
  }
}
let modelNumbersOf: { article: string; names: ReadonlyMap<string, string> } | null = null;

/** The name of a model as glued in text: the last Han characters of the word before the number, or the whole Latin word. */
const modelName = (word: string, digits: string) => (/\p{Script=Han}/u.test(word) ? word.slice(-HAN_NAME_CHARS) : word) + digits;

/**
 * The numbers of an article that name a model, each with the model's name: glued to the same word at least
 * MIN_NAME_REPEATS times (`麒麟990` twice: 990 → 麒麟990). One pass per article.
 */
function modelNumbers(article: string): ReadonlyMap<string, string> {
  if (modelNumbersOf?.article === article) {
    // The same text as another string (the next page a copy of this one) compares character by character, at every
    // paragraph and number: keep this string, which compares at once (a copy of a 1 MB page took 55 s, bench:hostile).
    modelNumbersOf.article = article;
    return modelNumbersOf.names;
  }
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  for (const { word, digits } of numbersWithWords(article)) {
    if (!word) continue;
    const name = modelName(word, digits);
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    if (n >= MIN_NAME_REPEATS && !names.has(digits)) names.set(digits, name);
  }
  modelNumbersOf = { article, names };
  return names;
}

/**
 * The models an article names by a number, as mentions of one paragraph that `taken` leaves free: each glued name
 * (`麒麟990`) and each bare number that stands for one (`这次的990`), with the model's name as canonical. Subjects of
 * the claims about them (`麒麟990成了首款晶体管数超过100亿的芯片`).
 */
export function modelMentions(article: string, text: string, paragraph: number, taken: readonly EntityMention[]): EntityMention[] {
  const names = modelNumbers(article);
  if (names.size === 0) return [];
  const out: EntityMention[] = [];
  // `taken` is in text order, as the matches are: one pointer keeps a paragraph of many numbers and names linear.
  let next = 0;
  for (const { index, word, digits } of numbersWithWords(text)) {
    const canonical = names.get(digits);
    if (!canonical) continue;
    const named = word !== '' && modelName(word, digits) === canonical;
    // Another Latin word glued to the digits is another name (`ABC990`); Han characters before them are the text's own.
    if (word && !named && !HAN_CHAR.test(word)) continue;
    const end = index + word.length + digits.length;
    const start = named ? index : end - digits.length;
    while (next < taken.length && taken[next].end <= start) next++;
    if (next < taken.length && taken[next].start < end) continue;
    out.push({ text: text.slice(start, end), canonical, type: 'product', paragraph, start, end });
  }
  return out;
}

/**
 * `这次的990采用了…` after `麒麟990 … 麒麟990`: a bare number of three digits or more that the article uses as a model's
 * name refers to the model, as the name does.
 */
export function isModelNumberAlone(article: string, q: Quantity): boolean {
  if (!isBare(q)) return false;
  const digits = q.text.trim();
  return /^\d+$/.test(digits) && digits.length >= MIN_MODEL_NUMBER_DIGITS && modelNumbers(article).has(digits);
}

/** The rules above, in the order they are cheapest to test. */
const NOT_A_CLAIM: ReadonlyArray<[string, (text: string, q: Quantity, lang: string) => boolean]> = [
  ['identifier', (_text, q) => isIdentifier(q)],
  ['slash pair', isSlashPair],
  ['reference number', isReferenceNumber],
  ['web address', isInWebAddress],
  ['list marker', isListMarker],
  ['name with number', isNameWithNumber],
  ['process node', isProcessNode],
  ['day of month', isDayOfMonth],
  ['clock time', isClockTime],
  ['year, rank or date', isYearRankOrDate],
  ['fraction', isFraction],
  ['relative time', isRelativeTime],
  ['score', isScore],
  ['list of numbers', isInNumberList],
];

/** Why a quantity is not a claim candidate (in a paragraph of that language), or null when it is one. */
export function notAClaimBecause(text: string, q: Quantity, lang = ''): string | null {
  for (const [reason, rule] of NOT_A_CLAIM) if (rule(text, q, lang)) return reason;
  return null;
}
