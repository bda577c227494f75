// Runs the per-article stages (after read) of one article: the unit of work a worker thread receives.
// Pure apart from the stages themselves: no SQLite, no file system; the runner stores what comes back.
import type { ModelSettings, Stage, StageContext } from './stage.ts';
import { loadStage } from './registry.ts';
import { sha256, stageKey } from './keys.ts';
import { encodeOutput } from './output-codec.ts';
import type { StageResult, StageStatus } from '../store/store.ts';
import type { ReadOutput } from '../types.ts';
import { readStage } from '../stages/read.ts';
import { UnreadablePageError } from '../text/read/decode.ts';

export interface StepSpec {
  stage: string;
  options: Record<string, unknown>;
  module?: string;
  /** The stage's methodKey() for this run, computed once on the main thread. */
  methodKey: string;
}

export interface StoredState {
  key: string;
  status: StageStatus;
  outputHash: string | null;
}

export interface ArticleJob {
  path: string;
  /** The page's bytes: the read stage (decoding) runs here too, off the main thread that writes SQLite. */
  bytes: Uint8Array;
  /** The file's size from the walk: a page over the read limit is refused from it, its bytes never read (then empty). */
  size?: number;
  /** The read stage's key (from the content hash) and options. */
  read: { key: string; options: Record<string, unknown> };
  steps: StepSpec[];
  stored: Record<string, StoredState>;
  storedOutputs: Record<string, unknown>;
  /** The ingest's model settings, handed to every stage in its context. */
  models?: ModelSettings;
}

export interface JobResult {
  /** Results of the stages that ran (none when JobHooks.stageFinished took them); stages whose key matched are listed in `unchanged`. */
  results: StageResult[];
  unchanged: string[];
  notices: string[];
}

/** The method a result was made with: the output's own `method` field when it has one, else stage@version. */
function methodOf(stage: Stage, output: unknown): string {
  const own = (output as { method?: unknown } | null)?.method;
  return typeof own === 'string' ? own : `${stage.name}@${stage.version}`;
}

/** What the worker is doing while it imports the pipeline's stage modules (named in a timeout's message). */
export const LOADING_STAGES = 'loading stages';

/** What a worker reports while a job runs, so that its pool can enforce limits per stage (pool.ts). */
export interface JobHooks {
  stageStarted?(stage: string): void;
  stageFinished?(result: StageResult): void;
}

export async function runArticleJob(job: ArticleJob, hooks: JobHooks = {}): Promise<JobResult> {
  const results: StageResult[] = [];
  // A worker hands each result on as it ends (hooks.stageFinished) and keeps none: a stage's JSON can be hundreds of
  // MB on a hostile page (clean's for 77,000 paragraphs), and the pool already has it.
  const finish = (result: StageResult) => {
    if (hooks.stageFinished) hooks.stageFinished(result);
    else results.push(result);
  };
  const unchanged: string[] = [];
  const notices: string[] = [];
  const notice = (m: string) => notices.push(m);
  const hashes: Record<string, string> = {};
  const outputs: Record<string, unknown> = {};
  /** Stages whose output this job made anew: a stage reading one of them cannot reuse its stored output. */
  const fresh = new Set<string>();

  // Decoding is done when a stage that reads the text must run, or when the stored read is not this file's; the runner
  // writes read's result only when its key changed.
  const readStored = job.stored.read?.key === job.read.key && job.stored.read.status === 'done';
  const runRead = async (): Promise<boolean> => {
    hooks.stageStarted?.('read');
    const started = performance.now();
    try {
      outputs.read = await readStage.run({ path: job.path, bytes: job.bytes, size: job.size }, { options: job.read.options, path: job.path, notice, models: job.models });
    } catch (error) {
      const status = error instanceof UnreadablePageError ? 'skipped' : 'failed';
      finish({ stage: 'read', key: job.read.key, status, error: describeError(error), stack: status === 'failed' ? errorStack(error) : undefined,
        ms: performance.now() - started });
      return false;
    }
    // The text itself is not kept: the file is its source, and the clean stage's output is what later stages read.
    finish({ stage: 'read', key: job.read.key, status: 'done', json: JSON.stringify({ ...(outputs.read as ReadOutput), text: undefined }),
      outputHash: job.read.key, method: `read@${readStage.version}`, ms: performance.now() - started });
    return true;
  };
  if (!readStored) {
    if (!(await runRead())) return { results, unchanged, notices };
    fresh.add('read');
  }
  hashes.read = job.read.key;

  hooks.stageStarted?.(LOADING_STAGES);
  const stages = await Promise.all(job.steps.map(loadStage));
  // Outputs no later stage reads are not kept as JSON (their rows in the store are what users query): such a stage
  // is unchanged on its key alone.
  const readByLater = new Set(stages.flatMap((s) => s.after));

  for (const [i, step] of job.steps.entries()) {
    const stage = stages[i];
    // A stage whose input failed (or was not produced) cannot run; the store already dropped its old rows.
    if (!stage.after.every((dep) => dep in hashes)) continue;
    const key = stageKey(stage.name, stage.version, step.options, step.methodKey, stage.after.map((dep) => hashes[dep]));
    const previous = job.stored[step.stage];
    const previousDone = previous?.status === 'done' && Boolean(previous.outputHash);
    if (previousDone && previous.key === key && (step.stage in job.storedOutputs || !readByLater.has(step.stage))) {
      hashes[step.stage] = previous.outputHash!;
      outputs[step.stage] = job.storedOutputs[step.stage];
      unchanged.push(step.stage);
      continue;
    }
    const ctx: StageContext = { options: step.options, path: job.path, notice, models: job.models };
    hooks.stageStarted?.(step.stage);
    const started = performance.now();
    try {
      // Same inputs, other options: the stage may derive the new output from the stored one (see Stage.reuse).
      const reusable = stage.reuse && previousDone && step.stage in job.storedOutputs && !stage.after.some((dep) => fresh.has(dep));
      let output = reusable ? stage.reuse!(job.storedOutputs[step.stage], ctx.options) : null;
      const reused = output !== null;
      if (!reused) {
        if (stage.after.includes('read') && !('read' in outputs) && !(await runRead())) break;
        hooks.stageStarted?.(step.stage);
        output = await stage.run(Object.fromEntries(stage.after.map((dep) => [dep, outputs[dep]])), ctx);
      }
      const { json, binary } = encodeOutput(output);
      const outputHash = binary ? sha256(json, binary) : sha256(json);
      hashes[step.stage] = outputHash;
      outputs[step.stage] = output;
      fresh.add(step.stage);
      finish({ stage: step.stage, key, status: 'done', json, ...(binary ? { binary } : {}), outputHash, method: methodOf(stage, output), ms: performance.now() - started,
        ...(reused ? { reused } : {}) });
    } catch (error) {
      finish({ stage: step.stage, key, status: 'failed', error: describeError(error), stack: errorStack(error), ms: performance.now() - started });
    }
  }
  if (readStored && !('read' in outputs)) unchanged.push('read');
  return { results, unchanged, notices };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Where the error was thrown, for the maintainer who reads a failure on page 3,412 (status --verbose); null when there is no stack. */
export function errorStack(error: unknown): string | undefined {
  return error instanceof Error && error.stack ? error.stack : undefined;
}
