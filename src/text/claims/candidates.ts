// Which quantities the quantity grammar found are not claims: numbers that name or point rather than state an amount.
// The grammar already leaves out dates, clock times, phone numbers, versions and model names; these rules catch what
// only the words around a number tell: law and reference numbers (`§ 315`, `Art. 5`, `n° 58`, `Decreto 34/11`), numbers
// inside web addresses, slash pairs (ratings `4/5`, seasons `2020/21`, file numbers `188/011`), list markers (`4- `),
// names with a number (`iPhone 8`, `Mate 30`), days next to a month name, and long identifiers. Each rule is a named
// function of (paragraph text, quantity) so it can be read and tested alone.
import type { Quantity } from '../../types.ts';

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
/**
 * The units of time a relative time counts back in (de, fr, es, pt): `vor`, `il y a`, `há` also mean `in front of` and
 * `there are` (`vor 300 Zuschauern`, `il y a 600 personnes`), which count people, not time.
 */
const TIME_UNITS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);
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
  String.raw`\b(?:Kapitel|Chapter|Chapitre|Capítulo|Capitolo|Folge|Episode|Staffel|Season|Saison|Temporada|Band|Vol\.|Volume|Tome|Heft|Ausgabe|Issue|Edition|Platz|Rang|Position)|第)\s*$`,
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
 * Every marker of REFERENCE_BEFORE holds a letter or `§`: a window without one is no reference, found without trying the
 * long pattern at each of its characters (half the claims stage's time on 1 MB of `1 1 1 …`, bench:hostile).
 */
const REFERENCE_MARKER_CHAR = /[\p{L}§]/u;

/** `§ 315`, `Art. 5`, `loi n°58`, `Resolución 188`, `page 12`: the number points to something. */
export function isReferenceNumber(text: string, q: Quantity): boolean {
  if (q.kind === 'money' || q.kind === 'percent') return false;
  const before = text.slice(Math.max(0, q.start - REFERENCE_WINDOW), q.start);
  return REFERENCE_MARKER_CHAR.test(before) && REFERENCE_BEFORE.test(before);
}

/**
 * Characters either side of a number looked at for the web address around it. Addresses in running text are far
 * shorter; the bound keeps a paragraph without spaces (Chinese, Japanese) from being read whole for every number in it,
 * which made the claims stage quadratic (bench:hostile, 1 MB of `约五千万美元。`).
 */
const MAX_ADDRESS_SIDE_CHARS = 256;
/** What ends an address token: white space, and the scripts and punctuation of unspaced text that a raw URL does not hold. */
const ADDRESS_BREAK = /[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff0f]/u;

/** A number inside a web address or e-mail (`/status/1522…`, `dx.doi.org/10.1016/…`, `media.php/9/`). */
export function isInWebAddress(text: string, q: Quantity): boolean {
  let from = q.start;
  while (from > 0 && q.start - from < MAX_ADDRESS_SIDE_CHARS && !ADDRESS_BREAK.test(text[from - 1])) from--;
  let to = q.end;
  while (to < text.length && to - q.end < MAX_ADDRESS_SIDE_CHARS && !ADDRESS_BREAK.test(text[to])) to++;
  const token = text.slice(from, to);
  return token.length > q.end - q.start + 1 && URL_LIKE.test(token.replace(/[.,;:!?)]+$/, ''));
}

/** `4/5` stars, season `2020/21`, file number `34/11`: either side of a slash joined to another number. */
export function isSlashPair(text: string, q: Quantity): boolean {
  return isBare(q) && (SLASH_PAIR_AFTER.test(text.slice(q.end, q.end + 2)) || SLASH_PAIR_BEFORE.test(text.slice(Math.max(0, q.start - 2), q.start)));
}

/** `4- activer …`, `2) …` at the start of a paragraph: an item number. */
export function isListMarker(text: string, q: Quantity): boolean {
  return isBare(q) && onlySpaceSinceLineStart(text, q.start) && LIST_MARKER_AFTER.test(text.slice(q.end, q.end + 4));
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
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, q.start - 30), q.start))?.[1];
  if (!name || CAPITALISED_BEFORE_AMOUNT.test(name)) return false;
  const before = text.slice(0, q.start - (q.start - text.slice(0, q.start).trimEnd().length) - name.length).trimEnd();
  // A capitalised first word of a sentence is not evidence of a name (`Insgesamt 40 …`, `Nearly 40 …`).
  return before.length > 0 && !/[.!?:;"“„«]$/u.test(before);
}

const MONTH_AFTER = new RegExp(`^\\s*(?:de\\s+)?${MONTH_NAMES.source}(?![\\p{L}])`, 'iu');
const MONTH_BEFORE = new RegExp(`${MONTH_NAMES.source}\\.?\\s+(?:\\d{1,2}\\s*(?:to|-|–|bis|au|al|a)\\s*)?$`, 'iu');

/** `14 Gennaio`, `June 13 to 17`, `11 de novembro`: a day of the month, in languages the grammar's date rules miss. */
export function isDayOfMonth(text: string, q: Quantity): boolean {
  if (!isBare(q) || !isSmallInteger(q, MAX_DAY)) return false;
  const after = text.slice(q.end, q.end + MONTH_WINDOW);
  const before = text.slice(Math.max(0, q.start - MONTH_WINDOW), q.start);
  return MONTH_AFTER.test(after) || MONTH_BEFORE.test(before);
}

/** `14时`, `8点`, `18 Uhr`, `6 h 30`: an hour of the day (the grammar's clock rules need minutes or 時). */
export function isClockTime(text: string, q: Quantity, lang = ''): boolean {
  return isBare(q) && isSmallInteger(q, 24) && (lang === 'ja' ? CLOCK_AFTER_JA : CLOCK_AFTER).test(text.slice(q.end, q.end + 6));
}

/** `(115.395, 2.79, 2.47%)`: numbers in a parenthesis with no word, a ticker or table cell rather than a statement. */
export function isInNumberList(text: string, q: Quantity): boolean {
  // Only the windows are searched: a paragraph with no parenthesis must not be read whole for every number in it.
  const windowStart = Math.max(0, q.start - NUMBER_LIST_WINDOW);
  const openInWindow = text.slice(windowStart, q.start + 1).lastIndexOf('(');
  if (openInWindow < 0) return false;
  const open = windowStart + openInWindow;
  const closeInWindow = text.slice(q.end, q.end + NUMBER_LIST_WINDOW + 1).indexOf(')');
  if (closeInWindow < 0) return false;
  const close = q.end + closeInWindow;
  const inside = text.slice(open + 1, close);
  return !/[()]/.test(inside) && !/\p{L}/u.test(inside) && /\d[,;]\s+[-+]?\d/.test(inside);
}

/** `10分の1`, `三分之一`: either number of a CJK fraction (a proportion, not an amount). */
export function isFraction(text: string, q: Quantity): boolean {
  // A percentage is a proportion stated as a value (`80%分の水`: 80 percent's worth of the water).
  if (q.kind === 'percent') return false;
  return /(?:分の|分之)\s*$/u.test(text.slice(Math.max(0, q.start - 3), q.start)) || /^\s*(?:分の|分之)/u.test(text.slice(q.end, q.end + 3));
}

/** `vor 3 Tagen`, `11 days ago`, `3天前`, `hace 2 años`: a point in time counted back from now, not an amount. */
export function isRelativeTime(text: string, q: Quantity): boolean {
  if (q.kind === 'money' || q.kind === 'percent') return false;
  if (RELATIVE_AFTER.test(text.slice(q.end, q.end + RELATIVE_WINDOW))) return true;
  if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, q.start - RELATIVE_WINDOW), q.start))) return false;
  // The grammar reads the unit into the quantity (`20 años`, unit years) or leaves it after it.
  return TIME_UNITS.has(q.unit ?? '') || TIME_UNIT_AFTER.test(text.slice(q.end, q.end + RELATIVE_WINDOW));
}

/** `90對89`, `2:1`, `3対2`: a score or a vote tally written as two numbers, not one amount. */
export function isScore(text: string, q: Quantity): boolean {
  return isBare(q) && (SCORE_AFTER.test(text.slice(q.end, q.end + 4)) || SCORE_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start)));
}

/** A long digit run without separators (`1522266202730639361`, `2395361813834269`): an identifier. */
export function isIdentifier(q: Quantity): boolean {
  return isBare(q) && /^\d+$/.test(q.text.trim()) && q.text.trim().length >= MIN_IDENTIFIER_DIGITS;
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

/**
 * `1340년까지`, `96位`, `31위`, `12월 31일`, `96. sırada`: a calendar year, a rank or a date written with the words of
 * Chinese, Japanese, Korean and Turkish that the grammar reads as bare numbers.
 */
export function isYearRankOrDate(text: string, q: Quantity, lang = ''): boolean {
  if (!isBare(q)) return false;
  const after = text.slice(q.end, q.end + 4);
  if (/^\d+$/.test(q.text) && q.value >= MIN_CALENDAR_YEAR && q.value <= MAX_CALENDAR_YEAR && CJK_YEAR_AFTER.test(after)) return true;
  if (RANK_AFTER[lang]?.test(after)) return true;
  if (lang === 'ko') return KOREAN_MONTH_AFTER.test(after) || (KOREAN_DAY_AFTER.test(after) && KOREAN_MONTH_BEFORE.test(text.slice(Math.max(0, q.start - 3), q.start)));
  return lang === 'tr' && TURKISH_ORDINAL_AFTER.test(after);
}

/** Characters of a Han word taken before a number as a possible name (`麒麟990`, `骁龙865`). */
const HAN_NAME_CHARS = 2;
/** Times a (word, number) pair must occur in an article before it is taken as a name (`麒麟990 … 麒麟990`). */
const MIN_NAME_REPEATS = 2;

/**
 * `麒麟990`, `Mate 30`, `A13`: a bare number glued to the word before it, repeated in the article, is a name. Amounts
 * are rarely restated with the same word right before them; names of products and series are.
 */
export function isRepeatedNameWithNumber(article: string, text: string, q: Quantity): boolean {
  if (q.kind !== 'number' && q.kind !== 'count') return false;
  const digits = /^\d[\d.,]*/.exec(q.text.trim())?.[0];
  if (!digits) return false;
  const before = /(?:\p{Script=Han}{1,2}|[\p{Script=Latin}][\p{Script=Latin}\d-]*\s?)$/u.exec(text.slice(Math.max(0, q.start - 20), q.start))?.[0];
  if (!before || (/\s$/.test(before) && !/^\p{Lu}/u.test(before))) return false;
  const key = (/^\p{Script=Han}/u.test(before) ? before.slice(-HAN_NAME_CHARS) : before) + digits;
  let count = 0;
  for (let i = article.indexOf(key); i >= 0 && count < MIN_NAME_REPEATS; i = article.indexOf(key, i + key.length)) {
    if (!/\d/.test(article[i + key.length] ?? '')) count++;
  }
  return count >= MIN_NAME_REPEATS;
}

/** The rules above, in the order they are cheapest to test. */
const NOT_A_CLAIM: ReadonlyArray<[string, (text: string, q: Quantity, lang: string) => boolean]> = [
  ['identifier', (_text, q) => isIdentifier(q)],
  ['slash pair', isSlashPair],
  ['reference number', isReferenceNumber],
  ['web address', isInWebAddress],
  ['list marker', isListMarker],
  ['name with number', isNameWithNumber],
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
