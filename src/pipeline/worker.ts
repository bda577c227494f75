// Worker thread: receives ArticleJobs, runs them one at a time in arrival order, posts JobResults back. CPU-bound
// stages run here so that every core works; the main thread only reads files and writes SQLite.
import { parentPort } from 'node:worker_threads';
import { runArticleJob, type ArticleJob } from './article-job.ts';

let previous: Promise<void> = Promise.resolve();

parentPort!.on('message', (message: { id: number; job: ArticleJob }) => {
  // The pool sends the next job before this one ends (so no worker waits for the main thread): chain, do not overlap.
  previous = previous.then(async () => {
    try {
      const result = await runArticleJob(message.job);
      parentPort!.postMessage({ id: message.id, result });
    } catch (error) {
      parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
