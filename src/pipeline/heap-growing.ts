// How far V8 lets a heap grow past what a full collection left live, while an ingest runs. V8 picks that factor per
// collection between 1.1 and 4 from its own collection speed, and on an ingest it chose a large one: in the second half
// of a first ingest the main thread's old generation climbed about 40 MB between full collections and each worker's heap
// stood at 117-119 MB, most of the 10,000-page peak RSS (bench/ingest.ts --probe). V8 reads the factor at each
// collection from a process-wide flag, so an ingest sets it for its duration, on its own thread and in its workers,
// and puts V8's own choice back after it.
import { setFlagsFromString } from 'node:v8';

/**
 * A heap may grow 20 % past its live size before the next full collection (V8's `--heap-growing-percent`). On 2,000
 * real pages of bench/ingest.ts, two loaded runs each beside V8's own choice: peak RSS 521 -> 495 and 508 -> 485 MB, CPU
 * a page +0.6 % and -2.9 % (noise); at the peak the main thread's V8 heap was 56-57 MB instead of 74-79 (the top of its
 * sawtooth). The README has the 10,000-page figures.
 */
export const INGEST_HEAP_GROWING_PERCENT = 20;

const FLAG = 'heap-growing-percent';
/** Ingests running in this process: the flag is set by the first and put back by the last. */
let active = 0;

/** Whoever started Node chose the factor (`node --heap-growing-percent=N`, NODE_OPTIONS): then it is left alone. */
const setByUser = () => [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes(FLAG) || arg.includes('heap_growing_percent'));

/** Runs `work` with the ingest's heap growing factor (see above). */
export async function withIngestHeapGrowing<T>(work: () => Promise<T>): Promise<T> {
  const owned = !setByUser();
  if (owned && active++ === 0) setFlagsFromString(`--${FLAG}=${INGEST_HEAP_GROWING_PERCENT}`);
  try {
    return await work();
  } finally {
    // 0 is V8's default: it picks the factor itself again.
    if (owned && --active === 0) setFlagsFromString(`--${FLAG}=0`);
  }
}
