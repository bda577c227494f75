// The subject of a claim: the entity mention a quantity is about, in its sentence (a genitive after the attribute word,
// the nearest name before, a name the quantity modifies), or one a company or topic word points back to.
import type { EntityMention } from '../../types.ts';
import type { Hit } from './attributes.ts';
import { inAdverbialCase } from './name-affixes.ts';
import { TIME_UNITS } from './candidates.ts';
import { firstNotBefore } from '../sorted.ts';
import { stopwordsOf } from '../language/words.ts';
import { attributeHits } from './attributes.ts';
import { canonicalMeasure, loadMeasureTable } from './measures.ts';

/** Characters between an attribute word and a following entity that still read as a genitive (`Einnahmen von OpenAI`). */
const MAX_GENITIVE_GAP = 30;
/** Paragraphs back that a company word (`the company`, `该公司`, `компания`) may point to. */
export const MAX_COREFERENCE_PARAGRAPHS = 2;
// Entities

/** Words that point back to the organisation last named (`the company`, `该公司`, `同社`, `компания`). */
const COMPANY_WORDS = /(?<![\p{L}])(?:the company|the firm|the startup|the start-up|das Unternehmen|der Konzern|die Firma|das Start-up|la société|l['’]entreprise|la start-up|la empresa|la compañía|la firma|компани[яиюей]|фирм[аы])(?![\p{L}])|该公司|該公司|这家公司|這家公司|同社/iu;
/**
 * Words that point back to the model or project the previous sentence is about (`the team reported that the
 * fine-tuning cost…`). The topic of a sentence is usually named first, before appositions (`Alpaca, a version of
 * Meta's LLaMA`), so these resolve to the first product of the previous sentence.
 */
const TOPIC_WORDS = /(?<![\p{L}])(?:the team|the researchers|the model|das Team|die Forscher|das Modell|l['’]équipe|le modèle|el equipo|el modelo|команда|модель)(?![\p{L}])|该模型|該模型|该团队|該團隊|同モデル|研究チーム/iu;
/** A parameter count written as a modifier of a version (`130億パラメータ版`, `версия с 13 млрд параметров`) describes a variant, not the model. */
export const VERSION_AFTER = /^(?:[\s\p{Pd}]{0,2}|の?[^\s、。，,.!?！？]{0,2})(?:版|版本|バージョン)|^[\s\p{Pd}]{0,2}(?:versions?|Versionen?|versión|версия|variant)(?![\p{L}])/iu;
/** A quantity written as a range (`70亿到650亿`, `7 to 65 billion`): for parameters, a family of model sizes, not one model. */
export const RANGE_TEXT = /[\d〇一二三四五六七八九十百千万萬亿億]\s*(?:[-–—~～〜到至]|bis|to|до|から|à|a)\s*[\d〇一二三四五六七八九十]/u;
/** A size this close below a range's top (its rounding margin) is the top itself: 650亿 against 70亿到650亿. */
export const FAMILY_TOP_SHARE = 0.99;
/** An acronym-like name right after a mention, possessive or German genitive: `Meta's OPT`, `Metas OPT`, `Google的GLM`. */
const OWNED_NAME = /^(?:['’]s)?(?:\s+|的|の)([A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)?)(?![\p{L}\d])/u;
/** Capitals after a company name that are not a product of it. */
const COMMON_ACRONYMS = new Set(['AI', 'API', 'APIs', 'GPU', 'GPUs', 'CPU', 'TPU', 'US', 'USA', 'USD', 'EU', 'UK', 'CEO', 'CTO', 'CFO', 'IPO', 'LLC', 'LP', 'INC', 'IT', 'PR', 'HR', 'KI', 'IA', 'ИИ']);
/** Text between a quantity and a name that makes the quantity a modifier of the model noun (`-Großmodell `, ` model `, `的模型`). */
const COMPOUND_MODEL_GAP = /^[\s\p{Pd}]*(?:[\p{L}]*(?:modell|model|modèle|modelo|модель|模型|モデル)[\p{L}]*)?[\s\p{Pd}の的]*$/iu;
export const VERSION_BEFORE = /(?:version with|version mit|versión con|version avec|версия с|версии с|вариант с)\s*$/iu;
/** Words between an attribute word and its entity that make a genitive (`Einnahmen von OpenAI`, `chiffre d'affaires d'OpenAI`). */
const GENITIVE_TAIL = /(?:^|[\s])(?:of|von|des|der|de|del|de la|du|d['’]|у)\s*$|^\s*d['’]$/iu;

/** Where a paragraph's round brackets are, in text order: what `inAside` looks up. */
export type Brackets = number[];
const ROUND_BRACKET = /[()（）]/gu;

export function bracketsOf(text: string): Brackets {
  return Array.from(text.matchAll(ROUND_BRACKET), (m) => m.index!);
}

/**
 * Whether a mention is in a parenthetical aside that closes before `anchor` (`Metas OPT (im Vergleich zu GPT-3) nur 16
 * GPUs`): the first bracket after the mention closes one, before the anchor. Looked up in the paragraph's brackets by
 * binary search: testing the text between them anew for every number cost n² on a sentence of n numbers (bench:hostile).
 */
function inAside(text: string, brackets: Brackets, m: EntityMention, anchor: number): boolean {
  const at = brackets[firstNotBefore(brackets.length, (i) => brackets[i] < m.end)];
  return at !== undefined && at < anchor && (text[at] === ')' || text[at] === '）');
}

export function pickEntity(text: string, sentence: Hit, quantity: Hit, keyword: Hit | null, mentions: EntityMention[], preferProduct: boolean, brackets: Brackets, lang = '', others: readonly Hit[] = []): EntityMention | null {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && (m.end <= quantity.start || m.start >= quantity.end) && m.type !== 'place' && m.type !== 'person'
    && !isSource(text, sentence, m));
  if (keyword) {
    const following = inSentence.filter((m) => m.start >= keyword.end && m.start - keyword.end <= MAX_GENITIVE_GAP).sort((a, b) => a.start - b.start)[0];
    if (following) {
      const between = text.slice(keyword.end, following.start);
      if (GENITIVE_TAIL.test(between) && !/[,;:，；。]/.test(between)) return following;
    }
  }
  const anchor = Math.min(quantity.start, keyword?.start ?? Infinity);
  // A name inside a parenthesis is an aside (`Metas OPT (im Vergleich zu GPT-3) nur 16 GPUs`), not the subject.
  const aside = (m: EntityMention) => inAside(text, brackets, m, anchor);
  // Not a name that only modifies a noun (`the Tromsø ferry crews`, `two Velo bikes`): see nearestSubject.
  const before = inSentence.filter((m) => m.end <= anchor && !nounAdjunct(text, sentence.start, m, lang) && !inCountedPhrase(text, m, quantity, others, lang) && !inQuantity(m, others)).sort((a, b) => Number(aside(a)) - Number(aside(b)) || b.end - a.end);
  if (preferProduct && !(inSentence.some((m) => m.start >= quantity.end && COMPOUND_MODEL_GAP.test(text.slice(quantity.end, m.start))))) {
    // Models have parameters, companies do not: `Модель PaLM, которую Google представила…, содержит 540 млрд параметров`.
    const product = before.find((m) => m.type === 'product');
    if (product) return product;
  }
  const after = inSentence.filter((m) => m.start >= quantity.end && !toRecipient(text.slice(quantity.end, m.start), lang)).sort((a, b) => a.start - b.start);
  // The quantity modifies the model noun before the name: `540-Milliarden-Parameter-Großmodell PaLM`, `a 13B model, LLaMA`.
  if (after[0] && COMPOUND_MODEL_GAP.test(text.slice(quantity.end, after[0].start))) return after[0];
  if (before[0]) {
    // `Metas OPT … 16 GPUs`: a name the entity table does not know, owned by the mention, is the real subject; better no
    // claim than one about the owner.
    const owned = OWNED_NAME.exec(text.slice(before[0].end, anchor));
    if (owned && !COMMON_ACRONYMS.has(owned[1]) && !inSentence.some((m) => m.start === before[0].end + owned[0].length - owned[1].length)) return null;
    return before[0];
  }
  // Nothing before: the subject may come after the number in the same clause (`540 Milliarden Parameter hat PaLM`).
  if (after[0] && after[0].start - quantity.end <= MAX_GENITIVE_GAP && !/[,;:，；。、]/.test(text.slice(quantity.end, after[0].start))) return after[0];
  return null;
}

/** What a company or topic word in a sentence may point back to, gathered while the sentences are read in order. */
export interface EarlierMentions {
  /** The last organisation named before the sentence: in its paragraph, else in the MAX_COREFERENCE_PARAGRAPHS before. */
  lastOrg: EntityMention | null;
  /** The mentions of the sentence just before, in the same paragraph. */
  previousSentence: EntityMention[];
}

/**
 * The entity a company or topic word in a sentence may point back to, from earlier sentences of the paragraph or the
 * paragraphs just before; else, for a sentence that names no one, the topic of the sentence before it in the paragraph
 * (its first name): a paragraph keeps its topic until it names another, and the sentences that continue it refer to it
 * by a pronoun or, in Chinese and Japanese, by nothing at all (`It has 1,800 agents`, `历经3年准备`).
 */
/** A Japanese or Korean sentence whose number follows a topic- or subject-marked phrase of its own (`最も小さいモデルは…`). */
const OWN_TOPIC: Readonly<Record<string, RegExp>> = { ja: /[はが]/u, ko: /(?:은|는|이|가)(?=\s)/u };

/** Whether a sentence that names no one leaves its subject unsaid: it has no topic- or subject-marked phrase of its own before the number. */
export function continuesTopic(textBeforeNumber: string, lang: string): boolean {
  return !OWN_TOPIC[lang]?.test(textBeforeNumber);
}

export function resolveReference(sentenceText: string, earlier: EarlierMentions, namesNoOne = false, text = ''): EntityMention | null {
  if (COMPANY_WORDS.test(sentenceText)) return earlier.lastOrg;
  if (TOPIC_WORDS.test(sentenceText)) {
    return earlier.previousSentence.find((m) => m.type === 'product') ?? earlier.previousSentence.find((m) => m.type === 'org') ?? null;
  }
  // Its first name, the sentence's topic; when that one only tells (`远景咨询分析，…`), the sentence goes on with what was
  // told, not with a name told of in passing (`在越南销售的`).
  const topic = namesNoOne ? earlier.previousSentence[0] : undefined;
  return topic && !isTeller(text, topic) ? topic : null;
}

/**
 * Whether a name of the sentence before is who tells, not what is told about: the named source (`laut Destatis`,
 * `according to Reuters`) or the subject of a verb of saying or analysing (`远景咨询分析，…`, `Nordstat said …`). The
 * sentence that follows without a name goes on with what was told (`平板电脑将…达到近3亿台`), not with its teller.
 */
function isTeller(text: string, m: EntityMention): boolean {
  if (!text) return false;
  return isSource(text, { start: Math.max(0, m.start - MAX_SOURCE_LEAD), end: m.end }, m) || SPEECH_VERB_AFTER_NAME.test(text.slice(m.end, m.end + MAX_SPEECH_VERB_LEAD));
}
/** Characters before a name searched for a source's preposition (`nach Angaben des`, `according to the`). */
const MAX_SOURCE_LEAD = 24;
/** Characters after a name within which its verb of saying stands (an adverb or a title between: `远景咨询分析`, `Nordstat said`, `李文同时说`). */
const MAX_SPEECH_VERB_LEAD = 16;
/**
 * Verbs of saying, telling, estimating and analysing in the past or present, third person, per script: the common
 * reporting verbs of news (a closed class) that follow their subject within a word or two.
 */
const SPEECH_VERBS = 'said|says|told|added|explained|noted|stated|estimated|estimates|reported|reports|sagte|sagt|sagten|erklärte|erklärt|betonte|schätzt|schätzte|berichtete|berichtet|'
  + 'a déclaré|a dit|a indiqué|a expliqué|a estimé|estime|explique|indique|dijo|afirmó|explicó|señaló|indicó|aseguró|estima|disse|afirmou|explicou|ha detto|ha spiegato|'
  + 'ha affermato|stima|сказал|сказала|заявил|заявила|сообщил|сообщила|powiedział|powiedziała|stwierdził|stwierdziła|poinformował|poinformowała';
const SPEECH_VERB_AFTER_NAME = new RegExp(String.raw`^(?:\s*,[^,]{0,40},)?(?:\s+\p{Ll}+)?\s+(?:${SPEECH_VERBS})(?![\p{L}])|^[^，。,.!?！？\s]{0,6}?(?:表示|称|說|说|指出|透露|分析|认为|認為|告诉|告訴|介绍|介紹|预计|預計|估计|估計)`, 'u');

/** A reported clause: a verb of saying (SPEECH_VERBS, and the Chinese ones) and the punctuation that opens what is said. */
const REPORTED_CLAUSE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${SPEECH_VERBS})\s*[,:]|(?:表示|称|說|说|指出|透露|分析|认为|認為|告诉记者|告訴記者|介绍|介紹)\s*[，,：:])\s*["“„«「]?`, 'u');

/**
 * Whether a person named before a number only says it: a verb of saying and the punctuation that opens what is said
 * stand between them (`李文对雨季很担心，他还说，水库40%的容量…`, `Ms Roth said: "300 jobs will go"`). What is said
 * has a subject of its own; the speaker is not what the figure is about. Only a person: a company that speaks of
 * itself is usually what it speaks about (`Acme erklärte, 300 Stellen würden gestrichen`).
 */
function speaksTheNumber(m: EntityMention, reportedAt: number): boolean {
  return m.type === 'person' && reportedAt >= m.end;
}
/**
 * Where the reported clause a number stands in opens (its verb of saying), or -1: read once per number in the stretch
 * just before it, so that each name of the sentence is tested by its position only (a sentence may hold thousands).
 */
function reportedClauseStart(text: string, sentence: Hit, quantity: Hit): number {
  const from = Math.max(sentence.start, quantity.start - MAX_REPORTED_LEAD);
  const at = text.slice(from, quantity.start).search(REPORTED_CLAUSE);
  return at < 0 ? -1 : from + at;
}
/** Characters before a number within which the verb of saying that opens its reported clause stands (`其还说，水库`). */
const MAX_REPORTED_LEAD = 64;

/** Characters after a name that a longer name of the article starting with it may run on (`周明` → `周明远`, `Kim Jong` → `Kim Jong Il`). */
const MAX_NAME_RUN_ON = 12;
/** Each article's mentions by their text (built once per article, when a claim's subject first asks). */
const MENTIONS_BY_TEXT = new WeakMap<readonly EntityMention[], Map<string, EntityMention>>();

/**
 * The name a subject mention is the start of, when the entity stage cut it short at this place and found it whole
 * elsewhere in the article (`周明` where the text reads `周明远` and `周明远` is a mention of the page): the longest
 * mention of the article that the text at this position reads. A name the alias table links (`北京` → Beijing) is a
 * whole name already: it stays.
 */
export function fullName(text: string, m: EntityMention, article: readonly EntityMention[]): EntityMention {
  if (m.canonical !== m.text || article.length === 0) return m;
  let byText = MENTIONS_BY_TEXT.get(article);
  if (!byText) {
    byText = new Map();
    for (const other of article) if (!byText.has(other.text)) byText.set(other.text, other);
    MENTIONS_BY_TEXT.set(article, byText);
  }
  for (let end = Math.min(text.length, m.end + MAX_NAME_RUN_ON); end > m.end; end--) {
    const longer = byText.get(text.slice(m.start, end));
    // Not a mere dot or bracket run on (`Rem.`), nor where the text goes on with the same word (`Kim Jongs` is no mention `Kim Jong` run on).
    if (longer && /[\p{L}\p{N}]/u.test(longer.text.slice(m.text.length)) && !(/[\p{L}\d]/u.test(text[end] ?? '') && /[\p{L}\d]/u.test(text[end - 1]) && !/\p{Script=Han}/u.test(text[end]))) {
      return { ...m, text: longer.text, canonical: longer.canonical, type: longer.type, end: m.start + longer.text.length };
    }
  }
  return m;
}


/** Characters from a name to a number in brackets after it. */
const MAX_BRACKET_LEAD = 20;
/** From a name to a number in brackets right after it: the bracket and a few words (`(rund `, `（约`). */
const NAME_THEN_BRACKET = /^\s*[(（][^()（）\d]{0,16}$/u;
/** Characters after a quantity within which a name that follows it in the same clause may be its subject. */
const MAX_SUBJECT_AFTER = 40;
/** Punctuation that ends a clause: a subject is not looked for across it after the number. */
const CLAUSE_BREAK = /[,;:，；。、!?！？]/u;

/**
 * Languages whose clauses run subject, object, verb (Japanese, Korean, Turkish, Hindi): a name after a number is an
 * object or a complement (`3만을 넘었고 부산의 남쪽에`), unless it heads the clause the number's relative clause
 * modifies, which its case shows: the Japanese topic or subject particle (`…に建てられた札幌の図書館は`), the Korean one
 * (`…지은 부산 도서관은`), within the noun phrase the name starts; in Turkish the bare nominative, where any other case is
 * written after an apostrophe on a name (`Delhi'de`, `AB'den`). Hindi marks too little on the name to tell.
 */
/**
 * The Japanese and Korean topic or subject particle closing the noun phrase a name starts (`東京の会社は`, `서울 지하철은`):
 * of the names before a number, the one so marked is the subject, not a place named in passing nearer to it
 * (`東京の会社は大阪で300人を雇った`).
 */
const TOPIC_MARKED: Readonly<Record<string, RegExp>> = {
  ja: /^(?:の?[^、。，,\s「」]{0,8}?)?[はが]/u,
  ko: /^[^\s,.]*(?:\s[^\s,.]+)?(?:은|는|이|가)(?=[\s,.]|$)/u,
};
/**
 * A preposition between the number and a name after it puts the name in a prepositional phrase: an adjunct of place,
 * time, source or agent (`signed after Easter`, `built with Harlow's partner`, `avec la sœur de Jeanne
 * Morel`, `ships in Valletta`), never the subject of the clause. Per language, its grammar's closed class of common
 * prepositions, contractions with the article (`im`, `au`, `nella`, `all'`) included; Chinese coverbs take their place
 * (`在北京`, `被谷歌`). Left out: the genitive ones (`of`, `von`, `de`, `di`), whose object owns the counted thing
 * (`1,200 employees of Siemens`).
 */
const PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(Object.entries({
  en: 'in on at by from to with for before after into onto over under between among during since until near against through throughout across within without than via like about around along amid beyond behind below above beside toward towards inside outside upon per',
  de: 'in im ins am an ans auf aus bei beim mit nach seit zu zum zur für gegen ohne um über unter vor zwischen durch hinter neben gegenüber',
  fr: 'à au aux en dans par pour sur sous avec sans chez entre vers contre depuis pendant après avant auprès parmi durant dès',
  es: 'a al en desde por para con sin sobre entre hacia hasta contra tras ante',
  pt: 'a ao à em no na nos nas por pelo pela para com sem sobre entre até desde contra',
  it: 'a al allo alla ai agli alle all in nel nello nella nei negli nelle nell da dal dallo dalla dai dagli dalle dall su sul sulla sui sull per con tra fra',
  ru: 'в во на с со из от до у к ко по о об при за под над для без между через после перед',
  pl: 'w we na z ze od do u przy o po za pod nad dla bez między przez przed',
  ar: 'في من إلى على عن مع بين حتى منذ بعد قبل',
}).map(([lang, list]) => [lang, new Set(list.split(' '))]));
const CHINESE_COVERB = /[在从從到对對向于於被由与與跟比]/u;

/** Articles that may stand between a preposition and the name it governs (`in the Netherlands`, `in den Niederlanden`, `en la India`). */
const ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(Object.entries({
  en: 'the', de: 'der die das den dem des', fr: 'le la les l', es: 'el la los las', pt: 'o a os as', it: 'il lo la i gli le l',
}).map(([lang, list]) => [lang, new Set(list.split(' '))]));

/**
 * Whether a name before a number stands in a prepositional phrase of place (`in Südkorea`, `en la India`, `在韩国`):
 * an adjunct of the clause, whose subject is a name before it (`Samsung hat in Südkorea 2 Millionen Geräte verkauft`).
 */
function afterPreposition(text: string, sentenceStart: number, m: EntityMention, lang: string): boolean {
  const before = text.slice(Math.max(sentenceStart, m.start - 24), m.start);
  if (lang === 'zh') return CHINESE_COVERB.test(before.trimEnd().slice(-1));
  const prepositions = PREPOSITIONS[lang];
  if (!prepositions) return false;
  // The word or two right before the name (`in `, `in den `, `dans l'`), nothing else between.
  const words = /(?:(\p{L}+)\s+)?(\p{L}+)(?:\s+|['’])$/u.exec(before.toLowerCase());
  if (!words) return false;
  const [, previous, last] = words;
  return prepositions.has(last) || (!!ARTICLES[lang]?.has(last) && previous !== undefined && prepositions.has(previous));
}

/**
 * Whether an English name before a number only modifies the noun after it inside a prepositional phrase that does not
 * open the sentence (`bread baked from Kansas wheat`, `the staff at Acme branches`): English puts a noun adjunct before
 * its head, so the phrase is about the common noun, and a phrase inside a noun phrase is no subject of the clause. A
 * name the phrase ends on (`a depot in Sliema, north of Valletta`) or a fronted one (`In Bergen, 14 libraries`) stays.
 */
function modifierInPhrase(text: string, sentenceStart: number, m: EntityMention, lang: string): boolean {
  if (lang !== 'en' || !afterPreposition(text, sentenceStart, m, lang)) return false;
  const head = /^ ([a-z]+)(?![\p{L}\d'’-])/u.exec(text.slice(m.end, m.end + 32))?.[1];
  if (!head || FUNCTION_WORDS_EN.has(head) || PREPOSITIONS.en.has(head) || /ed$/u.test(head)) return false;
  // Not the sentence's opening phrase: the preposition governing the name is not the sentence's first word (a test
  // anchored at both ends, so that it fails at once on a long sentence).
  return !/^[\s"'“„«(]*\p{L}+\s+(?:the\s+)?$/iu.test(text.slice(sentenceStart, m.start));
}
/**
 * Whether an English name before a number only modifies the common noun after it inside a noun phrase a determiner
 * opens (`the Tromsø ferry crews rescued 12 sailors`): the phrase is about the noun, and its name is no subject of the number.
 * Only a place's or an organisation's name: a person's is no modifier there, and a product's names the thing itself
 * (`its Orca model has 7 billion parameters`). A head ending in -s may be the verb (`the Netherlands exports`), so it stays.
 */
function nounAdjunct(text: string, sentenceStart: number, m: EntityMention, lang: string): boolean {
  // A plural name takes a plural verb in its base form (`the Tridents prepare`): a team's, a band's.
  if (lang !== 'en' || (m.type !== 'place' && m.type !== 'org') || (m.type === 'org' && /s$/u.test(m.text))) return false;
  const head = /^ ([a-z]+)(?![\p{L}\d'’-])/u.exec(text.slice(m.end, m.end + 32))?.[1];
  if (!head || FUNCTION_WORDS_EN.has(head) || PREPOSITIONS.en.has(head) || /(?:ed|s)$/u.test(head)) return false;
  return /(?<![\p{L}])(?:the|a|an|this|that|its|their|his|her|our)\s+$/iu.test(text.slice(Math.max(sentenceStart, m.start - 8), m.start));
}

/**
 * Whether a place only modifies the head noun of the subject its clause opens with, in a prepositional or genitive phrase
 * (`les équipages de Tromsø ont secouru 12 marins`, `załogi z Bergen uratowały 12 marynarzy`): the counterpart of the English
 * noun adjunct (`the Tromsø ferry crews`, nounAdjunct), so that the same sentence gets the same subject, none, in every
 * language. Only before a bare count (isCount), and not when the head is an attribute the place has (`la
 * population de Nantes a baissé à 310 000`, `die Einwohnerzahl von Lyon`): there the place is whose figure it is. English writes the modifier before its head, so an English place after one is kept (`the growth in Ontario went
 * to…`, modifierInPhrase).
 */
function placeModifiesSubjectHead(text: string, sentenceStart: number, m: EntityMention, claimUnit: string | null, lang: string): boolean {
  const opening = SUBJECT_HEAD_THEN_PLACE[lang];
  if (!opening || (m.type !== 'place' && m.type !== 'person') || !isCount(claimUnit)) return false;
  const lead = text.slice(Math.max(sentenceStart, m.start - MAX_SUBJECT_HEAD_LEAD), m.start);
  const clause = lead.slice(Math.max(lead.lastIndexOf(',') + 1, lead.lastIndexOf(';') + 1, lead.lastIndexOf(':') + 1));
  // The clause must start within the lead, not before it (a long lead is no subject phrase of a head and a place).
  if (clause.length === lead.length && m.start - sentenceStart > MAX_SUBJECT_HEAD_LEAD) return false;
  const phrase = opening.exec(clause);
  if (!phrase) return false;
  const head = phrase[1];
  // A capitalised head is a name of its own, unless German (every noun, and only nouns: `das größte in Bergen` is an
  // adjective's ellipsis) or the sentence's first word (`Załogi z …`).
  const firstWord = lead.length === m.start - sentenceStart && /^[\s"'“„«(—–-]*$/u.test(lead.slice(0, lead.indexOf(head)));
  if (stopwordsOf(lang).has(head.toLowerCase()) || (lang === 'de' ? !/^\p{Lu}/u.test(head) : /^\p{Lu}/u.test(head) && !firstWord)) return false;
  // A name the entity stage typed a person's is a place behind a preposition of place (`załogi w Bergen`), but may be
  // a person behind the genitive one (`la moglie di Rossi`).
  if (m.type === 'person' && GENITIVE_PREPOSITION.test(phrase[2])) return false;
  // A verb follows the place: the phrase ends there, and the number is in the predicate.
  return /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) && attributeHits(head, 0, lang).length === 0 && canonicalMeasure(head, lang) === null;
}
/**
 * Whether a quantity is a bare count (no unit of its own: its noun says what it counts) or a count of people (the
 * quantity stage reads some nouns of people as units: data/measures.json `_people`), as what a body the subject
 * phrase names acts on is (`los bomberos de Bergen rescataron a cinco personas`). A share, an amount of money, a measure
 * or a duration is mostly a figure of the head itself, and so the place's (`el gobierno de España gastó 3.000 millones
 * de euros`, `le minime a Torino non sono scese sotto i 3,5 gradi`, `der Stromverbrauch in Bayern in 10
 * Jahren`): the place stays.
 */
const isCount = (unit: string | null | undefined): boolean => unit == null || loadMeasureTable().people.has(unit);
/** The genitive prepositions of SUBJECT_HEAD_THEN_PLACE, whose object may be a person (`la moglie di Rossi`). */
const GENITIVE_PREPOSITION = /^(?:de|du|des|d['’]|del|do|da|dos|das|di|della|dello|dei|degli|delle|von|vom|z|ze|из)$/iu;
/** Words before the article of a clause's subject phrase (an adverbial of time: `Last week the police in …`). */
const MAX_WORDS_BEFORE_SUBJECT = 2;
/** Characters before a place read for the subject phrase it modifies: an article, a noun, a preposition and an article. */
const MAX_SUBJECT_HEAD_LEAD = 40;
/**
 * A clause's opening subject phrase up to the place: where the language has articles, a definite one (after an adverbial
 * of a word or two, `Last week the police in`), then the head noun (captured), and one preposition of place or the
 * genitive one (captured) with its article (`la policía de `, `la police à `, `policja w `, `die Polizei in `).
 */
const SUBJECT_HEAD_THEN_PLACE: Readonly<Record<string, RegExp>> = Object.fromEntries(Object.entries({
  de: ['der|die|das', 'in|im|aus|von|vom'],
  fr: ["le|la|les|l['’]", "de|du|des|d['’]|à|au|aux|en|dans"],
  es: ['el|la|los|las', 'de|del|en'],
  pt: ['o|a|os|as', 'de|do|da|dos|das|em|no|na|nos|nas'],
  it: ["il|lo|la|i|gli|le|l['’]", "di|del|della|dello|dei|degli|delle|a|in|nel|nella"],
  pl: ['', 'w|we|z|ze'],
  ru: ['', 'в|во|из'],
}).map(([lang, [articles, prepositions]]) => [lang, new RegExp(
  `^[\\s"'“„«(—–-]*${articles ? `(?:\\p{L}+\\s+){0,${MAX_WORDS_BEFORE_SUBJECT}}?(?:${articles})(?:\\s+|(?<=['’]))` : ''}(\\p{L}+)\\s+(${prepositions})(?:\\s+|(?<=['’]))${articles ? `(?:(?:${articles})(?:\\s+|(?<=['’])))?` : ''}$`, 'iu')]));

/**
 * Whether a name stands inside the counted phrase of another number before it: right after the number or after its
 * noun and a preposition (`rent two Velo bikes for 9 euros`, `zwei Räder bei Velo mieten und 9 Euro zahlen`,
 * `dos bicicletas de Velo`). The phrase is an object of its clause, so the name is no subject of a later number.
 */
function inCountedPhrase(text: string, m: EntityMention, quantity: Hit, others: readonly Hit[], lang: string): boolean {
  // Postpositional languages have no prepositions here: a name right after the number still opens its phrase (`iki Velo bisikleti`).
  const prepositions = PREPOSITIONS[lang] ?? NO_WORDS;
  // The quantity stage reads digits; a spelled number right before the name opens the phrase as well (`two Velo
  // bikes`, `iki Velo bisikleti`).
  if (NUMBER_WORD_BEFORE[lang]?.test(text.slice(Math.max(0, m.start - 16), m.start))) return true;
  // Japanese and Korean join a number and its counter to the counted phrase by the genitive particle (`2台のVelo自転車`,
  // `2대의 벨로 자전거`): a name right after it, before the counted noun, modifies that noun, as in `two Velo bikes`.
  if (afterCounterParticle(text, m, quantity, lang)) return true;
  // The quantities of the sentence, and digits the quantity stage left out as no claim of their own (`2 Räder`).
  const from = Math.max(0, m.start - MAX_COUNTED_PHRASE);
  const digits = LAST_DIGITS.exec(text.slice(from, m.start));
  const unread = digits && !others.some((o) => o.start <= from + digits.index && from + digits.index < o.end)
    && !RANK_BEFORE.test(text.slice(Math.max(0, from + digits.index - 4), from + digits.index));
  // Only the quantities ending within reach before the name (they run in text order): a sentence may hold a hundred.
  const near = others.slice(firstNotBefore(others.length, (i) => others[i].end < from), firstNotBefore(others.length, (i) => others[i].end <= m.start));
  const numbers = unread ? [...near, { start: from + digits.index, end: from + digits.index + digits[0].length }] : near;
  const stop = stopwordsOf(lang);
  return numbers.some((o) => {
    if (o.start === quantity.start || o.end > m.start || m.start - o.end > MAX_COUNTED_PHRASE) return false;
    const gap = text.slice(o.end, m.start);
    if (!/^\s/u.test(gap) || YEAR.test(text.slice(o.start, o.end).trim())) return false;
    // Not across the end of a sentence: a number the sentence before ends with opens no phrase of this one (`… 25,4 dolara. W Czechach …`).
    if (SENTENCE_END_IN.test(gap)) return false;
    const words = gap.replace(/["'«„“]$/u, '').trim().toLowerCase().split(/\s+/u).filter(Boolean);
    // Nothing between, and the counted noun after the name (`two Velo bikes`; not a score, `2-0 Ana Ruiz desde`);
    // or the counted noun (unless the number ends on it), a preposition and at most an article (not a conjunction
    // that starts another phrase, `2,6 und in Deutschland`).
    if (words.length === 0) return COUNTED_NOUN_AFTER.test(text.slice(m.end, m.end + 24)) && !stop.has(COUNTED_NOUN_AFTER.exec(text.slice(m.end, m.end + 24))![1]);
    const at = words.findIndex((w) => prepositions.has(w));
    return (at >= 0 && at <= 1 && words.length - at <= 2 && (at === 0 || !stop.has(words[0])) && words.slice(at + 1).every((w) => SHORT_WORD.test(w)))
      // The counted noun and its modifier before the name (`due bici elettriche Velo`, `dos bicicletas eléctricas Velo`).
      || (words.length <= 2 && NAME_AFTER_NOUN.has(lang) && words.every((w) => /^\p{Ll}/u.test(w) && !stop.has(w)));
  });
}
/** A full stop, question or exclamation mark followed by a space: the end of a sentence. */
const SENTENCE_END_IN = /[.!?。！？](?:\s|$)/u;
/** A lowercase word right after a name: the noun it modifies. */
const COUNTED_NOUN_AFTER = /^\s+(\p{Ll}+)/u;
/** Characters from a number to a name inside its counted phrase: a noun and a preposition with its article. */
const MAX_COUNTED_PHRASE = 32;
/**
 * Languages that write a name modifying a noun right after it (`duas bicicletas Velo`, `due bici Velo`); elsewhere a
 * single word between a number and a name may be the verb (`seit 8 Jahren leitet Acme`).
 */
const NAME_AFTER_NOUN: ReadonlySet<string> = new Set(['pt', 'es', 'fr', 'it']);
/**
 * Whether a mention overlaps a quantity of the sentence: a capitalised currency or unit name the quantity stage read as
 * the quantity's unit (`10.000 Sterlin`, `7 milhões de Euros`), which the names rules took for a name.
 */
function inQuantity(m: EntityMention, quantities: readonly Hit[]): boolean {
  // The sentence's quantities run in text order without overlap: the first that ends after the mention starts is the only candidate.
  const q = quantities[firstNotBefore(quantities.length, (i) => quantities[i].end <= m.start)];
  return q !== undefined && q.start < m.end;
}
const NO_WORDS: ReadonlySet<string> = new Set();
/** The last run of digits in a text. */
const LAST_DIGITS = /\d(?:[\d.,]*\d)?(?=\D*$)/u;
/** An article after the preposition (`bei der`, `en la`): a short word. */
const SHORT_WORD = /^\p{L}{1,3}$/u;
/**
 * A cardinal from two to twelve written in words right before a name (`two Velo bikes`, `zwei Velo-Räder`, `iki
 * Velo bisikleti`), per language: the numbers news spells out (and English `dozens`, `hundreds`, `thousands`).
 */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  en: 'two three four five six seven eight nine ten eleven twelve dozens hundreds thousands',
  de: 'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf',
  fr: 'deux trois quatre cinq six sept huit neuf dix onze douze',
  es: 'dos tres cuatro cinco seis siete ocho nueve diez once doce',
  pt: 'dois duas três quatro cinco seis sete oito nove dez onze doze',
  it: 'due tre quattro cinque sei sette otto nove dieci undici dodici',
  pl: 'dwa dwie dwóch trzy trzech cztery czterech pięć sześć siedem osiem dziewięć dziesięć',
  ru: 'два две три четыре пять шесть семь восемь девять десять',
  tr: 'iki üç dört beş altı yedi sekiz dokuz on',
};
const NUMBER_WORD_BEFORE: Readonly<Record<string, RegExp>> = Object.fromEntries(Object.entries(NUMBER_WORDS)
  .map(([lang, list]) => [lang, new RegExp(`(?<![\\p{L}])(?:${list.split(' ').join('|')})\\s+$`, 'iu')]));
/** A number in digits or words (NUMBER_WORDS) and a word after it, right after a name: the counted phrase that follows the name. */
const COUNTED_PHRASE_AFTER: Readonly<Record<string, RegExp>> = Object.fromEntries(Object.entries(NUMBER_WORDS)
  .map(([lang, list]) => [lang, new RegExp(`^\\s+(?:\\d[\\d.,]*|(?:${list.split(' ').join('|')})(?![\\p{L}]))\\s+\\p{L}`, 'iu')]));

/**
 * Whether a name behind a preposition inside a clause introduces the counted phrase of another number right after it
 * (`może wypożyczyć w Velo dwa rowery za 9 euro`, `can rent at Velo two bikes`): the phrase of where the counted
 * things are, an adjunct of that number's verb, as the name inside a counted phrase is (`two Velo bikes`); no
 * subject of a later number. Not a phrase that opens the sentence (`In Bergen 14 libraries lent 3,000 books`).
 */
function beforeCountedPhrase(text: string, sentenceStart: number, m: EntityMention, quantity: Hit, others: readonly Hit[], lang: string): boolean {
  // Not a place: a place before a counted phrase frames the clause and what follows of the same things (`gab es in
  // Bayern 40.000 Pendler, davon 60 Prozent`, `in Peru 2,1 Ärzte auf 1.000 Menschen`).
  if (m.type === 'place') return false;
  const counted = COUNTED_PHRASE_AFTER[lang]?.exec(text.slice(m.end, m.end + 32));
  if (!counted || m.end + counted[0].length > quantity.start || !afterPreposition(text, sentenceStart, m, lang)) return false;
  // The number is a quantity of the sentence or a count the quantity stage left out (`3 accounts`), not a year nor a
  // model's number after a code (`in der KS 15 verbaut`).
  const numberAt = m.end + (/^\s+/u.exec(text.slice(m.end))?.[0].length ?? 0);
  if (!others.some((o) => o.start === numberAt) && (YEAR.test(/^\d+/u.exec(text.slice(numberAt))?.[0] ?? '') || /\p{Lu}{2}$/u.test(m.text))) return false;
  // A lowercase word (the verb) before the preposition: the phrase is inside the clause.
  return /(?<![\p{L}])\p{Ll}{2,}\s+\p{L}+\s+(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(sentenceStart, m.start - 40), m.start));
}

/** A number and its counter joined by the genitive particle, right before a name (`4つの`, `六人の`, `4개의 `, `6명의 `). */
const COUNTER_PARTICLE_BEFORE: Readonly<Record<string, RegExp>> = {
  ja: /(?:[\d０-９]|[一二三四五六七八九十百千万億])[\d０-９,.，．]*(?:つ|[\p{Script=Han}\p{Script=Katakana}ー]{1,2})?の$/u,
  ko: /\d[\d,.]*\s*\p{Script=Hangul}{0,2}의\s+$/u,
};
/** The counted noun right after a name in Japanese (written in kanji or katakana, not a particle) or Korean (a word after a space). */
const COUNTED_NOUN_AFTER_NAME: Readonly<Record<string, RegExp>> = {
  ja: /^[\p{Script=Han}\p{Script=Katakana}ー]/u,
  ko: /^\s+\p{Script=Hangul}/u,
};
/** Characters before a name read for a number, its counter and the particle. */
const MAX_COUNTER_LEAD = 12;

/** Whether a Japanese or Korean name stands between a number's counter and the counted noun (COUNTER_PARTICLE_BEFORE), a number other than `quantity`. */
function afterCounterParticle(text: string, m: EntityMention, quantity: Hit, lang: string): boolean {
  const particle = COUNTER_PARTICLE_BEFORE[lang];
  if (!particle) return false;
  const from = Math.max(0, m.start - MAX_COUNTER_LEAD);
  const lead = particle.exec(text.slice(from, m.start));
  return lead !== null && !(from + lead.index >= quantity.start && from + lead.index < quantity.end) && COUNTED_NOUN_AFTER_NAME[lang].test(text.slice(m.end, m.end + 4));
}
/** A year (`In 2019 Acme…`, `By 1340 Cairo…`), which opens no counted phrase. */
const YEAR = /^(?:1\d|20)\d\d$/u;
/** A rank's sign before its number (`No. 8 in Norway`, `Nr. 5`, `#3`, `n.º 7`): a place in a list counts nothing. */
const RANK_BEFORE = /(?:\b(?:No|Nr|n)\.?|#|[º°№])\s*$/u;

/**
 * English words after a name that do not make it a noun's modifier: conjunctions, articles, auxiliaries and the most
 * frequent irregular past tenses (a regular one ends in -ed), verbs whose subject phrase the name closes (`growth in the
 * U.S. went to…`).
 */
const FUNCTION_WORDS_EN = new Set(('and or but nor the a an is are was were be been has have had will would can could may might must shall should do does did says said '
  + 'went rose fell grew made took came gave got kept left lost won paid sold spent saw began became brought built bought fought held led met ran set stood told thought wrote').split(' '));

/**
 * The postpositional languages' counterpart of a prepositional phrase: the noun phrase a name starts (the name and the
 * word after it) closed by a case particle or ending of place, source, direction or company, not of the subject
 * (`부산 항구와 함께` together with Busan's harbour, `東京で`, `Bergen limanıyla birlikte`). Korean and Japanese
 * particles of those cases; Turkish locative, ablative and instrumental endings on the noun after the name (on the name
 * itself they follow an apostrophe: inAdverbialCase).
 */
const ADJUNCT_POSTPOSITION: Readonly<Record<string, RegExp>> = {
  ko: /^(?:\s\p{Script=Hangul}+?)?(?:과|와|에서|에게|에|으로|부터)(?=[\s,.]|$)/u,
  ja: /^(?:の[\p{Script=Han}\p{Script=Katakana}ー]{1,6}?)?(?:で|から|へ|より|と)(?!\p{Script=Hiragana})/u,
  tr: /^\s\p{Ll}+?(?:y?l[ae]|[dt][ae]n?)(?=[\s,.]|$)/u,
};
const beforeAdjunctPostposition = (text: string, m: EntityMention, lang: string): boolean => ADJUNCT_POSTPOSITION[lang]?.test(text.slice(m.end, m.end + 24)) ?? false;

/**
 * Whether a name before the number stands deep in a fronted adverbial phrase closed by a comma (`After the storm at the
 * Bergen Regatta, the 19-year-old sailed…`, `Tras la tormenta en la Regata de Bergen, el velero de 12 metros`): the
 * phrase's own preposition governs a common noun and the name hangs from a second preposition inside it, so it is no
 * subject of the main clause. Governed directly by the opening preposition, it frames the clause and may be its
 * subject (`In Bergen, 14 libraries`). A name before it in the phrase that is not so deep may be the subject of a fronted
 * clause (`После того как Петров приехал в Омск,`), and so does a clause opener (`Depuis qu'il a été rénové en
 * Suisse,`): then the phrase is not known to be one, and the rule stays out.
 */
function deepInFrontedPhrase(text: string, sentence: Hit, m: EntityMention, quantity: Hit, lang: string, mentions: EntityMention[]): boolean {
  if (lang === 'ja') return inJapaneseEventPhrase(text, sentence, m, quantity);
  const prepositions = PREPOSITIONS[lang];
  if (!prepositions || m.start - sentence.start > MAX_FRONTED_PHRASE) return false;
  const temporal = TEMPORAL_OPENERS[lang];
  // A phrase, not a clause of time (`После того как Петров приехал в Омск,`, `after he left Bergen,`): the event is a noun.
  const opensInTime = (words: string[]) => words.length > 1 && (temporal?.has(words[0]) ?? false) && !TEMPORAL_CLAUSE_WORDS.has(words[1])
    && !CLAUSE_OPENER[lang]?.test(words.slice(1, 3).join(' '));
  const leadWords = (name: EntityMention) => text.slice(sentence.start, name.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  // The comma closing the phrase follows the name within a word or two (`Regatta,`, `Deutschland aber,`): a comma further on
  // may close a clause whose verb came right after the phrase (German `Laut der Kammer fiel der Umsatz in
  // Bayern im Juli um 4 %, …`). German closes a phrase of time with the finite verb itself, no comma (`Nach dem
  // Sturm bei der Bergen-Regatta kenterte die 12-Meter-Jacht`): a lowercase word right after the name.
  const closes = FRONTED_PHRASE_CLOSES.test(text.slice(m.end, quantity.start)) || (lang === 'de' && germanPhraseBeforeVerb(text.slice(sentence.start, m.start), text.slice(m.end, quantity.start)));
  if (!closes) return false;
  const deep = (name: EntityMention) => {
    const lead = text.slice(sentence.start, name.start);
    const words = leadWords(name);
    if (words.length < 3 || /[,，;:]/u.test(lead) || CLAUSE_OPENER[lang]?.test(lead)) return false;
    // A phrase of time names an event (`After the storm at the Bergen Regatta`, `Depois da tempestade na Regata de Bergen`): a name
    // inside it after the event's noun is part of the event, however it hangs from the noun.
    if (opensInTime(words)) return true;
    return prepositions.has(words[0] ?? '') && words.slice(1).some((word) => prepositions.has(word));
  };
  return deep(m) && !mentions.some((other) => other.start >= sentence.start && other.end <= m.start && !deep(other));
}

/**
 * Words that open a fronted phrase of time before or after an event (`After`, `Nach`, `Depois de`, `Tras`, `Dopo`): the
 * first word of the phrase, a preposition or the adverb of a compound one.
 */
const TEMPORAL_OPENERS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(Object.entries({
  en: 'after before following', de: 'nach vor', fr: 'après avant', es: 'tras después antes', pt: 'após depois antes', it: 'dopo prima',
  ru: 'после перед', pl: 'po przed',
}).map(([lang, list]) => [lang, new Set(list.split(' '))]));

/**
 * Whether a German phrase of time before a name runs up to the finite verb right after the name (`Nach dem Sturm bei der
 * Bergen Regatta kenterte …`): its lowercase words are only articles and prepositions (no verb of its own: `Laut der
 * Kammer fiel der Umsatz in Bayern …` has one, so the name stands after the verb, in the main clause).
 */
function germanPhraseBeforeVerb(lead: string, after: string): boolean {
  const words = lead.match(/\p{L}+/gu) ?? [];
  if (words.length < 3 || !TEMPORAL_OPENERS.de?.has((words[0] ?? '').toLowerCase()) || !/^\s+\p{Ll}+\s/u.test(after)) return false;
  const stop = stopwordsOf('de');
  return words.slice(1).every((w) => /^\p{Lu}/u.test(w) || stop.has(w));
}

/** Second words that make a temporal opener a conjunction of a clause (`после того как`, `po tym jak`, `après que`, `nachdem`). */
const TEMPORAL_CLAUSE_WORDS: ReadonlySet<string> = new Set(['того', 'как', 'tym', 'jak', 'que', 'qu', 'dass', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);

/**
 * Japanese: a name that opens the sentence inside a phrase of time about an event, closed by a comma (`ベルゲン・レガッタの
 * 嵐の後、12メートルのヨットは…`): the counterpart of `After the storm at the Bergen Regatta, the 12-metre yacht…`.
 */
function inJapaneseEventPhrase(text: string, sentence: Hit, m: EntityMention, quantity: Hit): boolean {
  if (m.start - sentence.start > MAX_JAPANESE_EVENT_LEAD) return false;
  return JAPANESE_EVENT_PHRASE_END.test(text.slice(m.end, quantity.start));
}
/** Characters before a name at the start of a Japanese sentence (a quotation mark, a conjunction). */
const MAX_JAPANESE_EVENT_LEAD = 4;
/**
 * The rest of a phrase of time, closed by a comma: what follows the name up to a head of time (`後`, `前`, `以降`,
 * `以来`, `の間`, `の際`, `の最中`; after a noun with or without の: `嵐の後`, `閉幕後`) or a verb's te-form with から
 * (`終わってから`), with a particle after it (`後に`, `あとで`, `以降は`). No topic particle は before the head: `X社は3年前、`
 * is the name's own clause.
 */
const JAPANESE_EVENT_PHRASE_END = /^[^、。，,は]{0,16}?(?:後|あと|前|以降|以後|以来|の間|の際|の最中|[てで]から)(?:に|で|は|も|には)?[、，,]/u;

/** Only the preposition of a duration between a name and it (`for`, `durante`, `pendant`, `przez`), per language. */
const DURATION_PREPOSITION: Readonly<Record<string, RegExp>> = {
  en: /^\s+for\s+$/iu,
  de: /^\s+für\s+$/iu,
  fr: /^\s+(?:pendant|durant)\s+$/iu,
  es: /^\s+(?:durante|por)\s+$/iu,
  pt: /^\s+(?:durante|por)\s+$/iu,
  it: /^\s+(?:per|durante)\s+$/iu,
  ru: /^\s+(?:в течение|на)\s+$/iu,
  pl: /^\s+(?:przez|na)\s+$/iu,
};

/** A duration is spent somewhere, not owned by an organisation. */
const isDuration = (quantity: Hit & { unit?: string | null }): boolean => TIME_UNITS.has(quantity.unit ?? '');

/** Characters from a sentence's start within which a fronted phrase ends: it is a phrase, not a clause of its own. */
const MAX_FRONTED_PHRASE = 160;
/** A comma within a word or two after a name. */
const FRONTED_PHRASE_CLOSES = /^[^,，;；:：.!?。！？]{0,16}[,，]/u;

/**
 * Prepositions of direction, per language: a name after the number behind one is where the amount goes, its recipient
 * (`donated 40 dollars to Acme`, `przekazał 38 złotych do Fundacji Velo`, `a versé 2 millions à la Croix Bleue`), not whose it is;
 * unlike `at` or `bei` (`300 engineers at Siemens`), which say where the counted work.
 */
const RECIPIENT_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(Object.entries({
  en: 'to into towards toward', de: 'zu zum zur an ans', fr: 'à au aux vers', es: 'a al hacia', pt: 'a ao aos à às para',
  it: 'a al allo alla ai agli alle verso', ru: 'к ко', pl: 'do dla',
}).map(([lang, list]) => [lang, new Set(list.split(' '))]));

/** Whether a name after the number is behind a preposition of direction (RECIPIENT_PREPOSITIONS), with at most an article between. */
function toRecipient(gap: string, lang: string): boolean {
  const prepositions = RECIPIENT_PREPOSITIONS[lang];
  if (!prepositions) return false;
  const words = gap.toLowerCase().match(/\p{L}+/gu) ?? [];
  const last = words.at(-1);
  const beforeArticle = words.at(-2);
  return (last !== undefined && prepositions.has(last)) || (beforeArticle !== undefined && !!ARTICLES[lang]?.has(last!) && prepositions.has(beforeArticle));
}

/**
 * Whether a person after the counted noun is its maker, behind English `by` right after the noun (`two paintings by
 * Ana Ruiz`, `12 goals by Ruiz`): the counterpart of the genitive the other languages write there (`deux tableaux
 * d'Ana Ruiz`, `zwei Gemälde von Ana Ruiz`), which owns what is counted. Not the agent of a passive verb (`12 people
 * were arrested by Ruiz`): a verb stands between.
 */
function byItsMaker(gap: string, m: EntityMention, quantity: Hit & { unit?: string | null }, lang: string): boolean {
  return lang === 'en' && m.type === 'person' && !isDuration(quantity) && /^\s+(?:\p{Ll}+\s+){1,2}by\s+$/u.test(gap) && !/(?:ed|en)\s+by\s+$/u.test(gap)
    && !/(?<![\p{L}])(?:is|are|was|were|be|been|has|have|had)\s/u.test(gap);
}

/** Whether the text between a number and a name after it holds a preposition of the language. */
function throughPreposition(gap: string, lang: string): boolean {
  if (lang === 'zh') return CHINESE_COVERB.test(gap);
  const prepositions = PREPOSITIONS[lang];
  return !!prepositions && (gap.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => prepositions.has(word));
}

/**
 * Words that open a subordinate clause (complementisers, relative pronouns, conjunctions of reason, time and contrast):
 * a name after one is in another clause than the number (`a week that at least four Oslo bakers`).
 */
const CLAUSE_OPENER: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:that|which|who|whom|whose|where|when|while|because|but|although|whereas)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:dass|weil|wenn|als|ob|aber|obwohl|während|wobei|wo)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:que|qui|où|quand|lorsque|mais|car|parce que|tandis que)(?![\p{L}])|qu['’])/iu, // elided qu' before a vowel
  es: /(?<![\p{L}])(?:que|quien|quienes|donde|cuando|pero|porque|aunque|mientras)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:que|quem|onde|quando|mas|porque|embora|enquanto)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:che|chi|dove|quando|ma|perché|mentre|sebbene)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:что|чтобы|котор\p{L}+|где|когда|но|потому|хотя|пока)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(?:że|żeby|któr\p{L}+|gdzie|kiedy|ale|bo|ponieważ|chociaż|gdy)(?![\p{L}])/iu,
};

/**
 * A name given as the source of the statement (`according to Le Soir`, `laut Destatis`, `据新华社`, `Reuters'e göre`)
 * is who says it, not what the number is about: before the name in most languages, after it in the postpositional ones.
 */
const SOURCE_BEFORE = /(?:(?<![\p{L}])(?:according to|citing|laut|nach Angaben (?:von|des|der)|selon|d['’]après|según|de acuerdo con|segundo|de acordo com|conforme|secondo|stando a|по данным|по словам|по сообщению|по информации|согласно|по мнению|według|zdaniem|jak (?:donosi|podaje|informuje)|wg\.?|وفقا ل|وفقاً ل|بحسب|حسب)(?:\s+(?:the|der|die|dem|des|le|la|les|l['’]|el|los|las|o|a|os|as|il|lo|gli))?|据|據|根据|根據)\s*["'«„“‘]?\s*$/iu;
/**
 * The name may modify the source's head noun, written before the postposition (`Almanya Çalışma Ajansı'na göre`,
 * `독일 연방통계청에 따르면`); German `zufolge` follows the source itself (`Ultium investiert eigenen Angaben zufolge`
 * names the subject).
 */
const SOURCE_AFTER = /^(?:(?:\s+\p{L}+){0,3}['’]?\p{L}{0,3}\s+göre|['’]?\p{L}{0,3}\s+zufolge|[\p{Script=Han}\p{Script=Katakana}ー]{0,8}(?:によると|によれば|に[よ依]れば)|(?:\s*\p{Script=Hangul}+?){0,2}\s*에\s?(?:따르면|의하면)|(?:\s+\p{L}+){0,2}\s+के\s+(?:अनुसार|मुताबिक))/u;
/** Characters after a name searched for the postposition that makes it a source (three words and the postposition). */
const MAX_SOURCE_AFTER = 48;

/** Whether a mention is the named source of its sentence's statement. */
export function isSource(text: string, sentence: Hit, m: EntityMention): boolean {
  return SOURCE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start)) || SOURCE_AFTER.test(text.slice(m.end, m.end + MAX_SOURCE_AFTER));
}

const SUBJECT_AFTER_NUMBER: Readonly<Record<string, (name: string, following: string) => boolean>> = {
  ja: (_name, following) => TOPIC_MARKED.ja.test(following),
  ko: (_name, following) => TOPIC_MARKED.ko.test(following),
  tr: (name, following) => !/['’]\p{L}+$/u.test(name) && !/^['’]/u.test(following),
  hi: () => false,
};

/**
 * The subject of a quantity no attribute word ties to an entity: the nearest name before it in the sentence (not one
 * in a parenthetical aside), else the first name after it in the same clause (`540 Milliarden Parameter hat PaLM`),
 * in subject-object-verb languages only when its case makes it the subject (SUBJECT_AFTER_NUMBER).
 * Any type of name: a place (`in Nanchang, 1,200 nurses`) or a person (`Marsh, 54`) is a subject as well.
 */
export function nearestSubject(text: string, sentence: Hit, quantity: Hit & { unit?: string | null }, mentions: EntityMention[], lang: string, brackets: Brackets, others: readonly Hit[] = [],
  claimUnit: string | null = quantity.unit ?? null): EntityMention | null {
  let before: EntityMention | null = null;
  // The nearest name before the number that is not a place in a prepositional phrase: the clause's subject, when
  // the nearest name is such a place (`Samsung hat in Südkorea 2 Millionen Geräte verkauft`).
  let headBefore: EntityMention | null = null;
  let markedBefore: EntityMention | null = null;
  let after: EntityMention | null = null;
  const marked = TOPIC_MARKED[lang];
  // A figure in brackets right after a name is said of it (`vor Mirja Olsen (3,50 Meter)`, `Acme (300 staff)`).
  // Not when the bracket names someone itself (`Philipp (Robin Schick, 29)`): that name is nearer.
  const bracketed = mentions.find((m) => m.start >= sentence.start && m.end <= quantity.start && quantity.start - m.end <= MAX_BRACKET_LEAD
    && NAME_THEN_BRACKET.test(text.slice(m.end, quantity.start)));
  if (bracketed && !mentions.some((m) => m.start >= bracketed.end && m.end <= quantity.start)) return bracketed;
  const reportedAt = reportedClauseStart(text, sentence, quantity);
  for (const m of mentions) {
    if (m.start < sentence.start || m.end > sentence.end || isSource(text, sentence, m) || inAdverbialCase(m.text, lang)) continue;
    if (m.end <= quantity.start) {
      if (inAside(text, brackets, m, quantity.start)) continue; // an aside: `Metas OPT (im Vergleich zu GPT-3)`
      if (modifierInPhrase(text, sentence.start, m, lang)) continue; // `bread baked from Kansas wheat kept for 9 days`
      if (nounAdjunct(text, sentence.start, m, lang)) continue; // `the Tromsø ferry crews rescued 12 sailors`
      if (placeModifiesSubjectHead(text, sentence.start, m, claimUnit, lang)) continue; // `les équipages de Tromsø ont secouru 12 marins`
      if (inCountedPhrase(text, m, quantity, others, lang)) continue; // `rent two Velo bikes for 9 euros`
      if (beforeCountedPhrase(text, sentence.start, m, quantity, others, lang)) continue; // `wypożyczyć w Velo dwa rowery za 9 euro`
      if (inQuantity(m, others)) continue; // `10.000 Sterlin`: a currency's name the quantity stage read as its unit
      if (speaksTheNumber(m, reportedAt)) continue; // `李文…他还说，水库40%的容量`: the speaker, not what is said
      if (deepInFrontedPhrase(text, sentence, m, quantity, lang, mentions)) continue; // `After the storm at the Bergen Regatta, the 19-year-old`
      // A duration is spent somewhere: a name in a prepositional phrase right before `for` and the duration is where,
      // not whose (`cheese aged in the Alps for nine months`, `curado en los Alpes durante nueve
      // meses`), as after the number. Not a place that frames the clause (`In Iceland every new driver waits for
      // two years`, `in Deutschland in 20 Jahren`): there the duration is the place's rule or figure.
      if (isDuration(quantity) && afterPreposition(text, sentence.start, m, lang) && DURATION_PREPOSITION[lang]?.test(text.slice(m.end, quantity.start))) continue;
      if (placeAfterChineseSubject(text, sentence, m, lang)) continue; // `东方汽车在越南的销量已超过15万辆`: where, not whose
      if (!before || m.end > before.end) before = m;
      const adjunct = m.type === 'place' && (afterPreposition(text, sentence.start, m, lang) || beforeAdjunctPostposition(text, m, lang));
      if (!adjunct && (!headBefore || m.end > headBefore.end)) headBefore = m;
      if (marked?.test(text.slice(m.end, Math.min(quantity.start, m.end + 16))) && (!markedBefore || m.end > markedBefore.end)) markedBefore = m;
    } else if (m.start >= quantity.end && m.start - quantity.end <= MAX_SUBJECT_AFTER && !CLAUSE_BREAK.test(text.slice(quantity.end, m.start)) && !inQuantity(m, others)
      && !CLAUSE_OPENER[lang]?.test(text.slice(quantity.end, m.start))) {
      // An organisation behind a preposition still owns what is counted (`80 engineers at Siemens`, `für Siemens`),
      // not a stretch of time spent there (`aged for nine months in the Alps`).
      const adjunct = ((m.type !== 'org' || isDuration(quantity)) && throughPreposition(text.slice(quantity.end, m.start), lang) && !byItsMaker(text.slice(quantity.end, m.start), m, quantity, lang))
        || toRecipient(text.slice(quantity.end, m.start), lang);
      if ((!after || m.start < after.start) && !adjunct) after = m;
    }
  }
  if (before) before = describedByApposition(text, sentence, before, quantity, mentions) ?? before;
  const subjectAfter = SUBJECT_AFTER_NUMBER[lang];
  // A place in a prepositional phrase gives way to a name before it in the same clause; alone, it is the subject (`In Bergen, 14 libraries`).
  if (before && headBefore && headBefore !== before && !CLAUSE_BREAK.test(text.slice(headBefore.end, quantity.start))) before = headBefore;
  if (before && lang === 'zh') before = firstConjunct(text, sentence, before, mentions);
  return markedBefore ?? before ?? (after && subjectAfter && !subjectAfter(after.text, text.slice(after.end, after.end + 16)) ? null : after)
    ?? subjectAfterFrontedPhrase(text, sentence, quantity, mentions, lang);
}

/** What joins two Chinese conjuncts of one subject: `和`, `与`, `及`, `同`, `跟`, the enumeration comma. */
const CHINESE_CONJUNCTION = /^(?:和|与|與|及|以及|同|跟|、)$/u;
/**
 * The first of coordinated names of one type the subject `m` ends (`甲城和乙城将由20℃降到8℃`: both cities' figure, named
 * by the first, as a list is named), or `m` itself.
 */
function firstConjunct(text: string, sentence: Hit, m: EntityMention, mentions: EntityMention[]): EntityMention {
  let first = m;
  for (let k = mentions.indexOf(m) - 1; k >= 0; k--) {
    const previous = mentions[k];
    if (previous.start < sentence.start || previous.type !== first.type || !CHINESE_CONJUNCTION.test(text.slice(previous.end, first.start))) break;
    first = previous;
  }
  return first;
}

/**
 * Whether a Chinese place behind a coverb (`在韩国`) follows a subject of its clause that is no name (`东方汽车在越南的销量
 * 已超过15万辆`, `这家工厂在越南雇了300人`): the place is where, and the subject before it is what the figure is of. A
 * name before it is the subject already (headBefore); a time word before it (`今年在越南`) or none leaves the place framing
 * the clause (`在越南，销量已超过15万辆`).
 */
function placeAfterChineseSubject(text: string, sentence: Hit, m: EntityMention, lang: string): boolean {
  if (lang !== 'zh' || m.type !== 'place' || !afterPreposition(text, sentence.start, m, lang)) return false;
  // The clause's lead before the coverb, read back a few words only (a subject stands right before its coverb).
  const clause = /[^，。；,;：:]*$/u.exec(text.slice(Math.max(sentence.start, m.start - MAX_CHINESE_LEAD), m.start).trimEnd().slice(0, -1))![0];
  const subject = clause.replace(CHINESE_TIME_END, '');
  // `位于`, `处于`, `设在`: the coverb completes a verb of location, whose object the place is (`该工厂位于越南以北`).
  return /[\p{Script=Han}A-Za-z0-9]{2,}$/u.test(subject) && !/[位处處设設坐座落]$/u.test(subject) && !/^[我你他她它这這那们們]+$/u.test(subject);
}
/** Characters before a Chinese place read for the subject before its coverb. */
const MAX_CHINESE_LEAD = 24;
/** Chinese time words and phrases at the end of a clause's lead (`今年`, `2019年3月`, `目前`, `此后`): no subject. */
const CHINESE_TIME_END = /(?:(?:\d+|[今去明前后後当當本同上下这這每])?[年月日号號时時天周週季]|目前|现在|現在|当时|當時|此后|此後|之后|之後|以来|以來|期间|期間|同时|同時|随后|隨後|最近|近期|未来|未來)+$/u;

/**
 * The name an apposition describes, when the name nearest the number stands inside it: a phrase set off by commas right
 * after another name (`Nora Vik, a former clerk of the harbour office, was fined 900 euros`, `Acme, based in
 * Bergen, employs 300`) says something of that name, which stays the clause's subject. A list has no closing comma before
 * its verb (`Ghent, Bruges and Ypres lost 300 cows`).
 */
function describedByApposition(text: string, sentence: Hit, inner: EntityMention, quantity: Hit, mentions: EntityMention[]): EntityMention | null {
  if (!APPOSITION_CLOSES.test(text.slice(inner.end, quantity.start))) return null;
  // The name the clause opens with (a later one may be a list item, `Campania, Puglia, parte della Basilicata e sulla
  // Calabria`, or sit in an apposition itself); a person named in the apposition is who a described office or body is
  // (`il direttore del Grupo, Hugo Bustos, ha detto`).
  const described = mentions.find((m) => m.start >= sentence.start && m.end <= inner.start);
  if (!described || described === inner || (inner.type === 'person' && described.type !== 'person') || inner.start - described.end > MAX_APPOSITION_LEAD
    || !APPOSITION_OPENS.test(text.slice(described.end, inner.start)) || isSource(text, sentence, described)) return null;
  return described;
}
/** From the end of a name to a name inside the apposition after it: a comma, then no other comma, clause break or number. */
const APPOSITION_OPENS = /^\s*[,，][^,，;；:：.!?。！？()（）\d]*$/u;
/** The comma closing an apposition within a few words of the name inside it (`Oficina Nacional de Pesca (ONP),`). */
const APPOSITION_CLOSES = /^[^,，;；:：.!?。！？]{0,48}[,，]/u;
/** Characters from the described name to the name inside its apposition: a short descriptive phrase (`a former official of the`). */
const MAX_APPOSITION_LEAD = 48;

/** Characters after the comma that closes a fronted phrase within which the main clause's subject is looked for. */
const MAX_SUBJECT_AFTER_FRONTED = 12;

/**
 * A sentence that opens with a prepositional phrase holding the number (`With about 60 ferries and 12
 * tugs, Fjordline says…`, `Mit 300 Filialen ist Aldi…`) states it of the main clause's subject: the name that starts the
 * clause after the comma closing the phrase.
 */
function subjectAfterFrontedPhrase(text: string, sentence: Hit, quantity: Hit, mentions: EntityMention[], lang: string): EntityMention | null {
  const opening = /^[\s"'“„«(]*(\p{L}+)/u.exec(text.slice(sentence.start, quantity.start))?.[1];
  if (!opening || !PREPOSITIONS[lang]?.has(opening.toLowerCase())) return null;
  // The phrase may hold a list (`With 60 ferries, 12 tugs, and 9 barges sailing to Bergen, Ålesund, and Molde,
  // Fjordline says…`): the name after a comma that goes on as a list item is not yet the main clause's subject.
  let from = quantity.end;
  for (let k = 0; k < MAX_FRONTED_PHRASE_COMMAS; k++) {
    const comma = text.slice(from, sentence.end).search(/[,，]/u);
    if (comma < 0) return null;
    const clauseStart = from + comma + 1;
    const subject = mentions.find((m) => m.start >= clauseStart && m.start - clauseStart <= MAX_SUBJECT_AFTER_FRONTED && m.end <= sentence.end
      && !/[\p{L}\d]/u.test(text.slice(clauseStart, m.start).replace(/^\s*(?:the|der|die|das|le|la|les|el|los|las|il|lo|o|a)\s+/iu, '')));
    // The main clause's subject may be a phrase the name only modifies (`With 30 boats, the Tromsø ferry crews patrol…`).
    if (subject && !LIST_GOES_ON.test(text.slice(subject.end, subject.end + 8))) return nounAdjunct(text, sentence.start, subject, lang) ? null : subject;
    from = clauseStart;
  }
  return null;
}

/** Commas of a fronted phrase looked past for the one that closes it: a list inside it is rarely longer. */
const MAX_FRONTED_PHRASE_COMMAS = 8;
/** What follows a list item: another comma or a coordinating conjunction. */
const LIST_GOES_ON = /^\s*(?:[,，、]|(?:and|or|und|oder|et|ou|y|o|e|i|lub|oraz|и|или|ve|veya)\s)/iu;
