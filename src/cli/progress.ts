// Progress for an ingest: a bar redrawn in place on a terminal, a plain line every few seconds otherwise (CI logs).
import type { Io } from './args.ts';

/** How often a non-terminal run prints a progress line: often enough to show life in a CI log, rarely enough to keep it short. */
const PLAIN_PROGRESS_INTERVAL_MS = 5000;
/** Redraw the terminal bar at most this often: redrawing per page would cost more than the page at 1,000 pages/s. */
const BAR_REDRAW_INTERVAL_MS = 100;
const BAR_WIDTH = 30;

export function createProgress(io: Io, enabled: boolean) {
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(done: number, path: string) {
      if (!enabled) return;
      const now = performance.now();
      if (now - last < (io.tty ? BAR_REDRAW_INTERVAL_MS : PLAIN_PROGRESS_INTERVAL_MS)) return;
      last = now;
      const rate = done / ((now - started) / 1000);
      if (io.tty) {
        const filled = Math.min(BAR_WIDTH, Math.round((done % 1000) / 1000 * BAR_WIDTH));
        process.stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done} pages  ${rate.toFixed(0)}/s  ${path.slice(-40)}`);
        drawn = true;
      } else {
        io.err(`  ${done} pages, ${rate.toFixed(0)} pages/s, at ${path}`);
      }
    },
    end() {
      if (drawn) process.stderr.write('\r\x1b[K');
    },
  };
}
