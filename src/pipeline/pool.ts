// A small pool of worker threads running ArticleJobs. Each worker holds up to JOBS_PER_WORKER jobs: it runs one and
// has the next ones at hand, so it never sits idle while the main thread is busy writing a result or committing.
// Each worker reports the stage it is in and each stage result as it ends, so that a worker that runs over its time or
// memory limit is terminated and replaced, the page keeps the stages it finished and the stage at fault is named.
// A worker left holding much memory by a huge page (recycleHeapMb) is replaced once its queued pages are done: V8
// keeps a heap it has grown, and the pages after it grew it further.
import { Worker } from 'node:worker_threads';
import { serialize } from 'node:v8';
import { LOADING_STAGES, type ArticleJob, type JobResult } from './article-job.ts';
import type { StageResult } from '../store/store.ts';
import { DEFAULT_LIMITS, type WorkerLimits } from './limits.ts';
import type { WorkerMessage } from './worker.ts';

/**
 * Jobs a worker holds at once (it runs them in order). With one, a worker waited for the main thread after every
 * page and the two cores were about 80% busy in bench/ingest.ts; four ride out the main thread's commits (a first
 * ingest of 10,000 bench pages took about 5% less time than with two).
 */
export const JOBS_PER_WORKER = 4;
/**
 * Pages from this size (their files' bytes) are held by one worker at a time: the stages of such a page may fill the
 * worker's heap up to its limit (workerMemoryMb), and two at once in two workers took bench/hostile.ts's folder of
 * 1 MB pages to 950–990 MB peak RSS (goal: under 800 MB). Real pages are smaller (bench/extraction-dev's 435 HTML
 * pages: median 100 KB, 95th percentile 430 KB); its 16 this large run one after another, beside the smaller ones.
 */
export const LARGE_PAGE_BYTES = 512 * 1024;

/** Whether a job is a large page: by its file's size (its bytes are empty when the page is not decoded again). */
const isLarge = (job: ArticleJob) => (job.size ?? job.bytes.byteLength) >= LARGE_PAGE_BYTES;

interface Pending {
  /**
   * The job as v8.serialize wrote it, which the worker reads back: a job waiting here (a large page waits while another
   * runs) is its bytes, not the page's stored outputs parsed (a clean output of 333,000 paragraphs is several times its
   * JSON as objects, bench:hostile). Dropped once the worker has started it: a running job is never sent again (a failure
   * ends it).
   */
  serialized: Buffer | null;
  large: boolean;
  /** The job's first stage, charged with a failure while the worker loads the stages. */
  firstStage: string;
  resolve(result: JobResult): void;
  reject(error: Error): void;
}

/** The job a worker is running: the stage it is in and the results of the stages it finished. */
interface Running {
  id: number;
  stage: string;
  results: StageResult[];
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker, oldest (the one running) first. */
  jobs: Map<number, Pending>;
  running: Running | null;
  /**
   * Stages that have finished a page in this worker: until then a stage's run also loads its code, data and models in
   * this thread (the language detectors, a NER model), and gets firstRunTimeoutSeconds.
   */
  warm: Set<string>;
  /** Over recycleHeapMb after a page: takes no more jobs, and is replaced once the ones it holds are done. */
  recycling: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ id: number } & Pending> = [];
  private nextId = 0;
  private closing = false;
  private readonly limits: WorkerLimits;
  private started = 0;
  /** Workers started and not yet exited (a terminated one still holds its heap until then). */
  private live = 0;
  private readonly size: number;

  /**
   * Workers start as jobs come, up to `size`: each one loads the stage modules and their tables (about 0.5–1 s of CPU
   * a thread), which an ingest of one page paid for a second worker that never ran a page.
   */
  constructor(size: number, limits: Partial<WorkerLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.size = Math.max(1, size);
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.workerMemoryMb },
    });
    this.started++;
    this.live++;
    const slot: Slot = { worker, jobs: new Map(), running: null, warm: new Set(), recycling: false };
    worker.on('message', (m: WorkerMessage) => this.onMessage(slot, m));
    // A worker that dies (out of memory, an uncaught error, process.exit in a user stage) fails the stage it was in;
    // the page keeps what it finished, and the jobs queued behind it go to a fresh worker. Its 'error' can overtake
    // the messages it posted before (the stage it entered, a page it finished): the worker is retired at 'exit',
    // which comes after them, so that the page and stage named are the ones it died in.
    let crash: (Error & { code?: string }) | null = null;
    worker.on('error', (error: Error & { code?: string }) => { crash = error; });
    // The replacement starts once this worker has exited (it is counted live until then): started at once, it loaded
    // every stage module while the terminated worker still held its heap (up to workerMemoryMb), and the process
    // briefly had three of them. It starts when a job waits for it (dispatch).
    worker.on('exit', (code) => {
      this.live--;
      const stage = slot.running?.stage ?? 'read';
      this.retire(slot, crash?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `out of memory in ${stage}: over the ${this.limits.workerMemoryMb} MB heap limit per worker (read.workerMemoryMb in the pipeline file)`
        : `worker crashed in ${stage}: ${crash ? crash.message : `exited with code ${code}`}`);
      if (this.closing) return;
      this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    if (m.type === 'stage') {
      if (slot.running?.id !== m.id) {
        slot.running = { id: m.id, stage: m.stage, results: [] };
        const pending = slot.jobs.get(m.id);
        if (pending) pending.serialized = null;
      }
      slot.running.stage = m.stage;
      this.arm(slot);
      return;
    }
    if (m.type === 'result') {
      slot.running?.results.push(m.result);
      slot.warm.add(m.result.stage);
      if (m.next !== undefined && slot.running?.id === m.id) {
        slot.running.stage = m.next;
        this.arm(slot);
      }
      return;
    }
    const pending = slot.jobs.get(m.id);
    slot.jobs.delete(m.id);
    const results = slot.running?.id === m.id ? slot.running.results : [];
    if (slot.running?.id === m.id) {
      clearTimeout(slot.running.timer);
      slot.running = null;
    }
    if (m.type === 'error') pending?.reject(new Error(m.error));
    else pending?.resolve({ results, unchanged: m.unchanged, notices: m.notices });
    if (m.heldMb > this.limits.recycleHeapMb) slot.recycling = true;
    if (slot.recycling && slot.jobs.size === 0) this.recycle(slot);
    this.dispatch();
  }

  /**
   * Takes an idle worker out of the pool and terminates it; the one that takes its place is started once it has
   * exited (the 'exit' handler), so that the two heaps are never held at once.
   */
  private recycle(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at === -1) return;
    this.slots.splice(at, 1);
    void slot.worker.terminate();
  }

  /** Workers started so far, replacements included. */
  get workersStarted(): number {
    return this.started;
  }

  /** Starts the wall-clock limit of the stage the worker just entered. */
  private arm(slot: Slot): void {
    const running = slot.running!;
    clearTimeout(running.timer);
    const first = !slot.warm.has(running.stage);
    const seconds = first ? Math.max(this.limits.firstRunTimeoutSeconds, this.limits.stageTimeoutSeconds) : this.limits.stageTimeoutSeconds;
    running.timer = setTimeout(() => {
      this.retire(slot, `timeout after ${seconds} s in ${running.stage}`);
      void slot.worker.terminate();
    }, seconds * 1000);
    running.timer.unref();
  }

  /**
   * Takes a worker out of the pool: its running page ends with the stages it finished and a failure for the stage it
   * was in; the pages queued behind it go back to the front of the queue, for the other workers and the fresh one
   * that takes its place when it has exited.
   */
  private retire(slot: Slot, reason: string): void {
    const at = this.slots.indexOf(slot);
    if (at === -1) return;
    this.slots.splice(at, 1);
    const running = slot.running;
    clearTimeout(running?.timer);
    const [first, ...queued] = slot.jobs.entries();
    if (first) {
      const [id, pending] = first;
      const finished = running?.id === id ? running.results : [];
      const current = running?.id === id ? running.stage : 'read';
      // Loading the stage modules is no stage of the pipeline: the failure is recorded on the first one after read.
      const stage = current === LOADING_STAGES ? pending.firstStage : current;
      pending.resolve({ results: [...finished, { stage, key: 'limit', status: 'failed', error: reason, ms: 0 }], unchanged: [], notices: [] });
    }
    this.waiting.unshift(...queued.map(([id, pending]) => ({ id, ...pending })));
    // What a terminated worker still sends (its end drains its messages) concerns none of these jobs any more.
    slot.jobs.clear();
    this.dispatch();
  }

  /**
   * Hands waiting jobs, in order, to the workers holding the fewest. A large page waits while a worker holds another
   * one (LARGE_PAGE_BYTES), and the pages behind it go ahead.
   */
  private dispatch(): void {
    let i = 0;
    while (i < this.waiting.length) {
      if (this.waiting[i].large && this.slots.some((s) => [...s.jobs.values()].some((p) => p.large))) {
        i++;
        continue;
      }
      let slot = this.slots.reduce<Slot | null>((best, s) => (s.recycling || (best && best.jobs.size <= s.jobs.size) ? best : s), null);
      // Every worker has work: another one starts, while there are fewer than `size` (those exiting counted).
      if ((!slot || slot.jobs.size > 0) && this.live < this.size && !this.closing) slot = this.spawn();
      if (!slot || slot.jobs.size >= JOBS_PER_WORKER) return;
      const [{ id, ...pending }] = this.waiting.splice(i, 1);
      slot.jobs.set(id, pending);
      slot.worker.postMessage({ id, job: pending.serialized });
    }
  }

  run(job: ArticleJob): Promise<JobResult> {
    return new Promise<JobResult>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, serialized: serialize(job), large: isLarge(job), firstStage: job.steps[0]?.stage ?? 'read', resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const slot of this.slots) clearTimeout(slot.running?.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
