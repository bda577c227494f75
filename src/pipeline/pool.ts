// A small pool of worker threads running ArticleJobs. Each worker holds up to JOBS_PER_WORKER jobs: it runs one and
// has the next ones at hand, so it never sits idle while the main thread is busy writing a result or committing.
import { Worker } from 'node:worker_threads';
import type { ArticleJob, JobResult } from './article-job.ts';

/**
 * Jobs a worker holds at once (it runs them in order). With one, a worker waited for the main thread after every
 * page and the two cores were about 80% busy in bench/ingest.ts; four ride out the main thread's commits (a first
 * ingest of 10,000 bench pages took about 5% less time than with two).
 */
export const JOBS_PER_WORKER = 4;

interface Pending {
  job: ArticleJob;
  resolve(result: JobResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker, oldest (the one running) first. */
  jobs: Map<number, Pending>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ id: number } & Pending> = [];
  private nextId = 0;
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const slot: Slot = { worker: new Worker(new URL('./worker-entry.mjs', import.meta.url)), jobs: new Map() };
    slot.worker.on('message', (m: { id: number; result?: JobResult; error?: string }) => {
      const p = slot.jobs.get(m.id);
      slot.jobs.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.result!);
      this.dispatch();
    });
    // A worker that dies (an uncaught error, out of memory, process.exit in a user stage) fails the job it was running;
    // the jobs queued behind it go to a fresh worker.
    const died = (error: Error) => {
      if (!this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      const [running, ...queued] = slot.jobs.values();
      running?.reject(error);
      this.waiting.unshift(...[...slot.jobs.keys()].slice(1).map((id, i) => ({ id, ...queued[i] })));
      if (!this.closing) this.spawn();
      this.dispatch();
    };
    slot.worker.on('error', died);
    slot.worker.on('exit', (code) => died(new Error(`worker exited with code ${code}`)));
    this.slots.push(slot);
  }

  /** Hands waiting jobs to the workers holding the fewest. */
  private dispatch(): void {
    while (this.waiting.length) {
      const slot = this.slots.reduce<Slot | null>((best, s) => (!best || s.jobs.size < best.jobs.size ? s : best), null);
      if (!slot || slot.jobs.size >= JOBS_PER_WORKER) return;
      const { id, ...pending } = this.waiting.shift()!;
      slot.jobs.set(id, pending);
      slot.worker.postMessage({ id, job: pending.job });
    }
  }

  run(job: ArticleJob): Promise<JobResult> {
    return new Promise<JobResult>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
