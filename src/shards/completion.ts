// Completion markers (datatrove's idea: an empty file per finished rank, and only the ranks without one run again).
// Ours carries a hash of what the shard was computed from: the pipeline, the shard's slice of the manifest (its
// folders and every page's path, size and mtime) and the methods the stages would use now (a model that appeared).
// So an edited page or a new model never hides behind a stale "done".
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Pipeline } from '../pipeline/config.ts';
import { sha256, stableJson } from '../pipeline/keys.ts';
import { CORPUS_STAGES, loadStage } from '../pipeline/registry.ts';
import { markerFile } from './layout.ts';
import { shardFolders, writeAtomically, type Manifest } from './manifest.ts';
import { walkFolders } from './slice.ts';

export interface CompletionMarker {
  shard: number;
  shards: number;
  hash: string;
  pages: number;
  /** Pages or stages that failed: recorded in the shard's database like on one machine; the next run retries them. */
  failures: number;
  finishedAt: string;
}

/** Each article stage's method key as a dry run plans it (no download): what decides whether a model result is current. */
export async function methodKeysOf(pipeline: Pipeline): Promise<Record<string, string>> {
  const keys: Record<string, string> = {};
  for (const step of pipeline.steps) {
    if (step.stage === 'read' || CORPUS_STAGES.has(step.stage)) continue;
    const stage = await loadStage(step);
    keys[step.stage] = stage.methodKey ? await stage.methodKey(step.options, { dryRun: true }) : '';
  }
  return keys;
}

/** The hash a marker must carry for shard `index` to count as done now, and the shard's page count. */
export async function expectedCompletion(manifest: Manifest, index: number, methodKeys: Record<string, string>): Promise<{ hash: string; pages: number }> {
  const folders = shardFolders(manifest, index);
  const lines: string[] = [];
  for await (const page of walkFolders(manifest.root, folders)) lines.push(`${page.path}\u0000${page.size}\u0000${page.mtimeMs}`);
  lines.sort();
  const slice = sha256([...[...folders].sort(), '', ...lines].join('\n'));
  return { hash: sha256(stableJson({ pipeline: manifest.pipelineHash, shard: index, shards: manifest.shards, slice, methods: methodKeys })), pages: lines.length };
}

export function readMarker(dir: string, index: number): CompletionMarker | undefined {
  const file = markerFile(dir, index);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CompletionMarker;
  } catch {
    return undefined; // unreadable: as if absent, the shard runs again
  }
}

export function writeMarker(dir: string, marker: CompletionMarker): void {
  writeAtomically(markerFile(dir, marker.shard), `${JSON.stringify(marker)}\n`);
}

/** Taken away before a shard runs, so that a run killed midway never leaves the previous run's "done" behind. */
export function clearMarker(dir: string, index: number): void {
  rmSync(markerFile(dir, index), { force: true });
}

/** The shard indices without a current marker, in order. */
export async function incompleteShards(dir: string, manifest: Manifest): Promise<number[]> {
  const methods = await methodKeysOf(manifest.pipeline);
  const todo: number[] = [];
  for (let index = 0; index < manifest.shards; index++) {
    const marker = readMarker(dir, index);
    if (!marker || marker.hash !== (await expectedCompletion(manifest, index, methods)).hash) todo.push(index);
  }
  return todo;
}
