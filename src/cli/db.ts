// Opening the database for the query commands: read-only, with a clear message naming the file when it does not
// exist yet or cannot be used (a folder, not SQLite, damaged, from a newer claimscope: src/store/open.ts).
import { existsSync } from 'node:fs';
import { openDatabase, type DB } from '../store/store.ts';
import { checkIntegrityOnce } from '../store/open.ts';

export function openForQuery(file: string): DB {
  if (!existsSync(file)) throw new Error(`no database at ${file}: run "claimscope ingest <dir>" first (or pass --db FILE)`);
  const db = openDatabase(file, { readonly: true });
  try {
    checkIntegrityOnce(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
