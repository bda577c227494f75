import { DEFAULT_DB, EXIT_FAILURES, EXIT_OK, EXIT_USAGE, UsageError, parseCommand, type Command } from './args.ts';
import { formatTable, truncate } from './table.ts';
import { createProgress } from './progress.ts';
import { loadPipeline, DEFAULT_PIPELINE } from '../pipeline/config.ts';
import { KNOWN_STAGES } from '../pipeline/registry.ts';
import { ingest, type IngestSummary } from '../pipeline/runner.ts';
import { DatabaseBusyError } from '../store/store.ts';
import { countPages, openInput } from '../pipeline/walk.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read, clean and analyse a folder of scraped pages into the database',
  usage: `claimscope ingest <dir|file|archive.warc.gz|-> [options]

Walks <dir> (html, htm, txt, ... in any encoding, also gzipped as .html.gz; WARC and WARC.gz archives, one page
per HTML or text response record), or reads one page file or archive, or with - the paths listed on stdin (one a
line), and runs the pipeline's stages on every page that changed since the last run and stores the results.
Unchanged pages and stages are skipped.

Options:
  --db FILE            database file (default ${DEFAULT_DB})
  --pipeline FILE      pipeline definition (default pipelines/default.json)
  --concurrency N      worker threads (default: one per core; 0 = run on the main thread)
  --force[=STAGE]      re-run every stage, or STAGE and every stage after it
  --models DIR         folder with local transformers.js models (<DIR>/<org>/<name>/...)
  --offline            never download models (same as CLAIMSCOPE_OFFLINE=1)
  --quiet              print nothing but errors
  --json               print the run summary as JSON
  --shard i/N|auto/N   one task of an array job (see claimscope plan): the shard's folders into DIR/shard-000i.db,
                       then its completion marker; auto reads SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX or
                       AWS_BATCH_JOB_ARRAY_INDEX. Exit code 0 once the shard ran to the end (failed pages are
                       recorded in its database, shown by status --shards, retried by the next run)
  --out DIR            the shard folder of plan --out (default output/shards)

Exit code 0 when every page went through, 1 when some pages or stages failed (listed), 2 on a usage error or when
another ingest is writing the same database (its pid is named).`,
  async run(argv, io) {
    const { values, positionals } = parseCommand(argv, {
      db: { type: 'string' }, pipeline: { type: 'string' }, concurrency: { type: 'string' },
      force: { type: 'string', optionalValue: '' }, models: { type: 'string' }, offline: { type: 'boolean' },
      quiet: { type: 'boolean' }, json: { type: 'boolean' }, shard: { type: 'string' }, out: { type: 'string' },
    }, 1);
    if (!positionals[0]) throw new UsageError('ingest needs a folder: claimscope ingest <dir>');
    const workers = values.concurrency === undefined ? undefined : Number(values.concurrency);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) throw new UsageError(`--concurrency takes a whole number ≥ 0, not "${values.concurrency}"`);
    const pipeline = loadPipeline(values.pipeline ?? DEFAULT_PIPELINE, KNOWN_STAGES);
    const force = values.force === undefined ? undefined : values.force === '' || values.force === 'all' ? true : values.force;
    const models = { dir: values.models, offline: values.offline };
    if (values.shard) {
      const progress = createProgress(io, !values.quiet && !values.json);
      return (await import('./ingest-shard.ts')).runShard(positionals[0], values, { workers, force, models, progress }, io);
    }
    const input = await openInput(positionals[0]);
    const showProgress = !values.quiet && !values.json;
    const progress = createProgress(io, showProgress, showProgress ? await countPages(input) : undefined);
    let summary: IngestSummary;
    try {
      summary = await ingest({
        dir: positionals[0], input, db: values.db ?? DEFAULT_DB, pipeline, workers, force,
        models,
        onProgress: (e) => progress.update(e.done, e.path),
        onNotice: (m) => !values.quiet && io.err(`notice: ${m}`),
      });
    } catch (error) {
      if (!(error instanceof DatabaseBusyError)) throw error;
      io.err(`claimscope ingest: ${error.message}`);
      return EXIT_USAGE;
    } finally {
      progress.end();
    }
    if (values.json) io.out(JSON.stringify(summary, null, 2));
    else if (!values.quiet) io.out(formatSummary(summary));
    else for (const f of summary.failures) io.err(`failed: ${f.path} [${f.stage}] ${f.message}`);
    return summary.failures.length ? EXIT_FAILURES : EXIT_OK;
  },
};

export function formatSummary(s: IngestSummary): string {
  const seconds = s.elapsedMs / 1000;
  const lines = [
    `Ingested ${s.pages} pages from ${s.root} into ${s.db} in ${seconds.toFixed(1)} s (${(s.pages / Math.max(seconds, 1e-3)).toFixed(0)} pages/s)`,
    '',
    formatTable(['stage', 'ran', 'reused', 'unchanged', 'skipped', 'failed', 'time (s)'],
      Object.entries(s.stages).map(([stage, c]) => [stage, c.ran, c.reused, c.unchanged, c.skipped, c.failed, Number((c.ms / 1000).toFixed(2))])),
  ];
  if (s.removedPaths.length) lines.push('', `Removed ${s.removedPaths.length} pages whose files are gone: ${s.removedPaths.slice(0, 5).join(', ')}${s.removedPaths.length > 5 ? ', …' : ''}`);
  if (s.skippedPages.length) {
    lines.push('', `Skipped ${s.skippedPages.length} unreadable files:`);
    for (const p of s.skippedPages) lines.push(`  ${p.path}: ${p.message}`);
  }
  if (s.failures.length) {
    lines.push('', `${s.failures.length} failures:`);
    for (const f of s.failures) lines.push(`  ${f.path} [${f.stage}]: ${truncate(f.message, 200)}`);
  }
  return lines.join('\n');
}
