// --shards DIR on the query commands: they read the shard set's merged view (src/shards/view.ts) instead of --db.
import { DEFAULT_DB, UsageError } from './args.ts';

export const SHARDS_OPTION = { shards: { type: 'string' } } as const;

/** The database file a query command reads: --db, or the merged view of --shards DIR. */
export async function queryDatabase(values: { db?: string; shards?: string }): Promise<string> {
  if (values.db && values.shards) throw new UsageError('give --db FILE or --shards DIR, not both');
  if (!values.shards) return values.db ?? DEFAULT_DB;
  const { shardView } = await import('../shards/view.ts');
  return shardView(values.shards);
}
