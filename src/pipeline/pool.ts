// A small pool of worker threads running ArticleJobs, one job per worker at a time.
import { Worker } from 'node:worker_threads';
import type { ArticleJob, JobResult } from './article-job.ts';

interface Pending {
  resolve(result: JobResult): void;
  reject(error: Error): void;
  worker: Worker;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(w: Worker) => void> = [];
  private readonly pending = new Map<number, Pending>();
  private readonly workers: Worker[] = [];
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
    worker.on('message', (m: { id: number; result?: JobResult; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.result!);
      this.release(worker);
    });
    worker.on('error', (error) => {
      // A crashed worker fails its job (recorded as that article's error) and is replaced.
      for (const [id, p] of this.pending) if (p.worker === worker) {
        this.pending.delete(id);
        p.reject(error);
      }
      this.workers.splice(this.workers.indexOf(worker), 1);
      this.spawn();
    });
    this.workers.push(worker);
    this.release(worker);
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  async run(job: ArticleJob): Promise<JobResult> {
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    const id = this.nextId++;
    return new Promise<JobResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
