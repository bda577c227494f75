// Claims: every stated quantity of a sentence (money, percentages, counts of something, measures, durations), with what
// it counts or measures, the entity it is about and the time it refers to; and attributed quotes (who said what).
// Rules, not a model: every claim can be traced to the words that made it.
//
// For each sentence and each quantity in it that is not a reference, an address, a name or a date (candidates.ts):
// 1. attributed reading: an attribute word of data/attributes.json that takes that kind of quantity (`revenue`,
//    `Umsatz`, `营收`) or the quantity's own noun (`540 billion parameters`), and an entity the value is about
//    (subjects.ts pickEntity); the surest kind of claim.
// 2. otherwise an open reading: the measure is the noun right after the number (measures.ts: canonical English where
//    data/measures.json knows it, else as written), the subject the nearest name in the sentence, or none.
// Each claim carries a confidence from the evidence it has (unit, measure, attribute word, subject).
import type { Claim, EntityMention, NumericClaim, Quantity } from '../../types.ts';
import { findAmounts } from './quantities/index.ts';
import { currencyAfter } from './quantities/currency.ts';
import { DECIMAL_MARK } from './quantities/lexicon.ts';
import { splitSentences } from '../language/sentences.ts';
import { stopwordsOf, words } from '../language/words.ts';
import { scriptCounts } from '../language/scripts.ts';
import { firstNotBefore } from '../sorted.ts';
import { ATTRIBUTES, UNSPACED_LANGS, attributeHits, gap, type AttributeDef, type AttributeHit, type Hit } from './attributes.ts';
import { phraseSubject } from './phrase-subjects.ts';
import { FAMILY_TOP_SHARE, RANGE_TEXT, VERSION_AFTER, VERSION_BEFORE, nearestSubject, pickEntity, resolveReference, bracketsOf, type Brackets, continuesTopic, MAX_COREFERENCE_PARAGRAPHS, type EarlierMentions, fullName } from './subjects.ts';
import { findTimes } from './times.ts';
import { QUOTE_OPENERS, findQuotes } from './quotes.ts';
import { isModelNumberAlone, isRepeatedNameWithNumber, modelMentions, notAClaimBecause } from './candidates.ts';
import { canonicalMeasure, chineseClassifierAlone, chineseCountBefore, floatedNoun, isClassifierAlone, loadMeasureTable, measureAfter, nounAfterGenitive, wrappedMeasure, type Measure, type MeasureTable } from './measures.ts';
import { HINDI_DERIVED_ADJECTIVE, HINDI_PRENOMINAL_ADJECTIVE } from './hindi-adjectives.ts';
import { placeAnaphorAntecedent } from './place-anaphora.ts';
import { flatTexts } from '../flat-text.ts';

export { findTimes } from './times.ts';
export { ATTRIBUTES } from './attributes.ts';

export const CLAIMS_METHOD = 'rules@2';

/** Characters between an attribute word and its quantity beyond which they are not read together (a clause or so). */
const MAX_ATTRIBUTE_DISTANCE_SPACED = 90;
/** The same for Chinese and Japanese, where a clause is about a third as many characters. */
const MAX_ATTRIBUTE_DISTANCE_UNSPACED = 30;
/** Share of a paragraph's letters in one script above which the paragraph is in that script, whatever the article's language. */
const DOMINANT_SCRIPT_SHARE = 0.6;
/** Stopwords a Latin-script paragraph in a CJK or Cyrillic article needs before it is labelled with a Latin language. */
const MIN_STOPWORDS_TO_SWITCH = 2;

/**
 * Confidence by evidence. An attributed claim (attribute word or own noun, and an entity) is the reading the rules are
 * surest of; an open reading starts from what the quantity itself says (a currency or percent sign, a known measure, an
 * unknown noun, nothing) and gains from a subject and an attribute word. The steps are coarse on purpose: they order
 * claims for `--min-confidence`, they are not probabilities fitted to data.
 */
const CONFIDENCE = {
  attributed: 0.95,
  signedAmount: 0.7, // money or percent
  knownMeasure: 0.7,
  unknownMeasure: 0.55,
  bareNumber: 0.4,
  withSubject: 0.1,
  withAttributeWord: 0.1,
} as const;
/** The confidence of a claim read with an attribute word and an entity: `claims --min-confidence 0.9` lists only those. */
export const ATTRIBUTED_CONFIDENCE = CONFIDENCE.attributed;
/** Claims below this confidence are not kept (every open reading is at least a bare number's 0.4). */
export const MIN_CLAIM_CONFIDENCE = 0.4;

/** A bare number in a sentence with fewer letters than this is a counter, page number or caption (`3`, `Show all 50`). */
const MIN_SENTENCE_LETTERS_SPACED = 12;
const MIN_SENTENCE_LETTERS_UNSPACED = 4;

/** The end of a sentence written as one: a terminal mark of any script, then closing quotes or brackets. */
const SENTENCE_END = /\p{Sentence_Terminal}[\s”"»」』)）]*$/u;
/** Characters of a sentence's end that SENTENCE_END needs: the terminal and the closing quotes and brackets after it. */
const SENTENCE_END_TAIL = 16;

/** A sample size (`n=2.349`, `N = 120`) right before a number, and what it counts. */
const SAMPLE_SIZE_BEFORE = /(?<![\p{L}])[nN]\s?=\s?$/u;
const SAMPLE_SIZE_MEASURE = 'participants';

/** Characters after a number searched for the lower-case modifiers of a German noun phrase (two long words). */
const MAX_PRENOMINAL_CHARS = 60;

/**
 * The most numbers a sentence is read for. Rules that weigh a number against its whole sentence (the names, attribute
 * words and text around it) cost numbers × sentence length, and each claim carries the sentence's text: a sentence of
 * more numbers is read for none (and a warning counts them), which keeps both linear in the page. Edited prose rarely
 * runs a sentence past 100 words (style guides ask for 20 to 30) and a number takes a word and a separator at least, so
 * a sentence of more than 100 numbers is a table or a list written as running text (1 MB of `$1 ` makes one of 333,000,
 * bench:hostile); the most in one sentence of the 455 real pages of the golden export is 36 (a list of player ratings).
 */
export const MAX_QUANTITIES_PER_SENTENCE = 100;

/**
 * The most runs of digits a sentence is searched for quantities in. A sentence of more is a table or a data dump written
 * as running text (1 MB of `1 1 1 …` or `$1 $1 …` is one sentence of 333,000–500,000 runs, bench:hostile): the quantity
 * grammar is not run on it at all, where MAX_QUANTITIES_PER_SENTENCE would only discard what the grammar and the
 * candidate rules found in it, after all that work. Ten runs for each number the cap allows (`1 234 567,89` is four): a
 * sentence this rule skips states more than a thousand numbers or number parts, which no edited sentence does (a
 * 100-word sentence is already rare); the 455 real pages of the golden export hold at most a few dozen in a sentence.
 */
export const MAX_DIGIT_RUNS_PER_SENTENCE = 10 * MAX_QUANTITIES_PER_SENTENCE;

/** Attribute name of a quantity with no measure word and no attribute word. */
const NO_MEASURE = 'amount';
/** The attribute of a parameter count stated about a company rather than one of its models. */
export const MODEL_PARAMETERS = 'model-parameters';

// ---------------------------------------------------------------------------------------------------------------
// Paragraph language

/** Article languages whose Latin-script paragraphs are labelled with a Latin language of their own (paragraphLanguage). */
const SWITCH_TO_LATIN: ReadonlySet<string> = new Set(['zh', 'ja', 'ru', 'ko', 'uk', 'bg']);
/** The first code unit of the Cyrillic block: Han, kana, Cyrillic and Hangul letters, and surrogates, are all at or above it. */
const FIRST_CYRILLIC_CODE = 0x400;

/** Whether every code unit of the text is below U+0400 (no Cyrillic, Han, kana or Hangul letter, no surrogate). */
function isBelowCyrillic(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST_CYRILLIC_CODE) return false;
  return true;
}

/** The paragraph's language: the article's, unless the paragraph is clearly written in another script. */
export function paragraphLanguage(text: string, articleLang: string): string {
  // A paragraph with no letter of the scripts counted below keeps the article's language, unless a Latin paragraph may
  // switch it: what the counts give, without counting (most paragraphs of most pages).
  if (!SWITCH_TO_LATIN.has(articleLang) && isBelowCyrillic(text)) return articleLang;
  const { Han: han, Kana: kana, Cyrillic: cyrillic, Latin: latin, Hangul: hangul } = scriptCounts(text);
  const total = han + kana + cyrillic + latin + hangul;
  if (total === 0) return articleLang;
  // Divisions written out, not a closure made per paragraph (under tsx each closure made costs a defineProperty).
  if ((han + kana) / total >= DOMINANT_SCRIPT_SHARE) {
    if (kana > 0 && kana >= han * 0.1) return 'ja';
    return articleLang === 'ja' || articleLang === 'zh' ? articleLang : 'zh';
  }
  if (cyrillic / total >= DOMINANT_SCRIPT_SHARE) return ['ru', 'uk', 'bg', 'sr', 'be', 'kk', 'mk'].includes(articleLang) ? articleLang : 'ru';
  if (hangul / total >= DOMINANT_SCRIPT_SHARE) return 'ko';
  if (latin / total >= DOMINANT_SCRIPT_SHARE && SWITCH_TO_LATIN.has(articleLang)) {
    const list = words(text, 'en');
    // A run of names (`OpenAI GPT-4 PaLM`) says nothing about the language: it needs a few function words to switch.
    let best = articleLang;
    let bestCount = MIN_STOPWORDS_TO_SWITCH - 1;
    for (const candidate of ['en', 'de', 'fr', 'es']) {
      const stop = stopwordsOf(candidate);
      const count = list.filter((w) => stop.has(w)).length;
      if (count > bestCount) { best = candidate; bestCount = count; }
    }
    return best;
  }
  return articleLang;
}

// ---------------------------------------------------------------------------------------------------------------
// Readings of one quantity

/** Everything the readings of one sentence share. */
interface SentenceContext {
  text: string;
  sentence: Hit;
  sentenceText: string;
  paragraph: number;
  lang: string;
  inside: Quantity[];
  /** The amounts of money with a currency among `inside`, in text order. */
  money: Quantity[];
  hits: AttributeHit[];
  /** The mentions inside the sentence. */
  own: EntityMention[];
  earlier: EarlierMentions;
  /** The last measure of a count stated earlier in the paragraph, for a change stated without one (`um 48.000 gesunken`). */
  earlierMeasure: Measure | null;
  /** Tops of ranges of model sizes in the sentence (`70亿到650亿`): other sizes there are variants. */
  familyTops: number[];
  /** The paragraph's round brackets (subjects.ts bracketsOf). */
  brackets: Brackets;
  /** The article's entity mentions: a subject cut short is read whole where the article names it whole (subjects.ts fullName). */
  names: readonly EntityMention[];
  /** The `number of X` phrases of the sentence (NUMBER_OF), found when a bare number first asks for them. */
  numberOfPhrases?: RegExpExecArray[];
}

/** A paragraph's round brackets, found when a subject is first looked for (the numbers of table cells mostly are not). */
interface LazyBrackets { readonly text: string; found: Brackets | null }

/**
 * A SentenceContext whose attribute words and paragraph brackets are found when first read. A class, not an object
 * literal with getters: V8 builds each such literal in its runtime (about 4 µs, more than the rest of a short sentence).
 */
class LazySentenceContext implements SentenceContext {
  numberOfPhrases?: RegExpExecArray[] = undefined;
  private foundHits: AttributeHit[] | null = null;
  constructor(
    readonly text: string, readonly sentence: Hit, readonly sentenceText: string, readonly paragraph: number, readonly lang: string,
    readonly inside: Quantity[], readonly own: EntityMention[], readonly earlier: EarlierMentions, public earlierMeasure: Measure | null,
    readonly money: Quantity[], readonly familyTops: number[], private readonly lazyBrackets: LazyBrackets,
    readonly names: readonly EntityMention[],
  ) {}

  get hits(): AttributeHit[] {
    return this.foundHits ??= attributeHits(this.sentenceText, this.sentence.start, this.lang);
  }

  get brackets(): Brackets {
    return this.lazyBrackets.found ??= bracketsOf(this.lazyBrackets.text);
  }
}

type AttributeReading = { def: AttributeDef; keyword: AttributeHit | null } | 'variant' | null;

/** The attribute word the quantity reads with (or its own noun's attribute), or 'variant' for a model-size variant. */
function attributeReading(q: Quantity, s: SentenceContext): AttributeReading {
  const maxDistance = UNSPACED_LANGS.has(s.lang) ? MAX_ATTRIBUTE_DISTANCE_UNSPACED : MAX_ATTRIBUTE_DISTANCE_SPACED;
  let def = q.unit ? ATTRIBUTES.find((d) => d.units.includes(q.unit!)) : undefined;
  let keyword: AttributeHit | null = null;
  const usable = s.hits.filter((h) => h.def.kinds.includes(q.kind) && gap(h, q) <= maxDistance && !(h.start >= q.start && h.end <= q.end)
    && !s.inside.some((o) => o !== q && h.start >= o.start && h.end <= o.end));
  if (!def) {
    const nearest = usable.filter((h) => q.kind !== 'count' || h.def.units.includes(q.unit ?? '')).sort((a, b) => gap(a, q) - gap(b, q) || (a.start < q.start ? -1 : 1))[0];
    // Another quantity closer to the keyword claims it (`costs $5 and earns $7`).
    if (nearest && !s.inside.some((o) => o !== q && o.kind === q.kind && gap(nearest, o) < gap(nearest, q))) { def = nearest.def; keyword = nearest; }
  } else {
    keyword = usable.filter((h) => h.def === def).sort((a, b) => gap(a, q) - gap(b, q))[0] ?? null;
  }
  if (!def) return null;
  if (def.name === 'parameters') {
    if (s.familyTops.length > 0 && !s.familyTops.some((top) => q.value <= top && q.value >= top * FAMILY_TOP_SHARE)) return 'variant';
    if (RANGE_TEXT.test(q.text) || VERSION_AFTER.test(s.text.slice(q.end)) || VERSION_BEFORE.test(s.text.slice(s.sentence.start, q.start))) return 'variant';
  }
  // A bare number reads with an attribute only when the attribute has a unit for it and the number is large or scaled.
  if (q.kind === 'number' && (def.units.length === 0 || !(q.value >= 1000 || q.scaled))) return null;
  return { def, keyword };
}

function numericClaim(q: Quantity, s: SentenceContext, fields: Pick<NumericClaim, 'entity' | 'subject' | 'attribute' | 'measure' | 'unit' | 'confidence'>, time: string | null): NumericClaim {
  return {
    kind: 'numeric', text: s.sentenceText, paragraph: s.paragraph, ...fields, value: q.value, low: q.low, high: q.high,
    quantityText: q.text, time, speaker: null, lang: s.lang, method: CLAIMS_METHOD, confidence: Math.min(1, Math.round(fields.confidence * 100) / 100),
  };
}

/** The attributed claim of a quantity: attribute and entity both found (the reading of rules@1). */
function attributedClaim(q: Quantity, reading: { def: AttributeDef; keyword: AttributeHit | null }, s: SentenceContext, time: string | null): NumericClaim | 'none' | null {
  const { def, keyword } = reading;
  const unitOf = q.kind === 'number' ? def.units[0] : q.unit;
  const picked = pickEntity(s.text, s.sentence, q, keyword, s.own, def.name === 'parameters', s.brackets, s.lang, s.inside)
    ?? resolveReference(s.sentenceText, s.earlier, namesNoOneAndNoPhrase(q, s, unitOf, q.end), s.text);
  if (!picked) return null;
  const entity = fullName(s.text, picked, s.names);
  // Models have parameters, companies do not. A parameter count whose subject is a company (`谷歌……540B參數`) is about one
  // of its models: attribute MODEL_PARAMETERS, which compare resolves through the alias table's `developer` links.
  // People and places have no parameters.
  let attribute = def.name;
  if (def.name === 'parameters' && entity.type === 'org') attribute = MODEL_PARAMETERS;
  else if (def.name === 'parameters' && entity.type !== 'product' && entity.type !== 'other') return 'none';
  const unit = unitOf;
  return numericClaim(q, s, { entity: entity.canonical, subject: entity.text, attribute, measure: keyword ? s.text.slice(keyword.start, keyword.end) : null, unit, confidence: CONFIDENCE.attributed }, time);
}

/** A word that can be a counted noun: a letter word that is not a function word of the language. */
function nounTest(lang: string): (word: string) => boolean {
  const stop = stopwordsOf(lang);
  return (word) => /^\p{L}/u.test(word) && !stop.has(word.toLowerCase()) && (lang !== 'de' || /^\p{Lu}/u.test(word));
}

/**
 * Words before the head noun of a German noun phrase: adjectives and adverbs, which German writes in lower case while
 * every noun is capitalised (`5.200 zufällig ausgewählte Haushalte`). At most two, none a function word.
 */
const GERMAN_PRENOMINAL = /^[\s\u00a0]+((?:\p{Ll}[\p{L}-]*\s+){1,2})(?=\p{Lu})/u;
/**
 * English adjective endings (-al, -ic, -ive, -ous, -ful, -less, -able, -ible, -ary, -ern, -ian, -ese, -ish): a word with
 * one, followed by another noun, is a modifier and the next word the head (`900 regional buses`).
 */
const ENGLISH_ADJECTIVE = /(?:al|ic|ive|ous|ful|less|able|ible|ary|ern|ian|ese|ish)$/;

/**
 * Adjectives of number and novelty that stand between a number and its noun (`40,000 more tickets`, `five other
 * bakeries`, `drei weitere Fälle`, `cinco nuevos casos`) and that stoplists hold as function words.
 */
const QUANTIFYING_ADJECTIVE: Readonly<Record<string, RegExp>> = {
  en: /^\s+(?:more|fewer|less|other|additional|extra|new|further)\s+(?=\p{L})/iu,
  de: /^\s+(?:weitere|weiteren|andere|anderen|neue|neuen|mehr|zusätzliche|zusätzlichen)\s+(?=\p{L})/iu,
  fr: /^\s+(?:autres|nouveaux|nouvelles|nouveau|nouvelle)\s+(?=\p{L})/iu,
  es: /^\s+(?:otros|otras|nuevos|nuevas|más)\s+(?=\p{L})/iu,
  pt: /^\s+(?:outros|outras|novos|novas|mais)\s+(?=\p{L})/iu,
  it: /^\s+(?:altri|altre|nuovi|nuove|più)\s+(?=\p{L})/iu,
  ru: /^\s+(?:других|другие|новых|новые|дополнительных)\s+(?=\p{L})/iu,
  pl: /^\s+(?:innych|inne|nowych|nowe|kolejnych|kolejne|dodatkowych|więcej)\s+(?=\p{L})/iu,
};

/**
 * Comparatives that postpositional languages write between a number and its noun (`300'den fazla köprü`, `20 से
 * ज्यादा संग्रहालय`, `200を超える病院`, more than N bridges, museums, hospitals): the noun after them is what the number counts.
 */
const POSTPOSED_COMPARATIVE: Readonly<Record<string, RegExp>> = {
  tr: /^['’]?[dt][ae]n\s+(?:fazla|çok|az|daha\s+fazla)\s+(?=\p{L})/iu,
  hi: /^\s+से\s+(?:ज्यादा|ज़्यादा|अधिक|कम)\s+(?=\p{L})/u,
  ja: /^(?:を超える|を上回る|を下回る|以上の|以下の|未満の|余りの|近い)(?=[\p{Script=Han}\p{Script=Katakana}])/u,
};

/**
 * A number ending in a scale noun in French, Spanish, Portuguese and Italian, or in a scale noun and a half
 * (`7 milioni e mezzo`, `un million et demi`), takes its noun through `de`/`di` (`3 millions de visiteurs`, `2 milioni
 * di euro`): the word right after it is not what it counts (`7,5 millions serviront`).
 */
const ROMANCE_LANGS: ReadonlySet<string> = new Set(['fr', 'es', 'pt', 'it', 'ca', 'ro']);
const ROMANCE_SCALE_END = /(?:millions?|milliards?|mill[oó]n(?:es)?|milh(?:ão|ões)|bilh(?:ão|ões)|milion[ei]|miliard[oi])(?:\s+(?:et|y|e)\s+(?:demi|medio|meio|mezzo))?$/iu;
const ROMANCE_DE = /^\s+(?:de|di|d['’])\s*/iu;

/** Words after the first one that an English noun compound may still hold (`hydroelectric power plants`). */
const MAX_COMPOUND_WORDS_AFTER = 2;
/** An English plural: a word ending in -s but not in -ss or -us (`plants`, `friends`; not `glass`, `bonus`). */
const ENGLISH_PLURAL = /[^su]s$/u;

/**
 * English puts the head of a noun compound last, and after a number above one it is plural: of the lower-case content
 * words right after an unknown first word, the last plural one is the head (`40 wind turbine blades`, `two
 * family friends`, `300 river barges waiting`).
 */
function englishPluralHead(first: Measure, s: SentenceContext, isNoun: (word: string) => boolean, table: MeasureTable): Measure | null {
  let head: Measure | null = null;
  let at = first.end;
  for (let i = 0; i < MAX_COMPOUND_WORDS_AFTER; i++) {
    const next = /^\s+([a-z][a-z-]*)(?![\p{L}])/u.exec(s.text.slice(at, at + MAX_PRENOMINAL_CHARS));
    if (!next || !isNoun(next[1])) break;
    at += next[0].length;
    if (ENGLISH_PLURAL.test(next[1])) head = measureAfter(s.text, at - next[1].length - 1, s.lang, isNoun, table);
  }
  return head;
}

/** The measure written right after a quantity: the head noun of the phrase the number opens (`12 new hospitals`). */
function measureWrittenAfter(q: Quantity, s: SentenceContext, table: MeasureTable, partitiveDepth = 0): Measure | null {
  const wrapped = wrappedMeasure(s.text, q.start, q.end, s.lang, table);
  if (wrapped) return wrapped;
  const isNoun = nounTest(s.lang);
  // A singular noun counts one (`1 vehicle`, `una persona`); after more than one it is a modifier or a name (`996 state`).
  const one = q.high !== null && Math.abs(q.high) <= 1;
  if (ROMANCE_SCALE_END.test(q.text) && ROMANCE_LANGS.has(s.lang)) {
    const linked = ROMANCE_DE.exec(s.text.slice(q.end, q.end + MAX_PRENOMINAL_CHARS));
    return linked ? measureAfter(s.text, q.end + linked[0].length, s.lang, isNoun, table) : null;
  }
  if (s.lang === 'tr' && TURKISH_CASED_SCALE.test(lastWord(q.text))) {
    // `üç milyondan fazla kişi`: the comparative after an ablative leads to the noun; any other case ends the phrase.
    const comparative = TURKISH_COMPARATIVE_AFTER_CASE.exec(s.text.slice(q.end, q.end + MAX_PRENOMINAL_CHARS));
    return comparative ? measureAfter(s.text, q.end + comparative[0].length, s.lang, isNoun, table) : null;
  }
  const adjective = PRENOMINAL_ADJECTIVE[s.lang] ? WORD_AFTER_NUMBER.exec(s.text.slice(q.end, q.end + MAX_PRENOMINAL_CHARS)) : null;
  const afterAdjective = adjective && (PRENOMINAL_ADJECTIVE[s.lang].test(adjective[1]) || hindiDerivedAdjective(adjective[1], s.lang, table)) ? measureAfter(s.text, q.end + adjective[0].length, s.lang, isNoun, table, one) : null;
  if (afterAdjective) return headOfNounPhrase(afterAdjective, s, isNoun, table);
  const first = measureAfter(s.text, q.end, s.lang, isNoun, table, one);
  // A scale word with its case ending after digits (`85 milyona ulaştı`) is the number's, no noun it counts.
  if (first && s.lang === 'tr' && TURKISH_CASED_SCALE.test(first.text)) return null;
  // The number word that starts another quantity is not this one's noun (`بأربعة ملايين وستة ملايين تذكرة`: Arabic
  // writes `and` on the next number, which the two share their noun with).
  if (first && s.inside.some((o) => o !== q && first.start <= o.start && o.start < first.end)) return null;
  if (first) return headOfNounPhrase(first, s, isNoun, table);
  // `40,000 more tickets`, `five other bakeries`, `cinco nuevos casos`: a quantifying adjective the stoplist holds.
  const quantifier = QUANTIFYING_ADJECTIVE[s.lang]?.exec(s.text.slice(q.end, q.end + MAX_PRENOMINAL_CHARS));
  const afterQuantifier = quantifier ? measureAfter(s.text, q.end + quantifier[0].length, s.lang, isNoun, table) : null;
  if (afterQuantifier) return headOfNounPhrase(afterQuantifier, s, isNoun, table);
  const comparative = POSTPOSED_COMPARATIVE[s.lang]?.exec(s.text.slice(q.end, q.end + MAX_PRENOMINAL_CHARS));
  const afterComparative = comparative ? measureAfter(s.text, q.end + comparative[0].length, s.lang, isNoun, table) : null;
  if (afterComparative) return headOfNounPhrase(afterComparative, s, isNoun, table);
  // `8 der größten Reedereien`, `12 of the new hospitals`: the noun phrase after a partitive, read as after the number.
  const partitive = partitiveDepth === 0 ? PARTITIVE_ARTICLE[s.lang]?.exec(s.text.slice(q.end, q.end + MAX_PRENOMINAL_CHARS)) : null;
  if (partitive) {
    const counted = measureWrittenAfter({ ...q, end: q.end + partitive[0].length }, s, table, partitiveDepth + 1);
    return counted && (s.lang !== 'de' || isGermanPluralHead(counted, s, table)) ? counted : null;
  }
  if (s.lang === 'de') {
    const modifiers = GERMAN_PRENOMINAL.exec(s.text.slice(q.end, q.end + MAX_PRENOMINAL_CHARS));
    const stop = stopwordsOf('de');
    if (modifiers && !modifiers[1].trim().split(/\s+/).some((w) => stop.has(w))) return measureAfter(s.text, q.end + modifiers[0].trimEnd().length, s.lang, isNoun, table);
  }
  return null;
}

/**
 * A partitive after a number: `N of the (M) Xs` counts Xs (`8 der größten Reedereien`, `12 of the new
 * hospitals`, `tres de los principales bancos`, `due dei 40 treni`, `deux des grandes banques`, `três dos maiores
 * bancos`). The definite or demonstrative plural article of each grammar's partitive (the German genitive plural), and a
 * number of the whole it may take (`3 of the 10 candidates`); the noun phrase after it is read as after the number. Up
 * to the space before the phrase, which the readers of a noun after a number expect.
 */
const PARTITIVE_ARTICLE: Readonly<Record<string, RegExp>> = {
  en: /^\s+of\s+(?:the|these|those|its|their|our)(?:\s+\d[\d.,]*)?(?=\s+\p{L})/iu,
  de: /^\s+(?:der|dieser|jener|seiner|ihrer|unserer)(?:\s+\d[\d.,]*)?(?=\s+\p{L})/u,
  fr: /^\s+(?:des|de\s+ces|de\s+leurs|d['’]entre\s+les)(?:\s+\d[\d.,\s]*\d)?(?=\s+\p{L})/iu,
  es: /^\s+de\s+(?:los|las|estos|estas|esos|esas|sus)(?:\s+\d[\d.,]*)?(?=\s+\p{L})/iu,
  it: /^\s+(?:dei|degli|delle|di\s+questi|di\s+queste)(?:\s+\d[\d.,]*)?(?=\s+\p{L})/iu,
  pt: /^\s+(?:dos|das|destes|destas|desses|dessas)(?:\s+\d[\d.,]*)?(?=\s+\p{L})/iu,
};

/**
 * German `der` is the genitive plural, but also the genitive singular of a feminine noun (`3 der Bayerischen Landesliste`,
 * three of the Bavarian list): only a plural can be counted. Feminine nouns do not change in the singular and end in
 * these suffixes (the grammars' feminine derivations: -ung, -heit, -keit, -schaft, -ion, -tät, -ik, -ei, -in, -ur, -enz,
 * -anz, -ie, -nis), while their plurals add -en; plurals end in -n, -r or -s, or in -e (`Haushalte`), which many feminine
 * singulars also end in (`Liste`): an -e noun is read as plural only when the vocabulary lists it as written.
 */
const GERMAN_FEMININE_SINGULAR = /(?:ung|heit|keit|schaft|ion|tät|ik|ei|in|ur|enz|anz|ie|nis)$/u;
const GERMAN_PLURAL_END = /[nrs]$/u;
/** The capitalised word after another: the noun after a capitalised adjective of a name, which takes -en after `der`. */
const GERMAN_NEXT_CAPITALISED = /^\s+(\p{Lu}[\p{L}-]*)/u;
const GERMAN_WEAK_ADJECTIVE = /en$/u;

/**
 * Whether the noun phrase a German partitive `der` opens is plural: its head (the capitalised word after an adjective of
 * a name, `der Bayerischen Rangliste`) ends as a plural does.
 */
function isGermanPluralHead(measure: Measure, s: SentenceContext, table: MeasureTable): boolean {
  const next = GERMAN_NEXT_CAPITALISED.exec(s.text.slice(measure.end, measure.end + MAX_PRENOMINAL_CHARS))?.[1];
  const head = next && GERMAN_WEAK_ADJECTIVE.test(measure.text) && measure.canonical === null ? next : measure.text;
  const lower = head.toLowerCase();
  if (GERMAN_FEMININE_SINGULAR.test(lower)) return false;
  return GERMAN_PLURAL_END.test(lower) || (lower.endsWith('e') && canonicalMeasure(head, 'de', table, true) !== null);
}

/**
 * Adjectives that French, Spanish, Portuguese and Italian put before the noun (the size, rank, quality and order ones
 * of the grammars, with the comparatives of size that stand as superlatives after an article: `deux principales autorités`, `tres grandes empresas`, `due ultimi treni`), and Hindi's `other`,
 * `new`, `main`: the noun after them is what the number counts. Plural forms; none that stands as a noun on its own
 * (`jóvenes`, `giovani`, young people).
 */
const PRENOMINAL_ADJECTIVE: Readonly<Record<string, RegExp>> = {
  fr: /^(?:grands|grandes|petits|petites|principaux|principales|premiers|premières|derniers|dernières|gros|grosses|bons|bonnes|mauvais|mauvaises|beaux|belles|nombreux|nombreuses)$/iu,
  es: /^(?:principales|grandes|pequeños|pequeñas|primeros|primeras|últimos|últimas|buenos|buenas|malos|malas|mejores|peores|mayores|numerosos|numerosas)$/iu,
  pt: /^(?:principais|grandes|pequenos|pequenas|primeiros|primeiras|últimos|últimas|bons|boas|maus|melhores|piores|maiores|numerosos|numerosas)$/iu,
  it: /^(?:principali|grandi|primi|prime|ultimi|ultime|buoni|buone|cattivi|cattive|migliori|peggiori|maggiori|numerosi|numerose)$/iu,
  hi: HINDI_PRENOMINAL_ADJECTIVE,
};

/** A Hindi word of a derived adjective's form (hindi-adjectives.ts) that the measure vocabulary does not know as a noun. */
const hindiDerivedAdjective = (word: string, lang: string, table: MeasureTable) =>
  lang === 'hi' && HINDI_DERIVED_ADJECTIVE.test(word) && canonicalMeasure(word, lang, table) === null;

/**
 * A Turkish scale word with a case ending (`milyona`, `milyarı`, `bini`, `milyondan`: the dative, accusative,
 * locative, ablative and genitive in every vowel-harmony variant, after the buffer consonant): Turkish marks the case on
 * the last word of a noun phrase, so a number that carries one has no noun after it (`iki milyona ulaştı`, reached two
 * million) but the one a comparative leads to (`üç milyondan fazla kişi`, more than three million people).
 */
const TURKISH_CASED_SCALE = /^(?:bin|milyon|milyar|trilyon)(?:[ysn]?[ae]|[dt][ae]n?|[ysn]?[ıiuü]n?)$/iu;
const TURKISH_COMPARATIVE_AFTER_CASE = /^\s+(?:fazla|çok|az|daha\s+fazla)\s+(?=\p{L})/iu;
const lastWord = (text: string) => /[\p{L}]+$/u.exec(text)?.[0] ?? '';

/** The word right after a number, with the space before it. */
const WORD_AFTER_NUMBER = /^\s+([\p{L}\p{M}]+)/u;

/** Languages whose nouns take a genitive complement after them and whose adjectives show by their endings. */
const SLAVIC_CASE_LANGS: ReadonlySet<string> = new Set(['ru', 'pl', 'uk']);
/** Russian, Ukrainian and Polish adjective endings (plural and singular cases, from the grammars' declension tables). */
/** Scale words, which count what their genitive names (`от 7 до 65 млрд параметров`, `2 mln osób`). */
const SLAVIC_SCALE = /^(?:млн|млрд|трлн|тыс|миллион\p{L}*|миллиард\p{L}*|триллион\p{L}*|тысяч\p{L}*|mln|mld|bln|tys|milion\p{L}*|miliard\p{L}*|bilion\p{L}*|tysi\p{L}*|tysięcy)\.?$/u;
const SLAVIC_ADJECTIVE_ENDING = /(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ому|ему|ыми|ими|ych|ich|ego|emu|ymi|imi|ej|ym|im|y|a|e|ą)$/u;
/**
 * The adjective endings of those declensions that no noun of the case a number governs ends in: the genitive plural
 * after five and more (`пяти великих держав`, `12 dużych elektrowni`), the nominative plural after two to four
 * (`две крупные компании`), the instrumental and the oblique singular, and the Polish passive participle's plural
 * (`trzy odnowione obrazy`). A word with one is a modifier, not the noun counted.
 */
const SLAVIC_ADJECTIVE_ONLY_ENDING = /(?:ых|их|ые|ого|его|ому|ему|ыми|ими|ych|ich|ego|emu|ymi|imi|one|ane)$/u;
const WORD_SPACE = /^[\s\u00a0]+$/u;
/**
 * Endings of the verb (past -л/-ł, infinitive, present third person, reflexive) and of the instrumental: the word after
 * an adjective made a noun (`120 заболевших выписаны`, `300 zakażonych koronawirusem`) is no head it agrees with.
 */
const SLAVIC_NOT_A_NOUN_AFTER_ADJECTIVE = /(?:л|ли|ла|ло|ть|ться|ся|сь|ет|ит|ют|ут|ат|ят|ем|ом|ами|ями|ны|ł|ła|ło|li|ły|ć|ą|em|om|ami)$/u;
/** Adjectives a Slavic noun phrase may stack before its head (`пять крупных российских компаний`). */
const MAX_SLAVIC_ADJECTIVES = 2;

/**
 * An unknown first word of a noun phrase may be a modifier of the measure after it: a known word right after it
 * (`zatrudnionych osób` → people), an English adjective's noun, or the last plural of an English compound.
 */
function headOfNounPhrase(first: Measure, s: SentenceContext, isNoun: (word: string) => boolean, table: MeasureTable): Measure {
  // English puts a compound's head last and plural after a number above one: a singular first word is its modifier
  // (`two family friends`).
  if (s.lang === 'en' && first.canonical !== null && !ENGLISH_PLURAL.test(first.text)) {
    const known = measureAfter(s.text, first.end, s.lang, () => false, table);
    if (known?.canonical && ENGLISH_PLURAL.test(known.text)) return known; // `95 House members` (`members` is a stopword)
    return englishPluralHead(first, s, isNoun, table) ?? first;
  }
  // Arabic puts adjectives and the genitive after the noun (`ثلاث علامات موقع`, three marks of the site): the first noun is the head.
  if (first.canonical !== null || UNSPACED_LANGS.has(s.lang) || s.lang === 'ar') return first;
  // The second word is the head only in its own vocabulary form (no singular: `três integrantes preso`).
  const second = measureAfter(s.text, first.end, s.lang, () => false, table);
  // In Russian and Polish a noun after a noun is its genitive complement (`четыре версии модели`, four versions of the
  // model): the second word is the head only after an adjective (`zatrudnionych osób`).
  if (second?.canonical && (!SLAVIC_CASE_LANGS.has(s.lang) || SLAVIC_ADJECTIVE_ENDING.test(first.text.toLowerCase()) || SLAVIC_SCALE.test(first.text.toLowerCase()))) return second;
  if (s.lang === 'en' && ENGLISH_ADJECTIVE.test(first.text)) return measureAfter(s.text, first.end, s.lang, isNoun, table) ?? first;
  if (s.lang === 'en') return englishPluralHead(first, s, isNoun, table) ?? first;
  if (SLAVIC_CASE_LANGS.has(s.lang)) return slavicHeadAfterAdjectives(first, s, isNoun, table) ?? first;
  return first;
}

/**
 * Russian, Ukrainian and Polish put adjectives before the noun: after a first word that can only be an adjective
 * (SLAVIC_ADJECTIVE_ONLY_ENDING), the noun it agrees with is what the number counts, known or as written.
 */
function slavicHeadAfterAdjectives(first: Measure, s: SentenceContext, isNoun: (word: string) => boolean, table: MeasureTable): Measure | null {
  let modifier = first;
  for (let i = 0; i < MAX_SLAVIC_ADJECTIVES && SLAVIC_ADJECTIVE_ONLY_ENDING.test(modifier.text.toLowerCase()); i++) {
    const next = measureAfter(s.text, modifier.end, s.lang, isNoun, table);
    // The noun follows the adjective across a space only (`держав,` ends the phrase at the comma: no noun after it).
    if (!next || !WORD_SPACE.test(s.text.slice(modifier.end, next.start))) return null;
    if (next.canonical === null && SLAVIC_NOT_A_NOUN_AFTER_ADJECTIVE.test(next.text.toLowerCase())) return null;
    if (next.canonical !== null || !SLAVIC_ADJECTIVE_ONLY_ENDING.test(next.text.toLowerCase())) return next;
    modifier = next;
  }
  return null;
}

/**
 * Words joining two numbers of one scale, the first written bare: a change and the new level, or the ends of a range
 * (`um 120.000 auf 2,3 Millionen Einwohner`, `from 12 to 9 percent`, `de 40 à 55 euros`, `с 5 до 7 процентов`,
 * `between 200 and 400 pounds`, `ما بين 200 و400 جنيه`, where Arabic writes `and` on the next word; `2 bzw. 4
 * Millionen Tickets`, `3 or 4 million`).
 */
const SAME_SCALE_JOIN = /^\s*(?:auf|bis|to|à|au|a|hasta|para|na|do|до|на|and|und|et|y|e|i|и|ve|ile|و|or|oder|bzw\.|ou|o|или|lub|albo|veya|أو|[-–~～〜到至和与與或])\s*$/iu;

/** The index of the first of `sorted` (quantities in text order) that starts at or after `pos`. */
const firstStartingAt = (sorted: Quantity[], pos: number) => firstNotBefore(sorted.length, (i) => sorted[i].start < pos);

/** The quantity a bare number shares its unit with: the next one in the sentence, joined by SAME_SCALE_JOIN. */
function sameScalePartner(q: Quantity, s: SentenceContext): Quantity | null {
  const next = s.inside[firstStartingAt(s.inside, q.end)];
  if (!next) return null;
  const between = s.text.slice(q.end, next.start);
  // Arabic writes `and` on the next number itself (`ثلاثة ملايين وخمسة ملايين`).
  return SAME_SCALE_JOIN.test(between) || (s.lang === 'ar' && !between.trim() && next.text.startsWith(ARABIC_AND)) ? next : null;
}

/** Arabic `and`, written as a prefix of the word after it. */
const ARABIC_AND = 'و';
/** An Arabic word with the definite article, and the word before a number, with the space after it. */
const ARABIC_DEFINITE = /^(?:[وفب]?ال|لل)/u;
const WORD_BEFORE_NUMBER = /([\p{L}\p{M}]+)\s+$/u;

/**
 * Arabic puts a definite number after its definite noun, as an adjective (`السنوات العشرين`, the twenty years; `الأيام
 * الثلاثة`, the three days): the known noun right before a number written with the article is what it counts.
 */
function arabicNounBefore(q: Quantity, s: SentenceContext, table: MeasureTable): Measure | null {
  if (s.lang !== 'ar' || !ARABIC_DEFINITE.test(q.text)) return null;
  const word = WORD_BEFORE_NUMBER.exec(s.text.slice(Math.max(s.sentence.start, q.start - MAX_PRENOMINAL_CHARS), q.start))?.[1];
  if (!word || !ARABIC_DEFINITE.test(word)) return null;
  const canonical = canonicalMeasure(word, s.lang, table);
  const end = s.text.slice(0, q.start).trimEnd().length;
  return canonical ? { text: word, canonical, start: end - word.length, end } : null;
}

/**
 * `the number of X` before a bare number names what it counts (`Die Zahl der Pendler stieg um 12.000`, `le nombre
 * de cyclistes (4.200)`, with `total` or `Gesamt-`; Spanish `la cifra de muertos`, the count of the dead): the noun after
 * the last such phrase before the number in its sentence.
 */
const NUMBER_OF = /(?<![\p{L}])(?:(?:An|Gesamt)?[Zz]ahl\s+(?:der|an)\s+|number\s+of\s+|nombre\s+(?:total\s+)?(?:des?\s+|d['’])|(?:número\s+(?:total\s+)?|cifra\s+)de\s+|numero\s+(?:totale\s+|complessivo\s+)?(?:di|dei|degli|delle)\s+|liczba\s+|число\s+|количество\s+)([\p{L}][\p{L}\p{M}-]*)/gu;

function countedNounBefore(q: Quantity, s: SentenceContext, table: MeasureTable): Measure | null {
  // The sentence's phrases are found once: matching the text before each number anew cost n² on a sentence of n numbers.
  const phrases = (s.numberOfPhrases ??= [...s.sentenceText.matchAll(NUMBER_OF)]);
  const before = q.start - s.sentence.start;
  const low = firstNotBefore(phrases.length, (i) => phrases[i].index < before);
  // The last phrase that ends before the number. Phrases do not overlap, so only the last that starts before it may run
  // into it (`number of five`): that one is matched again on the text before the number alone, as a scan from the
  // sentence's start would.
  let last = phrases[low - 1];
  let offset = s.sentence.start;
  if (last && last.index + last[0].length > before) {
    const from = s.sentence.start + last.index;
    const cut = [...s.text.slice(from, q.start).matchAll(NUMBER_OF)].at(-1);
    if (cut) offset = from;
    last = cut ?? phrases[low - 2];
  }
  if (!last) return null;
  const word = last[1];
  const start = offset + last.index + last[0].length - word.length;
  return { text: word, canonical: canonicalMeasure(word, s.lang, table), start, end: start + word.length };
}

/**
 * A person's age as the press writes it, set off after the name: `Hartley, 37, from Leeds`, `Anna Meier (42) aus Kiel`,
 * (`María López, de 29 años,` is read by its noun). A whole number of a human lifetime between commas right after a
 * capitalised word, or in brackets right after a person's name.
 */
const AGE_NAME_BEFORE = /\p{Lu}[\p{L}'’-]*(?:,\s?|\s?\()$/u;
const AGE_CLOSE_AFTER = /^\s?[,)]/u;
/** A sentence that opens with `At (just) N,` states an age (`At only 17, he …`, `At 91, she still swims`). */
const AGE_AT_BEFORE: Readonly<Record<string, RegExp>> = {
  en: /^\s*at\s+(?:(just|only|age|the age of)\s+)?$/iu,
  // `Com apenas 19, ele…`, `Con solo 19, ganó…`: with `only` (a bare `com 20,` may be anything).
  pt: /^\s*com\s+(apenas|só|somente)\s+$/iu,
  es: /^\s*con\s+(apenas|solo|sólo|solamente)\s+$/iu,
};
/**
 * Phrases that make a bare number an age wherever they stand: Russian `в свои 30` (at one's 30), Arabic `في الـ90 من
 * عمره` (in the 90 of his life), after the number.
 */
const AGE_BEFORE: Readonly<Record<string, RegExp>> = { ru: /(?<![\p{L}])в\s+(?:свои|своих|его|её|ее|их)\s+$/iu };
const AGE_AFTER: Readonly<Record<string, RegExp>> = { ar: /^\s*(?:من\s+)?(?:ال)?عمر/u };
/** Above the hours of a 12-hour clock, `At N,` can only be an age. */
const MIN_BARE_AT_AGE = 13;
const MAX_AGE = 120;

function ageApposition(q: Quantity, s: SentenceContext): Measure | null {
  if (q.kind !== 'number' || !Number.isInteger(q.value) || q.value < 1 || q.value > MAX_AGE || UNSPACED_LANGS.has(s.lang)) return null;
  const atAge = AGE_AT_BEFORE[s.lang]?.exec(s.text.slice(s.sentence.start, q.start));
  // A bare `At 5,` may be an hour: below MIN_BARE_AT_AGE only with `just`, `only` or `age`.
  if (atAge && (q.value >= MIN_BARE_AT_AGE || atAge[1]) && AGE_CLOSE_AFTER.test(s.text.slice(q.end, q.end + 2))) return { text: s.text.slice(q.start - atAge[0].length, q.end), canonical: 'years', start: q.start, end: q.end };
  const ageBefore = AGE_BEFORE[s.lang]?.exec(s.text.slice(Math.max(s.sentence.start, q.start - 16), q.start));
  if (ageBefore) return { text: s.text.slice(q.start - ageBefore[0].length, q.end), canonical: 'years', start: q.start, end: q.end };
  const ageAfter = AGE_AFTER[s.lang]?.exec(s.text.slice(q.end, q.end + 16));
  if (ageAfter) return { text: s.text.slice(q.start, q.end + ageAfter[0].length), canonical: 'years', start: q.start, end: q.end + ageAfter[0].length };
  if (q.text !== String(q.value)) return null;
  const before = AGE_NAME_BEFORE.exec(s.text.slice(Math.max(s.sentence.start, q.start - 40), q.start));
  const after = AGE_CLOSE_AFTER.exec(s.text.slice(q.end, q.end + 2));
  if (!before || !after || before[0].includes('(') !== after[0].includes(')')) return null;
  // German capitalises every noun (`im Jahr (12)`), and a bracket holds many things: there, only after a person's name.
  const nameEnd = q.start - before[0].length + before[0].search(/[,\s(]/u);
  if ((s.lang === 'de' || before[0].includes('(')) && !s.own.some((m) => m.type === 'person' && m.end === nameEnd)) return null;
  return { text: s.text.slice(q.start - 2, q.end + after[0].length), canonical: 'years', start: q.start, end: q.end };
}

/**
 * What a bare number counts: the noun written after it, else the noun after its same-scale partner (`von 12 auf 9
 * Millionen Besucher`), else the noun of a `number of X` phrase before it.
 */
function measureOf(q: Quantity, s: SentenceContext, table: MeasureTable): Measure | null {
  if (q.kind === 'money' || q.kind === 'percent') return null;
  // `(n=2.349)`: the statistician's sample size counts the people (or things) studied.
  const sample = SAMPLE_SIZE_BEFORE.exec(s.text.slice(Math.max(0, q.start - 4), q.start));
  if (sample) return { text: sample[0].trim(), canonical: SAMPLE_SIZE_MEASURE, start: q.start - sample[0].length, end: q.start };
  const age = ageApposition(q, s);
  if (age) return age;
  const definite = arabicNounBefore(q, s, table);
  if (definite) return definite;
  const written = measureWrittenAfter(q, s, table);
  if (written || q.kind !== 'number') return written;
  const partner = sameScalePartner(q, s);
  const shared = partner?.kind === 'number' ? measureWrittenAfter(partner, s, table) : null;
  const countBefore = s.lang === 'zh' ? chineseCountBefore(s.text, q.start, s.sentence.start, table) : countedNounBefore(q, s, table);
  return shared ?? countBefore ?? labelBefore(q, s, table) ?? (isElidedChange(q, s) || isPartOfEarlierCount(q, s) ? s.earlierMeasure : null);
}

/**
 * A label and a colon right before a bare number, opening its sentence (`Visitors: 12,000`, `Besucher: 35.000`, `Número
 * de muertos: 1200`), name what it counts: the label's last or first word, when the vocabulary knows it (a label may
 * name anything else: `Stand: 12`). Not inside a sentence, where a label in brackets names for whom another count
 * holds (`15 Tage (Alleinerziehende: 30)`).
 */
const LABEL_BEFORE = /^\s*([\p{L}][\p{L}\p{M}-]*)(?:\s+[\p{L}][\p{L}\p{M}-]*){0,3}?(?:\s+([\p{L}][\p{L}\p{M}-]*))?\s*:\s*$/u;

const COLON_BEFORE = /:\s*$/u;

function labelBefore(q: Quantity, s: SentenceContext, table: MeasureTable): Measure | null {
  // Most numbers follow no colon: the label's pattern is matched only on those that do.
  if (!COLON_BEFORE.test(s.text.slice(Math.max(s.sentence.start, q.start - 3), q.start))) return null;
  const label = LABEL_BEFORE.exec(s.text.slice(s.sentence.start, q.start));
  if (!label) return null;
  const labelStart = s.sentence.start + label[0].length - label[0].trimStart().length;
  for (const word of [label[2], label[1]]) {
    const canonical = word ? canonicalMeasure(word, s.lang, table) : null;
    if (!canonical) continue;
    const start = s.text.indexOf(word, labelStart);
    return { text: word, canonical, start, end: start + word.length };
  }
  return null;
}

/**
 * A number that takes a part of a whole named by a pronoun (`50 of them`, `davon 3`, `dont 12`, `其中3`, `76000人中，13000`)
 * counts what the count of the whole counted, which the paragraph stated before: after the number (`of them`, `davon`,
 * `de ellos`, `d'entre eux`, `di loro`, `deles`, `из них`, `z nich`), or before it (`of whom`, `davon`, `darunter`,
 * `dont`, `di cui`, `de los cuales`, `dos quais`, `из них`, `其中`, `中，`, `うち`).
 */
const PART_OF_WHOLE_AFTER: Readonly<Record<string, RegExp>> = {
  en: /^\s+of\s+(?:them|those|these|whom|which)(?![\p{L}])/iu,
  de: /^\s+(?:davon|von\s+ihnen)(?![\p{L}])/iu,
  fr: /^\s+d['’]entre\s+(?:eux|elles)(?![\p{L}])/iu,
  es: /^\s+de\s+(?:ellos|ellas)(?![\p{L}])/iu,
  it: /^\s+di\s+(?:loro|essi|esse)(?![\p{L}])/iu,
  pt: /^\s+(?:deles|delas)(?![\p{L}])/iu,
  ru: /^\s+из\s+(?:них|которых)(?![\p{L}])/iu,
  pl: /^\s+z\s+(?:nich|których)(?![\p{L}])/iu,
};
const PART_OF_WHOLE_BEFORE: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])of\s+(?:whom|which|them),?\s+$/iu,
  de: /(?<![\p{L}])(?:davon|darunter)\s+$/iu,
  fr: /(?<![\p{L}])dont\s+$/iu,
  es: /(?<![\p{L}])de\s+l[oa]s\s+cuales\s+$/iu,
  it: /(?<![\p{L}])di\s+cui\s+$/iu,
  pt: /(?<![\p{L}])d[oa]s\s+quais\s+$/iu,
  ru: /(?<![\p{L}])из\s+(?:них|которых)\s+$/iu,
  pl: /(?<![\p{L}])z\s+(?:nich|których)\s+$/iu,
  hi: /(?:जिसमें|जिनमें|इनमें|उनमें)\s+से\s+$/u,
  zh: /(?:其中|中[，,])\s*$/u,
  ja: /(?:うち|中)[、,]?\s*$/u,
};
/** Characters before a number searched for the pronoun of a whole. */
const PART_OF_WHOLE_WINDOW = 20;

const isPartOfWholeBefore = (q: Quantity, s: SentenceContext) => !!PART_OF_WHOLE_BEFORE[s.lang]?.test(s.text.slice(Math.max(0, q.start - PART_OF_WHOLE_WINDOW), q.start));

function isPartOfEarlierCount(q: Quantity, s: SentenceContext): boolean {
  if (!s.earlierMeasure) return false;
  return !!PART_OF_WHOLE_AFTER[s.lang]?.test(s.text.slice(q.end, q.end + PART_OF_WHOLE_WINDOW)) || isPartOfWholeBefore(q, s);
}

/**
 * A bare number stated as a change (`um 48.000 gesunken`, `fell by 300`, `452.000 weniger`, `на 700 больше`) leaves out
 * the noun of the count it changes, which the paragraph stated before.
 */
const CHANGE_BEFORE = /(?<![\p{L}])(?:um|by|на|o)\s$/u;
const CHANGE_AFTER = /^\s(?:weniger|mehr|fewer|more|less|меньше|больше|mniej|więcej)(?![\p{L}])/u;

function isElidedChange(q: Quantity, s: SentenceContext): boolean {
  return CHANGE_BEFORE.test(s.text.slice(Math.max(0, q.start - 4), q.start)) || CHANGE_AFTER.test(s.text.slice(q.end, q.end + 12));
}

/**
 * A bare number joined to an amount of money or a percentage (`von 12 auf 9 Prozent`) is of the same kind and unit;
 * so is a scaled bare number with no noun of its own after an amount of money in its sentence, which it divides or
 * continues (`30 million euros, of which 12 million are for bridges`).
 */
function withPartnerUnit(bare: Quantity, s: SentenceContext, table: MeasureTable): Quantity {
  if (bare.kind !== 'number') return bare;
  const partner = sameScalePartner(bare, s);
  const q = partner ? withPartnerScale(bare, partner, s.lang) : bare;
  if (partner && partner.unit && partner.kind !== 'number') return { ...q, kind: partner.kind, unit: partner.unit };
  // A currency's name as the noun a number takes through de/di, past what the quantity grammar reads with it
  // (`deux millions et demi de francs`): an amount of that money.
  const written = measureWrittenAfter(q, s, table);
  const currency = written ? currencyAfter(s.text, written.start, s.lang) ?? currencyAfterAdjective(written, s) : null;
  if (currency && currency.end >= written!.end) return { ...q, kind: 'money', unit: currency.code };
  if (!q.scaled) return q;
  // The last amount of money ending before the number (quantities do not overlap: their ends are in text order too).
  let i = firstStartingAt(s.money, q.start) - 1;
  while (i >= 0 && s.money[i].end > q.start) i--;
  const money = s.money[i];
  // A part of the amount named by a pronoun (`30 млн евро, из которых 12 млн пойдут…`, of which 12 million will go)
  // is of its money, unless a known measure follows it.
  if (money && (!written || (written.canonical === null && isPartOfWholeBefore(q, s)))) return { ...q, kind: 'money', unit: money.unit };
  return q;
}

/**
 * A percentage point is not a percent: a rate that rises by 2 points (`2 Prozentpunkte`, `2个百分点`, `2ポイント`,
 * `2%포인트`, `2%p`, Turkish `yüzde 2 puan` around the number) rises by 2 of the whole, not by 2 % of itself. The quantity grammar reads both as percent; the
 * claim keeps the unit written. The words of each language, on the quantity or right after it (Korean `2.5%` then `포인트`).
 */
const PERCENTAGE_POINT = /prozentpunkt|procentpunt|percentage[\s-]points?|points?\s+de\s+pourcentage|puntos?\s+porcentual|punti?\s+percentual|pontos?\s+percentua|punkt\p{L}*\s+procentow|процентн\p{L}*\s+пункт|відсоткові?\p{L}*\s+пункт|百分点|百分點|ポイント|%p(?![\p{L}.])|퍼센트\s?포인트|%\s?포인트|yüzde\s+(?:\d[\d.,]*\s+)?puan|نقط\p{L}*\s+مئوية|प्रतिशत\s+अंक/iu;
/** Characters after a number looked at for the words of a point (`1,5 point de pourcentage`, which the grammar leaves bare). */
const PERCENTAGE_POINT_TAIL = 24;
/** Characters between a number and the words of a point. */
const MAX_PERCENTAGE_POINT_GAP = 2;
const PERCENTAGE_POINTS = 'percentage points';

function withPercentagePoints(q: Quantity, s: SentenceContext): Quantity {
  if (q.kind !== 'percent' && q.kind !== 'number') return q;
  const point = PERCENTAGE_POINT.exec(s.text.slice(q.start, q.end + PERCENTAGE_POINT_TAIL));
  if (!point || point.index > q.end - q.start + MAX_PERCENTAGE_POINT_GAP) return q;
  return { ...q, kind: 'percent', unit: PERCENTAGE_POINTS };
}

/** How far (a factor either way) a number read at its partner's scale may stand from the partner. */
const MAX_SHARED_SCALE_RATIO = 20;
/** The smallest scale a number may share with its partner (thousand). */
const MIN_SHARED_SCALE = 1e3;
/** Significant digits a scaled value is rounded to: below the 15–17 of a double, above any written number's. */
const SIGNIFICANT_DIGITS = 12;

/**
 * A number joined to a scaled one (`von 2,5 auf 3,1 Millionen Besucher`, `from 4.1 to 3.2 billion dollars`) leaves out
 * the scale word they share: the partner's scale (its value over the number its digits write), when the number read at
 * that scale is near the partner and read without it is not (`von 800.000 auf 1,2 Millionen` keeps its own value).
 */
function withPartnerScale(q: Quantity, partner: Quantity, lang: string): Quantity {
  if (q.scaled || !partner.scaled) return q;
  const digits = /\d[\d.,\s\u00a0\u202f']*/u.exec(partner.text)?.[0].trim();
  if (!digits) return q;
  const decimal = DECIMAL_MARK[lang] ?? '.';
  const written = Number(digits.replace(decimal === ',' ? /[.\s\u00a0\u202f']/gu : /[,\s\u00a0\u202f']/gu, '').replace(',', '.'));
  const exponent = written > 0 ? Math.log10(partner.value / written) : NaN;
  const scale = 10 ** Math.round(exponent);
  if (!(Math.abs(exponent - Math.round(exponent)) < 1e-6 && scale >= MIN_SHARED_SCALE)) return q;
  const near = (value: number) => value * MAX_SHARED_SCALE_RATIO >= Math.abs(partner.value) && value <= Math.abs(partner.value) * MAX_SHARED_SCALE_RATIO;
  if (near(Math.abs(q.value)) || !near(Math.abs(q.value) * scale)) return q;
  // Rounded to the digits a double holds exactly (4.1 × 10^9 is 4099999999.9999995 in binary arithmetic).
  const scaled = (value: number) => Number((value * scale).toPrecision(SIGNIFICANT_DIGITS));
  return { ...q, value: scaled(q.value), low: scaled(q.low), high: scaled(q.high), scaled: true };
}

/**
 * Russian, Ukrainian and Polish write an adjective of origin before a currency's name (`7 тысяч швейцарских франков`, `40
 * amerykańskich dolarów`): the currency after the adjective, when the measure read is that adjective.
 */
function currencyAfterAdjective(written: Measure, s: SentenceContext): { code: string; end: number } | null {
  if (!SLAVIC_CASE_LANGS.has(s.lang) || written.canonical !== null || !SLAVIC_ADJECTIVE_ENDING.test(written.text.toLowerCase())) return null;
  const space = /^\s+/u.exec(s.text.slice(written.end))?.[0].length ?? 0;
  const currency = space ? currencyAfter(s.text, written.end + space, s.lang) : null;
  return currency ? { code: currency.code, end: Math.max(currency.end, written.end) } : null;
}

/**
 * The noun the quantity grammar read as part of a count (`3000万用户` → `用户`, `16 GPUs` → `GPUs`); null when the
 * letters are the number itself (`sechs`, `dieci`: a number word whose noun follows its text).
 */
function ownNoun(q: Quantity, lang: string, table: MeasureTable): Measure | null {
  const noun = /(?:(?![万萬亿億兆千百十])[\p{L}\p{M}])+$/u.exec(q.text);
  // The noun follows the number's digits, Han numerals or scale word; after a hedge it is the number word (`Knapp sieben`),
  // after a number word it is the noun whose measure the grammar read (`четыре модели`, `пять человек`).
  const follows = noun && (q.scaled || /[\d\p{Script=Han}]$/u.test(q.text.slice(0, noun.index).trimEnd())
    || (/\s$/u.test(q.text.slice(0, noun.index)) && canonicalMeasure(noun[0], lang, table) === q.unit));
  return noun && follows && noun[0].length < q.text.trim().length ? { text: noun[0], canonical: q.unit, start: q.end - noun[0].length, end: q.end } : null;
}

/** The open reading: what the quantity itself says, its measure noun, the nearest name as subject. */
function openClaim(q: Quantity, reading: { def: AttributeDef; keyword: AttributeHit | null } | null, s: SentenceContext, time: string | null, table: MeasureTable): NumericClaim {
  const own = q.kind === 'count' && q.unit ? ownNoun(q, s.lang, table) : null;
  // A count the grammar read with its counter (`3000人`) may go on to its noun through the genitive (`3000人の学生`).
  const counted = own ? nounAfterGenitive(s.text, q.end, s.lang, table, q.unit === 'people') : null;
  if (own && counted) q = { ...q, unit: counted.canonical };
  let measure = own && counted ? { text: s.text.slice(own.start, counted.end), canonical: counted.canonical, start: own.start, end: counted.end }
    : own ?? measureOf(q, s, table);
  // A classifier with no noun after it may count a noun written before the number (`学生が300人`, `학생 300명이`).
  const counter = measure && isClassifierAlone(measure.text, s.lang) ? measure.text : !measure && s.lang === 'zh' ? chineseClassifierAlone(s.text, q.end) : null;
  const floated = counter ? floatedNoun(s.text, q.start, s.sentence.start, s.lang, table, counter) : null;
  if (floated) {
    measure = floated;
    if (q.kind === 'count') q = { ...q, unit: floated.canonical };
  }
  const measureName = measure ? (measure.canonical ?? measure.text.toLowerCase()) : null;
  const attribute = reading?.def.name ?? (q.kind === 'count' ? q.unit : null) ?? measureName ?? (q.kind === 'percent' ? 'share' : NO_MEASURE);
  // A bare number read with an attribute word counts the attribute's unit (`a population of 168,000` → people).
  const unit = q.unit ?? measureName ?? (q.kind === 'number' && reading ? reading.def.units[0] ?? null : null);
  const { subject, phrase } = openSubject(q, s, unit, measure?.end ?? q.end);
  let confidence: number = q.kind === 'money' || q.kind === 'percent' ? CONFIDENCE.signedAmount
    : q.kind === 'count' || measure?.canonical ? CONFIDENCE.knownMeasure
    : measure ? CONFIDENCE.unknownMeasure : CONFIDENCE.bareNumber;
  if (subject) confidence += CONFIDENCE.withSubject;
  if (reading?.keyword) confidence += CONFIDENCE.withAttributeWord;
  const written = reading?.keyword ? s.text.slice(reading.keyword.start, reading.keyword.end) : measure?.text ?? null;
  return numericClaim(q, s, { entity: subject?.canonical ?? null, subject: subject?.text ?? phrase, attribute, measure: written, unit, confidence }, time);
}

/**
 * The subject of an open claim: the name the sentence gives it (subjects.ts nearestSubject), read whole (fullName); else
 * the noun phrase its clause opens with (phrase-subjects.ts); else, for a sentence that names no one and has no subject
 * phrase of its own, the topic the sentence before it in the paragraph named (resolveReference). In Chinese, where a
 * comma joins clauses that each have their own subject, a name in an earlier clause gives way to the number's own
 * clause's subject phrase (`杭州和苏州将由22℃降到9℃，武汉由27℃降至11℃`: 武汉's, not 苏州's).
 */
function openSubject(q: Quantity, s: SentenceContext, unit: string | null, measureEnd: number): { subject: EntityMention | null; phrase: string | null } {
  const named = nearestSubject(s.text, s.sentence, q, s.own, s.lang, s.brackets, s.inside, unit);
  if (named && !(s.lang === 'zh' && CHINESE_CLAUSE_JOIN.test(s.text.slice(Math.max(named.end, q.start - MAX_CLAUSE_GAP), q.start)))) return { subject: fullName(s.text, named, s.names), phrase: null };
  const phrase = phraseSubject(s.text, s.sentence, { start: q.start, end: q.end, unit }, s.lang, s.inside, measureEnd);
  if (named && phrase === null) return { subject: fullName(s.text, named, s.names), phrase: null };
  if (named) return { subject: null, phrase };
  // `Dort wurden 300 Anträge gestellt`: the place the adverb points back to (place-anaphora.ts).
  const place = placeAnaphorAntecedent(s.text, s.sentence, q.start, s.lang, s.names, s.paragraph);
  if (place) return { subject: fullName(s.text, place, s.names), phrase: null };
  const carried = resolveReference(s.sentenceText, s.earlier, phrase === null && s.own.length === 0 && continuesTopic(s.text.slice(s.sentence.start, q.start), s.lang), s.text);
  return carried ? { subject: fullName(s.text, carried, s.names), phrase: null } : { subject: null, phrase };
}
/** A comma or semicolon joining two Chinese clauses. */
const CHINESE_CLAUSE_JOIN = /[，,；;]/u;
/** Characters before a number searched for the comma that opens its clause (a Chinese clause is short; the search stays bounded on long sentences). */
const MAX_CLAUSE_GAP = 48;

/** Whether a sentence names no one and its clause has no subject phrase of its own: it goes on with the topic of the sentence before. */
function namesNoOneAndNoPhrase(q: Quantity, s: SentenceContext, unit: string | null, measureEnd: number): boolean {
  return s.own.length === 0 && continuesTopic(s.text.slice(s.sentence.start, q.start), s.lang)
    && phraseSubject(s.text, s.sentence, { start: q.start, end: q.end, unit }, s.lang, s.inside, measureEnd) === null;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * The items (sorted by start) from `from` on that lie inside the span, pushed to `inside`; returns the index of the first
 * item that starts at or after the span's end: called for spans in text order, every item is looked at once.
 */
function takeWithin<T extends Hit>(sorted: T[], from: number, span: Hit, inside: T[]): number {
  let i = from;
  while (i < sorted.length && sorted[i].start < span.start) i++;
  for (; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end <= span.end) inside.push(sorted[i]);
  return i;
}

/** A copy of the list sorted by start. */
const byStart = <T extends { start: number }>(list: T[]) => [...list].sort((a, b) => a.start - b.start);

/** The span of the sentences (in text order) that overlap [from, to), or null; a binary search, not a scan per quote. */
function sentencesCovering(sentences: Hit[], from: number, to: number): Hit | null {
  const low = firstNotBefore(sentences.length, (i) => sentences[i].end <= from);
  if (low >= sentences.length || sentences[low].start >= to) return null;
  let last = low;
  while (last + 1 < sentences.length && sentences[last + 1].start < to) last++;
  return { start: sentences[low].start, end: sentences[last].end };
}

/** The last organisation named in the MAX_COREFERENCE_PARAGRAPHS paragraphs before this one. */
function lastOrgBefore(lastOrgOfParagraph: ReadonlyArray<EntityMention | undefined>, paragraph: number): EntityMention | null {
  for (let p = paragraph - 1; p >= paragraph - MAX_COREFERENCE_PARAGRAPHS; p--) {
    const org = p >= 0 ? lastOrgOfParagraph[p] : undefined;
    if (org) return org;
  }
  return null;
}

/** Where a warning's sentences are: the first five paragraphs' indexes. */
const paragraphList = (paragraphs: number[]): string => (paragraphs.length > 5 ? `${paragraphs.slice(0, 5).join(', ')}, …` : paragraphs.join(', '));

/** The warning for the numbers of sentences past MAX_QUANTITIES_PER_SENTENCE, which were not read. */
function unreadNumbersWarning(unread: number, sentences: number, paragraphs: number[]): string {
  return `${unread} numbers not read as claims: ${sentences === 1 ? 'a sentence' : `${sentences} sentences`} (paragraph ${paragraphList(paragraphs)}, counted from 0) `
    + `${sentences === 1 ? 'states' : 'state'} more than ${MAX_QUANTITIES_PER_SENTENCE}, the most one sentence is read for: a table or list `
    + `written as running text`;
}

/** The warning for the sentences past MAX_DIGIT_RUNS_PER_SENTENCE, which were not searched for quantities. */
function unreadDigitsWarning(runs: number, sentences: number, paragraphs: number[]): string {
  return `${runs} runs of digits not read for quantities: ${sentences === 1 ? 'a sentence' : `${sentences} sentences`} (paragraph ${paragraphList(paragraphs)}, `
    + `counted from 0) ${sentences === 1 ? 'holds' : 'hold'} more than ${MAX_DIGIT_RUNS_PER_SENTENCE}, the most one sentence is searched for: `
    + `a table or data written as running text`;
}

/**
 * The first code unit of each block of ten decimal digits (\p{Nd}) in the Basic Multilingual Plane: ASCII, Arabic-Indic,
 * Devanagari, Thai, full-width and the rest (Node 20's Unicode 15; written out, since testing 65,536 code units against
 * \p{Nd} takes 30 ms at load; test/claims-cap.test.ts compares the list with the pattern).
 */
export const DECIMAL_DIGIT_BLOCKS = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
  0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10];
/** Decimal digits by code unit: what a run of digits is made of. */
const DECIMAL_DIGIT = (() => {
  const table = new Uint8Array(0x10000);
  for (const first of DECIMAL_DIGIT_BLOCKS) table.fill(1, first, first + 10);
  return table;
})();

/** Runs of decimal digits that start in text[from, to): a run is counted where it starts. */
function digitRunsIn(text: string, from: number, to: number): number {
  let runs = 0;
  let previous = from > 0 ? DECIMAL_DIGIT[text.charCodeAt(from - 1)] : 0;
  for (let i = from; i < to; i++) {
    const digit = DECIMAL_DIGIT[text.charCodeAt(i)];
    if (digit === 1 && previous === 0) runs++;
    previous = digit;
  }
  return runs;
}

/** A line break between two pieces of a split: a break of the text's own, as a sentence end is. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

/**
 * The sentences of a paragraph (pieces of splitSentences, in text order) put back together where the splitter cut one
 * blindly: ICU is given windows of about 2,000 characters (segments.ts), and a run of text with no sentence end in a
 * whole window is cut at the window's end. A piece that ends without a terminal mark, and no line break after it,
 * goes on in the next piece.
 */
function wholeSentences(text: string, pieces: Hit[]): Hit[] {
  const out: Hit[] = [];
  let open = false;
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last && open && !LINE_BREAK.test(text.slice(last.end, piece.start))) last.end = piece.end;
    else out.push({ start: piece.start, end: piece.end });
    open = !SENTENCE_END.test(text.slice(Math.max(piece.start, piece.end - SENTENCE_END_TAIL), piece.end));
  }
  return out;
}

/**
 * The sentences of a paragraph (in text order) with more than MAX_DIGIT_RUNS_PER_SENTENCE runs of digits, each with its
 * count, from the pieces splitSentences gives; empty for a paragraph too short to hold one (each run takes a digit and
 * a separator).
 */
export function digitDumpSentences(text: string, pieces: Hit[]): Array<Hit & { runs: number }> {
  if (text.length < 2 * MAX_DIGIT_RUNS_PER_SENTENCE) return [];
  const dumps: Array<Hit & { runs: number }> = [];
  for (const s of wholeSentences(text, pieces)) {
    if (s.end - s.start < 2 * MAX_DIGIT_RUNS_PER_SENTENCE) continue;
    const runs = digitRunsIn(text, s.start, s.end);
    if (runs > MAX_DIGIT_RUNS_PER_SENTENCE) dumps.push({ start: s.start, end: s.end, runs });
  }
  return dumps;
}

/**
 * The amounts of a paragraph outside the given sentences (in text order): the grammar is run on each stretch between
 * them, and the offsets moved back into the paragraph.
 */
function amountsOutside(text: string, lang: string, skipped: readonly Hit[]): Quantity[] {
  const out: Quantity[] = [];
  let from = 0;
  for (const stretch of [...skipped, { start: text.length, end: text.length }]) {
    if (stretch.start > from) {
      for (const q of findAmounts(text.slice(from, stretch.start), lang)) out.push({ ...q, start: q.start + from, end: q.end + from });
    }
    from = stretch.end;
  }
  return out;
}

/**
 * Sentences (in text order) joined where a quantity (sorted by start) runs across the end of one: the dot of a currency
 * symbol written before the amount (`Gs. 160.083.711`, `B/. 500`) is no full stop. One pass over both.
 */
function joinedAcrossQuantities(sentences: Hit[], quantities: Quantity[]): Hit[] {
  const out: Hit[] = [];
  let q = 0;
  for (const sentence of sentences) {
    const last = out.at(-1);
    while (q < quantities.length && quantities[q].end <= (last?.end ?? 0)) q++;
    if (last && q < quantities.length && quantities[q].start < last.end && quantities[q].end > last.end) out[out.length - 1] = { start: last.start, end: sentence.end };
    else out.push(sentence);
  }
  return out;
}

/** The amounts of a paragraph that are claim candidates (no reference, address, date part, name or model number): a loop, no function made per paragraph. */
function claimCandidates(amounts: Quantity[], text: string, lang: string, article: string): Quantity[] {
  const out: Quantity[] = [];
  for (const q of amounts) if (notAClaimBecause(text, q, lang) === null && !isRepeatedNameWithNumber(article, text, q) && !isModelNumberAlone(article, q)) out.push(q);
  return out;
}

/** 1 for the code unit of each mark that opens a quote (QUOTE_OPENERS are single code units: checked where built). */
const QUOTE_OPENER_CODE = (() => {
  const table = new Uint8Array(0x10000);
  for (const open of QUOTE_OPENERS) {
    if (open.length !== 1) throw new Error(`quote opener of ${open.length} code units: hasQuoteOpener reads one`);
    table[open.charCodeAt(0)] = 1;
  }
  return table;
})();

/** Whether the text holds a mark that opens a quote (findQuotes finds none in a text without one): one pass, not one search per mark. */
export function hasQuoteOpener(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (QUOTE_OPENER_CODE[text.charCodeAt(i)] === 1) return true;
  return false;
}

const LETTER = /\p{L}/u;
/** Whether the text holds at least `n` letters (\p{L}, counted by code point): it stops at the n-th, and makes no array of them. */
export function hasLetters(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) count++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(point))) count++;
  }
  return count >= n;
}

/**
 * What the first pass of extractClaims finds in a paragraph that states a candidate quantity or holds a quote mark. A
 * class, so that every one has the same shape.
 */
class ReadParagraph {
  constructor(
    readonly text: string,
    readonly paragraph: number,
    /** The paragraph's language (paragraphLanguage). */
    readonly plang: string,
    /** Its sentences as splitSentences gives them, where it was split before the grammar (long paragraphs only). */
    readonly split: Hit[] | null,
    /** Its claim candidates (claimCandidates), in text order. */
    readonly quantities: Quantity[],
    readonly mayQuote: boolean,
  ) {}
}

/** Digit runs of sentences not searched for quantities (MAX_DIGIT_RUNS_PER_SENTENCE), for the warning. */
interface Undigested { runs: number; sentences: number; paragraphs: number[] }

/**
 * The paragraphs (in order) that state a claim candidate or hold a mark that opens a quote, each with what was found;
 * the sentences with too many digit runs to be read are counted in `undigested`. Most paragraphs state no quantity and
 * hold no quote mark: nothing more is asked of them (their model mentions are only read for a quote's speaker or a
 * claim's subject).
 */
function readParagraphs(paragraphs: string[], lang: string, article: string, undigested: Undigested): ReadParagraph[] {
  const out: ReadParagraph[] = [];
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const read = readParagraph(paragraphs[paragraph], paragraph, lang, article, undigested);
    if (read !== null) out.push(read);
  }
  return out;
}

/**
 * One paragraph of readParagraphs: what it states, or null when it states no candidate and holds no quote mark. Its own
 * function, so that the loop over a page's paragraphs stays small: V8 compiles a long-running loop on the stack (OSR)
 * with its callees inlined, and threw that code away and recompiled it each time the page reached a new path of the
 * grammar (bench:hostile distinct-short-lines, `--trace-deopt`).
 */
function readParagraph(text: string, paragraph: number, lang: string, article: string, undigested: Undigested): ReadParagraph | null {
  const plang = paragraphLanguage(text, lang);
  // Split before the grammar only where a paragraph is long enough to hold a sentence of too many digits.
  if (text.length >= 2 * MAX_DIGIT_RUNS_PER_SENTENCE) return readLongParagraph(text, paragraph, plang, article, undigested);
  const quantities = claimCandidates(findAmounts(text, plang), text, plang, article);
  const mayQuote = hasQuoteOpener(text);
  return quantities.length > 0 || mayQuote ? new ReadParagraph(text, paragraph, plang, null, quantities, mayQuote) : null;
}

/** readParagraph for a paragraph long enough to hold a sentence of too many digit runs (MAX_DIGIT_RUNS_PER_SENTENCE). */
function readLongParagraph(text: string, paragraph: number, plang: string, article: string, undigested: Undigested): ReadParagraph | null {
  const split = splitSentences(text, plang);
  const dumps = digitDumpSentences(text, split);
  for (const d of dumps) {
    undigested.runs += d.runs;
    undigested.sentences++;
    if (undigested.paragraphs.at(-1) !== paragraph) undigested.paragraphs.push(paragraph);
  }
  const quantities = claimCandidates(dumps.length ? amountsOutside(text, plang, dumps) : findAmounts(text, plang), text, plang, article);
  const mayQuote = hasQuoteOpener(text);
  return quantities.length > 0 || mayQuote ? new ReadParagraph(text, paragraph, plang, split, quantities, mayQuote) : null;
}

/** The claims of one article's paragraphs, given its entity mentions; `warn` is told of numbers left unread. */
export function extractClaims(given: string[], lang: string, mentions: EntityMention[], measures: MeasureTable = loadMeasureTable(),
  warn: (message: string) => void = () => {}): Claim[] {
  // Flat copies: both passes read each paragraph unit by unit (flat-text.ts); the same texts, the same offsets.
  const paragraphs = flatTexts(given);
  const claims: Claim[] = [];
  const overfull = { unread: 0, sentences: 0, paragraphs: [] as number[] };
  const undigested: Undigested = { runs: 0, sentences: 0, paragraphs: [] };
  const article = paragraphs.join('\n');
  // By paragraph index, in arrays: a page of 300,000 one-line paragraphs made Maps of as many keys (bench:hostile).
  // A mention of a paragraph not given is never asked for.
  // Two passes: the first, small and hot, asks each paragraph for its candidates; the second reads only the paragraphs
  // with a candidate or a quote mark (a page of 166,000 one-line paragraphs has 2,500: bench:hostile's
  // distinct-short-lines). Kept apart, the first pass is compiled on its own, not as part of the rules' large body.
  const read = readParagraphs(paragraphs, lang, article, undigested);
  // The mentions are listed only for the paragraphs the second pass reads (1 in `isRead`); the last organisation of
  // every paragraph is kept, since a claim's subject may be the one of a paragraph before.
  const isRead = new Uint8Array(paragraphs.length);
  for (const r of read) isRead[r.paragraph] = 1;
  const lastOrgOfParagraph: Array<EntityMention | undefined> = new Array(paragraphs.length);
  const mentionsOfParagraph: Array<EntityMention[] | undefined> = new Array(paragraphs.length);
  for (const m of mentions) {
    if (!(m.paragraph >= 0 && m.paragraph < paragraphs.length)) continue;
    if (m.type === 'org' && !(m.start < (lastOrgOfParagraph[m.paragraph]?.start ?? -1))) lastOrgOfParagraph[m.paragraph] = m;
    if (isRead[m.paragraph] === 0) continue;
    const list = mentionsOfParagraph[m.paragraph];
    if (list) list.push(m);
    else mentionsOfParagraph[m.paragraph] = [m];
  }
  read.forEach(({ text, paragraph, plang, split, quantities, mayQuote }) => {
    const minLetters = UNSPACED_LANGS.has(plang) ? MIN_SENTENCE_LETTERS_UNSPACED : MIN_SENTENCE_LETTERS_SPACED;
    const named = mentionsOfParagraph[paragraph] ?? [];
    const models = modelMentions(article, text, paragraph, named);
    const own = models.length ? [...named, ...models].sort((a, b) => a.start - b.start) : named;
    const quotes = mayQuote ? findQuotes(text, plang, own) : [];
    // Most paragraphs state no quantity and quote no one: they need no sentence split.
    if (quantities.length === 0 && quotes.length === 0) return;
    const brackets: LazyBrackets = { text, found: null };
    const seen = new Set<string>();
    // Sentences, quantities and mentions all run in text order: one pass over each keeps a paragraph of thousands of
    // short sentences linear (filtering every quantity per sentence took seconds on 1 MB of `约五千万美元。`, bench:hostile).
    const quantitiesInOrder = byStart(quantities);
    const sentences = joinedAcrossQuantities(split ?? splitSentences(text, plang), quantitiesInOrder);
    const mentionsInOrder = byStart(own);
    let nextQuantity = 0;
    let nextMention = 0;
    let lastOrg = lastOrgBefore(lastOrgOfParagraph, paragraph);
    let previousSentence: EntityMention[] = [];
    let earlierMeasure: Measure | null = null;

    for (const sentence of sentences) {
      const ownInSentence: EntityMention[] = [];
      nextMention = takeWithin(mentionsInOrder, nextMention, sentence, ownInSentence);
      const earlier: EarlierMentions = { lastOrg, previousSentence };
      previousSentence = ownInSentence;
      lastOrg = ownInSentence.filter((m) => m.type === 'org').at(-1) ?? lastOrg;
      const inside: Quantity[] = [];
      nextQuantity = takeWithin(quantitiesInOrder, nextQuantity, sentence, inside);
      if (inside.length === 0) continue;
      const sentenceText = text.slice(sentence.start, sentence.end);
      // A question asserts nothing (`OpenAI一年花掉5.4亿美元，大模型成本有多高？`).
      if (/[?？]\s*[”"»」』)]?\s*$/.test(sentenceText)) continue;
      // Not a sentence but a table or list: none of its numbers is read (each claim would carry all of its text).
      if (inside.length > MAX_QUANTITIES_PER_SENTENCE) {
        overfull.unread += inside.length;
        overfull.sentences++;
        if (overfull.paragraphs.at(-1) !== paragraph) overfull.paragraphs.push(paragraph);
        continue;
      }
      const fewLetters = !hasLetters(sentenceText, minLetters);
      // The attribute words and the times are found when a number of the sentence first asks for them: the numbers of
      // most short sentences of few letters (table cells, counters) are dropped before (69,000 cells of one number each
      // found both for none, bench:hostile table-cells).
      let times: ReturnType<typeof findTimes> | null = null;
      const s: SentenceContext = new LazySentenceContext(text, sentence, sentenceText, paragraph, plang, inside, ownInSentence, earlier, earlierMeasure,
        inside.filter((o) => o.kind === 'money' && o.unit),
        inside.filter((q) => RANGE_TEXT.test(q.text) && q.kind !== 'money' && q.kind !== 'percent').map((q) => q.high),
        brackets, mentions);
      // Tested once per sentence, on its end only: the pattern ends in `$`, so on the whole text it costs the sentence's length.
      const endsAsSentence = fewLetters && SENTENCE_END.test(sentenceText.trimEnd().slice(-SENTENCE_END_TAIL));
      for (const written of inside) {
        const q = withPercentagePoints(withPartnerUnit(written, s, measures), s);
        // A bare number in a sentence of a few letters is a counter or page number; a table cell states its unit (`10,7 Mio. t`),
        // and a short sentence, ended as a sentence is, its measure (`Ele tem 91 anos.`; not a cell or heading: `100 m Schi A`).
        if (fewLetters && q.kind === 'number' && q.value === Number(q.text.replace(/\s/g, ''))
          && !(endsAsSentence && measureOf(q, s, measures)?.canonical)) continue;
        const reading = attributeReading(q, s);
        if (reading === 'variant') continue;
        times ??= findTimes(sentenceText, sentence.start);
        const time = times.filter((t) => !(t.start >= q.start && t.end <= q.end)).sort((a, b) => gap(a, q) - gap(b, q))[0]?.time ?? null;
        const attributed = reading ? attributedClaim(q, reading, s, time) : null;
        if (attributed === 'none') continue;
        const claim = attributed ?? openClaim(q, reading, s, time, measures);
        if (claim.confidence < MIN_CLAIM_CONFIDENCE) continue;
        const key = `${claim.entity}\u0000${claim.attribute}\u0000${q.value}\u0000${q.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        claims.push(claim);
        // Earlier in the paragraph includes earlier in this sentence (`1.200 Beschäftigte, davon 300 in Teilzeit`).
        if ((q.kind === 'number' || q.kind === 'count') && claim.unit) s.earlierMeasure = earlierMeasure = { text: claim.measure ?? claim.unit, canonical: claim.unit, start: q.start, end: q.end };
      }
    }

    for (const quote of quotes) {
      const covering = sentencesCovering(sentences, quote.open, quote.attributionEnd);
      const start = covering?.start ?? quote.open;
      const end = covering?.end ?? quote.attributionEnd;
      const inner = own.find((m) => m.start > quote.open && m.end < quote.close && m.type !== 'person' && m.type !== 'place');
      claims.push({
        kind: 'quote', text: text.slice(start, end), paragraph, entity: inner?.canonical ?? null, subject: inner?.text ?? null, attribute: 'quote', measure: null, value: null, low: null,
        high: null, unit: null, quote: text.slice(quote.open + 1, quote.close).trim(), quantityText: null, time: null, speaker: quote.speaker,
        lang: plang, method: CLAIMS_METHOD, confidence: CONFIDENCE.attributed,
      });
    }
  });
  if (overfull.unread > 0) warn(unreadNumbersWarning(overfull.unread, overfull.sentences, overfull.paragraphs));
  if (undigested.runs > 0) warn(unreadDigitsWarning(undigested.runs, undigested.sentences, undigested.paragraphs));
  return claims;
}
