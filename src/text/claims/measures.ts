// Measures: what a number counts or measures (`35.000 Besucher` → visitors, `3000万用户` → users, `80 Megawatt` →
// megawatts). The vocabulary is data (data/measures.json, extensible with user files like the alias table); a noun the
// vocabulary does not know is kept as written, never forced into a known measure.
import { readFileSync } from 'node:fs';
import { segmenter } from '../language/words.ts';

export interface MeasureTable {
  /** Lowercased word → canonical measure, per language (`*` stems are in `stems`). */
  words: Map<string, Map<string, string>>;
  /** [stem, canonical] per language, longest stem first. */
  stems: Map<string, Array<[string, string]>>;
  /** CJK words per language, longest first, matched as a prefix of the text after the number. */
  prefixes: Map<string, Array<[string, string]>>;
}

export interface Measure {
  /** The word(s) as written in the text. */
  text: string;
  /** Canonical English plural when the vocabulary knows the word, else null. */
  canonical: string | null;
  start: number;
  end: number;
}

export const BUILT_IN_MEASURES = new URL('../../../data/measures.json', import.meta.url);

/** Languages written without spaces, where a measure is the vocabulary word that starts right after the number. */
const UNSPACED_LANGS: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);
/** Chinese and Japanese counters between a number and its noun (`30名学生`, `5家公司`, `120台`). */
const CJK_COUNTER = /^[多余餘来來几幾]?[个個名位家款枚台张張块塊颗顆条條项項种種只隻所份件辆輛座架艘本届屆级級盒]?/u;
/** Counters that count people (`45名`, `3位`): with no noun after them the measure is people. */
const PERSON_COUNTER = /[名位]$/u;
/** Characters between a number and its noun that belong to neither: spaces, a hyphen (`80-Megawatt`), a no-break space. */
const NUMBER_NOUN_GAP = /^[\s\u00a0\u202f\p{Pd}]{0,2}/u;
/** A word of an alphabetic script (with inner hyphens or apostrophes), and `°C`-like signs. */
const WORD_AFTER = /^(?:°[CF]?|[\p{L}\p{M}](?:[\p{L}\p{M}]|[-'’](?=[\p{L}\p{M}]))*\.?)/u;
/** A range's connector and second number right after its first (`～12`, `-4`, ` bis 17`, `到20`). */
const RANGE_REST = /^\s?(?:[-–~～〜到至]|bis|to|à|a|до)\s?\d+(?:[.,]\d+)?/u;
/** Languages that join nouns into compounds whose last part is the head (`Flusskilometern` is a kind of `Kilometern`). */
const COMPOUNDING_LANGS: ReadonlySet<string> = new Set(['de', 'nl', 'sv', 'da', 'no', 'nb']);
/** Shortest head a compound is matched by (`länder` in `Mitgliedsländer`); shorter tails (`tage`) are too often parts of other words. */
const MIN_COMPOUND_HEAD = 5;
/** Longest written form kept for an unknown measure noun (longer runs are not one noun). */
const MAX_UNKNOWN_MEASURE_CHARS = 30;

type MeasureFile = Record<string, unknown>;

function readMeasureFile(file: string | URL): MeasureFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${String(file)}: cannot read measure file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${String(file)}: measure file is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${String(file)}: measure file must be a JSON object {"measure": {"lang": ["word", ...]}}`);
  return data as MeasureFile;
}

function addWords(table: MeasureTable, canonical: string, lang: string, forms: unknown, file: string): void {
  if (!Array.isArray(forms) || forms.some((f) => typeof f !== 'string' || !f.trim())) {
    throw new Error(`${file}: measure "${canonical}", language "${lang}": must be an array of non-empty strings`);
  }
  for (const raw of forms as string[]) {
    const form = raw.trim().toLowerCase();
    if (UNSPACED_LANGS.has(lang)) {
      const list = table.prefixes.get(lang) ?? [];
      list.push([form, canonical]);
      table.prefixes.set(lang, list);
    } else if (form.endsWith('*')) {
      const list = table.stems.get(lang) ?? [];
      list.push([form.slice(0, -1), canonical]);
      table.stems.set(lang, list);
    } else {
      const map = table.words.get(lang) ?? new Map<string, string>();
      if (!map.has(form)) map.set(form, canonical);
      table.words.set(lang, map);
    }
  }
}

const tables = new Map<string, MeasureTable>();

/** The built-in vocabulary merged with user files (same format); memoised by the file list. */
export function loadMeasureTable(files: readonly string[] = []): MeasureTable {
  const key = files.join('\u0000');
  const cached = tables.get(key);
  if (cached) return cached;
  const table: MeasureTable = { words: new Map(), stems: new Map(), prefixes: new Map() };
  // User files first: their words take precedence over the built-in ones (first definition of a word wins).
  for (const [file, data] of [...files.map((f): [string, MeasureFile] => [f, readMeasureFile(f)]), [BUILT_IN_MEASURES.pathname, readMeasureFile(BUILT_IN_MEASURES)] as [string, MeasureFile]]) {
    for (const [canonical, entry] of Object.entries(data)) {
      if (canonical.startsWith('_')) continue;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new Error(`${file}: measure "${canonical}" must be an object of language → words`);
      for (const [lang, forms] of Object.entries(entry)) addWords(table, canonical, lang, forms, file);
    }
  }
  for (const list of [...table.stems.values(), ...table.prefixes.values()]) list.sort((a, b) => b[0].length - a[0].length);
  tables.set(key, table);
  return table;
}

/** The first word of a CJK text (Intl.Segmenter), or null. */
function firstWord(text: string, lang: string): string | null {
  for (const s of segmenter(lang === 'ja' ? 'ja' : lang === 'ko' ? 'ko' : 'zh').segment(text.slice(0, 12))) return s.isWordLike ? s.segment : null;
  return null;
}

/** The canonical measure of one word in a language (or in English, which the press of every language borrows). */
export function canonicalMeasure(word: string, lang: string, table: MeasureTable = loadMeasureTable(), wholeWordsOnly = false): string | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  for (const l of lang === 'en' ? ['en'] : [lang, 'en']) {
    const exact = table.words.get(l)?.get(lower) ?? table.words.get(l)?.get(`${lower}.`);
    if (exact) return exact;
    if (wholeWordsOnly) continue;
    for (const [stem, canonical] of table.stems.get(l) ?? []) if (lower.startsWith(stem)) return canonical;
  }
  if (!wholeWordsOnly && COMPOUNDING_LANGS.has(lang)) {
    // A compound's head word: its longest known tail (`Prämienanträge` → `anträge`).
    for (let k = 1; k <= lower.length - MIN_COMPOUND_HEAD; k++) {
      const tail = lower.slice(k);
      const hit = table.words.get(lang)?.get(tail) ?? table.stems.get(lang)?.find(([stem]) => stem.length >= MIN_COMPOUND_HEAD && tail.startsWith(stem))?.[1];
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * The measure written right after a quantity: the next word in alphabetic scripts (`1.200 Pflegekräfte`, `12 km`), the
 * longest vocabulary word after an optional counter in Chinese, Japanese and Korean (`3000万用户`, `5家公司`). An unknown
 * word is returned as written with a null canonical when `isNoun` accepts it (the caller knows the stoplist).
 */
export function measureAfter(text: string, end: number, lang: string, isNoun: (word: string) => boolean, table: MeasureTable = loadMeasureTable()): Measure | null {
  let rest = text.slice(end, end + MAX_UNKNOWN_MEASURE_CHARS + 12);
  // The second end of a range (`6～12℃`, `3-4 orsi`): the measure follows it.
  const rangeEnd = RANGE_REST.exec(rest)?.[0].length ?? 0;
  if (rangeEnd > 0) { rest = rest.slice(rangeEnd); end += rangeEnd; }
  if (UNSPACED_LANGS.has(lang)) {
    const lead = rest.length - rest.trimStart().length;
    const afterLead = rest.slice(lead);
    const lower = afterLead.toLowerCase();
    for (const [form, canonical] of table.prefixes.get(lang) ?? []) {
      if (lower.startsWith(form)) return { text: afterLead.slice(0, form.length), canonical, start: end + lead, end: end + lead + form.length };
    }
    const counter = CJK_COUNTER.exec(afterLead)![0];
    if (counter) {
      const tail = lower.slice(counter.length);
      for (const [form, canonical] of table.prefixes.get(lang) ?? []) {
        if (tail.startsWith(form)) return { text: afterLead.slice(0, counter.length + form.length), canonical, start: end + lead, end: end + lead + counter.length + form.length };
      }
      if (PERSON_COUNTER.test(counter)) return { text: counter, canonical: 'people', start: end + lead, end: end + lead + counter.length };
      // A counter says a noun follows: the first word after it, as written (`69亿个晶体管` → 晶体管).
      const noun = firstWord(afterLead.slice(counter.length), lang);
      if (noun && /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u.test(noun) && !/^[的了是在和与與]/u.test(noun)) {
        const start = end + lead + counter.length;
        return { text: noun, canonical: null, start, end: start + noun.length };
      }
    }
    // After a CJK number, only a Latin word (`500 GPUs`) is read as in alphabetic scripts.
    if (!/^\s*[A-Za-z]/.test(afterLead)) return null;
  }
  const gap = NUMBER_NOUN_GAP.exec(rest)![0];
  const word = WORD_AFTER.exec(rest.slice(gap.length))?.[0];
  if (!word) return null;
  const start = end + gap.length;
  // Two-word measures first (`percentage points`, `puntos porcentuales`).
  const next = /^\s+([\p{L}\p{M}.]+)/u.exec(rest.slice(gap.length + word.length))?.[1];
  if (next) {
    const pair = `${word} ${next}`;
    const canonicalPair = canonicalMeasure(pair, lang, table, true);
    if (canonicalPair) return { text: pair, canonical: canonicalPair, start, end: start + pair.length };
  }
  const canonical = canonicalMeasure(word, lang, table);
  const bare = word.replace(/\.$/, '');
  // A sentence's full stop is not part of the word; an abbreviation's dot is (`Mio. t`, `pkt.`).
  if (canonical) {
    const written = bare !== word && canonicalMeasure(bare, lang, table) === canonical ? bare : word;
    return { text: written, canonical, start, end: start + written.length };
  }
  if (bare.length < 2 || bare.length > MAX_UNKNOWN_MEASURE_CHARS || !isNoun(bare)) return null;
  return { text: bare, canonical: null, start, end: start + bare.length };
}
