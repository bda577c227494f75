// Claim translation with per-language-pair models (Marian opus-mt by default: about 100 MB each, q8), loaded
// through the shared loader. Only claim sentences are translated, not whole articles: far cheaper.
import {
  DEFAULT_DEVICE, DEFAULT_DTYPE, LoadedModels, ModelUnavailableError, assertObtainable, loadTransformers, locateModel,
  lookedIn, modelSettings, pretrainedOptions, withClearErrors, type ModelSettings,
} from './loader.ts';

export interface TranslateOptions {
  /** Target language (ISO 639-1), default 'en'. */
  to?: string;
  /** Source language → model id; null leaves that language untranslated. Overrides the template. */
  models?: Record<string, string | null>;
  /** Model id for a pair not in `models`: {from} and {to} are filled in. */
  template?: string;
  dtype?: string;
  device?: string;
  /** true: never look for a model. */
  offline?: boolean;
}

export const DEFAULT_TARGET = 'en';
/** Helsinki-NLP's opus-mt pairs converted to ONNX by Xenova: one small model per pair, good on short sentences. */
export const DEFAULT_TEMPLATE = 'Xenova/opus-mt-{from}-{to}';
/** The source languages `claimscope models` lists by default: those of the bundled corpus, all with opus-mt-*-en. */
export const LISTED_SOURCES = ['zh', 'de', 'fr', 'es', 'ru', 'ja'];
/** Claims per generate() call: Marian batches pad to the longest sentence, and claims are similar in length. */
const TRANSLATE_BATCH = 8;
/** A claim sentence is well under 100 tokens; the cap stops a degenerate repetition loop early. */
const MAX_NEW_TOKENS = 256;

export interface Translator {
  model: string;
  translate(texts: string[]): Promise<string[]>;
  dispose(): Promise<void>;
}

export function targetOf(options: TranslateOptions): string {
  return options.to ?? DEFAULT_TARGET;
}

/** The model id for translating `from` into the target, or null when none is configured. */
export function translationModelFor(from: string, options: TranslateOptions): string | null {
  const to = targetOf(options);
  if (!from || from === 'und' || from === to) return null;
  const base = from.split(/[-_]/)[0].toLowerCase();
  if (options.models && base in options.models) return options.models[base] ?? null;
  return (options.template ?? DEFAULT_TEMPLATE).replaceAll('{from}', base).replaceAll('{to}', to);
}

/** The pairs to list and to fold into the incremental key: the listed sources plus any configured ones. */
export function configuredPairs(options: TranslateOptions): Array<{ from: string; model: string }> {
  const to = targetOf(options);
  const sources = new Set([...LISTED_SOURCES, ...Object.keys(options.models ?? {})]);
  sources.delete(to);
  const pairs: Array<{ from: string; model: string }> = [];
  for (const from of [...sources].sort()) {
    const model = translationModelFor(from, options);
    if (model) pairs.push({ from, model });
  }
  return pairs;
}

const loaded = new LoadedModels<Translator>();

/** Loads (once per thread) a translation model; throws ModelUnavailableError with one clear line. */
export function loadTranslator(id: string, options: TranslateOptions = {}, settings = modelSettings()): Promise<Translator> {
  const key = [id, options.dtype ?? DEFAULT_DTYPE, options.device ?? DEFAULT_DEVICE, settings.cacheDir, settings.localDir ?? '', settings.offline].join('\u0000');
  return loaded.get(key, () => createTranslator(id, options, settings));
}

export function disposeTranslators(): Promise<void> {
  return loaded.disposeAll();
}

async function createTranslator(id: string, options: TranslateOptions, settings: ModelSettings): Promise<Translator> {
  assertObtainable(id, 'seq2seq', options.dtype ?? DEFAULT_DTYPE, settings);
  const t = await loadTransformers(settings);
  const pipe = await withClearErrors(id, () => t.pipeline('translation', id, pretrainedOptions(options, settings)), settings);
  return {
    model: id,
    async translate(texts) {
      const out: string[] = [];
      for (let start = 0; start < texts.length; start += TRANSLATE_BATCH) {
        const batch = texts.slice(start, start + TRANSLATE_BATCH);
        const result = await pipe(batch, { max_new_tokens: MAX_NEW_TOKENS }) as Array<{ translation_text: string }>;
        out.push(...result.map((r) => r.translation_text.trim()));
      }
      return out;
    },
    async dispose() {
      await pipe.dispose();
    },
  };
}

/**
 * How translate will run with these options: which pair models are present now (with their weights' size)
 * and whether the network may be used. A pair model that appears later changes the key, so the claims
 * left untranslated are translated by the next run.
 */
export function translateMethodKey(options: TranslateOptions, settings = modelSettings()): string {
  if (options.offline === true) return `skipped:offline:${targetOf(options)}`;
  const dtype = options.dtype ?? DEFAULT_DTYPE;
  const pairs = configuredPairs(options).map(({ from, model }) => {
    const present = locateModel(model, 'seq2seq', dtype, settings);
    return `${from}=${model}:${present ? present.onnxBytes : 'absent'}`;
  });
  return [`to:${targetOf(options)}`, `dtype:${dtype}`, `device:${options.device ?? DEFAULT_DEVICE}`, settings.offline ? 'offline' : 'online', ...pairs].join(';');
}

export function untranslatedNotice(from: string, to: string, id: string | null, error: ModelUnavailableError | null, settings = modelSettings()): string {
  if (!id) return `translate: no model configured for ${from}→${to}; those claims are left untranslated.`;
  // Per-pair models of one family read as one line (Xenova/opus-mt-*-en): the runner prints each distinct notice once,
  // so a corpus in six languages gets one notice, not six; `claimscope models` lists every pair.
  const family = id.includes(`-${from}-`) ? id.replace(`-${from}-`, '-*-') : id;
  const why = !error || error.reason === 'offline'
    ? `model ${family} not available offline (not in ${lookedIn(settings)})`
    : error.message.replace(id, family);
  return `translate: ${why}; claims left untranslated. Run with network or --models DIR to translate (claimscope models lists each pair).`;
}

