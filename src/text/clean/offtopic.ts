// Injected off-topic briefs: prose paragraphs of unrelated news that content farms drop into an article (crypto and
// finance items ending in a timestamp like `[2022/6/18 4:36:07]`). Found two ways, after either cleaner:
// - by pattern: a bracketed timestamp tail, a news-feed source tag (`(The Block)`, `据金色财经报道`), a dense finance
//   vocabulary the rest of the article does not share → 'injected-brief';
// - by topic: a paragraph whose content words (Intl.Segmenter words, plus character bigrams for Chinese and Japanese)
//   and named entities share almost nothing with the rest of the article → 'off-topic'.
// Both are conservative: the first paragraph, headings and short articles need a pattern, never topic alone, and a
// paragraph that shares a named entity or a number-with-unit with the article is never dropped for its topic.
import type { RemovalReason } from '../../types.ts';
import { allMatches, contentWords, escapeRegExp, isUnspaced } from '../language/words.ts';
import { effectiveLength } from './blocks.ts';
import { roughLanguage } from './plain/rough-lang.ts';

/** A brief is prose: shorter than this (Latin-equivalent chars) a paragraph is a caption or a heading, judged by the cleaners. */
export const MIN_BRIEF_LENGTH = 80;
/** Topic alone decides only in articles with at least this many other paragraphs: a short article has no topic profile to compare with. */
export const MIN_ARTICLE_PARAGRAPHS = 5;
/**
 * ...and only for paragraphs with this many distinct content terms: fewer and the overlap figure is noise. Words only in
 * spaced scripts (stopwords-iso's large lists leave 9–15 content words in a 25-word English sentence); words plus
 * character bigrams in Chinese and Japanese (40–55 terms for a 50-character sentence).
 */
export const MIN_TERMS_FOR_TOPIC = 16; // 10 still flagged interview answers of 10–15 terms on extraction-dev
export const MIN_TERMS_FOR_TOPIC_UNSPACED = 20;
/**
 * Share of a paragraph's content terms found elsewhere in the article at or below which it is off topic. In the long
 * seed 001 article paragraphs share 0.25–0.78 of their terms (words plus CJK bigrams) and the briefs 0.19–0.49; in the
 * short corpus pages article paragraphs share 0.06–0.45 and the briefs 0.04–0.15. So overlap alone separates little:
 * topic alone needs a very low share (OFFTOPIC_MAX_SHARE) that is also far below the article's median
 * (OFFTOPIC_MAX_MEDIAN_RATIO); with a finance vocabulary or a feed pattern the looser SUSPECT_MAX_SHARE is enough.
 */
export const OFFTOPIC_MAX_SHARE = 0.06;
export const OFFTOPIC_MAX_MEDIAN_RATIO = 0.5;
export const SUSPECT_MAX_SHARE = 0.35;
/**
 * Topic alone needs both neighbours on the article's topic: at least half the median share and this much absolute.
 * Measured after the HTML extractor on bench/extraction-dev (435 pages): with no neighbour guard, 16-term minimum or
 * stemming, topic alone flagged 70 paragraphs and lost 18 gold `with` segments on 12 pages (interviews, recipes,
 * German compounds sharing no exact word); with the guard, STEM_LENGTH and MIN_TERMS_FOR_TOPIC it flags 2 (a photo
 * credit, a link list) and loses none; extraction-zh-dev (20 pages): 0 flagged.
 */
export const NEIGHBOUR_MIN_MEDIAN_RATIO = 0.5;
export const NEIGHBOUR_MIN_SHARE = 0.25;
/** Finance/crypto terms per word at or above which a paragraph reads like a market brief (about one term every 12 words). */
export const FINANCE_MIN_DENSITY = 0.08;
/** ...and at least this many such terms: one "bank" in a sentence is not a brief. */
export const FINANCE_MIN_HITS = 2;
/** A headline-led paragraph without a feed tag or stamp needs this many finance terms: "Siemens: investors…" is not a brief. */
export const FINANCE_STRONG_HITS = 3;
/** The article itself may be about finance: the paragraph must be this many times denser than the rest. */
export const FINANCE_MIN_RATIO = 3;

/** `[2022/6/18 4:36:07]`, `[2019/8/10]`, `【2023-04-02 09:15】` at the end: the feed's publication stamp. */
const TIMESTAMP_TAIL = /[\[【]\s*\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】]\s*$/u;
/** `(The Block)`, `(財聯社)` just before the end or the stamp: the feed credits its source. */
const SOURCE_TAG = /[(（](?:the block|coindesk|cointelegraph|decrypt|bloomberg|reuters|財聯社|财联社|金色財經|金色财经|[^()（）\s]{1,10}(?:快訊|快讯|財經|财经|日報|日报|新聞|新闻))[)）]\s*(?:[\[【][^\]】]*[\]】])?\s*$/iu;
/** `据新浪财经报道`, `6月18日消息`, `1月29日电`: the lead of a Chinese wire item. */
const WIRE_LEAD = /(?:据|據)[^，,。:：]{1,15}(?:消息|报道|報道|報導)|\d{1,2}月\d{1,2}日(?:消息|电|電)|金色财经报道|金色財經報道/u;
/** `Headline: body` or `聲音 | Headline: body`: a brief starts with its own headline. */
const HEADLINE_LEAD = /^(?:[^|｜:：。.!?！？]{1,8}\s*[|｜]\s*)?[^:：。.!?！？\n]{6,70}[:：]\s*\S/u;

/** Market and crypto vocabulary, lowercase, matched as substrings (stems for inflected languages). */
const FINANCE_TERMS = [
  // zh (both scripts)
  '比特币', '比特幣', '以太坊', '加密', '区块链', '區塊鏈', '币', '幣', '交易所', '贷款', '貸款', '抵押', '保证金', '保證金', '清算',
  '质押', '質押', '融资', '融資', '银行', '銀行', '破产', '破產', '监管', '監管', '头寸', '頭寸', '流动性', '流動性', '资产', '資產',
  '负债', '負債', 'nft', '交易量', '地板价', '地板價', '大宗商品', '期货', '期貨', '股价', '股價', '市值', '汇款', '匯款', '罚款', '罰款', '交易对手', '交易對手', '基金', '金融',
  // ja
  '暗号資産', '仮想通貨', 'ビットコイン', 'イーサリアム', 'ブロックチェーン', '取引所', 'ファンド', '調達', '株価', '融資', 'トークン', '金融',
  // en, de, fr, es, ru (stems)
  'crypto', 'krypto', 'bitcoin', 'ethereum', 'stablecoin', 'blockchain', 'token', 'staking', 'exchange', 'lending', 'deposit', 'yield',
  'liquidat', 'collateral', 'margin', 'bank', 'trading', 'investor', 'börse', 'franken', 'anleger', 'transaktionsvolumen', 'kredit',
  'actifs numériques', 'cryptoactif', 'épargne', 'courtier', 'banque', 'bourse', 'jeton', 'cripto', 'intercambio', 'banco', 'bolsa',
  'inversor', 'крипт', 'биткоин', 'токен', 'банк', 'депозит', 'актив', 'бирж', 'вклад',
];

/**
 * Words of spaced scripts are compared by their first characters (truncation stemming): German compounds and
 * inflections then meet their parts (Gitarrengeschäft/Gitarre, Modelle/Modellpolitik, training/trained). Five
 * characters conflate a little too much rather than too little, which only makes topic decisions more cautious.
 */
const STEM_LENGTH = 5;
/** A quoted passage of some length: `"…"`, `“…”`, `„…“`, `«…»`, `「…」`. */
const QUOTATION = /["“„«「『][^"“”„«»「」『』]{20,}["”“»」』]/u;
/** A run of Latin or Cyrillic letters and digits, also when glued to Han characters (`谷歌和OpenAI`). */
const LATIN_TOKEN = /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}])[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{N}]*(?:[-.][\p{Script=Latin}\p{Script=Cyrillic}\p{N}]+)*/gu;
/**
 * Latin and Cyrillic stems match at a word start only: "Bankkonto" is finance, "Powerbank" and "Datenbank" are not.
 * One lookbehind before the group of them rather than one per term (a third of the scan's time); the order of terms
 * within each group is kept, and a CJK term and a Latin one never start at the same character, so it counts the same.
 */
const isWordScriptTerm = (t: string) => /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(t);
const FINANCE_RE = new RegExp(
  `(?:${FINANCE_TERMS.filter((t) => !isWordScriptTerm(t)).map(escapeRegExp).join('|')})`
  + `|(?<!\\p{L})(?:${FINANCE_TERMS.filter(isWordScriptTerm).map(escapeRegExp).join('|')})`, 'gu');
/** A capital after the first character, or a digit anywhere (OpenAI, GPT-4). */
const INNER_CAPITAL_OR_DIGIT = /.\p{Lu}|\d/u;
const STARTS_UPPERCASE = /^\p{Lu}/u;
/** The (up to three) characters before a token end a sentence or open a quotation: a capital there says nothing. */
const AFTER_SENTENCE_START = /(?:^|[.!?。！？:：«“„(]\s*)$/u;
const KATAKANA_NAME = /[\p{Script=Katakana}ー・]{3,}/gu;
const NUMBER_WITH_UNIT = /(\d[\d.,]*)\s?(%|[\p{Script=Han}]{1,2}|[\p{L}]{1,12})/gu;
const HAN_KANA_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}/gu;

interface Profile {
  terms: Set<string>;
  words: number;
  /** Finance terms (FINANCE_RE), counted on first use (financeHits): only a paragraph with a feed's pattern, or one
   * whose terms the article hardly shares, needs the article's finance density. */
  finance?: number;
  length: number;
  unspaced: boolean;
  text: string;
  lang: string;
  /** Entity-like tokens (entitiesOf), found on first use (entitiesOfProfile): only rare decisions read them. */
  entities?: Set<string>;
}

/**
 * The paragraph's entities, found when first asked for: only a paragraph next to a brief, or one whose terms the article
 * hardly shares, needs them, and finding them was a third of the profiles' time on extraction-dev.
 */
function entitiesOfProfile(p: Profile): Set<string> {
  return (p.entities ??= entitiesOf(p.text, p.lang, p.unspaced));
}

function financeHits(p: Profile): number {
  return (p.finance ??= p.text.toLowerCase().match(FINANCE_RE)?.length ?? 0);
}

export interface InjectedParagraph { index: number; reason: RemovalReason }

/**
 * Indexes of paragraphs that are injected news briefs ('injected-brief') or unrelated to the rest of the article
 * ('off-topic'). `langHint` is an ISO 639-1 code when known; otherwise the script decides.
 */
export function findInjectedParagraphs(paragraphs: string[], langHint: string | null): InjectedParagraph[] {
  if (paragraphs.length < 2) return [];
  // Every rule below flags only paragraphs of a brief's length: a page without one (333,000 one-word lines,
  // bench:hostile) has nothing to flag and is not profiled.
  if (!paragraphs.some((text) => effectiveLength(text) >= MIN_BRIEF_LENGTH)) return [];
  const lang = langHint ?? roughLanguage(paragraphs.join('\n'));
  // A paragraph repeated on the page has one profile (profiles are only read): a page of 333,000 paragraphs of `a`
  // profiled each of them (bench:hostile).
  const byText = new Map<string, Profile>();
  const profiles = paragraphs.map((text) => {
    let found = byText.get(text);
    if (!found) byText.set(text, (found = profile(text, lang)));
    return found;
  });
  const flagged = new Map<number, RemovalReason>();
  const pool = new ArticlePool(profiles, flagged);
  const isFinanceDense = financeDensity(profiles);

  // 1. Feed patterns.
  paragraphs.forEach((text, i) => {
    const p = profiles[i];
    if (p.length < MIN_BRIEF_LENGTH) return;
    const stamp = TIMESTAMP_TAIL.exec(text.trim());
    const feed = SOURCE_TAG.test(text.trim()) || WIRE_LEAD.test(text);
    const lead = HEADLINE_LEAD.test(text.trim());
    // Asked only where a pattern makes them matter (nothing is flagged between here and their use).
    const finance = () => isFinanceDense(i);
    const offTopic = () => pool.share(i) <= SUSPECT_MAX_SHARE;
    if (stamp && (stamp[1] || feed || lead || finance() || offTopic())) pool.flag(i, 'injected-brief');
    else if (feed && finance()) pool.flag(i, 'injected-brief');
    else if (lead && finance() && financeHits(p) >= FINANCE_STRONG_HITS && offTopic()) pool.flag(i, 'injected-brief');
  });

  // 2. A brief that runs over several paragraphs: a paragraph between flagged ones, or after one, that talks about
  //    what the brief talks about rather than what the article does (seed 001: Genesis over three paragraphs).
  for (let pass = 0; pass < 2; pass++) {
    paragraphs.forEach((_, i) => {
      if (flagged.has(i) || !flagged.has(i - 1) && !flagged.has(i + 1)) return;
      const briefs = [i - 1, i + 1].filter((j) => flagged.get(j) === 'injected-brief');
      if (briefs.length === 0) return;
      const withBrief = sharedEntities(profiles[i], briefs.map((j) => profiles[j]));
      const withArticle = pool.sharedWithArticle(i);
      const share = pool.share(i);
      if (withBrief > withArticle && share <= SUSPECT_MAX_SHARE) pool.flag(i, 'injected-brief');
      else if (briefs.length === 2 && share <= OFFTOPIC_MAX_SHARE && withArticle === 0) pool.flag(i, 'injected-brief');
    });
  }

  // 3. Topic alone: never the first paragraph, never short paragraphs or short articles, never a shared entity.
  const remaining = paragraphs.length - flagged.size;
  if (remaining - 1 >= MIN_ARTICLE_PARAGRAPHS) {
    // The shares before this pass flags anything, of the paragraphs it reads: those of a brief's length and their
    // neighbours (a page of short lines has many that it never reads).
    const shares = new Map<number, number>();
    profiles.forEach((p, i) => {
      if (p.length < MIN_BRIEF_LENGTH) return;
      for (const j of [i - 1, i, i + 1]) if (j >= 0 && j < profiles.length && !shares.has(j)) shares.set(j, pool.share(j));
    });
    const median = medianOf(paragraphs.flatMap((_, i) => (!flagged.has(i) && profiles[i].length >= MIN_BRIEF_LENGTH ? [shares.get(i)!] : [])));
    paragraphs.forEach((_, i) => {
      if (i === 0 || flagged.has(i)) return;
      const p = profiles[i];
      if (p.length < MIN_BRIEF_LENGTH || p.terms.size < (p.unspaced ? MIN_TERMS_FOR_TOPIC_UNSPACED : MIN_TERMS_FOR_TOPIC)) return;
      // A quotation brings in its speaker's words and names: new vocabulary is expected there, not a sign of injection.
      if (QUOTATION.test(paragraphs[i])) return;
      // Injected means dropped into the article: both neighbours must be article paragraphs on the article's topic.
      // At the edges, or among other stray paragraphs, low overlap more often means the article is what is missing.
      const onTopic = (j: number) => j >= 0 && j < paragraphs.length && !flagged.has(j)
        && shares.get(j)! >= Math.max(NEIGHBOUR_MIN_MEDIAN_RATIO * median, NEIGHBOUR_MIN_SHARE);
      if (!onTopic(i - 1) || !onTopic(i + 1)) return;
      const share = shares.get(i)!;
      // No limit is above SUSPECT_MAX_SHARE: the finance density is asked only below it.
      if (share > SUSPECT_MAX_SHARE) return;
      const finance = isFinanceDense(i);
      const limit = finance ? SUSPECT_MAX_SHARE : Math.min(OFFTOPIC_MAX_SHARE, OFFTOPIC_MAX_MEDIAN_RATIO * median);
      // A shared entity keeps it: asked last, since only here are the article's entities needed.
      if (share <= limit && pool.sharedWithArticle(i) === 0) pool.flag(i, finance ? 'injected-brief' : 'off-topic');
    });
  }

  return [...flagged].sort((a, b) => a[0] - b[0]).map(([index, reason]) => ({ index, reason }));
}

/** Content terms (words, plus character bigrams in unspaced scripts), entity-like tokens and finance hits of one paragraph. */
export function profile(text: string, lang: string): Profile {
  const unspaced = isUnspaced(text);
  const words = contentWords(text, lang);
  const terms = new Set<string>();
  for (const w of words) {
    // Words of a text without unspaced characters are all spaced: only there is the per-word script test needed.
    if (unspaced && isUnspaced(w)) terms.add(w);
    else if (w.length > 1) terms.add(w.slice(0, STEM_LENGTH));
  }
  if (unspaced) {
    for (const run of text.match(HAN_KANA_RUN) ?? []) {
      let previous = '';
      for (const char of run) {
        if (previous) terms.add(previous + char);
        previous = char;
      }
    }
  }
  return { terms, words: Math.max(1, words.length), length: effectiveLength(text), unspaced, text, lang };
}

/**
 * Tokens that name something: Latin tokens inside CJK text (Genesis, GPT-3), words with inner capitals or digits
 * (OpenAI, LLaMA, GPT-4), capitalised words inside a sentence outside German (where every noun is capitalised),
 * katakana names (グーグル), and numbers with their unit (600美元, 540B, 4,6 millions).
 */
function entitiesOf(text: string, lang: string, cjk: boolean): Set<string> {
  const out = new Set<string>();
  // allMatches, not matchAll: no copy of each pattern per paragraph (a page of 300,000 one-word lines, bench:hostile).
  for (const m of allMatches(LATIN_TOKEN, text)) {
    const token = m[0];
    if (token.length < 2) continue;
    // Cheapest evidence first: the sentence-start look-back is only needed for a plain capitalised word.
    if (cjk || INNER_CAPITAL_OR_DIGIT.test(token)) { out.add(token.toLowerCase()); continue; }
    if (lang === 'de' || !STARTS_UPPERCASE.test(token)) continue;
    if (!AFTER_SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) out.add(token.toLowerCase());
  }
  for (const m of text.match(KATAKANA_NAME) ?? []) out.add(m);
  for (const m of allMatches(NUMBER_WITH_UNIT, text)) {
    if (/^(?:19|20)\d\d$/.test(m[1]) || /^[年月日号號時时分秒]/u.test(m[2])) continue; // dates are context, not entities
    out.add(`${m[1].replace(/[.,]/g, '')} ${m[2].toLowerCase()}`);
  }
  return out;
}

/**
 * How many unflagged paragraphs hold each term and entity: the "rest of the article" for every paragraph at once, so
 * each overlap question costs one pass over the paragraph's own terms instead of a pass over the whole article.
 */
class ArticlePool {
  private terms = new Map<string, number>();
  /** Counted on the first question about entities (entityCounts), from the paragraphs unflagged then. */
  private entities: Map<string, number> | null = null;
  /** Unflagged paragraphs that have terms. */
  private active = 0;
  constructor(private profiles: Profile[], private flagged: Map<number, RemovalReason>) {
    profiles.forEach((p) => this.add(p, 1));
  }
  private add(p: Profile, delta: number): void {
    for (const t of p.terms) this.terms.set(t, (this.terms.get(t) ?? 0) + delta);
    if (this.entities) for (const e of entitiesOfProfile(p)) this.entities.set(e, (this.entities.get(e) ?? 0) + delta);
    if (p.terms.size > 0) this.active += delta;
  }
  private entityCounts(): Map<string, number> {
    if (!this.entities) {
      const counts = new Map<string, number>();
      this.profiles.forEach((p, i) => {
        if (!this.flagged.has(i)) for (const e of entitiesOfProfile(p)) counts.set(e, (counts.get(e) ?? 0) + 1);
      });
      this.entities = counts;
    }
    return this.entities;
  }
  flag(i: number, reason: RemovalReason): void {
    if (!this.flagged.has(i)) this.add(this.profiles[i], -1);
    this.flagged.set(i, reason);
  }
  /** Share of paragraph i's terms that occur in the unflagged rest of the article (1 when there is nothing to compare). */
  share(i: number): number {
    const own = this.profiles[i].terms;
    if (own.size === 0) return 1;
    const self = this.flagged.has(i) ? 0 : 1;
    if (this.active - self === 0) return 1;
    let shared = 0;
    for (const t of own) if ((this.terms.get(t) ?? 0) - self > 0) shared++;
    return shared / own.size;
  }
  /** Entities of paragraph i that the unflagged rest of the article also names. */
  sharedWithArticle(i: number): number {
    const self = this.flagged.has(i) ? 0 : 1;
    const counts = this.entityCounts();
    let n = 0;
    for (const e of entitiesOfProfile(this.profiles[i])) if ((counts.get(e) ?? 0) - self > 0) n++;
    return n;
  }
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Entities of p named by any of `others`. */
function sharedEntities(p: Profile, others: Profile[]): number {
  let n = 0;
  for (const e of entitiesOfProfile(p)) if (others.some((o) => entitiesOfProfile(o).has(e))) n++;
  return n;
}

/** Dense in finance terms, and much denser than the rest of the article (which may itself be about money). */
function financeDensity(profiles: Profile[]): (i: number) => boolean {
  // The article's totals, counted on the first paragraph dense enough to compare with them.
  let totals: { hits: number; words: number } | null = null;
  return (i) => {
    const p = profiles[i];
    const own = financeHits(p);
    const density = own / p.words;
    if (own < FINANCE_MIN_HITS || density < FINANCE_MIN_DENSITY) return false;
    if (!totals) {
      totals = { hits: 0, words: 0 };
      for (const q of profiles) { totals.hits += financeHits(q); totals.words += q.words; }
    }
    const restWords = totals.words - p.words;
    return density >= FINANCE_MIN_RATIO * (restWords > 0 ? (totals.hits - own) / restWords : 0);
  };
}
