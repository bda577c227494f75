// Progress for an ingest: on a terminal, a bar redrawn in place with the total, percentage, rate and time left
// (the pages are counted first); otherwise one plain line per interval (CI logs).
import type { Io } from './args.ts';
import { truncate } from './table.ts';

/** How often a non-terminal run prints a progress line: often enough to show life in a CI log, rarely enough to keep it short. */
const PLAIN_PROGRESS_INTERVAL_MS = 5000;
/** Redraw the terminal bar at most this often: redrawing per page would cost more than the page at 1,000 pages/s. */
const BAR_REDRAW_INTERVAL_MS = 100;
const BAR_WIDTH = 24;
/** A terminal of unknown width is assumed this wide (the VT100's). */
const DEFAULT_TERMINAL_COLUMNS = 80;

/** Seconds as people read a countdown: 42s, 3m07s, 1h05m. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The progress line without the path: `[#####     ] 120/2000  6%  230 pages/s  ETA 8s`, or without a total `120 pages  230 pages/s`. */
export function progressLine(done: number, total: number | undefined, elapsedMs: number, bar: boolean): string {
  const rate = done / Math.max(elapsedMs / 1000, 1e-3);
  if (!total) return `${done} pages  ${rate.toFixed(0)} pages/s`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * BAR_WIDTH);
  const eta = rate > 0 ? `ETA ${formatDuration((total - done) / rate)}` : '';
  return `${bar ? `[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ` : ''}${done}/${total}  ${(share * 100).toFixed(0)}%  ${rate.toFixed(0)} pages/s  ${eta}`;
}

export function createProgress(io: Io, enabled: boolean, total?: number) {
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(done: number, path: string) {
      if (!enabled) return;
      const now = performance.now();
      if (now - last < (io.tty ? BAR_REDRAW_INTERVAL_MS : PLAIN_PROGRESS_INTERVAL_MS)) return;
      last = now;
      const line = progressLine(done, total, now - started, io.tty);
      if (io.tty) {
        // One line that never wraps: the path gets what the terminal has left.
        const room = (process.stderr.columns || DEFAULT_TERMINAL_COLUMNS) - line.length - 3;
        process.stderr.write(`\r\x1b[K${line}${room > 8 ? `  ${truncate(path, room)}` : ''}`);
        drawn = true;
      } else {
        io.err(`  ${line}  at ${path}`);
      }
    },
    end() {
      if (drawn) process.stderr.write('\r\x1b[K');
    },
  };
}
