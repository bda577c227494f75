// Per-page limits of a worker thread, read from the read stage's options in the pipeline file (read is the step every
// pipeline has; the limits are left out of its incremental key, so changing them re-runs nothing by itself).

export interface WorkerLimits {
  /** Wall-clock seconds one stage may spend on one page before its worker is terminated and replaced. */
  stageTimeoutSeconds: number;
  /**
   * The limit for a stage's first page in each worker, which also loads its code, data and models (a model
   * download of several hundred MB can take minutes). Never below stageTimeoutSeconds.
   */
  firstRunTimeoutSeconds: number;
  /** V8 heap limit of each worker (resourceLimits.maxOldGenerationSizeMb); a page that needs more fails, named. */
  workerMemoryMb: number;
  /**
   * A worker that holds more than this after a page (its V8 heap and the buffers outside it, garbage included) is
   * replaced once its queued pages are done. Not a pipeline option: the pool's own policy (pool.ts), set by tests.
   */
  recycleHeapMb: number;
}

export const DEFAULT_LIMITS: WorkerLimits = {
  // The goal is no page over 10 s with the default limits; the slowest real page of bench/extraction-dev takes
  // well under a second in every stage, so 30 s only ever stops a pathological page.
  stageTimeoutSeconds: 30,
  firstRunTimeoutSeconds: 300,
  // Real pages use a few tens of MB; 1,000,000 tiny elements took close to 1 GB (issue 15). Two workers at this
  // limit stay inside the 800 MB peak-RSS goal of bench/hostile.ts only if one of them is at the limit at a time:
  // the pool runs the large pages that can get there one at a time (pool.ts, LARGE_PAGE_BYTES).
  workerMemoryMb: 512,
  // The 455 real pages of the golden export (extraction-dev's HTML, among them 24 over 400 KB) leave a worker holding
  // at most 127 MB (101 MB heap, 26 MB outside it); a 1 MB hostile page 190–350 MB, which V8 kept, and added to, for
  // the pages after it: the hostile folder's workers crept from 100 to 350 MB in one ingest (instrumented run, 2026-12-06).
  recycleHeapMb: 160,
};

export const LIMIT_OPTIONS = ['stageTimeoutSeconds', 'firstRunTimeoutSeconds', 'workerMemoryMb'] as const;

/** The limits set in the read stage's options, checked (a clear error names the option), with defaults for the rest. */
export function limitsFromOptions(options: Record<string, unknown>): WorkerLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const name of LIMIT_OPTIONS) {
    const value = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value > 0)) throw new Error(`pipeline: read.${name} must be a positive number, not ${JSON.stringify(value)}`);
    limits[name] = value;
  }
  return limits;
}

/** The read options that belong in its incremental key: all but the limits, which change how long a page may take, not its result. */
export function keyedReadOptions(options: Record<string, unknown>): Record<string, unknown> {
  const keyed = { ...options };
  for (const name of LIMIT_OPTIONS) delete keyed[name];
  return keyed;
}
