// Workers start as pages come (src/pipeline/pool.ts): an ingest of one page starts one worker, not one per core; a
// second page while the first runs starts the second worker. Real worker threads and a user stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { WorkerPool } from '../src/pipeline/pool.ts';
import type { ArticleJob } from '../src/pipeline/article-job.ts';

const WORDS = fileURLToPath(new URL('./fixtures/stages/words.ts', import.meta.url));

function job(path: string, delayMs: number): ArticleJob {
  return {
    path, bytes: new TextEncoder().encode(`Words of ${path}`), size: 20, read: { key: path, options: {} },
    steps: [{ stage: 'words', module: WORDS, options: { delayMs, reportTimes: true }, methodKey: '' }], stored: {}, storedOutputs: {},
  };
}

const threadOf = (result: Awaited<ReturnType<WorkerPool['run']>>) =>
  (JSON.parse(result.results.find((r) => r.stage === 'words')!.json!) as { thread: number }).thread;

test('a pool of two runs one page in one worker; a page sent while it runs starts the second', { timeout: 120_000 }, async () => {
  const pool = new WorkerPool(2);
  try {
    assert.equal(pool.workersStarted, 0, 'no worker before a page comes');
    await pool.run(job('alone', 10));
    assert.equal(pool.workersStarted, 1, 'one page, one worker');
    const [a, b] = await Promise.all([pool.run(job('first', 1000)), pool.run(job('second', 1000))]);
    assert.equal(pool.workersStarted, 2, 'two pages at once: the second worker started');
    assert.notEqual(threadOf(a), threadOf(b), 'the two pages ran in different workers');
    await Promise.all(['x', 'y', 'z'].map((p) => pool.run(job(p, 10))));
    assert.equal(pool.workersStarted, 2, 'never more than the pool\'s size');
  } finally {
    await pool.close();
  }
});
