// Named-entity recognition with an optional transformers.js token-classification model (a BERT-style NER model
// such as Xenova/bert-base-multilingual-cased-ner-hrl), added on top of the alias table and name rules of
// src/text/claims/entities.ts. Words are split here, each word tokenised on its own, so every token knows the exact
// UTF-16 span of its word in the paragraph (transformers.js' tokenizers give no offset mapping). A word takes
// the label of its first word piece (the usual "first" aggregation); B-/I- words are merged into spans.
// One recogniser per (model, dtype, folders) per thread; transformers.js is imported only when a model is asked for.
import type { EntityMention, EntityType } from '../types.ts';
import { matchKey, trieChild, type AliasEntry, type AliasTable } from '../text/claims/entities.ts';
import {
  DEFAULT_DTYPE, LoadedModels, assertObtainable, describeLoadError, loadOrExplain, loadTransformers, lookedIn, modelFingerprint,
  modelSettings, pretrainedOptions, withClearErrors, type ModelSettings, type ModelUnavailableError,
} from './loader.ts';

/** The method of the rules alone (alias table + heuristics): what an output made without a model records. */
export const RULES_METHOD = 'rules@1';
/** The methodKey part when no NER model is used (off, or not obtainable). */
export const NO_NER_KEY = 'ner:none';

/**
 * A span is kept only when the mean probability of its words' labels reaches this. Not measured on a labelled
 * set (none bundled): NER models of this family give > 0.9 on the names they know and spread their mass over
 * labels on the words they guess; 0.75 keeps the confident ones, as precision matters more than recall here
 * (a noisy entity list ruins compare).
 */
export const NER_MIN_SCORE = 0.75;
/** Spans shorter than this many UTF-16 units are dropped: single letters are initials or noise, not entities. */
export const NER_MIN_CHARS = 2;
/**
 * At most this many word pieces per forward pass (plus the special tokens): attention cost grows with the square
 * of the length, and the models were trained on sentences far shorter than this. Longer paragraphs are cut
 * into windows at word boundaries.
 */
export const NER_MAX_TOKENS = 256;

/** CoNLL-style label types → ours; other types (DATE in the -hrl models) are not entities here. */
const LABEL_TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'org', LOC: 'place', MISC: 'other' };

export interface NerOptions {
  /** Model id; null/absent = no NER. */
  nerModel?: string | null;
  nerDtype?: string;
}

export interface NerSpan {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  score: number;
}

export interface EntityRecogniser {
  /** 'ner:<id>'. */
  method: string;
  model: string;
  recognise(paragraphs: string[]): Promise<NerSpan[]>;
  dispose(): Promise<void>;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Unspaced scripts: each character is a word (BERT's tokenizers split Han characters one by one too). */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Words as BERT's pre-tokenizer sees them, with UTF-16 offsets: runs of letters, marks and digits; every other
 * non-space character (punctuation, symbols) and every CJK character on its own.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  let offset = 0;
  const close = (end: number) => {
    if (start >= 0) words.push({ start, end, text: text.slice(start, end) });
    start = -1;
  };
  for (const ch of text) {
    if (/\s/u.test(ch)) close(offset);
    else if (WORD_CHAR.test(ch) && !UNSPACED_CHAR.test(ch)) {
      if (start < 0) start = offset;
    } else {
      close(offset);
      words.push({ start: offset, end: offset + ch.length, text: ch });
    }
    offset += ch.length;
  }
  close(offset);
  return words;
}

/** Word labels ('B-PER', 'I-ORG', 'O', …) with scores → entity spans (UTF-16 offsets into the paragraph). */
export function mergeLabels(paragraph: number, text: string, words: Word[], labels: Array<{ label: string; score: number }>): NerSpan[] {
  const spans: NerSpan[] = [];
  let current: { start: number; end: number; tag: string; scores: number[] } | null = null;
  const close = () => {
    if (current) {
      const type = LABEL_TYPES[current.tag];
      const score = current.scores.reduce((a, b) => a + b, 0) / current.scores.length;
      if (type) spans.push({ paragraph, start: current.start, end: current.end, text: text.slice(current.start, current.end), type, score });
    }
    current = null;
  };
  words.forEach((word, i) => {
    const { label, score } = labels[i];
    const match = /^([BI])-(.+)$/.exec(label);
    if (!match) return close();
    const [, prefix, tag] = match;
    // I- continues a span of the same type; an I- after O (a model's slip) starts one, as B- would.
    if (prefix === 'I' && current && current.tag === tag) {
      current.end = word.end;
      current.scores.push(score);
      return;
    }
    close();
    current = { start: word.start, end: word.end, tag, scores: [score] };
  });
  close();
  return spans;
}

/** The alias entry whose alias is exactly this surface form (any case or script variant `matchKey` folds), if any. */
export function aliasEntryOf(surface: string, lang: string, aliases: AliasTable): AliasEntry | null {
  let node = aliases.root;
  for (const unit of matchKey(surface)) {
    // The trie is keyed by UTF-16 unit: a code point of two (astral) has no edge.
    const next = unit.length === 1 ? trieChild(node, unit.charCodeAt(0)) : undefined;
    if (!next) return null;
    node = next;
  }
  const hit = node.hits.find((h) => h.langs === null || h.langs.has(lang));
  return hit?.entry ?? null;
}

/**
 * NER spans added to the rules' mentions: confident, long enough, and not overlapping a mention the rules found
 * (the alias table and rules win where both speak). A span whose text is a known alias takes that entry's
 * canonical name and type. Sorted by paragraph and offset.
 */
export function mergeMentions(rules: EntityMention[], spans: NerSpan[], lang: string, aliases: AliasTable): EntityMention[] {
  const added: EntityMention[] = [];
  const taken = [...rules];
  for (const span of spans) {
    if (span.end - span.start < NER_MIN_CHARS || span.score < NER_MIN_SCORE) continue;
    if (taken.some((m) => m.paragraph === span.paragraph && m.start < span.end && span.start < m.end)) continue;
    const entry = aliasEntryOf(span.text, lang, aliases);
    const mention: EntityMention = {
      text: span.text, canonical: entry?.canonical ?? span.text, type: entry?.type ?? span.type,
      paragraph: span.paragraph, start: span.start, end: span.end,
    };
    added.push(mention);
    taken.push(mention);
  }
  if (!added.length) return rules;
  return [...rules, ...added].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------------------
// The model

/** The NER model id the options ask for, or null. */
export function requestedNerModel(options: NerOptions): string | null {
  return options.nerModel ? String(options.nerModel) : null;
}

const loaded = new LoadedModels<EntityRecogniser>();

function cacheKey(id: string, dtype: string, settings: ModelSettings): string {
  return [id, dtype, settings.cacheDir, settings.localDir ?? '', settings.offline].join('\u0000');
}

/** Loads (once per thread) the token-classification model; throws ModelUnavailableError with one clear line. */
export function loadRecogniser(id: string, options: NerOptions = {}, settings = modelSettings()): Promise<EntityRecogniser> {
  const dtype = options.nerDtype ?? DEFAULT_DTYPE;
  return loaded.get(cacheKey(id, dtype, settings), () => createRecogniser(id, dtype, settings));
}

/** Forgets this thread's loaded NER models (tests that switch model folders). */
export function disposeRecognisers(): Promise<void> {
  return loaded.disposeAll();
}

async function createRecogniser(id: string, dtype: string, settings: ModelSettings): Promise<EntityRecogniser> {
  assertObtainable(id, 'encoder', dtype, settings);
  const t = await loadTransformers(settings);
  const pretrained = pretrainedOptions({ dtype }, settings);
  const model = await withClearErrors(id, () => t.AutoModelForTokenClassification.from_pretrained(id, pretrained), settings);
  const tokenizer = await withClearErrors(id, () => t.AutoTokenizer.from_pretrained(id, { local_files_only: pretrained.local_files_only }), settings);
  const id2label = ((model.config as { id2label?: Record<string, string> }).id2label) ?? {};
  if (!Object.values(id2label).some((l) => /^[BI]-/.test(l))) throw describeLoadError(id, new Error(`${id} has no B-/I- labels in config.json (not a NER model?)`), settings);
  // The special tokens around a sequence ([CLS] … [SEP] for BERT, <s> … </s> for XLM-R).
  const empty: number[] = tokenizer.encode('');
  const [prefix, suffix] = empty.length >= 2 ? [[empty[0]], empty.slice(1)] : [[], empty];
  const pieceCache = new Map<string, number[]>();
  const pieces = (word: string): number[] => {
    let ids = pieceCache.get(word);
    if (!ids) {
      ids = tokenizer.encode(word, { add_special_tokens: false }) as number[];
      if (!ids.length && tokenizer.unk_token_id !== undefined && tokenizer.unk_token_id !== null) ids = [Number(tokenizer.unk_token_id)];
      if (pieceCache.size < 50_000) pieceCache.set(word, ids);
    }
    return ids;
  };

  /** Labels of the words of one window (each word's first piece). */
  async function label(words: Word[]): Promise<Array<{ label: string; score: number }>> {
    const ids = [...prefix];
    const first: number[] = [];
    for (const w of words) {
      first.push(ids.length);
      ids.push(...pieces(w.text));
    }
    ids.push(...suffix);
    const dims = [1, ids.length];
    const outputs = await model({
      input_ids: new t.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), dims),
      attention_mask: new t.Tensor('int64', new BigInt64Array(ids.length).fill(1n), dims),
      token_type_ids: new t.Tensor('int64', new BigInt64Array(ids.length), dims),
    });
    const logits = outputs.logits as { data: Float32Array; dims: number[] };
    const width = logits.dims[2];
    const result = first.map((position) => {
      const row = logits.data.subarray(position * width, (position + 1) * width);
      let best = 0;
      for (let k = 1; k < width; k++) if (row[k] > row[best]) best = k;
      let sum = 0;
      for (let k = 0; k < width; k++) sum += Math.exp(row[k] - row[best]);
      return { label: id2label[best] ?? 'O', score: 1 / sum };
    });
    for (const output of Object.values(outputs)) (output as { dispose?: () => void }).dispose?.();
    return result;
  }

  return {
    method: `ner:${id}`,
    model: id,
    async recognise(paragraphs) {
      const spans: NerSpan[] = [];
      for (const [p, text] of paragraphs.entries()) {
        const words = splitWords(text);
        const labels: Array<{ label: string; score: number }> = [];
        // Windows of whole words, at most NER_MAX_TOKENS pieces each (a single longer word is cut by the model's own limit).
        for (let i = 0; i < words.length;) {
          let count = 0;
          let j = i;
          while (j < words.length && (j === i || count + pieces(words[j].text).length <= NER_MAX_TOKENS)) count += pieces(words[j++].text).length;
          labels.push(...await label(words.slice(i, j)));
          i = j;
        }
        spans.push(...mergeLabels(p, text, words, labels));
      }
      return spans;
    },
    async dispose() {
      await model.dispose();
    },
  };
}

/**
 * The recogniser the options ask for, or null (rules only) with one notice line saying why and how to add it.
 * A model present locally that fails to load is an error (the incremental key already promised it).
 */
export async function resolveRecogniser(options: NerOptions, notice: (message: string) => void, settings = modelSettings()): Promise<EntityRecogniser | null> {
  const id = requestedNerModel(options);
  if (!id) return null;
  return loadOrExplain(id, 'encoder', options.nerDtype ?? DEFAULT_DTYPE, settings, () => loadRecogniser(id, options, settings),
    (why) => notice(nerFallbackNotice(id, why, settings)));
}

export function nerFallbackNotice(id: string, error: ModelUnavailableError, settings = modelSettings()): string {
  // The loader's messages name the model ("cannot download <id> from ..."): say that it is the NER model.
  const why = error.reason === 'offline' ? `NER model ${id} not available offline (not in ${lookedIn(settings)})` : error.message.replace(id, `NER model ${id}`);
  return `entities: ${why}; using the alias table and name rules only. Run with network or --models DIR to add it.`;
}

/**
 * The NER part of the entities stage's methodKey, cheaply: 'ner:none' (off, or the model cannot be had),
 * 'ner:<id>:<dtype>:<bytes>' (present), or 'ner:<id>:<dtype>:downloadable' in a plan that could fetch it.
 * In a real run with network, a missing model is fetched here, once, on the main thread (as embedMethodKey does).
 */
export async function nerMethodKey(options: NerOptions, settings = modelSettings(), download = true): Promise<string> {
  const id = requestedNerModel(options);
  if (!id) return NO_NER_KEY;
  const dtype = options.nerDtype ?? DEFAULT_DTYPE;
  const weights = await modelFingerprint(id, 'encoder', dtype, settings, download, () => createRecogniser(id, dtype, settings));
  return weights === null ? NO_NER_KEY : `ner:${id}:${dtype}:${weights}`;
}
