// Claims: sentences that state a value of an attribute of an entity (OpenAI · spending · 540 million USD · 2022), and
// attributed quotes (who said what). Rules, not a model: every claim can be traced to the words that made it.
//
// For each sentence and each quantity in it: the attribute comes from the quantity's own noun (`540 billion
// parameters`) or from the nearest attribute word of the vocabulary in data/attributes.json that takes that kind of
// quantity (money for revenue/cost/spending, percent for share); the entity is the mention the value is about
// (genitive after the attribute word, else the nearest mention before it, else a company word pointing back to the
// last organisation named); the time is the nearest year in the sentence. A quantity with no attribute or no entity
// makes no claim: precision first, since every wrong claim shows up in compare as a false conflict.
import { readFileSync } from 'node:fs';
import type { Claim, EntityMention, Quantity } from '../../types.ts';
import { findQuantities } from './quantities/index.ts';
import { splitSentences } from '../language/sentences.ts';
import { allMatches, escapeRegExp, stopwordsOf, words } from '../language/words.ts';
import { scriptCounts } from '../language/scripts.ts';

export const CLAIMS_METHOD = 'rules@1';

/** Characters between an attribute word and its quantity beyond which they are not read together (a clause or so). */
const MAX_ATTRIBUTE_DISTANCE_SPACED = 90;
/** The same for Chinese and Japanese, where a clause is about a third as many characters. */
const MAX_ATTRIBUTE_DISTANCE_UNSPACED = 30;
/** Characters between an attribute word and a following entity that still read as a genitive (`Einnahmen von OpenAI`). */
const MAX_GENITIVE_GAP = 30;
/** Paragraphs back that a company word (`the company`, `该公司`, `компания`) may point to. */
const MAX_COREFERENCE_PARAGRAPHS = 2;
/** Share of a paragraph's letters in one script above which the paragraph is in that script, whatever the article's language. */
const DOMINANT_SCRIPT_SHARE = 0.6;
/** Stopwords a Latin-script paragraph in a CJK or Cyrillic article needs before it is labelled with a Latin language. */
const MIN_STOPWORDS_TO_SWITCH = 2;
/** Shortest quoted passage taken as a quote (shorter ones are scare quotes or titles: „offen“, 「小而精」). */
const MIN_QUOTE_CHARS_SPACED = 20;
const MIN_QUOTE_CHARS_UNSPACED = 8;
/** How far after a closing quote mark the reporting verb may be (`…", said Priya Raman`; `”…研究员周明远表示`). */
const MAX_ATTRIBUTION_GAP = 60;

interface AttributeDef {
  name: string;
  kinds: Quantity['kind'][];
  units: string[];
  words: Record<string, string[]>;
}

function loadAttributes(): AttributeDef[] {
  const raw = JSON.parse(readFileSync(new URL('../../../data/attributes.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
  const defs: AttributeDef[] = [];
  for (const [name, entry] of Object.entries(raw)) {
    if (name.startsWith('_')) continue;
    const wordsByLang: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(entry)) if (key !== 'kinds' && key !== 'units') wordsByLang[key] = value as string[];
    defs.push({ name, kinds: entry.kinds as Quantity['kind'][], units: (entry.units as string[] | undefined) ?? [], words: wordsByLang });
  }
  return defs;
}

export const ATTRIBUTES: readonly AttributeDef[] = loadAttributes();

const UNSPACED_LANGS = new Set(['zh', 'ja', 'th']);

/** The attribute of a parameter count stated about a company rather than one of its models. */
export const MODEL_PARAMETERS = 'model-parameters';

// ---------------------------------------------------------------------------------------------------------------
// Paragraph language

/** The paragraph's language: the article's, unless the paragraph is clearly written in another script. */
export function paragraphLanguage(text: string, articleLang: string): string {
  const { Han: han, Kana: kana, Cyrillic: cyrillic, Latin: latin, Hangul: hangul } = scriptCounts(text);
  const total = han + kana + cyrillic + latin + hangul;
  if (total === 0) return articleLang;
  const share = (n: number) => n / total;
  if (share(han + kana) >= DOMINANT_SCRIPT_SHARE) {
    if (kana > 0 && kana >= han * 0.1) return 'ja';
    return articleLang === 'ja' || articleLang === 'zh' ? articleLang : 'zh';
  }
  if (share(cyrillic) >= DOMINANT_SCRIPT_SHARE) return ['ru', 'uk', 'bg', 'sr', 'be', 'kk', 'mk'].includes(articleLang) ? articleLang : 'ru';
  if (share(hangul) >= DOMINANT_SCRIPT_SHARE) return 'ko';
  if (share(latin) >= DOMINANT_SCRIPT_SHARE && ['zh', 'ja', 'ru', 'ko', 'uk', 'bg'].includes(articleLang)) {
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
// Attribute words

interface Hit { start: number; end: number }
interface AttributeHit extends Hit { def: AttributeDef }

const patternCache = new Map<string, RegExp>();
function wordPattern(word: string, unspaced: boolean): RegExp {
  const key = `${unspaced}\u0000${word}`;
  let re = patternCache.get(key);
  if (!re) {
    const stem = word.endsWith('*') ? word.slice(0, -1) : word;
    const tail = word.endsWith('*') ? '[\\p{L}\\p{M}]*' : '';
    re = unspaced || /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(stem)
      ? new RegExp(escapeRegExp(stem), 'giu')
      : new RegExp(`(?<![\\p{L}\\p{M}\\d])${escapeRegExp(stem)}${tail}(?![\\p{L}\\p{M}])`, 'giu');
    patternCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * Attribute words of one language, indexed for a single pass over a sentence's tokens: whole words in a map, `*` stems
 * by prefix, multi-word phrases by token sequence, Chinese/Japanese words by substring search. (One regex per word,
 * with Unicode word-boundary lookbehinds, was the slowest part of the claims stage.)
 */
interface AttributeIndex {
  exact: Map<string, AttributeDef[]>;
  stems: Array<[string, AttributeDef]>;
  /** Words of each phrase, with ’ written ' as in the sentence's tokens. */
  phrases: Array<[string[], AttributeDef]>;
  unspaced: Array<[string, AttributeDef]>;
}
const attributeIndexes = new Map<string, AttributeIndex>();
const TOKEN = /[\p{L}\p{M}\d'’-]+/gu;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function indexFor(lang: string): AttributeIndex {
  let index = attributeIndexes.get(lang);
  if (!index) {
    index = { exact: new Map(), stems: [], phrases: [], unspaced: [] };
    const unspacedLang = UNSPACED_LANGS.has(lang);
    for (const def of ATTRIBUTES) {
      // Tech press in every language borrows English words; the longer ones are safe to look for anywhere.
      const list = [...(def.words[lang] ?? []), ...(lang !== 'en' ? (def.words.en ?? []).filter((w) => w.length > 4) : [])];
      for (const raw of new Set(list.map((w) => w.toLowerCase()))) {
        if (CJK_START.test(raw) || (unspacedLang && !/^[a-z]/.test(raw))) index.unspaced.push([raw, def]);
        else if (raw.includes(' ')) index.phrases.push([raw.split(' ').map((w) => w.replace(/’/g, "'")), def]);
        else if (raw.endsWith('*')) index.stems.push([raw.slice(0, -1), def]);
        else index.exact.set(raw, [...(index.exact.get(raw) ?? []), def]);
      }
    }
    attributeIndexes.set(lang, index);
  }
  return index;
}

function attributeHits(sentence: string, offset: number, lang: string): AttributeHit[] {
  const index = indexFor(lang);
  const hits: AttributeHit[] = [];
  const tokens = allMatches(TOKEN, sentence.toLowerCase()).map((m) => ({ word: m[0].replace(/’/g, "'"), start: m.index, end: m.index + m[0].length }));
  const phraseAt = (words: string[], k: number) => {
    for (let j = 0; j < words.length; j++) if (tokens[k + j]?.word !== words[j]) return false;
    return true;
  };
  tokens.forEach((t, k) => {
    for (const def of index.exact.get(t.word) ?? []) hits.push({ start: offset + t.start, end: offset + t.end, def });
    for (const [stem, def] of index.stems) if (t.word.startsWith(stem)) hits.push({ start: offset + t.start, end: offset + t.end, def });
    for (const [words, def] of index.phrases) {
      if (phraseAt(words, k)) hits.push({ start: offset + t.start, end: offset + tokens[k + words.length - 1].end, def });
    }
  });
  if (index.unspaced.length > 0 && isUnspacedText(sentence)) {
    const lower = sentence.toLowerCase();
    for (const [word, def] of index.unspaced) {
      for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) hits.push({ start: offset + i, end: offset + i + word.length, def });
    }
  }
  return hits;
}

const isUnspacedText = (s: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);

const gap = (a: Hit, b: Hit) => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

// ---------------------------------------------------------------------------------------------------------------
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
const VERSION_AFTER = /^(?:[\s\p{Pd}]{0,2}|の?[^\s、。，,.!?！？]{0,2})(?:版|版本|バージョン)|^[\s\p{Pd}]{0,2}(?:versions?|Versionen?|versión|версия|variant)(?![\p{L}])/iu;
/** A quantity written as a range (`70亿到650亿`, `7 to 65 billion`): for parameters, a family of model sizes, not one model. */
const RANGE_TEXT = /[\d〇一二三四五六七八九十百千万萬亿億]\s*(?:[-–—~～〜到至]|bis|to|до|から|à|a)\s*[\d〇一二三四五六七八九十]/u;
/** A size this close below a range's top (its rounding margin) is the top itself: 650亿 against 70亿到650亿. */
const FAMILY_TOP_SHARE = 0.99;
/** An acronym-like name right after a mention, possessive or German genitive: `Meta's OPT`, `Metas OPT`, `Google的GLM`. */
const OWNED_NAME = /^(?:['’]s)?(?:\s+|的|の)([A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)?)(?![\p{L}\d])/u;
/** Capitals after a company name that are not a product of it. */
const COMMON_ACRONYMS = new Set(['AI', 'API', 'APIs', 'GPU', 'GPUs', 'CPU', 'TPU', 'US', 'USA', 'USD', 'EU', 'UK', 'CEO', 'CTO', 'CFO', 'IPO', 'LLC', 'LP', 'INC', 'IT', 'PR', 'HR', 'KI', 'IA', 'ИИ']);
/** Text between a quantity and a name that makes the quantity a modifier of the model noun (`-Großmodell `, ` model `, `的模型`). */
const COMPOUND_MODEL_GAP = /^[\s\p{Pd}]*(?:[\p{L}]*(?:modell|model|modèle|modelo|модель|模型|モデル)[\p{L}]*)?[\s\p{Pd}の的]*$/iu;
const VERSION_BEFORE = /(?:version with|version mit|versión con|version avec|версия с|версии с|вариант с)\s*$/iu;
/** Words between an attribute word and its entity that make a genitive (`Einnahmen von OpenAI`, `chiffre d'affaires d'OpenAI`). */
const GENITIVE_TAIL = /(?:^|[\s])(?:of|von|des|der|de|del|de la|du|d['’]|у)\s*$|^\s*d['’]$/iu;

function pickEntity(text: string, sentence: Hit, quantity: Hit, keyword: Hit | null, mentions: EntityMention[], preferProduct: boolean): EntityMention | null {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && (m.end <= quantity.start || m.start >= quantity.end) && m.type !== 'place' && m.type !== 'person');
  if (keyword) {
    const following = inSentence.filter((m) => m.start >= keyword.end && m.start - keyword.end <= MAX_GENITIVE_GAP).sort((a, b) => a.start - b.start)[0];
    if (following) {
      const between = text.slice(keyword.end, following.start);
      if (GENITIVE_TAIL.test(between) && !/[,;:，；。]/.test(between)) return following;
    }
  }
  const anchor = Math.min(quantity.start, keyword?.start ?? Infinity);
  // A name inside a parenthesis is an aside (`Metas OPT (im Vergleich zu GPT-3) nur 16 GPUs`), not the subject.
  const aside = (m: EntityMention) => /^[^(（]*[)）]/.test(text.slice(m.end, anchor));
  const before = inSentence.filter((m) => m.end <= anchor).sort((a, b) => Number(aside(a)) - Number(aside(b)) || b.end - a.end);
  if (preferProduct && !(inSentence.some((m) => m.start >= quantity.end && COMPOUND_MODEL_GAP.test(text.slice(quantity.end, m.start))))) {
    // Models have parameters, companies do not: `Модель PaLM, которую Google представила…, содержит 540 млрд параметров`.
    const product = before.find((m) => m.type === 'product');
    if (product) return product;
  }
  const after = inSentence.filter((m) => m.start >= quantity.end).sort((a, b) => a.start - b.start);
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

/** The entity a company word or a topic word points back to, from earlier sentences of the paragraph or the paragraphs just before. */
function resolveReference(sentenceText: string, sentence: Hit, paragraph: number, sentences: Hit[], mentions: EntityMention[]): EntityMention | null {
  const earlier = mentions.filter((m) => m.paragraph === paragraph ? m.end <= sentence.start : m.paragraph < paragraph && m.paragraph >= paragraph - MAX_COREFERENCE_PARAGRAPHS);
  if (COMPANY_WORDS.test(sentenceText)) {
    return earlier.filter((m) => m.type === 'org').sort((a, b) => a.paragraph - b.paragraph || a.start - b.start).at(-1) ?? null;
  }
  if (TOPIC_WORDS.test(sentenceText)) {
    const previous = sentences.filter((s) => s.end <= sentence.start).at(-1);
    if (!previous) return null;
    const inPrevious = earlier.filter((m) => m.paragraph === paragraph && m.start >= previous.start && m.end <= previous.end);
    return inPrevious.find((m) => m.type === 'product') ?? inPrevious.find((m) => m.type === 'org') ?? null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Time

const MONTHS: Record<string, number> = {};
[
  ['january', 'januar', 'jänner', 'janvier', 'enero', 'января', 'январе', 'январь', 'jan'],
  ['february', 'februar', 'février', 'febrero', 'февраля', 'феврале', 'февраль', 'feb'],
  ['march', 'märz', 'mars', 'marzo', 'марта', 'марте', 'март', 'mar'],
  ['april', 'avril', 'abril', 'апреля', 'апреле', 'апрель', 'apr'],
  ['may', 'mai', 'mayo', 'мая', 'мае', 'май'],
  ['june', 'juni', 'juin', 'junio', 'июня', 'июне', 'июнь', 'jun'],
  ['july', 'juli', 'juillet', 'julio', 'июля', 'июле', 'июль', 'jul'],
  ['august', 'août', 'agosto', 'августа', 'августе', 'август', 'aug'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'сентября', 'сентябре', 'сентябрь', 'sep', 'sept'],
  ['october', 'oktober', 'octobre', 'octubre', 'октября', 'октябре', 'октябрь', 'oct', 'okt'],
  ['november', 'novembre', 'noviembre', 'ноября', 'ноябре', 'ноябрь', 'nov'],
  ['december', 'dezember', 'décembre', 'diciembre', 'декабря', 'декабре', 'декабрь', 'dec', 'dez'],
].forEach((names, k) => { for (const n of names) MONTHS[n] = k + 1; });
const MONTH_WORD = Object.keys(MONTHS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_WORD})\\.?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'giu');

interface TimeHit extends Hit { time: string }

/** Years and months stated in a sentence, normalised ('2022', '2023-05'). */
export function findTimes(sentence: string, offset = 0): TimeHit[] {
  const hits: TimeHit[] = [];
  const pad = (m: number) => String(m).padStart(2, '0');
  const push = (start: number, end: number, time: string) => {
    if (!hits.some((h) => h.start < offset + end && offset + start < h.end)) hits.push({ start: offset + start, end: offset + end, time });
  };
  for (const m of sentence.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月/g)) push(m.index, m.index + m[0].length, `${m[1]}-${pad(Number(m[2]))}`);
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    const month = MONTHS[m[1].toLowerCase()];
    // English `may` is a verb unless capitalised.
    if (m[1] === 'may' || m[1] === 'mar') continue;
    push(m.index, m.index + m[0].length, `${m[2]}-${pad(month)}`);
  }
  for (const m of sentence.matchAll(/(?<![\d.,\-/])(1[89]\d\d|20\d\d)(?![\d.,]\d|[-/]\d|\s*[%％])/g)) push(m.index, m.index + m[0].length, m[1]);
  return hits;
}

// ---------------------------------------------------------------------------------------------------------------
// Quotes

const QUOTE_PAIRS: Array<[string, string]> = [['“', '”'], ['„', '“'], ['„', '”'], ['"', '"'], ['«', '»'], ['「', '」'], ['『', '』']];
/** findQuotes finds nothing in a text with none of these. */
const QUOTE_OPENERS = [...new Set(QUOTE_PAIRS.map(([open]) => open))];
const REPORTING_VERBS: Record<string, string[]> = {
  en: ['said', 'says', 'told', 'added', 'explained', 'noted', 'argued', 'wrote', 'warned', 'according to'],
  de: ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'meinte', 'meint', 'schreibt', 'warnte', 'fügte', 'so'],
  fr: ['a déclaré', 'déclare', 'a dit', 'dit', 'explique', 'a expliqué', 'affirme', 'a affirmé', 'souligne', 'a souligné', 'estime', 'selon', 'ajoute', 'a ajouté', 'précise', 'a précisé'],
  es: ['dijo', 'afirmó', 'explicó', 'señaló', 'aseguró', 'declaró', 'según', 'añadió', 'comentó', 'indicó', 'sostuvo', 'advirtió'],
  ru: ['заявил', 'заявила', 'сказал', 'сказала', 'отметил', 'отметила', 'считает', 'говорит', 'пояснил', 'пояснила', 'по словам', 'добавил', 'добавила', 'подчеркнул', 'подчеркнула'],
  zh: ['表示', '说', '說', '指出', '认为', '認為', '称', '稱', '强调', '強調', '坦言'],
  ja: ['述べた', '語った', '話す', '話した', '指摘した', '説明した', '強調した', '述べている', '語る', '話している', 'と言う'],
};
/** Job titles that come right before a Chinese name in an attribution (`副研究员周明远表示`). */
const ZH_TITLES = '研究员|研究員|教授|技术官|技術官|分析师|分析師|执行官|執行官|总监|總監|主任|院长|院長|经理|經理|创始人|創辦人|創始人|主席|工程师|工程師|科学家|科學家|负责人|負責人|董事长|董事長|总裁|總裁|所长|所長|CEO|CTO';
const ZH_SPEAKER = new RegExp(`(?:${ZH_TITLES})\\s*(\\p{Script=Han}{2,3})\\s*(?:${REPORTING_VERBS.zh.map(escapeRegExp).join('|')})`, 'u');
const ZH_SPEAKER_PLAIN = new RegExp(`(?:^|[，,。、”」])\\s*(\\p{Script=Han}{2,3})\\s*(?:${REPORTING_VERBS.zh.map(escapeRegExp).join('|')})`, 'u');
const JA_SPEAKER = /(\p{Script=Han}{2,4}?)\s*(?:准教授|教授|氏|さん|社長|所長|代表|会長|CEO|CTO|博士)(?:は|が|も)/u;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|van|von|del|da|di|la|le)?\s*\p{Lu}[\p{L}'’.-]+){1,3}`;

/** Each reporting verb at the end of the text before a quote (`said:`, `表示：`), built once. */
const VERB_BEFORE_QUOTE = new Map(Object.values(REPORTING_VERBS).flat().map((v) => [v, new RegExp(`${escapeRegExp(v)}\\s*[:：,，]?\\s*$`, 'u')]));

interface QuoteFound { open: number; close: number; attributionEnd: number; speaker: string }

function findQuotes(text: string, lang: string, mentions: EntityMention[]): QuoteFound[] {
  const found: QuoteFound[] = [];
  const unspaced = UNSPACED_LANGS.has(lang);
  const minChars = unspaced ? MIN_QUOTE_CHARS_UNSPACED : MIN_QUOTE_CHARS_SPACED;
  const verbs = [...(REPORTING_VERBS[lang] ?? []), ...(lang !== 'en' ? [] : [])];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    while (from < text.length) {
      const o = text.indexOf(open, from);
      if (o < 0) break;
      const c = text.indexOf(close, o + 1);
      if (c < 0) break;
      from = c + 1;
      const quoted = text.slice(o + 1, c);
      if (quoted.trim().length < minChars || found.some((f) => f.open <= o && o < f.close)) continue;
      const after = text.slice(c + 1, c + 1 + MAX_ATTRIBUTION_GAP + 40);
      const sentenceAfter = after.split(/[.!?。！？]\s|[。！？]/u)[0];
      let speaker: string | null = null;
      let attributionEnd = c + 1 + sentenceAfter.length;
      const persons = mentions.filter((m) => m.type === 'person' && m.start > c && m.start <= c + 1 + sentenceAfter.length);
      const verbHere = verbs.some((v) => wordPattern(v, unspaced).test(sentenceAfter.slice(0, MAX_ATTRIBUTION_GAP + 20)));
      if (verbHere && persons.length > 0) speaker = persons[0].canonical;
      else if (verbHere && lang === 'zh') speaker = ZH_SPEAKER.exec(sentenceAfter)?.[1] ?? ZH_SPEAKER_PLAIN.exec(sentenceAfter)?.[1] ?? null;
      else if (verbHere && lang === 'ja') speaker = JA_SPEAKER.exec(sentenceAfter)?.[1] ?? null;
      else if (verbHere) {
        const verbAlt = verbs.map(escapeRegExp).join('|');
        const afterVerb = new RegExp(`^[\\s,.;:—–-]*(?:${verbAlt})\\s+(${NAME})`, 'u').exec(sentenceAfter);
        const beforeVerb = new RegExp(`^[\\s,.;:—–-]*(${NAME})\\s*,?\\s+(?:${verbAlt})(?![\\p{L}])`, 'u').exec(sentenceAfter);
        speaker = (afterVerb?.[1] ?? beforeVerb?.[1])?.replace(/\.$/, '') ?? null;
      }
      if (!speaker) {
        // `Priya Raman said: "…"`, `周明远表示：“…”`
        const lead = text.slice(Math.max(0, o - MAX_ATTRIBUTION_GAP), o);
        const personBefore = mentions.filter((m) => m.type === 'person' && m.end <= o && m.end >= o - MAX_ATTRIBUTION_GAP).at(-1);
        const verbBefore = verbs.some((v) => VERB_BEFORE_QUOTE.get(v)!.test(lead));
        if (personBefore && verbBefore) speaker = personBefore.canonical;
        attributionEnd = c + 1;
      }
      if (speaker) found.push({ open: o, close: c, attributionEnd: Math.max(attributionEnd, c + 1), speaker });
    }
  }
  return found.sort((a, b) => a.open - b.open);
}

// ---------------------------------------------------------------------------------------------------------------

function claimKind(q: Quantity): boolean {
  return q.kind === 'money' || q.kind === 'count' || q.kind === 'percent' || q.kind === 'number';
}

export function extractClaims(paragraphs: string[], lang: string, mentions: EntityMention[]): Claim[] {
  const claims: Claim[] = [];
  const paragraphsWithMentions = new Set(mentions.map((m) => m.paragraph));
  paragraphs.forEach((text, paragraph) => {
    // A quantity's entity is a mention of this paragraph or of one a company word may point back to: with none, no
    // quantity here makes a claim (most paragraphs with a number are so), and it is not worth finding them.
    let entityInReach = false;
    for (let p = paragraph - MAX_COREFERENCE_PARAGRAPHS; p <= paragraph; p++) if (paragraphsWithMentions.has(p)) entityInReach = true;
    // No quantities to read and no quote mark: nothing here makes a claim, whatever the paragraph's language.
    if (!entityInReach && !QUOTE_OPENERS.some((open) => text.includes(open))) return;
    const plang = paragraphLanguage(text, lang);
    const unspaced = UNSPACED_LANGS.has(plang);
    const quantities = entityInReach ? findQuantities(text, plang).filter(claimKind) : [];
    const own = mentions.filter((m) => m.paragraph === paragraph);
    const quotes = findQuotes(text, plang, own);
    // Most paragraphs state no quantity and quote no one: they need no sentence split.
    if (quantities.length === 0 && quotes.length === 0) return;
    const sentences = splitSentences(text, plang);
    const maxDistance = unspaced ? MAX_ATTRIBUTE_DISTANCE_UNSPACED : MAX_ATTRIBUTE_DISTANCE_SPACED;
    const seen = new Set<string>();

    for (const sentence of sentences) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      const inside = quantities.filter((q) => q.start >= sentence.start && q.end <= sentence.end);
      // A question asserts nothing (`OpenAI一年花掉5.4亿美元，大模型成本有多高？`).
      if (inside.length === 0 || /[?？]\s*[”"»」』)]?\s*$/.test(sentenceText)) continue;
      const hits = attributeHits(sentenceText, sentence.start, plang);
      // A range of sizes (`参数规模从70亿到650亿不等`) names a model family: other sizes in the sentence are its variants
      // (`僅用130億的參數`), except the largest, which is the figure quoted for the model.
      const familyTops = inside.filter((q) => RANGE_TEXT.test(q.text) && q.kind !== 'money' && q.kind !== 'percent').map((q) => q.high);
      const times = findTimes(sentenceText, sentence.start);
      for (const q of inside) {
        let def = q.unit ? ATTRIBUTES.find((d) => d.units.includes(q.unit!)) : undefined;
        let keyword: AttributeHit | null = null;
        const usable = hits.filter((h) => h.def.kinds.includes(q.kind) && gap(h, q) <= maxDistance && !(h.start >= q.start && h.end <= q.end) && !inside.some((o) => o !== q && h.start >= o.start && h.end <= o.end));
        // A keyword of the unit's own attribute sitting inside the quantity (540 billion parameters) is not needed.
        if (!def) {
          const nearest = usable.filter((h) => q.kind !== 'count' || h.def.units.includes(q.unit ?? '')).sort((a, b) => gap(a, q) - gap(b, q) || (a.start < q.start ? -1 : 1))[0];
          // Another quantity closer to the keyword claims it (`costs $5 and earns $7`).
          if (nearest && !inside.some((o) => o !== q && o.kind === q.kind && gap(nearest, o) < gap(nearest, q))) { def = nearest.def; keyword = nearest; }
        } else {
          keyword = usable.filter((h) => h.def === def).sort((a, b) => gap(a, q) - gap(b, q))[0] ?? null;
        }
        if (!def) continue;
        if (def.name === 'parameters' && familyTops.length > 0 && !familyTops.some((top) => q.value <= top && q.value >= top * FAMILY_TOP_SHARE)) continue;
        if (def.name === 'parameters' && (RANGE_TEXT.test(q.text) || VERSION_AFTER.test(text.slice(q.end)) || VERSION_BEFORE.test(text.slice(sentence.start, q.start)))) continue;
        if (q.kind === 'number' && (def.units.length === 0 || !(q.value >= 1000 || /[万萬亿億兆]|illion|illiard|млн|млрд/i.test(q.text)))) continue;
        const unit = q.kind === 'number' ? def.units[0] : q.unit;
        let entity = pickEntity(text, sentence, q, keyword, own, def.name === 'parameters');
        if (!entity) entity = resolveReference(sentenceText, sentence, paragraph, sentences, mentions);
        if (!entity) continue;
        // Models have parameters, companies do not. A parameter count whose subject is a company (`谷歌……540B參數`)
        // is about one of its models: attribute MODEL_PARAMETERS, which compare resolves to the company's model
        // through the alias table's `developer` links. People and places have no parameters.
        let attribute = def.name;
        if (def.name === 'parameters' && entity.type === 'org') attribute = MODEL_PARAMETERS;
        else if (def.name === 'parameters' && entity.type !== 'product' && entity.type !== 'other') continue;
        const time = times.filter((t) => !(t.start >= q.start && t.end <= q.end)).sort((a, b) => gap(a, q) - gap(b, q))[0]?.time ?? null;
        const key = `${entity.canonical}\u0000${attribute}\u0000${q.value}\u0000${sentence.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        claims.push({
          text: sentenceText, paragraph, entity: entity.canonical, attribute, value: q.value, low: q.low, high: q.high,
          unit, quantityText: q.text, time, speaker: null, lang: plang, method: CLAIMS_METHOD,
        });
      }
    }

    for (const quote of quotes) {
      const covering = sentences.filter((s) => s.end > quote.open && s.start < quote.attributionEnd);
      const start = covering[0]?.start ?? quote.open;
      const end = covering.at(-1)?.end ?? quote.attributionEnd;
      const inner = own.find((m) => m.start > quote.open && m.end < quote.close && m.type !== 'person' && m.type !== 'place');
      claims.push({
        text: text.slice(start, end), paragraph, entity: inner?.canonical ?? null, attribute: 'quote', value: null, low: null, high: null,
        unit: null, quantityText: text.slice(quote.open + 1, quote.close).trim(), time: null, speaker: quote.speaker, lang: plang, method: CLAIMS_METHOD,
      });
    }
  });
  return claims;
}
