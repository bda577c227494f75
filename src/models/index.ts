// The models API used by the CLI (`claimscope models`, `claims --like`) and by the embed and translate stages.
// Nothing here imports transformers.js at load time: it is loaded by loader.ts on first real use.
import { FALLBACK_METHOD, hashedNgramEmbedding } from './fallback.ts';
import { fallbackEmbedder, loadModelEmbedder, requestedModel, type EmbedOptions } from './embedder.ts';
import { configuredPairs, targetOf, type TranslateOptions } from './translator.ts';
import { requestedNerModel, type NerOptions } from './ner.ts';
import { DEFAULT_DTYPE, folderBytes, locateModel, modelSettings, presentDtype, type ModelKind } from './loader.ts';

export { FALLBACK_METHOD, FALLBACK_DIMS, hashedNgramEmbedding, normaliseForMatching, lexicalFeatures } from './fallback.ts';
export { resolveEmbedder, embedMethodKey, loadModelEmbedder, disposeEmbedders, EMBED_BATCH, type EmbedOptions, type TextEmbedder } from './embedder.ts';
export { loadTranslator, disposeTranslators, translateMethodKey, translationModelFor, type TranslateOptions } from './translator.ts';
export { modelSettings, locateModel, requiredFiles, describeLoadError, ModelUnavailableError, type ModelSettings } from './loader.ts';

export interface ModelRow {
  /** 'embed', or 'translate zh→en'. */
  use: string;
  model: string;
  /** 'cache', 'local' (the --models folder), 'built-in', or null when not present. */
  present: string | null;
  bytes: number | null;
  path: string | null;
}

function describe(use: string, id: string, kind: ModelKind, dtype: string): ModelRow {
  const found = locateModel(id, kind, dtype);
  return {
    use,
    model: dtype === DEFAULT_DTYPE ? id : `${id} (${dtype})`,
    present: found?.where ?? null,
    bytes: found ? folderBytes(found.dir) : null,
    path: found?.dir ?? null,
  };
}

/** What each configured model use needs, where it is found locally, and its size on disk. */
export async function describeModels(config: { embed: Record<string, unknown> | null; translate: Record<string, unknown> | null; entities?: Record<string, unknown> | null }): Promise<ModelRow[]> {
  const rows: ModelRow[] = [];
  const ner = config.entities ? requestedNerModel(config.entities as NerOptions) : null;
  if (ner) rows.push(describe('entities (NER)', ner, 'encoder', (config.entities as NerOptions).nerDtype ?? DEFAULT_DTYPE));
  if (config.embed) {
    const options = config.embed as EmbedOptions;
    const id = requestedModel(options);
    if (id) rows.push(describe('embed', id, 'encoder', options.dtype ?? DEFAULT_DTYPE));
    if (!id || !rows.at(-1)!.present) {
      rows.push({ use: id ? 'embed (fallback)' : 'embed', model: FALLBACK_METHOD, present: 'built-in', bytes: null, path: null });
    }
  }
  if (config.translate) {
    const options = config.translate as TranslateOptions;
    if (options.offline !== true) {
      for (const { from, model } of configuredPairs(options)) {
        rows.push(describe(`translate ${from}→${targetOf(options)}`, model, 'seq2seq', options.dtype ?? DEFAULT_DTYPE));
      }
    }
  }
  return rows;
}

/**
 * Embeds a query with the method and model the stored vectors were made with, so they compare.
 * A model the database used but this machine cannot load is an error that says so (the vectors would not compare).
 */
export async function embedQuery(text: string, how: { method: string; model: string | null }): Promise<{ vector: Float32Array }> {
  if (how.method === FALLBACK_METHOD || !how.model) {
    if (how.method !== FALLBACK_METHOD) throw new Error(`cannot embed a query for method "${how.method}"`);
    return { vector: hashedNgramEmbedding(text) };
  }
  if (!how.method.startsWith('model:')) throw new Error(`cannot embed a query for method "${how.method}"`);
  // The stored method names the model, not its dtype: any dtype present gives comparable vectors.
  const dtype = presentDtype(how.model, 'encoder') ?? DEFAULT_DTYPE;
  const embedder = await loadModelEmbedder(how.model, { model: how.model, dtype }, modelSettings());
  const [vector] = await embedder.embed([text]);
  return { vector };
}

/** Cosine similarity; vectors of different lengths (different methods) are not comparable and give 0. */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export { fallbackEmbedder };
