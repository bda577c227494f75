// The subject of a claim when no name is: the noun phrase the number is about, as written on the page (issue 11: "the
// named entity, or, failing one, the noun phrase"). It goes to a claim's `subject` only, never to its canonical
// `entity`: a common noun phrase has no name that is the same in every language, so compare cannot group by it.
//
// Two readings, both from the grammar of the clause, not from a list of topics:
// - the substance a mass or volume is of, after the unit and the genitive preposition (`80 tonnes de maïs`,
//   `12 tons of steel`, `3 Liter Milch`): the unit measures it, the substance is what the figure is about;
// - the clause's subject noun phrase: a definite article and a noun opening the sentence or clause (`Die
//   Geburtenrate stieg auf 1,6`, `The entry fee is nine dollars`, `La tasa de paro bajó al 12 %`), or, in
//   German, right after the finite verb that opens a clause with inverted order (`… stieg der Verkauf von Fahrrädern um 7 %`).
import type { Hit } from './attributes.ts';
import { CHINESE_FIGURE_VERB } from './chinese-predicates.ts';

/** Units of mass and volume (canonical names of data/measure-units.json): they measure an amount of some substance. */
const SUBSTANCE_UNITS: ReadonlySet<string> = new Set(['tons', 'kilograms', 'grams', 'milligrams', 'micrograms', 'ounces', 'liters', 'hectoliters',
  'milliliters', 'cubic meters', 'gallons', 'barrels']);

/** The genitive preposition between a unit and its substance, per language (German puts the substance right after the unit). */
const SUBSTANCE_LINK: Readonly<Record<string, RegExp>> = {
  en: /^\s+of\s+/iu,
  fr: /^\s+(?:de|d['’])\s*/iu,
  es: /^\s+de\s+/iu,
  pt: /^\s+de\s+/iu,
  it: /^\s+(?:di|d['’])\s*/iu,
  de: /^\s+/u,
};

/** Articles that open a definite subject noun phrase, per language. */
const DEFINITE: Readonly<Record<string, string>> = {
  en: 'the',
  de: 'der|die|das',
  fr: "le|la|les|l['’]",
  es: 'el|la|los|las',
  pt: 'o|a|os|as',
  it: "il|lo|la|i|gli|le|l['’]",
};

/** Prepositions and other function words that end a noun phrase's modifiers (the head's own genitive is kept). */
const PHRASE_END: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(Object.entries({
  en: 'is are was were has have had will would could can may rose fell grew stood reached increased decreased dropped declined climbed jumped totaled totalled amounted lasted cost costs remained stays stayed doubled tripled surged soared slipped slid went came made said says took gave got kept left lost won paid sold spent saw began became brought built bought held led met ran set told wrote found put do does did don\'t doesn\'t didn\'t won\'t can\'t and or but in on at by from to with for as than that which who since after before during about over under',
  fr: 'a ont est sont était étaient sera atteint atteignait s se et ou en à au aux dans par pour sur avec sans que qui',
  es: 'ha han es son era eran fue fueron estuvo estuvieron está están tuvo tuvieron hizo dijo será alcanzó subió bajó cayó creció se y o en a al por para con sin sobre que',
  pt: 'tem têm é são era eram foi foram esteve está estão teve fez disse será atingiu subiu caiu cresceu se e ou em no na a ao por para com sem sobre que',
  it: 'ha hanno è sono era erano fu sarà raggiunto salito sceso cresciuto si e o in nel nella a al alla per con senza su che',
}).map(([lang, list]) => [lang, new Set(list.split(' '))]));

/**
 * Endings of the finite verb forms that follow a subject in news (simple past and conditional, third person), per
 * language: `-ed`; Spanish `-ó`, `-ía`; Portuguese `-ou`, `-eu`, `-iu`; Italian `-ò`, `-ì`. A word with one after the
 * head is the verb, not a modifier. (French writes its past with an auxiliary, which PHRASE_END holds.)
 */
const VERB_ENDING: Readonly<Record<string, RegExp>> = {
  en: /ed$/u,
  es: /(?:ó|ía|ían)$/u,
  pt: /(?:ou|eu|iu|ia)$/u,
  it: /(?:ò|ì|eva|ava)$/u,
};

/** Genitive words a head noun may keep after it (`taux de chômage`, `rate of inflation`). */
const HEAD_GENITIVE: Readonly<Record<string, RegExp>> = {
  en: /^of$/iu,
  fr: /^(?:de|du|des|d['’]\p{L}+)$/iu,
  es: /^(?:de|del)$/iu,
  pt: /^(?:de|do|da|dos|das)$/iu,
  it: /^(?:di|del|della|dei|delle|dello)$/iu,
};

/** Most words a noun phrase is read over (article excluded): a subject is short; longer runs are clauses. */
const MAX_PHRASE_WORDS = 5;
/** Characters from the start of a clause within which its subject phrase opens (a connective, an adverb before it). */
const MAX_SUBJECT_LEAD = 2;

/** Punctuation that ends a clause. */
const CLAUSE_END = /[;:!?。；：！？]/u;

/**
 * The noun phrase a quantity with no named subject is about, as written, or null. `others`: the sentence's quantities
 * in text order (a phrase holding another number is a measure of its own, not a subject); `unit`: the claim's unit;
 * `measureEnd`: where the measure word read after the number ends (`12 tonnes`), which the substance follows.
 */
export function phraseSubject(text: string, sentence: Hit, quantity: Hit & { unit?: string | null }, lang: string, others: readonly Hit[] = [],
  measureEnd = quantity.end): string | null {
  if (lang === 'zh') return chineseSubject(text, sentence, quantity);
  return substanceAfter(text, sentence, { ...quantity, end: Math.max(quantity.end, measureEnd) }, lang) ?? subjectPhrase(text, sentence, quantity, lang, others);
}

// CHINESE_FIGURE_VERB (chinese-predicates.ts): verbs that state a figure of their subject, with their adverbs, and the
// `from` of a change, whose starting figure follows its subject (`气温由28℃降至12℃`, `营收从20亿元增至30亿元`).
/** The starting figure of a change before its verb (`由28℃` in `气温由28℃降至12℃`): the subject stands before it. */
const CHINESE_CHANGE_FROM = /(?:由|从|從)[^，。；、,;]{1,16}$/u;
/**
 * Adverbs, modal verbs and particles that open or close a Chinese predicate, never a noun phrase: characters before a
 * verb of figures that start or end with one are the predicate's adverbs (`其实就是`, `一定会涨到`, `也正是在`, `还需要把`),
 * not its subject: the first reject the phrase, the last are cut off it. `会` ends nouns too (`委员会`, `协会`, `社会`): only after no noun character.
 */
const CHINESE_ADVERB_FIRST = /^(?:也|都|就|还|還|仍|再|又|才|正|是|把|被|让|讓|使|需|必|已|曾|累计|累計|实际|實際|其实|其實|并|並|而|但|却|卻|则|則|所以|因此|如果|虽然|雖然|前来|前來)/u;
const CHINESE_ADVERBS_LAST = /(?:实际上|實際上|其实|其實|确实|確實|基本上|仅仅|僅僅|一定|就|(?<![员員协協学學工商大议議社机機都])[会會]|要|把|将|將|也|都|还|還|仍|再|又|才|了|着|著|被|让|讓|需|必需|必须|必須|可能|肯定|普遍|一直|已经|已經|已|曾|很|更|最)+$/u;
/** Most characters of a Chinese subject noun phrase read back from its verb. */
const MAX_CHINESE_SUBJECT = 8;
/** Characters from the verb to the number: a hedge or an aspect particle at most (`已达近`, `增长了`, `为约`). */
const MAX_CHINESE_VERB_GAP = 3;
const CHINESE_VERB_GAP = /^(?:了|近|约|約|逾|超|仅|僅|只有|将近|將近|大约|大約|了近|了约)?$/u;

/**
 * The Chinese noun phrase whose figure the number is (`市场上能购买到的5G手机已达五款` → `5G手机`): the characters between the
 * last 的, punctuation or clause start and a verb of figures right before the number (MAX_CHINESE_VERB_GAP), when they
 * are a noun phrase of a few characters (letters and digits of a model name allowed).
 */
function chineseSubject(text: string, sentence: Hit, quantity: Hit): string | null {
  const lead = text.slice(sentence.start, quantity.start);
  for (let gap = 0; gap <= MAX_CHINESE_VERB_GAP && gap <= lead.length; gap++) {
    const verb = CHINESE_FIGURE_VERB.exec(lead.slice(0, lead.length - gap));
    if (!verb) continue;
    if (!CHINESE_VERB_GAP.test(lead.slice(lead.length - gap))) return null;
    const before = lead.slice(0, verb.index).replace(CHINESE_CHANGE_FROM, '');
    const phrase = /(?:^|[的，。；：、,;:「」“”《》()（）\s])((?:(?!的)[\p{Script=Han}A-Za-z0-9]){2,})$/u.exec(before)?.[1];
    // Not a pronoun (`那我`), and not a coverb's object (`在苗族人口中`: the phrase starts after the coverb).
    // The predicate's adverbs before the verb are not part of the subject (`平板的售价一定会涨到` → 售价).
    const noun = phrase?.replace(/^[在从對对于於向据據]/u, '').replace(CHINESE_ADVERBS_LAST, '');
    return noun && noun.length >= 2 && noun.length <= MAX_CHINESE_SUBJECT && /\p{Script=Han}/u.test(noun) && !/^[我你他她它这這那哪谁誰其]/u.test(noun)
      && !CHINESE_ADVERB_FIRST.test(noun) ? noun : null;
  }
  return null;
}

/** `80 tonnes de maïs` → `maïs`; `3 Liter Milch` → `Milch`. */
function substanceAfter(text: string, sentence: Hit, quantity: Hit & { unit?: string | null }, lang: string): string | null {
  if (!SUBSTANCE_UNITS.has(quantity.unit ?? '')) return null;
  const link = SUBSTANCE_LINK[lang]?.exec(text.slice(quantity.end, sentence.end));
  if (!link) return null;
  const rest = text.slice(quantity.end + link[0].length, sentence.end);
  // German: a capitalised noun (every German noun is); elsewhere a lowercase word that is not a function word, or a name.
  const noun = lang === 'de' ? /^\p{Lu}[\p{L}-]*(?![\p{L}\d])/u.exec(rest) : /^[\p{L}][\p{L}-]{2,}(?![\p{L}\d])/u.exec(rest);
  if (!noun || (lang !== 'de' && PHRASE_END[lang]?.has(noun[0].toLowerCase()))) return null;
  return noun[0];
}

/**
 * The definite noun phrase that opens the quantity's clause (`Die Geburtenrate stieg … auf 1,6`), or in
 * German the one right after a clause-opening finite verb (`… stieg der Verkauf von Fahrrädern um 7 %`): the article, the
 * modifiers and the head, up to the verb or a preposition, with the head's genitive (`Verkauf von Fahrrädern`).
 */
function subjectPhrase(text: string, sentence: Hit, quantity: Hit, lang: string, others: readonly Hit[]): string | null {
  const articles = DEFINITE[lang];
  if (!articles) return null;
  // The clause of the quantity: from the last clause end before it (a comma does not end it: a relative clause or an
  // apposition sits between a subject and its verb, `Die Unterbeschäftigung, die …, lag bei 3,19 Millionen`).
  const lead = text.slice(sentence.start, quantity.start);
  let from = 0;
  for (let i = lead.length - 1; i >= 0; i--) if (CLAUSE_END.test(lead[i])) { from = i + 1; break; }
  const clause = lead.slice(from);
  const opening = new RegExp(`^[\\s"'“„«(—–-]*(?:\\p{L}+\\s+){0,${MAX_SUBJECT_LEAD}}?((?:${articles})(?:\\s+|(?<=['’])))`, 'iu');
  let start = -1;
  const at = opening.exec(clause);
  // Only right at the clause's start or after a connective: an article after other words is inside a phrase (`Im Zuge der
  // Winterpause hat sich…`, `the rules of the game`).
  if (at && leadIsConnective(clause.slice(0, at[0].length - at[1].length), lang)) start = at[0].length - at[1].length;
  if (lang === 'de') {
    // Verb-second order: a fronted phrase, the finite verb, then the subject (`Im Juli stieg der Verkauf`, `… stieg im Juli
    // der Verkauf`): the first article and noun after the verb that no preposition governs.
    const verb = start < 0 ? GERMAN_FINITE_VERB_IN.exec(clause) : null;
    if (verb) {
      const after = clause.slice(verb.index + verb[0].length);
      for (const m of after.matchAll(/(?<![\p{L}])(?:der|die|das)\s+(?=(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu})/gu)) {
        // Not governed by a preposition (`im Zuge der`), nor `der` right after a noun: a genitive (`die Zahl der Betriebe`).
        const previous = /(\p{L}+)\s+$/u.exec(after.slice(0, m.index))?.[1];
        if (previous && (PREPOSITIONS_DE.has(previous.toLowerCase()) || (/^\p{Lu}/u.test(previous) && m[0].startsWith('der')))) continue;
        start = verb.index + verb[0].length + m.index;
        break;
      }
    }
  }
  if (start < 0) return null;
  const phrase = readPhrase(clause.slice(start), lang);
  if (!phrase) return null;
  // Not a phrase that holds another quantity of the sentence (it is a measure of its own) or runs into this one.
  const phraseStart = sentence.start + from + start;
  const phraseEnd = phraseStart + phrase.length;
  if (phraseEnd > quantity.start || others.some((o) => o.start >= phraseStart && o.start < phraseEnd)) return null;
  return phrase;
}

/** Lowercase words that may stand before a clause's subject (`and the rate…`, `und die Quote…`, `mais le taux…`). */
function leadIsConnective(lead: string, lang: string): boolean {
  return /^\s*$/u.test(lead) || (CONNECTIVES[lang]?.test(lead.trim()) ?? false);
}
const CONNECTIVES: Readonly<Record<string, RegExp>> = {
  en: /^(?:and|but|while|whereas|meanwhile,?)$/iu,
  de: /^(?:und|aber|doch|jedoch|zudem|auch)$/iu,
  fr: /^(?:et|mais|alors que|tandis que)$/iu,
  es: /^(?:y|pero|mientras)$/iu,
  pt: /^(?:e|mas|enquanto)$/iu,
  it: /^(?:e|ma|mentre)$/iu,
};

/** German prepositions that govern an article (`im Mai`, `von der Stadt`): the noun after one is no subject. */
const PREPOSITIONS_DE: ReadonlySet<string> = new Set('in im ins am an ans auf aus bei beim mit nach seit zu zum zur für gegen ohne um über unter vor zwischen durch hinter neben von vom laut trotz wegen während dank gegenüber'.split(' '));
/**
 * German finite verbs of change and of being, in the past and present, that open an inverted clause before its subject
 * (`stieg`, `sank`, `lag`, `betrug`, `erreichte`, `wuchs`, `fiel`, `ist`, `war`): the forms a figure's verb takes.
 */
const GERMAN_FINITE_VERB = /^(?:stieg|stiegen|steigt|steigen|sank|sanken|sinkt|sinken|lag|lagen|liegt|liegen|betrug|betrugen|beträgt|betragen|erreichte|erreichten|erreicht|wuchs|wuchsen|wächst|fiel|fielen|fällt|ging|gingen|geht|nahm|nahmen|nimmt|ist|sind|war|waren|hat|haben|hatte|hatten|kletterte|kletterten|klettert|legte|legten|legt|verringerte|verringerten|verringert|erhöhte|erhöhten|erhöht|summierte|summiert)$/u;
/** German articles, pronouns and particles that are no adjective of a noun phrase. */
const GERMAN_FUNCTION_WORDS: ReadonlySet<string> = new Set('ein eine einem einer eines einen dem den des der die das und oder sich es sie er wir ich ihr nicht auch noch so wie nur schon sehr'.split(' '));
/** A finite verb of GERMAN_FINITE_VERB anywhere in a clause. */
const GERMAN_FINITE_VERB_IN = new RegExp(`(?<![\\p{L}])${GERMAN_FINITE_VERB.source.slice(1, -1)}(?![\\p{L}])`, 'u');

/**
 * The noun phrase at the start of `rest` (its article first): German reads the article, lowercase modifiers and the
 * capitalised head, and a genitive after it (`der Verkauf von Fahrrädern`, `die Zahl der Pendler`); the others read
 * words up to a verb, preposition or punctuation, keeping the head's genitive (`le taux de chômage`).
 */
function readPhrase(rest: string, lang: string): string | null {
  if (lang === 'de') {
    // Case-sensitive: the capital tells the noun (`Die Geburtenrate stieg`, not `Das waren`).
    const m = /^[Dd](?:er|ie|as)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2})\p{Lu}[\p{L}-]*(?:\s+(?:von|des|der)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*)?/u.exec(rest);
    // The words before the head are its adjectives: a preposition or article among them makes `die` a relative pronoun
    // (`die an einem Ort …`), not an article.
    if (!m || m[1].split(/\s+/u).some((w) => PREPOSITIONS_DE.has(w) || GERMAN_FUNCTION_WORDS.has(w))) return null;
    return m[0];
  }
  const ends = PHRASE_END[lang];
  const article = new RegExp(`^(?:${DEFINITE[lang]})(?:\\s+|(?<=['’]))`, 'iu').exec(rest);
  if (!article || !ends) return null;
  // The words up to the first punctuation or digit, read until a verb, preposition or conjunction.
  const run = /^[\p{L}\p{M}'’\s-]*/u.exec(rest.slice(article[0].length))![0];
  const words = run.split(/\s+/u).filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    const genitive = HEAD_GENITIVE[lang]?.test(lower) ?? false;
    // A genitive word continues the phrase once, after its head (`taux de chômage`); any other function word ends it.
    if (genitive ? kept.length === 0 || kept.some((w) => HEAD_GENITIVE[lang]!.test(w.toLowerCase())) : ends.has(lower)) break;
    // A past or conditional verb after the head (`The fumes leaked`, `El investigador explicó`, `sería`) ends it.
    if (kept.length > 0 && VERB_ENDING[lang]?.test(lower)) break;
    kept.push(word);
    if (kept.length >= MAX_PHRASE_WORDS) break;
  }
  // A phrase needs a head noun after its article and does not end on a genitive word.
  while (kept.length && HEAD_GENITIVE[lang]?.test(kept.at(-1)!.toLowerCase())) kept.pop();
  if (kept.length === 0) return null;
  return `${article[0]}${kept.join(' ')}`.replace(/\s+/gu, ' ');
}
