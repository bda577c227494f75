// Worker thread: receives ArticleJobs, runs them, posts JobResults back. CPU-bound stages run here so that
// every core works; the main thread only reads files and writes SQLite.
import { parentPort } from 'node:worker_threads';
import { runArticleJob, type ArticleJob } from './article-job.ts';

parentPort!.on('message', async (message: { id: number; job: ArticleJob }) => {
  try {
    const result = await runArticleJob(message.job);
    parentPort!.postMessage({ id: message.id, result });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
