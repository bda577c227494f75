// Memory a worker keeps on purpose: a dictionary a stage loads once and reads on every page after it (kuromoji's IPADIC,
// about 130 MB of heap). The pool replaces a worker that holds more than recycleHeapMb after a page, to give back what
// a huge page left behind; counted in that, the dictionary had every Japanese page's worker replaced, and the next
// page loaded it again (0.5 s a page: claims-parallel-dev's 51 one-sentence Japanese files took 27 s in the entities
// stage against 4.6 s for all stages before kuromoji). So what such a load adds is set aside from what the worker holds.
import { getHeapStatistics } from 'node:v8';

let residentMb = 0;

/** This thread's V8 heap (garbage not yet collected included: it is memory the worker holds) and external memory, in MB. */
export function heldMb(): number {
  const { total_heap_size: heap, external_memory: external } = getHeapStatistics();
  return (heap + external) / (1024 * 1024);
}

/** What this thread holds beyond the dictionaries loaded through `loadResident`: what the pool's recycling weighs. */
export const heldBeyondResidentMb = (): number => heldMb() - residentMb;

/**
 * Runs `load`, once per thread for a dictionary kept for the thread's life, and counts the memory it added as resident
 * (its parsing garbage not yet collected is counted too: an over-estimate by that much, never an under-estimate of it).
 */
export async function loadResident<T>(load: () => Promise<T>): Promise<T> {
  const before = heldMb();
  const loaded = await load();
  residentMb += Math.max(0, heldMb() - before);
  return loaded;
}
