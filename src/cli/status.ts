import { existsSync } from 'node:fs';
import { EXIT_FAILURES, EXIT_OK, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { queryDatabase, SHARDS_OPTION } from './shard-view.ts';
import { formatTable } from './table.ts';
import { stageStatus } from '../store/queries.ts';
import { loadPipeline, parsePipeline } from '../pipeline/config.ts';
import { KNOWN_STAGES } from '../pipeline/registry.ts';
import { ingest } from '../pipeline/runner.ts';

/** Display order of stages: the pipeline's order, then anything else alphabetically. */
const STAGE_ORDER = ['read', 'clean', 'language', 'segment', 'entities', 'claims', 'embed', 'translate', 'compare'];

export const statusCommand: Command = {
  name: 'status',
  summary: 'per stage: done / stale / failed / skipped counts, and the failed pages with their errors',
  usage: `claimscope status [--db FILE | --shards DIR] [--pipeline FILE] [--json]

Per stage: done (result stored and up to date), stale (would run on the next ingest: new or edited pages,
changed options or stage versions, a model that became available, pages waiting behind a failed stage),
failed (the stage threw; the message is listed), skipped (unreadable input: empty, binary, too large).
Staleness is planned against the ingested folders without
running anything, against the pipeline each folder was last ingested with (or --pipeline). Exit code 1 when some stage failed.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, pipeline: { type: 'string' }, json: { type: 'boolean' }, ...SHARDS_OPTION });
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
      const pipeline = chosen ?? parsePipeline(JSON.parse(lastUsed), KNOWN_STAGES);
      const plan = await ingest({ dir: root, db: dbFile, pipeline, dryRun: true });
      for (const [stage, c] of Object.entries(plan.stages)) stale.set(stage, (stale.get(stage) ?? 0) + c.stale);
      removed.push(...plan.removedPaths);
    }
    const rank = (s: string) => (STAGE_ORDER.includes(s) ? STAGE_ORDER.indexOf(s) : STAGE_ORDER.length);
    const names = [...new Set([...stored.stages.map((s) => s.stage), ...stale.keys()])].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const stages = names.map((stage) => {
      const s = stored.stages.find((x) => x.stage === stage);
      // Where the folder is gone, what has no result is all we can call stale.
      const planned = stale.get(stage) ?? 0;
      return { stage, done: s?.done ?? 0, stale: planned + (missingRoots.length ? s?.pending ?? 0 : 0), failed: s?.failed ?? 0, skipped: s?.skipped ?? 0 };
    });
    const result = { articles: stored.articles, stages, failures: stored.failures, removedFiles: removed, missingFolders: missingRoots };
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else {
      io.out(`${stored.articles} articles in ${dbFile}\n`);
      io.out(formatTable(['stage', 'done', 'stale', 'failed', 'skipped'], stages.map((s) => [s.stage, s.done, s.stale, s.failed, s.skipped])));
      if (removed.length) io.out(`\n${removed.length} files are gone from their folder and will be removed by the next ingest`);
      for (const root of missingRoots) io.out(`\nfolder ${root} no longer exists: its stale counts cannot be planned`);
      if (stored.failures.length) {
        io.out('');
        io.out(formatTable(['page', 'stage', 'status', 'message'], stored.failures.map((f) => [f.path, f.stage, f.status, f.message]), [40, 10, 8, 100]));
      }
    }
    return stored.failures.some((f) => f.status === 'failed') ? EXIT_FAILURES : EXIT_OK;
  },
};
