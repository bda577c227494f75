// Opening a database file safely: every way a file can be the wrong thing (a folder, not SQLite, truncated, corrupt,
// from a newer claimscope, read-only) ends in one message that names the file and says what to do.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

/** A database that cannot be used as asked; the message names the file and is shown to the user as is. */
export class DatabaseFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseFileError';
  }
}

/** The SQLite error codes that mean the file's contents are not a usable database, with what to tell the user. */
const DAMAGE: Record<string, string> = {
  SQLITE_NOTADB: 'is not an SQLite database',
  SQLITE_CORRUPT: 'is damaged (truncated or corrupt',
};

/** What to do about a damaged file: the store is rebuilt from the pages, so nothing but time is lost. */
const DAMAGE_ADVICE = 'restore it from a backup, or move it away and ingest again to rebuild it';

/** Turns SQLite's own errors about a file into one that names it; other errors pass through unchanged. */
export function explainOpenError(file: string, error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  const damage = Object.entries(DAMAGE).find(([prefix]) => code.startsWith(prefix));
  if (damage) return new DatabaseFileError(`${file} ${damage[1]}${damage[1].includes('(') ? ': ' : ' ('}${(error as Error).message}): ${DAMAGE_ADVICE}`);
  if (code.startsWith('SQLITE_READONLY')) return new DatabaseFileError(`${file} is read-only (${(error as Error).message}): an ingest needs to write it and its folder`);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) return new DatabaseFileError(`cannot open ${file}: ${(error as Error).message}`);
  return error;
}

/** Checks the path before SQLite sees it: SQLite's own message for a folder is "disk I/O error". */
export function checkDatabasePath(file: string): void {
  if (file === ':memory:' || !existsSync(file)) return;
  if (statSync(file).isDirectory()) throw new DatabaseFileError(`${file} is a folder, not a database file (pass --db FILE, e.g. ${join(file, 'claimscope.db')})`);
}

/** Schema versions this build reads and writes; a newer database is refused by every command with the same words. */
export function checkSchemaVersion(file: string, found: number, expected: number, canMigrate: boolean): void {
  if (found > expected) {
    throw new DatabaseFileError(`${file} was written by a newer claimscope (schema version ${found}; this one knows up to ${expected}): upgrade claimscope to use it`);
  }
  if (found < expected && !canMigrate) {
    throw new DatabaseFileError(`${file} has schema version ${found}, this claimscope expects ${expected}: run "claimscope ingest <dir> --db ${file}" once to migrate it`);
  }
}

/**
 * `PRAGMA quick_check` walks every page of the file (not the indexes' contents), so that no query command answers from
 * what is left of a corrupt file. It reads the whole file (0.2 s of CPU for the 92 MB database of the 455 golden
 * extraction pages): checkIntegrityOnce() remembers a file that passed until it changes.
 */
export function checkIntegrity(db: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(3)') as Array<{ quick_check: string }>).map((r) => r.quick_check);
  } catch (error) {
    throw explainOpenError(file, error);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new DatabaseFileError(`${file} ${DAMAGE.SQLITE_CORRUPT}: ${problems.join('; ')}): ${DAMAGE_ADVICE}`);
  }
}

/**
 * A read-only connection to a WAL database needs its -shm file, which SQLite cannot create in a folder it may not
 * write (SQLITE_READONLY_DIRECTORY), and this build of better-sqlite3 has no URI names for `immutable=1`. Queries then
 * read a private copy of the file (and its -wal), deleted when the process ends.
 */
export function openReadOnlySnapshot(file: string): Database.Database {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-readonly-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const copy = join(dir, basename(file));
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  return new Database(copy, { readonly: true, fileMustExist: true });
}

export function isReadOnlyDirectoryError(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_READONLY_DIRECTORY';
}

/** Where files that passed checkIntegrity are remembered, by path, size and time of the file and its -wal. */
const CHECKED_DIR = join(tmpdir(), 'claimscope-checked');

function fileVersion(file: string): string {
  const parts = [resolve(file)];
  for (const f of [file, `${file}-wal`]) {
    const info = existsSync(f) ? statSync(f) : null;
    parts.push(info ? `${info.ino}:${info.size}:${info.mtimeMs}` : '-');
  }
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/** checkIntegrity, skipped when this very version of the file passed before (serve opens the file per request). */
export function checkIntegrityOnce(db: Database.Database, file: string): void {
  const marker = join(CHECKED_DIR, fileVersion(file));
  if (existsSync(marker)) return;
  checkIntegrity(db, file);
  try {
    mkdirSync(CHECKED_DIR, { recursive: true });
    writeFileSync(marker, '');
  } catch {
    // Only a cache: without it the next command checks again.
  }
}
