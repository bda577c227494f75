// One task of the array job: today's ingest over the shard's folders into the shard's own database, then its
// completion marker. Everything that makes one ingest idempotent and kill-safe (per-article keys, atomic writes)
// makes the shard so; the marker only tells `shards todo` which tasks need no re-run.
import { resolve } from 'node:path';
import type { Pipeline } from '../pipeline/config.ts';
import { CORPUS_STAGES } from '../pipeline/registry.ts';
import { ingest, type IngestOptions, type IngestSummary } from '../pipeline/runner.ts';
import { clearMarker, expectedCompletion, methodKeysOf, writeMarker, type CompletionMarker } from './completion.ts';
import { shardDatabase } from './layout.ts';
import { pipelineHash, readManifest, shardFolders } from './manifest.ts';
import type { ShardSpec } from './spec.ts';

export interface ShardIngestOptions extends Pick<IngestOptions, 'workers' | 'force' | 'models' | 'onProgress' | 'onNotice'> {
  dir: string;
  /** The shard folder (`plan --out`). */
  out: string;
  shard: ShardSpec;
  /** When given, must be the planned pipeline (a changed pipeline is planned again, so that every shard runs the same). */
  pipeline?: Pipeline;
}

/** The per-article part of a pipeline: corpus stages (compare) run in the reduce, over every shard at once. */
export function articleStages(pipeline: Pipeline): Pipeline {
  return { ...pipeline, steps: pipeline.steps.filter((s) => !CORPUS_STAGES.has(s.stage)) };
}

export async function ingestShard(options: ShardIngestOptions): Promise<{ summary: IngestSummary; marker: CompletionMarker; db: string }> {
  const manifest = readManifest(options.out);
  const root = resolve(options.dir);
  if (manifest.root !== root) throw new Error(`${options.out} plans ${manifest.root}, not ${root}`);
  if (options.shard.count !== manifest.shards) {
    throw new Error(`--shard ${options.shard.index}/${options.shard.count}: ${options.out} is planned for ${manifest.shards} shards`);
  }
  if (options.pipeline && pipelineHash(options.pipeline) !== manifest.pipelineHash) {
    throw new Error(`--pipeline differs from the one ${options.out} was planned with: run "claimscope plan" again with it (folders stay where they are)`);
  }
  const { index } = options.shard;
  // Computed before the walk: a page edited while the shard runs makes the marker stale, and the next run takes it.
  const expected = await expectedCompletion(manifest, index, await methodKeysOf(manifest.pipeline));
  clearMarker(options.out, index);
  const db = shardDatabase(options.out, index);
  const summary = await ingest({
    dir: root, db, pipeline: articleStages(manifest.pipeline), folders: shardFolders(manifest, index),
    workers: options.workers, force: options.force, models: options.models, onProgress: options.onProgress, onNotice: options.onNotice,
  });
  const marker: CompletionMarker = { shard: index, shards: manifest.shards, hash: expected.hash, pages: summary.pages,
    failures: summary.failures.length, finishedAt: new Date().toISOString() };
  writeMarker(options.out, marker);
  return { summary, marker, db };
}
