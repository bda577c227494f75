// The worker pool's scheduling by page size (src/pipeline/pool.ts): large pages are held by one worker at a time, so
// that two of them never fill two workers' heaps at once (issue 15: the hostile folder's peak RSS), while the other
// worker goes on with the smaller pages; a worker left holding much memory is replaced. Real worker threads and a user
// stage that takes a set time per page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { LARGE_PAGE_BYTES, WorkerPool } from '../src/pipeline/pool.ts';
import type { ArticleJob } from '../src/pipeline/article-job.ts';

const WORDS = fileURLToPath(new URL('./fixtures/stages/words.ts', import.meta.url));
/** Long enough that two pages started together surely overlap, even on a loaded machine. */
const STAGE_MS = 1000;

/** A page that the pool weighs by `size` (its file's size; the bytes it carries are a few words). */
function job(path: string, size: number, delayMs = STAGE_MS): ArticleJob {
  const bytes = new TextEncoder().encode(`Words of ${path}`);
  return {
    path, bytes, size, read: { key: path, options: {} },
    steps: [{ stage: 'words', module: WORDS, options: { delayMs, reportTimes: true }, methodKey: '' }], stored: {}, storedOutputs: {},
  };
}

/**
 * When each page's stage ran, as the worker clocked it (the main thread may hear of a result late on a loaded machine),
 * and in which worker thread.
 */
async function runAll(pool: WorkerPool, jobs: ArticleJob[]): Promise<Map<string, { start: number; end: number; thread: number }>> {
  const spans = new Map<string, { start: number; end: number; thread: number }>();
  await Promise.all(jobs.map(async (j) => {
    const result = await pool.run(j);
    const words = result.results.find((r) => r.stage === 'words');
    assert.equal(words?.status, 'done', `${j.path}: ${words?.error}`);
    const { ranFrom, ranTo, thread } = JSON.parse(words!.json!) as { ranFrom: number; ranTo: number; thread: number };
    spans.set(j.path, { start: ranFrom, end: ranTo, thread });
  }));
  return spans;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

test('large pages run one at a time; the other worker takes the small pages meanwhile', { timeout: 120_000 }, async () => {
  const pool = new WorkerPool(2);
  try {
    // The first page of each worker also loads the stage: warm both up first.
    await runAll(pool, [job('warm-1', 10), job('warm-2', 10)]);
    const large = ['large-1', 'large-2', 'large-3'];
    const spans = await runAll(pool, [...large.map((p) => job(p, LARGE_PAGE_BYTES)), job('small-1', 1000), job('small-2', 1000)]);
    for (const a of large) for (const b of large) if (a < b) assert.ok(!overlap(spans.get(a)!, spans.get(b)!), `${a} and ${b} ran at the same time`);
    assert.ok(['small-1', 'small-2'].some((s) => overlap(spans.get(s)!, spans.get('large-1')!)), 'a small page ran beside the first large one');
  } finally {
    await pool.close();
  }
});

test('small pages still run side by side in both workers', { timeout: 120_000 }, async () => {
  const pool = new WorkerPool(2);
  try {
    await runAll(pool, [job('warm-1', 10), job('warm-2', 10)]);
    const spans = await runAll(pool, [job('small-1', 1000), job('small-2', 1000)]);
    assert.ok(overlap(spans.get('small-1')!, spans.get('small-2')!), 'the two pages ran at the same time');
  } finally {
    await pool.close();
  }
});

test('a worker left holding more than recycleHeapMb after a page is replaced, once the pages it holds are done', { timeout: 120_000 }, async () => {
  // Every worker holds more than 1 MB after a page (its stage code and data alone): each is replaced.
  const pool = new WorkerPool(1, { recycleHeapMb: 1 });
  try {
    // The three pages are sent to the one worker together (JOBS_PER_WORKER): it runs them all, then goes.
    const held = await runAll(pool, ['a', 'b', 'c'].map((p) => job(p, 10, 0)));
    assert.equal(new Set([...held.values()].map((s) => s.thread)).size, 1, 'the pages a worker held ran in it');
    const next = await runAll(pool, [job('d', 10, 0)]);
    assert.notEqual(next.get('d')!.thread, held.get('a')!.thread, 'the next page ran in a new worker');
    assert.equal(pool.workersStarted, 2);
  } finally {
    await pool.close();
  }
});

test('a worker holding less than recycleHeapMb is kept', { timeout: 120_000 }, async () => {
  const pool = new WorkerPool(1);
  try {
    const first = await runAll(pool, [job('a', 10, 0)]);
    const second = await runAll(pool, [job('b', 10, 0)]);
    assert.equal(second.get('b')!.thread, first.get('a')!.thread);
    assert.equal(pool.workersStarted, 1);
  } finally {
    await pool.close();
  }
});
