// Shapes shared by the pure text functions, the stages and the store.
// Everything here is plain JSON-serialisable data: stage outputs cross worker threads and land in SQLite.

/** Why a block of a page was dropped by the clean stage; shown by `show --removed`. */
export type RemovalReason =
  | 'nav' | 'breadcrumb' | 'ad' | 'cookie' | 'share' | 'comment-chrome' | 'related' | 'tags'
  | 'footer' | 'byline' | 'ticker' | 'injected-brief' | 'off-topic' | 'repeated' | 'pagination'
  | 'low-text-density' | 'link-density' | 'title-repeat' | 'hidden' | 'metadata' | 'marker' | 'short'
  /** Dropped by the plain-text line classifier (src/text/clean/plain/line-classifier.ts) rather than by a named rule, or text every card of a listing repeats (its template). */
  | 'boilerplate'
  /** A second copy of a block kept earlier on the same page (a layout's mobile copy, a reply quoting an earlier post). */
  | 'duplicate'
  /** The labels, buttons, options and typed-in text of a form's controls (src/text/clean/html/rules.ts VISIBLE_NEVER_TEXT). */
  | 'form';

export interface RemovedBlock {
  text: string;
  reason: RemovalReason;
}

export type ParagraphKind = 'p' | 'heading' | 'list' | 'quote';

export interface CleanParagraph {
  text: string;
  kind: ParagraphKind;
}

/**
 * What kind of page an HTML page is, decided before cleaning (src/text/clean/html/page-type.ts): the main content of
 * a forum thread is its posts, of a listing its items, of a product page its description and specifications.
 */
export type PageType = 'article' | 'forum' | 'product' | 'listing' | 'documentation' | 'service';

/** What the clean stage makes of one page, HTML or plain text. */
export interface CleanDocument {
  title: string | null;
  author: string | null;
  published: string | null;
  siteName: string | null;
  /** `<html lang>` or `og:locale`, as written on the page (a hint for the language stage). */
  langHint: string | null;
  /** HTML: the page's own address (`<link rel=canonical>`, else `og:url`), when it states one. */
  url?: string | null;
  paragraphs: CleanParagraph[];
  removed: RemovedBlock[];
  /** Which extractor produced the paragraphs, e.g. 'container', 'blocks', 'readability', 'text'. */
  method: string;
  /** The page type the HTML extractor decided (absent for plain-text pages). */
  pageType?: PageType;
  /** Hashes of the page's blocks before cross-document removal (set by the clean stage; the runner counts them per folder). */
  blockHashes?: string[];
  /** Why the text is empty, when it is (set by the clean stage; `status` and `show` list it); absent otherwise. */
  warnings?: string[];
}

export type ChineseScript = 'Hans' | 'Hant';

export interface LanguageLabel {
  /** ISO 639-1 code, or 'und' when the text is too short or too mixed to decide. */
  lang: string;
  /** Simplified or traditional, for Chinese only; null otherwise. */
  script: ChineseScript | null;
  /** 0..1 */
  confidence: number;
}

export type EntityType = 'org' | 'person' | 'product' | 'place' | 'other';

export interface EntityMention {
  /** Surface form as written in the text. */
  text: string;
  /** Canonical name from the alias table (or the surface form when unknown). */
  canonical: string;
  type: EntityType;
  /** Index of the paragraph in the clean document. */
  paragraph: number;
  /** UTF-16 offsets in that paragraph. */
  start: number;
  end: number;
}

/**
 * An amount (`money`, `percent`, `count`, `number`), or digits that count nothing: a `date` part (day, month, year,
 * hour or minute of a written date or time: `5/17/2018`, `2018年5月17日`, `18:30`) or a `code` group (of a phone,
 * account or reference number: `+1-222-2222`, `423 0000`). Claims are made of amounts only (`isAmount`).
 */
export type QuantityKind = 'money' | 'percent' | 'count' | 'number' | 'date' | 'code';

export interface Quantity {
  /** Exact source text of the quantity, e.g. `5.4億美元`, `rund 27,6 Millionen US-Dollar`. */
  text: string;
  start: number;
  end: number;
  kind: QuantityKind;
  /** Best single value. */
  value: number;
  /** Interval covered by the statement (stated precision and hedges widen it; one-sided hedges make it open: Infinity / 0). */
  low: number;
  high: number;
  /** ISO 4217 for money, '%' for percent, lowercase plural English noun for counts ('parameters'), null for bare numbers. */
  unit: string | null;
  hedge: 'about' | 'more-than' | 'less-than' | 'up-to' | 'at-least' | null;
  /** A scale word or character multiplied the number (`15.5 million`, `3 Mrd.`, `1200万`, `2k`): an amount, not a count of single things. */
  scaled: boolean;
}

interface ClaimCommon {
  /** The sentence stating the claim. */
  text: string;
  paragraph: number;
  /**
   * Canonical name of the named entity the claim is about (null when none found): the alias table's, CLDR's or the
   * romanised name, the same in every language (`Norway` for `Norwegii`, `Bank of Canada` for `加拿大央行`). What compare
   * groups by and `claims --entity` matches.
   */
  entity: string | null;
  /**
   * The subject as written on the page: the named entity's surface form (`Norwegii`, `加拿大央行`), or, failing a name, the
   * noun phrase the number is about (`Die Geburtenrate`, `maïs`); null when none. For reading, not grouping.
   * Optional: a user stage written before it existed makes claims without one.
   */
  subject?: string | null;
  /** Time the claim refers to when stated, normalised ('2022', '2023-05'). */
  time: string | null;
  lang: string;
  /** How it was made, e.g. 'rules@2'. */
  method: string;
  /** 0..1: how sure the rules are that this is a claim with the right subject and measure (`claims --min-confidence`). */
  confidence: number;
}

/** A stated quantity: `OpenAI spent about $540 million in 2022`. */
export interface NumericClaim extends ClaimCommon {
  kind: 'numeric';
  /** What the value is of, canonical where the vocabularies know it ('revenue', 'employees', 'visitors'), else the measure as written, else 'amount'. */
  attribute: string;
  /** The measure word(s) as written (`Besucher`, `用户`, `Umsatz`), null when the number has none. */
  measure: string | null;
  value: number;
  low: number;
  high: number;
  unit: string | null;
  /** The quantity text inside the sentence (highlighting). */
  quantityText: string;
  speaker: null;
}

/** An attributed quote: `"…", said Priya Raman`. */
export interface QuoteClaim extends ClaimCommon {
  kind: 'quote';
  attribute: 'quote';
  measure: null;
  value: null;
  low: null;
  high: null;
  unit: null;
  /** The quoted words. */
  quote: string;
  quantityText: null;
  /** Who said it. */
  speaker: string;
}

export type Claim = NumericClaim | QuoteClaim;

/** A claim as stored: the columns both kinds share, quotes keeping their words in `quantityText`. */
export interface StoredClaim {
  text: string;
  paragraph: number;
  entity: string | null;
  /** The subject as written (ClaimCommon.subject); null in databases made before it was stored. */
  subject?: string | null;
  attribute: string;
  measure: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  quantityText: string | null;
  time: string | null;
  speaker: string | null;
  lang: string;
  method: string;
  confidence: number;
}

/** A stored claim with where it was found: what queries, compare and the report work with. */
export interface ArticleClaim extends StoredClaim {
  id: number;
  /** Article path relative to the ingested folder. */
  path: string;
}

/** The JSON output of each per-article stage, by stage name: what the runner stores and passes on. */
export interface ReadOutput {
  format: 'html' | 'text';
  encoding: string;
  encodingSource: string;
  text: string;
  /** Decoding problems the user should see (e.g. invalid UTF-8 replaced with U+FFFD); absent when none. */
  warnings?: string[];
}
export interface LanguageOutput {
  article: LanguageLabel;
  paragraphs: LanguageLabel[];
}
export interface SegmentOutput {
  sentences: Array<{ paragraph: number; start: number; end: number }>;
}
export interface EntitiesOutput {
  mentions: EntityMention[];
  /** How the mentions were made: 'rules@1', or 'rules@1+ner:<model id>' when a NER model added to them. */
  method?: string;
}
export interface ClaimsOutput {
  claims: Claim[];
  /** What was left unread and why (a sentence of more numbers than claims.ts MAX_QUANTITIES_PER_SENTENCE); absent when nothing was. */
  warnings?: string[];
}
export interface EmbedOutput {
  method: string;
  model: string | null;
  dims: number;
  /** The vectors of the distinct texts, `dims` floats each, one after another. */
  vectors: Float32Array;
  /** Per clean paragraph / per claim, its row in `vectors` (no paragraphs for the built-in method: see the embed stage). */
  paragraphs: number[];
  claims: number[];
  /** Set when a page's paragraphs were embedded in runs (embed.ts MAX_PARAGRAPH_VECTORS). */
  warnings?: string[];
}
export interface TranslateOutput {
  method: string;
  to: string;
  model: string | null;
  translations: Array<string | null>;
}
export interface StageOutputs {
  read: ReadOutput;
  clean: CleanDocument;
  language: LanguageOutput;
  segment: SegmentOutput;
  entities: EntitiesOutput;
  claims: ClaimsOutput;
  embed: EmbedOutput;
  translate: TranslateOutput;
}
