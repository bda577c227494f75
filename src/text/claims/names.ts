// Names in alphabetic scripts without a closed list: capitalised words and runs of them, kept when the evidence says
// they are names and not sentence-initial or (in German) common nouns, and typed person / org / place from the words
// around them. Evidence, all general: a function word of the language is no name; a word the article also writes in
// lowercase is a common word; a capitalised word that starts a sentence counts only when the article capitalises it
// mid-sentence too; in German, a capitalised word after an article or a lowercase adjective is a common noun.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../types.ts';
import { stopwordsOf } from '../language/words.ts';
import { codeUnitTable } from '../language/scripts.ts';

export interface NameSpan { start: number; end: number; canonical: string; type: EntityType }

/** What the whole article says about its words: which it writes in lowercase, which capitalised mid-sentence. */
export interface NameEvidence {
  lowercase: ReadonlySet<string>;
  capitalisedMidSentence: ReadonlySet<string>;
  /** Last words of the people named in the article (`Schulman` after `Kori Schulman`), lowercased. */
  surnames: Set<string>;
}

/** Most tokens a name run may have (`Universidade Federal do Rio Grande do Sul` is 7 with particles). */
const MAX_NAME_TOKENS = 7;
/** Acronyms of this many capitals or fewer are names of organisations (`NASA`, `FBI`, `ООН`). */
const MAX_ACRONYM_LETTERS = 6;
/** Languages that capitalise every noun: a capitalised word needs more evidence there. */
const CAPITALISES_NOUNS: ReadonlySet<string> = new Set(['de', 'lb']);

/** Joiners inside a name token (`Jean-Luc`, `O'Brien`, `U.S`). */
const NAME_JOINERS = "-'’.";

const LETTER_UNIT = 1;
const DIGIT_UNIT = 2;
/** Marks a code point of two UTF-16 units (and a table entry as computed: codeUnitTable reads 0 as not yet). */
const ASTRAL = 4;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const classOf = (ch: string) => (LETTER_OR_MARK.test(ch) ? LETTER_UNIT : 0) | (NUMBER.test(ch) ? DIGIT_UNIT : 0);
const unitClass = codeUnitTable((ch) => ASTRAL | classOf(ch));
/** LETTER_UNIT / DIGIT_UNIT of the code point at i, with ASTRAL when it takes two units (a surrogate pair). */
function classAt(text: string, i: number): number {
  const code = text.codePointAt(i)!;
  return code < 0x10000 ? unitClass(code) & ~ASTRAL : ASTRAL | classOf(String.fromCodePoint(code));
}
const widthOf = (cls: number) => (cls & ASTRAL ? 2 : 1);

export interface WordRunOptions {
  /** Characters that join two parts of one token when a part follows them (`-` in `Jean-Luc`). */
  joiners: string;
  /** Whether a token may start with, and a joiner be followed by, a digit as well as a letter (`3M`, `GPT-4`). */
  digits: boolean;
  /** Whether a dot right after a token belongs to it (`Inc.`, `S.A.`). */
  trailingDot: boolean;
}

/**
 * Word tokens: a letter (or digit), then letters, marks, digits, and joiners followed by a letter (or digit). The same as
 * the regular expression `W(?:[\p{L}\p{M}\p{N}]|J(?=W))*` written as a scan: one pass, no backtracking stack, so
 * a 15 MB word or `1.1.1.…` takes linear time (a backtracking regex overflowed the stack on them, issue 15).
 */
export function wordRuns(text: string, options: WordRunOptions): Array<{ start: number; end: number }> {
  const startMask = options.digits ? LETTER_UNIT | DIGIT_UNIT : LETTER_UNIT;
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < text.length) {
    const first = classAt(text, i);
    if (!(first & startMask)) { i += widthOf(first); continue; }
    const start = i;
    i += widthOf(first);
    while (i < text.length) {
      const next = classAt(text, i);
      if (next & (LETTER_UNIT | DIGIT_UNIT)) { i += widthOf(next); continue; }
      if (options.joiners.includes(text[i]) && i + 1 < text.length && classAt(text, i + 1) & startMask) { i++; continue; }
      break;
    }
    if (options.trailingDot && text[i] === '.') i++;
    out.push({ start, end: i });
  }
  return out;
}

const SENTENCE_END_BEFORE = /(?:^|[.!?:;•·|/»"“”„«(\[\]—–]\s*|\n)\s*$/u;

/** Particles inside names: `Bank of America`, `Rio de Janeiro`, `Ludwig van Beethoven`, `Abd al-Aziz`. */
const PARTICLES: ReadonlySet<string> = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'van', 'von', 'der', 'den', 'la', 'für', 'för', 'af', 'al', 'bin', 'ibn']);
/** Words before a name that make it a person (and are not part of the name). */
const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'lady', 'lord', 'president', 'senator', 'governor', 'minister', 'mayor', 'judge', 'pope', 'king', 'queen', 'prince', 'princess', 'general', 'rep.', 'sen.', 'gov.', 'coach', 'chancellor', 'secretary',
  'herr', 'frau', 'professor', 'professorin', 'doktor', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'ministerin', 'bürgermeister', 'bürgermeisterin', 'senatorin', 'papst', 'könig', 'königin', 'trainer',
  'sr', 'sr.', 'sra', 'sra.', 'senhor', 'senhora', 'presidente', 'ministro', 'ministra', 'governador', 'governadora', 'prefeito', 'prefeita', 'deputado', 'deputada', 'senador', 'senadora', 'papa', 'rei', 'rainha', 'don', 'doña', 'señor', 'señora', 'alcalde', 'alcaldesa',
  'm.', 'mme', 'président', 'présidente', 'maire', 'ministre', 'sénateur',
  'herr', 'fru', 'statsminister', 'kung', 'drottning', 'presidenten', 'ministern',
  'президент', 'премьер', 'министр', 'губернатор', 'мэр', 'сенатор', 'господин', 'госпожа', 'король', 'королева', 'папа', 'генерал', 'глава',
]);
/** Last words that make a name an organisation, in the languages of the dev and user pages (lowercase). */
const ORG_HEADS: ReadonlySet<string> = new Set([
  'partners', 'capital', 'labs', 'lab', 'ventures', 'technologies', 'technology', 'research', 'digital', 'compute', 'securities', 'investments', 'associates', 'ai', 'robotics', 'networks', 'software', 'analytics', 'consulting', 'ediciones', 'verlag',
  'association', 'party', 'club', 'council', 'committee', 'university', 'college', 'school', 'bank', 'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'ministry', 'department', 'agency', 'institute', 'commission', 'union', 'federation', 'foundation', 'court', 'office', 'service', 'times', 'post', 'news', 'airlines', 'motors', 'fund', 'organization', 'organisation', 'society', 'board', 'network', 'press', 'journal', 'league', 'team', 'army', 'navy', 'police', 'senate', 'congress', 'parliament', 'assembly', 'authority', 'bureau', 'center', 'centre', 'hospital', 'museum', 'church', 'records', 'studios', 'entertainment', 'partners', 'capital', 'labs', 'media', 'technologies', 'systems', 'holdings',
  'partei', 'verband', 'verein', 'gesellschaft', 'gruppe', 'werke', 'ministerium', 'kommission', 'gericht', 'bundesgericht', 'rat', 'universität', 'hochschule', 'stiftung', 'institut', 'konzern', 'gmbh', 'ag', 'bund', 'behörde', 'zeitung', 'bundestag', 'bundesrat',
  'partido', 'associação', 'asociación', 'comissão', 'comisión', 'ministério', 'ministerio', 'universidade', 'universidad', 'fundação', 'fundación', 'instituto', 'tribunal', 'conselho', 'consejo', 'banco', 'companhia', 'compañía', 'empresa', 'sindicato', 'federação', 'federación', 'polícia', 'policía', 'câmara', 'senado', 'congresso', 'congreso', 'governo', 'gobierno', 'exército', 'ejército', 'sa', 's.a.', 'ltda', 'ltda.',
  'parti', 'société', 'université', 'commission', 'ministère', 'conseil', 'fondation', 'banque', 'groupe', 'compagnie',
  'partiet', 'förbundet', 'föreningen', 'universitet', 'universitetet', 'kommissionen', 'banken', 'rådet', 'domstolen', 'regeringen', 'institutet', 'ab',
  'партия', 'партии', 'союз', 'комиссия', 'министерство', 'университет', 'фонд', 'банк', 'совет', 'суд', 'агентство', 'компания', 'корпорация', 'институт', 'комитет', 'служба', 'федерация', 'ассоциация', 'организация', 'правительство', 'парламент', 'дума', 'армия',
]);
/** First words that make a name an organisation (`University of North Carolina`, `Banco do Brasil`, `Ministério da Saúde`). */
const ORG_LEADS: ReadonlySet<string> = new Set([
  'university', 'bank', 'ministry', 'department', 'institute', 'league', 'federation', 'commission', 'council', 'house', 'board', 'office', 'church', 'national', 'royal', 'federal', 'united',
  'universität', 'ministerium', 'bundesministerium', 'bundesamt', 'landesamt', 'deutsche', 'deutscher', 'deutschen', 'evangelische', 'katholische',
  'universidade', 'universidad', 'banco', 'ministério', 'ministerio', 'instituto', 'partido', 'comissão', 'comisión', 'conselho', 'consejo', 'fundação', 'fundación', 'associação', 'asociación', 'tribunal', 'câmara', 'secretaria', 'polícia', 'supremo', 'federação', 'confederação', 'companhia', 'empresa', 'grupo', 'sindicato', 'centro', 'museu', 'museo', 'hospital', 'igreja', 'iglesia', 'escola', 'colégio', 'clube', 'club', 'rede', 'jornal', 'revista', 'agência', 'agencia',
  'université', 'banque', 'ministère', 'institut', 'parti', 'conseil', 'fondation', 'groupe', 'société', 'compagnie',
  'министерство', 'банк', 'университет', 'партия', 'комиссия', 'совет', 'фонд', 'федеральная', 'государственная', 'национальный',
]);
/** Words that introduce a source: `according to`, `laut`, `selon`, `según`, `segundo`, `enligt`, `по данным`. */
const SOURCE_BEFORE = /(?:according to|laut|zufolge|selon|según|segundo|enligt|по данным|по словам|согласно)\s+$/iu;
/**
 * The type of a name with no evidence: a person. On entities-dev (en, de, pt, ru, sv) the unknown single names the
 * alias and territory tables leave are people more often than places (1,396 against 1,190 types right of the found
 * mentions, measured with each default).
 */
const DEFAULT_TYPE: EntityType = 'person';
/** Words that end a place name (`Capitol Hill`, `Hudson River`, `Marienplatz`-style heads written apart, `Rua Augusta`). */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  'street', 'avenue', 'road', 'square', 'hill', 'hills', 'river', 'lake', 'mountain', 'mountains', 'island', 'islands', 'county', 'state', 'province', 'valley', 'bay', 'park', 'city', 'beach', 'coast', 'desert', 'sea', 'ocean', 'strait', 'canal', 'peninsula', 'region', 'district',
  'straße', 'strasse', 'platz', 'berg', 'see', 'stadt', 'tal', 'insel', 'kreis', 'land',
  'rua', 'avenida', 'praça', 'rio', 'serra', 'ilha', 'lago', 'cidade', 'estado', 'município', 'bairro', 'calle', 'plaza', 'sierra', 'isla', 'ciudad', 'provincia',
  'gatan', 'vägen', 'torget', 'sjön', 'berget', 'ön', 'län', 'kommun',
  'улица', 'площадь', 'река', 'озеро', 'гора', 'остров', 'область', 'край', 'район',
]);
/** Words that start a place name (`New York`, `North Carolina`, `San José`, `Lake Tahoe`, `Mount Kenya`). */
const PLACE_LEADS: ReadonlySet<string> = new Set([
  'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'saint', 'st.', 'san', 'santa', 'são', 'lake', 'mount', 'fort', 'port', 'cape', 'los', 'las', 'el', 'nova', 'novo', 'porto', 'rio', 'bad', 'sankt', 'nord', 'süd', 'ost', 'west', 'norra', 'södra', 'östra', 'västra', 'нижний', 'новый', 'санкт', 'северная', 'южная',
]);
/** Prepositions of place right before a single unknown name: `in Bremen`, `nach Peking`, `em Lisboa`, `в Москве`. */
const PLACE_BEFORE: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside',
  'nach', 'aus', 'bei', 'im', 'um', 'vor',
  'em', 'no', 'na', 'nos', 'nas', 'para', 'até', 'desde', 'en', 'a', 'à',
  'i', 'på', 'från', 'till', 'vid', 'mot',
  'в', 'во', 'из', 'на', 'под', 'над',
]);
/** Capitalised words that are calendar names or discourse words, not names, in the languages read here. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'januari', 'februari', 'mars', 'maj', 'augusti', 'oktober', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag',
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  'i', 'ok', 'tv', 'dj', 'ceo', 'phd',
  // German prepositions that start sentences capitalised (`Laut X`, `Dank Y`).
  'laut', 'gemäß', 'zufolge', 'trotz', 'dank', 'mittels', 'samt', 'seit', 'während', 'wegen', 'anfang', 'ende', 'mitte',
  // German quantity nouns (`bei Millionen Nutzern`).
  'tausende', 'tausenden', 'hunderte', 'hunderten', 'dutzende', 'dutzenden', 'millionen', 'milliarden', 'billionen',
  // Page chrome that news pages capitalise: buttons and labels, not names.
  'share', 'tags', 'related', 'posted', 'page', 'home', 'reply', 'report', 'comments', 'contact', 'privacy', 'copyright', 'login', 'subscribe', 'menu', 'search',
]);
/** German: words before a noun that make a capitalised word after them a common noun (articles, determiners). */
const GERMAN_DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner',
  'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jeder', 'jede', 'jedes', 'jeden', 'jedem', 'mein', 'meine', 'sein', 'seine', 'seinen', 'seinem', 'seiner',
  'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere', 'zum', 'zur', 'im', 'am', 'vom', 'beim', 'ins', 'ans', 'alle', 'viele', 'einige', 'mehrere', 'beide',
]);
/** The North Germanic languages: compounds written with a hyphen after a name, and names capitalised on the first word only. */
const SCANDINAVIAN: ReadonlySet<string> = new Set(['sv', 'da', 'no', 'nb', 'nn']);
/**
 * Adjective suffixes of the first word of such a name (`Romerska`, `Europeiska`, `Förenade`, `Förenta`, `Heliga`): the
 * suffixes, not any final -a or -e, which given names have too (`Anna vann`, `Olle kan`).
 */
const SCANDINAVIAN_ADJECTIVE = /(?:ska|iga|liga|ade|ande|ende|nta)$/u;
/** Definite endings of the noun after it (`riket`, `kyrkan`, `unionen`, `nationerna`). */
const SCANDINAVIAN_DEFINITE_NOUN = /(?:en|et|an|na|n|t)$/u;
/** German suffixes of common nouns (`Übergang`-`ung`, `Freiheit`, `Gesellschaft`): such a word alone is no name. */
const GERMAN_NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|sion|ismus|ität|nis|chen|lein|ment|ling|tum|ei|ik|ur|enz|anz|ierung|ungen|heiten|keiten|schaften|tionen|ten|nen|ern|eln)$/u;
/** Nationality and religion words: adjectives and their plurals (English and Romance/Germanic suffixes). */
const DEMONYM_SUFFIX: Readonly<Record<string, RegExp>> = {
  en: /(?:ians|ese|ish|eans|ans|ites|\p{Ll}{3}ic|\p{Ll}{5}ian|\p{Ll}{4}ean)$/u,
  de: /(?:isch|ische|ischen|ischer|aner|anern|anerin|ier|iern|ese|esen)$/u,
  fr: /(?:ien|iens|ienne|iennes|ais|aise|aises|ain|aine|ains|ois|oise)$/u,
  es: /(?:ano|anos|ana|anas|ense|enses|és|esa|eses|ino|inos)$/u,
  pt: /(?:ano|anos|ana|anas|ense|enses|ês|esa|eses|ino|inos|ista)$/u,
  it: /(?:ano|ani|ana|ane|ese|esi|ino|ini)$/u,
  sv: /(?:isk|iska|are|ier)$/u,
  nl: /(?:isch|ische|aan|anen|ees|ezen)$/u,
};
/** English nationality words in -an whose country name starts with their stem (`American`, `German`, `Mexican`, `Korean`). */
const EN_DEMONYM_AN = /^(?:american|german|mexican|korean|cuban|kenyan|russian|african|european|asian|australian|indian|italian|brazilian|chilean|nigerian|ugandan|mongolian|roman|republican|lutheran|anglican|puritan|tibetan|moroccan|venezuelan|peruvian|bolivian|colombian|ecuadorian|libyan|syrian|iranian|haitian|jamaican|samoan|fijian)s?$/u;
const isDemonym = (word: string, lang: string) => /^\p{Lu}\p{Ll}/u.test(word) && ((DEMONYM_SUFFIX[lang]?.test(word.toLowerCase()) ?? false) || (lang === 'en' && EN_DEMONYM_AN.test(word.toLowerCase()))
  || isLanguageName(word.toLowerCase(), lang));

/** Words built from CLDR by scripts/build-name-words.mjs; an input of the entities stage like the alias tables. */
export const NAME_WORDS = new URL('../../../data/name-words.json', import.meta.url);
/** CLDR's capitalised language names (nationality adjectives in English: `Greek`, `Dutch`) and currency codes (data/name-words.json). */
interface NameWords { languageNames: Record<string, string[]>; currencyCodes: string[] }
let nameWords: { languageNames: Map<string, ReadonlySet<string>>; currencyCodes: ReadonlySet<string> } | null = null;
function loadNameWords() {
  if (!nameWords) {
    const data = JSON.parse(readFileSync(NAME_WORDS, 'utf8')) as NameWords;
    nameWords = { languageNames: new Map(Object.entries(data.languageNames).map(([lang, list]) => [lang, new Set(list)])), currencyCodes: new Set(data.currencyCodes) };
  }
  return nameWords;
}
/** A language name, or in English its plural as a people (`Greeks`, `Serbians`). */
function isLanguageName(lower: string, lang: string): boolean {
  const names = loadNameWords().languageNames.get(lang);
  return Boolean(names && (names.has(lower) || (lang === 'en' && lower.endsWith('s') && names.has(lower.slice(0, -1)))));
}
/** Plural of an acronym (`MPs`, `GIFs`, `HFCs`): a common noun. */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
/** Not a name on its own: a number-like code, a nationality or language word, an acronym's plural, a currency code. */
const isLoneNonName = (word: string, lang: string) => /\d/u.test(word) || isDemonym(word, lang) || ACRONYM_PLURAL.test(word) || loadNameWords().currencyCodes.has(word);
/**
 * Russian adjective endings no given name has (`-ого`, `-ых`, `-ую`, ...): not `-ий` and `-им` (Дмитрий, Максим). `-ой` and
 * `-ей` are also a woman's name in the instrumental (`Ириной Волковой`): adjectival there only when the last word does
 * not end like a surname in that case (`Северной Каролины`).
 */
const RUSSIAN_ADJECTIVE_FORM = /(?:ый|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ых|их|ую|юю)$/u;
const RUSSIAN_FEMININE_OBLIQUE = /(?:ой|ей)$/u;
const RUSSIAN_INSTRUMENTAL = /(?:ой|ей|ом|ем|ым|им)$/u;
function startsWithRussianAdjective(run: Token[]): boolean {
  const first = run[0].lower;
  return RUSSIAN_ADJECTIVE_FORM.test(first) || (RUSSIAN_FEMININE_OBLIQUE.test(first) && !RUSSIAN_INSTRUMENTAL.test(run.at(-1)!.lower));
}
/** A Russian noun without its case ending, so that `ассоциации` and `ассоциация` meet. */
const russianStem = (lower: string) => lower.replace(/(?:ами|ями|ией|ой|ей|ом|ем|ам|ям|ах|ях|ию|ия|ии|[аяиыуюеоь])$/u, '');
/** Russian adjective endings (`-ый`, `-ий`, `-ая`, `-ое`, `-ые`). */
const RUSSIAN_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/u;
/** Stems of the Russian organisation heads of ORG_HEADS (`ассоциаци`, `университет`, `министерств`). */
const RUSSIAN_ORG_STEMS: ReadonlySet<string> = new Set([...ORG_HEADS].filter((w) => /\p{Script=Cyrillic}/u.test(w)).map(russianStem));
/** Endings of German plural and inflected nouns. */
const GERMAN_PLURAL_ENDING = /(?:e|en|er|ern)$/u;
/** German articles: inside a German run they join common nouns (`Beginn des Jahres`), not the parts of a name. */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['des', 'der', 'den', 'dem', 'das', 'die']);
/** A title or a preposition of place right before a name: evidence enough for a word that could be a noun. */
function strongNameContext(before: Token | undefined, text: string, t: Token): boolean {
  if (!before || !/^[ \u00a0]+$/.test(text.slice(before.end, t.start))) return false;
  return PERSON_TITLES.has(before.lower) || PLACE_BEFORE.has(before.lower) || before.lower === 'von';
}
/**
 * Definite articles (and their contractions with prepositions) of the languages that write none before a person's name:
 * `the Sahara`, `die Deutsche Bank`, `o Danúbio`, `el Prado`, `le Louvre`, `il Tevere`. Swedish suffixes its article and
 * Russian has none.
 */
const DEFINITE_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the']),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins']),
  pt: new Set(['o', 'a', 'os', 'as', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'ao', 'aos', 'à', 'às', 'pelo', 'pela', 'pelos', 'pelas']),
  es: new Set(['el', 'la', 'los', 'las', 'del', 'al']),
  fr: new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux']),
  it: new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'al', 'allo', 'alla', 'nel', 'nello', 'nella']),
};
/** German adjective endings: a lowercase word with one before a capitalised word is an attribute of a common noun. */
const GERMAN_ADJECTIVE_ENDING = /(?:en|er|es|em|e)$/u;
/** A common noun after a German article followed by this many name tokens in all is an apposition to a full name. */
const APPOSITION_MIN_TOKENS = 3;
/** The weak adjective endings after a definite article (`die Vereinte`, `der Vereinten`); not -er, the ending of agent nouns. */
const GERMAN_NAME_ADJECTIVE_ENDING = /(?:e|en)$/u;

interface Token { text: string; lower: string; start: number; end: number; capitalised: boolean; sentenceStart: boolean }

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const run of wordRuns(text, { joiners: NAME_JOINERS, digits: false, trailingDot: false })) {
    let word = text.slice(run.start, run.end);
    // A trailing dot belongs to abbreviations (`Dr.`, `U.S.`), not to a word at a sentence end.
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !PERSON_TITLES.has(word.toLowerCase())) word = word.slice(0, -1);
    const first = word[0];
    out.push({
      text: word, lower: word.toLowerCase(), start: run.start, end: run.start + word.length,
      capitalised: first !== first.toLowerCase() && first === first.toUpperCase(),
      sentenceStart: SENTENCE_END_BEFORE.test(text.slice(Math.max(0, run.start - 3), run.start)),
    });
  }
  return out;
}

const onlySpaceBetween = (text: string, a: Token, b: Token) => /^[ \u00a0]+$/.test(text.slice(a.end, b.start));
/** A word joined to the next by a hyphen and a letter or digit is part of a compound or a version (`US-Dollar`, `GPT-4`). */
const HYPHEN_JOINED = /^-[\p{L}\p{N}]|^\d/u;
const isAcronym = (word: string) => word.length >= 2 && word.length <= MAX_ACRONYM_LETTERS && /^\p{Lu}+$/u.test(word.replace(/[.&-]/g, ''));

/** The evidence of an article's paragraphs (lowercase words, words capitalised mid-sentence). */
export function nameEvidence(paragraphs: readonly string[]): NameEvidence {
  const lowercase = new Set<string>();
  const capitalisedMidSentence = new Set<string>();
  for (const text of paragraphs) {
    for (const t of tokensOf(text)) {
      if (!t.capitalised) lowercase.add(t.lower);
      else if (!t.sentenceStart) capitalisedMidSentence.add(t.lower);
    }
  }
  return { lowercase, capitalisedMidSentence, surnames: new Set() };
}

/** Whether a capitalised token may be (part of) a name, given the language and the article's evidence. */
function mayBeName(t: Token, previous: Token | undefined, previousRejected: boolean, previousIsName: boolean, text: string, lang: string, stop: ReadonlySet<string>, evidence: NameEvidence): boolean {
  if (!t.capitalised || stop.has(t.lower) || NOT_NAMES.has(t.lower) || PERSON_TITLES.has(t.lower)) return false;
  if (HYPHEN_JOINED.test(text.slice(t.end, t.end + 2)) || /\p{L}-$/u.test(text.slice(Math.max(0, t.start - 2), t.start))) return false;
  if (isAcronym(t.text)) return true;
  if (evidence.lowercase.has(t.lower)) return false;
  if (t.sentenceStart && !evidence.capitalisedMidSentence.has(t.lower)) return false;
  if (CAPITALISES_NOUNS.has(lang)) {
    const adjacentPrevious = previous && onlySpaceBetween(text, previous, t) ? previous : undefined;
    if (adjacentPrevious && (GERMAN_DETERMINERS.has(adjacentPrevious.lower) || (!adjacentPrevious.capitalised && GERMAN_ADJECTIVE_ENDING.test(adjacentPrevious.lower)))) return false;
    // The noun after a capitalised adjective that is no name (`Große Sprachmodelle`, `Künstliche Intelligenz`) is none either.
    if (adjacentPrevious?.capitalised && previousRejected && GERMAN_ADJECTIVE_ENDING.test(adjacentPrevious.lower)) return false;
    // What a name in the genitive owns is a common noun (`OpenAIs Umsatz`).
    if (adjacentPrevious?.capitalised && previousIsName && /s$/u.test(adjacentPrevious.text) && adjacentPrevious.text.length > 3 && !isAcronym(t.text)) return false;
    // A noun right after a number is what it counts (`540 Millionen`, `35 Besucher`).
    if (/\d\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start))) return false;
  }
  return true;
}

/**
 * German: after an article a single capitalised word is a common noun, but two capitalised words in a row start a name
 * (`die Deutsche Bank`, `der Capitol Hill`, `das Kloster Marienthal`): mid-sentence German writes an attribute before a
 * noun in lowercase, so a second capital there belongs to a name. With a full name after it, the first word is a
 * common noun in apposition (`die Forscherin Greta Hollstein`): see APPOSITION_MIN_TOKENS.
 */
function germanNameAfterDeterminer(tokens: Token[], k: number, text: string, lang: string, stop: ReadonlySet<string>, evidence: NameEvidence): boolean {
  const [before, t, next] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!CAPITALISES_NOUNS.has(lang) || !before || !next || !t.capitalised || !next.capitalised) return false;
  if (!GERMAN_DETERMINERS.has(before.lower) || !onlySpaceBetween(text, before, t) || !onlySpaceBetween(text, t, next)) return false;
  const plainWord = (w: Token) => stop.has(w.lower) || NOT_NAMES.has(w.lower) || evidence.lowercase.has(w.lower) || GERMAN_NOUN_SUFFIX.test(w.lower);
  return !plainWord(t) && !plainWord(next) && !HYPHEN_JOINED.test(text.slice(t.end, t.end + 2));
}

function typeOf(run: Token[], before: Token | undefined, text: string, lang: string, evidence: NameEvidence): EntityType {
  const first = run[0].lower;
  const last = run.at(-1)!.lower;
  // Inner capitals are brand spelling (`WhatsApp`, `YouTube`), never a person's name.
  if (ORG_HEADS.has(last) || ORG_LEADS.has(first) || (run.length === 1 && isAcronym(run[0].text)) || run.some((t) => /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(t.text))) return 'org';
  const beforeAdjacent = before && /^[ \u00a0]+$/.test(text.slice(before.end, run[0].start)) ? before : undefined;
  if (beforeAdjacent && PERSON_TITLES.has(beforeAdjacent.lower)) return 'person';
  // A source is an organisation as often as a person (`according to Morgan Stanley`).
  if (SOURCE_BEFORE.test(text.slice(Math.max(0, run[0].start - 16), run[0].start))) return 'org';
  if (PLACE_HEADS.has(last) || (run.length > 1 && PLACE_LEADS.has(first))) return 'place';
  // Russian first names are nouns: a name that starts with an adjective (`Северной Каролины`, `Соединённых Штатов`,
  // `Американской ассоциации`) names a place, or an organisation when one of its words is an organisation's head.
  if (lang === 'ru' && run.length > 1 && startsWithRussianAdjective(run)) return run.some((t) => RUSSIAN_ORG_STEMS.has(russianStem(t.lower))) ? 'org' : 'place';
  // These languages put no article before a person's name in writing: after one, the name is a place (after a
  // contraction with a preposition of place: `no`, `im`) or else an organisation (`the BBC`, `a Microsoft`; on entities-dev,
  // org there gave type accuracy 73.5 against 72.9 for place, measured with each).
  if (beforeAdjacent && DEFINITE_ARTICLES[lang]?.has(beforeAdjacent.lower)) return PLACE_BEFORE.has(beforeAdjacent.lower) ? 'place' : 'org';
  const names = run.filter((t) => t.capitalised);
  if (names.length >= 2 && names.length <= 3 && run.length === names.length) return 'person';
  // Longer runs are the names of organisations and works more often than of people.
  if (run.length > 3) return 'org';
  // A surname of a person named in full earlier (`Schulman`, German genitive `Schulmans`) stays a person after `in`.
  if (run.length === 1 && (evidence.surnames.has(last) || evidence.surnames.has(last.replace(/s$/u, '')))) return 'person';
  if (beforeAdjacent && PLACE_BEFORE.has(beforeAdjacent.lower)) return 'place';
  return DEFAULT_TYPE;
}

/**
 * No span of `taken` overlaps start..end. A loop, not `taken.some(...)` in a closure made per call: with tsx's
 * keepNames every closure made costs a defineProperty, a tenth of the entities stage on 333,000 short paragraphs
 * (bench:hostile, one-char-lines).
 */
export function isFree(taken: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  for (const s of taken) if (s.start < end && start < s.end) return false;
  return true;
}

/**
 * Capitalised names of one paragraph that do not overlap `taken` (the alias table's and the other heuristics' spans).
 * German words need more evidence than other languages' (every noun is capitalised): a lone word after an article or a
 * lowercase adjective, or with a common-noun suffix, is not taken.
 */
export function capitalisedNames(text: string, lang: string, taken: ReadonlyArray<{ start: number; end: number }>, evidence: NameEvidence): NameSpan[] {
  const stop = stopwordsOf(lang);
  const tokens = tokensOf(text);
  const spans: NameSpan[] = [];
  let previousRejected = false;
  let previousIsName = false;
  for (let k = 0; k < tokens.length; k++) {
    const ordinary = mayBeName(tokens[k], tokens[k - 1], previousRejected, previousIsName, text, lang, stop, evidence);
    const afterDeterminer = !ordinary && germanNameAfterDeterminer(tokens, k, text, lang, stop, evidence);
    const ok = ordinary || afterDeterminer;
    previousRejected = !ok;
    previousIsName = !isFree(taken, tokens[k].start, tokens[k].end);
    if (!ok || !isFree(taken, tokens[k].start, tokens[k].end)) continue;
    let end = k;
    for (let j = k + 1; j < tokens.length && j - k < MAX_NAME_TOKENS && onlySpaceBetween(text, tokens[j - 1], tokens[j]); j++) {
      const t = tokens[j];
      if (!isFree(taken, t.start, t.end) || HYPHEN_JOINED.test(text.slice(t.end, t.end + 2))) break;
      // A head word continues a name even where the stoplist has it (`Corvane Group`: stopwords-iso lists `group`).
      if (t.capitalised && (!stop.has(t.lower) || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower)) && !NOT_NAMES.has(t.lower) && !evidence.lowercase.has(t.lower)) end = j;
      else if (!PARTICLES.has(t.lower) || t.capitalised || (CAPITALISES_NOUNS.has(lang) && GERMAN_ARTICLES.has(t.lower))) break;
    }
    // Swedish, Danish and Norwegian capitalise only the first word of a many-word name: an adjective there takes the
    // noun after it in the definite form (`Romerska riket`, `Katolska kyrkan`, `Europeiska unionen`).
    if (end === k && SCANDINAVIAN.has(lang) && SCANDINAVIAN_ADJECTIVE.test(tokens[k].lower) && tokens[k + 1] && !tokens[k + 1].capitalised
      && onlySpaceBetween(text, tokens[k], tokens[k + 1]) && SCANDINAVIAN_DEFINITE_NOUN.test(tokens[k + 1].lower) && !stop.has(tokens[k + 1].lower)
      && isFree(taken, tokens[k + 1].start, tokens[k + 1].end)) end = k + 1;
    let run = tokens.slice(k, end + 1);
    k = end;
    // German: a compound or suffixed noun before a name describes it (`Stablecoin-Anbieter Nordcoin`, `Sängerin Mia Holm`).
    while (CAPITALISES_NOUNS.has(lang) && run.length > 1 && !isAcronym(run[0].text) && (run[0].text.includes('-') || GERMAN_NOUN_SUFFIX.test(run[0].lower))) run = run.slice(1);
    // The rule needs the second word in the name: a taken one (`das Modell PaLM`, PaLM from the alias table) leaves a common noun.
    if (afterDeterminer && run.length === 1) continue;
    if (afterDeterminer && run.length >= APPOSITION_MIN_TOKENS && !GERMAN_NAME_ADJECTIVE_ENDING.test(run[0].lower)) run = run.slice(1);
    while (run.length > 1 && !run[0].capitalised) run = run.slice(1);
    if (CAPITALISES_NOUNS.has(lang) && run.length === 1 && !isAcronym(run[0].text) && (GERMAN_NOUN_SUFFIX.test(run[0].lower)
      // Plural and inflected nouns (`Fragen`, `Leute`, `Investoren`) stand without an article: alone they need a preposition of place or a title before them.
      || (GERMAN_PLURAL_ENDING.test(run[0].lower) && !strongNameContext(tokens[k - run.length], text, run[0])))) continue;
    if (run.length === 1 && run[0].text.length < 2) continue;
    // Codes with digits (`E17`, `EB3326`) are identifiers; nationality words (`Egyptian`, `Chinese`, `Iraqis`) name no one.
    if (run.length === 1 && isLoneNonName(run[0].text, lang)) continue;
    // A name joined by a hyphen to a lowercase noun is a compound common noun in these languages (`FN-rapport`, `Tesco-konton`).
    if (run.length === 1 && SCANDINAVIAN.has(lang) && /-\p{Ll}/u.test(run[0].text)) continue;
    // A lone Russian adjective (`Искусственный`) starts a common noun phrase, not a name.
    if (run.length === 1 && lang === 'ru' && RUSSIAN_ADJECTIVE.test(run[0].lower)) continue;
    const type = typeOf(run, tokens[k - run.length], text, lang, evidence);
    if (type === 'person' && run.length >= 2) evidence.surnames.add(run.at(-1)!.lower);
    const surface = text.slice(run[0].start, run.at(-1)!.end);
    spans.push({ start: run[0].start, end: run.at(-1)!.end, canonical: surface, type });
  }
  return spans;
}
