import { DEFAULT_DB, EXIT_FAILURES, EXIT_OK, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { formatTable } from './table.ts';
import { stageStatus } from '../store/queries.ts';

/** Display order of stages: the pipeline's order, then anything else alphabetically. */
const STAGE_ORDER = ['read', 'clean', 'language', 'segment', 'entities', 'claims', 'embed', 'translate', 'compare'];

export const statusCommand: Command = {
  name: 'status',
  summary: 'per stage: done / pending / failed / skipped counts, and the failed pages with their errors',
  usage: `claimscope status [--db FILE] [--json]

Counts per stage how many articles are done, failed, skipped (unreadable input: empty, binary, too large)
and pending (no result yet: new pages, or pages waiting behind a failed stage), then lists every failed or
skipped page with its message. Exit code 1 when some stage failed.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    const db = openForQuery(values.db ?? DEFAULT_DB);
    const status = stageStatus(db);
    db.close();
    const rank = (s: string) => (STAGE_ORDER.includes(s) ? STAGE_ORDER.indexOf(s) : STAGE_ORDER.length);
    status.stages.sort((a, b) => rank(a.stage) - rank(b.stage) || a.stage.localeCompare(b.stage));
    if (values.json) io.out(JSON.stringify(status, null, 2));
    else {
      io.out(`${status.articles} articles\n`);
      io.out(formatTable(['stage', 'done', 'pending', 'failed', 'skipped'], status.stages.map((s) => [s.stage, s.done, s.pending, s.failed, s.skipped])));
      if (status.failures.length) {
        io.out('');
        io.out(formatTable(['page', 'stage', 'status', 'message'], status.failures.map((f) => [f.path, f.stage, f.status, f.message]), [40, 10, 8, 100]));
      }
    }
    return status.failures.some((f) => f.status === 'failed') ? EXIT_FAILURES : EXIT_OK;
  },
};
