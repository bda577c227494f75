// Names in alphabetic scripts without a closed list: capitalised words and runs of them, kept when the evidence says
// they are names and not sentence-initial or (in German) common nouns, and typed person / org / place from the words
// around them. Evidence, all general: a function word of the language is no name; a word the article also writes in
// lowercase is a common word; a capitalised word that starts a sentence counts only when the article capitalises it
// mid-sentence too; in German, a capitalised word after an article or a lowercase adjective is a common noun.
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../types.ts';
import { stopwordsOf } from '../language/words.ts';
import { codeUnitTable } from '../language/scripts.ts';
import { latinOfCyrillic, russianNominative } from './russian-names.ts';
import { englishSpellingOf } from './latin-linking.ts';
import { inAdverbialCase, withoutCaseSuffix } from './name-affixes.ts';
import { LATIN_LANGUAGES, LATIN_WITH_NORDIC_LANGUAGES, eldProbabilitiesNow } from '../language/detect.ts';
import { rememberRecent } from '../recent.ts';
import { firstNotBefore } from '../sorted.ts';

// Patterns with Unicode property escapes used inside functions, made once here: tsx compiles such a literal (esbuild,
// target node20) into `new RegExp(…)`, evaluated at each call (0.8 µs against 0.15 for a made pattern; each a
// garbage object). None is global or sticky but QUOTED_WORDS, which only String#match reads (it resets lastIndex).
const CAPITAL_THEN_LOWERCASE = /^\p{Lu}\p{Ll}/u;
const TWO_CAPITALS_ONLY = /^\p{Lu}{2}$/u;
const CAPITAL_THEN_LOWERCASE_ONLY = /^\p{Lu}\p{Ll}+$/u;
const ENDS_LOWERCASE = /\p{Ll}$/u;
const LETTERS_WITH_DOTS = /^(?:\p{L}\.)+$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const CAPITALS_ONLY = /^\p{Lu}+$/u;
const SPACE_THEN_CAPITAL = /^[ \u00a0]+\p{Lu}/u;
const TWO_LOWERCASE = /\p{Ll}{2}/u;
const TWO_OR_MORE_CAPITALS_ONLY = /^\p{Lu}{2,}$/u;
const LETTER_HYPHEN_END = /\p{L}-$/u;
const CAPITALS_HYPHEN_START = /^\p{Lu}+-/u;
const POSSESSIVE_S_AFTER_LETTER = /(?<=\p{L})['’]s$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const QUOTED_WORDS = /\p{L}[\p{L}\p{M}'’-]*/gu;
const STARTS_CAPITAL = /^\p{Lu}/u;
const HYPHEN_LOWERCASE = /-\p{Ll}/u;

export interface NameSpan {
  start: number;
  end: number;
  canonical: string;
  type: EntityType;
  /** The type is the default, with no evidence for it: another mention of the same name in the article may say better. */
  guessed?: boolean;
}

/** What the whole article says about its words: which it writes in lowercase, which capitalised mid-sentence. */
export interface NameEvidence {
  lowercase: ReadonlySet<string>;
  capitalisedMidSentence: ReadonlySet<string>;
  /** Last words of the people named in the article (`Schulman` after `Kori Schulman`), lowercased. */
  surnames: Set<string>;
  /**
   * English: capitalised words the article also writes in the plural, bare mid-sentence (`Salafi` and `most Salafis`):
   * words for a kind of person or thing, not names, lowercased in the singular. A name takes no plural without an
   * article (`the Kennedys`), and surnames in -s the dictionary lists as names (`Williams`).
   */
  kinds?: ReadonlySet<string>;
  /** English: capitalised plurals the article writes after `the` (`the Sixers`, `the Democrats`): the names of a team, a party, a family. */
  definitePlurals?: ReadonlySet<string>;
  /**
   * The words of each paragraph as read for this evidence, kept for capitalisedNames (which would split them again) while
   * the article has at most TOKENS_KEPT of them; none past that, so that a huge page holds no second copy of its text.
   */
  tokens?: ReadonlyArray<Token[] | undefined>;
}

/**
 * Most words whose tokens NameEvidence keeps (about 150 bytes a word): every article of ordinary length (the longest of
 * the golden export's 478 pages, corpus/ and seeds has 14,598 words), not a 1 MB page of hostile input.
 */
const TOKENS_KEPT = 100_000;

/** Most tokens a name run may have (`Universidade Federal do Rio Grande do Sul` is 7 with particles). */
const MAX_NAME_TOKENS = 7;
/** Acronyms of this many capitals or fewer are names of organisations (`NASA`, `FBI`, `ООН`). */
const MAX_ACRONYM_LETTERS = 6;
/** Languages that capitalise every noun: a capitalised word needs more evidence there. */
const CAPITALISES_NOUNS: ReadonlySet<string> = new Set(['de', 'lb']);


const LETTER_UNIT = 1;
const DIGIT_UNIT = 2;
/** Marks a code point of two UTF-16 units (and a table entry as computed: codeUnitTable reads 0 as not yet). */
const ASTRAL = 4;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const classOf = (ch: string) => (LETTER_OR_MARK.test(ch) ? LETTER_UNIT : 0) | (NUMBER.test(ch) ? DIGIT_UNIT : 0);
const unitClass = codeUnitTable((ch) => ASTRAL | classOf(ch));
/** LETTER_UNIT / DIGIT_UNIT of the ASCII units, by code (no call through the table for the common case). */
const ASCII_CLASS = Uint8Array.from({ length: 0x80 }, (_, code) => classOf(String.fromCharCode(code)));
/** LETTER_UNIT / DIGIT_UNIT of the code point at i, with ASTRAL when it takes two units (a surrogate pair). */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return ASCII_CLASS[unit]!;
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

/** Whether a unit is one of the joiners: `joiners.includes(text[i])` without making the one-unit string. */
function isJoiner(joiners: string, unit: number): boolean {
  for (let k = 0; k < joiners.length; k++) if (joiners.charCodeAt(k) === unit) return true;
  return false;
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
      if (isJoiner(options.joiners, text.charCodeAt(i)) && i + 1 < text.length && classAt(text, i + 1) & startMask) { i++; continue; }
      break;
    }
    if (options.trailingDot && text[i] === '.') i++;
    out.push({ start, end: i });
  }
  return out;
}

const SENTENCE_END_BEFORE = /(?:^|[.!?:;•·|/»"“”„«(\[\]—–]\s*|\n)\s*$/u;
const LETTER_ABBREVIATION_BEFORE = /(?:^|[^\p{L}.])(?:\p{Lu}\.){2,}[ \u00a0]+$/u;

/** Particles inside names: `Bank of America`, `Rio de Janeiro`, `Ludwig van Beethoven`, `Abd al-Aziz`. */
const PARTICLES: ReadonlySet<string> = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'van', 'von', 'der', 'den', 'la', 'für', 'för', 'af', 'al', 'bin', 'ibn']);
/** Words before a name that make it a person (and are not part of the name). */
const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'lady', 'lord', 'president', 'senator', 'governor', 'minister', 'mayor', 'judge', 'pope', 'king', 'queen', 'prince', 'princess', 'general', 'rep.', 'sen.', 'gov.', 'coach', 'chancellor', 'secretary', 'attorney', 'commissioner',
  // Military ranks and their abbreviations (`Gen. Pervez`, `Capt. Lee`).
  'captain', 'colonel', 'lieutenant', 'sergeant', 'admiral', 'corporal', 'gen', 'gen.', 'col', 'col.', 'lt', 'lt.', 'capt', 'capt.', 'sgt', 'sgt.', 'adm', 'adm.', 'cpl', 'cpl.', 'maj', 'maj.',
  'herr', 'frau', 'professor', 'professorin', 'doktor', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'ministerin', 'bürgermeister', 'bürgermeisterin', 'senatorin', 'papst', 'könig', 'königin', 'trainer',
  'sr', 'sr.', 'sra', 'sra.', 'senhor', 'senhora', 'presidente', 'ministro', 'ministra', 'governador', 'governadora', 'prefeito', 'prefeita', 'deputado', 'deputada', 'senador', 'senadora', 'papa', 'rei', 'rainha', 'don', 'doña', 'señor', 'señora', 'alcalde', 'alcaldesa',
  'm.', 'mme', 'président', 'présidente', 'maire', 'ministre', 'sénateur',
  'herr', 'fru', 'statsminister', 'kung', 'drottning', 'presidenten', 'ministern',
  'президент', 'премьер', 'министр', 'губернатор', 'мэр', 'сенатор', 'господин', 'госпожа', 'король', 'королева', 'папа', 'генерал', 'глава',
]);
/** The titles PERSON_TITLES writes with a dot, without it (`dr` for `dr.`): a word is one when it and a dot are a title, asked without building that string. */
const TITLES_BEFORE_THEIR_DOT: ReadonlySet<string> = new Set([...PERSON_TITLES].filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1)));
/** Last words that make a name an organisation, in the languages of the dev and user pages (lowercase). */
const ORG_HEADS: ReadonlySet<string> = new Set([
  'partners', 'capital', 'labs', 'lab', 'ventures', 'technologies', 'technology', 'research', 'digital', 'compute', 'securities', 'investments', 'associates', 'ai', 'robotics', 'networks', 'software', 'analytics', 'consulting', 'ediciones', 'verlag',
  // `International` last names a body that spans countries (`Rotary International`, `Oxfam International`); first, it is an adjective (`International Space Station`).
  'international', 'internacional',
  'association', 'academy', 'party', 'club', 'council', 'committee', 'university', 'college', 'school', 'bank', 'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'ministry', 'department', 'agency', 'institute', 'commission', 'union', 'federation', 'foundation', 'court', 'office', 'service', 'times', 'post', 'news', 'airlines', 'motors', 'fund', 'organization', 'organisation', 'society', 'board', 'network', 'press', 'journal', 'league', 'team', 'army', 'navy', 'police', 'senate', 'congress', 'parliament', 'assembly', 'authority', 'bureau', 'center', 'centre', 'hospital', 'museum', 'church', 'records', 'studios', 'entertainment', 'partners', 'capital', 'labs', 'media', 'technologies', 'systems', 'holdings',
  'partei', 'akademie', 'verband', 'verein', 'gesellschaft', 'gruppe', 'werke', 'ministerium', 'kommission', 'gericht', 'bundesgericht', 'rat', 'universität', 'hochschule', 'stiftung', 'institut', 'konzern', 'gmbh', 'ag', 'bund', 'behörde', 'zeitung', 'bundestag', 'bundesrat',
  'partido', 'academia', 'associação', 'asociación', 'comissão', 'comisión', 'ministério', 'ministerio', 'universidade', 'universidad', 'fundação', 'fundación', 'instituto', 'tribunal', 'conselho', 'consejo', 'banco', 'companhia', 'compañía', 'empresa', 'sindicato', 'federação', 'federación', 'polícia', 'policía', 'câmara', 'senado', 'congresso', 'congreso', 'governo', 'gobierno', 'exército', 'ejército', 'sa', 's.a.', 'ltda', 'ltda.',
  'parti', 'société', 'université', 'commission', 'ministère', 'conseil', 'fondation', 'banque', 'groupe', 'compagnie',
  'partiet', 'akademien', 'förbundet', 'föreningen', 'universitet', 'universitetet', 'kommissionen', 'banken', 'rådet', 'domstolen', 'regeringen', 'institutet', 'ab',
  'партия', 'партии', 'академия', 'союз', 'комиссия', 'министерство', 'университет', 'фонд', 'банк', 'совет', 'суд', 'агентство', 'компания', 'корпорация', 'институт', 'комитет', 'служба', 'федерация', 'ассоциация', 'организация', 'правительство', 'парламент', 'дума', 'армия',
]);
/** Heads that make an organisation only as a name's last word: elsewhere an adjective (`International Trade Secretary`, `Annual International Conference`). */
const LAST_WORD_ORG_HEADS: ReadonlySet<string> = new Set(['international', 'internacional']);
/** Whether the run's i-th word is an organisation's head word there (ORG_HEADS; LAST_WORD_ORG_HEADS only last). */
const isOrgHeadAt = (run: ReadonlyArray<{ lower: string }>, i: number) => ORG_HEADS.has(run[i].lower) && (!LAST_WORD_ORG_HEADS.has(run[i].lower) || i === run.length - 1);
/** First words that make a name an organisation (`University of Lagos`, `Banco do Brasil`, `Ministério da Saúde`). */
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
  // Administrative units of other countries written with their own word (`Odessa Oblast`, `Aichi Prefecture`).
  'oblast', 'krai', 'prefecture', 'governorate', 'canton', 'voivodeship', 'harbor', 'harbour',
  'straße', 'strasse', 'platz', 'berg', 'see', 'stadt', 'tal', 'insel', 'kreis', 'land',
  'rua', 'avenida', 'praça', 'rio', 'serra', 'ilha', 'lago', 'cidade', 'estado', 'município', 'bairro', 'calle', 'plaza', 'sierra', 'isla', 'ciudad', 'provincia',
  'gatan', 'vägen', 'torget', 'sjön', 'berget', 'ön', 'län', 'kommun',
  'улица', 'площадь', 'река', 'озеро', 'гора', 'остров', 'область', 'край', 'район',
]);
/** Words that start a place name (`New York`, `North Carolina`, `San José`, `Lake Tahoe`, `Mount Kenya`, German `Kloster Eberbach`, `Schloss Tegel`). */
const PLACE_LEADS: ReadonlySet<string> = new Set([
  'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'saint', 'st.', 'san', 'santa', 'são', 'lake', 'mount', 'fort', 'port', 'cape', 'los', 'las', 'el', 'nova', 'novo', 'porto', 'rio', 'villa', 'punta', 'monte', 'puerto', 'cabo', 'bad', 'sankt', 'kloster', 'schloss', 'burg', 'nord', 'süd', 'ost', 'west', 'norra', 'södra', 'östra', 'västra', 'нижний', 'новый', 'санкт', 'северная', 'южная',
]);
/** Whether a lowercased word starts place names (`new`, `san`, `los`): stoplists list some, which are no function words there. */
export const isPlaceLead = (lower: string) => PLACE_LEADS.has(lower);
/** The words of PLACE_LEADS that are adjectives of direction or position (`North`, `Upper`, `Södra`): no name alone. */
const DIRECTION_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'nord', 'süd', 'ost', 'norra', 'södra', 'östra', 'västra', 'северная', 'южная']);
/** English prepositions of place right before a single unknown name: `in Bremen`, `from Tarvosk`. */
const ENGLISH_PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside']);
/** Prepositions of place right before a single unknown name: `in Bremen`, `nach Peking`, `em Lisboa`, `в Москве`. */
const PLACE_BEFORE: ReadonlySet<string> = new Set([
  ...ENGLISH_PLACE_BEFORE,
  'nach', 'aus', 'bei', 'im', 'um', 'vor',
  'em', 'no', 'na', 'nos', 'nas', 'para', 'até', 'desde', 'en', 'a', 'à',
  'i', 'på', 'från', 'till', 'vid', 'mot',
  'в', 'во', 'из', 'на', 'под', 'над',
]);
/**
 * A preposition of place before a name. In English only the English ones: the others' `a`, `no`, `i` are the article, the
 * determiner and the pronoun there (`a Viking`, `A Definite No`).
 */
const isPlacePreposition = (lower: string, lang: string) => (lang === 'en' ? ENGLISH_PLACE_BEFORE : PLACE_BEFORE).has(lower);
/** Capitalised words that are calendar names or discourse words, not names, in the languages read here. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // English abbreviations of months and weekdays (`on Sat.`); not `Jan`, `Jun`, `Mar`, which are names or words elsewhere.
  'feb', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat',
  // Feasts and holidays, calendar names too.
  'christmas', 'easter', 'halloween', 'thanksgiving', 'ramadan', 'hanukkah', 'passover', 'pentecost', 'weihnachten', 'ostern', 'pfingsten', 'silvester', 'påsk', 'midsommar', 'páscoa',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'januari', 'februari', 'mars', 'maj', 'augusti', 'oktober', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag',
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  // Turkish capitalises month names in dates (`31 Aralık 2017`): CLDR's tr month names.
  'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık',
  'i', 'ok', 'tv', 'dj', 'ceo', 'phd',
  // Days relative to today, which start sentences before names (`Yesterday Tarvosk`).
  'yesterday', 'today', 'tomorrow', 'tonight', 'gestern', 'heute', 'morgen', 'ontem', 'hoje', 'amanhã', 'ayer', 'hoy', 'mañana', 'igår', 'idag', 'imorgon', 'вчера', 'сегодня', 'завтра',
  // Era markers after years (`300 BC`, `44 v. Chr.` aside): abbreviations, not organisations.
  'bc', 'bce', 'b.c', 'b.c.e', 'ad', 'a.d', 'ce', 'c.e',
  // German prepositions that start sentences capitalised (`Laut X`, `Dank Y`).
  'laut', 'gemäß', 'zufolge', 'trotz', 'dank', 'mittels', 'samt', 'seit', 'während', 'wegen', 'anfang', 'ende', 'mitte',
  // German quantity nouns (`bei Millionen Nutzern`).
  'tausende', 'tausenden', 'hunderte', 'hunderten', 'dutzende', 'dutzenden', 'millionen', 'milliarden', 'billionen',
  // Page chrome that news pages capitalise: buttons and labels, not names.
  'share', 'tags', 'related', 'posted', 'page', 'home', 'reply', 'report', 'comments', 'contact', 'privacy', 'copyright', 'login', 'subscribe', 'menu', 'search',
]);
/** The English possessive ending (`November's`): a word with it, or with a plural's -s (`on Saturdays`), is the word for NOT_NAMES. */
const POSSESSIVE_S = /['’]s$/u;
/**
 * A Roman numeral of two or more letters (`III`, `XIV`): after a name it is a regnal number and part of a person's name
 * (`Henry VIII`, `Thutmosis III`); alone it is a number (a century, a chapter), never an acronym. One letter (`I`, `V`) is
 * too often a pronoun or an initial.
 */
const ROMAN_NUMERAL = /^(?=[MDCLXVI]{2,}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
/**
 * Head words of the names of events, agreements, laws, periods, awards and scriptures (`Paris Agreement`, `Bronze Age`,
 * `Dreißigjähriger Krieg`, `Acordo de Paris`, `Idade Média`): capitalised, but naming no person, organisation or place.
 * A run with one of these as its first or last word is left out. Lowercase; German and Russian with their case forms.
 */
const EVENT_HEADS: ReadonlySet<string> = new Set([
  // Storms are named like people, and are events (`Hurricane Katrina`, `Taifun Haiyan`).
  'hurricane', 'typhoon', 'cyclone', 'storm', 'hurrikan', 'taifun', 'orkan', 'furacão', 'tufão', 'ciclone', 'tempestade', 'orkanen', 'ураган', 'тайфун', 'циклон',
  'war', 'wars', 'agreement', 'accord', 'accords', 'treaty', 'amendment', 'convention', 'act', 'award', 'awards', 'prize', 'revolution', 'age', 'ages', 'era', 'reformation', 'inquisition', 'compromise', 'declaration', 'constitution', 'bible', 'testament', 'crusade', 'pact', 'reign', 'resolution', 'revolt', 'rebellion', 'uprising', 'massacre',
  'krieg', 'krieges', 'kriege', 'kriegs', 'abkommen', 'abkommens', 'vertrag', 'vertrages', 'vertrags', 'gesetz', 'gesetzes', 'preis', 'preises', 'revolution', 'zeitalter', 'zeitalters', 'reformation', 'inquisition', 'pakt', 'paktes', 'konvention', 'erklärung', 'verfassung', 'bibel', 'testament', 'testaments', 'kreuzzug',
  'guerra', 'guerras', 'acordo', 'tratado', 'emenda', 'convenção', 'lei', 'prêmio', 'prémio', 'revolução', 'idade', 'era', 'reforma', 'inquisição', 'compromisso', 'declaração', 'constituição', 'bíblia', 'testamento', 'cruzada', 'reinado', 'século', 'resolução',
  'kriget', 'krig', 'avtalet', 'fördraget', 'lagen', 'priset', 'revolutionen', 'reformationen', 'inkvisitionen', 'bibeln', 'testamentet', 'korståget', 'resolutionen',
  'война', 'войны', 'войне', 'войну', 'войной', 'соглашение', 'соглашения', 'договор', 'договора', 'поправка', 'поправки', 'конвенция', 'конвенции', 'закон', 'закона', 'премия', 'премии', 'революция', 'революции', 'эпоха', 'эпохи', 'реформация', 'реформации', 'библия', 'библии', 'завет', 'завета', 'резолюция', 'резолюции',
]);
/** English prepositions that join an organisation's head to its field (`Council on Foreign Relations`, `Fund for Rural Schools`). */
const ORG_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on']);
/** Words before `für`/`för` that make it part of a name (`Institut für`, `Bundesamt für`): elsewhere it joins common nouns (`Grund für Sorge`). */
const ORG_BEFORE_FOR = /(?:amt|ministerium|institut|zentrum|verband|akademie|agentur|büro|kammer|stiftung|gesellschaft|kommission|rat|behörde|institutet|förbundet|verket|rådet|myndigheten|centrum)$/u;
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
const GERMAN_NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|sion|ismus|ität|nis|chen|lein|ment|ling|tum|ei|ik|ur|enz|anz|ierung|ungen|heiten|keiten|schaften|tionen|ten|nen|ern|eln|erin|orin)$/u;
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
const isDemonym = (word: string, lang: string) => {
  if (!CAPITAL_THEN_LOWERCASE.test(word)) return false;
  const lower = word.toLowerCase(); // once, not for each test
  return Boolean((DEMONYM_SUFFIX[lang]?.test(lower) && !isNameLikePlural(lower, lang)) || (lang === 'en' && EN_DEMONYM_AN.test(lower)) || isLanguageName(lower, lang));
};
/** English plural endings of DEMONYM_SUFFIX (`Koreans`, `Europeans`). */
const ENGLISH_PLURAL_DEMONYM = /(?:ans|ites)$/u;
/**
 * An English word that ends like a plural nationality but that the dictionary lists as a name in this very form
 * (`Orleans`, `Evans`, `Hans`): the dictionary lists a nationality in the singular (`Korean/SM`), not its plural.
 */
const isNameLikePlural = (lower: string, lang: string) => lang === 'en' && ENGLISH_PLURAL_DEMONYM.test(lower) && (commonWordsOf('en-names')?.has(lower) ?? false);
/**
 * A word for a people, a faith or their members (`Egyptian`, `Sunni`, `Buddhists`): alone, or as every word of a run
 * (`Sunni Arabs`, `Iraqi Sunni`), it names a group of people, none of the three kinds. As a run's last word it may be a
 * surname (`Jeffrey Dean Morgan`), unlike a nationality adjective.
 */
const isKindOfPeople = (word: string, lang: string) => isDemonym(word, lang) || (lang === 'en' && CAPITAL_THEN_LOWERCASE.test(word) && (isEnglishClassWord(word.toLowerCase()) || DOCTRINE.test(word)));
/** English doctrines and their followers by suffix, known to the dictionary or not (`Salafism`, `Islamists`); not `Christ`. */
const DOCTRINE = /^\p{Lu}\p{Ll}{3,}(?:isms?|ists?)$/u;

/** The country and territory table (CLDR, data/territories.json; entities.ts matches its names): read here for its codes. */
const TERRITORY_TABLE = new URL('../../../data/territories.json', import.meta.url);
let territoryCodes: Map<string, string> | null = null;
/**
 * The English name of the territory a code of capitals stands for, when the code spells that name's initials (`US`
 * United States, `UK`): the alias table leaves two-capital codes out, as other codes are words or codes of something
 * else in some language (`VS`, `RU`).
 */
function territoryOfCode(word: string): string | undefined {
  if (!territoryCodes) {
    territoryCodes = new Map();
    for (const [name, aliases] of Object.entries(JSON.parse(readFileSync(TERRITORY_TABLE, 'utf8')) as Record<string, unknown>)) {
      if (name.startsWith('_') || !Array.isArray(aliases)) continue;
      const initials = name.split(/\s+/u).map((w) => w[0]).join('');
      for (const alias of aliases as string[]) if (alias === initials && /^\p{Lu}{2,3}$/u.test(alias)) territoryCodes.set(alias, name);
    }
  }
  return territoryCodes.get(word);
}
/** Words built from CLDR by scripts/build-name-words.mjs; an input of the entities stage like the alias tables. */
export const NAME_WORDS = new URL('../../../data/name-words.json', import.meta.url);
/** CLDR's capitalised language names (nationality adjectives in English: `Greek`, `Dutch`), currency codes and time-zone cities (data/name-words.json). */
interface NameWords { languageNames: Record<string, string[]>; currencyCodes: string[]; cities: string[] }
let nameWords: { languageNames: Map<string, ReadonlySet<string>>; currencyCodes: ReadonlySet<string>; cities: ReadonlySet<string> } | null = null;
function loadNameWords() {
  if (!nameWords) {
    const data = JSON.parse(readFileSync(NAME_WORDS, 'utf8')) as NameWords;
    nameWords = { languageNames: new Map(Object.entries(data.languageNames).map(([lang, list]) => [lang, new Set(list)])), currencyCodes: new Set(data.currencyCodes),
      cities: new Set(data.cities.map((c) => c.toLowerCase())) };
  }
  return nameWords;
}
/** Words a spelling dictionary lists only in lowercase (scripts/build-common-words.mjs); an input of the entities stage. */
export const COMMON_WORDS = new URL('../../../data/common-words.json', import.meta.url);
let codedCommonWords: Record<string, string> | null = null;
const commonWords = new Map<string, ReadonlySet<string> | undefined>();
/**
 * The front-coded lists of data/common-words.json (a digit, the prefix shared with the word before, then the rest),
 * each decoded on its first use in a worker: a page with no English word to weigh (Arabic, Hindi) needs the names
 * list only, not the 150 KB English dictionary.
 */
function commonWordsOf(lang: string): ReadonlySet<string> | undefined {
  if (commonWords.has(lang)) return commonWords.get(lang);
  codedCommonWords ??= JSON.parse(readFileSync(COMMON_WORDS, 'utf8')) as Record<string, string>;
  const coded = lang.startsWith('_') || !Object.hasOwn(codedCommonWords, lang) ? undefined : codedCommonWords[lang];
  const words = coded === undefined ? undefined : decodeFrontCoded(coded);
  commonWords.set(lang, words);
  return words;
}
/** A front-coded list's words, in order. */
export function decodeFrontCoded(coded: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (const [, shared, rest] of coded.matchAll(/(\d)(\D*)/gu)) words.add(previous = previous.slice(0, Number(shared)) + rest);
  return words;
}
let spellingNames: ReadonlySet<string> | null | undefined;
/**
 * The English spellings a romanised name may take (latin-linking.ts englishSpellingOf): the names the dictionary lists
 * only capitalised and those it lists both ways (`en-both`: `Carter`, `Baker`, `Turner`), lowercase, built once.
 */
export function romanisationSpellings(): ReadonlySet<string> | undefined {
  if (spellingNames === undefined) {
    const names = commonWordsOf('en-names');
    spellingNames = names ? new Set([...names, ...(commonWordsOf('en-both') ?? [])]) : null;
  }
  return spellingNames ?? undefined;
}
let linkableNames: ReadonlySet<string> | null = null;
/**
 * The names the English dictionary lists only capitalised, lowercase (data/common-words.json `en-names`), without its
 * words for kinds of people (`Finnish`, `Viennese`, `Corinthian`): what names in other scripts link to.
 */
export function englishNames(): ReadonlySet<string> | undefined {
  const names = commonWordsOf('en-names');
  if (names && !linkableNames) linkableNames = new Set([...names].filter((n) => !isEnglishClassWord(n) && !isLanguageName(n, 'en')));
  return linkableNames ?? undefined;
}
/**
 * The dictionary whose common words a language reads as common words. German capitalises every noun and shares many
 * with English (`Person`, `Radio`, `Gold`, `Basis`, `Fans`), and has no permissive dictionary of its own (the German
 * ones are GPL): there, the English list. On entities-dev it raised German precision from 73.4 to 76.1 for recall 64.9
 * to 64.1; for Portuguese and Swedish it lowered F1 (84.6 to 84.0, 82.9 to 82.0), so they use none.
 */
const COMMON_WORDS_OF: Readonly<Record<string, string>> = { de: 'en' };
/** A name the English dictionary lists only capitalised (`Richard`, `Augustus`), or its genitive or plural in -s (`Rogers`). */
function isListedName(lower: string): boolean {
  const names = commonWordsOf('en-names');
  return Boolean(names && (names.has(lower) || (lower.endsWith('s') && names.has(lower.slice(0, -1)))));
}
/**
 * Endings of the words for peoples, nationalities, faiths and their followers (`Belgian`, `Japanese`, `Iraqi`, `Buddhist`,
 * `Judaism`, `Canaanite`, `Hispanic`, `Cornish`), English derivational suffixes.
 */
const ENGLISH_CLASS_ENDING = /(?:an|ese|i|ist|ism|ite|ic|ish)$/u;
/**
 * Suffixes that derive from the word for a people or a faith its adjective or language (`Arab`-ic, `Jew`-ish, `Turk`-ish)
 * and its doctrine (`Protestant`-ism, `Hindu`-ism, `Christian`-ity): a capitalised word the dictionary lists with such a
 * derivation is such a word. The adjectives only for a word listed capitalised alone: one also listed in lowercase is
 * another word too (`frank`, `napoleon` the pastry), and a person's name takes an adjective as well (`Napoleonic`).
 */
const ENGLISH_GROUP_ADJECTIVES = ['ic', 'ish'];
const ENGLISH_GROUP_DOCTRINES = ['ism', 'ity'];
/**
 * A word for a kind of people in English, not a name (`Belgian`, `Sunni`, `Iraqis`, `Buddhists`, `Arab`, `Jews`): a
 * capitalised word the dictionary inflects in the plural (see scripts/build-common-words.mjs) with an ending of such
 * words or a derived adjective or doctrine of such words, or its plural. Not any such word or plural: the dictionary
 * lists given names with a plural too (`David`, `Georges`), and their plurals make surnames (`Williams`, `Daniels`).
 */
function isEnglishClassWord(lower: string): boolean {
  const plurals = commonWordsOf('en-plural-names');
  const names = commonWordsOf('en-names');
  if (!plurals || !names) return false;
  // A form in -s the dictionary lists as a name is that name (`Evans`, `Hans`), not the plural of `Evan` or `Han`.
  const singular = lower.endsWith('s') && plurals.has(lower.slice(0, -1)) && !names.has(lower) ? lower.slice(0, -1) : lower;
  if (!plurals.has(singular)) return false;
  if (ENGLISH_CLASS_ENDING.test(singular)) return true;
  const stem = singular.endsWith('e') ? singular.slice(0, -1) : singular;
  return ENGLISH_GROUP_DOCTRINES.some((suffix) => derivedForm(names, plurals, singular, stem, suffix))
    || (names.has(singular) && ENGLISH_GROUP_ADJECTIVES.some((suffix) => derivedForm(names, plurals, singular, stem, suffix)));
}
/** isEnglishClassWord's test of one suffix (a function of its own: a named closure per call costs tsx's naming of it). */
const derivedForm = (names: ReadonlySet<string>, plurals: ReadonlySet<string>, singular: string, stem: string, suffix: string) =>
  names.has(singular + suffix) || names.has(stem + suffix) || plurals.has(singular + suffix);
/**
 * An English plural in -s of a capitalised word the dictionary inflects in the plural (`Sikhs`, `Christians`, `Davids`),
 * which it does not list as a name of its own (`Williams`, `Roberts`, `Olympics` are listed so).
 */
function isEnglishPluralOfKind(lower: string): boolean {
  const plurals = commonWordsOf('en-plural-names');
  return Boolean(plurals && isPluralShape(lower) && plurals.has(lower.slice(0, -1)) && !commonWordsOf('en-names')?.has(lower));
}
/** A word of four letters or more in -s, not -ss (`Sikhs`, not `Bass`). */
const isPluralShape = (lower: string) => lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss');
/** A word for a kind of person the article's own plural says it is (NameEvidence.kinds), in the singular or the plural. */
const isKindInArticle = (lower: string, evidence: NameEvidence) => Boolean(evidence.kinds?.size && (evidence.kinds.has(lower) || (isPluralShape(lower) && evidence.kinds.has(lower.slice(0, -1)))));
/** Two capitals the English dictionary lists with no possessive (`CA`, `PR`; not `UN`, `GE`, nor `VW`, which it does not list). */
const isEnglishAbbreviation = (word: string) => TWO_CAPITALS_ONLY.test(word) && (commonWordsOf('en-abbreviations')?.has(word.toLowerCase()) ?? false);
/** English inflections a dictionary entry stands for (hunspell's S, D, G and R flags): the stems a word may come from. */
const ENGLISH_STEMS: ReadonlyArray<[RegExp, string]> = [[/ies$/u, 'y'], [/ied$/u, 'y'], [/es$/u, ''], [/s$/u, ''], [/ed$/u, ''], [/ed$/u, 'e'], [/ing$/u, ''], [/ing$/u, 'e']];
/** ENGLISH_STEMS as (ending, stem) strings: `lower.replace(/ies$/u, 'y')` is the word less its ending, then the stem. */
const ENGLISH_STEM_ENDINGS: ReadonlyArray<readonly [string, string]> = ENGLISH_STEMS.map(([ending, stem]) => [ending.source.slice(0, -1), stem] as const);
/**
 * Whether a lowercased word, or the stem of its English inflection, is one the dictionary a language reads
 * (COMMON_WORDS_OF: German reads the English one) lists only in lowercase.
 */
export function isCommonWord(lower: string, lang: string): boolean {
  const dictionary = COMMON_WORDS_OF[lang] ?? lang;
  return listsWord(commonWordsOf(dictionary), lower, dictionary === 'en');
}
/** Whether `words` has a lowercased word or, with `english`, the stem of its English inflection. */
function listsWord(words: ReadonlySet<string> | undefined, lower: string, english: boolean): boolean {
  if (!words) return false;
  if (words.has(lower)) return true;
  if (!english) return false;
  // ENGLISH_STEMS in their order, read with endsWith and slice (the patterns are plain endings; this runs on most capitalised words).
  for (const [ending, stem] of ENGLISH_STEM_ENDINGS) if (lower.endsWith(ending) && words.has(lower.slice(0, lower.length - ending.length) + stem)) return true;
  return false;
}
/** Whether the dictionary of `lang` lists a word (or its stem) both in lowercase and capitalised (`day` and `Day`, `barbers`). */
const isListedBothWays = (lower: string, lang: string) => listsWord(commonWordsOf(`${lang}-both`), lower, lang === 'en');
/** A city of CLDR's time zones, by its English name (`Berlin`, `Bangkok`; a Russian name by its Latin canonical). */
const isCity = (canonical: string) => loadNameWords().cities.has(canonical.toLowerCase());
let territoryNames: ReadonlySet<string> | null = null;
/** A place by its English name: a city of CLDR's time zones or a territory of the territory table (`Cairo`, `Scotland` aside). */
export function isKnownPlace(canonical: string): boolean {
  territoryNames ??= new Set(Object.keys(JSON.parse(readFileSync(TERRITORY_TABLE, 'utf8')) as Record<string, unknown>).filter((k) => !k.startsWith('_')).map((k) => k.toLowerCase()));
  return isCity(canonical) || territoryNames.has(canonical.toLowerCase());
}
/** A language name, or in English its plural as a people (`Greeks`, `Serbians`). */
function isLanguageName(lower: string, lang: string): boolean {
  const names = loadNameWords().languageNames.get(lang);
  return Boolean(names && (names.has(lower) || (lang === 'en' && lower.endsWith('s') && names.has(lower.slice(0, -1)))));
}
/** Plural of an acronym (`MPs`, `GIFs`, `HFCs`): a common noun. */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
/** Not a name on its own: a number-like code, a nationality or language word, an acronym's plural, a currency code. */
const isLoneNonName = (word: string, lang: string) => /\d/u.test(word) || isKindOfPeople(word, lang) || ACRONYM_PLURAL.test(word) || loadNameWords().currencyCodes.has(word);
/**
 * Spanish, Portuguese and Italian write words for peoples and languages in lowercase (`los italianos`, `em português`,
 * `parla tedesco`): a word capitalised mid-sentence that only ends like one (DEMONYM_SUFFIX: `Milano`, `Torino`,
 * `Toscana`, `Luciano`) is a name, unless plural. At a sentence's start the capital says nothing, and the suffix still rules it out.
 * On entities-dev it added 10 Bosque names (F1 82.9 to 83.2) and cost PUD Portuguese some precision (81.6 to 80.6,
 * plurals in headline case before this exclusion).
 */
const LOWERCASE_DEMONYM_LANGS: ReadonlySet<string> = new Set(['es', 'pt', 'it']);
const isNameEndingLikeLowercaseDemonym = (t: Token, lang: string) => LOWERCASE_DEMONYM_LANGS.has(lang) && !t.sentenceStart && CAPITAL_THEN_LOWERCASE_ONLY.test(t.text)
  && !LOWERCASE_DEMONYM_PLURAL.test(t.lower);
/** Plurals (`Mexicanos`, `Otomanos`, `Australianas`): a people in headline case, seldom a name. */
const LOWERCASE_DEMONYM_PLURAL = /[aeio]s$/u;
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
/**
 * eld's probability, among the Latin-script languages, above which a lone capitalised word in a language that capitalises
 * nouns reads as a word of that language (`Wasser`, `Beginn`, `Kunden`) rather than a name from elsewhere (`Trump`,
 * `Bangkok`, `Ontario`): more likely the language's own word than not. Names of the language's own places (`Flensburg`)
 * read as German too; the territory table and the prepositions of place keep many of those.
 */
const COMMON_WORD_PROBABILITY = 0.5;
/** Distinct words whose eld probabilities are remembered (a few pages' capitalised words; about 100 bytes each). */
const WORD_PROBABILITY_MEMO = 4096;
/**
 * Endings of single-word place names, after at least three letters. Everywhere: English and international settlement
 * suffixes (`-burg`, `-ford`, `-shire`, `-bury`, `-borough`, `-chester`, `-ville`, Greek `-polis`, Slavic `-grad`, Persian
 * `-stan`, Norse `-sand`). German: `-dorf` village, `-hausen`, `-ingen`, Slavic `-itz`, `-furt` ford, `-stedt`, `-leben`,
 * `-rode` clearing, and compounds of `-see`, `-meer`, `-gebirge`, `-insel` (`Bodensee`, `Mittelmeer`); not `-stadt`,
 * `-heim`, `-berg`, which end common nouns (`Hauptstadt`, `Altersheim`, `Eisberg`). Swedish, Danish, Norwegian:
 * compounds of a geographical noun in the definite form (`Hudsonfloden`, `Medelhavet`, `Panamanäset`).
 */
const PLACE_NAME_ENDING: Readonly<Record<string, RegExp>> = (() => {
  const everywhere = 'burg|ford|shire|bury|borough|chester|ville|polis|grad|stan|sand';
  const scandinavian = new RegExp(`^\\p{L}{3,}(?:${everywhere}|floden|älven|havet|havets|sjön|sjöns|berget|ön|viken|sundet|dalen|näset|kanalen|öknen|halvön|fjorden)$`, 'u');
  return {
    '': new RegExp(`^\\p{L}{3,}(?:${everywhere})$`, 'u'),
    de: new RegExp(`^\\p{L}{3,}(?:${everywhere}|dorf|hausen|ingen|itz|furt|stedt|leben|rode|see|meer|meeres|gebirge|gebirges|insel|inseln)$`, 'u'),
    sv: scandinavian, da: scandinavian, no: scandinavian, nb: scandinavian,
  };
})();
/**
 * The Latin suffix of the names of lands and regions (`Macedonia`, `Apulia`, `Anatolien`, `Kalabrien`; German and Swedish
 * write it -ien), after at least three letters: with no other evidence, a lone name with it is a place.
 */
const LAND_NAME_ENDING: Readonly<Record<string, RegExp>> = {
  en: /^\p{L}{3,}ia$/u, pt: /^\p{L}{3,}[ií]a$/u, es: /^\p{L}{3,}[ií]a$/u, it: /^\p{L}{3,}ia$/u, ru: /^\p{L}{3,}и[яию]$/u,
  de: /^\p{L}{3,}iens?$/u, sv: /^\p{L}{3,}iens?$/u, da: /^\p{L}{3,}iens?$/u, no: /^\p{L}{3,}ia$/u,
};
const isPlaceName = (lower: string, lang: string) => (PLACE_NAME_ENDING[lang] ?? PLACE_NAME_ENDING['']).test(lower);
/**
 * eld's probabilities of one lowercase word (between spaces) among a group's languages, remembered: names recur on a page
 * and across pages. One memo per group, keyed by the word itself: a key built per lookup (`latin openai `) was hashed
 * anew each time, a tenth of the entities stage on a page of 333,000 short paragraphs (bench:hostile, one-char-lines).
 */
const wordProbabilitiesIn = (group: readonly string[]) => rememberRecent(WORD_PROBABILITY_MEMO, (lower: string) => eldProbabilitiesNow(` ${lower} `, group));
const latinWordProbabilities = wordProbabilitiesIn(LATIN_LANGUAGES);
const nordicWordProbabilities = wordProbabilitiesIn(LATIN_WITH_NORDIC_LANGUAGES);
/** Languages whose words a single word of the key language is easily taken for (eld cannot tell `patrocinado` es from pt). */
const CLOSE_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  es: ['es', 'pt', 'it'], pt: ['pt', 'es', 'it'], it: ['it', 'es', 'pt'], de: ['de', 'nl'], nl: ['nl', 'de'], sv: ['sv', 'da', 'no'], da: ['da', 'no', 'sv'], no: ['no', 'da', 'sv'],
};
/**
 * Whether eld reads a lowercase word as a word of `lang` (with `close`, of `lang` or a language close to it); null for a
 * language outside its Latin-script groups.
 */
function readsAsWordOf(lower: string, lang: string, close = false): boolean | null {
  const group: readonly string[] = SCANDINAVIAN.has(lang) ? LATIN_WITH_NORDIC_LANGUAGES : LATIN_LANGUAGES;
  if (!group.includes(lang)) return null;
  const probabilities = (group === LATIN_LANGUAGES ? latinWordProbabilities : nordicWordProbabilities)(lower);
  const langs = close ? CLOSE_LANGUAGES[lang] ?? [lang] : [lang];
  return langs.reduce((sum, l) => sum + (probabilities[group.indexOf(l)] ?? 0), 0) > COMMON_WORD_PROBABILITY;
}
/** Heads that name one body of a country on their own (`the Senate`, `o Governo`, `der Bundestag`, `Дума`): names even alone. Russian by stem. */
const NATIONAL_BODIES: ReadonlySet<string> = new Set(['senate', 'congress', 'parliament', 'army', 'navy', 'police', 'union', 'senado', 'congresso', 'congreso', 'governo', 'gobierno', 'exército', 'ejército', 'polícia', 'policía', 'câmara', 'bundestag', 'bundesrat', 'regeringen', ...['дума', 'правительство', 'парламент', 'армия'].map(russianStem)]);
/**
 * Oblique forms of relational adjectives in -ский/-цкий (`Берлинском`, `Бразильским`) and plural instrumentals
 * (`Балканскими`): no name ends so; not a bare -ом/-им, the instrumental of names (`Антоном`, `Максим`).
 */
const RUSSIAN_RELATIONAL_ADJECTIVE_FORM = /(?:[сц]ком|[сц]ким|[сц]кими|ными|ыми)$/u;
const isRussianAdjective = (lower: string) => RUSSIAN_ADJECTIVE.test(lower) || RUSSIAN_ADJECTIVE_FORM.test(lower) || RUSSIAN_RELATIONAL_ADJECTIVE_FORM.test(lower);
/** Before a lowercase noun, `-ой`/`-ей` are adjective endings too (`Тридцатилетней войны`), not a woman's name in the instrumental. */
const isRussianAdjectiveBeforeNoun = (lower: string) => isRussianAdjective(lower) || RUSSIAN_FEMININE_OBLIQUE.test(lower);
/**
 * Lowercase nouns that head Russian names after a capitalised adjective, by stem (see russianStem): geographical ones
 * make a place (`Средиземное море`, `Панамский перешеек`), institutional ones an organisation (`Республиканская партия`),
 * wars and revolutions an event, which is none of the three.
 */
const RUSSIAN_NAME_HEADS: ReadonlyMap<string, EntityType | 'event'> = new Map([
  ...['море', 'океан', 'залив', 'пролив', 'перешеек', 'перешейка', 'ущелье', 'гирло', 'побережье', 'остров', 'острова', 'островов', 'полуостров', 'область', 'край', 'район', 'округ', 'гора', 'горы', 'хребет', 'хребта', 'пустыня', 'озеро', 'река', 'канал', 'равнина', 'долина', 'бассейн', 'империя', 'республика', 'королевство', 'княжество', 'герцогство', 'провинция', 'штат', 'регион']
    .map((w): [string, EntityType] => [russianStem(w), 'place']),
  ...['партия', 'союз', 'суд', 'церковь', 'церкви', 'компания', 'банк', 'служба', 'совет', 'комитет', 'комиссия', 'министерство', 'университет', 'институт', 'агентство', 'фонд', 'ассоциация', 'федерация', 'организация', 'турнир', 'чемпионат', 'собрание', 'конференция', 'корпорация', 'армия', 'флот', 'клуб', 'лига']
    .map((w): [string, EntityType] => [russianStem(w), 'org']),
  ...['война', 'революция', 'инквизиция', 'эпоха', 'век'].map((w): [string, 'event'] => [russianStem(w), 'event']),
]);
/** Endings of German plural and inflected nouns. */
const GERMAN_PLURAL_ENDING = /(?:e|en|er|ern)$/u;
/** German articles: inside a German run they join common nouns (`Beginn des Jahres`), not the parts of a name. */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['des', 'der', 'den', 'dem', 'das', 'die']);
/** English determiners: a singular common noun takes one, a name does not (`the government said`, `Blunt said`). */
const ENGLISH_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'every', 'each', 'some', 'any', 'no', 'another']);
/** English finite verbs that follow a subject: auxiliaries, reporting verbs, and the regular past in -ed. */
const ENGLISH_FINITE_VERB = /^(?:is|was|has|had|have|are|were|will|would|could|can|may|might|must|should|shall|did|does|said|says|told|began|became|made|took|went|came|wrote|won|led|left|gave|got|saw|found|\p{Ll}{2,}ed)$/u;
/**
 * English: a capitalised word with no determiner before it and a finite verb after it (`Blunt was`, `Universal owned`)
 * is a subject that needs no determiner, so a name even where the dictionary lists the word in lowercase.
 */
function bareSubject(before: Token | undefined, t: Token, after: Token | undefined, text: string, lang: string): boolean {
  if (lang !== 'en' || !after || after.capitalised || !onlySpaceBetween(text, t, after) || !ENGLISH_FINITE_VERB.test(after.lower)) return false;
  return !(before && onlySpaceBetween(text, before, t) && (ENGLISH_DETERMINERS.has(before.lower) || !before.capitalised && !SENTENCE_END_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start)) && ENDS_LOWERCASE.test(before.text)));
}
/** A title or a preposition of place right before a name: evidence enough for a word that could be a noun. */
function strongNameContext(before: Token | undefined, text: string, t: Token, lang: string): boolean {
  if (!before || !/^[ \u00a0]+$/.test(text.slice(before.end, t.start))) return false;
  return PERSON_TITLES.has(before.lower) || isPlacePreposition(before.lower, lang) || before.lower === 'von';
}
/** English `a` or `an` right before a word. */
const afterIndefiniteArticle = (before: Token | undefined, text: string, t: Token) => before !== undefined && (before.lower === 'a' || before.lower === 'an') && onlySpaceBetween(text, before, t);
/** A determiner, a title or a preposition of place right before a word (`the Democrats`, `in Athens`). */
function afterDeterminerOrPlace(before: Token | undefined, text: string, t: Token, lang: string): boolean {
  return strongNameContext(before, text, t, lang) || Boolean(before && onlySpaceBetween(text, before, t) && ENGLISH_DETERMINERS.has(before.lower));
}
/** German prepositions of place and direction that take a town's name without an article (`in Kassel`, `nach Kiel`, `aus Ulm`). */
const GERMAN_BARE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'nach', 'aus']);
/**
 * A German word right after such a preposition, without an article, and not inflected like a plural or a dative noun
 * (`in Kassel`, not `aus Kreisen`, `bei Kunden`): the singular common nouns that stand there bare are idioms (`in Bezug`).
 */
function placeAfterBareDirection(before: Token | undefined, text: string, t: Token, after: Token | undefined): boolean {
  if (after && onlySpaceBetween(text, t, after) && GERMAN_IDIOM_CONTINUATIONS.has(after.lower)) return false;
  return Boolean(before && GERMAN_BARE_PLACE_PREPOSITIONS.has(before.lower) && onlySpaceBetween(text, before, t) && !GERMAN_PLURAL_ENDING.test(t.lower) && !GERMAN_NOUN_SUFFIX.test(t.lower));
}
/**
 * Words that continue a German prepositional idiom after its bare noun (`in Bezug auf`, `aus Sicht der`, `in Betrieb
 * genommen`, `in Anspruch nehmen`): a preposition, an article of a genitive or dative complement, or a participle.
 */
const GERMAN_IDIOM_CONTINUATIONS: ReadonlySet<string> = new Set(['auf', 'der', 'des', 'dem', 'den', 'von', 'vom', 'zu', 'zur', 'zum', 'genommen', 'nehmen', 'gehen', 'gegangen', 'setzen', 'gesetzt', 'stellen', 'gestellt']);
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
/** Languages written in Cyrillic (ISO 639-1). */
const CYRILLIC_SCRIPT_LANGS: ReadonlySet<string> = new Set(['ru', 'uk', 'bg', 'sr', 'be', 'mk', 'kk']);
const LATIN_WORD = /^[\p{Script=Latin}\p{N}'’.&-]+$/u;
/** German adjective endings: a lowercase word with one before a capitalised word is an attribute of a common noun. */
const GERMAN_ADJECTIVE_ENDING = /(?:en|er|es|em|e)$/u;
/**
 * German function words with an adjective's ending that are no attribute (a closed class): prepositions (`gegen Serena
 * Williams`, `neben`, `ohne`) and the forms of the auxiliary and modal verbs (`wurde Pearl Harbor`, `habe`, `sollte`).
 */
const GERMAN_ENDING_LIKE_ADJECTIVE: ReadonlySet<string> = new Set([
  'gegen', 'neben', 'zwischen', 'ohne', 'wegen', 'binnen', 'entgegen', 'unter', 'hinter', 'über', 'oberhalb', 'unterhalb', 'außer', 'ausser', 'innerhalb', 'außerhalb', 'ausserhalb', 'oder', 'aber', 'sondern', 'weder',
  'habe', 'haben', 'hatte', 'hatten', 'hätte', 'hätten', 'werde', 'werden', 'wurde', 'wurden', 'würde', 'würden', 'worden', 'sei', 'seien', 'wäre', 'wären', 'waren',
  'kann', 'können', 'konnte', 'konnten', 'könnte', 'könnten', 'solle', 'sollen', 'sollte', 'sollten', 'müsse', 'müssen', 'musste', 'mussten', 'müsste', 'müssten',
  'wolle', 'wollen', 'wollte', 'wollten', 'dürfe', 'dürfen', 'durfte', 'durften', 'dürfte', 'dürften', 'möchte', 'möchten', 'lasse', 'lassen', 'ließ',
]);
/** A lowercase word before a capitalised one that reads as an attribute of a common noun (`große Sprachmodelle`, `neuen Regeln`). */
const isGermanAttribute = (t: Token) => !t.capitalised && GERMAN_ADJECTIVE_ENDING.test(t.lower) && !GERMAN_ENDING_LIKE_ADJECTIVE.has(t.lower);
/**
 * The weak past tense of German verbs ends in -te (`sagte`, `besuchte`, `begleitete`), as do adjectives (`zweite`,
 * `bekannte`, superlatives in -ste): after such a word, a capitalised word that eld does not read as German or a
 * language close to it, or that the English dictionary lists as a name, is a name the verb governs (`sagte Guilbeault`), not a noun the adjective describes (`zweite Hälfte`).
 */
const GERMAN_WEAK_PAST = /[^s]te$/u;
const afterPastTense = (previous: Token, t: Token, lang: string) => GERMAN_WEAK_PAST.test(previous.lower) && (readsAsWordOf(t.lower, lang, true) === false || isListedName(t.lower));
/** A common noun after a German article followed by this many name tokens in all is an apposition to a full name. */
const APPOSITION_MIN_TOKENS = 3;
/** The weak adjective endings after a definite article (`die Vereinte`, `der Vereinten`); not -er, the ending of agent nouns. */
const GERMAN_NAME_ADJECTIVE_ENDING = /(?:e|en)$/u;

/** A word of a paragraph, as the name rules read it. */
export interface Token { text: string; lower: string; start: number; end: number; capitalised: boolean; sentenceStart: boolean }

const ABBREVIATION_DOT = /^\.[,;:)]/u;
/** Longest abbreviation of a word kept with its dot (`Calif.`, `Ont.`, `Sask.`). */
const SHORT_CAPITALISED = /^\p{Lu}\p{Ll}{1,4}$/u;

/** A name after the Arabic definite article as Latin script writes it, lowercase and hyphenated (`al-Qaeda`, `el-Sisi`): capitalised as a whole. */
const ARABIC_ARTICLE_NAME = /^(?:al|el)-\p{Lu}/u;

const DOT = 0x2e;
const HYPHEN = 0x2d;
/**
 * A letter, mark or digit of any script, or a comma, and a space right before `start` (mid-sentence, the common case):
 * SENTENCE_END_BEFORE cannot match there (no mark of its list, no line break, no start of text within its three
 * characters; none of its marks is a letter, a digit or a comma). A surrogate before the space is left to the pattern.
 */
function afterWordAndSpace(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return false;
  const c = text.charCodeAt(start - 2);
  if (c < 0x80) return c === 0x2c || ASCII_CLASS[c] !== 0;
  return (c < 0xd800 || c > 0xdfff) && (unitClass(c) & (LETTER_UNIT | DIGIT_UNIT)) !== 0;
}

/** Whether a UTF-16 unit alone is a capital as tokensOf tests a word's first unit: it has a lowercase form and is its own uppercase. */
const CAPITAL_UNIT = 2;
const capitalUnitFlags = codeUnitTable((ch) => 1 | (ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? CAPITAL_UNIT : 0));

/** Joiners inside a name token (`Jean-Luc`, `O'Brien`, `U.S`): `-`, `'`, `’` and `.`. */
const isNameJoiner = (unit: number) => unit === HYPHEN || unit === 0x27 || unit === 0x2019 || unit === DOT;

/**
 * The name rules' tokens of a paragraph: the runs of `wordRuns(text, { joiners: "-'’.", digits: false,
 * trailingDot: false })`, scanned here in the same way (a letter, then letters, marks and digits, and joiners before a
 * letter) without an object and an array made for the runs before the tokens (a word in three of a paragraph's units).
 */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = classAt(text, i);
    if (!(first & LETTER_UNIT)) {
      i += widthOf(first);
      continue;
    }
    const start = i;
    // Whether every unit is ASCII but a capital: then toLowerCase would give the word back as it is.
    let plain = isPlainLowercaseUnit(text.charCodeAt(i));
    i += widthOf(first);
    while (i < length) {
      const next = classAt(text, i);
      if (next & (LETTER_UNIT | DIGIT_UNIT)) {
        plain &&= isPlainLowercaseUnit(text.charCodeAt(i));
        i += widthOf(next);
      } else if (isNameJoiner(text.charCodeAt(i)) && i + 1 < length && classAt(text, i + 1) & LETTER_UNIT) {
        plain &&= isPlainLowercaseUnit(text.charCodeAt(i));
        i++;
      } else break;
    }
    pushToken(out, text, start, i, plain);
  }
  return out;
}

/** An ASCII unit that is no capital letter (toLowerCase leaves it as it is). */
const isPlainLowercaseUnit = (unit: number) => unit < 0x80 && !(unit >= 0x41 && unit <= 0x5a);

/** Adds the token of the run text[start..end) (see tokensOf); `plain`: its units are ASCII without a capital (its lowercase is itself). */
function pushToken(out: Token[], text: string, start: number, end: number, plain: boolean): void {
  let word = text.slice(start, end);
  // A trailing dot belongs to abbreviations (`Dr.`, `U.S.`), not to a word at a sentence end.
  if (word.charCodeAt(word.length - 1) === DOT && !LETTERS_WITH_DOTS.test(word) && !PERSON_TITLES.has(word.toLowerCase())) word = word.slice(0, -1);
  // A short capitalised word whose dot a comma, semicolon, colon or bracket follows is an abbreviation, dot and all
  // (`Mississauga, Ont.;`, `Calif.,`): no sentence ends before those marks.
  // (The tests of a character first skip the regular expressions where they cannot match: this runs on every word.)
  else if (text.charCodeAt(end) === DOT && ABBREVIATION_DOT.test(text.slice(end, end + 2)) && SHORT_CAPITALISED.test(word)) word += '.';
  const previous = out.length ? out[out.length - 1] : undefined;
  const code = word.charCodeAt(0);
  out.push({
    // (A trailing dot taken or left keeps a plain word plain.)
    text: word, lower: plain ? word : word.toLowerCase(), start: start, end: start + word.length,
    capitalised: (code < 0x80 ? code >= 0x41 && code <= 0x5a : (capitalUnitFlags(code) & CAPITAL_UNIT) !== 0) || (word.charCodeAt(2) === HYPHEN && ARABIC_ARTICLE_NAME.test(word)),
    // The dot of an abbreviation of letters (`U.S. Environmental`) or of a title (`Ms. Okafor's`) ends no sentence.
    sentenceStart: !afterWordAndSpace(text, start) && SENTENCE_END_BEFORE.test(text.slice(Math.max(0, start - 3), start))
      && !LETTER_ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 8), start))
      && !(previous && TITLES_BEFORE_THEIR_DOT.has(previous.lower) && TITLE_DOT_BETWEEN.test(text.slice(previous.end, start))),
  });
}

/**
 * A middle initial and its dot inside a name (`John F. Kennedy`, `Michael L. Beatty`): the initial, a capital alone after
 * the name's first word, and the dot and space before the next word, which continues the name.
 */
const middleInitialBetween = (tokens: Token[], first: number, j: number, text: string) => j - 1 > first && ONE_CAPITAL.test(tokens[j - 1].text)
  && TITLE_DOT_BETWEEN.test(text.slice(tokens[j - 1].end, tokens[j].start)) && tokens[j].capitalised;
/** What stands between an abbreviated title and the name after it (`Ms. Okafor`): its dot and a space. */
const TITLE_DOT_BETWEEN = /^\.[ \u00a0]+$/u;
export const onlySpaceBetween = (text: string, a: { end: number }, b: { start: number }) => {
  // One unit between, the usual case, read without the pattern.
  if (b.start - a.end === 1) {
    const between = text.charCodeAt(a.end);
    return between === 0x20 || between === 0xa0;
  }
  return /^[ \u00a0]+$/.test(text.slice(a.end, b.start));
};
/** A word joined to the next by a hyphen and a letter or digit is part of a compound or a version (`US-Dollar`, `GPT-4`). */
const HYPHEN_JOINED = /^-[\p{L}\p{N}]|^\d/u;
/** (An ASCII lowercase letter among the first two units stays after the replace and is no capital: no pattern needed.) */
export const isAcronym = (word: string) => word.length >= 2 && word.length <= MAX_ACRONYM_LETTERS && !isAsciiLowercase(word.charCodeAt(0)) && !isAsciiLowercase(word.charCodeAt(1))
  && CAPITALS_ONLY.test(word.replace(/[.&-]/g, ''));
const isAsciiLowercase = (unit: number) => unit >= 0x61 && unit <= 0x7a;
/** `lower.replace(POSSESSIVE_S, '')` without the pattern: the word without a final `'s` or `’s`. */
export function withoutPossessiveS(lower: string): string {
  const apostrophe = lower.charCodeAt(lower.length - 2);
  return lower.charCodeAt(lower.length - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019) ? lower.slice(0, -2) : lower;
}
/** The letters a Roman numeral is written with (ROMAN_NUMERAL's first unit is one of them). */
export const isRomanNumeralLetter = (unit: number) => unit === 0x4d || unit === 0x44 || unit === 0x43 || unit === 0x4c || unit === 0x58 || unit === 0x56 || unit === 0x49;
/** The units CURRENCY_SIGN_AFTER starts with. */
const CURRENCY_SIGN_UNITS: ReadonlySet<number> = new Set([...'$€£¥₽₹'].map((sign) => sign.charCodeAt(0)));
/** Whether one UTF-16 unit alone is a number (`/\p{N}/u` on that unit), from the class table. */
export const isNumberUnit = (unit: number) => (unit < 0x80 ? ASCII_CLASS[unit]! & DIGIT_UNIT : unitClass(unit) & DIGIT_UNIT) !== 0;

/** The evidence of an article's paragraphs (lowercase words, words capitalised mid-sentence, in English words for kinds of people). */
export function nameEvidence(paragraphs: readonly string[], lang = ''): NameEvidence {
  const lowercase = new Set<string>();
  const capitalisedMidSentence = new Set<string>();
  const english = lang === 'en';
  // English: capitalised words, and the singulars of capitalised plurals in -s written bare mid-sentence.
  const capitalised = new Set<string>();
  const barePlurals = new Set<string>();
  const definitePlurals = new Set<string>();
  const kept: Array<Token[] | undefined> = [];
  let keptCount = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    const tokens = tokensOf(text);
    keptCount += tokens.length;
    if (keptCount <= TOKENS_KEPT) kept[p] = tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.capitalised) lowercase.add(t.lower);
      else if (!t.sentenceStart) capitalisedMidSentence.add(t.lower);
      if (!english || !t.capitalised) continue;
      capitalised.add(t.lower);
      if (!isPluralShape(t.lower)) continue;
      const before = tokens[i - 1];
      if (before && before.lower === 'the' && onlySpaceBetween(text, before, t)) definitePlurals.add(t.lower);
      else if (!t.sentenceStart && !isListedName(t.lower) && !afterDeterminerOrPlace(before, text, t, lang)) barePlurals.add(t.lower.slice(0, -1));
    }
  }
  const kinds = new Set([...barePlurals].filter((singular) => capitalised.has(singular) && !definitePlurals.has(`${singular}s`)));
  return { lowercase, capitalisedMidSentence, surnames: new Set(), kinds, definitePlurals, tokens: kept };
}

/** Whether a capitalised token may be (part of) a name, given the language and the article's evidence. */
/**
 * A sentence's first word with no mid-sentence capital in the article is still a name when a second capitalised word
 * that may be a name follows it (`Gerry McNeilly, ...`, `Donald Trump ist`) and eld does not read the first as a word of
 * the language (`Yesterday Tarvosk`, `Heute Berlin`): only in the Latin-script languages eld tells apart, and in a sentence.
 */
/**
 * Endings of adjectives and adverbs (English, the Latin -al/-ic the Romance languages share, Romance participles -ado/-ido):
 * a capitalised word with one at a sentence's start starts a phrase (`Recently Okafor`, `Patrocinado Invierte`), not a given name.
 */
const ADJECTIVE_OR_ADVERB_ENDING = /(?:ly|al|ic|ous|ive|ed|ing|ern|ish|est|ado|ada|ados|adas|ido|ida|idos|idas)$/u;
function startsTwoWordName(t: Token, next: Token | undefined, text: string, lang: string, stop: ReadonlySet<string>, evidence: NameEvidence): boolean {
  // A label alone (a menu item, a heading: `Artificial Intelligence`) is no sentence: the text must go on in lowercase.
  // German capitalises nouns: an adjective and its noun start sentences too (`Teures Wettrüsten`).
  if (CAPITALISES_NOUNS.has(lang) && GERMAN_ADJECTIVE_ENDING.test(t.lower)) return false;
  // A word that starts place names (`North Carolina`, `New Delhi`, `San Diego`) reads as a word of the language, and starts a name all the same.
  // Where only names are capitalised, a given name that is also a word (`Christian Wolmar`, `Mark Haedicke`) does too
  // when the name is two words, unless the first reads as an adjective, an adverb or a nationality.
  const twoWordsOnly = next !== undefined && !SPACE_THEN_CAPITAL.test(text.slice(next.end, next.end + 3));
  const firstOk = PLACE_LEADS.has(t.lower) || readsAsWordOf(t.lower, lang, true) === false
    || (twoWordsOnly && !CAPITALISES_NOUNS.has(lang) && !ADJECTIVE_OR_ADVERB_ENDING.test(t.lower) && !isDemonym(t.text, lang)
      // A Russian adjective after it makes a noun and a name's first word (`Решение Верховного суда`), not a person.
      && !(lang === 'ru' && RUSSIAN_ADJECTIVE_FORM.test(next.lower))
      // A Turkish second word in a case of place, source or direction (`Toplantı Ankara'da yapıldı`) is a place the
      // sentence's first word is no part of.
      && !inAdverbialCase(next.text, lang));
  return Boolean(next && firstOk && TWO_LOWERCASE.test(text.slice(next.end)) && next.capitalised && onlySpaceBetween(text, t, next) && !stop.has(next.lower) && !NOT_NAMES.has(next.lower)
    && !evidence.lowercase.has(next.lower) && !evidence.lowercase.has(t.lower) && !HYPHEN_JOINED.test(text.slice(next.end, next.end + 2)) && !isAcronym(t.text));
}

/**
 * Languages where a sentence's lone first word may be taken as a name on eld's word evidence (see foreignSubject). On
 * entities-dev it raised F1 in German (70.7 to 72.3) and English (83.2 to 85.4, EWT 59.0 to 60.8) with precision up too;
 * in Portuguese it lowered precision on Bosque (76.0 to 75.1) and in Swedish on PUD (83.9 to 81.6; eld reads a lone
 * Swedish noun such as `Armén` as no Swedish word), so not there. Not Spanish, French, Italian, Polish, Turkish either:
 * on claims-parallel-dev it found 4 names there (`Bouchard sufrió`) for 2 words (`Includeva`, `Starsi`), and eld's
 * reading of one word is as good as chance (it reads `Bouchard` as French, `Starsi` as Italian, `Macron` as Spanish).
 */
const FOREIGN_SUBJECT_LANGS: ReadonlySet<string> = new Set(['de', 'en']);
/**
 * A sentence's first word that eld reads as a word of no language close to the sentence's, followed by the sentence
 * in lowercase (`Seagal sorgte`, `Trudeau wird`): a name, though nothing else in the article capitalises it. Not an
 * English word the dictionary also lists in lowercase (`Branch out`, `Superior work`: eld reads few lone words as
 * English): at a sentence's start the capital is the position's, and the common word is the likelier reading, unless a
 * finite verb follows it as its subject (`Bush did`, `Pat had`; see bareSubject).
 */
function foreignSubject(t: Token, next: Token | undefined, text: string, lang: string): boolean {
  // Not before `of` and its equivalents, which follow the head noun of a phrase (`Members of`, `Googles of the world`).
  return FOREIGN_SUBJECT_LANGS.has(lang) && next !== undefined && !next.capitalised && !PARTICLES.has(next.lower) && onlySpaceBetween(text, t, next) && TWO_LOWERCASE.test(t.text)
    && !isCommonWord(t.lower, lang) && !(lang === 'en' && isListedBothWays(t.lower, lang) && !ENGLISH_FINITE_VERB.test(next.lower)) && readsAsWordOf(t.lower, lang, true) === false;
}

/**
 * An English sentence's first word that the dictionary lists only capitalised, or its genitive (`Enron's`, `Reuters`,
 * `Richard`): a name, as it would be mid-sentence; not a word it also lists in lowercase (`Bill`, `May`).
 */
const listedNameFirst = (t: Token, next: Token | undefined, lang: string) => lang === 'en' && CAPITAL_THEN_LOWERCASE.test(t.text) && isListedName(t.lower.replace(POSSESSIVE_S, ''))
  // In a sentence that goes on in lowercase: a line of names (`Hastings and Rye`, `Plymouth, Moor View`) is a heading or a list item.
  && next !== undefined && !next.capitalised && !LIST_COORDINATORS.has(next.lower);
/** Words that join the items of a list of names. */
const LIST_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', '&']);

const LOWERCASE_COMPOUND_END = /-\p{Ll}+$/u;
const LOWERCASE_COMPOUND_LANGS: ReadonlySet<string> = new Set(['en', 'de', 'pt', 'es', 'fr', 'it']);
/** Currency symbols written right after a country's code or letter (`US$`, `R$`, `HK$`, `A$`): the code is part of the currency's sign. */
const CURRENCY_SIGN_AFTER = /^[$€£¥₽₹]/u;
/**
 * Whether a capitalised word mid-sentence starts a name of several words (`Conselho de Ministros`, `the Environmental
 * Protection Agency`): a capitalised word follows it, at once or after a particle. Only where capitals mark names, not
 * nouns: there a common word capitalised mid-sentence before another capital is the first word of that name.
 */
function startsLongerName(tokens: Token[], k: number, text: string, lang: string, stop: ReadonlySet<string>): boolean {
  // Three lookups, not a destructured array (an array made per call).
  const t = tokens[k];
  const next = tokens[k + 1];
  const afterNext = tokens[k + 2];
  if (CAPITALISES_NOUNS.has(lang) || t.sentenceStart || !next || !onlySpaceBetween(text, t, next)) return false;
  // Not an acronym or its plural (`Cloud GPUs`): a common noun before one is a compound term.
  if (isLongerNameWord(next, lang, stop)) return true;
  return PARTICLES.has(next.lower) && afterNext !== undefined && onlySpaceBetween(text, next, afterNext) && isLongerNameWord(afterNext, lang, stop);
}
/** startsLongerName's word of a name (a function of its own: a named closure per call costs tsx's naming of it). */
const isLongerNameWord = (w: Token, lang: string, stop: ReadonlySet<string>) => w.capitalised && (!stop.has(w.lower) || isContentStopword(w, lang)) && !NOT_NAMES.has(w.lower)
  && !isAcronym(w.text) && !ACRONYM_PLURAL.test(w.text);
/** Longest function word: stoplists also hold longer content words (Portuguese `conselho`, `trabalho`, `estado`), which names contain. */
const FUNCTION_WORD_MAX_LETTERS = 4;
/** A stoplist word capitalised mid-sentence that is a content word, where capitals mark names only (`Conselho de Estado`, `Rio Grande`). */
const isContentStopword = (t: Token, lang: string) => t.lower.length > FUNCTION_WORD_MAX_LETTERS && !CAPITALISES_NOUNS.has(lang) && !t.sentenceStart;
/** A word of capitals that is a common word of the language (`AWFUL`, `LOST`, `TRAVEL`): shouting, not an acronym. */
const isAllCapitals = (t: Token) => !isAsciiLowercase(t.text.charCodeAt(1)) && TWO_OR_MORE_CAPITALS_ONLY.test(t.text);
/** Alone: a common word between capitals (`ATLANTIC WIRELESS`) is part of a name written in capitals. */
const isShouted = (t: Token, previous: Token | undefined, next: Token | undefined, text: string, lang: string) => t.text.length >= 3 && isAllCapitals(t) && isCommonWord(t.lower, lang)
  && !(previous && isAllCapitals(previous) && onlySpaceBetween(text, previous, t)) && !(next && isAllCapitals(next) && onlySpaceBetween(text, t, next));

/** Longest acronym that may spell a function word (`US`, `UN`, `WHO`): longer words of capitals are shouted words. */
const STOPWORD_ACRONYM_MAX_LETTERS = 3;
/**
 * A function word written in capitals among lowercase words is an acronym (`the US`, `the UN`, `WHO said`), not the word
 * shouted (`GO TO US`: capitals around it) nor a time of day (`10 AM`).
 */
/** Function words written in capitals for emphasis (`has NO flavor`, `do NOT`, `ALL of them`), never acronyms. */
const EMPHASISED_WORDS: ReadonlySet<string> = new Set(['no', 'not', 'yes', 'and', 'or', 'but', 'all', 'any', 'too', 'so', 'very', 'is', 'are', 'was', 'do', 'did', 'can', 'now', 'never', 'ever', 'only', 'nie', 'nein', 'nicht', 'não', 'sim', 'nej', 'inte']);
const isStopwordAcronym = (previous: Token | undefined, t: Token, next: Token | undefined, text: string) => isAllCapitals(t) && t.text.length <= STOPWORD_ACRONYM_MAX_LETTERS && !EMPHASISED_WORDS.has(t.lower)
  && !(previous && isAllCapitals(previous)) && !(next && isAllCapitals(next)) && !digitBefore(text, t.start);

/** Whitespace as `\s` reads it (ECMAScript's WhiteSpace and LineTerminator). */
const isWhitespaceUnit = (unit: number) => (unit >= 0x09 && unit <= 0x0d) || unit === 0x20 || unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a)
  || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;
/** `/\d\s*$/u.test(text.slice(Math.max(0, start - 3), start))` without the slice: a digit, then only whitespace, in the three units before `start`. */
export function digitBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 3);
  let k = start - 1;
  while (k >= from && isWhitespaceUnit(text.charCodeAt(k))) k--;
  if (k < from) return false;
  const unit = text.charCodeAt(k);
  return unit >= 0x30 && unit <= 0x39;
}

/**
 * The words of NOT_NAMES with their forms mayBeName also rejects: `w`, `ws` (a plural's -s: `on Saturdays`) and the
 * possessives `w's`, `w’s` (`November's`), one lookup instead of a slice and three (no sets are changed after load).
 */
export const NOT_NAME_FORMS: ReadonlySet<string> = new Set([...NOT_NAMES].flatMap((w) => [w, `${w}s`, `${w}'s`, `${w}’s`]));

function mayBeName(tokens: Token[], k: number, previousRejected: boolean, previousIsName: boolean, text: string, lang: string, stop: ReadonlySet<string>, evidence: NameEvidence): boolean {
  // Three lookups, not a destructured array (one allocation per word); the possessive only where there is an `s`.
  const previous = tokens[k - 1];
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t.capitalised || NOT_NAME_FORMS.has(t.lower) || PERSON_TITLES.has(t.lower)) return false;
  // A word that starts place names may be a function word too (Portuguese `São`, `are`): before a capitalised word it starts the name.
  if (stop.has(t.lower) && !(PLACE_LEADS.has(t.lower) && next?.capitalised && onlySpaceBetween(text, t, next) && !t.sentenceStart)
    && !(isContentStopword(t, lang) && startsLongerName(tokens, k, text, lang, stop)) && !isStopwordAcronym(previous, t, next, text)) return false;
  // (Each pattern below is tried only where the unit it starts with, or ends with, is there.)
  const unitAfter = text.charCodeAt(t.end);
  if (((unitAfter === HYPHEN || (unitAfter >= 0x30 && unitAfter <= 0x39)) && HYPHEN_JOINED.test(text.slice(t.end, t.end + 2)))
    || (text.charCodeAt(t.start - 1) === HYPHEN && LETTER_HYPHEN_END.test(text.slice(Math.max(0, t.start - 2), t.start)))) return false;
  if ((isRomanNumeralLetter(t.text.charCodeAt(0)) && ROMAN_NUMERAL.test(t.text)) || (CURRENCY_SIGN_UNITS.has(unitAfter) && CURRENCY_SIGN_AFTER.test(text.slice(t.end, t.end + 1)))
    || isShouted(t, previous, next, text, lang)) return false;
  // Letters written onto a number are its unit or part of a code (`12,500MWh`, `5GW`, `4K`), no name.
  if (t.start > 0 && isNumberUnit(text.charCodeAt(t.start - 1))) return false;
  // A name joined by a hyphen to a lowercase word is a compound modifier or a verb with its pronoun (`Oscar-winning`,
  // `Baroque-style`, Portuguese `Dar-te-ei`); names joined so are capitalised (`Jean-Luc`, `al-Qaeda`).
  // Not after an acronym or a letter (`IKEA-owner Ingka`, Russian `Х-стрит`), nor where the first word of a name alone is capitalised (Swedish, Russian).
  if (LOWERCASE_COMPOUND_LANGS.has(lang) && t.text.includes('-') && LOWERCASE_COMPOUND_END.test(t.text) && !CAPITALS_HYPHEN_START.test(t.text)) return false;
  if (isAcronym(t.text)) return true;
  if (evidence.lowercase.has(t.lower) && !startsLongerName(tokens, k, text, lang, stop)) return false;
  if (t.sentenceStart && !evidence.capitalisedMidSentence.has(t.lower) && !startsTwoWordName(t, next, text, lang, stop, evidence) && !foreignSubject(t, next, text, lang) && !listedNameFirst(t, next, lang)) return false;
  if (CAPITALISES_NOUNS.has(lang)) {
    const adjacentPrevious = previous && onlySpaceBetween(text, previous, t) ? previous : undefined;
    if (adjacentPrevious && (GERMAN_DETERMINERS.has(adjacentPrevious.lower) || (isGermanAttribute(adjacentPrevious) && !afterPastTense(adjacentPrevious, t, lang)))
      && !startsEnglishOfName(tokens, k, text)) return false;
    // The noun after a capitalised adjective that is no name (`Große Sprachmodelle`, `Künstliche Intelligenz`) is none either.
    if (adjacentPrevious?.capitalised && previousRejected && GERMAN_ADJECTIVE_ENDING.test(adjacentPrevious.lower) && !stop.has(adjacentPrevious.lower)) return false;
    // What a name in the genitive owns is a common noun (`OpenAIs Umsatz`).
    if (adjacentPrevious?.capitalised && previousIsName && /s$/u.test(adjacentPrevious.text) && adjacentPrevious.text.length > 3 && !isAcronym(t.text)) return false;
    // A noun right after a number is what it counts (`540 Millionen`, `35 Besucher`).
    if (digitBefore(text, t.start)) return false;
  }
  return true;
}

/**
 * An English name in text of another language, joined by the English `of` (`der Bank of America`, `die University of
 * Oxford`): `of` is no word of the language, so the capital before it starts an English name, whatever precedes it.
 */
const startsEnglishOfName = (tokens: Token[], k: number, text: string) => {
  const t = tokens[k];
  const of = tokens[k + 1];
  const after = tokens[k + 2];
  return of?.text === 'of' && after !== undefined && after.capitalised && onlySpaceBetween(text, t, of) && onlySpaceBetween(text, of, after);
};

/** German compounds ending in the head of a court, a fire brigade, a district, a municipality or a Swiss canton (`Amtsgericht`, `Landkreises`, `Kanton`). */
const GERMAN_UNIT_COMPOUND = /(?:gericht|gerichts|wehr|kreis|kreises|bezirk|bezirks|gemeinde|kanton|kantons)$/u;
/**
 * German: after an article a single capitalised word is a common noun, but two capitalised words in a row start a name
 * (`die Deutsche Bank`, `der Capitol Hill`, `das Kloster Marienthal`): mid-sentence German writes an attribute before a
 * noun in lowercase, so a second capital there belongs to a name. With a full name after it, the first word is a
 * common noun in apposition (`die Forscherin Greta Hollstein`): see APPOSITION_MIN_TOKENS.
 */
function germanNameAfterDeterminer(tokens: Token[], k: number, text: string, lang: string, stop: ReadonlySet<string>, evidence: NameEvidence): boolean {
  const before = tokens[k - 1];
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!CAPITALISES_NOUNS.has(lang) || !before || !next || !t.capitalised || !next.capitalised) return false;
  if (!GERMAN_DETERMINERS.has(before.lower) || !onlySpaceBetween(text, before, t) || !onlySpaceBetween(text, t, next)) return false;
  // Two nouns that both read as German words, the first with no adjective's ending, are a noun and the object or
  // genitive after it (`dem Verein Geld`, `der Regierung Zeit`), not a name (`die Deutsche Bank`, `das Kloster Marienthal`).
  // A head or lead word of names is the name's own (`das Kloster Eibfeld`, `der Nordwind Bank`).
  // So is a compound ending in the head of an institution or an administrative unit (`Forschungszentrum`, `Landkreis`, `Amtsgericht`).
  const isHead = ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || PLACE_LEADS.has(t.lower) || ORG_LEADS.has(t.lower) || ORG_HEADS.has(next.lower) || PLACE_HEADS.has(next.lower)
    || [t, next].some((w) => ORG_BEFORE_FOR.test(w.lower) || GERMAN_UNIT_COMPOUND.test(w.lower));
  const twoNouns = !isHead && !GERMAN_NAME_ADJECTIVE_ENDING.test(t.lower) && readsAsWordOf(t.lower, lang, true) === true && readsAsWordOf(next.lower, lang, true) === true;
  return !isPlainGermanWord(t, stop, evidence) && !isPlainGermanWord(next, stop, evidence) && !twoNouns && !HYPHEN_JOINED.test(text.slice(t.end, t.end + 2));
}
/** germanNameAfterDeterminer's common word (a function of its own: a named closure per call costs tsx's naming of it). */
const isPlainGermanWord = (w: Token, stop: ReadonlySet<string>, evidence: NameEvidence) => stop.has(w.lower) || NOT_NAMES.has(w.lower) || evidence.lowercase.has(w.lower)
  || GERMAN_NOUN_SUFFIX.test(w.lower);

/**
 * Nouns whose complement names a place, written before it with `of` or alone (`the region of X`, `north of X`, `the mayor
 * of X`, `the kings of X`, `região de X`, `rio X`, `Kreis X`, `штат X`): settlements and administrative units, waters,
 * directions, the offices of a place (mayor, king, archbishop, police) and its parts (border, coast, capital). Lowercase;
 * Russian by stem (see russianStem), as its nouns decline.
 */
const PLACE_GOVERNORS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['region', 'regions', 'district', 'districts', 'state', 'province', 'provinces', 'city', 'cities', 'town', 'towns', 'village', 'villages', 'county', 'river', 'capital', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'mayor', 'king', 'kings', 'queen', 'archbishop', 'bishop', 'police', 'people', 'border', 'borders', 'coast', 'outskirts', 'suburbs', 'port', 'island', 'kingdom', 'republic', 'streets', 'parts']),
  pt: new Set(['região', 'regiões', 'distrito', 'estado', 'província', 'cidade', 'cidades', 'vila', 'aldeia', 'município', 'condado', 'bairro', 'rio', 'capital', 'norte', 'sul', 'leste', 'oeste', 'nordeste', 'noroeste', 'sudeste', 'sudoeste', 'prefeito', 'prefeita', 'rei', 'reis', 'rainha', 'arcebispo', 'bispo', 'polícia', 'povo', 'fronteira', 'fronteiras', 'costa', 'arredores', 'porto', 'ilha', 'reino', 'república', 'ruas', 'partes']),
  es: new Set(['región', 'distrito', 'estado', 'provincia', 'ciudad', 'pueblo', 'municipio', 'condado', 'barrio', 'río', 'capital', 'norte', 'sur', 'este', 'oeste', 'noreste', 'noroeste', 'sureste', 'suroeste', 'alcalde', 'alcaldesa', 'rey', 'reyes', 'reina', 'arzobispo', 'obispo', 'policía', 'frontera', 'costa', 'afueras', 'puerto', 'isla', 'reino', 'república', 'calles']),
  de: new Set(['region', 'regionen', 'teile', 'bezirk', 'bundesstaat', 'stadt', 'dorf', 'gemeinde', 'kreis', 'landkreis', 'fluss', 'hauptstadt', 'norden', 'süden', 'osten', 'westen', 'bürgermeister', 'bürgermeisterin', 'könig', 'könige', 'königin', 'erzbischof', 'bischof', 'polizei', 'grenze', 'küste', 'umgebung', 'hafen', 'insel', 'königreich', 'republik', 'provinz', 'grafschaft', 'straßen']),
  sv: new Set(['regionen', 'distriktet', 'delstaten', 'staden', 'byn', 'länet', 'kommunen', 'floden', 'huvudstaden', 'borgmästare', 'borgmästaren', 'kung', 'kungen', 'drottning', 'ärkebiskop', 'ärkebiskopen', 'biskop', 'biskopen', 'polisen', 'gränsen', 'kusten', 'hamnen', 'ön', 'kungariket', 'republiken', 'provinsen', 'gatorna']),
  ru: new Set(['регион', 'район', 'штат', 'город', 'городок', 'деревня', 'село', 'округ', 'область', 'провинция', 'река', 'столица', 'север', 'юг', 'восток', 'запад', 'мэр', 'губернатор', 'король', 'короли', 'архиепископ', 'епископ', 'полиция', 'граница', 'побережье', 'окрестности', 'порт', 'остров', 'королевство', 'республика', 'улицы'].map((w) => russianStem(w))),
};
/**
 * Nouns whose complement names an organisation (`a spokesman for X`, `the founder of X`, `shares of X`, `porta-voz da X`,
 * `Sprecher von X`, `представитель X`): the roles of its people, its owners and its property. Lowercase; Russian by stem.
 */
const ORG_GOVERNORS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['spokesman', 'spokeswoman', 'spokesperson', 'founder', 'co-founder', 'ceo', 'chairman', 'chairwoman', 'employees', 'employee', 'staff', 'shares', 'shareholders', 'subsidiary', 'owner', 'members', 'member', 'executives', 'headquarters', 'users', 'customers', 'website']),
  pt: new Set(['porta-voz', 'fundador', 'fundadora', 'ceo', 'presidente-executivo', 'funcionários', 'funcionário', 'ações', 'acionistas', 'subsidiária', 'dono', 'dona', 'membros', 'membro', 'executivos', 'sede', 'usuários', 'clientes', 'site']),
  es: new Set(['portavoz', 'fundador', 'fundadora', 'ceo', 'empleados', 'acciones', 'accionistas', 'filial', 'dueño', 'miembros', 'miembro', 'ejecutivos', 'sede', 'usuarios', 'clientes', 'sitio']),
  de: new Set(['sprecher', 'sprecherin', 'gründer', 'gründerin', 'ceo', 'chef', 'chefin', 'mitarbeiter', 'mitarbeitern', 'aktien', 'aktionäre', 'tochter', 'tochtergesellschaft', 'eigentümer', 'mitglieder', 'mitglied', 'manager', 'sitz', 'nutzer', 'kunden', 'website']),
  sv: new Set(['talesman', 'talesperson', 'taleskvinna', 'grundare', 'grundaren', 'vd', 'anställda', 'aktier', 'aktieägare', 'dotterbolag', 'ägare', 'ägaren', 'medlemmar', 'medlem', 'chefer', 'huvudkontor', 'användare', 'kunder', 'webbplats']),
  ru: new Set(['представитель', 'представительница', 'основатель', 'сотрудники', 'сотрудник', 'акции', 'акционеры', 'владелец', 'члены', 'член', 'руководство', 'штаб-квартира', 'пользователи', 'клиенты', 'сайт'].map((w) => russianStem(w))),
};
/** `of` and its equivalents between such a noun and the name (`região de`, `Norden von`, `staden av`); Russian uses the genitive alone. */
const OF_PARTICLES: ReadonlySet<string> = new Set(['of', 'for', 'de', 'do', 'da', 'dos', 'das', 'del', 'von', 'vom', 'av', 'för', 'på']);
/** Whether the words before a name make it the complement of one of `governors` nouns: the noun right before it or before `of`. */
function governedBy(governors: Readonly<Record<string, ReadonlySet<string>>>, before: Token, twoBefore: Token | undefined, text: string, lang: string): boolean {
  const nouns = governors[lang];
  if (!nouns) return false;
  if (isGoverningNoun(nouns, before, lang)) return true;
  return OF_PARTICLES.has(before.lower) && twoBefore !== undefined && onlySpaceBetween(text, twoBefore, before) && isGoverningNoun(nouns, twoBefore, lang);
}
/** governedBy's noun (a function of its own: a named closure per call costs tsx's naming of it). */
const isGoverningNoun = (nouns: ReadonlySet<string>, t: Token, lang: string) => nouns.has(lang === 'ru' ? russianStem(t.lower) : t.lower);

/** A capital inside a word after its lowercase letters (`WhatsApp`, `eBay`, `McGregor`): brand spelling, or a surname's prefix. */
const INNER_CAPITAL = /^\p{Lu}?\p{Ll}+\p{Lu}/u;
const UPPER_UNIT = 1;
const LOWER_UNIT = 2;
/** Whether a unit alone is an uppercase or a lowercase letter (\p{Lu}, \p{Ll}), by unit (4: computed). */
const letterCaseFlags = codeUnitTable((ch) => 4 | (/\p{Lu}/u.test(ch) ? UPPER_UNIT : 0) | (/\p{Ll}/u.test(ch) ? LOWER_UNIT : 0));
/** UPPER_UNIT / LOWER_UNIT of word[i], or -1 for a surrogate (a code point of two units: left to the pattern). */
function letterCaseAt(word: string, i: number): number {
  const unit = word.charCodeAt(i);
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? UPPER_UNIT : unit >= 0x61 && unit <= 0x7a ? LOWER_UNIT : 0;
  return unit >= 0xd800 && unit <= 0xdfff ? -1 : letterCaseFlags(unit) & (UPPER_UNIT | LOWER_UNIT);
}
/**
 * `INNER_CAPITAL.test(word)`, read unit by unit (typeOf asks it of every word of every name): an optional capital, the
 * longest run of lowercase letters (the two classes share no letter, so the pattern never backtracks), then a capital.
 */
export function hasInnerCapital(word: string): boolean {
  let i = 0;
  let kind = letterCaseAt(word, 0);
  if (kind < 0) return INNER_CAPITAL.test(word);
  if (kind === UPPER_UNIT) i = 1;
  const lowercaseFrom = i;
  for (; i < word.length; i++) {
    kind = letterCaseAt(word, i);
    if (kind < 0) return INNER_CAPITAL.test(word);
    if (kind !== LOWER_UNIT) break;
  }
  if (i === lowercaseFrom || i >= word.length) return false;
  return kind === UPPER_UNIT;
}
/** Surname prefixes written with an inner capital (`McGregor`, `MacLeod`, `LaBrocca`, `DiMaggio`, `VanDyke`): a person's spelling, not a brand's. */
const SURNAME_PREFIX = /^(?:Mc|Mac|La|Le|De|Di|Du|Da|Van|Von|Fitz|O')\p{Lu}\p{Ll}/u;
/** The type of a name from its words and the words before it; null with no evidence (the caller falls back to DEFAULT_TYPE). */
function typeOf(run: Token[], canonical: string, before: Token | undefined, twoBefore: Token | undefined, after: Token | undefined, text: string, lang: string, evidence: NameEvidence): EntityType | null {
  const first = run[0].lower;
  // A name before a lowercase geographical noun names that place (`the Velmar region`, `the Orsk river`), whatever the article says.
  if (after && !after.capitalised && PLACE_HEADS.has(after.lower) && onlySpaceBetween(text, run.at(-1)!, after)) return 'place';
  const last = run.at(-1)!.lower;
  if (run.length > 1 && ROMAN_NUMERAL.test(run.at(-1)!.text)) return 'person';
  // Inner capitals are brand spelling (`WhatsApp`, `YouTube`), never a person's name.
  if (ORG_HEADS.has(last) || ORG_LEADS.has(first) || (lang === 'ru' && RUSSIAN_ORG_STEMS.has(russianStem(last))) || (run.length === 1 && isAcronym(run[0].text)) || run.some((t) => hasInnerCapital(t.text) && !SURNAME_PREFIX.test(t.text))) return 'org';
  const beforeAdjacent = before && /^[ \u00a0]+$/.test(text.slice(before.end, run[0].start)) ? before : undefined;
  if (beforeAdjacent && PERSON_TITLES.has(beforeAdjacent.lower)) return 'person';
  if (isCity(canonical)) return 'place';
  // A source is an organisation as often as a person (`according to Morgan Stanley`).
  if (SOURCE_BEFORE.test(text.slice(Math.max(0, run[0].start - 16), run[0].start))) return 'org';
  if (PLACE_HEADS.has(last) || (run.length > 1 && PLACE_LEADS.has(first)) || (run.length === 1 && isPlaceName(canonical.toLowerCase(), lang))) return 'place';
  // Russian first names are nouns: a name that starts with an adjective (`Северной Каролины`, `Соединённых Штатов`,
  // `Американской ассоциации`) names a place, or an organisation when one of its words is an organisation's head.
  if (lang === 'ru' && run.length > 1 && startsWithRussianAdjective(run)) return run.some((t) => RUSSIAN_ORG_STEMS.has(russianStem(t.lower))) ? 'org' : 'place';
  // These languages put no article before a person's name in writing: after one, the name is a place (after a
  // contraction with a preposition of place: `no`, `im`) or else an organisation (`the BBC`, `a Microsoft`; on entities-dev,
  // org there gave type accuracy 73.5 against 72.9 for place, measured with each).
  if (beforeAdjacent && DEFINITE_ARTICLES[lang]?.has(beforeAdjacent.lower)) {
    // A name with the Latin place-name suffix -ia after the article is a land or region (`a Macedônia`, `la Tracia`), not a firm.
    // Portuguese `a` is the feminine article before a firm far more often than the preposition (`a Kodak`, `a Philips`).
    const placePreposition = isPlacePreposition(beforeAdjacent.lower, lang) && !(lang === 'pt' && beforeAdjacent.lower === 'a');
    return placePreposition || (run.length === 1 && /[iíì]a$/u.test(last)) ? 'place' : 'org';
  }
  if (beforeAdjacent && governedBy(PLACE_GOVERNORS, beforeAdjacent, twoBefore, text, lang)) return 'place';
  if (beforeAdjacent && governedBy(ORG_GOVERNORS, beforeAdjacent, twoBefore, text, lang)) return 'org';
  // Cyrillic-script languages transliterate people's names (`Дональд Трамп`): a name left in Latin letters there is a
  // brand, firm or medium's (`Aviva Investors`, `BBC World Service`).
  if (CYRILLIC_SCRIPT_LANGS.has(lang) && run.every((t) => LATIN_WORD.test(t.text))) return 'org';
  const names = run.filter((t) => t.capitalised);
  if (names.length >= 2 && names.length <= 3 && run.length === names.length) return 'person';
  // Longer runs are the names of organisations and works more often than of people.
  if (run.length > 3) return 'org';
  // A surname of a person named in full earlier (`Schulman`, German genitive `Schulmans`) stays a person after `in`.
  if (run.length === 1 && (evidence.surnames.has(last) || evidence.surnames.has(last.replace(/s$/u, '')))) return 'person';
  if (beforeAdjacent && isPlacePreposition(beforeAdjacent.lower, lang)) return 'place';
  if (run.length === 1 && LAND_NAME_ENDING[lang]?.test(last)) return 'place';
  return null;
}

/**
 * The canonical name of an open name: as written, without an English possessive; a Russian name is put back in the nominative and written
 * in Latin letters, so that it meets the same name written in Latin-script languages (`Тины Ансельми` = `Tina Anselmi`).
 */
function canonicalOf(surface: string, run: Token[], before: Token | undefined, text: string, lang: string): string {
  // The English possessive is no part of the name (`Clinton's`, `Doss’s`); the mention keeps it, as treebanks tag it.
  if (lang === 'en') return surface.replace(POSSESSIVE_S_AFTER_LETTER, '');
  if (lang !== 'ru' || !CYRILLIC.test(surface)) return withoutCaseSuffix(surface, lang);
  const adjacentBefore = before && onlySpaceBetween(text, before, run[0]) ? before.text : undefined;
  const words = surface.split(/\s+/u);
  return englishSpellingOf(latinOfCyrillic(russianNominative(words, adjacentBefore, run.length > 1 && startsWithRussianAdjective(run)).join(' ')), romanisationSpellings());
}

/** Greetings before a name in a letter's salutation (`Hi Sara,`, `Dear Mr`, `Hallo`, `Olá`, `Hej`), lowercase. */
const GREETINGS: ReadonlySet<string> = new Set(['hi', 'hello', 'dear', 'hey', 'thanks', 'cheers', 'regards', 'hallo', 'liebe', 'lieber', 'olá', 'caro', 'cara', 'prezado', 'prezada', 'hej', 'kära', 'bonjour', 'cher', 'chère', 'hola', 'querido', 'querida', 'estimado', 'estimada']);
/**
 * A paragraph that is a salutation or a signature: a person's name alone, of one to three capitalised words with a
 * middle initial (`Daren,`, `Hi Sara,`, `Vince J Kaminski`), as letters and e-mails put them on a line of their own.
 * Its words are no common words (`Customer Service`, `Monkey Brain`).
 */
const ADDRESSED_NAME = /^[ \u00a0]*(\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\.?)?(?:[ \u00a0]+\p{Lu}\p{Ll}+){0,2})[ \u00a0]*[,:.!]?[ \u00a0]*$/u;
const GREETING_FIRST = /^[ \u00a0]*(\p{L}+),?[ \u00a0]/u;
export function addressedName(text: string, lang: string, evidence: NameEvidence): NameSpan | null {
  const greeting = GREETING_FIRST.exec(text);
  const offset = greeting && GREETINGS.has(greeting[1].toLowerCase()) ? greeting[0].length : 0;
  // A bare line of capitalised words is as often a heading (`Beliebte Beiträge`): only a dictionary of lowercase words
  // tells a name from it, where only names are capitalised (English); elsewhere a greeting or a comma must say so (a colon ends headings: `Ähnliche Artikel:`).
  // (Asked before the pattern, which then need not run: `/,\s*$/u` is a comma before trailing white space, which trimEnd removes.)
  if (!offset && lang !== 'en' && !text.trimEnd().endsWith(',')) return null;
  const m = ADDRESSED_NAME.exec(text.slice(offset));
  if (!m) return null;
  const stop = stopwordsOf(lang);
  // Middle initials aside (`Vince J Kaminski`), every word is checked, however short (`Hi.` is a greeting alone).
  const words = m[1].split(/[ \u00a0]+/u).filter((w) => w.replace(/\.$/u, '').length > 1);
  if (words.some((w) => stop.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()) || GREETINGS.has(w.toLowerCase()) || evidence.lowercase.has(w.toLowerCase())
    || isCommonWord(w.toLowerCase(), lang) || isKindOfPeople(w, lang) || isCity(w))) return null;
  const start = offset + text.slice(offset).indexOf(m[1]);
  return { start, end: start + m[1].length, canonical: m[1], type: 'person' };
}

/** Languages that quote the titles of works in guillemets; not Russian, which quotes the names of firms so (`«Газпром»`). */
const GUILLEMET_TITLE_LANGS: ReadonlySet<string> = new Set(['pt', 'es', 'fr', 'it']);
/** Longest quotation read as a title. */
const QUOTED_TITLE_MAX_CHARS = 60;
/** start..end lies inside «…» whose words are all capitalised or function words (a title, not a quoted sentence). */
function insideQuotedTitle(text: string, start: number, end: number, stop: ReadonlySet<string>): boolean {
  const open = text.lastIndexOf('«', start);
  const close = text.indexOf('»', end);
  if (open < 0 || close < 0 || close - open > QUOTED_TITLE_MAX_CHARS || text.slice(open + 1, start).includes('»')) return false;
  const words = text.slice(open + 1, close).match(QUOTED_WORDS) ?? [];
  return words.every((w) => STARTS_CAPITAL.test(w) || stop.has(w.toLowerCase()));
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

/** English `The` written capitalised mid-sentence, right before a word: the article is part of a title (`The Pogues`, `The New York Times`). */
const ownArticleBefore = (tokens: Token[], k: number, text: string) => {
  const before = tokens[k - 1];
  return before !== undefined && before.text === 'The' && !before.sentenceStart && onlySpaceBetween(text, before, tokens[k]);
};
/**
 * Particles that English text writes only inside names, lowercase before the name they belong to (`al Qaeda`, `bin
 * Laden`); not `van` and `von`, which German and Dutch passages of an English page use as prepositions (`von Kolb`).
 */
const ENGLISH_NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'ibn']);
/**
 * A name with its own capitalised article mid-sentence takes it into its text (`of The Fourth Rail`; the canonical stays
 * without), and one after a particle only names have takes the particle (`al Qaeda`, canonical too).
 */
function withOwnArticle(span: NameSpan, tokens: Token[], text: string): NameSpan {
  const k = firstNotBefore(tokens.length, (i) => tokens[i].start < span.start);
  if (k === 0 || k >= tokens.length || tokens[k].start !== span.start) return span;
  if (ownArticleBefore(tokens, k, text)) return { ...span, start: tokens[k - 1].start };
  const before = tokens[k - 1];
  if (ENGLISH_NAME_PARTICLES.has(before.text) && onlySpaceBetween(text, before, tokens[k])) return { ...span, start: before.start, canonical: text.slice(before.start, span.end) };
  return span;
}

/** A web address or an e-mail address or handle, from one space to the next (`http://…/en_GB/…`, `Olsen@ENRON`). */
const ADDRESS = /[^\s]*(?:@|:\/\/|\bwww\.)[^\s]*/gu;
/** The web and e-mail addresses of a paragraph: identifiers, whose capitalised parts are no names of their own. */
const addressesIn = (text: string): Array<{ start: number; end: number }> => (text.includes('@') || text.includes('://') || text.includes('www.')
  ? [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })) : []);

/**
 * Capitalised names of one paragraph that do not overlap `taken` (the alias table's and the other heuristics' spans).
 * German words need more evidence than other languages' (every noun is capitalised): a lone word after an article or a
 * lowercase adjective, or with a common-noun suffix, is not taken.
 */
export function capitalisedNames(text: string, lang: string, taken: ReadonlyArray<{ start: number; end: number; type?: EntityType; canonical?: string }>, evidence: NameEvidence,
  paragraph?: number): NameSpan[] {
  const stop = stopwordsOf(lang);
  // `paragraph`: the index of text among the paragraphs evidence read, whose tokens it may have kept.
  const tokens = (paragraph === undefined ? undefined : evidence.tokens?.[paragraph]) ?? tokensOf(text);
  const spans: NameSpan[] = [];
  let previousRejected = false;
  let previousIsName = false;
  const addresses = addressesIn(text);
  for (let k = 0; k < tokens.length; k++) {
    // A word in lowercase starts no name (mayBeName and germanNameAfterDeterminer say no to it first), and what the
    // next word's tests read of it (previousRejected, previousIsName) they read only of a capitalised word: skipped
    // before the spans are searched for it.
    if (!tokens[k].capitalised) {
      previousRejected = true;
      continue;
    }
    const free = isFree(taken, tokens[k].start, tokens[k].end) && isFree(addresses, tokens[k].start, tokens[k].end);
    // A word inside a span of `taken` starts no name here; only German reads what the tests said of it (previousRejected), so elsewhere they are skipped.
    if (!free && !CAPITALISES_NOUNS.has(lang)) continue;
    const ordinary = mayBeName(tokens, k, previousRejected, previousIsName, text, lang, stop, evidence);
    const afterDeterminer = !ordinary && germanNameAfterDeterminer(tokens, k, text, lang, stop, evidence);
    const ok = ordinary || afterDeterminer;
    previousRejected = !ok;
    previousIsName = !free;
    if (!ok || !free) continue;
    let end = k;
    for (let j = k + 1; j < tokens.length && j - k < MAX_NAME_TOKENS && (onlySpaceBetween(text, tokens[j - 1], tokens[j]) || middleInitialBetween(tokens, k, j, text)); j++) {
      const t = tokens[j];
      // A title after an acronym starts the next name (`US Attorney Joshua Levy`, `EU Commissioner Vera Jourová`).
      if (!isFree(taken, t.start, t.end) || !isFree(addresses, t.start, t.end) || HYPHEN_JOINED.test(text.slice(t.end, t.end + 2)) || (j === k + 1 && isAcronym(tokens[k].text) && PERSON_TITLES.has(t.lower))) break;
      if (tokens[j + 1] && middleInitialBetween(tokens, k, j + 1, text)) continue; // the next word makes the initial part of the name
      if (ROMAN_NUMERAL.test(t.text)) { end = j; break; } // the regnal number ends the name
      if ((t.lower === 'für' || t.lower === 'för') && !ORG_BEFORE_FOR.test(tokens[j - 1].lower) && !ORG_HEADS.has(tokens[j - 1].lower) && !ORG_LEADS.has(tokens[j - 1].lower)) break;
      // A head word continues a name even where the stoplist has it (`Corvane Group`: stopwords-iso lists `group`).
      // Mid-sentence, where capitals mark names only, a capitalised word after a name's word is the name's, though the article writes it in lowercase elsewhere (`Instituto Nacional de Pesca`).
      if (t.capitalised && (!stop.has(t.lower) || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || isContentStopword(t, lang)) && !NOT_NAMES.has(t.lower)
        && (!evidence.lowercase.has(t.lower) || !CAPITALISES_NOUNS.has(lang))) end = j;
      else if (!(PARTICLES.has(t.lower) || (lang === 'en' && ORG_PREPOSITIONS.has(t.lower) && (ORG_HEADS.has(tokens[j - 1].lower) || ORG_LEADS.has(tokens[j - 1].lower))))
        || t.capitalised || (CAPITALISES_NOUNS.has(lang) && GERMAN_ARTICLES.has(t.lower))) break;
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
    // Not a first word that reads as no German word: it is the name's own (`der Consumer Robotics Association`).
    if (afterDeterminer && run.length >= APPOSITION_MIN_TOKENS && !GERMAN_NAME_ADJECTIVE_ENDING.test(run[0].lower) && readsAsWordOf(run[0].lower, lang, true) !== false) run = run.slice(1);
    // A code of letters and digits before capitalised words labels them (`RM417 Telephone:`, `E17 Bus`), no part of a name.
    while (run.length > 1 && (!run[0].capitalised || /\d/u.test(run[0].text))) run = run.slice(1);
    if (CAPITALISES_NOUNS.has(lang) && run.length === 1 && !isAcronym(run[0].text) && (GERMAN_NOUN_SUFFIX.test(run[0].lower)
      // Plural and inflected nouns (`Fragen`, `Leute`, `Investoren`) stand without an article: alone they need a preposition of place or a title before them.
      || (GERMAN_PLURAL_ENDING.test(run[0].lower) && !strongNameContext(tokens[k - run.length], text, run[0], lang)))) continue;
    // A lone word that reads as a word of the language or a close one (eld cannot tell `Kunst` de from nl) is a common
    // noun, unless a preposition of direction without an article (`nach Kassel`), a CLDR city, a place-name suffix, a
    // name the English dictionary lists capitalised (`Richard`, which eld reads as Dutch) or the person named earlier says otherwise.
    // A hyphenated compound (`MFA-Websites`) mixes a code or name with a noun: only a German reading of it counts, as
    // before (with Dutch too, claims-dev lost the subject of one German claim).
    if (CAPITALISES_NOUNS.has(lang) && run.length === 1 && !isAcronym(run[0].text) && !evidence.surnames.has(run[0].lower)
      && !placeAfterBareDirection(tokens[k - 1], text, run[0], tokens[k + 1]) && !isPlaceName(run[0].lower, lang) && !loadNameWords().cities.has(run[0].lower) && !isListedName(run[0].lower) && readsAsWordOf(run[0].lower, lang, !run[0].text.includes('-')) === true) continue;
    // A country's or place's name right before an organisation's is part of it (`U.S. Navy`, `U.S. Geological
    // Survey`, `UK Parliament`): the place the table found and the name after it are one organisation.
    const place = lang === 'ru' ? undefined : taken.find((s) => s.type === 'place' && s.end < run[0].start && onlySpaceBetween(text, s, run[0]));
    if (place && (ORG_HEADS.has(run.at(-1)!.lower) || ORG_LEADS.has(run[0].lower))) {
      const end = run.at(-1)!.end;
      spans.push({ start: place.start, end, canonical: text.slice(place.start, end), type: 'org' });
      continue;
    }
    // English writes no two names side by side without a comma or a word between them: a place the table found right
    // before or after an open name is part of one longer name (`Istanbul Canal`, `Upper Egypt`, `Chad Smith`, `Sony
    // Australia`); with a head or lead word of places (which may be common words) a place, else see joinedPlaceType.
    const placeAfter = lang === 'en' ? taken.find((s) => s.type === 'place' && s.start > run.at(-1)!.end && onlySpaceBetween(text, run.at(-1)!, s)) : undefined;
    const placeBefore = lang === 'en' ? place : undefined;
    if (placeBefore && PLACE_HEADS.has(run.at(-1)!.lower)) {
      spans.push({ start: placeBefore.start, end: run.at(-1)!.end, canonical: text.slice(placeBefore.start, run.at(-1)!.end), type: 'place' });
      continue;
    }
    // A direction or position before a place names a part of it (`Upper Egypt`, `Northern Algeria`), linked as that
    // place; another lead word a place of its own (`New Mexico`, `Lake Geneva`).
    if (placeAfter && run.length === 1 && PLACE_LEADS.has(run[0].lower)) {
      const canonical = DIRECTION_WORDS.has(run[0].lower) && placeAfter.canonical ? placeAfter.canonical : text.slice(run[0].start, placeAfter.end);
      spans.push({ start: run[0].start, end: placeAfter.end, canonical, type: 'place' });
      continue;
    }
    // A lone word the language's dictionary lists only in lowercase is a common word in headline case or a title
    // (`Government`, `Environment`, `Director`), unless a title or a preposition of place, or the full name earlier, says otherwise.
    // Before a place, such a word is an attribute of it (`in Modern China`): the preposition is the place's.
    if (run.length === 1 && !isAcronym(run[0].text) && !evidence.surnames.has(run[0].lower) && isCommonWord(run[0].lower, lang)
      && (placeAfter || !strongNameContext(tokens[k - 1], text, run[0], lang)) && !bareSubject(tokens[k - 1], run[0], tokens[k + 1], text, lang)
      && !(lang === 'en' && ownArticleBefore(tokens, k, text))) continue;
    // A run of such words with no head or lead word of a name is a title or a phrase in headline case (`Premium Bonds`, `Salmon Fishing`).
    // After a first word it lists in lowercase only, words the dictionary lists both ways count too (`Wooden Angel`,
    // `Garden Bell`): a name's words are often common words as well, but its first is seldom a common word alone (`Mark Lay`,
    // `Roman Empire`, `Grace Bell`: given names and proper adjectives).
    // A word the dictionary lists as a name, whatever stem it may share with a common word, is none (`James`, not `jam`).
    if (run.length > 1 && isCommonWord(run[0].lower, lang) && run.every((t) => !t.capitalised || (!isListedName(t.lower) && (isCommonWord(t.lower, lang) || isListedBothWays(t.lower, lang))))
      // A particle first is a surname's (`Bin Laden`, `De Gaulle`).
      && !PARTICLES.has(run[0].lower) && !run.some((t, i) => isOrgHeadAt(run, i) || PLACE_HEADS.has(t.lower) || ORG_LEADS.has(t.lower) || PLACE_LEADS.has(t.lower))) continue;
    // A Roman numeral after an acronym numbers a war, an edition or a game (`WW II`, `GTA IV`), not a monarch, whose
    // regnal number follows a name (`Henry VIII`): none of the three kinds.
    if (run.length === 2 && isAcronym(run[0].text) && ROMAN_NUMERAL.test(run[1].text)) continue;
    // English: after `a` or `an`, words the dictionary lists in lowercase (alone or as well as capitalised) are a common noun
    // phrase in title case (`a Nice Day`), and one such word alone that it inflects in the plural a member of a kind
    // (`from a Viking`): a name takes no indefinite article, unless it is a name's head word (`a Labour Party member`)
    // or a given name cited as any person's (`not a Jane Doe`: the dictionary gives `Jane` no plural).
    if (lang === 'en' && afterIndefiniteArticle(tokens[k - run.length], text, run[0]) && run.every((t) => !t.capitalised || (!isListedName(t.lower) && (isCommonWord(t.lower, lang) || isListedBothWays(t.lower, lang))))
      && (run.length > 1 || isCommonWord(run[0].lower, lang) || (commonWordsOf('en-plural-names')?.has(run[0].lower) ?? false))
      && !run.some((t, i) => isOrgHeadAt(run, i) || PLACE_HEADS.has(t.lower) || ORG_LEADS.has(t.lower) || PLACE_LEADS.has(t.lower))) continue;
    // A direction alone is no name (`Northern` before the table's `Algeria`, `the West`).
    if (run.length === 1 && (run[0].text.length < 2 || (DIRECTION_WORDS.has(run[0].lower) && !placeAfter))) continue;
    // A sentence's first word alone, which no capital of the same word mid-sentence vouches for, and whether the
    // dictionary lists it only as a name (listedNameFirst).
    const unvouchedFirstWord = run.length === 1 && run[0].sentenceStart && !evidence.capitalisedMidSentence.has(run[0].lower);
    const listedFirstWord = unvouchedFirstWord && listedNameFirst(run[0], tokens[k + 1], lang);
    // A sentence's first word was taken only as the start of a two-word name (startsTwoWordName): alone it is none
    // (`Şirket` before the table's `Almanya`).
    if (unvouchedFirstWord && !isAcronym(run[0].text) && !foreignSubject(run[0], tokens[k + 1], text, lang) && !listedFirstWord) continue;
    // Romance languages put the titles of works in guillemets (`«O Corvo Branco»`, `«Maja Desnuda»`): a name that is the
    // whole of a title-like quotation names a work, unless it names a publication by its head word (`«New York Times»`).
    if (GUILLEMET_TITLE_LANGS.has(lang) && !run.some((t) => ORG_HEADS.has(t.lower)) && insideQuotedTitle(text, run[0].start, run.at(-1)!.end, stop)) continue;
    // Events, agreements, periods and awards are names of none of the three kinds (`Kigali Amendment`, `Idade Média`).
    // Romance names put an ordinal or adjective before the head (`Primeira Guerra Mundial`): any word of the run counts.
    if (run.some((t) => EVENT_HEADS.has(t.lower))) continue;
    // Codes with digits (`E17`, `EB3326`) are identifiers; nationality words (`Egyptian`, `Chinese`, `Iraqis`) name no one.
    if (run.length === 1 && isLoneNonName(run[0].text, lang) && !isNameEndingLikeLowercaseDemonym(run[0], lang)) continue;
    // English: two capitals the dictionary lists as an abbreviation that owns nothing are a state, a unit or a term
    // (`CA`, `HR`, `PR`; see scripts/build-common-words.mjs), unless the territory table knows them as a country's code (`US`).
    if (lang === 'en' && run.length === 1 && isEnglishAbbreviation(run[0].text) && !territoryOfCode(run[0].text)) continue;
    // English: the plural of a word for a kind of person mid-sentence, with no article or preposition before it
    // (`welcome Hindus or Sikhs to`, `many Christians`), names a group of people; `the Democrats` and `in Athens`
    // stay names, and so does a sentence's first word taken on the evidence above (`Jacques and his brother`), and a plural
    // the article writes after `the` elsewhere (`Sixers won` beside `the Sixers`: a team).
    if (lang === 'en' && run.length === 1 && !run[0].sentenceStart && isEnglishPluralOfKind(run[0].lower) && !afterDeterminerOrPlace(tokens[k - 1], text, run[0], lang)
      && !evidence.definitePlurals?.has(run[0].lower)) continue;
    // So is the same word wherever the article writes it (`UK Sikh groups` beside `Sikhs`), alone or with other such words.
    if (lang === 'en' && run.some((t) => isKindInArticle(t.lower, evidence)) && run.every((t) => isKindInArticle(t.lower, evidence) || isKindOfPeople(t.text, lang))) continue;
    // An English run that ends in a nationality or language word is an adjective phrase (`North Korean`, `Medieval
    // Spanish`); Romance names put the adjective last (`Partido Republicano`).
    // So does one that ends in an adjective of direction (`Middle Eastern`, `Far Western`).
    if (lang === 'en' && run.length > 1 && (isDemonym(run.at(-1)!.text, lang) || run.every((t) => isKindOfPeople(t.text, lang)) || /ern$/u.test(run.at(-1)!.lower) && DIRECTION_WORDS.has(run.at(-1)!.lower))) continue;
    // English contractions (`I’m`, `We’ll`) are capitalised at a sentence's start, never names.
    if (lang === 'en' && /['’](?:m|re|ll|ve|d)$|n['’]t$/u.test(run[0].text)) continue;
    // A name joined by a hyphen to a lowercase noun is a compound common noun in these languages (`FN-rapport`, `Velo-konton`).
    if (run.length === 1 && SCANDINAVIAN.has(lang) && HYPHEN_LOWERCASE.test(run[0].text)) continue;
    // Russian capitalises only the first word of a many-word name (`Карибское море`, `Верховного суда`): a capitalised
    // adjective, lowercase adjectives, and a noun that heads names of places or organisations are one name.
    let russianHead: EntityType | null = null;
    if (run.length === 1 && lang === 'ru' && isRussianAdjectiveBeforeNoun(run[0].lower)) {
      let j = k + 1;
      while (j < tokens.length && !tokens[j].capitalised && isRussianAdjectiveBeforeNoun(tokens[j].lower) && onlySpaceBetween(text, tokens[j - 1], tokens[j])) j++;
      const noun = tokens[j];
      const head = noun && !noun.capitalised && onlySpaceBetween(text, tokens[j - 1], noun) ? RUSSIAN_NAME_HEADS.get(russianStem(noun.lower)) : undefined;
      if (head === 'event') { k = j; continue; }
      if (head) { run = tokens.slice(k, j + 1); k = j; russianHead = head; }
    }
    // A lone Russian adjective (`Искусственный`, `Парижского`) starts a common noun phrase, not a name.
    if (run.length === 1 && lang === 'ru' && isRussianAdjective(run[0].lower)) continue;
    // A head noun alone (`Council`, `Комиссии`, `Tribunal`) is the part of a name the rules above did not take, or a common noun.
    if (run.length === 1 && !NATIONAL_BODIES.has(lang === 'ru' ? russianStem(run[0].lower) : run[0].lower)
      && (ORG_HEADS.has(run[0].lower) || (lang === 'ru' && RUSSIAN_ORG_STEMS.has(russianStem(run[0].lower))))) continue;
    const joined = placeBefore ?? placeAfter;
    if (joined && CAPITAL_THEN_LOWERCASE.test(text.slice(joined.start, joined.end)) && !run.some((t) => isAcronym(t.text))) {
      const [start, end] = joined === placeBefore ? [joined.start, run.at(-1)!.end] : [run[0].start, joined.end];
      const type = ORG_HEADS.has(run.at(-1)!.lower) || ORG_LEADS.has(run[0].lower) ? 'org' : null;
      spans.push({ start, end, canonical: canonicalOf(text.slice(start, end), run, undefined, text, lang), type: type ?? DEFAULT_TYPE, ...(type ? {} : { guessed: true }) });
      continue;
    }
    const before = tokens[k - run.length];
    const territory = run.length === 1 ? territoryOfCode(run[0].text) : undefined;
    const canonical = territory ?? canonicalOf(text.slice(run[0].start, run.at(-1)!.end), run, before, text, lang);
    // A sentence's first word taken only as a dictionary name has no context of its own that types it (`Boston's mayor`):
    // the article's other mentions of it do (guessed).
    const evidenced = territory ? 'place' : russianHead ?? (!listedFirstWord ? typeOf(run, canonical, before, tokens[k - run.length - 1], tokens[k + 1], text, lang, evidence) : null);
    const type = evidenced ?? DEFAULT_TYPE;
    if (type === 'person' && run.length >= 2) evidence.surnames.add(run.at(-1)!.lower);
    // German writes a regnal number as an ordinal, with its dot (`Heinrich VIII.`).
    const spanEnd = run.at(-1)!.end + (CAPITALISES_NOUNS.has(lang) && ROMAN_NUMERAL.test(run.at(-1)!.text) && text[run.at(-1)!.end] === '.' ? 1 : 0);
    spans.push({ start: run[0].start, end: spanEnd, canonical, type, ...(evidenced ? {} : { guessed: true }) });
  }
  return lang === 'en' ? spans.map((span) => withOwnArticle(span, tokens, text)) : spans;
}
