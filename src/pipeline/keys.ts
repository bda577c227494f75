// Content hashes and incremental keys. sha256 is plenty fast here (hundreds of MB/s) and collision-free in practice.
import { createHash } from 'node:crypto';

/** The hash of the parts one after another (an output's JSON and its binary part). */
export function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** JSON with sorted object keys, so that option order in a pipeline file does not change keys. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** The incremental key of one (article, stage): same key means the stage would produce the same output. */
export function stageKey(stage: string, version: number, options: unknown, methodKey: string, inputHashes: string[]): string {
  return sha256([stage, version, stableJson(options), methodKey, ...inputHashes].join('\u0000'));
}
