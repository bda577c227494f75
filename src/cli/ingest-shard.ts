// `ingest <dir> --shard i/N|auto/N`: one task of an array job (src/shards/ingest-shard.ts).
import { EXIT_OK, UsageError, type Io } from './args.ts';
import type { createProgress } from './progress.ts';
import { formatSummary } from './ingest.ts';
import { DEFAULT_SHARD_DIR } from './plan.ts';
import { loadPipeline } from '../pipeline/config.ts';
import { KNOWN_STAGES } from '../pipeline/registry.ts';
import { ingestShard } from '../shards/ingest-shard.ts';
import { parseShardSpec } from '../shards/spec.ts';

interface ShardFlags {
  shard?: string;
  out?: string;
  db?: string;
  pipeline?: string;
  quiet?: boolean;
  json?: boolean;
}

export async function runShard(dir: string, values: ShardFlags, run: { workers?: number; force?: boolean | string;
  models?: { dir?: string; offline?: boolean }; progress: ReturnType<typeof createProgress> }, io: Io): Promise<number> {
  if (values.db) throw new UsageError('--shard writes DIR/shard-000i.db of --out DIR: leave out --db');
  let shard;
  try {
    shard = parseShardSpec(values.shard!, process.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { summary, marker, db } = await ingestShard({
    dir, out: values.out ?? DEFAULT_SHARD_DIR, shard, workers: run.workers, force: run.force, models: run.models,
    pipeline: values.pipeline ? loadPipeline(values.pipeline, KNOWN_STAGES) : undefined,
    onProgress: (e) => run.progress.update(e.done, e.path),
    onNotice: (m) => !values.quiet && io.err(`notice: ${m}`),
  });
  run.progress.end();
  if (values.json) io.out(JSON.stringify({ ...summary, marker }, null, 2));
  else if (!values.quiet) io.out(`${formatSummary(summary)}\n\nshard ${shard.index}/${shard.count} done: ${db}`);
  else for (const f of summary.failures) io.err(`failed: ${f.path} [${f.stage}] ${f.message}`);
  return EXIT_OK;
}
