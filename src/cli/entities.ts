import { EXIT_OK, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { queryDatabase, SHARDS_OPTION } from './shard-view.ts';
import { formatTable } from './table.ts';
import { listEntities } from '../store/queries.ts';

export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'list entities with their surface forms across languages, mention and claim counts',
  usage: `claimscope entities [--db FILE | --shards DIR] [--json]

One row per canonical entity (谷歌 / Google / Google LLC are one), most widely mentioned first.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, json: { type: 'boolean' }, ...SHARDS_OPTION });
    const db = openForQuery(await queryDatabase(values));
    const rows = listEntities(db);
    db.close();
    if (values.json) io.out(JSON.stringify(rows.map((r) => ({ ...r, forms: r.forms ? r.forms.split(' / ') : [] })), null, 2));
    else io.out(formatTable(['entity', 'type', 'articles', 'mentions', 'claims', 'written as'],
      rows.map((r) => [r.canonical, r.type, r.articles, r.mentions, r.claims, r.forms]), [30, 8, 0, 0, 0, 80]));
    return EXIT_OK;
  },
};
