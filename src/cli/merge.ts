import { existsSync } from 'node:fs';
import { EXIT_OK, UsageError, parseCommand, type Command } from './args.ts';
import { formatTable } from './table.ts';
import { readManifest } from '../shards/manifest.ts';
import { mergeShards } from '../shards/merge.ts';

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge a shard set into one database file',
  usage: `claimscope merge DIR --into FILE.db [--force] [--json]

Copies every shard database of DIR into FILE.db (ids renumbered, entities matched by name), fills the full-text
indexes once, runs compare over all claims and checks the file with PRAGMA integrity_check and the row counts
before it appears under its name. --force replaces an existing FILE.db.`,
  async run(argv, io) {
    const { values, positionals } = parseCommand(argv, { into: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } }, 1);
    if (!positionals[0] || !values.into) throw new UsageError('usage: claimscope merge DIR --into FILE.db');
    if (existsSync(values.into) && !values.force) throw new UsageError(`${values.into} exists: add --force to replace it`);
    const summary = await mergeShards(positionals[0], readManifest(positionals[0]), values.into);
    if (values.json) io.out(JSON.stringify(summary, null, 2));
    else {
      io.out(`Merged ${summary.shards} shards into ${summary.file} (integrity_check ok; compare ${summary.compare})\n`);
      io.out(formatTable(['table', 'rows in shards', 'rows merged'], Object.entries(summary.counts).map(([t, c]) => [t, c.shards, c.merged])));
    }
    return EXIT_OK;
  },
};
