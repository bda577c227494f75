// Currencies before and after a number → ISO 4217: the hand lexicon (signs and names the press writes, `US-Dollar`,
// `美元`), then CLDR's names, plurals and symbols of the language and of English (data/locale/numbers.json: `dólares
// australianos`, `indische Rupien`, `₾`, `zł`), and the ISO codes of current currencies written in capitals (`INR 500`).
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES, DOLLAR_QUALIFIERS, yenOrYuan, type CurrencyWord } from './lexicon.ts';
import { CURRENT_CURRENCIES, localeNumbers } from './locale-data.ts';
import { LETTER, SPACE, indexWords, isAsciiDigit, isAsciiLetterCode, isLetterAt, withoutAccents, wordAt, wordsAt, type IndexedWords } from './match.ts';

/** The currency words of the hand list and CLDR for one language, first source winning on a clash (hand list first). */
function merged(lists: CurrencyWord[][]): CurrencyWord[] {
  const seen = new Set<string>();
  const out: CurrencyWord[] = [];
  for (const list of lists) for (const c of list) if (!seen.has(c.word.toLowerCase())) { seen.add(c.word.toLowerCase()); out.push(c); }
  return out;
}

const entries = (table: Record<string, string>): CurrencyWord[] => Object.entries(table).map(([word, code]) => ({ word, code }));
/** CLDR symbols and names of a language; English ones too, since English names and signs appear in every press. */
const cldrNames = (lang: string) => [...entries(localeNumbers(lang).currencyNames), ...(lang === 'en' ? [] : entries(localeNumbers('en').currencyNames))];
/** Each word also without its accents, as text typed without the language's keyboard writes it (`dolares`, `francos suicos`). */
const withUnaccented = (list: CurrencyWord[]) => [...list, ...list.map((c) => ({ word: withoutAccents(c.word), code: c.code }))];
/** Japanese separates the parts of a foreign name with a space (CLDR's `スイス フラン`), a middle dot or nothing. */
const KATAKANA_SPACE = /(?<=\p{Script=Katakana}) (?=\p{Script=Katakana})/gu;
const withKatakanaJoins = (list: CurrencyWord[]) => [...list, ...list.flatMap((c) => ['・', '']
  .map((join) => ({ word: c.word.replace(KATAKANA_SPACE, join), code: c.code })).filter((v) => v.word !== c.word))];
/** One-letter symbols (`R`, `K`, narrow forms) and two Latin letters (`KM`, `Ft`) are left out: next to a number they are far more often a unit or a name. */
const cldrSymbols = (lang: string) => [...entries(localeNumbers(lang).currencySymbols), ...(lang === 'en' ? [] : entries(localeNumbers('en').currencySymbols))]
  .filter((c) => !/^\p{L}$/u.test(c.word) && !/^[A-Za-z]{2}$/.test(c.word));

/** `¥`/`￥`: yen or yuan by language (yenOrYuan). */
const yenSigns = (lang: string): CurrencyWord[] => [{ word: '¥', code: yenOrYuan(lang) }, { word: '￥', code: yenOrYuan(lang) }];
/**
 * Japanese text also writes the yen sign before the amount as a backslash: JIS X 0201 (and so Shift_JIS) puts ¥ where
 * ASCII has `\`, and text converted from it keeps the backslash (`\100`). Only before the number: after it (`1\n`)
 * the backslash escapes a character.
 */
const backslashYen = (lang: string): CurrencyWord[] => (lang === 'ja' ? [{ word: '\\', code: 'JPY' }] : []);

const suffixCache = new Map<string, IndexedWords<CurrencyWord>>();
function suffixesFor(lang: string): IndexedWords<CurrencyWord> {
  let index = suffixCache.get(lang);
  if (!index) {
    // A CLDR symbol after the number needs to be more than one letter (`zł`, `₾`, `kr`), so `5 C` is never a currency.
    const symbols = cldrSymbols(lang).filter((c) => c.word.length > 1 || !LETTER.test(c.word));
    const list = merged([withKatakanaJoins(withUnaccented([...CURRENCY_SUFFIXES, ...cldrNames(lang)])), symbols, yenSigns(lang)]).sort((a, b) => b.word.length - a.word.length);
    index = indexWords(list, (c) => c.word);
    suffixCache.set(lang, index);
  }
  return index;
}

/** Every word currencyAfter may read at a point (names, signs and symbols; ISO codes, prefixed or not, are not among them). */
export const currencyWordsAfter = (lang: string): readonly string[] => suffixesFor(lang).all.map((c) => c.word);

/** Whether currencyAfter reads case and derivational suffixes glued to a currency name in `lang` (isSuffixed). */
export const gluesSuffixesToCurrency = (lang: string): boolean => AGGLUTINATIVE.has(lang);

/** The prefixes longest first, and the places in that list of the prefixes ending in each UTF-16 unit. */
interface Prefixes { list: CurrencyWord[]; byLastUnit: Map<string, number[]> }
const prefixCache = new Map<string, Prefixes>();
function prefixesFor(lang: string): Prefixes {
  let prefixes = prefixCache.get(lang);
  if (!prefixes) {
    const list = merged([CURRENCY_PREFIXES, yenSigns(lang), backslashYen(lang), cldrSymbols(lang)]).sort((a, b) => b.word.length - a.word.length);
    // By last character: most numbers have none of them right before (or one space before), and a `$` before a number
    // is compared with the few prefixes that end in `$`, not with all of them.
    const byLastUnit = new Map<string, number[]>();
    list.forEach((c, k) => {
      const last = c.word[c.word.length - 1];
      byLastUnit.set(last, [...(byLastUnit.get(last) ?? []), k]);
    });
    prefixes = { list, byLastUnit };
    prefixCache.set(lang, prefixes);
  }
  return prefixes;
}
const NO_PREFIXES: number[] = [];
const GAPS = [0, 1];

/** An ISO 4217 code of a current currency at `p`, in capitals and standing alone (`500 INR`). */
function isoCodeAt(text: string, p: number, afterPrefix = false): string | null {
  const code = text.slice(p, p + 3);
  if (!CURRENT_CURRENCIES.has(code) || isAsciiLetterCode(text.charCodeAt(p + 3)) || (!afterPrefix && isAsciiLetterCode(text.charCodeAt(p - 1)))) return null;
  return code;
}

/** The dollar a qualifier names (`c`, `hk`, `us`, `nzd`), or null. */
function dollarOfQualifier(word: string): string | null {
  return DOLLAR_QUALIFIERS[word] ?? (/^[a-z]{2}d$/.test(word) && CURRENT_CURRENCIES.has(word.toUpperCase()) ? word.toUpperCase() : null);
}

/**
 * Qualifiers that are also words or initials next to a spaced `$`: `a $ 2` is Spanish for "at $2", `give us $ 5`,
 * `can $ 5`, `J. $ 5`. Written in lowercase and spaced, they are read as those words.
 */
const QUALIFIERS_ALSO_WORDS: ReadonlySet<string> = new Set(['a', 'us', 'can', 's', 'r', 'j', 'ec']);

/** A spaced qualifier must be known, and in capitals (`C $ 1.34`, `HK $ 10`) unless it is no word (`c $ 1.34`, `hk $ 10`). */
const isSpacedQualifier = (written: string, word: string) =>
  word in DOLLAR_QUALIFIERS && (written === written.toUpperCase() || !QUALIFIERS_ALSO_WORDS.has(word));

/** The letters right before a `$` at `dollarAt` (glued, or one space away), when they name a dollar: `C$`, `hk $`, `nzd$`. */
function qualifiedDollar(text: string, dollarAt: number): { code: string; start: number } | null {
  const end = text[dollarAt - 1] === ' ' ? dollarAt - 1 : dollarAt;
  let start = end;
  while (start > 0 && start > end - 4 && /[A-Za-z.]/.test(text[start - 1])) start--;
  if (start === end || (start > 0 && (LETTER.test(text[start - 1]) || /['’]/.test(text[start - 1])))) return null;
  const written = text.slice(start, end);
  const word = written.toLowerCase();
  const code = dollarOfQualifier(word);
  if (!code || (end < dollarAt && !isSpacedQualifier(written, word))) return null;
  return { code, start };
}

/** Qualifier letters after a `$` (French order: `1,34 $ CA`, `$CAD`, `$ hk`), glued or one space away, standing alone. */
const QUALIFIER_AFTER = /^ ?([A-Za-z]{1,3})(?![\p{L}\d])/u;
function dollarQualifierAfter(text: string, p: number): { code: string; end: number } | null {
  const m = QUALIFIER_AFTER.exec(text.slice(p, p + 5));
  if (!m) return null;
  const word = m[1].toLowerCase();
  const code = dollarOfQualifier(word) ?? (word.length === 3 && CURRENT_CURRENCIES.has(m[1]) && word.endsWith('d') ? m[1] : null);
  if (!code || (m[0].startsWith(' ') && !isSpacedQualifier(m[1], word) && m[1] !== code)) return null;
  return { code, end: p + m[0].length };
}

/**
 * Finance glues a metric prefix to an ISO code: `MEUR` (millions of euros), `kUSD`; German `TEUR` (T for Tausend).
 * Elsewhere T stays out: `TUSD` is a token's name.
 */
const CODE_PREFIX_FACTORS: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6 };
const GERMAN_CODE_PREFIX_FACTORS: Record<string, number> = { ...CODE_PREFIX_FACTORS, T: 1e3 };

/** A prefixed ISO code at `p` (`MUSD`), standing alone, with the prefix's factor. */
function prefixedIsoCodeAt(text: string, p: number, lang: string): { code: string; factor: number } | null {
  const factor = (lang === 'de' ? GERMAN_CODE_PREFIX_FACTORS : CODE_PREFIX_FACTORS)[text[p]];
  if (factor === undefined || isAsciiLetterCode(text.charCodeAt(p - 1))) return null;
  const code = isoCodeAt(text, p + 1, true);
  return code ? { code, factor } : null;
}

/** Every code currencyAfter may read at a point: the ISO codes, and each with each metric prefix of `lang` (`MEUR`). */
export const currencyCodesAfter = (lang: string): readonly string[] => {
  const prefixes = Object.keys(lang === 'de' ? GERMAN_CODE_PREFIX_FACTORS : CODE_PREFIX_FACTORS);
  return [...CURRENT_CURRENCIES].flatMap((code) => [code, ...prefixes.map((prefix) => prefix + code)]);
};

/**
 * Languages that glue case and derivational suffixes to a noun (Turkish `avrodan` "than euros", `sterlinlik` "worth …
 * pounds", `dolar'a`): a currency name there may go on in lowercase letters, or an apostrophe and letters.
 */
const AGGLUTINATIVE: ReadonlySet<string> = new Set(['tr']);
/** The longest Turkish suffix chain after a noun worth reading (`-lerinden`); longer runs are another word. */
const MAX_SUFFIX_LETTERS = 8;
const SUFFIX_AT = new RegExp(`['’]?[a-zçğıöşü]{1,${MAX_SUFFIX_LETTERS}}(?![\\p{L}])`, 'uy');

/** A currency name of three letters or more at `p`, followed by a suffix (not a sign or code: `TL'lik` needs the apostrophe). */
function isSuffixed(text: string, p: number, word: string): boolean {
  if (word.length < 3 || text.slice(p, p + word.length).toLocaleLowerCase('tr') !== word.toLocaleLowerCase('tr')) return false;
  SUFFIX_AT.lastIndex = p + word.length;
  const m = SUFFIX_AT.exec(text);
  return m !== null && (/^[a-zçğıöşü]/.test(word.slice(-1)) || /^['’]/.test(m[0]));
}

/** The currency written at `p` (after a number and its scale word), or null; `factor` when a prefix scales it (`MEUR`). */
export function currencyAfter(text: string, p: number, lang: string): { code: string; end: number; factor?: number } | null {
  for (const c of wordsAt(suffixesFor(lang), text, p)) {
    if (!wordAt(text, p, c.word)) continue;
    const end = p + c.word.length;
    return (c.word === '$' ? dollarQualifierAfter(text, end) : null) ?? { code: c.code, end };
  }
  if (AGGLUTINATIVE.has(lang)) {
    for (const c of wordsAt(suffixesFor(lang), text, p)) if (isSuffixed(text, p, c.word)) return { code: c.code, end: p + c.word.length };
  }
  const iso = isoCodeAt(text, p);
  if (iso) return { code: iso, end: p + 3 };
  const prefixed = prefixedIsoCodeAt(text, p, lang);
  return prefixed ? { code: prefixed.code, end: p + 4, factor: prefixed.factor } : null;
}

/** The longest currency name read before a number (`dollars`, `dólares`, `sterline`). */
const MAX_NAME_BEFORE = 12;
/** Names of one lowercase word of four letters or more: codes, signs and short words (`lei`, `rand`) stay out. */
const NAME_BEFORE = /^\p{Ll}{4,}$/u;
const nameCache = new Map<string, Map<string, string>>();
function namesBeforeFor(lang: string): Map<string, string> {
  let names = nameCache.get(lang);
  if (!names) {
    names = new Map();
    for (const c of suffixesFor(lang).all) if (NAME_BEFORE.test(c.word) && !names.has(c.word)) names.set(c.word, c.code);
    nameCache.set(lang, names);
  }
  return names;
}
/** A four-digit integer in the years' range after the name: `euro 2024` is the championship, not an amount. */
const YEAR_AFTER = /^(?:1[89]|20)\d\d(?![\d.,])/;

/**
 * Rule: a currency name in lowercase one space before digits is the amount's (`euro 250 mila`, `dólares 22,5
 * millones`, `dollari 996`), as Italian invoices and price lists write it. Capitalised it is a name (`Euro 6` engines).
 */
function currencyNameBefore(text: string, start: number, lang: string): { code: string; start: number; named: true } | null {
  // Most numbers have no lowercase letter before their space: one test, no allocation.
  const last = text.charCodeAt(start - 2);
  if (!(last >= 0x61 && last <= 0x7a) && !(last >= 0xdf && last <= 0x24f) && !(last >= 0x430 && last <= 0x45f)) return null;
  let at = start - 1;
  while (at > start - 1 - MAX_NAME_BEFORE && isLetterAt(text, at - 1)) at--;
  if (isLetterAt(text, at - 1)) return null;
  const code = namesBeforeFor(lang).get(text.slice(at, start - 1));
  return code && isAsciiDigit(text.charCodeAt(start)) && !YEAR_AFTER.test(text.slice(start, start + 5)) ? { code, start: at, named: true } : null;
}

/** The currency written right before the number at `start` (one space allowed), or null; `factor` as in currencyAfter. */
export function currencyBefore(text: string, start: number, lang: string): { code: string; start: number; factor?: number; named?: true } | null {
  const { list, byLastUnit } = prefixesFor(lang);
  const spaced = SPACE.test(text[start - 1] ?? '');
  const named = spaced ? currencyNameBefore(text, start, lang) : null;
  if (named) return named;
  // `USD 5`, `INR 500`: a code with a space (glued, `USD5` reads as a product code).
  const iso = spaced && start >= 4 ? isoCodeAt(text, start - 4) : null;
  if (iso) return { code: iso, start: start - 4 };
  const prefixed = spaced && start >= 5 ? prefixedIsoCodeAt(text, start - 5, lang) : null;
  if (prefixed) return { code: prefixed.code, start: start - 5, factor: prefixed.factor };
  // Only a prefix ending right before the number (gap 0) or one space before it (gap 1) can match: the two lists of
  // them, merged in the order of `list`, are the prefixes the loop below would try.
  const glued = byLastUnit.get(text[start - 1]) ?? NO_PREFIXES;
  const spacedAway = spaced && text[start - 2] !== text[start - 1] ? byLastUnit.get(text[start - 2]) ?? NO_PREFIXES : NO_PREFIXES;
  if (glued.length === 0 && spacedAway.length === 0) return null;
  const dollarAt = text[start - 1] === '$' ? start - 1 : spaced && text[start - 2] === '$' ? start - 2 : -1;
  const qualified = dollarAt >= 0 ? qualifiedDollar(text, dollarAt) : null;
  if (qualified) return qualified;
  for (let i = 0, j = 0; i < glued.length || j < spacedAway.length;) {
    const c = list[j >= spacedAway.length || (i < glued.length && glued[i] < spacedAway[j]) ? glued[i++] : spacedAway[j++]];
    for (const gap of GAPS) {
      const at = start - gap - c.word.length;
      if (at < 0) continue;
      if (gap === 1 && !spaced) continue;
      if (!text.startsWith(c.word, at)) continue;
      // `US$ 5`, `CHF 10`: letter codes need a boundary before them.
      if (/^[A-Z]/.test(c.word) && at > 0 && LETTER.test(text[at - 1])) continue;
      if (/^[A-Z]{3}$/.test(c.word) && gap === 0) continue;
      return { code: c.code, start: at };
    }
  }
  return null;
}
