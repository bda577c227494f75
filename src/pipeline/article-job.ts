// Runs the per-article stages (after read) of one article: the unit of work a worker thread receives.
// Pure apart from the stages themselves: no SQLite, no file system; the runner stores what comes back.
import type { Stage, StageContext } from './stage.ts';
import { loadStage } from './registry.ts';
import { sha256, stageKey } from './keys.ts';
import type { StageResult } from '../store/store.ts';
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
  status: string;
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
}

export interface JobResult {
  /** Results of the stages that ran; stages whose key matched are listed in `unchanged`. */
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
  const finish = (result: StageResult) => {
    results.push(result);
    hooks.stageFinished?.(result);
  };
  const unchanged: string[] = [];
  const notices: string[] = [];
  const notice = (m: string) => notices.push(m);

  // read is always run (the stages after it need the text); the runner writes its result only when the key changed.
  hooks.stageStarted?.('read');
  const readStarted = performance.now();
  let readOutput: ReadOutput;
  try {
    readOutput = await readStage.run({ path: job.path, bytes: job.bytes, size: job.size }, { options: job.read.options, path: job.path, notice });
  } catch (error) {
    const status = error instanceof UnreadablePageError ? 'skipped' : 'failed';
    finish({ stage: 'read', key: job.read.key, status, error: describeError(error), ms: performance.now() - readStarted });
    return { results, unchanged, notices };
  }
  // The text itself is not kept: the file is its source, and the clean stage's output is what later stages read.
  finish({ stage: 'read', key: job.read.key, status: 'done', json: JSON.stringify({ ...readOutput, text: undefined }),
    outputHash: job.read.key, method: `read@${readStage.version}`, ms: performance.now() - readStarted });
  const hashes: Record<string, string> = { read: job.read.key };
  const outputs: Record<string, unknown> = { read: readOutput };

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
    if (previous && previous.key === key && previous.status === 'done' && previous.outputHash
      && (step.stage in job.storedOutputs || !readByLater.has(step.stage))) {
      hashes[step.stage] = previous.outputHash;
      outputs[step.stage] = job.storedOutputs[step.stage];
      unchanged.push(step.stage);
      continue;
    }
    const ctx: StageContext = { options: step.options, path: job.path, notice };
    const input = Object.fromEntries(stage.after.map((dep) => [dep, outputs[dep]]));
    hooks.stageStarted?.(step.stage);
    const started = performance.now();
    try {
      const output = await stage.run(input, ctx);
      const json = JSON.stringify(output);
      const outputHash = sha256(json);
      hashes[step.stage] = outputHash;
      outputs[step.stage] = output;
      finish({ stage: step.stage, key, status: 'done', json, outputHash, method: methodOf(stage, output), ms: performance.now() - started });
    } catch (error) {
      finish({ stage: step.stage, key, status: 'failed', error: describeError(error), ms: performance.now() - started });
    }
  }
  return { results, unchanged, notices };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
