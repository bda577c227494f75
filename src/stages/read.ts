// read: bytes → decoded text. The runner reads the file on the main thread (the file-system edge) and skips it
// entirely when its size and mtime match what the store recorded; decoding runs in the worker with the other stages.
import type { Stage } from '../pipeline/stage.ts';
import type { ReadOutput } from '../types.ts';
import { decodePage, UnreadablePageError } from '../text/read/decode.ts';

/** Larger files are refused with a clear message rather than stalling a worker: real articles are far smaller (bench/extraction-dev's largest page is under 2 MB). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface ReadInput {
  path: string;
  bytes: Uint8Array;
}

export const readStage: Stage<ReadInput, ReadOutput, { maxBytes?: number }> = {
  name: 'read',
  version: 1,
  after: [],
  options: { maxBytes: { type: 'number', default: DEFAULT_MAX_BYTES } },
  run({ path, bytes }, ctx) {
    const maxBytes = ctx.options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > maxBytes) {
      throw new UnreadablePageError('too-large',
        `file too large: ${(bytes.length / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (raise read.maxBytes in the pipeline file)`);
    }
    const page = decodePage(bytes, path);
    return { format: page.format, encoding: page.encoding, encodingSource: page.encodingSource, text: page.text };
  },
};
