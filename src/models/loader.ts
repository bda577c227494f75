// One loader for every model use (embeddings, translation): where model files are looked for, whether the
// network may be used, and how a failure reads. transformers.js is imported lazily, inside a try, only here:
// it imports sharp and onnxruntime-node at load time, and a query command or an offline run should not pay
// for that (or fail on a machine where either is missing).
//
// Lookup order (transformers.js): env.cacheDir, then env.localModelPath, then the Hugging Face hub unless
// allowRemoteModels is false. We set both folders ourselves: the library's defaults sit inside node_modules.
//   cache:  CLAIMSCOPE_CACHE, else ~/.cache/claimscope/models  (downloads land here, as <org>/<name>/<file>)
//   local:  CLAIMSCOPE_MODELS (set by --models DIR)            (same layout: <DIR>/<org>/<name>/<file>)
//   offline: CLAIMSCOPE_OFFLINE=1 (set by --offline)           (never touches the network)
//   hub:    CLAIMSCOPE_HUB or HF_ENDPOINT, else https://huggingface.co/ (a mirror, for users behind one)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

type Transformers = typeof import('@huggingface/transformers');

export interface ModelSettings {
  cacheDir: string;
  localDir: string | null;
  offline: boolean;
  /** Base URL of the Hugging Face hub or a mirror of it. */
  hub: string;
}

/** Options a pipeline step may give for a model use (embed, translate). */
export interface ModelOptions {
  dtype?: string;
  device?: string;
}

/**
 * q8 is the default on CPU: about 1.5 times faster than fp32 on this kind of machine (issue 6 measurements)
 * and a quarter of the download, with embeddings within ~0.01 cosine of fp32.
 */
export const DEFAULT_DTYPE = 'q8';
export const DEFAULT_DEVICE = 'cpu';

/** File-name suffix of each dtype's ONNX file, as transformers.js names them (utils/dtypes.js). */
const DTYPE_SUFFIX: Record<string, string> = {
  fp32: '', fp16: '_fp16', q8: '_quantized', int8: '_int8', uint8: '_uint8', q4: '_q4', q4f16: '_q4f16', bnb4: '_bnb4',
};

/** The ONNX graphs each kind of model needs (in the onnx/ subfolder). */
const GRAPHS = {
  encoder: ['model'],
  seq2seq: ['encoder_model', 'decoder_model_merged'],
} as const;
export type ModelKind = keyof typeof GRAPHS;

/** Settings as the environment says now (read at each call: the CLI sets them after start-up, tests switch them). */
export function modelSettings(): ModelSettings {
  const env = process.env;
  return {
    cacheDir: env.CLAIMSCOPE_CACHE || join(homedir(), '.cache', 'claimscope', 'models'),
    localDir: env.CLAIMSCOPE_MODELS || null,
    offline: env.CLAIMSCOPE_OFFLINE === '1' || env.CLAIMSCOPE_OFFLINE === 'true',
    hub: (env.CLAIMSCOPE_HUB || env.HF_ENDPOINT || 'https://huggingface.co').replace(/\/?$/, '/'),
  };
}

/** How long a plan waits for the hub to answer before taking it as unreachable (a HEAD request is one round trip). */
const HUB_PROBE_MS = 3000;

/** Per hub address, whether it answered at all (any HTTP status): asked once per process. */
const hubAnswers = new Map<string, Promise<boolean>>();

function hubReachable(settings: ModelSettings): Promise<boolean> {
  let answer = hubAnswers.get(settings.hub);
  if (!answer) {
    answer = fetch(settings.hub, { method: 'HEAD', signal: AbortSignal.timeout(HUB_PROBE_MS) }).then(() => true, () => false);
    hubAnswers.set(settings.hub, answer);
  }
  return answer;
}

/** The files a model of this kind needs for this dtype, relative to its folder. */
export function requiredFiles(kind: ModelKind, dtype = DEFAULT_DTYPE): string[] {
  const suffix = DTYPE_SUFFIX[dtype];
  if (suffix === undefined) throw new Error(`unknown dtype "${dtype}" (known: ${Object.keys(DTYPE_SUFFIX).join(', ')})`);
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', ...GRAPHS[kind].map((g) => `onnx/${g}${suffix}.onnx`)];
}

export interface ModelLocation {
  /** 'cache' (downloaded earlier) or 'local' (the --models folder). */
  where: 'cache' | 'local';
  dir: string;
  /** Size of the ONNX files this dtype loads, a cheap fingerprint of the weights. */
  onnxBytes: number;
}

/** Where all files of the model are, looking where transformers.js will look (cache first); null when not complete anywhere. */
export function locateModel(id: string, kind: ModelKind, dtype = DEFAULT_DTYPE, settings = modelSettings()): ModelLocation | null {
  const files = requiredFiles(kind, dtype);
  const places: Array<[ModelLocation['where'], string | null]> = [['cache', settings.cacheDir], ['local', settings.localDir]];
  for (const [where, base] of places) {
    if (!base) continue;
    const dir = join(base, ...id.split('/'));
    if (files.every((f) => existsSync(join(dir, f)))) {
      const onnxBytes = files.filter((f) => f.endsWith('.onnx')).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
      return { where, dir, onnxBytes };
    }
  }
  return null;
}

/** Any dtype of the model that is present, preferring the default (used when only the model id is known). */
export function presentDtype(id: string, kind: ModelKind, settings = modelSettings()): string | null {
  for (const dtype of [DEFAULT_DTYPE, ...Object.keys(DTYPE_SUFFIX).filter((d) => d !== DEFAULT_DTYPE)]) {
    if (locateModel(id, kind, dtype, settings)) return dtype;
  }
  return null;
}

/** Total size of a folder's files (what `claimscope models` reports). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** A model that cannot be loaded now, with one line that says why and what to do. */
export class ModelUnavailableError extends Error {
  constructor(message: string, readonly reason: 'offline' | 'network' | 'not-found' | 'library') {
    super(message);
    this.name = 'ModelUnavailableError';
  }
}

function shortPath(path: string): string {
  const home = homedir();
  return path.startsWith(home) ? `~${path.slice(home.length)}` : path;
}

/** Where we looked, for messages: "~/.cache/claimscope/models or /data/models". */
export function lookedIn(settings = modelSettings()): string {
  return settings.localDir ? `${shortPath(settings.cacheDir)} or ${shortPath(settings.localDir)}` : `${shortPath(settings.cacheDir)} or --models DIR`;
}

function hubName(settings: ModelSettings): string {
  return settings.hub === 'https://huggingface.co/' ? 'the Hugging Face hub' : settings.hub;
}

/** Turns what transformers.js and fetch throw into one clear line. */
export function describeLoadError(id: string, error: unknown, settings = modelSettings()): ModelUnavailableError {
  if (error instanceof ModelUnavailableError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { code?: string } } | null)?.cause?.code;
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|network/i.test(message) || cause) {
    return new ModelUnavailableError(`cannot download ${id} from ${hubName(settings)} (${cause ?? 'fetch failed'}: no network?)`, 'network');
  }
  const remote = /"(https?:\/\/[^"]+)"/.exec(message);
  if (remote && /Could not locate|\b(401|403|404)\b|Unauthorized/i.test(message)) {
    const file = remote[1].split('/resolve/')[1]?.split('/').slice(1).join('/') ?? remote[1];
    return new ModelUnavailableError(`${id} was not found on ${hubName(settings)} (no ${file})`, 'not-found');
  }
  const missing = /not found locally at "([^"]+)"|file was not found locally at "([^"]+)"|Could not locate file:? "?([^"]+)"?/.exec(message);
  if (missing || /local_files_only|allowRemoteModels=false/.test(message)) {
    const file = missing ? (missing[1] ?? missing[2] ?? missing[3]).split('/').slice(-2).join('/') : 'a file';
    return new ModelUnavailableError(`${id} is incomplete or missing (${file} not in ${lookedIn(settings)})`, 'not-found');
  }
  if (/\b(401|403|404)\b|Unauthorized|not found/i.test(message)) {
    return new ModelUnavailableError(`${id} was not found on ${hubName(settings)} (${message.split('\n')[0]})`, 'not-found');
  }
  return new ModelUnavailableError(`cannot load ${id}: ${message.split('\n')[0]}`, 'library');
}

let transformers: Promise<Transformers> | null = null;

/** transformers.js, imported on first use, with its folders and network switch set from the environment. */
export async function loadTransformers(settings = modelSettings()): Promise<Transformers> {
  transformers ??= import('@huggingface/transformers').catch((error) => {
    transformers = null;
    // An optional peer dependency (package.json): `npm install claimscope` stays small and downloads nothing else.
    const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && /@huggingface\/transformers/.test((error as Error).message);
    throw new ModelUnavailableError(missing ? 'the model runtime is not installed: run "claimscope models install" (adds @huggingface/transformers)'
      : `cannot load transformers.js (${(error as Error).message.split('\n')[0]}); see docs/models.md`, 'library');
  });
  const t = await transformers;
  t.env.cacheDir = settings.cacheDir;
  // Unset, the local path would default to a folder inside node_modules: point it at the cache instead.
  t.env.localModelPath = settings.localDir ?? settings.cacheDir;
  t.env.allowLocalModels = true;
  t.env.useFSCache = true;
  t.env.allowRemoteModels = !settings.offline;
  t.env.remoteHost = settings.hub;
  // transformers.js warns on every local-path miss before it tries the next place; we report failures ourselves.
  t.env.logLevel = t.LogLevel.ERROR;
  return t;
}

/** Options transformers.js' from_pretrained takes, from ours. */
export function pretrainedOptions(options: ModelOptions, settings = modelSettings()) {
  return {
    dtype: (options.dtype ?? DEFAULT_DTYPE) as 'q8',
    device: (options.device ?? DEFAULT_DEVICE) as 'cpu',
    local_files_only: settings.offline,
    cache_dir: settings.cacheDir,
  };
}

/**
 * Checks, before any loading, that a model can be had: present in the cache or the local folder, or
 * downloadable (not offline). Throws a ModelUnavailableError with one clear line otherwise.
 */
export function assertObtainable(id: string, kind: ModelKind, dtype: string, settings = modelSettings()): void {
  if (locateModel(id, kind, dtype, settings)) return;
  if (settings.offline) {
    throw new ModelUnavailableError(`model ${id} (${dtype}) not available offline (not in ${lookedIn(settings)})`, 'offline');
  }
}

/** Runs a load through transformers.js, turning its errors into one line. */
export async function withClearErrors<T>(id: string, load: () => Promise<T>, settings = modelSettings()): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw describeLoadError(id, error, settings);
  }
}

/**
 * Models loaded in this thread, by a key of everything that changes what loads (id, dtype, device, folders, offline).
 * A failed load is remembered too, for as long as the key stays the same: one attempt per thread and settings.
 */
export class LoadedModels<T extends { dispose(): Promise<void> | void }> {
  private readonly loaded = new Map<string, Promise<T>>();

  get(key: string, load: () => Promise<T>): Promise<T> {
    let model = this.loaded.get(key);
    if (!model) this.loaded.set(key, (model = load()));
    return model;
  }

  /** Forgets and disposes every model (tests that switch model folders, the bench between runs). */
  async disposeAll(): Promise<void> {
    const all = [...this.loaded.values()];
    this.loaded.clear();
    for (const m of all) await m.then((x) => x.dispose(), () => undefined);
  }
}

/**
 * What a stage's method key says of a model: the size of its ONNX weights when present (so replaced weights re-run
 * too), 'downloadable' in a plan (`status`) that may use the network and reaches the hub, null when it cannot be had. In a real run
 * with network a missing model is fetched here, once, on the main thread: `fetch` loads it (uncached) and it is
 * disposed at once, since the workers load their own copy; so the key says what the workers will really use.
 */
export async function modelFingerprint(id: string, kind: ModelKind, dtype: string, settings: ModelSettings, download: boolean,
  fetch: () => Promise<{ dispose(): Promise<void> | void }>): Promise<string | null> {
  let present = locateModel(id, kind, dtype, settings);
  if (!present && !settings.offline) {
    // A plan (status) forecasts the ingest: without a hub that answers, that ingest falls back and calls the stage unchanged.
    if (!download) return (await hubReachable(settings)) ? 'downloadable' : null;
    try {
      await (await fetch()).dispose();
    } catch {
      // The stage itself will say why, once, through its notice.
    }
    present = locateModel(id, kind, dtype, settings);
  }
  return present ? String(present.onnxBytes) : null;
}

/**
 * The loaded model, or null once `explain` has been given the one line that says why it cannot be had (the stage
 * then falls back). A model present locally that fails to load is an error, not a silent fallback: the
 * incremental key already promised it, and the run records the failure and retries it next time.
 */
export async function loadOrExplain<T>(id: string, kind: ModelKind, dtype: string, settings: ModelSettings, load: () => Promise<T>,
  explain: (why: ModelUnavailableError) => void): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    const { unavailable, present } = explainedFailure(id, kind, dtype, settings, error);
    if (present && unavailable.reason !== 'network') throw unavailable;
    explain(unavailable);
    return null;
  }
}

/**
 * What a failed load says, worked out once per failure: a thread remembers a failed load (LoadedModels) and hands the
 * same error to every page after it, and looking for the model's files again on each page was a dozen existsSync
 * calls a page and stage (0.3 s of a worker's 372 one-sentence pages, node --cpu-prof).
 */
const explainedFailures = new WeakMap<object, Map<string, { unavailable: ModelUnavailableError; present: boolean }>>();
function explainedFailure(id: string, kind: ModelKind, dtype: string, settings: ModelSettings, error: unknown) {
  const byError = typeof error === 'object' && error !== null ? (explainedFailures.get(error) ?? new Map()) : null;
  const key = [id, kind, dtype, settings.cacheDir, settings.localDir ?? '', settings.offline, settings.hub].join('\u0000');
  let explained = byError?.get(key);
  if (!explained) {
    explained = { unavailable: describeLoadError(id, error, settings), present: Boolean(locateModel(id, kind, dtype, settings)) };
    if (byError) {
      byError.set(key, explained);
      explainedFailures.set(error as object, byError);
    }
  }
  return explained;
}
