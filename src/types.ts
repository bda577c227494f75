// Shapes shared by the pure text functions, the stages and the store.
// Everything here is plain JSON-serialisable data: stage outputs cross worker threads and land in SQLite.

/** Why a block of a page was dropped by the clean stage; shown by `show --removed`. */
export type RemovalReason =
  | 'nav' | 'breadcrumb' | 'ad' | 'cookie' | 'share' | 'comment-chrome' | 'related' | 'tags'
  | 'footer' | 'byline' | 'ticker' | 'injected-brief' | 'off-topic' | 'repeated' | 'pagination'
  | 'low-text-density' | 'link-density' | 'title-repeat' | 'hidden' | 'metadata' | 'marker' | 'short';

export interface RemovedBlock {
  text: string;
  reason: RemovalReason;
}

export type ParagraphKind = 'p' | 'heading' | 'list' | 'quote';

export interface CleanParagraph {
  text: string;
  kind: ParagraphKind;
}

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
  /** Hashes of the page's blocks before cross-document removal (set by the clean stage; the runner counts them per folder). */
  blockHashes?: string[];
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

export type QuantityKind = 'money' | 'percent' | 'count' | 'number';

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
}

export interface Claim {
  /** The sentence stating the claim. */
  text: string;
  paragraph: number;
  /** Canonical entity name the value is about (null when none found). */
  entity: string | null;
  /** 'parameters', 'revenue', 'cost', 'spending', 'valuation', 'users', 'employees', 'share', 'count', 'quote', ... */
  attribute: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  /** The quantity text inside the sentence (highlighting), or the quote text. */
  quantityText: string | null;
  /** Time the claim refers to when stated, normalised ('2022', '2023-05'). */
  time: string | null;
  /** Who said it, for quotes. */
  speaker: string | null;
  lang: string;
  /** How it was made, e.g. 'rules@1'. */
  method: string;
}

/** A stored claim with where it was found: what queries, compare and the report work with. */
export interface ArticleClaim extends Claim {
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
}
export interface EmbedOutput {
  method: string;
  model: string | null;
  dims: number;
  /** base64 little-endian Float32Array per clean paragraph / per claim. */
  paragraphs: string[];
  claims: string[];
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
