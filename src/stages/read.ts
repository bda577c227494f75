// read: bytes → decoded text. The runner reads the file on the main thread (the file-system edge) and skips it
// entirely when its size and mtime match what the store recorded; decoding runs in the worker with the other stages.
// A file over the size limit is refused from its size alone: its bytes are never read (a 300 MB file took 410 MB of
// memory before the limit was checked after reading it, issue 15).
import type { Stage } from '../pipeline/stage.ts';
import type { ReadOutput } from '../types.ts';
import { decodePage, UnreadablePageError } from '../text/read/decode.ts';

/** Larger files are refused with a clear message rather than stalling a worker: real articles are far smaller (bench/extraction-dev's largest page is under 2 MB). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface ReadInput {
  path: string;
  bytes: Uint8Array;
  /** The file's size as the walk found it; when over the limit, `bytes` is empty (never read). */
  size?: number;
}

/** The read size limit of these read options. */
export function maxBytesOf(options: { maxBytes?: unknown }): number {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !(maxBytes > 0)) throw new Error(`pipeline: read.maxBytes must be a positive number, not ${JSON.stringify(maxBytes)}`);
  return maxBytes;
}

/** Whether a file of this size is refused without reading it. */
export function isTooLarge(size: number, options: { maxBytes?: unknown }): boolean {
  return size > maxBytesOf(options);
}

type ReadOptions = { maxBytes?: number; stageTimeoutSeconds?: number; firstRunTimeoutSeconds?: number; workerMemoryMb?: number };

export const readStage: Stage<ReadInput, ReadOutput, ReadOptions> = {
  name: 'read',
  version: 1,
  after: [],
  // The worker limits (src/pipeline/limits.ts) live here, in the step every pipeline has; they have no default here
  // (limits.ts has them) so that they stay out of read's incremental key.
  options: {
    maxBytes: { type: 'number', default: DEFAULT_MAX_BYTES },
    stageTimeoutSeconds: { type: 'number' }, firstRunTimeoutSeconds: { type: 'number' }, workerMemoryMb: { type: 'number' },
  },
  run({ path, bytes, size = bytes.length }, ctx) {
    const maxBytes = maxBytesOf(ctx.options);
    if (size > maxBytes) {
      throw new UnreadablePageError('too-large',
        `file too large: ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (raise read.maxBytes in the pipeline file)`);
    }
    const page = decodePage(bytes, path);
    return { format: page.format, encoding: page.encoding, encodingSource: page.encodingSource, text: page.text,
      ...(page.warnings ? { warnings: page.warnings } : {}) };
  },
};
