// Measures: what a number counts or measures (`35.000 Besucher` → visitors, `3000万用户` → users, `80 Megawatt` →
// megawatts). The vocabulary is data (data/measures.json, extensible with user files like the alias table); a noun the
// vocabulary does not know is kept as written, never forced into a known measure.
import { readFileSync } from 'node:fs';
import { segmenter } from '../language/words.ts';
import { chineseWords } from './chinese-names.ts';
import { withoutAccents } from './quantities/match.ts';

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
/**
 * Sortal classifiers of Chinese, Japanese and Korean: they stand between a number and the noun it counts and say only
 * its shape or kind (`三首民歌`, `5家公司`, `六口人`, `3冊の辞書`, `세 권의 소설`), so the noun after them, not the classifier, is
 * the measure; with no noun after it a classifier names its own (`120台` → units). The common classifiers of the
 * grammars (Chinese with the hedges `多`, `余`, `来`, `几` before them); measure units (`公里`, `時間`, `歳`, `년`) are
 * not among them: `3時間の会議` is a meeting of three hours, `28세의 선수` a player of 28.
 */
const CLASSIFIER: Readonly<Record<string, RegExp>> = {
  zh: /^[多余餘来來几幾]?(?:[个個名位家款枚台张張块塊颗顆条條项項种種只隻所份件辆輛座架艘本届屆级級盒幅篇首部支间間栋棟头頭匹棵株片朵粒双雙对對套封把根门門册冊尊户戶处處队隊组組口])/u,
  ja: /^(?:つ|個|枚|本|冊|台|匹|頭|羽|軒|棟|隻|機|社|校|店|点|件|着|足|杯|基|両|編|曲|部|通|面|体|粒|株|種類|種|名|人)/u,
  ko: /^\s?(?:개|명|편|가지|대|권|마리|채|척|곳|군데|건|장|벌|켤레|그루|송이|잔|병|곡|점|부|통|종)(?=의(?![\p{Script=Hangul}])|[^\p{Script=Hangul}]|$)/u,
};
/** Classifiers that count people (`45名`, `3位`, `5명`): with no known noun after them the measure is people. */
const PERSON_COUNTER = /[名位人명]$/u;
/**
 * What joins a classifier to its noun: nothing in Chinese (after `的` come modifiers: `一百份的免费午餐`), the genitive
 * particle in Japanese, the genitive in Korean, where a hedge may stand between (`50개 이상의 박물관`, more than 50
 * museums), or a space after `가지`.
 */
const CLASSIFIER_LINK: Readonly<Record<string, RegExp>> = {
  zh: /^/u,
  ja: /^の/u,
  ko: /^(?:\s*(?:이상|이하|정도|가량|남짓|미만|초과))?의\s*|^\s+/u,
};
/**
 * Measures that a Chinese classifier of its own names, since it counts nothing else: vehicles (辆), vessels (艘),
 * animals (头, 匹), trees (棵). Generic classifiers (个, 台, 件, 份) say nothing of the noun.
 */
const CLASS_CLASSIFIER_MEASURES: ReadonlySet<string> = new Set(['vehicles', 'vessels', 'aircraft', 'animals', 'trees']);
/** The common one-character Chinese adjectives of size, age, rank and sex written before a noun (新床, 老桥, 男生). */
const ONE_CHARACTER_ADJECTIVE = /^[大小新老旧舊高低长長短中重轻輕男女主副总總全半]$/u;
/** Chinese words after a classifier that are not its noun: particles, adverbs, prepositions (`其余四款均搭载`). */
const NOT_A_CHINESE_NOUN = /^[的了是在和与與均都也就才又还還已将將被把让讓为為从從向对對于於约約]/u;
/** Korean particles and the plural `들` that close a noun (`소설을`, `학생들이`): taken off while two syllables are left. */
const KOREAN_NOUN_END = /(?:들)?(?:에서|에게|으로|이|가|은|는|을|를|의|에|도|로|와|과|만)$/u;
/** Shortest vocabulary word a Japanese or Korean compound's head is matched by (`病院` in `総合病院`). */
const MIN_CJK_HEAD = 2;
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

/** Shortest base of a vocabulary word that is indexed: shorter ones (`dn` of `dni`) would meet unrelated words. */
const MIN_VOCABULARY_BASE = 3;
type DerivedVocabularyCache = WeakMap<MeasureTable, Map<string, Map<string, string>>>;

/** A language's vocabulary words under other forms (`formsOf`), each with its canonical measure; built once per table. */
function derivedVocabulary(cache: DerivedVocabularyCache, table: MeasureTable, lang: string, formsOf: (word: string) => string[]): Map<string, string> {
  let perLang = cache.get(table);
  if (!perLang) cache.set(table, perLang = new Map());
  let derived = perLang.get(lang);
  if (!derived) {
    derived = new Map();
    for (const [word, canonical] of table.words.get(lang) ?? []) for (const form of formsOf(word)) if (!derived.has(form)) derived.set(form, canonical);
    perLang.set(lang, derived);
  }
  return derived;
}

const vocabularyBaseCache: DerivedVocabularyCache = new WeakMap();
/** The bases of a language's vocabulary words (inflectionBases), each with its canonical measure. */
const vocabularyBases = (table: MeasureTable, lang: string) =>
  derivedVocabulary(vocabularyBaseCache, table, lang, (word) => inflectionBases(word, lang).filter((base) => [...base].length >= MIN_VOCABULARY_BASE));

/** The canonical measure of the vocabulary stem a word starts with, in its language. */
function stemMatch(lower: string, lang: string, table: MeasureTable): string | null {
  for (const [stem, canonical] of table.stems.get(lang) ?? []) if (lower.startsWith(stem)) return canonical;
  return null;
}

/** Characters of a CJK text after a number that are segmented to find where its words end. */
const SEGMENTED_CHARS = 12;

/**
 * The words at the start of a CJK text: jieba's for Chinese (its dictionary keeps `企业家` and `晶体管` whole, which ICU
 * cuts into `企业|家`, `晶体|管`), Intl.Segmenter's for Japanese and Korean.
 */
function wordsAt(text: string, lang: string): string[] {
  const start = text.slice(0, SEGMENTED_CHARS);
  if (lang === 'zh') return chineseWords(start);
  return [...segmenter(lang === 'ja' ? 'ja' : 'ko').segment(start)].map((s) => s.segment);
}

/** The offsets where the words of the start of a CJK text end. */
function wordEnds(text: string, lang: string): Set<number> {
  const ends = new Set<number>();
  let at = 0;
  for (const word of wordsAt(text, lang)) ends.add(at += word.length);
  return ends;
}

/** Hangul syllables, and the particles, copula and suffixes that follow a Korean counter or noun (`명이`, `세의`, `년간`, `개월째`). */
const HANGUL = /\p{Script=Hangul}/u;
const KOREAN_PARTICLE_START = /^(?:이|가|은|는|을|를|의|에|도|로|으|와|과|만|씩|째|짜리|간|당|뿐|쯤|여|나|까|부|보|처|였|인|동|밖|께|가량|정도)/u;

/** A CJK word of letters: Han, kana or Hangul. */
const CJK_NOUN = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u;

/**
 * How the words of a language inflect, for languages whose vocabulary lists base forms: endings longest first, from
 * their grammars, the shortest base (in letters) an ending may leave, and how many endings chain. Turkish case,
 * possessive, plural, copula, relative `-ki` and `-lık` endings in every vowel-harmony variant (`yıldır`, `günün`,
 * `haftalık`, `yaşındaki`), up to three (`yıl-lar-ın-da`); Hindi oblique and plural endings (`वर्षों`, `महीने`); Polish
 * case endings (`dniach`, `latach`); Arabic plural and dual endings; the German dative plural -n and genitive -s / -es
 * (`Kilometern`, `Jahres`), one at a time and leaving four letters, since German nouns end in -en and -s themselves.
 */
interface Inflection {
  endings: readonly string[];
  minBase: number;
  maxEndings: number;
}
const INFLECTIONS: Readonly<Record<string, Inflection>> = {
  tr: {
    endings: ['ların', 'lerin', 'ları', 'leri', 'lar', 'ler', 'ki', 'dır', 'dir', 'dur', 'dür', 'tır', 'tir', 'tur', 'tür', 'lık', 'lik', 'luk', 'lük',
      'ydı', 'ydi', 'ydu', 'ydü', 'nın', 'nin', 'nun', 'nün', 'dan', 'den', 'tan', 'ten', 'nda', 'nde', 'yla', 'yle', 'lı', 'li', 'lu', 'lü', 'da', 'de', 'ta', 'te',
      'dı', 'di', 'du', 'dü', 'tı', 'ti', 'tu', 'tü', 'ın', 'in', 'un', 'ün', 'ya', 'ye', 'yı', 'yi', 'yu', 'yü', 'sı', 'si', 'su', 'sü', 'ı', 'i', 'u', 'ü', 'a', 'e'],
    minBase: 2, maxEndings: 3,
  },
  hi: { endings: ['ियों', 'ियाँ', 'ियां', 'ाओं', 'ों', 'ें', 'े', 'ी', 'ा'], minBase: 2, maxEndings: 3 },
  pl: { endings: ['ach', 'ami', 'om', 'ów', 'ie', 'em', 'a', 'u', 'y', 'i', 'e', 'ę', 'ą'], minBase: 2, maxEndings: 3 },
  ar: { endings: ['ات', 'ين', 'ون', 'ان', 'ة'], minBase: 2, maxEndings: 3 },
  de: { endings: ['es', 's', 'n'], minBase: 4, maxEndings: 1 },
};
/** Shortest Arabic word left once its marks and proclitics are taken off. */
const MIN_ARABIC_BASE = 2;
/** Arabic short-vowel and tanween marks and the tatweel: optional in writing, so a word is looked up without them. */
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/gu;
/** Arabic proclitics (and, with, for, the) that attach to a noun: `والأشخاص`, `بالدولار`. */
const ARABIC_PROCLITIC = /^(?:وال|بال|فال|كال|لل|ال|و|ب|ف|ل)/u;

/**
 * The word and the base forms its inflection may come from, for the lookups: the word itself first, then the part
 * before a Turkish apostrophe (`C'nin`: Turkish writes the endings of abbreviations and names after one), the Arabic
 * word without marks, proclitics and the alif of the accusative tanween (`عاماً`, `شخصاً`), and the word with its
 * endings taken off.
 */
function inflectionBases(lower: string, lang: string): string[] {
  const bases = [lower];
  if (lang === 'tr') {
    const apostrophe = lower.search(/['’]/);
    if (apostrophe > 0) bases.push(lower.slice(0, apostrophe));
  }
  if (lang === 'ar') {
    const plain = lower.replace(ARABIC_MARKS, '');
    const bare = plain.replace(ARABIC_PROCLITIC, '');
    for (const form of [plain, bare]) if (form.length >= MIN_ARABIC_BASE) bases.push(form, ...(form.endsWith('ا') && form.length > MIN_ARABIC_BASE + 1 ? [form.slice(0, -1)] : []));
  }
  const inflection = INFLECTIONS[lang];
  if (inflection) {
    let frontier = [...bases];
    for (let round = 0; round < inflection.maxEndings && frontier.length > 0; round++) {
      const next: string[] = [];
      for (const form of frontier) {
        for (const ending of inflection.endings) {
          if (form.endsWith(ending) && [...form].length - [...ending].length >= inflection.minBase) next.push(form.slice(0, -ending.length));
        }
      }
      bases.push(...next);
      frontier = next;
    }
  }
  return [...new Set(bases)];
}

/**
 * How the plural of a noun is formed, as [plural ending, singular ending] pairs from the grammars, for languages whose
 * vocabulary lists plurals (what a number above one takes): a singular after `1`, `un`, `una`, `one` or a hedge
 * (`1 vehicle`, `una persona`, `un hôpital`, `1 cliente`) finds its plural's measure. English -ies/-es/-s; French
 * -eaux/-aux/-x/-s; Spanish -ces/-es/-s; Portuguese -ões/-ães/-is/-ns/-es/-s; Italian -chi/-ghi/-che/-ghe/-i/-e.
 */
const PLURAL_ENDINGS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  en: [['ies', 'y'], ['ches', 'ch'], ['shes', 'sh'], ['xes', 'x'], ['sses', 'ss'], ['s', '']],
  fr: [['eaux', 'eau'], ['aux', 'al'], ['x', ''], ['s', '']],
  es: [['ces', 'z'], ['es', ''], ['s', '']],
  pt: [['ões', 'ão'], ['ães', 'ão'], ['is', 'l'], ['ns', 'm'], ['es', ''], ['s', '']],
  it: [['chi', 'co'], ['ghi', 'go'], ['che', 'ca'], ['ghe', 'ga'], ['i', 'o'], ['i', 'e'], ['e', 'a']],
};

/** The singulars a vocabulary plural may have (PLURAL_ENDINGS); none for a word that is no plural (`ss`, `us`). */
function singularsOf(word: string, lang: string): string[] {
  if (lang === 'en' && /(?:ss|us)$/u.test(word)) return [];
  return (PLURAL_ENDINGS[lang] ?? []).filter(([plural]) => word.endsWith(plural)).map(([plural, singular]) => word.slice(0, -plural.length) + singular)
    .filter((singular) => [...singular].length >= MIN_VOCABULARY_BASE);
}

const singularCache: DerivedVocabularyCache = new WeakMap();
/** A language's vocabulary plurals under their singulars, each with its canonical measure. */
const singularWords = (table: MeasureTable, lang: string) => derivedVocabulary(singularCache, table, lang, (word) => singularsOf(word, lang));

const foldedCache: DerivedVocabularyCache = new WeakMap();
/** A language's vocabulary words without the accents of Latin letters (French and Spanish capitals often drop them:
 *  `Etats`, `AREAS`), each with its canonical measure. */
const foldedWords = (table: MeasureTable, lang: string) => derivedVocabulary(foldedCache, table, lang, (word) => [withoutAccents(word)]);

/**
 * The canonical measure of one word in a language (or in English, which the press of every language borrows): the
 * word as written (exactly, with an abbreviation's dot, without accents), else (with `singulars`) the singular of a vocabulary plural
 * (PLURAL_ENDINGS), else one of its inflection bases, else a
 * vocabulary stem it starts with, else a vocabulary word it shares a base with (`osobami` and `osoba`: `osob`); in
 * compounding languages, else its head (`Prämienanträge` → `anträge`). `wholeWordsOnly` takes exact words only;
 * `singulars`, also the singular of a vocabulary plural (a noun right after a number: `1 vehicle`, `una persona`).
 */
export function canonicalMeasure(word: string, lang: string, table: MeasureTable = loadMeasureTable(), wholeWordsOnly = false, singulars = false): string | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const bases = wholeWordsOnly || word.includes(' ') ? [lower] : inflectionBases(lower, lang);
  for (const l of lang === 'en' ? ['en'] : [lang, 'en']) {
    const words = table.words.get(l);
    const exact = words?.get(lower) ?? words?.get(`${lower}.`) ?? foldedWords(table, l).get(withoutAccents(lower));
    if (exact) return exact;
    if (wholeWordsOnly) continue;
    const singular = singulars ? singularWords(table, l).get(lower) : undefined;
    if (singular) return singular;
    if (l === lang) {
      for (const base of bases.slice(1)) {
        const hit = words?.get(base) ?? stemMatch(base, l, table);
        if (hit) return hit;
      }
    }
    const stem = stemMatch(lower, l, table);
    if (stem) return stem;
    if (l === lang && INFLECTIONS[lang]) {
      const shared = vocabularyBases(table, lang);
      for (const base of bases) {
        const hit = shared.get(base);
        if (hit) return hit;
      }
    }
  }
  if (!wholeWordsOnly && COMPOUNDING_LANGS.has(lang)) {
    // A compound's head word: its longest known tail (`Prämienanträge` → `anträge`), as written or by its bases.
    const words = table.words.get(lang);
    for (let k = 1; k <= lower.length - MIN_COMPOUND_HEAD; k++) {
      const tail = lower.slice(k);
      const hit = inflectionBases(tail, lang).map((form) => words?.get(form)).find(Boolean)
        ?? table.stems.get(lang)?.find(([stem]) => stem.length >= MIN_COMPOUND_HEAD && tail.startsWith(stem))?.[1];
      if (hit) return hit;
    }
  }
  return null;
}

/** Canonical measures that count people: what a counter of people (`人`, `名`, `명`) may be joined to. */
const PEOPLE_MEASURES: ReadonlySet<string> = new Set(['people', 'employees', 'users', 'customers', 'students', 'teachers', 'women', 'men', 'children',
  'members', 'passengers', 'visitors', 'patients', 'unemployed', 'soldiers', 'police officers', 'journalists', 'doctors', 'nurses', 'refugees',
  'injured', 'players', 'spectators', 'farmers', 'volunteers', 'engineers', 'prisoners', 'deaths']);
/** The genitive particle that joins a counter to its noun: `300人の従業員`, `300명의 직원`. */
const GENITIVE_LINK: Readonly<Record<string, RegExp>> = { ja: /^の/u, ko: /^의\s*/u };
/** A Japanese noun written in kanji and katakana (its particles are hiragana): `協議会メンバー`, `従業員`. */
const JAPANESE_NOUN = /^[\p{Script=Han}\p{Script=Katakana}ー]+/u;
const KOREAN_WORD = /^\p{Script=Hangul}+/u;

/**
 * Japanese and Korean put a counter of people before the noun it counts through the genitive particle (`300人の従業員`,
 * `5名の協議会メンバー`, `300명의 직원을`): a known noun for people there, or the known head that ends a Japanese
 * compound, is the measure rather than the counter's people. Returns where it ends in `text` and its canonical measure.
 */
export function nounAfterGenitive(text: string, counterEnd: number, lang: string, table: MeasureTable, ofPeople: boolean): { end: number; canonical: string } | null {
  const link = GENITIVE_LINK[lang]?.exec(text.slice(counterEnd));
  if (!link) return null;
  const at = counterEnd + link[0].length;
  // Only a counter of people, and only before a noun for people: `50万人の都市` is a city of 500,000 people, `28歳の選手`
  // a player of 28, `3時間の会議` a meeting of three hours.
  if (!ofPeople) return null;
  const forms = (table.prefixes.get(lang) ?? []).filter(([, canonical]) => PEOPLE_MEASURES.has(canonical));
  if (lang === 'ja') {
    const noun = JAPANESE_NOUN.exec(text.slice(at))?.[0];
    if (!noun) return null;
    const head = forms.find(([form]) => noun.endsWith(form) && JAPANESE_NOUN.test(form));
    return head ? { end: at + noun.length, canonical: head[1] } : null;
  }
  const word = KOREAN_WORD.exec(text.slice(at))?.[0];
  if (!word) return null;
  const known = forms.find(([form]) => word.startsWith(form) && (word.length === form.length || KOREAN_PARTICLE_START.test(word.slice(form.length))));
  return known ? { end: at + known[0].length, canonical: known[1] } : null;
}

/** The Japanese noun (kanji and katakana) or the Korean word without its particles that starts a text. */
function nounAt(text: string, lang: string): string | null {
  const word = (lang === 'ja' ? JAPANESE_NOUN : KOREAN_WORD).exec(text)?.[0];
  if (!word) return null;
  return lang === 'ko' && [...word].length > 2 ? word.replace(KOREAN_NOUN_END, '') : word;
}

/** The vocabulary word a Japanese or Korean noun is, or the known head its compound ends in (`総合病院` → `病院`). */
function knownHead(noun: string, forms: Array<[string, string]>): [string, string] | undefined {
  return forms.find(([form]) => noun === form || (form.length >= MIN_CJK_HEAD && noun.endsWith(form)));
}

/** Whether a measure as written is a classifier and nothing more (`人`, `個`, `명`): it says only that a noun is counted. */
export function isClassifierAlone(written: string, lang: string): boolean {
  const classifier = CLASSIFIER[lang]?.exec(written.trim())?.[0];
  return !!classifier && classifier.trim() === written.trim();
}

/**
 * Japanese and Korean may float a count away from its noun, after it (`学生が300人参加した`, `학생 300명이`, students):
 * the noun marked by a case particle (Japanese) or closing its phrase (Korean) right before the number, when the
 * vocabulary knows it, is what a classifier with no noun of its own counts.
 */
const FLOATED_NOUN: Readonly<Record<string, RegExp>> = {
  // The subject or object particle: a topic (`時間は45分`) is what the sentence says the number of, not what it counts.
  ja: /(?<![\d０-９])([\p{Script=Han}\p{Script=Katakana}ー]+)[がを]$/u,
  // A bare noun of two syllables or more, not a count's own counter (`1566년 400명`) nor a noun with its particle.
  ko: /(?<![\d\p{Script=Hangul}])(\p{Script=Hangul}{2,})\s+$/u,
};
/** Characters before a number searched for the noun its count floated from. */
const MAX_FLOATED_NOUN_CHARS = 16;

export function floatedNoun(text: string, quantityStart: number, sentenceStart: number, lang: string, table: MeasureTable): Measure | null {
  const from = Math.max(sentenceStart, quantityStart - MAX_FLOATED_NOUN_CHARS);
  const found = FLOATED_NOUN[lang]?.exec(text.slice(from, quantityStart));
  if (!found) return null;
  const noun = found[1];
  if (lang === 'ko' && nounAt(noun, lang) !== noun) return null;
  const known = knownHead(noun, table.prefixes.get(lang) ?? []);
  if (!known) return null;
  const start = from + found.index + found[0].indexOf(found[1]);
  return { text: noun, canonical: known[1], start, end: start + noun.length };
}

/**
 * The noun a classifier right after a number counts (CLASSIFIER, CLASSIFIER_LINK): a vocabulary word there, or the known
 * head that ends its compound (`7个沿海城市` → cities, `50개 이상의 시립박물관` → museums), else the noun as
 * written (`12座水库`, `3冊の辞書`). After a person classifier only a known noun for people counts (`400名正式会员`;
 * `30万人の都市` is a city). Offsets are into `text`, which starts at the classifier. Null when no noun follows, or
 * when a vocabulary word itself starts with the classifier (`个月`, `个岗位`), which the vocabulary reads.
 */
function nounAfterClassifier(text: string, lang: string, table: MeasureTable, ends: Set<number> | null): Omit<Measure, 'start' | 'end'> & { start: number; end: number } | null {
  const classifier = CLASSIFIER[lang]?.exec(text)?.[0];
  // In Chinese the classifier is a word of its own: `部` of `四部分` (four parts) starts a word, it counts none.
  if (!classifier || (ends && !ends.has(classifier.length))) return null;
  const forms = table.prefixes.get(lang) ?? [];
  const lower = text.toLowerCase();
  if (forms.some(([form]) => form.length > classifier.length && lower.startsWith(form) && (!ends || ends.has(form.length)))) return null;
  const link = CLASSIFIER_LINK[lang].exec(text.slice(classifier.length))?.[0] ?? '';
  // Japanese needs its genitive; so does Korean, but for `가지` (kinds), whose noun follows a space (`세 가지 방법`):
  // after another classifier a space leads to the verb (`사과를 세 개 샀다`).
  if ((lang === 'ja' && !link) || (lang === 'ko' && !link.includes('의') && classifier.trim() !== '가지')) return null;
  const at = classifier.length + link.length;
  const rest = text.slice(at);
  const ofPeople = PERSON_COUNTER.test(classifier);
  const acceptable = ([, canonical]: [string, string]) => !ofPeople || PEOPLE_MEASURES.has(canonical);
  let noun: string;
  let known: [string, string] | undefined;
  if (lang === 'zh') {
    const restEnds = wordEnds(rest, lang);
    known = forms.find(([form]) => rest.toLowerCase().startsWith(form) && restEnds.has(form.length) && CJK_NOUN.test(form));
    if (known && acceptable(known)) return { text: text.slice(0, at + known[0].length), canonical: known[1], start: 0, end: at + known[0].length };
    const [first, next] = wordsAt(rest, lang);
    if (first === undefined || !CJK_NOUN.test(first) || NOT_A_CHINESE_NOUN.test(first)) return null;
    // A compound's head comes last: a known word right after the first names the measure.
    known = next && CJK_NOUN.test(next) ? forms.find(([form]) => form === next.toLowerCase()) : undefined;
    if (known && acceptable(known)) return { text: first + next, canonical: known[1], start: at, end: at + first.length + next.length };
    // A one-character adjective modifies the noun after it (`两张新床`, new beds), which jieba cuts apart.
    noun = ONE_CHARACTER_ADJECTIVE.test(first) && next && CJK_NOUN.test(next) && !NOT_A_CHINESE_NOUN.test(next) ? first + next : first;
    // A classifier of one class of things names the class of an unknown noun (`20辆卡车` → vehicles), as a person
    // classifier names people.
    const own = forms.find(([form]) => form === classifier);
    if (own && CLASS_CLASSIFIER_MEASURES.has(own[1])) return { text: text.slice(0, at + noun.length), canonical: own[1], start: 0, end: at + noun.length };
  } else {
    const word = nounAt(rest, lang);
    if (!word) return null;
    noun = word;
    known = knownHead(noun, forms);
    if (known && acceptable(known)) return { text: text.slice(0, at + noun.length), canonical: known[1], start: 0, end: at + noun.length };
  }
  return ofPeople ? null : { text: noun, canonical: null, start: at, end: at + noun.length };
}

/**
 * The measure written right after a quantity: the next word in alphabetic scripts (`1.200 Pflegekräfte`, `12 km`), the
 * longest vocabulary word after an optional counter in Chinese, Japanese and Korean (`3000万用户`, `5家公司`). An unknown
 * word is returned as written with a null canonical when `isNoun` accepts it (the caller knows the stoplist).
 */
export function measureAfter(text: string, end: number, lang: string, isNoun: (word: string) => boolean, table: MeasureTable = loadMeasureTable(), singulars = true): Measure | null {
  let rest = text.slice(end, end + MAX_UNKNOWN_MEASURE_CHARS + 12);
  // The second end of a range (`6～12℃`, `3-4 orsi`): the measure follows it.
  const rangeEnd = RANGE_REST.exec(rest)?.[0].length ?? 0;
  if (rangeEnd > 0) { rest = rest.slice(rangeEnd); end += rangeEnd; }
  if (UNSPACED_LANGS.has(lang)) {
    const lead = rest.length - rest.trimStart().length;
    const afterLead = rest.slice(lead);
    const lower = afterLead.toLowerCase();
    // A Chinese vocabulary word must end where a word ends: `企业` (companies) is not the measure of `4位企业家`
    // (entrepreneurs). Korean and Japanese attach particles to the noun (`명이`), so there a prefix is enough, but
    // in Korean only before a particle or ending: `세트` (sets) does not start with the age counter `세`.
    const ends = lang === 'zh' ? wordEnds(afterLead, lang) : null;
    const endsKorean = (length: number) => lang !== 'ko' || !HANGUL.test(afterLead[length] ?? '') || KOREAN_PARTICLE_START.test(afterLead.slice(length));
    const counted = nounAfterClassifier(afterLead, lang, table, ends);
    if (counted) return { ...counted, start: end + lead + counted.start, end: end + lead + counted.end };
    for (const [form, canonical] of table.prefixes.get(lang) ?? []) {
      if (lower.startsWith(form) && (!ends || ends.has(form.length)) && endsKorean(form.length)) {
        const linked = nounAfterGenitive(afterLead, form.length, lang, table, canonical === 'people');
        if (linked) return { text: afterLead.slice(0, linked.end), canonical: linked.canonical, start: end + lead, end: end + lead + linked.end };
        return { text: afterLead.slice(0, form.length), canonical, start: end + lead, end: end + lead + form.length };
      }
    }
    const counter = CLASSIFIER[lang]?.exec(afterLead)?.[0];
    if (counter && PERSON_COUNTER.test(counter)) {
      const linked = nounAfterGenitive(afterLead, counter.length, lang, table, true);
      if (linked) return { text: afterLead.slice(0, linked.end), canonical: linked.canonical, start: end + lead, end: end + lead + linked.end };
      return { text: counter, canonical: 'people', start: end + lead, end: end + lead + counter.length };
    }
    // A Japanese or Korean compound right after the number, known by its head (`総合病院`).
    const noun = lang === 'zh' ? null : nounAt(afterLead, lang);
    const head = noun ? knownHead(noun, table.prefixes.get(lang) ?? []) : undefined;
    if (noun && head) return { text: noun, canonical: head[1], start: end + lead, end: end + lead + noun.length };
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
  const canonical = canonicalMeasure(word, lang, table, false, singulars);
  const bare = word.replace(/\.$/, '');
  // A sentence's full stop is not part of the word; an abbreviation's dot is (`Mio. t`, `pkt.`).
  if (canonical) {
    const written = bare !== word && canonicalMeasure(bare, lang, table, false, singulars) === canonical ? bare : word;
    return { text: written, canonical, start, end: start + written.length };
  }
  if (bare.length < 2 || bare.length > MAX_UNKNOWN_MEASURE_CHARS || !isNoun(bare)) return null;
  return { text: bare, canonical: null, start, end: start + bare.length };
}
