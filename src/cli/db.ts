// Opening the database for the query commands: read-only, with a clear message when it does not exist yet.
import { existsSync } from 'node:fs';
import { openDatabase, type DB } from '../store/store.ts';

export function openForQuery(file: string): DB {
  if (!existsSync(file)) throw new Error(`no database at ${file}: run "claimscope ingest <dir>" first (or pass --db FILE)`);
  return openDatabase(file, { readonly: true });
}
