// Entity mentions in any supported language: a curated alias table (data/aliases.json, extendable with user files)
// maps surface forms across languages and scripts to one canonical entity; a few high-precision heuristics add
// entities the table does not know (organisation suffixes, universities, people next to a reporting verb,
// capitalised multi-word names mid-sentence). Precision first: a noisy entity list ruins compare.
import { readFileSync } from 'node:fs';
import type { EntityMention, EntityType } from '../../types.ts';
import { toSimplified } from '../language/chinese-script.ts';
import { allMatches, segmenter, stopwordsOf } from '../language/words.ts';
import { codeUnitTable } from '../language/scripts.ts';
import { addressedName, capitalisedNames, englishNames, isCommonWord, isFree, isKnownPlace, isPlaceLead, nameEvidence, wordRuns, type NameEvidence } from './names.ts';
import { chineseNames, insideTitleMarks, latinNamesInChinese, namesPeopleOrLanguage, placeBeforeRole, placeNameEnd, transliterated, withRepeatedNames } from './chinese-names.ts';
import { englishNameOf } from './cross-script.ts';
import { russianCaseForms } from './russian-names.ts';
import { afterArabicProclitic } from './name-affixes.ts';
import { japaneseNames, soundedNames } from './script-names.ts';

// Patterns with Unicode property escapes used inside functions, made once here: tsx compiles such a literal (esbuild,
// target node20) into `new RegExp(…)`, evaluated at each call (0.8 µs against 0.15 for a made pattern). None is global or sticky.
const HAS_LOWERCASE = /\p{Ll}/u;
const HAS_UPPERCASE = /\p{Lu}/u;
const HANGUL_WORD_THEN_SPACE_END = /(\p{Script=Hangul}+) $/u;
const HAS_NUMBER = /\p{N}/u;
const LETTERS_WITH_DOTS = /^(?:\p{L}\.)+$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const TWO_TO_FOUR_HAN_ONLY = /^\p{Script=Han}{2,4}$/u;
const TWO_OR_MORE_HAN_ONLY = /^\p{Script=Han}{2,}$/u;

export interface AliasEntry {
  canonical: string;
  type: EntityType;
  aliases: string[];
  /** For products and models: the canonical name of the organisation that makes it (PaLM → Google). */
  developer?: string;
}

interface AliasHit {
  entry: AliasEntry;
  /** Only in these languages (German genitive `Googles`); null for every language. */
  langs: ReadonlySet<string> | null;
  /** A surface written all in lowercase still counts (`openai`, `gpt-4`); false for plain capitalised words (`apple`, `meta`). */
  lowercaseOk: boolean;
  /** Short all-capitals aliases (`EU`, `UK`, `AWS`) must be written in capitals (`eu` is a French and Portuguese word). */
  capitalsOnly: boolean;
}

/**
 * Edges by UTF-16 code unit (a number keys them without a one-character string made for every step of the walk).
 * Three nodes in four have one child (a name's letters after its first few): that edge is two fields, and a Map is made
 * only for a node with more (a Map a node made the trie of the built-in tables 16 MB a worker, heap snapshot, round 9).
 */
export interface TrieNode {
  /** The unit of the only edge, or -1 (none, or `edges` holds them). */
  unit: number;
  child: TrieNode | null;
  edges: Map<number, TrieNode> | null;
  hits: AliasHit[];
}

/** Shared by every node without a hit: addKey replaces it, never pushes to it. */
const NO_HITS: AliasHit[] = [];
const newTrieNode = (): TrieNode => ({ unit: -1, child: null, edges: null, hits: NO_HITS });
export const trieChild = (node: TrieNode, unit: number): TrieNode | undefined => (node.unit === unit ? node.child! : node.edges?.get(unit));

function addChild(node: TrieNode, unit: number, child: TrieNode): void {
  if (node.edges) node.edges.set(unit, child);
  else if (node.unit === -1) {
    node.unit = unit;
    node.child = child;
  } else {
    node.edges = new Map([[node.unit, node.child!], [unit, child]]);
    node.unit = -1;
    node.child = null;
  }
}

export interface AliasTable {
  entries: AliasEntry[];
  /** Keyed by normalised alias (see `matchKey`), one UTF-16 unit per edge. */
  root: TrieNode;
}

const ENTITY_TYPES: readonly EntityType[] = ['org', 'person', 'product', 'place', 'other'];
export const BUILT_IN_ALIASES = new URL('../../../data/aliases.json', import.meta.url);
/** Country and territory names in every language read here (CLDR, scripts/build-territories.mjs): places, linked across scripts. */
export const TERRITORIES = new URL('../../../data/territories.json', import.meta.url);

/** The territory table as alias entries (type place, English canonical name). */
function territoryAliasText(): string {
  const data = JSON.parse(readAliasFile(TERRITORIES)) as Record<string, string[] | string>;
  // Two-capital forms (`US`, `VS`) are codes more often than names (`US-Dollar`); the alias table lists those it trusts.
  const usable = (alias: string) => /^\P{Ll}/u.test(alias) && !/^\p{Lu}{2}$/u.test(alias);
  const declined = Object.values(declinedTerritoryForms(data)).flatMap((byName) => Object.entries(byName));
  return JSON.stringify([...Object.entries(data).filter(([name]) => !name.startsWith('_') && usable(name)), ...declined]
    .map(([canonical, aliases]) => ({ canonical, type: 'place', aliases: (aliases as string[]).filter(usable) })));
}

type DeclinedForms = Record<string, Record<string, string[]>>;
/** The territory table's declined forms: language → English name → forms (`pl` → `United Kingdom` → `Wielkiej Brytanii`). */
const declinedTerritoryForms = (data: Record<string, unknown>) => (data._declined ?? {}) as DeclinedForms;

let declinedLanguages: Map<string, Set<string>> | null = null;
/** The languages a declined territory form is matched in, by form: `Ghany` (Polish, of Ghana) is a name in English text. */
function declinedFormLanguages(): Map<string, Set<string>> {
  if (declinedLanguages) return declinedLanguages;
  declinedLanguages = new Map();
  for (const [lang, byName] of Object.entries(declinedTerritoryForms(JSON.parse(readAliasFile(TERRITORIES))))) {
    for (const form of Object.values(byName).flat()) {
      const langs = declinedLanguages.get(form) ?? new Set<string>();
      declinedLanguages.set(form, langs.add(lang));
    }
  }
  return declinedLanguages;
}

/** Languages that form a genitive with a bare `s` on names (`Googles`, `OpenAIs`, `Microsofts`; Swedish `Rysslands`, Danish and Norwegian `Norges`). */
const GENITIVE_S_LANGS: ReadonlySet<string> = new Set(['de', 'sv', 'da', 'no', 'nb', 'nn']);
/** All-capitals aliases up to this many letters are matched case-sensitively: `EU`/`eu`, `UK`, `BERT`/`Bert`, `AWS`. */
const CASE_SENSITIVE_ACRONYM_MAX_LETTERS = 5;
/**
 * Russian case endings added to Cyrillic aliases (`Майкрософта`, `Гуглом`, `Германии`), by the alias's final letters.
 * Only the last word inflects here: enough for names in the table, and cheap.
 */
const RUSSIAN_ENDINGS: Array<{ ending: RegExp; strip: number; add: string[] }> = [
  { ending: /ия$/u, strip: 1, add: ['и', 'ю', 'ей'] },
  // Not after a vowel: foreign names in -оа, -уа do not decline (`Самоа`, `Никарагуа`).
  { ending: /(?:[^аеёиоуыэюя]а|я)$/u, strip: 1, add: ['ы', 'и', 'е', 'у', 'ю', 'ой', 'ей'] },
  { ending: /й$/u, strip: 1, add: ['я', 'ю', 'ем', 'е'] },
  { ending: /[бвгджзклмнпрстфхцчшщ]$/u, strip: 0, add: ['а', 'у', 'ом', 'е', 'ы', 'ов'] },
];

// ---------------------------------------------------------------------------------------------------------------
// Matching keys: one normalised UTF-16 unit per source unit, so offsets in the key are offsets in the paragraph.

const keyCache = new Map<string, string>();

/** Hyphens, spaces and dots that separate the parts of a name (`GPT-3` / `GPT 3`, `Sam·Altman` / `サム・アルトマン`). */
const SPACE_LIKE = /[\s\u00a0\u202f\u2010-\u2015-]/u;
const DOT_LIKE = /[\u00b7\u30fb\u2022\u2027]/u;

function keyOfCodePoint(ch: string): string {
  const cached = keyCache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch;
  const code = ch.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0); // full-width ASCII
  if (SPACE_LIKE.test(out)) out = ' ';
  else if (DOT_LIKE.test(out)) out = '·';
  else if (out === '\u2019') out = "'";
  else if (out === 'ё' || out === 'Ё') out = 'е'; // Russian writes ё as е more often than not: `Соединённые` = `Соединенные`
  else if (/\p{Script=Han}/u.test(out)) out = toSimplified(out);
  else out = out.toLowerCase();
  if (out.length !== ch.length) out = ch; // keep offsets aligned (e.g. 'İ'.toLowerCase() is two units)
  keyCache.set(ch, out);
  return out;
}

/** Keys of the ASCII characters, looked up by code (no Han among them: toSimplified is not loaded for this). */
const ASCII_KEYS: readonly string[] = Array.from({ length: 0x80 }, (_, code) => keyOfCodePoint(String.fromCharCode(code)));

/** The key unit of each UTF-16 unit outside the surrogates (`matchKey`'s, one unit for one), by unit; 0: not yet computed. */
const BMP_KEY_UNITS = new Uint16Array(0x10000);

/**
 * `matchKey(text).charCodeAt(j)`, without the key: one table lookup for a unit outside the surrogates (no unit but NUL
 * has the key 0, so 0 marks one not yet computed), the unit's code point read as matchKey reads it for a surrogate.
 */
export function keyUnitAt(text: string, j: number): number {
  const code = text.charCodeAt(j);
  if (code >= 0xd800 && code <= 0xdfff) return surrogateKeyUnit(text, j, code);
  const unit = BMP_KEY_UNITS[code]!;
  if (unit !== 0 || code === 0) return unit;
  return (BMP_KEY_UNITS[code] = keyOfCodePoint(String.fromCharCode(code)).charCodeAt(0));
}

/** The key unit of a surrogate: the first or second unit of its pair's key, or its own key when it stands alone (as in matchKey). */
function surrogateKeyUnit(text: string, j: number, code: number): number {
  if (code <= 0xdbff) {
    const next = text.charCodeAt(j + 1);
    return next >= 0xdc00 && next <= 0xdfff ? keyOfCodePoint(text.slice(j, j + 2)).charCodeAt(0) : keyOfCodePoint(text[j]!).charCodeAt(0);
  }
  const previous = text.charCodeAt(j - 1);
  return previous >= 0xd800 && previous <= 0xdbff ? keyOfCodePoint(text.slice(j - 1, j + 1)).charCodeAt(1) : keyOfCodePoint(text[j]!).charCodeAt(0);
}

/** Case-folded, traditional→simplified, separator-normalised text of the same UTF-16 length. */
export function matchKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += ASCII_KEYS[code];
      continue;
    }
    // One code point: a surrogate pair together, a lone surrogate alone (as `for (const ch of text)` gives them).
    const ch = text.codePointAt(i)! > 0xffff ? text.slice(i, i + 2) : text[i];
    out += keyOfCodePoint(ch);
    i += ch.length - 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Script classes for word boundaries.

/** Letters and digits of scripts written with spaces: a Latin alias must not touch one (`Meta` in `Metadata`, `AI` in `SAID`). */
const SPACED_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]/u;
const KATAKANA_CHAR = /[\p{Script=Katakana}\u30fc]/u;

/** What each UTF-16 unit is (the tests below only look at single units, text[k]), looked up in a codeUnitTable. */
const SPACED_WORD_UNIT = 1;
const KATAKANA_UNIT = 2;
const UNSPACED_UNIT = 4;
const CLASSIFIED = 8;
const unitFlags = codeUnitTable((ch) => {
  const unspaced = UNSPACED_CHAR.test(ch);
  return CLASSIFIED | (SPACED_WORD_CHAR.test(ch) && !unspaced ? SPACED_WORD_UNIT : 0) | (KATAKANA_CHAR.test(ch) ? KATAKANA_UNIT : 0) | (unspaced ? UNSPACED_UNIT : 0);
});

/** Flags of text[i]; none before the start or past the end. */
function flagsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code === code ? unitFlags(code) : 0; // NaN: no unit there
}

const isSpacedWordCharAt = (text: string, i: number) => (flagsAt(text, i) & SPACED_WORD_UNIT) !== 0;
const isKatakanaAt = (text: string, i: number) => (flagsAt(text, i) & KATAKANA_UNIT) !== 0;

// ---------------------------------------------------------------------------------------------------------------
// Loading.

function addKey(root: TrieNode, key: string, hit: AliasHit): void {
  let node = root;
  // By UTF-16 unit, as tableSpans walks it (by code point, an alias with an astral character could never match).
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    let child = trieChild(node, unit);
    if (!child) {
      child = newTrieNode();
      addChild(node, unit, child);
    }
    node = child;
  }
  // A later entry (a user file) takes the alias over from an earlier one.
  node.hits = node.hits.filter((h) => (h.langs === null) !== (hit.langs === null));
  node.hits.push(hit);
}

/** Plain capitalised words (`Apple`, `Meta`, `Hugging Face`) are ordinary words when written in lowercase. */
function lowercaseSurfaceOk(alias: string): boolean {
  if (/\p{N}/u.test(alias)) return true;
  if (!/\p{Lu}/u.test(alias)) return true; // no case: CJK, or a lowercase alias on purpose
  return alias.split(/[\s-]+/u).some((word) => /\p{Lu}/u.test(word.slice(1)));
}

function isShortAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= CASE_SENSITIVE_ACRONYM_MAX_LETTERS && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function russianForms(alias: string): string[] {
  if (!/\p{Script=Cyrillic}$/u.test(alias)) return [];
  const rule = RUSSIAN_ENDINGS.find((r) => r.ending.test(alias));
  const stem = rule ? alias.slice(0, alias.length - rule.strip) : '';
  // Every word of a many-word name agrees in case (`Соединённых Штатов`); the single-word endings also cover the other genders' forms.
  return [...new Set([...(rule ? rule.add.map((ending) => stem + ending) : []), ...russianCaseForms(alias)])];
}

function buildTable(entries: AliasEntry[]): AliasTable {
  const root = newTrieNode();
  for (const entry of entries) {
    for (const alias of new Set([entry.canonical, ...entry.aliases])) {
      const hit: AliasHit = { entry, langs: declinedFormLanguages().get(alias) ?? null, lowercaseOk: lowercaseSurfaceOk(alias), capitalsOnly: isShortAcronym(alias) };
      addKey(root, matchKey(alias), hit);
      for (const form of russianForms(alias)) addKey(root, matchKey(form), hit);
      if (/[\p{Script=Latin}\p{N}]$/u.test(alias) && !/[sxzß]$/iu.test(alias) && !hit.capitalsOnly) {
        addKey(root, matchKey(alias + 's'), { ...hit, langs: GENITIVE_S_LANGS });
      }
    }
  }
  return { entries, root };
}

function parseAliasFile(text: string, file: string): Array<{ canonical: string; type: EntityType | null; aliases: string[]; developer?: string }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: alias file is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: alias file must be a JSON array of {"canonical", "type", "aliases"} objects`);
  return data.map((raw, i) => {
    const where = `${file}: entry ${i + 1}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${where}: must be an object with "canonical", "type" and "aliases"`);
    const { canonical, type, aliases, developer } = raw as Record<string, unknown>;
    if (typeof canonical !== 'string' || !canonical.trim()) throw new Error(`${where}: "canonical" must be a non-empty string`);
    if (type !== undefined && !ENTITY_TYPES.includes(type as EntityType)) {
      throw new Error(`${where} (${canonical}): "type" must be one of ${ENTITY_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
    }
    if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || !a.trim()))) {
      throw new Error(`${where} (${canonical}): "aliases" must be an array of non-empty strings`);
    }
    if (developer !== undefined && (typeof developer !== 'string' || !developer.trim())) {
      throw new Error(`${where} (${canonical}): "developer" must be the canonical name of an organisation`);
    }
    return { canonical: canonical.trim(), type: (type as EntityType | undefined) ?? null, aliases: ((aliases as string[] | undefined) ?? []).map((a) => a.trim()),
      ...(developer ? { developer: developer.trim() } : {}) };
  });
}

function readAliasFile(file: string | URL): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`${String(file)}: cannot read alias file (${code})`);
  }
}

const tables = new Map<string, AliasTable>();
const entryLists = new Map<string, AliasEntry[]>();

/**
 * The built-in table merged with user files (same JSON format). A user entry whose canonical name already exists
 * adds its aliases to it (and may change its type); a new canonical name needs a type. For the same alias, the
 * later file wins. Memoised by the file list: the entities stage calls this for every article.
 */
export function loadAliasTable(files: string[]): AliasTable {
  const memoKey = files.join('\u0000');
  const cached = tables.get(memoKey);
  if (cached) return cached;
  const table = buildTable(loadAliasEntries(files));
  tables.set(memoKey, table);
  return table;
}

/**
 * The merged entries of loadAliasTable without its matching trie: what compare's developer links read. The trie took
 * about 0.45 s of CPU to build (node --cpu-prof, dist), and the main thread built it for compare's stage key alone.
 * A malformed user file throws here as in loadAliasTable.
 */
export function loadAliasEntries(files: string[]): AliasEntry[] {
  const memoKey = files.join('\u0000');
  const cached = entryLists.get(memoKey);
  if (cached) return cached;
  const byCanonical = new Map<string, AliasEntry>();
  const sources: Array<[string, string]> = [[TERRITORIES.pathname, territoryAliasText()], [BUILT_IN_ALIASES.pathname, readAliasFile(BUILT_IN_ALIASES)], ...files.map((f): [string, string] => [f, readAliasFile(f)])];
  for (const [file, text] of sources) {
    for (const item of parseAliasFile(text, file)) {
      const existing = byCanonical.get(item.canonical);
      if (existing) {
        byCanonical.delete(item.canonical); // re-inserted last: for a shared alias, the later file wins
        const developer = item.developer ?? existing.developer;
        byCanonical.set(item.canonical, { canonical: item.canonical, type: item.type ?? existing.type, aliases: [...new Set([...existing.aliases, ...item.aliases])],
          ...(developer ? { developer } : {}) });
      } else {
        if (!item.type) throw new Error(`${file}: entry "${item.canonical}": "type" is required for a new entity (one of ${ENTITY_TYPES.join(', ')})`);
        byCanonical.set(item.canonical, { canonical: item.canonical, type: item.type, aliases: item.aliases, ...(item.developer ? { developer: item.developer } : {}) });
      }
    }
  }
  const entries = [...byCanonical.values()];
  entryLists.set(memoKey, entries);
  return entries;
}

/** Organisation → the products and models the table says it makes (from each entry's `developer`). */
export function productsByDeveloper(table: Pick<AliasTable, 'entries'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of table.entries) if (e.developer) out.set(e.developer, [...(out.get(e.developer) ?? []), e.canonical]);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Table matching.

export interface Span {
  start: number;
  end: number;
  canonical: string;
  type: EntityType;
}

/** Longest one-word alias checked against the stoplist (see hitAccepted): function words are this short. */
const FUNCTION_WORD_MAX_LENGTH = 4;
function hitAccepted(hit: AliasHit, surface: string, lang: string): boolean {
  if (hit.langs && !hit.langs.has(lang)) return false;
  if (hit.capitalsOnly) return surface.replace(/[^\p{L}]/gu, '') === surface.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (!hit.lowercaseOk && HAS_LOWERCASE.test(surface) && !HAS_UPPERCASE.test(surface)) return false;
  // A short one-word alias that is a function word of the page's language is that word (German `Man hört`, English
  // `May`): only an alias of capitals (`US`, checked above) or of more words names something there. Short, because
  // function words are (stopwords-iso's lists also hold a few long names, `microsoft` among them).
  if (surface.length <= FUNCTION_WORD_MAX_LENGTH && !/[\s-]/u.test(surface) && stopwordsOf(lang).has(surface.toLowerCase())) return false;
  // A place's one-word name in another language that English writes as a common word (German and Swedish `Island`,
  // Iceland) is that word in English text (`Staten Island`). The English names stay: the dictionary lists `Turkey`,
  // `Chad` and `Jordan` capitalised too, so isCommonWord does not hold for them.
  if (lang === 'en' && hit.entry.type === 'place' && surface !== hit.entry.canonical && !/[\s-]/u.test(surface) && isCommonWord(surface.toLowerCase(), 'en')) return false;
  return true;
}

/** SPACED_WORD_UNIT of the ASCII units, by code (letters and digits). */
const ASCII_SPACED_WORD = Uint8Array.from({ length: 0x80 }, (_, code) => unitFlags(code) & SPACED_WORD_UNIT);
/**
 * text[i] and text[i - 1] are both letters or digits of a spaced script, and the unit before is no Arabic letter (which
 * may be a proclitic, see afterArabicProclitic): then startsInsideWord(text, i) holds. ASCII read from a table.
 */
export function insideSpacedWord(text: string, i: number): boolean {
  if (i === 0) return false;
  const code = text.charCodeAt(i);
  const previous = text.charCodeAt(i - 1);
  if (code < 0x80 && previous < 0x80) return ASCII_SPACED_WORD[code]! !== 0 && ASCII_SPACED_WORD[previous]! !== 0;
  if (previous >= 0x0600 && previous <= 0x06ff) return false;
  return (flagsAt(text, i) & SPACED_WORD_UNIT) !== 0 && (flagsAt(text, i - 1) & SPACED_WORD_UNIT) !== 0;
}

/** Whether a match from start to end would start inside a word (then every match from there fails boundariesOk). */
export function startsInsideWord(text: string, start: number): boolean {
  return (isSpacedWordCharAt(text, start) && isSpacedWordCharAt(text, start - 1) && !afterArabicProclitic(text, start)) || (isKatakanaAt(text, start) && isKatakanaAt(text, start - 1));
}

const HANGUL = /\p{Script=Hangul}/u;
/**
 * What may follow a noun inside its written Korean word: the case and topic particles and the copula (`서울에서`,
 * `한국의`, `수단이다`). Korean writes these attached and spaces the words of a sentence, so an alias with any other
 * Hangul after it is part of a longer word.
 */
const KOREAN_PARTICLE = new RegExp(`^(?:(?:${[
  // A case particle, then a particle of focus or the genitive (`에서는`, `에서도`, `과의`), Korean grammars' order.
  '(?:에서|에게서|한테서|에게|한테|께서|께|으로서|로서|으로부터|로부터|으로|로|에|이|가|을|를|과|와|보다|처럼|까지|부터|만큼|마다)?(?:은|는|도|만|이나|나|조차|마저|라도|의)?',
  // Their spoken contractions: 에선 (에서는), 엔 (에는), 으론/론 (으로는/로는), 에게선 (에게서는).
  '에선|엔|으론|론|에게선',
].join('|')})(?:이다|이며|이고|이라는|라는|이었다|였다|이란|란)?)$`, 'u');
/**
 * Last syllables of Korean words that end in a particle or a verb ending (`는`, `의`, `한`, `된`...), and the particles of
 * two syllables (`1340년까지`, `서울부터`). A word before a
 * noun that ends otherwise is a bare noun, and the two are one compound noun (`교통 수단`, a means of transport), not a name.
 */
const KOREAN_INFLECTED_END = /(?:[은는이가을를의에도와과로서고며면한된던인적들던될할]|까지|부터|마다|보다|처럼|만큼)$/u;
function koreanWordOk(text: string, start: number, end: number): boolean {
  if (HANGUL.test(text[start - 1] ?? '')) return false;
  let tailEnd = end;
  while (tailEnd < text.length && HANGUL.test(text[tailEnd])) tailEnd++;
  if (!KOREAN_PARTICLE.test(text.slice(end, tailEnd))) return false;
  const previousWord = HANGUL_WORD_THEN_SPACE_END.exec(text.slice(Math.max(0, start - 12), start));
  return !previousWord || KOREAN_INFLECTED_END.test(previousWord[1]);
}

function boundariesOk(text: string, start: number, end: number): boolean {
  const last = text[end - 1];
  const after = text[end];
  if (startsInsideWord(text, start)) return false;
  if (HANGUL.test(text[start]) && !koreanWordOk(text, start, end)) return false;
  if (isSpacedWordCharAt(text, end - 1) && isSpacedWordCharAt(text, end)) return false;
  if (isKatakanaAt(text, end - 1) && isKatakanaAt(text, end)) return false;
  // `GPT-3` is not a mention inside `GPT-3.6`, nor `Llama 2` inside `Llama 2.5`.
  if ((after === '.' || after === ',') && HAS_NUMBER.test(last) && HAS_NUMBER.test(text[end + 1] ?? '')) return false;
  return true;
}

/** The last hit the surface satisfies (later entries took the alias over). */
function lastAccepted(hits: AliasHit[], surface: string, lang: string): AliasHit | undefined {
  for (let k = hits.length - 1; k >= 0; k--) if (hitAccepted(hits[k], surface, lang)) return hits[k];
  return undefined;
}

/** Key units below this have the root's children in an array (rootChildrenOf): Latin, Greek, Cyrillic, Arabic, Indic. */
const ROOT_ARRAY_UNITS = 0x3000;
const rootChildren = new WeakMap<TrieNode, Array<TrieNode | undefined>>();
/**
 * The root's children by key unit below ROOT_ARRAY_UNITS, made once per table: every position of a paragraph outside a
 * word asks the root first, and more than half of them (spaces, punctuation, letters no alias starts with) find no
 * child; an array answers that without the Map's hashing (trieChild stays for the other units and the deeper nodes).
 */
function rootChildrenOf(root: TrieNode): Array<TrieNode | undefined> {
  let children = rootChildren.get(root);
  if (!children) {
    children = new Array<TrieNode | undefined>(ROOT_ARRAY_UNITS).fill(undefined);
    for (let unit = 0; unit < ROOT_ARRAY_UNITS; unit++) children[unit] = trieChild(root, unit);
    rootChildren.set(root, children);
  }
  return children;
}

export function tableSpans(text: string, lang: string, table: AliasTable): Span[] {
  // The key's units are read one by one as the walk needs them (keyUnitAt): no key string is built for the paragraph.
  const length = text.length;
  const spans: Span[] = [];
  const rootArray = rootChildrenOf(table.root);
  let i = 0;
  while (i < length) {
    // Inside a word of a spaced script no match starts (startsInsideWord, whose proclitic test needs an Arabic letter
    // before): the rest of the word is passed over without the key and the root lookups (three units in four).
    if (insideSpacedWord(text, i)) {
      i++;
      continue;
    }
    const firstUnit = keyUnitAt(text, i);
    const first = firstUnit < ROOT_ARRAY_UNITS ? rootArray[firstUnit] : trieChild(table.root, firstUnit);
    // No alias starts with this unit (the walk below would stop at once), or boundariesOk rejects every match that
    // starts inside a word (`Meta` in `Metadata`): do not walk the trie there.
    if (!first || startsInsideWord(text, i)) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = table.root;
    let best: Span | null = null;
    for (let j = i; j < length; j++) {
      node = j === i ? first : trieChild(node, keyUnitAt(text, j));
      if (!node) break;
      if (!node.hits.length || !boundariesOk(text, i, j + 1)) continue;
      const surface = text.slice(i, j + 1);
      const hit = lastAccepted(node.hits, surface, lang);
      if (hit) best = { start: i, end: j + 1, canonical: hit.entry.canonical, type: hit.entry.type };
    }
    if (best) {
      spans.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------------------
// Heuristics for entities the table does not know.

/** Legal-form suffixes that make the capitalised words before them a company name. */
const ORG_SUFFIXES = new Set(['inc', 'inc.', 'gmbh', 'ltd', 'ltd.', 'ag', 'sa', 's.a.', 'sas', 's.l.', 'sl', 'llc', 'llp', 'lp', 'pllc', 'pc', 'p.c.', 'corp', 'corp.', 'corporation', 'plc', 'co.', 'kk', 'k.k.', 'gmbh & co. kg', 'se', 'bv', 'b.v.', 'nv', 'n.v.', 'oy', 'ab', 'spa', 's.p.a.', 'srl', 's.r.l.']);
/** An ampersand between two words of a name. */
const AMPERSAND_BETWEEN = /^[ \u00a0]&[ \u00a0]$/u;
/** A comma and a space between a name and its legal form. */
const LEGAL_FORM_COMMA = /^,[ \u00a0]$/u;
/** Words that name a university in Latin-script languages. */
const UNIVERSITY_WORD = /^(?:universit(?:y|ät|é|e|à|at|ies)|universidad|universidade|uniwersytet|technischen?|hochschule|college|institut[eo]?)$/iu;
/** Particles inside names (`University of Leeds`, `Universidad Politécnica de Madrid`, `Banque de France`). */
const NAME_PARTICLES = new Set(['of', 'de', 'del', 'della', 'di', 'du', 'des', 'la', 'der', 'für', 'van', 'von', 'da', 'do', 'dos', '&']);
/** Capitalised words that do not start names: months, weekdays and the like in the corpus languages. */
const NOT_NAME_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', 'mr', 'mrs', 'ms', 'dr', 'prof',
  'share', 'tags', 'related', 'posted', 'page', 'home', 'reply', 'comments', 'contact', 'privacy', 'copyright',
]);
/**
 * Reporting verbs after which a speaker's name follows (`said Elena Marsh`, `sagte Katrin Albers`, `заявил Павел Грачёв`).
 * Not `according to` / `selon` / `según`: they introduce sources, organisations as often as people.
 */
const VERB_THEN_NAME = /(?:^|[\s,—–-])(?:said|says|told|added|explained|wrote|noted|argued|sagte|sagt|erklärte|betonte|meinte|ergänzte|a déclaré|a dit|a expliqué|a ajouté|explique|déclare|estime|dijo|afirmó|explicó|señaló|declaró|añadió|disse|заявил|заявила|сказал|сказала|отметил|отметила|пояснил|пояснила|рассказал|рассказала|считает|говорит)\s+$/iu;
/** Function words that start sentences or sit before names but are never part of one (`The`, `Le`, `Die`, `Und`). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'as', 'this', 'that', 'it', 'its', 'our', 'their', 'his', 'her',
  'le', 'la', 'les', 'l', 'un', 'une', 'et', 'ou', 'chez', 'pour', 'avec', 'dans', 'sur', 'par', 'ce', 'cette', 'son', 'sa', 'ses',
  'el', 'los', 'las', 'y', 'en', 'con', 'para', 'por', 'su', 'sus', 'del', 'al',
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'und', 'oder', 'mit', 'bei', 'im', 'am', 'zum', 'zur', 'auf', 'aus', 'für',
  'и', 'в', 'на', 'с', 'по', 'о', 'у', 'к', 'от', 'за', 'из', 'для',
]);
/** Reporting verbs after a speaker's name (`Priya Raman said`). */
const NAME_THEN_VERB = /^\s*(?:said|says|told|added|explained|wrote|sagte|sagt|erklärte|betonte|a déclaré|a dit|a expliqué|dijo|afirmó|explicó|заявил|заявила|сказал|сказала)(?![\p{L}])/iu;
/** Common Chinese surnames (both scripts), to accept 2–3 character names before a reporting verb. */
const CHINESE_SURNAMES = new Set([...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁沈任姚卢盧钟鍾姜崔谭譚陆陸范汪廖石金贾賈韦韋夏付方邹鄒熊白孟秦邱侯江尹薛闫閻段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬钱錢严嚴赖賴覃洪武莫孔汤湯向常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戴'.split('')]);
/** Chinese reporting verbs after a speaker's name (`周明远表示`). */
const CHINESE_REPORTING_VERB = /表示|说|說|指出|认为|認為|称|稱|介绍|介紹|强调|強調|透露/gu;
/** What may stand right before a Chinese name: a job title's last character, punctuation or the start. */
const BEFORE_CHINESE_NAME = /[员員授长長师師官家者理监監裁任人士生\p{P}\s]/u;
/** Japanese: a name, a title or honorific, then a reporting verb (`田中浩二氏は述べた`, `山本真理准教授は述べた`). */
const JAPANESE_SPEAKER = /(?<![\p{Script=Han}\p{Script=Katakana}ー・])(\p{Script=Han}{2,5}?|[\p{Script=Katakana}ー][\p{Script=Katakana}ー・]{1,14}?)(?:氏|さん|准教授|教授|社長|所長|代表|会長|研究員)(?:は|が)(?:述べ|語|話|説明|指摘|強調|明か)/gu;
/**
 * CJK organisation suffixes; the name is the Latin or katakana run before (or after 株式会社), or for universities the Han
 * word before. Not 大学 in 大学生 (university students), a common noun.
 */
const CJK_ORG_SUFFIX = /公司|集团|集團|株式会社|大[学學](?!生)/gu;
/** Words before 公司/大学 that describe rather than name (`创业公司`, `一家公司`, `许多大学`). */
const CJK_GENERIC_WORDS = new Set(['一家', '这家', '這家', '该', '該', '本', '大', '小', '母', '子', '分', '上市', '科技', '创业', '創業', '新创', '新創', '互联网', '網路', '网络', '金融', '投资', '投資', '各大', '多家', '两家', '兩家', '许多', '許多', '这所', '這所', '一所', '多所', '知名', '顶尖', '頂尖', '外国', '外國', '国内', '國內', '海外', '美国', '美國', '中国', '中國', '我们', '我們', '他们', '他們', '其', '的', '及', '和', '与', '與', '控股', '子', '新', '老', '大型', '小型', '初创', '初創', '人工', '智能', '技术', '技術', '软件', '軟體', '信息', '资讯', '資訊', '电信', '電信', '能源', '芯片', '晶片', '半导体', '半導體', '公司', '大学', '大學', '该所', '私立', '公立', '国立', '國立']);

/** Joiners inside a Latin token (`AT&T`, `S.A`, `Jean-Luc`). */
const LATIN_JOINERS = "-'’.&";

interface Token {
  text: string;
  /** text.toLowerCase(), once: every rule below looks words up in lowercase lists. */
  lower: string;
  start: number;
  end: number;
}

function latinTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const run of wordRuns(text, { joiners: LATIN_JOINERS, digits: true, trailingDot: true })) {
    if (flagsAt(text, run.start) & UNSPACED_UNIT) continue;
    // A trailing dot is part of `Inc.` and `S.A.`, not of an ordinary word at a sentence end.
    let word = text.slice(run.start, run.end);
    if (word.endsWith('.') && !ORG_SUFFIXES.has(word.toLowerCase()) && !LETTERS_WITH_DOTS.test(word)) word = word.slice(0, -1);
    out.push({ text: word, lower: word.toLowerCase(), start: run.start, end: run.start + word.length });
  }
  return out;
}

const STARTS_UPPERCASE = /^\p{Lu}/u;
/** Starts with a capital letter (an uppercase letter is a letter: no second test needed); ASCII without a regex. */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return STARTS_UPPERCASE.test(word);
}

/** Only spaces between two tokens (no comma, no sentence end): they may belong to one name. */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) if (text[k] !== ' ' && text[k] !== '\u00a0') return false;
  return true;
}

const SENTENCE_START_MARK = /[.!?:;"“”„«»「」『』()\[\]|>•·—–-]/u;
const WHITESPACE = /\s/;
/** Only whitespace before `index`, or a sentence mark as the last character before it (looked at, not the whole text). */
function atSentenceStart(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && WHITESPACE.test(text[k])) k--;
  return k < 0 || SENTENCE_START_MARK.test(text[k]);
}

/** A name run of capitalised tokens ending at tokens[last] (backwards) with particles between, at most `max` tokens. */
function nameRunBackwards(text: string, tokens: Token[], last: number, max: number, stop: ReadonlySet<string>): number | null {
  let first: number | null = null;
  for (let k = last, count = 0; k >= 0 && count < max; k--, count++) {
    const t = tokens[k];
    // An ampersand joins the names of a firm's partners (`Holland & Hart`, `Beatty & Associates`).
    if (k < last && !adjacent(text, t, tokens[k + 1]) && !AMPERSAND_BETWEEN.test(text.slice(t.end, tokens[k + 1].start))) break;
    const lower = t.lower;
    if (isCapitalised(t.text) && !stop.has(lower) && !NOT_NAME_WORDS.has(lower)) first = k;
    else if (NAME_PARTICLES.has(lower) && first !== null) continue;
    else break;
  }
  return first;
}

/** Tokens of a name before a legal-form suffix (`DigitalPuls Verlag GmbH`, `DiarioTec Ediciones S.L.`): longer runs are sentences. */
const ORG_NAME_MAX_TOKENS = 4;
/** Capitalised words before `University`/`Universität` (`Technischen Universität`) and name words after it (`de Madrid`). */
const UNIVERSITY_WORDS_BEFORE = 2;
const UNIVERSITY_WORDS_AFTER = 4;
/** Characters around a name searched for a reporting verb (`said`, `sagte`, `a déclaré` with its auxiliary). */
const REPORTING_VERB_WINDOW = 20;
/** Tokens of a person's name next to a reporting verb: given name, particle, surname. */
const SPEAKER_NAME_MAX_TOKENS = 3;
/** Characters before 大学 segmented to find the university's name (a 2–4 character word, as the rule checks, and its neighbour). */
const CJK_NAME_WINDOW = 8;
/** Chinese personal names are a surname and one or two given-name characters: try the longer first. */
const CHINESE_NAME_LENGTHS = [3, 2];

/** What each name rule sees: the paragraph, its language and Latin tokens, the stoplist, and where to add a name. */
interface NameRuleContext {
  text: string;
  lang: string;
  tokens: Token[];
  /** Names may contain words of the big stoplists (`Bill`, `New`, `Proche`, `Seine`): those only veto the weakest rules. */
  stop: ReadonlySet<string>;
  /** The alias table's spans, and the names the rules added so far (see add). */
  taken: Span[];
  spans: Span[];
}

/**
 * Adds a name where no earlier rule (or the alias table) found one. A function of the context, not a closure made per
 * paragraph: with tsx's keepNames each closure made costs a defineProperty (bench:hostile, one-char-lines: 333,000 paragraphs).
 */
function add(ctx: NameRuleContext, start: number, end: number, type: EntityType): void {
  const surface = ctx.text.slice(start, end).trim();
  if (surface.length >= 2 && isFree(ctx.taken, start, end) && isFree(ctx.spans, start, end)) ctx.spans.push({ start, end, canonical: surface, type });
}

/** The name rules, strongest first: a span one of them adds is not taken again by a later one. */
const NAME_RULES: Array<(ctx: NameRuleContext) => void> = [
  orgBeforeLegalForm, universityNames, speakerAfterVerb, speakerBeforeVerb, chineseSpeakers, japaneseSpeakers, cjkOrganisations,
];
/** The rules of NAME_RULES that read only Han, hiragana and katakana (their patterns match nothing else). */
const CJK_RULES: ReadonlySet<(ctx: NameRuleContext) => void> = new Set([chineseSpeakers, japaneseSpeakers, cjkOrganisations]);
/**
 * A UTF-16 unit from U+3000 (CJK punctuation) up: kana, Han and the surrogates of astral Han all lie there. A pattern
 * without the `u` flag, so that it reads units; the engine settles a text of one-byte characters without reading it.
 */
const CJK_OR_ABOVE_UNIT = /[\u3000-\uffff]/;

/** Whether any UTF-16 unit of the text is at or above U+3000 (what the CJK rules need to match anything). */
export const hasCjkUnit = (text: string) => CJK_OR_ABOVE_UNIT.test(text);

/**
 * The part of a rule's pattern between `prefix` and `suffix` of its source (its anchors and the spaces around the
 * words), as a pattern of its own with the same flags: it finds anywhere in a paragraph what the rule's pattern needs in
 * a window of it. A source of another shape gives a pattern that matches everywhere (the rule then runs everywhere).
 */
function wordsAnywhere(pattern: RegExp, prefix: string, suffix: string): RegExp {
  const { source, flags } = pattern;
  if (!source.startsWith(prefix) || !source.endsWith(suffix)) return /(?:)/;
  return new RegExp(source.slice(prefix.length, source.length - suffix.length), flags.replace(/[gy]/g, ''));
}
/**
 * A case-insensitive pattern of plain words (letters, spaces, `|` and `(?:…)` groups) without the `u` flag, which the
 * engine runs in about half the time: the `u` flag's case folding also matches `ſ` to `s` and the Kelvin sign to `k`,
 * which are added beside those letters, so that it finds what the pattern finds (the letters of the reporting verbs
 * checked over every unit in the tests). A pattern of anything else is kept as it is.
 */
export function withoutUnicodeFlag(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('i') || !/^[\p{L} |(?:)]*$/u.test(pattern.source)) return pattern;
  return new RegExp(pattern.source.replace(/[sSkK]/g, (c) => (c === 's' || c === 'S' ? '[sſ]' : '[k\u212a]')), pattern.flags.replace('u', ''));
}
/**
 * The reporting verbs of VERB_THEN_NAME or NAME_THEN_VERB anywhere in a paragraph, as a list of alternatives: the
 * reference REPORTING_VERB_ANYWHERE is tested against (it finds a verb in the same texts).
 */
const REPORTING_VERB_SOURCE = `${wordsAnywhere(VERB_THEN_NAME, '(?:^|[\\s,—–-])', '\\s+$').source}|${wordsAnywhere(NAME_THEN_VERB, '^\\s*', '(?![\\p{L}])').source}`;
export const REPORTING_VERB_LIST = withoutUnicodeFlag(new RegExp(REPORTING_VERB_SOURCE, 'iu'));
/**
 * The plain words of a pattern made of groups of alternatives (`(?:said|says)|(?:told)`), or null for a pattern of
 * another shape.
 */
function alternativeWords(source: string): string[] | null {
  const words: string[] = [];
  for (const group of source.split('|(?:').map((g, k) => (k === 0 ? g : `(?:${g}`))) {
    const inner = /^\(\?:([\p{L} |]*)\)$/u.exec(group);
    if (!inner) return null;
    words.push(...inner[1].split('|'));
  }
  return words;
}
/**
 * Words as one pattern that finds one of them anywhere, their common starts written once (`s(?:a(?:id|ys)|eñaló)`):
 * the engine then reads a unit of the text against the few first letters, where it tried every word at every unit. A
 * word that starts with another word of the list is left out (a text that holds it holds the shorter word), so the
 * pattern answers `test` as the list does, not which word matched. Non-empty words of letters and spaces only.
 */
export function factoredWords(words: readonly string[]): string {
  const kept = [...new Set(words)].filter((w) => !words.some((other) => other !== w && w.startsWith(other)));
  const group = (list: string[]): string => {
    const byFirst = new Map<string, string[]>();
    for (const w of list) {
      const rests = byFirst.get(w[0]);
      if (rests) rests.push(w.slice(1)); else byFirst.set(w[0], [w.slice(1)]);
    }
    const branches = [...byFirst].map(([first, rests]) => (rests.length === 1 ? first + rests[0] : first + group(rests)));
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  return group(kept);
}
/**
 * Whether a paragraph holds a reporting verb of VERB_THEN_NAME or NAME_THEN_VERB: without one, neither speaker rule
 * matches. REPORTING_VERB_LIST's words factored (factoredWords), with its flags: the same answer in about half the time,
 * on every paragraph of a page (bench/claims-cpu.ts's pages: 0.65 of the list's time).
 */
export const REPORTING_VERB_ANYWHERE = (() => {
  const words = alternativeWords(REPORTING_VERB_SOURCE);
  if (!words || words.some((w) => w.length === 0)) return REPORTING_VERB_LIST;
  return withoutUnicodeFlag(new RegExp(factoredWords(words), 'iu'));
})();
/** Escaped for a pattern, a Kelvin sign beside each k (whose lowercase is `k`: a token in it has a legal form's lowercase). */
const legalFormPattern = (form: string) => form.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&').replace(/k/gi, (k) => (k === 'k' ? '[k\u212a]' : '[K\u212a]'));
/**
 * A legal form of ORG_SUFFIXES anywhere in a paragraph, as orgBeforeLegalForm reads a token: the longer ones in any case
 * (the lowercase of a token is compared), those of two letters in capitals (the rule skips them otherwise).
 */
export const LEGAL_FORM_ANYWHERE = new RegExp([...ORG_SUFFIXES].filter((form) => form.length > 2).map(legalFormPattern).join('|'), 'i');
export const SHORT_LEGAL_FORM_ANYWHERE = new RegExp([...ORG_SUFFIXES].filter((form) => form.length <= 2).map((form) => legalFormPattern(form.toUpperCase())).join('|'));
/** The words universityNames starts from (`University`, `Universität`, `Hochschule`), anywhere in a paragraph. */
const UNIVERSITY_ANYWHERE = /universi|hochschule/iu;
/**
 * For each Latin rule, a test of the whole paragraph that holds wherever the rule can add a name (what its tokens must
 * spell): most paragraphs pass none, and then their words are not split at all. `everyRule` skips the tests.
 */
const RULE_GATES: ReadonlyMap<(ctx: NameRuleContext) => void, (text: string) => boolean> = new Map([
  [orgBeforeLegalForm, (text: string) => LEGAL_FORM_ANYWHERE.test(text) || SHORT_LEGAL_FORM_ANYWHERE.test(text)],
  [universityNames, (text: string) => UNIVERSITY_ANYWHERE.test(text)],
]);
/** Shared by the rules gated together (the two speaker rules read one test). */
const SPEAKER_RULES: ReadonlySet<(ctx: NameRuleContext) => void> = new Set([speakerAfterVerb, speakerBeforeVerb]);
const NO_TOKENS: Token[] = [];

/**
 * The heuristic names of one paragraph; `everyRule` runs every rule on any text (for the tests: the gates change
 * nothing). The tokens are split only for a Latin rule that passes its gate.
 */
export function heuristicSpans(text: string, lang: string, taken: Span[], everyRule = false): Span[] {
  const context: NameRuleContext = { text, lang, tokens: NO_TOKENS, stop: FUNCTION_WORDS, taken, spans: [] };
  // Text with no unit of the CJK blocks gives the CJK rules nothing to match: they are not run on it.
  const cjk = everyRule || hasCjkUnit(text);
  let speakers: boolean | undefined;
  for (const rule of NAME_RULES) {
    if (CJK_RULES.has(rule)) {
      if (cjk) rule(context);
      continue;
    }
    if (!everyRule) {
      const gate = RULE_GATES.get(rule);
      if (gate ? !gate(text) : SPEAKER_RULES.has(rule) && !(speakers ??= REPORTING_VERB_ANYWHERE.test(text))) continue;
    }
    if (context.tokens === NO_TOKENS) context.tokens = latinTokens(text);
    rule(context);
  }
  return context.spans;
}

/** Organisation suffixes: `TechWire Media Inc.`, `DigitalPuls Verlag GmbH`, `DiarioTec Ediciones S.L.` */
function orgBeforeLegalForm(ctx: NameRuleContext): void {
  const { text, tokens, stop } = ctx;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    // English also sets the form off with a comma (`Acme Widgets, Inc.`, `Holland & Hart, LLP`).
    if (!ORG_SUFFIXES.has(t.lower) || !(adjacent(text, tokens[k - 1], t) || LEGAL_FORM_COMMA.test(text.slice(tokens[k - 1].end, t.start)))) continue;
    if (t.text.length <= 2 && t.text !== t.text.toUpperCase()) continue; // `sa`, `ag`, `se` as ordinary words
    const first = nameRunBackwards(text, tokens, k - 1, ORG_NAME_MAX_TOKENS, stop);
    if (first !== null) add(ctx, tokens[first].start, t.end, 'org');
  }
}

/** Universities: `University of Leeds`, `Universidad Politécnica de Madrid`, `Technischen Universität Dresden`, `université Paris-Saclay`. */
function universityNames(ctx: NameRuleContext): void {
  const { text, tokens, stop } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // Only U, u, H and h case-fold to the first letter of `universi` or `hochschule` (checked over all of Unicode).
    const first = t.text[0];
    if (first !== 'u' && first !== 'U' && first !== 'h' && first !== 'H') continue;
    if (!/^universi|^hochschule$/iu.test(t.text) || !UNIVERSITY_WORD.test(t.text)) continue;
    let start = k;
    while (start > 0 && k - start < UNIVERSITY_WORDS_BEFORE && adjacent(text, tokens[start - 1], tokens[start]) && isCapitalised(tokens[start - 1].text)
      && !stop.has(tokens[start - 1].lower) && !atSentenceStart(text, tokens[start - 1].start)) start--;
    let end = k;
    for (let j = k + 1; j < tokens.length && j - k <= UNIVERSITY_WORDS_AFTER && adjacent(text, tokens[j - 1], tokens[j]); j++) {
      const lower = tokens[j].lower;
      if (isCapitalised(tokens[j].text) && !NOT_NAME_WORDS.has(lower)) end = j;
      else if (!NAME_PARTICLES.has(lower)) break;
    }
    if (start === k && end === k) continue;
    add(ctx, tokens[start].start, tokens[end].end, 'org');
  }
}

/** People after a reporting verb: `said Elena Marsh,`. */
function speakerAfterVerb(ctx: NameRuleContext): void {
  const { text, tokens, stop } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!isCapitalised(t.text) || !VERB_THEN_NAME.test(text.slice(Math.max(0, t.start - REPORTING_VERB_WINDOW), t.start))) continue;
    let end = k;
    for (let j = k + 1; j < tokens.length && j - k < SPEAKER_NAME_MAX_TOKENS && adjacent(text, tokens[j - 1], tokens[j]); j++) {
      if (isCapitalised(tokens[j].text)) end = j;
      else if (!NAME_PARTICLES.has(tokens[j].lower)) break;
    }
    const words = tokens.slice(k, end + 1).filter((w) => isCapitalised(w.text));
    if (words.length < 2 || words.some((w) => stop.has(w.lower) || NOT_NAME_WORDS.has(w.lower))) continue;
    add(ctx, t.start, tokens[end].end, 'person');
  }
}

/** People before a reporting verb: `Priya Raman said`. */
function speakerBeforeVerb(ctx: NameRuleContext): void {
  const { text, tokens, stop } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!isCapitalised(t.text) || !NAME_THEN_VERB.test(text.slice(t.end, t.end + REPORTING_VERB_WINDOW))) continue;
    const first = nameRunBackwards(text, tokens, k, SPEAKER_NAME_MAX_TOKENS, stop);
    if (first !== null && k - first >= 1) add(ctx, tokens[first].start, t.end, 'person');
  }
}

/** Chinese speakers: `副研究员周明远表示`, `教授林建宏表示`. */
function chineseSpeakers(ctx: NameRuleContext): void {
  const { text } = ctx;
  for (const m of allMatches(CHINESE_REPORTING_VERB, text)) {
    for (const length of CHINESE_NAME_LENGTHS) {
      const start = m.index! - length;
      if (start < 0) continue;
      const name = text.slice(start, m.index!);
      if (!HAN_ONLY.test(name) || !CHINESE_SURNAMES.has(name[0])) continue;
      if (start > 0 && !BEFORE_CHINESE_NAME.test(text[start - 1])) continue;
      add(ctx, start, m.index!, 'person');
      break;
    }
  }
}

/** Japanese speakers. */
function japaneseSpeakers(ctx: NameRuleContext): void {
  const { text } = ctx;
  // The pattern needs は or が; without them it would still try its lookbehind at every position.
  if (text.includes('は') || text.includes('が')) for (const m of allMatches(JAPANESE_SPEAKER, text)) add(ctx, m.index!, m.index! + m[1].length, 'person');
}

/** CJK organisation suffixes (`株式会社`, `大学`). */
function cjkOrganisations(ctx: NameRuleContext): void {
  const { text, lang } = ctx;
  for (const m of allMatches(CJK_ORG_SUFFIX, text)) {
    const suffixEnd = m.index! + m[0].length;
    if (m[0] === '株式会社') {
      const before = /[\p{Script=Latin}\p{N}\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u.exec(text.slice(0, m.index!));
      const after = /^[\p{Script=Latin}\p{N}\p{Script=Katakana}ー]+/u.exec(text.slice(suffixEnd));
      if (before) add(ctx, m.index! - before[0].length, suffixEnd, 'org');
      else if (after) add(ctx, m.index!, suffixEnd + after[0].length, 'org');
      continue;
    }
    const latin = /[\p{Script=Latin}\p{N}\p{Script=Katakana}ー]{2,}$/u.exec(text.slice(0, m.index!));
    if (latin) {
      add(ctx, m.index! - latin[0].length, suffixEnd, 'org');
      continue;
    }
    // A Han word before 公司/集团 is as often a description (创业公司, 交易公司, 加密公司) as a name: universities only.
    if (!/^大[学學]$/u.test(m[0])) continue;
    const window = text.slice(Math.max(0, m.index! - CJK_NAME_WINDOW), m.index!);
    const segments = [...segmenter(lang === 'ja' ? 'ja' : 'zh').segment(window)];
    const previous = segments.at(-1);
    if (!previous || !previous.isWordLike || !TWO_TO_FOUR_HAN_ONLY.test(previous.segment) || CJK_GENERIC_WORDS.has(previous.segment)) continue;
    add(ctx, m.index! - previous.segment.length, suffixEnd, 'org');
  }
}


/** Share of capitalised words above which a paragraph is title case (a headline), where capitals say nothing. */
const TITLE_CASE_SHARE = 0.6;
/** Fewest words a paragraph needs before its share of capitals says it is title case. */
const TITLE_CASE_MIN_WORDS = 4;
/** Languages whose names the capitalisation rules cannot see (no case): their own analysers find names. */
const UNSPACED_LANGS: ReadonlySet<string> = new Set(['zh', 'ja', 'ko', 'th']);

/** What a unit may be in a word of isTitleCase's pattern `[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*`: its first unit, a later one, an uppercase letter. */
const WORD_FIRST = 1;
const WORD_PART = 2;
const WORD_UPPER = 4;
const WORD_CLASSIFIED = 8;
const classifyWordUnit = (ch: string) => WORD_CLASSIFIED | (/[\p{L}\p{N}]/u.test(ch) ? WORD_FIRST : 0) | (/[\p{L}\p{M}\p{N}'’-]/u.test(ch) ? WORD_PART : 0) | (/\p{Lu}/u.test(ch) ? WORD_UPPER : 0);
const wordUnitFlags = codeUnitTable(classifyWordUnit);
/** Marks, in wordFlagsAt's answer, a code point of two units (a surrogate pair). */
const WORD_WIDE = 16;
/** wordUnitFlags of the ASCII units, by code. */
const ASCII_WORD_FLAGS = Uint8Array.from({ length: 0x80 }, (_, code) => classifyWordUnit(String.fromCharCode(code)));
/**
 * The flags of the code point at i: of its unit, or for a surrogate pair of the pair (read as one, as the pattern's `u`
 * flag reads it, with WORD_WIDE).
 */
function wordFlagsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return ASCII_WORD_FLAGS[code]!;
  if (code < 0xd800 || code > 0xdbff) return wordUnitFlags(code);
  const point = text.codePointAt(i)!;
  return point > 0xffff ? WORD_WIDE | classifyWordUnit(String.fromCodePoint(point)) : wordUnitFlags(code);
}

/**
 * How many words `text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*\/gu)` finds and how many of them start with an
 * uppercase letter (`/^\p{Lu}/u`), by one scan that makes no strings.
 */
export function wordShape(text: string): { words: number; capitalised: number } {
  let words = 0;
  let capitalised = 0;
  let i = 0;
  while (i < text.length) {
    const first = wordFlagsAt(text, i);
    i += first & WORD_WIDE ? 2 : 1;
    if (!(first & WORD_FIRST)) continue;
    words++;
    if (first & WORD_UPPER) capitalised++;
    while (i < text.length) {
      const part = wordFlagsAt(text, i);
      if (!(part & WORD_PART)) break;
      i += part & WORD_WIDE ? 2 : 1;
    }
  }
  return { words, capitalised };
}

/**
 * A headline in title case: mostly capitals, function words capitalised too (`What Big Labs Are Paying`); not the first
 * word of a place's name that stoplists list (`He met Nadia Morrow in New Orleans.`).
 */
function isTitleCase(text: string, lang: string): boolean {
  // Most paragraphs fail the share of capitals: counted first without making the words (wordShape), the same words the pattern below finds.
  const shape = wordShape(text);
  if (shape.words < TITLE_CASE_MIN_WORDS || shape.capitalised / shape.words <= TITLE_CASE_SHARE) return false;
  const list = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
  if (list.length < TITLE_CASE_MIN_WORDS || list.filter((w) => STARTS_UPPERCASE.test(w)).length / list.length <= TITLE_CASE_SHARE) return false;
  const stop = stopwordsOf(lang);
  return list.slice(1).some((w) => STARTS_UPPERCASE.test(w) && stop.has(w.toLowerCase()) && !isPlaceLead(w.toLowerCase()));
}

const byStart = (a: Span, b: Span) => a.start - b.start;

/**
 * Entity mentions in the paragraphs of one article: alias-table matches first (longest match wins, Latin aliases
 * only on word boundaries, traditional and simplified Chinese alike), then heuristic names on the text left over.
 */
export function findEntities(paragraphs: string[], lang: string, aliases: AliasTable, options: { openNames?: boolean } = {}): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const text = paragraphs[paragraph]!;
    const known = tableSpans(text, lang, aliases);
    const unknown = heuristicSpans(text, lang, known);
    // tableSpans gives its spans in order: only heuristic ones need a sort (a stable one, as before).
    const spans = unknown.length ? [...known, ...unknown].sort(byStart) : known;
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k]!;
      mentions.push({ text: text.slice(span.start, span.end), canonical: span.canonical, type: span.type, paragraph, start: span.start, end: span.end });
    }
  }
  return options.openNames === false ? mentions : addOpenNames(paragraphs, lang, mentions);
}

/**
 * The mentions of each paragraph in their order, grouped in one pass: a filter over all mentions per paragraph was
 * quadratic on a page of many short paragraphs (bench:hostile, one-char-lines: over 10 s at 1 MB). An array indexed
 * by paragraph, not a Map: on that page's 333,000 paragraphs the Map's growth was a fifth of the entities stage.
 */
function mentionsByParagraph(mentions: readonly EntityMention[], paragraphs: number): Array<EntityMention[] | undefined> {
  const byParagraph = new Array<EntityMention[] | undefined>(paragraphs);
  for (const m of mentions) {
    const group = byParagraph[m.paragraph];
    if (group) group.push(m); else byParagraph[m.paragraph] = [m];
  }
  return byParagraph;
}

/**
 * Fewest consonant classes of a transliterated Chinese name linked: pinyin drops and merges so many English consonants
 * that two-consonant names link at random (`吉杰` to Jessie on the golden export's pages).
 */
const TRANSLITERATION_MIN_CONSONANTS = 3;
/** The parts of a transliterated name (`希拉里·克林顿`). */
const TRANSLITERATION_PARTS = /[·•・‧]/u;
/**
 * The English spelling of a person's or place's name Chinese writes in transliteration characters (`克林顿` → `Clinton`,
 * `米兰` → `Milan`), when every part sounds like an English name (cross-script.ts); null otherwise: a Chinese name
 * (`王伟`) or a name no English one sounds like stays as written.
 */
function englishOfTransliteration(name: string, type: EntityType): string | null {
  if (type !== 'person' && type !== 'place') return null;
  const parts = name.split(TRANSLITERATION_PARTS);
  if (!parts.every((p) => TWO_OR_MORE_HAN_ONLY.test(p) && transliterated(toSimplified(p)))) return null;
  return englishNameOf(parts.map(toSimplified), 'han', englishNames(), TRANSLITERATION_MIN_CONSONANTS);
}

/** Languages whose names script-names.ts finds: Japanese through kuromoji, Korean, Arabic and Hindi by sound. */
const SCRIPT_NAME_LANGS: ReadonlySet<string> = new Set(['ja', 'ko', 'ar', 'hi']);

/** The mentions with the names of script-names.ts added where the text is free, in order. */
function addScriptNames(paragraphs: string[], lang: string, mentions: EntityMention[]): EntityMention[] {
  const byParagraph = mentionsByParagraph(mentions, paragraphs.length);
  const added: EntityMention[] = [];
  paragraphs.forEach((text, paragraph) => {
    const taken = byParagraph[paragraph] ?? [];
    for (const span of lang === 'ja' ? japaneseNames(text, taken) : soundedNames(text, lang, taken)) {
      added.push({ text: text.slice(span.start, span.end), canonical: span.canonical, type: span.type, paragraph, start: span.start, end: span.end });
    }
  });
  return added.length ? [...mentions, ...added].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start) : mentions;
}

/**
 * Names written in Latin letters inside Korean text (`Velo 역`, `노르딕(Nordic)`): Hangul has no capitals, so a
 * capitalised Latin word there is a name or an acronym, read as inside Chinese text (latinNamesInChinese); Japanese
 * has kuromoji's tags for them (japaneseNames).
 */
function addLatinNamesInKorean(paragraphs: string[], mentions: EntityMention[]): EntityMention[] {
  const byParagraph = mentionsByParagraph(mentions, paragraphs.length);
  const added: EntityMention[] = [];
  paragraphs.forEach((text, paragraph) => {
    if (!/[A-Z]/u.test(text)) return;
    for (const span of latinNamesInChinese(text, byParagraph[paragraph] ?? [])) {
      added.push({ text: text.slice(span.start, span.end), canonical: span.canonical, type: span.type, paragraph, start: span.start, end: span.end });
    }
  });
  return added.length ? [...mentions, ...added].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start) : mentions;
}

function addChineseNames(paragraphs: string[], mentions: EntityMention[]): EntityMention[] {
  // A place's name before 人 or 语 is a word for its people or language (`澳大利亚人`, `丹麦语`), not the place.
  // A place's name before a noun of a person's role is an attribute (`法国代表`, like `French` in `the French envoy`).
  // A place inside title marks is part of a work's title (`《法国民法典》`, the French civil code).
  let out = mentions.filter((m) => m.type !== 'place' || !(namesPeopleOrLanguage(paragraphs[m.paragraph], m.end) || placeBeforeRole(paragraphs[m.paragraph], m.end)
    || insideTitleMarks(paragraphs[m.paragraph], m.start, m.end)));
  const byParagraph = mentionsByParagraph(mentions, paragraphs.length);
  paragraphs.forEach((text, paragraph) => {
    const taken = byParagraph[paragraph] ?? [];
    for (const span of [...chineseNames(text, taken), ...latinNamesInChinese(text, taken)]) {
      // A longer name replaces the ones it contains (`澳大利亚队`, the team, around `澳大利亚`).
      out = out.filter((m) => m.paragraph !== paragraph || m.start < span.start || m.end > span.end);
      const english = englishOfTransliteration(span.canonical, span.type);
      // A place the English name is known as keeps that type (jieba tags some transliterated places as people: `布里斯班`).
      const type = english && isKnownPlace(english) ? 'place' : span.type;
      out.push({ text: text.slice(span.start, span.end), canonical: english ?? span.canonical, type, paragraph, start: span.start, end: span.end });
    }
  });
  out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  // A place and the geographical noun after it are one place name (`印度板块`, `维多利亚广场`), when no other name follows.
  out.forEach((m, k) => {
    if (m.type !== 'place') return;
    const end = placeNameEnd(paragraphs[m.paragraph], m.end);
    const next = out[k + 1];
    if (end === m.end || (next && next.paragraph === m.paragraph && next.start < end)) return;
    const text = paragraphs[m.paragraph].slice(m.start, end);
    out[k] = { ...m, text, canonical: text, end };
  });
  return joinNestedPlaces(paragraphs, withRepeatedNames(paragraphs, out));
}

/**
 * Chinese writes a place inside a larger one as one name, the larger first and with no space (`湖南省宜章县`,
 * `美国亚利桑那州`, `荷兰阿姆斯特丹`, as an address is written): adjacent place mentions are one place, named
 * canonically by its last, most specific part.
 */
function joinNestedPlaces(paragraphs: string[], mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const previous = out.at(-1);
    if (previous && previous.type === 'place' && m.type === 'place' && previous.paragraph === m.paragraph && previous.end === m.start) {
      out[out.length - 1] = { ...m, start: previous.start, text: paragraphs[m.paragraph].slice(previous.start, m.end) };
    } else out.push(m);
  }
  return out;
}

/**
 * The English possessive after a name: `'s`, or an apostrophe alone after a final sibilant s, x or z, as some styles
 * write it (`Syria's`, `Jones'`, `Marx'`, `Lopez'`).
 */
const POSSESSIVE_AFTER = /^['’](?:s(?![\p{L}\p{N}])|(?![\p{L}\p{N}]))/u;
/**
 * An English name's mention takes its possessive into its text, as the open names' tokens do (`California's`) and
 * treebanks tag it; the canonical stays without.
 */
function withPossessive(m: EntityMention, text: string): void {
  // The pattern starts with an apostrophe: any other unit after the name settles it.
  const next = text.charCodeAt(m.end);
  if (next !== 0x27 && next !== 0x2019) return;
  const after = POSSESSIVE_AFTER.exec(text.slice(m.end, m.end + 3));
  if (!after || (after[0].length === 1 && !/[sxz]$/iu.test(m.text))) return;
  m.end += after[0].length;
  m.text = text.slice(m.start, m.end);
}

/** A character a name's first word may start with, or carry as its capital after `al-`: an uppercase (or titlecase) letter. */
const CAPITAL = /[\p{Lu}\p{Lt}]/u;
/** Whether one unit alone is a capital as hasFreeCapital reads one: it has a lowercase form, or is of category Lu or Lt (a table by unit). */
const CAPITAL_FLAG = 2;
const capitalFlags = codeUnitTable((ch) => 1 | (ch !== ch.toLowerCase() || CAPITAL.test(ch) ? CAPITAL_FLAG : 0));
/**
 * Whether an uppercase letter of text lies outside every span of `taken` (which may overlap and come in any order):
 * one sweep over the text, with the spans in order of their start.
 */
export function hasFreeCapital(text: string, taken: ReadonlyArray<{ start: number; end: number }>): boolean {
  let spans = taken;
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) { spans = [...taken].sort((a, b) => a.start - b.start); break; }
  let next = 0;
  let coveredUntil = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII without a regular expression; beyond it a capital is a letter with a lowercase form, or of category Lu or Lt (a surrogate pair as one code point).
    const capital = code < 0x80 ? code >= 0x41 && code <= 0x5a
      : code >= 0xd800 && code <= 0xdbff ? CAPITAL.test(text.slice(i, i + 2)) : (capitalFlags(code) & CAPITAL_FLAG) !== 0;
    if (!capital) continue;
    while (next < spans.length && spans[next].start <= i) coveredUntil = Math.max(coveredUntil, spans[next++].end);
    if (i >= coveredUntil) return true;
  }
  return false;
}

/** What joins two conjuncts: a coordinating conjunction of the languages read here, after an optional comma. */
const COORDINATION = /^,?\s+(?:and|or|und|oder|e|ou|och|eller|и|или|y|o|et)\s+$/u;
/**
 * The names no list knows, added where `mentions` leave the text free: capitalised names in alphabetic scripts
 * (names.ts). Run after a NER model's spans are merged, so that the model's types win where both see a name.
 */
export function addOpenNames(paragraphs: string[], lang: string, found: EntityMention[]): EntityMention[] {
  if (lang === 'zh') return addChineseNames(paragraphs, found);
  const mentions = SCRIPT_NAME_LANGS.has(lang) ? addScriptNames(paragraphs, lang, found) : found;
  if (lang === 'ko') return addLatinNamesInKorean(paragraphs, mentions);
  if (UNSPACED_LANGS.has(lang)) return mentions;
  // The article's evidence is read only when a paragraph has a capital left to judge (none on a page of mentions the table found).
  let evidence: NameEvidence | null = null;
  const out = [...mentions];
  const guessed = new Set<EntityMention>();
  const byParagraph = mentionsByParagraph(mentions, paragraphs.length);
  paragraphs.forEach((text, paragraph) => {
    const taken = byParagraph[paragraph] ?? [];
    // Every open name has a capital outside the mentions found before (addressedName, capitalisedNames): without one
    // the paragraph has none to add, and its words need not be split at all.
    if (!hasFreeCapital(text, taken)) return;
    // Capitals say nothing in a headline written in title case.
    if (isTitleCase(text, lang)) return;
    evidence ??= nameEvidence(paragraphs, lang);
    const addressed = addressedName(text, lang, evidence);
    for (const span of addressed && isFree(taken, addressed.start, addressed.end) ? [addressed] : capitalisedNames(text, lang, taken, evidence, paragraph)) {
      const mention: EntityMention = { text: text.slice(span.start, span.end), canonical: span.canonical, type: span.type, paragraph, start: span.start, end: span.end };
      // A name that contains a mention found before is the longer name (`U.S. Army` around the table's `U.S.`).
      for (const inner of taken) if (inner.start >= span.start && inner.end <= span.end) out.splice(out.indexOf(inner), 1);
      out.push(mention);
      if (span.guessed) guessed.add(mention);
    }
  });
  // One name, one type in one article: a mention typed by default takes the type another mention of the name had
  // evidence for (`Kadesh` alone, and `in Kadesh` two sentences later).
  // (Both passes below change only the guessed mentions: without one, they are skipped.)
  const evidencedType = new Map<string, EntityType>();
  if (guessed.size) for (const m of out) if (!guessed.has(m)) evidencedType.set(m.canonical.toLowerCase(), evidencedType.get(m.canonical.toLowerCase()) ?? m.type);
  for (const m of guessed) m.type = evidencedType.get(m.canonical.toLowerCase()) ?? m.type;
  if (lang === 'en') for (const m of out) withPossessive(m, paragraphs[m.paragraph]);
  out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  // Conjuncts name things of one kind (`Kestrel and Norway`, `Bremen und Hamburg`): a name still typed by default takes
  // the type of a name with evidence that it is coordinated with, and so do its other mentions.
  const coordinatedType = new Map<string, EntityType>();
  if (guessed.size) out.forEach((m, k) => {
    if (!guessed.has(m) || evidencedType.has(m.canonical.toLowerCase())) return;
    const neighbour = [out[k - 1], out[k + 1]].find((n) => n && n.paragraph === m.paragraph && !guessed.has(n)
      && COORDINATION.test(paragraphs[m.paragraph].slice(Math.min(n.end, m.end), Math.max(n.start, m.start))));
    if (neighbour && !coordinatedType.has(m.canonical.toLowerCase())) coordinatedType.set(m.canonical.toLowerCase(), neighbour.type);
  });
  for (const m of guessed) m.type = coordinatedType.get(m.canonical.toLowerCase()) ?? m.type;
  return out;
}
