// Worker thread: receives ArticleJobs, runs them one at a time in arrival order, and reports to the pool the stage it
// enters and each stage result as it ends (so a worker terminated at a limit loses nothing it finished), then the end.
// CPU-bound stages run here so that every core works; the main thread only reads files and writes SQLite.
import { parentPort } from 'node:worker_threads';
import { deserialize } from 'node:v8';
import { runArticleJob, describeError, type ArticleJob } from './article-job.ts';
import type { StageResult } from '../store/store.ts';
import { heldBeyondResidentMb } from './resident-memory.ts';

export type WorkerMessage =
  | { type: 'stage'; id: number; stage: string }
  /** A stage's result, and the stage the job went on to (`next`), if it entered one in the same turn. */
  | { type: 'result'; id: number; result: StageResult; next?: string }
  /** `heldMb`: what this worker holds after the job (its V8 heap and the memory outside it, less its resident dictionaries: resident-memory.ts), for the pool's recycling. */
  | { type: 'done'; id: number; unchanged: string[]; notices: string[]; heldMb: number }
  | { type: 'error'; id: number; error: string; heldMb: number };

// A result's binary part (embed's vectors) is moved to the main thread, not copied.
const post = (m: WorkerMessage) => parentPort!.postMessage(m, m.type === 'result' && m.result.binary ? [m.result.binary.buffer as ArrayBuffer] : []);
let previous: Promise<void> = Promise.resolve();

/**
 * Fewer messages, the same news: a stage's result travels with the stage entered next (which the job does in the same
 * turn, or it is sent at the end of that turn), and a stage entered again is not reported twice. Each message costs both
 * threads a wake-up: about 25 a page were about 3 % of the workers' time and 5 % of the main thread's (node --cpu-prof,
 * bench/ingest.ts real pages).
 */
function reporter(id: number) {
  let unsent: StageResult | null = null;
  let reported = '';
  const flush = (next?: string) => {
    if (!unsent) return;
    const result = unsent;
    unsent = null;
    post(next === undefined ? { type: 'result', id, result } : { type: 'result', id, result, next });
  };
  return {
    stageStarted(stage: string) {
      if (unsent) flush(stage);
      else if (stage !== reported) post({ type: 'stage', id, stage });
      reported = stage;
    },
    stageFinished(result: StageResult) {
      flush();
      unsent = result;
      queueMicrotask(() => flush());
    },
    flush,
  };
}

// The job comes as v8.serialize wrote it (pool.ts: what the main thread holds while it waits).
parentPort?.on('message', (message: { id: number; job: Uint8Array }) => {
  const id = message.id;
  // The pool sends the next job before this one ends (so no worker waits for the main thread): chain, do not overlap.
  // A queued job stays as its bytes until its turn: read back, a second half's job is the page's stored clean output as
  // objects, several times its bytes, and up to JOBS_PER_WORKER - 1 of them wait.
  previous = previous.then(async () => {
    const report = reporter(id);
    try {
      const { unchanged, notices } = await runArticleJob(deserialize(message.job) as ArticleJob, report);
      report.flush();
      post({ type: 'done', id, unchanged, notices, heldMb: heldBeyondResidentMb() });
    } catch (error) {
      report.flush();
      post({ type: 'error', id, error: describeError(error), heldMb: heldBeyondResidentMb() });
    }
  });
});
