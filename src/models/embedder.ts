// Sentence embeddings: a transformers.js encoder model (mean-pooled, L2-normalised) when one can be had,
// else the built-in hashed n-gram embedding. One embedder per (model, dtype, device) per thread.
import { FALLBACK_DIMS, FALLBACK_METHOD, hashedNgramEmbedding } from './fallback.ts';
import {
  DEFAULT_DEVICE, DEFAULT_DTYPE, LoadedModels, ModelUnavailableError, assertObtainable, loadOrExplain, loadTransformers, lookedIn,
  modelFingerprint, modelSettings, pretrainedOptions, withClearErrors, type ModelSettings,
} from './loader.ts';

export interface TextEmbedder {
  /** 'model:<id>' or 'hashed-ngrams@1'. */
  method: string;
  model: string | null;
  dims: number;
  /** Vectors in input order; `batchSize` overrides the model's default (EMBED_BATCH) for this call. */
  embed(texts: string[], batchSize?: number): Promise<Float32Array[]>;
  /** Model embedders: the token ids a text is embedded from (the bench feeds the same ids to a bare session). */
  encode?(text: string): number[];
  dispose(): Promise<void>;
}

export interface EmbedOptions {
  model?: string | null;
  dtype?: string;
  device?: string;
  /** true: never look for a model (the offline pipeline). */
  offline?: boolean;
  /** Text put before every input; defaults per model family (e5 wants "query: "). */
  prefix?: string;
  batchSize?: number;
  maxTokens?: number;
}

/**
 * At most this many texts per forward pass. `npm run bench:embed` (random-weight MiniLM-L12, q8, 16-token
 * sentences, 4 rounds cycling through the sizes): on a loaded machine the stage ran 124 sentences/s at batch 1,
 * 246 at 8, 299 at 16, 381 at 32, 398 at 64; on a quiet one 216, 517, 556, 547 and 377. 32 is within 2 % of
 * the best in both runs, where 64 fell behind on the quiet one; the token budget below bounds memory.
 */
export const EMBED_BATCH = 32;
/**
 * At most this many padded tokens per forward pass (64 sentences of 32 tokens; 8 paragraphs of 256): the
 * attention matrices of a batch grow with batch × length², and long paragraphs in a batch of 64 would need
 * hundreds of MB for no gain in throughput.
 */
export const EMBED_TOKEN_BUDGET = 2048;

/**
 * Groups texts (by index) into batches: sorted by token length so that each batch pads little, at most
 * `maxBatch` texts and `EMBED_TOKEN_BUDGET` padded tokens each (a single longer text still gets its own batch).
 */
export function planBatches(lengths: number[], maxBatch = EMBED_BATCH, tokenBudget = EMBED_TOKEN_BUDGET): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b] || a - b);
  const batches: number[][] = [];
  let current: number[] = [];
  for (const i of order) {
    // Sorted ascending, so the text being added is the longest of the batch: it sets the padded length.
    if (current.length && (current.length >= maxBatch || (current.length + 1) * lengths[i] > tokenBudget)) {
      batches.push(current);
      current = [];
    }
    current.push(i);
  }
  if (current.length) batches.push(current);
  return batches;
}
/**
 * Paragraphs are cut at 256 tokens: attention cost grows with the square of the length, and a paragraph's
 * gist is in its first sentences; claim sentences are far shorter than this.
 */
export const MAX_TOKENS = 256;

/**
 * e5 models were trained with "query: " / "passage: " prefixes; for symmetric similarity (claim against
 * claim, any language) the model card recommends "query: " on both sides.
 */
function defaultPrefix(id: string): string {
  return /(^|\/)(multilingual-)?e5-/i.test(id) ? 'query: ' : '';
}

export const fallbackEmbedder: TextEmbedder = {
  method: FALLBACK_METHOD,
  model: null,
  dims: FALLBACK_DIMS,
  async embed(texts) {
    return texts.map(hashedNgramEmbedding);
  },
  async dispose() {},
};

/** The model id the options ask for, or null when they ask for the built-in method. */
export function requestedModel(options: EmbedOptions): string | null {
  if (options.offline === true || !options.model) return null;
  return String(options.model);
}

const loaded = new LoadedModels<TextEmbedder>();

function cacheKey(id: string, options: EmbedOptions, settings: ModelSettings): string {
  return [id, options.dtype ?? DEFAULT_DTYPE, options.device ?? DEFAULT_DEVICE, options.prefix ?? '', options.maxTokens ?? MAX_TOKENS, settings.cacheDir, settings.localDir ?? '', settings.offline].join('\u0000');
}

/** Loads (once per thread) the encoder model; throws ModelUnavailableError with one clear line. */
export function loadModelEmbedder(id: string, options: EmbedOptions = {}, settings = modelSettings()): Promise<TextEmbedder> {
  return loaded.get(cacheKey(id, options, settings), () => createModelEmbedder(id, options, settings));
}

/** Forgets this thread's loaded models (tests that switch model folders, the bench between runs). */
export function disposeEmbedders(): Promise<void> {
  return loaded.disposeAll();
}

async function createModelEmbedder(id: string, options: EmbedOptions, settings: ModelSettings): Promise<TextEmbedder> {
  const dtype = options.dtype ?? DEFAULT_DTYPE;
  assertObtainable(id, 'encoder', dtype, settings);
  const t = await loadTransformers(settings);
  const pretrained = pretrainedOptions(options, settings);
  // The model first: its config.json is required, so a wrong id fails with "not found" rather than with
  // the tokenizer's complaint about a missing optional file.
  const model = await withClearErrors(id, () => t.AutoModel.from_pretrained(id, pretrained), settings);
  const tokenizer = await withClearErrors(id, () => t.AutoTokenizer.from_pretrained(id, { local_files_only: pretrained.local_files_only }), settings);
  const prefix = options.prefix ?? defaultPrefix(id);
  const maxTokens = options.maxTokens ?? MAX_TOKENS;
  let dims = Number((model.config as { hidden_size?: number }).hidden_size ?? 0);

  /** Token ids with the model's special tokens, cut at maxTokens (keeping the closing special token). */
  function encode(text: string): number[] {
    const ids = tokenizer.encode(prefix + text);
    return ids.length <= maxTokens ? ids : [...ids.slice(0, maxTokens - 1), ids[ids.length - 1]];
  }

  async function embedBatch(batch: number[][]): Promise<Float32Array[]> {
    const length = Math.max(...batch.map((ids) => ids.length));
    const inputIds = new BigInt64Array(batch.length * length).fill(BigInt(tokenizer.pad_token_id ?? 0));
    const mask = new BigInt64Array(batch.length * length);
    batch.forEach((ids, b) => ids.forEach((id, s) => {
      inputIds[b * length + s] = BigInt(id);
      mask[b * length + s] = 1n;
    }));
    const dimsIn = [batch.length, length];
    const outputs = await model({
      input_ids: new t.Tensor('int64', inputIds, dimsIn),
      attention_mask: new t.Tensor('int64', mask, dimsIn),
      token_type_ids: new t.Tensor('int64', new BigInt64Array(inputIds.length), dimsIn),
    });
    const hidden = (outputs.last_hidden_state ?? outputs.token_embeddings ?? outputs.logits) as { data: Float32Array; dims: number[] } | undefined;
    if (!hidden) throw new Error(`${id}: the model gives no last_hidden_state output`);
    const width = hidden.dims[2];
    dims = width;
    const data = hidden.data;
    const vectors: Float32Array[] = [];
    for (let b = 0; b < batch.length; b++) {
      // Mean over the real (unpadded) tokens, then L2 normalisation: what sentence-transformers does for these models.
      const vector = new Float32Array(width);
      const count = batch[b].length;
      for (let s = 0; s < count; s++) {
        const offset = (b * length + s) * width;
        for (let d = 0; d < width; d++) vector[d] += data[offset + d];
      }
      let norm = 0;
      for (let d = 0; d < width; d++) norm += vector[d] * vector[d];
      const scale = count && norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let d = 0; d < width; d++) vector[d] *= scale;
      vectors.push(vector);
    }
    for (const output of Object.values(outputs)) (output as { dispose?: () => void }).dispose?.();
    return vectors;
  }

  return {
    method: `model:${id}`,
    model: id,
    get dims() {
      return dims;
    },
    async embed(texts, batchSize = EMBED_BATCH) {
      const encoded = texts.map(encode);
      const result: Float32Array[] = new Array(texts.length);
      for (const batch of planBatches(encoded.map((ids) => ids.length), batchSize)) {
        const vectors = await embedBatch(batch.map((i) => encoded[i]));
        batch.forEach((i, k) => (result[i] = vectors[k]));
      }
      return result;
    },
    encode,
    async dispose() {
      await model.dispose();
    },
  };
}

/**
 * The embedder these options ask for, or the fallback with one notice line saying why and how to upgrade.
 * A model that is present locally but fails to load is an error (the run records it and retries), not a
 * silent fallback: the incremental key already promised the model.
 */
export async function resolveEmbedder(options: EmbedOptions, notice: (message: string) => void, settings = modelSettings()): Promise<TextEmbedder> {
  const id = requestedModel(options);
  if (!id) return fallbackEmbedder;
  const embedder = await loadOrExplain(id, 'encoder', options.dtype ?? DEFAULT_DTYPE, settings, () => loadModelEmbedder(id, options, settings),
    (why) => notice(fallbackNotice(id, why, settings)));
  return embedder ?? fallbackEmbedder;
}

export function fallbackNotice(id: string, error: ModelUnavailableError, settings = modelSettings()): string {
  const why = error.reason === 'offline' ? `model ${id} not available offline (not in ${lookedIn(settings)})` : error.message;
  return `embed: ${why}; using built-in hashed n-gram embeddings. Run with network or --models DIR to upgrade.`;
}

/**
 * What the embed stage will use with these options, cheaply: the built-in method, or the model (see
 * modelFingerprint). A model that can be had neither locally nor from the network gives the built-in method, so a
 * later run that finds the model re-runs exactly those results. A plan (`status`) never downloads: a model it
 * could fetch reads as 'downloadable', which differs from the fallback's key, so the plan shows them as stale.
 */
export async function embedMethodKey(options: EmbedOptions, settings = modelSettings(), download = true): Promise<string> {
  const id = requestedModel(options);
  if (!id) return FALLBACK_METHOD;
  const dtype = options.dtype ?? DEFAULT_DTYPE;
  const weights = await modelFingerprint(id, 'encoder', dtype, settings, download, () => createModelEmbedder(id, options, settings));
  return weights === null ? FALLBACK_METHOD : `model:${id}:${dtype}:${options.device ?? DEFAULT_DEVICE}:${weights}`;
}

export { ModelUnavailableError };
