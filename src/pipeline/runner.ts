// The ingest runner: walks a folder, decides per (article, stage) from incremental keys what must run,
// sends that work to worker threads, and writes each result in one transaction. One bad page never stops
// the batch: its error is recorded and the rest goes on.
import { stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import type { Pipeline, PipelineStep } from './config.ts';
import { CORPUS_STAGES, loadStage } from './registry.ts';
import { runArticleJob, describeError, type ArticleJob, type JobResult, type StepSpec, type StoredState } from './article-job.ts';
import { JOBS_PER_WORKER, WorkerPool } from './pool.ts';
import { sha256, stageKey } from './keys.ts';
import { openDatabase, IngestStore, type StoredRun } from '../store/store.ts';
import { isTooLarge, readStage } from '../stages/read.ts';
import { keyedReadOptions, limitsFromOptions } from './limits.ts';
import { repeatedHashes } from '../text/clean/repeated.ts';
import { fileSource, walkPages, type PageSource } from './walk.ts';

/** Jobs queued per worker beyond the one it runs: enough to keep workers busy, few enough that memory stays flat in corpus size. */
const QUEUED_JOBS_PER_WORKER = 4;

export interface IngestOptions {
  dir: string;
  db: string;
  pipeline: Pipeline;
  /** Worker threads; 0 runs everything on the main thread (handy in tests and for debugging). */
  workers?: number;
  /** Re-run every stage (true) or one stage and every stage after it that reads it (a name). */
  force?: boolean | string;
  /** Plan only: count per stage what would run (stale) without running or writing anything. */
  dryRun?: boolean;
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

/** Stages downstream of `stage` in this pipeline (those that read it, directly or not). */
export function downstreamOf(stage: string, steps: Array<{ stage: string; after: string[] }>): string[] {
  const affected = new Set([stage]);
  for (const step of steps) if (step.after.some((dep) => affected.has(dep))) affected.add(step.stage);
  affected.delete(stage);
  return [...affected];
}

interface PreparedStep extends StepSpec {
  after: string[];
  version: number;
}

async function prepareSteps(steps: PipelineStep[], dryRun: boolean): Promise<PreparedStep[]> {
  const prepared: PreparedStep[] = [];
  for (const step of steps) {
    if (step.stage === 'read' || CORPUS_STAGES.has(step.stage)) continue;
    const stage = await loadStage(step);
    const methodKey = stage.methodKey ? await stage.methodKey(step.options, { dryRun }) : '';
    prepared.push({ ...step, methodKey, after: stage.after, version: stage.version });
  }
  return prepared;
}

function emptyCounts(): StageCounts {
  return { ran: 0, stale: 0, unchanged: 0, failed: 0, skipped: 0, ms: 0 };
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const root = resolve(options.dir);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new Error(`not a folder: ${options.dir}`);

  // A dry run (status) only reads: it works on a read-only database and never migrates one.
  const db = openDatabase(options.db, { readonly: Boolean(options.dryRun) });
  const store = new IngestStore(db, root);
  if (!options.dryRun) store.recordPipeline(JSON.stringify({ name: options.pipeline.name, stages: options.pipeline.steps }));
  const readStep = options.pipeline.steps.find((s) => s.stage === 'read')!;
  const steps = await prepareSteps(options.pipeline.steps, Boolean(options.dryRun));
  for (const step of steps) {
    const missing = step.after.filter((dep) => dep !== 'read' && !steps.some((s) => s.stage === dep));
    if (missing.length) throw new Error(`pipeline: stage "${step.stage}" reads ${missing.join(', ')}, which the pipeline does not run`);
  }
  const allSteps = [{ stage: 'read', after: [] as string[] }, ...steps];
  // A built-in stage's JSON output is kept only when a later stage reads it: the others (segment, embed, translate)
  // live in their own tables, and writing their JSON too (50 KB of base64 vectors a page for embed) held the first
  // ingest in bench/ingest.ts at 140 pages/s instead of 165.
  // User stages keep theirs: it is all the store has of them.
  const readByLater = new Set(steps.flatMap((s) => s.after));
  const keepsOutput = (stage: string) => readByLater.has(stage) || Boolean(steps.find((s) => s.stage === stage)?.module);
  // Cross-document boilerplate: the built-in clean stage drops the blocks found on most pages of the page's folder.
  const cleanStep = steps.find((s) => s.stage === 'clean' && !s.module);
  const dropRepeated = Boolean(cleanStep) && cleanStep!.options.dropRepeatedBlocks !== false;
  let boilerplate = dropRepeated ? store.folderBoilerplate() : new Map<string, string[]>();
  /** The steps for a page of `folder`: the clean stage gets that folder's repeated block hashes as an option (and so in its key). */
  const stepsFor = (folder: string): PreparedStep[] => {
    const hashes = boilerplate.get(folder);
    if (!hashes?.length) return steps;
    return steps.map((s) => (s === cleanStep ? { ...s, options: { ...s.options, folderBoilerplate: hashes } } : s));
  };
  const forced = new Set<string>(
    options.force === true ? allSteps.map((s) => s.stage)
      : typeof options.force === 'string' ? [options.force, ...downstreamOf(options.force, allSteps)] : [],
  );
  if (typeof options.force === 'string' && !allSteps.some((s) => s.stage === options.force) && !CORPUS_STAGES.has(options.force)) {
    throw new Error(`--force: no stage "${options.force}" in pipeline ${options.pipeline.name}`);
  }

  const counts: Record<string, StageCounts> = Object.fromEntries(
    [...allSteps.map((s) => s.stage), ...options.pipeline.steps.filter((s) => CORPUS_STAGES.has(s.stage)).map((s) => s.stage)]
      .map((s) => [s, emptyCounts()]),
  );
  const summary: IngestSummary = { root, db: options.db, pages: 0, stages: counts, failures: [], skippedPages: [], removedPaths: [], elapsedMs: 0 };
  const notices = new Set<string>();
  const notice = (m: string) => {
    if (!notices.has(m)) {
      notices.add(m);
      options.onNotice?.(m);
    }
  };

  const workerCount = options.workers ?? Math.max(1, availableParallelism());
  // The limits per stage and page (limits.ts) hold in worker threads only: the main thread cannot be stopped.
  const pool = workerCount > 0 && !options.dryRun ? new WorkerPool(workerCount, limitsFromOptions(readStep.options)) : null;
  // Pages in flight: those each worker holds (see pool.ts) and one more per worker being read or written here.
  const queue = new PQueue({ concurrency: Math.max(1, workerCount) * (JOBS_PER_WORKER + 1) });
  const seen = new Set<string>();
  let finished = 0;

  const storeResults = (articleId: number, path: string, runs: Map<string, StoredRun>, result: JobResult, recount: boolean) => {
    if (recount) for (const name of result.unchanged) counts[name].unchanged++;
    // The worker decodes the page every time (the stages after it need the text); a read with the stored key is
    // unchanged, unless forced.
    const previousRead = forced.has('read') ? undefined : runs.get('read');
    const results = result.results.filter((r) => {
      const unchangedRead = r.stage === 'read' && r.status === 'done' && previousRead?.key === r.key && previousRead.status === 'done';
      if (unchangedRead && recount) counts.read.unchanged++;
      return !unchangedRead;
    });
    store.writeResults(articleId, results.map((r) => ({ result: { ...r, keepOutput: keepsOutput(r.stage) }, previous: runs.get(r.stage),
      downstream: downstreamOf(r.stage, allSteps) })));
    store.commitIfDue();
    for (const r of results) {
      const c = counts[r.stage];
      c.ms += r.ms;
      if (r.status === 'done') c.ran++;
      else if (r.status === 'skipped') {
        c.skipped++;
        summary.skippedPages.push({ path, message: r.error ?? 'skipped' });
      } else {
        c.failed++;
        summary.failures.push({ path, stage: r.stage, message: r.error ?? 'failed' });
      }
    }
    result.notices.forEach(notice);
  };

  /** `recount` false: a second visit (after the folder's boilerplate changed) counts only what it ran. */
  const processFile = async (page: PageSource, recount = true) => {
    const path = page.path;
    const steps = stepsFor(posix.dirname(path));
    const article = store.article(path);
    const runs = article ? store.runs(article.id) : new Map<string, StoredRun>();
    let bytes: Buffer | null = null;
    let contentHash: string;
    const tooLarge = isTooLarge(page.size, readStep.options);
    if (article && article.size === page.size && article.mtime_ms === page.mtimeMs) contentHash = article.content_hash;
    else if (tooLarge) {
      // Refused from its size: never read, so it is known by its size and time instead of its bytes.
      bytes = Buffer.alloc(0);
      contentHash = sha256(`too large: ${page.size} bytes, modified ${page.mtimeMs}`);
    } else {
      bytes = page.read();
      contentHash = sha256(bytes);
    }
    const readKey = stageKey('read', readStage.version, keyedReadOptions(readStep.options), '', [contentHash]);
    const stored: Record<string, StoredState> = {};
    for (const [stage, run] of runs) if (!forced.has(stage)) stored[stage] = { key: run.key, status: run.status, outputHash: run.output_hash };

    const stale = staleStages(readKey, stored, steps);
    if (options.dryRun) {
      for (const stage of ['read', ...steps.map((s) => s.stage)]) {
        if (stale.includes(stage)) counts[stage].stale++;
        else if (stored[stage]) counts[stage][stored[stage].status === 'skipped' ? 'skipped' : 'unchanged']++;
      }
      return;
    }
    if (stale.length === 0) {
      if (!recount) return;
      counts.read[stored.read?.status === 'skipped' ? 'skipped' : 'unchanged']++;
      for (const step of steps) if (stored[step.stage]) counts[step.stage].unchanged++;
      if (stored.read?.status === 'skipped') summary.skippedPages.push({ path, message: runs.get('read')?.error ?? '' });
      options.onProgress?.({ done: ++finished, path, ranStages: 0 });
      return;
    }

    bytes ??= tooLarge ? Buffer.alloc(0) : page.read();
    const articleId = store.saveArticleFile(article, path, page.size, page.mtimeMs, contentHash);
    const storedOutputs: Record<string, unknown> = {};
    for (const step of steps) if (stored[step.stage]?.status === 'done' && readByLater.has(step.stage)) storedOutputs[step.stage] = store.output(articleId, step.stage);
    const job: ArticleJob = { path, bytes, size: page.size, read: { key: readKey, options: readStep.options }, steps: steps.map(({ after: _a, version: _v, ...spec }) => spec),
      stored, storedOutputs };
    let result: JobResult;
    try {
      result = pool ? await pool.run(job) : await runArticleJob(job);
    } catch (error) {
      // The worker itself died (out of memory, a native crash): charge it to the first stage after read that was due.
      const first = stale.find((stage) => stage !== 'read') ?? 'read';
      result = { results: [{ stage: first, key: 'crashed', status: 'failed', error: `worker crashed: ${describeError(error)}`, ms: 0 }], unchanged: [], notices: [] };
    }
    storeResults(articleId, path, runs, result, recount);
    if (recount) options.onProgress?.({ done: ++finished, path, ranStages: result.results.length });
  };

  /** Queues one file, waiting while the queue is full so that memory stays flat in corpus size. */
  const enqueue = async (page: PageSource, recount: boolean) => {
    await queue.onSizeLessThan(Math.max(1, workerCount) * QUEUED_JOBS_PER_WORKER);
    queue.add(async () => {
      try {
        await processFile(page, recount);
      } catch (error) {
        summary.failures.push({ path: page.path, stage: 'read', message: describeError(error) });
        counts.read.failed++;
      }
    });
  };

  if (!options.dryRun) store.beginBatch();
  try {
    for await (const page of walkPages(root)) {
      seen.add(page.path);
      summary.pages++;
      await enqueue(page, true);
    }
    await queue.onIdle();
    if (options.dryRun) {
      summary.removedPaths = store.missing(seen);
      // Compare reads every article's claims and embeddings: it is stale when any of them is.
      if (counts.compare) counts.compare.stale = counts.claims?.stale || counts.embed?.stale || summary.removedPaths.length ? 1 : 0;
      return summary;
    }
    store.endBatch();
    summary.removedPaths = store.pruneMissing(seen);
    store.dropOrphanEntities();
    if (dropRepeated) {
      // Count this run's block hashes per folder; pages of a folder whose boilerplate changed go through again
      // (only their clean re-runs, and what reads it where the clean text really changed).
      const fresh = folderBoilerplateOf(store.blockHashes());
      const changed = new Set([...fresh.keys(), ...boilerplate.keys()]
        .filter((f) => (fresh.get(f) ?? []).join(' ') !== (boilerplate.get(f) ?? []).join(' ')));
      store.replaceFolderBoilerplate(fresh);
      boilerplate = fresh;
      store.beginBatch();
      for (const path of seen) if (changed.has(posix.dirname(path))) await enqueue(fileSource(root, join(root, path)), false);
      await queue.onIdle();
      store.endBatch();
    }

    const compareStep = options.pipeline.steps.find((s) => s.stage === 'compare');
    if (compareStep) {
      const { runCompare } = await import('../stages/compare.ts');
      const aliasFiles = (steps.find((s) => s.stage === 'entities')?.options.aliasFiles as string[] | undefined) ?? [];
      const outcome = runCompare(store, compareStep.options, forced.has('compare') || options.force === true, aliasFiles);
      counts.compare[outcome.status]++;
      counts.compare.ms += outcome.ms;
      if (outcome.status === 'failed') summary.failures.push({ path: '(corpus)', stage: 'compare', message: outcome.error! });
    }
  } finally {
    await pool?.close();
    // What completed is valid on its own (every article's writes are atomic): keep it.
    store.endBatch();
    db.close();
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
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
