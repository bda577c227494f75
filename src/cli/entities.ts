import { EXIT_OK, LISTING_OPTIONS, parseCommand, printJsonListing, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { queryDatabase, SHARDS_OPTION } from './shard-view.ts';
import { formatTable } from './table.ts';
import { listEntities } from '../store/queries.ts';

export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'list entities with their surface forms across languages, mention and claim counts',
  usage: `claimscope entities [--db FILE | --shards DIR] [--json | --jsonl]

One row per canonical entity (谷歌 / Google / Google LLC are one), most widely mentioned first.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, ...LISTING_OPTIONS, ...SHARDS_OPTION });
    const db = openForQuery(await queryDatabase(values));
    const rows = listEntities(db);
    db.close();
    if (!printJsonListing(io, values, rows.map((r) => ({ ...r, forms: r.forms ? r.forms.split(' / ') : [] })))) {
      io.out(formatTable(['entity', 'type', 'articles', 'mentions', 'claims', 'written as'],
        rows.map((r) => [r.canonical, r.type, r.articles, r.mentions, r.claims, r.forms]), { width: io.columns, shrink: [0, 5] }));
    }
    return EXIT_OK;
  },
};
