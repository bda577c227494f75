// The ingest runner: walks a folder, decides per (article, stage) from incremental keys what must run,
// sends that work to worker threads, and writes each article with its results in one transaction. One bad page
// never stops the batch: its error is recorded and the rest goes on. `ingest` reads top to bottom as its steps:
// plan the run, process every page of the folder, redo the folders whose repeated blocks changed, run the corpus stages.
import { posix, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import type { Pipeline } from './config.ts';
import { runArticleJob, describeError, errorStack, type ArticleJob, type JobResult, type StepSpec, type StoredState } from './article-job.ts';
import { JOBS_PER_WORKER, WorkerPool } from './pool.ts';
import { sha256, stageKey } from './keys.ts';
import { resolvePipeline, type ResolvedStep } from './validate.ts';
import { isCorpusStage, type CorpusStage, type ModelSettings } from './stage.ts';
import { openDatabase, acquireWriterLock, IngestStore, type StoredRun, type DB } from '../store/store.ts';
import { isTooLarge } from '../stages/read.ts';
import { keyedReadOptions, limitsFromOptions } from './limits.ts';
import { corpusInputs, corpusLookup, materialiseCorpus } from '../store/materialise.ts';
import { repeatedHashes } from '../text/clean/repeated.ts';
import { openInput, type PageInput, type PageSource } from './walk.ts';
import { walkFolders } from '../shards/slice.ts';
import { modelSettings } from '../models/loader.ts';
import { withIngestHeapGrowing } from './heap-growing.ts';

/** Jobs queued per worker beyond the one it runs: enough to keep workers busy, few enough that memory stays flat in corpus size. */
const QUEUED_JOBS_PER_WORKER = 4;

export interface IngestOptions {
  /** A folder, a single page, a WARC file or '-' for a list of paths on stdin (walk.ts). */
  dir: string;
  /** The input already opened (the CLI opens it once to count its pages); else opened from `dir`. */
  input?: PageInput;
  db: string;
  pipeline: Pipeline;
  /** Worker threads; 0 runs everything on the main thread (handy in tests and for debugging). */
  workers?: number;
  /** Re-run every stage (true) or one stage and every stage after it that reads it (a name). */
  force?: boolean | string;
  /** Plan only: count per stage what would run (stale) without running or writing anything. */
  dryRun?: boolean;
  /** Where models come from (`--models DIR`, `--offline`); unset fields default to the CLAIMSCOPE_* environment variables. */
  models?: { dir?: string; offline?: boolean };
  /**
   * Shard runs (src/shards/): only the pages directly in these folders of a folder input (relative to it, '.' for the
   * folder itself) are walked. Pages of the database that are not walked are pruned as usual: a shard's database holds
   * only its folders.
   */
  folders?: ReadonlySet<string>;
  onProgress?(event: ProgressEvent): void;
  onNotice?(message: string): void;
}

export interface ProgressEvent {
  done: number;
  path: string;
  ranStages: number;
}

export interface StageCounts {
  ran: number;
  /** Derived from the stage's stored output instead of run (Stage.reuse: clean once a folder's repeated blocks are known). */
  reused: number;
  /** Dry runs only: would run. */
  stale: number;
  unchanged: number;
  failed: number;
  skipped: number;
  ms: number;
}

export interface IngestSummary {
  root: string;
  db: string;
  pages: number;
  stages: Record<string, StageCounts>;
  failures: Array<{ path: string; stage: string; message: string }>;
  skippedPages: Array<{ path: string; message: string }>;
  removedPaths: string[];
  elapsedMs: number;
}

/** Stages downstream of `stage` in this pipeline (those that read it, directly or not); steps are in pipeline order. */
export function downstreamOf(stage: string, steps: Array<{ stage: string; after: readonly string[] }>): string[] {
  const affected = new Set([stage]);
  for (const step of steps) if (step.after.some((dep) => affected.has(dep))) affected.add(step.stage);
  affected.delete(stage);
  return [...affected];
}

/** An article stage of this run: its spec for the worker, with what the runner needs to key it. */
export interface PreparedStep extends StepSpec {
  after: string[];
  version: number;
}

interface CorpusStep {
  stage: string;
  definition: CorpusStage;
  options: Record<string, unknown>;
}

/** Everything one ingest shares between its steps. */
interface IngestRun {
  options: IngestOptions;
  root: string;
  db: DB;
  store: IngestStore;
  models: ModelSettings;
  readStep: ResolvedStep;
  steps: PreparedStep[];
  /** read and the article stages, in order: what `downstreamOf` and `--force` walk. */
  allSteps: Array<{ stage: string; after: string[] }>;
  corpusSteps: CorpusStep[];
  pipelineOptions: Record<string, Record<string, unknown>>;
  forced: Set<string>;
  counts: Record<string, StageCounts>;
  summary: IngestSummary;
  /** Stages whose JSON output is kept (see planRun). */
  keepsOutput(stage: string): boolean;
  /** Per folder, the block hashes the clean stage drops as repeated. */
  boilerplate: Map<string, string[]> | null;
  notice(message: string): void;
  /** Started with the first page that has work: an unchanged re-run starts no worker (starting one loads every stage). */
  pool: WorkerPool | null;
  workerCount: number;
  queue: PQueue;
  finished: number;
}

export function ingest(options: IngestOptions): Promise<IngestSummary> {
  return withIngestHeapGrowing(() => ingestWithin(options));
}

async function ingestWithin(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const opened = options.input ?? await openInput(options.dir);
  const folders = options.folders;
  if (folders && !opened.wholeFolder) throw new Error(`a shard reads folders: ${options.dir} is not one`);
  const input: PageInput = folders ? { ...opened, pages: () => walkFolders(opened.root, folders) } : opened;
  const root = input.root;
  const resolved = await resolvePipeline(options.pipeline);
  // One writer per database: a second ingest stops here, before it touches anything (queries need no lock).
  const releaseLock = options.dryRun ? () => {} : acquireWriterLock(options.db);
  let run: IngestRun | undefined;
  try {
    run = await planRun(options, root, resolved);
    const { seen, secondHalf } = await processFolder(run, input);
    // Only a folder's walk knows what is gone: a single file or a list leaves the folder's other pages alone.
    if (options.dryRun) {
      run.summary.removedPaths = input.wholeFolder ? run.store.missing(seen) : [];
    } else {
      run.summary.removedPaths = input.wholeFolder ? run.store.pruneMissing(seen) : [];
      run.store.forgetSkippedFiles(seen, input.wholeFolder);
      run.store.dropOrphanEntities();
      // The first half's workers hold the cleaner's code and the heap its page trees grew: the second half's stages
      // (language, entities, claims) start in fresh workers instead of adding their tables and heap on top of them.
      await closePool(run);
      await finishFolders(run, input, secondHalf);
    }
    // The workers hold every stage's code, data and heap (about 250 MB each on real pages): gone before the corpus
    // stages, whose memory grows with the corpus (compare reads every claim), so that the two never add up.
    await closePool(run);
    await runCorpusStages(run);
  } finally {
    if (run) await closePool(run);
    // What completed is valid on its own (every article's writes are atomic): keep it.
    run?.store.endBatch();
    run?.db.close();
    releaseLock();
  }
  run.summary.elapsedMs = performance.now() - started;
  return run.summary;
}

async function closePool(run: IngestRun): Promise<void> {
  const pool = run.pool;
  run.pool = null;
  await pool?.close();
}

/** Step 1: open the store, key what can be keyed once (options, methods), count nothing yet. */
async function planRun(options: IngestOptions, root: string, resolved: ResolvedStep[]): Promise<IngestRun> {
  const models = settingsOf(options.models);
  const dryRun = Boolean(options.dryRun);
  const pipelineOptions = Object.fromEntries(resolved.map((s) => [s.stage, s.options]));
  const readStep = resolved.find((s) => s.stage === 'read')!;
  const steps: PreparedStep[] = [];
  const corpusSteps: CorpusStep[] = [];
  for (const step of resolved) {
    const stage = step.definition;
    if (isCorpusStage(stage)) corpusSteps.push({ stage: step.stage, definition: stage, options: step.options });
    else if (step !== readStep) {
      const methodKey = stage.methodKey ? await stage.methodKey(step.options, { dryRun, models, pipelineOptions }) : '';
      steps.push({ stage: step.stage, options: step.options, module: step.module, methodKey, after: stage.after, version: stage.version });
    }
  }
  const allSteps = [{ stage: 'read', after: [] as string[] }, ...steps];
  const known = [...allSteps, ...corpusSteps];
  if (typeof options.force === 'string' && !known.some((s) => s.stage === options.force)) {
    throw new Error(`--force: no stage "${options.force}" in pipeline ${options.pipeline.name}`);
  }
  const forced = new Set<string>(options.force === true ? known.map((s) => s.stage)
    : typeof options.force === 'string' ? [options.force, ...downstreamOf(options.force, allSteps)] : []);
  // A corpus stage re-runs with any article stage it reads.
  for (const c of corpusSteps) if ([...c.definition.after, ...(c.definition.alsoReads ?? [])].some((d) => forced.has(d))) forced.add(c.stage);

  // A dry run (status) only reads: it works on a read-only database and never migrates one.
  const db = openDatabase(options.db, { readonly: dryRun });
  const store = new IngestStore(db, root);
  // With the model settings it ran with, so that status plans as this ingest did (a model not looked up offline is not stale).
  if (!dryRun) store.recordPipeline(JSON.stringify({ name: options.pipeline.name, stages: options.pipeline.steps, models: options.models ?? {} }));
  // A built-in stage's JSON output is kept only when a later stage reads it: the others (segment, embed, translate)
  // live in their own tables, and writing their JSON too (then 50 KB of base64 vectors a page for embed) held the first
  // ingest in bench/ingest.ts at 140 pages/s instead of 165. User stages keep theirs: it is all the store has of them.
  const readByLater = new Set(steps.flatMap((s) => s.after));
  const keepsOutput = (stage: string) => readByLater.has(stage) || Boolean(steps.find((s) => s.stage === stage)?.module);
  // Cross-document boilerplate: the built-in clean stage drops the blocks found on most pages of the page's folder.
  const clean = steps.find((s) => s.stage === 'clean' && !s.module);
  const boilerplate = clean && clean.options.dropRepeatedBlocks !== false ? store.folderBoilerplate() : null;

  const counts = Object.fromEntries(known.map((s) => [s.stage, emptyCounts()]));
  const summary: IngestSummary = { root, db: options.db, pages: 0, stages: counts, failures: [], skippedPages: [], removedPaths: [], elapsedMs: 0 };
  const notices = new Set<string>();
  const notice = (m: string) => {
    if (notices.has(m)) return;
    notices.add(m);
    options.onNotice?.(m);
  };
  const workerCount = options.workers ?? Math.max(1, availableParallelism());
  // Pages in flight: those each worker holds (see pool.ts) and one more per worker being read or written here.
  const queue = new PQueue({ concurrency: Math.max(1, workerCount) * (JOBS_PER_WORKER + 1) });
  return { options, root, db, store, models, readStep, steps, allSteps, corpusSteps, pipelineOptions, forced, counts, summary, keepsOutput,
    boilerplate, notice, pool: null, workerCount: dryRun ? 0 : workerCount, queue, finished: 0 };
}

/**
 * How a page is visited. Where the clean stage drops blocks repeated across a folder, a first ingest cannot know them
 * before every page of the folder is cleaned: each page is visited in two halves, the stages through clean first, and
 * the rest once the folder's repeated blocks are known (clean then derives its final output from its first one, see
 * Stage.reuse). So each page is cleaned once and every later stage runs once.
 */
interface Visit {
  /** Run every stage, or only those through the folder stage (clean). */
  firstHalf: boolean;
  /** Which unchanged stages to count: all, or none (an earlier visit of this ingest counted them); the second half counts those after clean. */
  countUnchanged: 'all' | 'after-folder-stage' | 'none';
  progress: boolean;
  /** The first half ran in this ingest: what it stored is this run's, even for a forced stage. */
  afterFirstHalf: boolean;
}
const WHOLE: Visit = { firstHalf: false, countUnchanged: 'all', progress: true, afterFirstHalf: false };
const FIRST_HALF: Visit = { firstHalf: true, countUnchanged: 'all', progress: false, afterFirstHalf: false };
const SECOND_HALF: Visit = { firstHalf: false, countUnchanged: 'after-folder-stage', progress: true, afterFirstHalf: true };
/** A page whose stages were all unchanged, in a folder whose repeated blocks changed. */
const REVISIT: Visit = { firstHalf: false, countUnchanged: 'none', progress: false, afterFirstHalf: true };

/** Step 2: every page of the folder, through a bounded queue so that memory stays flat in corpus size. */
async function processFolder(run: IngestRun, input: PageInput): Promise<{ seen: Set<string>; secondHalf: Set<string> }> {
  const seen = new Set<string>();
  const secondHalf = new Set<string>();
  const halves = run.boilerplate !== null && !run.options.dryRun;
  if (!run.options.dryRun) run.store.beginBatch();
  for await (const page of input.pages()) {
    seen.add(page.path);
    run.summary.pages++;
    await enqueue(run, page, halves ? FIRST_HALF : WHOLE, (more) => more && secondHalf.add(page.path));
  }
  await run.queue.onIdle();
  run.store.endBatch();
  return { seen, secondHalf };
}

/**
 * Step 3: count this run's block hashes per folder into each folder's repeated blocks, then finish the pages: those
 * visited by halves, and those of a folder whose repeated blocks changed (their clean output changes, and what reads
 * it where the clean text really changed).
 */
async function finishFolders(run: IngestRun, input: PageInput, secondHalf: Set<string>): Promise<void> {
  const before = run.boilerplate;
  if (!before) return;
  const fresh = folderBoilerplateOf(run.store.blockHashes());
  const changed = new Set([...fresh.keys(), ...before.keys()].filter((f) => (fresh.get(f) ?? []).join(' ') !== (before.get(f) ?? []).join(' ')));
  run.store.replaceFolderBoilerplate(fresh);
  run.boilerplate = fresh;
  run.store.beginBatch();
  for await (const page of input.pages()) {
    const visit = secondHalf.has(page.path) ? SECOND_HALF : changed.has(posix.dirname(page.path)) ? REVISIT : null;
    if (visit && !page.problem) await enqueue(run, page, visit);
  }
  await run.queue.onIdle();
  run.store.endBatch();
}

/** Queues one page, waiting while the queue is full; `then` gets whether the page still has stages to run after a first half. */
async function enqueue(run: IngestRun, page: PageSource, visit: Visit, then?: (moreToRun: boolean) => void): Promise<void> {
  await run.queue.onSizeLessThan(Math.max(1, run.options.workers ?? availableParallelism()) * QUEUED_JOBS_PER_WORKER);
  run.queue.add(async () => {
    try {
      const moreToRun = await processPage(run, page, visit);
      then?.(moreToRun);
    } catch (error) {
      run.summary.failures.push({ path: page.path, stage: 'read', message: describeError(error) });
      run.counts.read.failed++;
    }
  });
}

/**
 * One page: plan its stale stages from the stored keys, run them (or the first half of them) in a worker, write the
 * article with its results. Returns whether stages after the first half are still to run.
 */
async function processPage(run: IngestRun, page: PageSource, visit: Visit): Promise<boolean> {
  const { store, counts, summary, forced } = run;
  const path = page.path;
  if (page.problem) {
    // Not a readable regular file (walk.ts: a symlink, FIFO, device, no permission): recorded as skipped, never opened
    // (and never visited again: finishFolders passes such pages over).
    counts.read.skipped++;
    summary.skippedPages.push({ path, message: page.problem });
    if (!run.options.dryRun) store.recordSkippedFile(path, page.problem);
    run.options.onProgress?.({ done: ++run.finished, path, ranStages: 0 });
    return false;
  }
  const steps = stepsFor(run, posix.dirname(path));
  const article = store.article(path);
  const runs = article ? store.runs(article.id) : new Map<string, StoredRun>();
  let bytes: Buffer | null = null;
  let contentHash: string;
  const tooLarge = isTooLarge(page.size, run.readStep.options);
  if (article && article.size === page.size && article.mtime_ms === page.mtimeMs) contentHash = article.content_hash;
  else if (tooLarge) {
    // Refused from its size: never read, so it is known by its size and time instead of its bytes.
    bytes = Buffer.alloc(0);
    contentHash = sha256(`too large: ${page.size} bytes, modified ${page.mtimeMs}`);
  } else {
    bytes = page.read();
    contentHash = sha256(bytes);
  }
  const readKey = stageKey('read', run.readStep.definition.version, keyedReadOptions(run.readStep.options), '', [contentHash]);
  const cleanAt = steps.findIndex((s) => s.stage === 'clean');
  const inFirstHalf = (stage: string) => stage === 'read' || steps.findIndex((s) => s.stage === stage) <= cleanAt;
  const stored: Record<string, StoredState> = {};
  for (const [stage, r] of runs) {
    if (!forced.has(stage) || (visit.afterFirstHalf && inFirstHalf(stage))) stored[stage] = { key: r.key, status: r.status, outputHash: r.output_hash };
  }

  const stale = staleStages(readKey, stored, steps);
  if (run.options.dryRun) {
    for (const stage of ['read', ...steps.map((s) => s.stage)]) {
      if (stale.includes(stage)) counts[stage].stale++;
      else if (stored[stage]) counts[stage][stored[stage].status === 'skipped' ? 'skipped' : 'unchanged']++;
    }
    return false;
  }
  if (stale.length === 0) {
    if (visit.countUnchanged !== 'all') return false;
    counts.read[stored.read?.status === 'skipped' ? 'skipped' : 'unchanged']++;
    for (const step of steps) if (stored[step.stage]) counts[step.stage].unchanged++;
    if (stored.read?.status === 'skipped') summary.skippedPages.push({ path, message: runs.get('read')?.error ?? '' });
    run.options.onProgress?.({ done: ++run.finished, path, ranStages: 0 });
    return false;
  }

  const jobSteps = visit.firstHalf ? steps.slice(0, cleanAt + 1) : steps;
  if (visit.firstHalf && !stale.some((stage) => stage === 'read' || jobSteps.some((s) => s.stage === stage))) {
    // Nothing to do before the folder is known (e.g. only an option of a later stage changed).
    for (const stage of ['read', ...jobSteps.map((s) => s.stage)]) counts[stage].unchanged++;
    return true;
  }
  const storedOutputs: Record<string, unknown> = {};
  // An output may be missing though its run is done (migration 14 dropped embed's old form): then the stage runs again.
  for (const step of article ? steps : []) {
    const output = stored[step.stage]?.status === 'done' && run.keepsOutput(step.stage) ? store.output(article!.id, step.stage) : undefined;
    if (output !== undefined) storedOutputs[step.stage] = output;
  }
  // The worker decodes the page only for read or a stage that reads its text and cannot take its stored output (the
  // second half of a first ingest has neither): else the file is not read again nor copied to the worker.
  const decodes = stale.includes('read')
    || jobSteps.some((s) => s.after.includes('read') && (stale.includes(s.stage) || !(s.stage in storedOutputs)));
  bytes = !decodes || tooLarge ? Buffer.alloc(0) : bytes ?? page.read();
  const job: ArticleJob = { path, bytes, size: page.size, read: { key: readKey, options: run.readStep.options }, steps: jobSteps.map(({ after: _a, version: _v, ...spec }) => spec),
    stored, storedOutputs, models: run.models };
  let result: JobResult;
  try {
    // The limits per stage and page (limits.ts) hold in worker threads only: the main thread cannot be stopped.
    if (run.workerCount > 0) run.pool ??= new WorkerPool(run.workerCount, limitsFromOptions(run.readStep.options));
    result = run.pool ? await run.pool.run(job) : await runArticleJob(job);
  } catch (error) {
    // The worker itself died (out of memory, a native crash): charge it to the first stage after read that was due.
    const first = stale.find((stage) => stage !== 'read') ?? 'read';
    result = { results: [{ stage: first, key: 'crashed', status: 'failed', error: `worker crashed: ${describeError(error)}`, stack: errorStack(error), ms: 0 }],
      unchanged: [], notices: [] };
  }
  const countUnchanged = visit.countUnchanged === 'all' ? () => true
    : visit.countUnchanged === 'none' ? () => false : (stage: string) => !inFirstHalf(stage);
  storeResults(run, { existing: article, path, size: page.size, mtimeMs: page.mtimeMs, contentHash, url: page.url }, runs, result, countUnchanged);
  const ok = result.results.every((r) => r.status === 'done');
  const moreToRun = visit.firstHalf && ok && stale.some((stage) => stage !== 'read' && !jobSteps.some((s) => s.stage === stage));
  if (visit.progress || (visit.firstHalf && !moreToRun)) run.options.onProgress?.({ done: ++run.finished, path, ranStages: result.results.length });
  return moreToRun;
}

/** The steps for a page of `folder`: the clean stage gets that folder's repeated block hashes as an option (and so in its key). */
function stepsFor(run: IngestRun, folder: string): PreparedStep[] {
  const hashes = run.boilerplate?.get(folder);
  if (!hashes?.length) return run.steps;
  return run.steps.map((s) => (s.stage === 'clean' && !s.module ? { ...s, options: { ...s.options, folderBoilerplate: hashes } } : s));
}

/** Writes the article row and its stage results in one transaction (an article is never stored without them), and counts them. */
function storeResults(run: IngestRun, file: Parameters<IngestStore['writeArticle']>[0], runs: Map<string, StoredRun>, result: JobResult,
  countUnchanged: (stage: string) => boolean): void {
  const { counts, summary } = run;
  for (const name of result.unchanged) if (countUnchanged(name)) counts[name].unchanged++;
  // The worker decodes the page every time (the stages after it need the text); a read with the stored key is
  // unchanged, unless forced.
  const previousRead = run.forced.has('read') ? undefined : runs.get('read');
  const results = result.results.filter((r) => {
    const unchangedRead = r.stage === 'read' && r.status === 'done' && previousRead?.key === r.key && previousRead.status === 'done';
    if (unchangedRead && countUnchanged('read')) counts.read.unchanged++;
    return !unchangedRead;
  });
  run.store.writeArticle(file, results.map((r) => ({ result: { ...r, keepOutput: run.keepsOutput(r.stage) }, previous: runs.get(r.stage),
    downstream: downstreamOf(r.stage, run.allSteps) })));
  run.store.commitIfDue();
  for (const r of results) {
    const c = counts[r.stage];
    c.ms += r.ms;
    if (r.reused) c.reused++;
    else if (r.status === 'done') c.ran++;
    else if (r.status === 'skipped') {
      c.skipped++;
      summary.skippedPages.push({ path: file.path, message: r.error ?? 'skipped' });
    } else {
      c.failed++;
      summary.failures.push({ path: file.path, stage: r.stage, message: r.error ?? 'failed' });
    }
  }
  result.notices.forEach(run.notice);
}

/**
 * Step 4: the corpus stages, each keyed over the output hashes of every article for the stages it reads. A dry run
 * only says whether it would run: when an input stage is stale somewhere, or its own key changed.
 */
async function runCorpusStages(run: IngestRun): Promise<void> {
  for (const step of run.corpusSteps) {
    const stage = step.definition;
    const counts = run.counts[step.stage];
    const started = performance.now();
    const reads = [...stage.after, ...(stage.alsoReads ?? [])];
    let key: string;
    try {
      const inputs = reads.flatMap((dep) => run.store.outputHashes(dep).map((r) => `${dep}\u0000${r.path}\u0000${r.output_hash}`));
      const methodKey = stage.methodKey ? await stage.methodKey(step.options, { dryRun: Boolean(run.options.dryRun), models: run.models, pipelineOptions: run.pipelineOptions }) : '';
      key = stageKey(step.stage, stage.version, step.options, methodKey, inputs);
    } catch (error) {
      // Nothing to key it by (a malformed alias file, already reported by the entities stage): failed, with the same message.
      if (!run.options.dryRun) run.store.writeCorpusRun(step.stage, 'none', 'failed', describeError(error), errorStack(error), performance.now() - started);
      failCorpus(run, step.stage, error);
      continue;
    }
    const previous = run.store.corpusRun(step.stage);
    const unchanged = !run.forced.has(step.stage) && previous?.key === key && previous.status === 'done';
    if (run.options.dryRun) {
      const inputsStale = reads.some((d) => run.counts[d]?.stale) || run.summary.removedPaths.length > 0;
      if (inputsStale || !unchanged) counts.stale++;
      continue;
    }
    if (unchanged) {
      counts.unchanged++;
      continue;
    }
    try {
      const output = await stage.runCorpus(corpusInputs(run.db, run.root, step.stage), {
        options: step.options, path: '(corpus)', notice: run.notice, models: run.models, pipelineOptions: run.pipelineOptions,
        lookup: corpusLookup(run.db, run.root),
      });
      run.store.writeCorpusRun(step.stage, key, 'done', null, null, performance.now() - started, () => materialiseCorpus(run.db, run.root, step.stage, output));
      counts.ran++;
    } catch (error) {
      run.store.writeCorpusRun(step.stage, key, 'failed', describeError(error), errorStack(error), performance.now() - started);
      failCorpus(run, step.stage, error);
    }
    counts.ms += performance.now() - started;
  }
}

function failCorpus(run: IngestRun, stage: string, error: unknown): void {
  run.counts[stage].failed++;
  run.summary.failures.push({ path: '(corpus)', stage, message: describeError(error) });
}

/**
 * The stages that would run for this article: a stage is stale when its key differs from the stored one,
 * when it has no successful result, or when an input it reads is stale (its key cannot be known yet).
 * An unreadable page (read skipped with the same key) has nothing stale.
 */
export function staleStages(readKey: string, stored: Record<string, StoredState>, steps: PreparedStep[]): string[] {
  const read = stored.read;
  if (read?.key === readKey && read.status === 'skipped') return [];
  const stale: string[] = read?.key === readKey && read.status === 'done' ? [] : ['read'];
  const hashes: Record<string, string> = stale.length ? {} : { read: readKey };
  for (const step of steps) {
    const run = stored[step.stage];
    const known = step.after.every((d) => d in hashes);
    const key = known ? stageKey(step.stage, step.version, step.options, step.methodKey, step.after.map((d) => hashes[d])) : null;
    if (key && run?.status === 'done' && run.key === key && run.outputHash) hashes[step.stage] = run.outputHash;
    else stale.push(step.stage);
  }
  return stale;
}

/** The model settings of an ingest: its own `--models`/`--offline`, else the environment's. */
function settingsOf(models: IngestOptions['models']): ModelSettings {
  const fromEnv = modelSettings();
  return { ...fromEnv, localDir: models?.dir ? resolve(models.dir) : fromEnv.localDir, offline: models?.offline || fromEnv.offline };
}

function emptyCounts(): StageCounts {
  return { ran: 0, reused: 0, stale: 0, unchanged: 0, failed: 0, skipped: 0, ms: 0 };
}

/** Per folder, the block hashes found on most of its pages (src/text/clean/repeated.ts); folders with none are left out. */
function folderBoilerplateOf(pages: Array<{ path: string; hashes: string[] }>): Map<string, string[]> {
  const byFolder = new Map<string, string[][]>();
  for (const p of pages) {
    const folder = posix.dirname(p.path);
    const list = byFolder.get(folder);
    if (list) list.push(p.hashes);
    else byFolder.set(folder, [p.hashes]);
  }
  const sets = new Map<string, string[]>();
  for (const [folder, hashes] of byFolder) {
    const repeated = repeatedHashes(hashes);
    if (repeated.length) sets.set(folder, repeated);
  }
  return sets;
}
