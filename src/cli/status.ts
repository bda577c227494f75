import { existsSync } from 'node:fs';
import { EXIT_FAILURES, EXIT_OK, LISTING_OPTIONS, parseCommand, printJsonListing, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { queryDatabase, SHARDS_OPTION } from './shard-view.ts';
import { formatTable } from './table.ts';
import { stageStatus } from '../store/queries.ts';
import { loadPipeline, parsePipeline } from '../pipeline/config.ts';
import { KNOWN_STAGES, stageRank } from '../pipeline/registry.ts';
import { ingest, type IngestOptions } from '../pipeline/runner.ts';

export const statusCommand: Command = {
  name: 'status',
  summary: 'per stage: done / stale / failed / skipped counts, and the failed pages with their errors',
  usage: `claimscope status [--db FILE | --shards DIR] [--pipeline FILE] [--verbose] [--json | --jsonl]

Per stage: done (result stored and up to date), stale (would run on the next ingest: new or edited pages,
changed options or stage versions, a model that became available, pages waiting behind a failed stage),
failed (the stage threw; the message is listed), skipped (input not read: empty, binary, too large; a symbolic
link, FIFO, socket or device file; a file without read permission). Then every page that failed, was skipped or
was read with a warning (invalid UTF-8 replaced with U+FFFD), with the reason.
Staleness is planned against the ingested folders without
running anything, against the pipeline and model settings each folder was last ingested with (or --pipeline).
--verbose prints each failure's stack (where it was thrown). Exit code 1 when some stage failed.
  --json   one JSON object: articles, stages, failures (status failed or skipped), warnings, removedFiles, missingFolders
  --jsonl  the same as JSON Lines, one object a line with its "type": summary (first), stage, failure, warning,
           removed-file, missing-folder`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, pipeline: { type: 'string' }, verbose: { type: 'boolean', short: 'v' }, ...LISTING_OPTIONS, ...SHARDS_OPTION });
    const dbFile = await queryDatabase(values);
    const db = openForQuery(dbFile);
    const stored = stageStatus(db);
    const roots = db.prepare('SELECT root, pipeline FROM roots ORDER BY root').all() as Array<{ root: string; pipeline: string }>;
    db.close();

    const chosen = values.pipeline ? loadPipeline(values.pipeline, KNOWN_STAGES) : null;
    const stale = new Map<string, number>();
    const missingRoots: string[] = [];
    const removed: string[] = [];
    for (const { root, pipeline: lastUsed } of roots) {
      if (!existsSync(root)) {
        missingRoots.push(root);
        continue;
      }
      const recorded = JSON.parse(lastUsed) as { models?: IngestOptions['models'] };
      const pipeline = chosen ?? parsePipeline(recorded, KNOWN_STAGES);
      // Planned exactly as the last ingest ran: same pipeline, same model settings (--offline, --models).
      const plan = await ingest({ dir: root, db: dbFile, pipeline, dryRun: true, models: recorded.models });
      for (const [stage, c] of Object.entries(plan.stages)) stale.set(stage, (stale.get(stage) ?? 0) + c.stale);
      removed.push(...plan.removedPaths);
    }
    const names = [...new Set([...stored.stages.map((s) => s.stage), ...stale.keys()])].sort((a, b) => stageRank(a) - stageRank(b) || a.localeCompare(b));
    const stages = names.map((stage) => {
      const s = stored.stages.find((x) => x.stage === stage);
      // Where the folder is gone, what has no result is all we can call stale.
      const planned = stale.get(stage) ?? 0;
      return { stage, done: s?.done ?? 0, stale: planned + (missingRoots.length ? s?.pending ?? 0 : 0), failed: s?.failed ?? 0, skipped: s?.skipped ?? 0 };
    });
    const failures = values.verbose ? stored.failures : stored.failures.map(({ stack: _stack, ...f }) => f);
    const result = { articles: stored.articles, stages, failures, warnings: stored.warnings, removedFiles: removed, missingFolders: missingRoots };
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else if (values.jsonl) {
      printJsonListing(io, values, [{ type: 'summary', database: dbFile, articles: stored.articles },
        ...stages.map((s) => ({ type: 'stage', ...s })), ...failures.map((f) => ({ type: 'failure', ...f })),
        ...stored.warnings.map((w) => ({ type: 'warning', ...w })), ...removed.map((path) => ({ type: 'removed-file', path })),
        ...missingRoots.map((folder) => ({ type: 'missing-folder', folder }))]);
    } else {
      io.out(`${stored.articles} articles in ${dbFile}\n`);
      io.out(formatTable(['stage', 'done', 'stale', 'failed', 'skipped'], stages.map((s) => [s.stage, s.done, s.stale, s.failed, s.skipped])));
      if (removed.length) io.out(`\n${removed.length} files are gone from their folder and will be removed by the next ingest`);
      for (const root of missingRoots) io.out(`\nfolder ${root} no longer exists: its stale counts cannot be planned`);
      if (stored.failures.length || stored.warnings.length) {
        const pages = [...stored.failures, ...stored.warnings.map((w) => ({ ...w, status: 'warning' }))]
          .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        io.out('');
        io.out(formatTable(['page', 'stage', 'status', 'message'], pages.map((f) => [f.path, f.stage, f.status, f.message]), { width: io.columns, shrink: [0, 3], wrap: [3] }));
        if (values.verbose) {
          for (const f of stored.failures) if (f.stack) io.out(`\n${f.path} [${f.stage}]:\n${f.stack}`);
        }
      }
    }
    return stored.failures.some((f) => f.status === 'failed') ? EXIT_FAILURES : EXIT_OK;
  },
};
