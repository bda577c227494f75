// Worker thread: receives ArticleJobs, runs them one at a time in arrival order, and reports to the pool the stage it
// enters and each stage result as it ends (so a worker terminated at a limit loses nothing it finished), then the end.
// CPU-bound stages run here so that every core works; the main thread only reads files and writes SQLite.
import { parentPort } from 'node:worker_threads';
import { runArticleJob, describeError, type ArticleJob } from './article-job.ts';
import type { StageResult } from '../store/store.ts';

export type WorkerMessage =
  | { type: 'stage'; id: number; stage: string }
  | { type: 'result'; id: number; result: StageResult }
  | { type: 'done'; id: number; unchanged: string[]; notices: string[] }
  | { type: 'error'; id: number; error: string };

// A result's binary part (embed's vectors) is moved to the main thread, not copied.
const post = (m: WorkerMessage) => parentPort!.postMessage(m, m.type === 'result' && m.result.binary ? [m.result.binary.buffer as ArrayBuffer] : []);
let previous: Promise<void> = Promise.resolve();

parentPort?.on('message', (message: { id: number; job: ArticleJob }) => {
  const { id, job } = message;
  // The pool sends the next job before this one ends (so no worker waits for the main thread): chain, do not overlap.
  previous = previous.then(async () => {
    try {
      const { unchanged, notices } = await runArticleJob(job, {
        stageStarted: (stage) => post({ type: 'stage', id, stage }),
        stageFinished: (result) => post({ type: 'result', id, result }),
      });
      post({ type: 'done', id, unchanged, notices });
    } catch (error) {
      post({ type: 'error', id, error: describeError(error) });
    }
  });
});
