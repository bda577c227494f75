// Chinese organisation, brand and place names that jieba tags like common words (`n`, `nz`, two-character `ns`) or
// that chinese-names.ts leaves out by their shape alone, taken when the sentence around them says what they are: a
// company's head after a proper word, a product's model after its maker, a list closed by `等` and a kind of company or
// place, a coordination with a name already found, a place's figure stated as its clause's topic. Then, in the whole
// article, a name so found is the same name wherever jieba cuts the same word (one sense per discourse).
import type { NameSpan } from './names.ts';
import type { EntityMention, EntityType } from '../../types.ts';
import type { TaggedWord } from './chinese-names.ts';

/** A jieba word of the paragraph's simplified text, with its offsets. */
export interface PlacedWord extends TaggedWord { start: number; end: number }

const isHanWord = (word: string) => /^\p{Script=Han}+$/u.test(word);
const hanLength = (word: string) => [...word].length;

/** Shortest and longest name taken from this evidence (one character is an abbreviation; longer runs are phrases). */
const NAME_CHARS = { min: 2, max: 6 };

/**
 * jieba's tags of words that may name a company or a brand: other proper nouns, persons' names (jieba's dictionary tags
 * some brands nr), unknown words and abbreviations. Not plain nouns (`手机` phone), unless the list they stand in says so.
 */
const BRAND_TAGS: ReadonlySet<string> = new Set(['nz', 'nr', 'nrt', 'nrfg', 'x', 'j', 'nt']);

/**
 * A product's model written in Latin letters right after its maker's name (`Vela 3`, `T9`, `Z50`, `Note 7`, `Q20
 * Pro`): a capitalised word with a number, or a capital and digits. A Han word of a brand's tags right before one is the
 * maker; a common noun there (`手机Vela 3`, the phone Vela 3) is not (BRAND_TAGS).
 */
const MODEL_AFTER = /^(?:\p{Lu}[\p{L}]*\s?\d|\p{Lu}{1,3}\d)/u;
/** Characters read after a name for a model: a word of up to six letters, a space and the number's first digit. */
const MODEL_LOOKAHEAD = 8;
/** Whether a product's model in Latin letters starts at `end` (see MODEL_AFTER). */
export const makesTheModelAfter = (text: string, end: number) => MODEL_AFTER.test(text.slice(end, end + MODEL_LOOKAHEAD));

/**
 * Nouns for kinds of companies and of places that close a list with `等` (`A、B、C等手机企业` A, B, C and other phone
 * makers; `X、Y等城市`): each item of such a list is one of that kind. Simplified.
 */
const ORG_KIND = /(?:企业|公司|厂商|厂家|品牌|集团|银行|车企|药企|运营商|机构|媒体|平台|巨头)$/u;
const PLACE_KIND = /^(?:城市|国家|地区|省份|省市|地方|都市|港口|口岸|县市)$/u;
/** Words between `等` and the kind noun (`等手机企业`, `等国内大型银行`): nouns and adjectives, at most this many. */
const KIND_MODIFIER_WORDS = 2;
/** What joins the items of a list: the enumeration comma, `和`, `与`, `及`, `以及`, `跟`, `同`; a comma joins them before `等` only. */
const COORDINATORS: ReadonlySet<string> = new Set(['、', '和', '与', '及', '以及', '跟', '同']);
// Looked up only for words of one or two code units (a set's lookup hashes each word jieba gives, a new string each).
const COORDINATOR = { test: (word: string) => word.length <= 2 && COORDINATORS.has(word) };
const LIST_COMMA = /^[，,]$/u;

/**
 * Marks before a clause's topic: the start of the paragraph, a clause's or sentence's punctuation, a quotation mark or a
 * space.
 */
const CLAUSE_OPENER = /^(?:[，,。；;：:！!？?（(“"「『\s]|)$/u;
/** A change of a figure stated with the coverb of its starting point (`由18℃降至6℃`, `从3万人增至…`) or the figure itself. */
const FIGURE_AFTER_TOPIC = /^(?:由|从)?[\d０-９]/u;
/** jieba's tags of a time word that may stand between the clause's opening mark and its topic (`今天洛阳…`). */
const TIME_TAG = /^t/u;

const isLatinCapital = (code: number) => (code >= 0x41 && code <= 0x5a) || (code > 0x7f && code < 0x2e80 && /\p{Lu}/u.test(String.fromCharCode(code)));
/** Whether the word may be a name by its own characters: Han only, two to six, or a Latin name. */
const nameShaped = (w: PlacedWord) => isHanWord(w.word) && hanLength(w.word) >= NAME_CHARS.min && hanLength(w.word) <= NAME_CHARS.max;

/**
 * The names the evidence of their sentence makes of a paragraph's words (see the file's comment). `known` are the names
 * already found in the paragraph (the alias table's, the tagger's); a word inside one of them is left to it.
 */
export function evidenceNames(text: string, words: readonly PlacedWord[], known: ReadonlyArray<{ start: number; end: number; type?: EntityType }>): NameSpan[] {
  const out: NameSpan[] = [];
  const covered = (w: { start: number; end: number }) => known.some((s) => s.start < w.end && w.start < s.end) || out.some((s) => s.start < w.end && w.start < s.end);
  const knownTypeAt = (w: PlacedWord): EntityType | undefined => known.find((s) => s.start === w.start && s.end === w.end)?.type
    ?? out.find((s) => s.start === w.start && s.end === w.end)?.type;
  const add = (w: PlacedWord, type: EntityType) => {
    if (!covered(w)) out.push({ start: w.start, end: w.end, canonical: text.slice(w.start, w.end), type });
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    // A brand before its product's model (`X` + `Vela 3`).
    // Tested on the tag and the next character first: most words are neither.
    if (isLatinCapital(text.charCodeAt(w.end)) && BRAND_TAGS.has(w.tag) && w.tag !== 'nt' && nameShaped(w) && makesTheModelAfter(text, w.end)) add(w, 'org');
    else if (w.word === '等' || w.word === '等等') listBeforeKind(text, words, k, add, knownTypeAt);
  }
  coordinatedWithNames(words, add, knownTypeAt);
  quotedAwards(text, words, add);
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.tag !== 'ns' || !nameShaped(w) || !FIGURE_AFTER_TOPIC.test(text.slice(w.end, w.end + 2))) continue;
    const before = words[k - 1];
    const opens = !before || CLAUSE_OPENER.test(before.word) || (TIME_TAG.test(before.tag) && (!words[k - 2] || CLAUSE_OPENER.test(words[k - 2].word)));
    if (opens) add(w, 'place');
  }
  return out;
}

/**
 * A list closed by `等` and a noun of a kind of company or place (`A、B和C等汽车企业`): its items, read back from `等`
 * over the coordinators (and commas), each one word of a name's shape, a Latin word or a name already found. Items
 * tagged as plain nouns are taken only in a list that also holds a proper one (`银行、保险等金融机构` lists kinds).
 */
function listBeforeKind(text: string, words: readonly PlacedWord[], at: number, add: (w: PlacedWord, type: EntityType) => void,
  knownTypeAt: (w: PlacedWord) => EntityType | undefined): void {
  let kind: EntityType | null = null;
  for (let j = at + 1; j < words.length && j <= at + 1 + KIND_MODIFIER_WORDS; j++) {
    const w = words[j];
    if (!isHanWord(w.word)) break;
    if (ORG_KIND.test(w.word)) { kind = 'org'; break; }
    if (PLACE_KIND.test(w.word)) { kind = 'place'; break; }
    if (!/^[nab]/u.test(w.tag)) break;
  }
  if (!kind) return;
  const items: PlacedWord[] = [];
  let proper = false;
  let afterComma = false;
  for (let j = at - 1; j >= 0; j -= 2) {
    const w = words[j];
    const latin = /^\p{Script=Latin}[\p{L}\d&.-]*$/u.test(w.word);
    if (!latin && !nameShaped(w)) break;
    const knownType = knownTypeAt(w);
    const properItem = knownType || latin || (kind === 'org' ? BRAND_TAGS.has(w.tag) : w.tag === 'ns');
    // A comma also ends the clause before the list (`…的活动场所，X、Y等国家`): an item before it must be proper itself.
    if (properItem) proper = true;
    else if (!w.tag.startsWith('n') || afterComma) break;
    if (!latin && !knownType) items.push(w);
    const joiner = words[j - 1];
    if (!joiner || !(COORDINATOR.test(joiner.word) || LIST_COMMA.test(joiner.word))) break;
    afterComma = LIST_COMMA.test(joiner.word);
  }
  if (!proper || items.length === 0) return;
  // The first item right after a noun or a word jieba does not know may be the end of a longer name it cut in two.
  if (pieceOfLongerWord(words[words.indexOf(items.at(-1)!) - 1])) items.pop();
  for (const w of items) add(w, kind);
}

/** Quotation marks around a name (Chinese marks a proper name it introduces or stresses so: `“X奖”`). */
const QUOTE_OPENS: ReadonlySet<string> = new Set(['“', '「', '『', '"']);
const QUOTE_CLOSES: ReadonlySet<string> = new Set(['”', '」', '』', '"']);
/** An award's or prize's name: Han characters ending in 奖 (prize, award); three to ten of them. */
const AWARD_NAME = /^\p{Script=Han}{2,9}奖$/u;

/**
 * An award's name Chinese writes in quotation marks (`“青年设计师奖”`): a name of none of the three kinds (as `Nobel
 * Prize` in names.ts), typed `other`; unquoted, the same words are the name again where the article repeats them.
 */
function quotedAwards(text: string, words: readonly PlacedWord[], add: (w: PlacedWord, type: EntityType) => void): void {
  for (let k = 0; k < words.length; k++) {
    if (words[k].word.length !== 1 || !QUOTE_OPENS.has(words[k].word)) continue;
    let j = k + 1;
    while (j < words.length && isHanWord(words[j].word)) j++;
    if (j === k + 1 || j >= words.length || !QUOTE_CLOSES.has(words[j].word)) continue;
    const start = words[k + 1].start;
    const end = words[j - 1].end;
    if (AWARD_NAME.test(text.slice(start, end))) add({ word: text.slice(start, end), tag: 'nz', start, end }, 'other');
    k = j;
  }
}

/**
 * Whether a word next to a name-shaped one may be another piece of one name jieba cut in two (a foreign firm's transliterated name, an unknown word and a person's name piece): a Han noun,
 * an unknown word or an abbreviation with no mark between.
 */
const pieceOfLongerWord = (w: PlacedWord | undefined) => !!w && /^[nxj]/u.test(w.tag) && isHanWord(w.word);

/**
 * Items coordinated with a place or organisation already found (`厦门和X`, `X、Y与Z`): an item jieba tags a place is
 * a place beside a place; one of a brand's tags is an organisation beside an organisation.
 */
function coordinatedWithNames(words: readonly PlacedWord[], add: (w: PlacedWord, type: EntityType) => void, knownTypeAt: (w: PlacedWord) => EntityType | undefined): void {
  for (let k = 1; k + 1 < words.length; k++) {
    if (!COORDINATOR.test(words[k].word)) continue;
    // Each side with the word on its far side, which must not run on into it as one longer name.
    for (const [a, b, beyond] of [[words[k - 1], words[k + 1], words[k + 2]], [words[k + 1], words[k - 1], words[k - 2]]] as const) {
      const type = knownTypeAt(a);
      if (!nameShaped(b) || knownTypeAt(b) || pieceOfLongerWord(beyond)) continue;
      if (type === 'place' && b.tag === 'ns') add(b, 'place');
      else if (type === 'org' && BRAND_TAGS.has(b.tag) && b.tag !== 'nr') add(b, 'org');
    }
  }
}

/**
 * One sense per discourse: an organisation or place name of the article found by the evidence of one sentence is the same
 * name where the article writes the same word again (`X` after `X集团` or `X、Y等企业`), when jieba cuts it there as a
 * word of its own (not a part of a longer word). `evidenced` are the names so found, by their text.
 */
export function repeatedNames(paragraphs: readonly string[], mentions: readonly EntityMention[], evidenced: ReadonlyMap<string, EntityMention>,
  isWord: (paragraph: number, start: number, end: number) => boolean): EntityMention[] {
  if (evidenced.size === 0) return [];
  const added: EntityMention[] = [];
  const byParagraph = new Map<number, EntityMention[]>();
  for (const m of mentions) (byParagraph.get(m.paragraph) ?? byParagraph.set(m.paragraph, []).get(m.paragraph)!).push(m);
  paragraphs.forEach((text, paragraph) => {
    for (const [name, source] of evidenced) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        const taken = (byParagraph.get(paragraph) ?? []).some((m) => m.start < end && at < m.end) || added.some((m) => m.paragraph === paragraph && m.start < end && at < m.end);
        if (taken || !isWord(paragraph, at, end)) continue;
        added.push({ text: name, canonical: source.canonical, type: source.type, paragraph, start: at, end });
      }
    }
  });
  return added;
}
