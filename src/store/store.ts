// The only code that touches SQLite. Synchronous prepared statements; every write of one
// (article, stage) result happens in one transaction together with its bookkeeping row.
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './schema.ts';
import { DatabaseFileError, checkDatabasePath, checkSchemaVersion, explainOpenError, isReadOnlyDirectoryError, openReadOnlySnapshot } from './open.ts';
import { materialise, clearMaterialised } from './materialise.ts';
import { decodeOutput } from '../pipeline/output-codec.ts';

export type DB = Database.Database;

/** How one (article, stage) run ended: the one spelling of a stage status, in the store, the runner and the workers. */
export type StageStatus = 'done' | 'failed' | 'skipped';

export interface StoredArticle {
  id: number;
  size: number;
  mtime_ms: number;
  content_hash: string;
}

export interface StoredRun {
  stage: string;
  key: string;
  status: StageStatus;
  output_hash: string | null;
  method: string | null;
  error: string | null;
}

/** A stage result to write, with the run it replaces and the stages whose rows depend on it. */
export interface ResultWrite {
  result: StageResult;
  previous: StoredRun | undefined;
  downstream: string[];
}

export interface StageResult {
  stage: string;
  key: string;
  status: StageStatus;
  /** JSON text of the output (done only). */
  json?: string;
  /** The bytes of the output's Float32Arrays, which the JSON refers to (src/pipeline/output-codec.ts). */
  binary?: Uint8Array;
  /** Keep the JSON in stage_outputs (default true): false for built-in stages no later stage reads. */
  keepOutput?: boolean;
  outputHash?: string;
  method?: string | null;
  error?: string;
  /** Where the error was thrown (failed only). */
  stack?: string;
  /** Derived from the stage's stored output (Stage.reuse) instead of running it. */
  reused?: boolean;
  ms: number;
}

/** The file an article comes from, as the runner saw it; `existing` is its stored row, if any. */
export interface ArticleFile {
  existing: StoredArticle | undefined;
  path: string;
  size: number;
  mtimeMs: number;
  contentHash: string;
  /** Where the page came from on the web, when its input says (a WARC record's target URI). */
  url?: string;
}

/** A stored float32 vector (a BLOB) as a Float32Array of its own (BLOB buffers are not aligned for a view). */
export function toFloat32(blob: Buffer): Float32Array {
  return new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}

/**
 * How often a running ingest commits. A commit per article cost about a millisecond each here (bench/ingest.ts: a
 * third of the main thread's time); a quarter second keeps readers (status, serve) current and loses little to a kill.
 */
const COMMIT_INTERVAL_MS = 250;

/** SQLite page size of a database this code creates (a page size is fixed once the database has content). */
const NEW_DATABASE_PAGE_SIZE = 16_384;

/**
 * SQLite's page cache of the ingest's connection, in KB (a negative cache_size): better-sqlite3 builds SQLite with 16 MB
 * (SQLite's own default is 2 MB). An ingest appends; the pages it reads again are the B-trees' interior pages and the
 * leaves it is filling, and the rest is in the operating system's file cache. 16 MB on the main thread's malloc heap
 * were part of the 10,000-page peak RSS (bench/ingest.ts --probe).
 */
const INGEST_CACHE_KB = 4096;

/** How long a query waits for a concurrent writer (an ingest in another process) before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

export function openDatabase(file: string, options: { readonly?: boolean } = {}): DB {
  checkDatabasePath(file);
  if (!options.readonly && file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: DB | null = null;
  try {
    db = new Database(file, { readonly: Boolean(options.readonly), fileMustExist: Boolean(options.readonly) });
    if (options.readonly) db = readableConnection(db, file);
    else if (db.readonly) throw new DatabaseFileError(`${file} is read-only: an ingest needs to write it (queries can read it as it is)`);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!options.readonly) {
      // Pages of 16 KB for a new database (an existing one keeps its own): a paragraph vector (512 float32s, 2 KB and
      // more) fits once in a 4 KB page, so half of every page of the largest table was empty. On 300 real pages of
      // bench/ingest.ts the database shrank from 94 to 69 MB, bytes an ingest no longer writes twice (WAL, checkpoint).
      db.pragma(`page_size = ${NEW_DATABASE_PAGE_SIZE}`);
      // WAL: readers (claims, status, serve) keep working while an ingest writes.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Statement journals and sorts in memory, not through a temp file (that file's writes were a quarter of an
      // ingest's main-thread time in bench/ingest.ts when each article was a savepoint).
      db.pragma('temp_store = MEMORY');
    }
    db.pragma('foreign_keys = ON');
    checkSchemaVersion(file, db.pragma('user_version', { simple: true }) as number, MIGRATIONS.length, !options.readonly);
    if (!options.readonly) migrate(db, file);
    return db;
  } catch (error) {
    db?.close();
    throw explainOpenError(file, error);
  }
}

/** A read-only connection that can read: in a folder it may not write, a private copy of the file (open.ts). */
function readableConnection(db: DB, file: string): DB {
  try {
    db.pragma('user_version');
    return db;
  } catch (error) {
    if (!isReadOnlyDirectoryError(error)) throw error;
    db.close();
    return openReadOnlySnapshot(file);
  }
}

/** A second ingest on a database another process is writing: the CLI exits with code 2 and names that process. */
export class DatabaseBusyError extends Error {}

/**
 * One writer per database: a lock file beside it holding the writer's pid, created exclusively. A lock whose process
 * is gone (a killed ingest) is taken over. Queries never take it: WAL lets them read while an ingest writes.
 * Returns the release function.
 */
export function acquireWriterLock(dbFile: string): () => void {
  if (dbFile === ':memory:') return () => {};
  mkdirSync(dirname(dbFile), { recursive: true });
  const lockFile = `${dbFile}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try { unlinkSync(lockFile); } catch { /* already gone: nothing to release */ }
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        throw new DatabaseFileError(`${dbFile} is read-only: an ingest needs to write it and its folder (queries can read it as it is)`);
      }
      if (code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readFileSync(lockFile, 'utf8').trim(), 10);
    if (Number.isInteger(holder) && holder > 0 && processAlive(holder)) {
      throw new DatabaseBusyError(`another ingest is writing ${dbFile} (pid ${holder}); wait for it to finish, or stop it. Queries work meanwhile.`);
    }
    // Left by an ingest that was killed: take it over.
    try { unlinkSync(lockFile); } catch { /* another process took it over first: the next attempt says so */ }
  }
  throw new DatabaseBusyError(`another ingest is taking over ${dbFile}.lock; try again`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function migrate(db: DB, file = 'the database'): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  checkSchemaVersion(file, current, MIGRATIONS.length, true);
  if (current === MIGRATIONS.length) return;
  // Every pending migration in one transaction: a query opening the file meanwhile sees the old version or the
  // new one, never a version in between (which it would refuse as older than this build's).
  db.transaction(() => {
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}

/** Statements the runner uses, prepared once per ingest. */
export class IngestStore {
  private readonly q;
  // Made once: better-sqlite3 builds four wrapper functions per db.transaction() call.
  private readonly writeArticleAtomically;

  constructor(readonly db: DB, readonly root: string) {
    db.pragma(`cache_size = -${INGEST_CACHE_KB}`);
    this.q = {
      article: db.prepare<[string, string], StoredArticle>('SELECT id, size, mtime_ms, content_hash FROM articles WHERE root = ? AND path = ?'),
      insertArticle: db.prepare('INSERT INTO articles (root, path, size, mtime_ms, content_hash) VALUES (?, ?, ?, ?, ?)'),
      updateArticle: db.prepare('UPDATE articles SET size = ?, mtime_ms = ?, content_hash = ? WHERE id = ?'),
      sourceUrl: db.prepare('UPDATE articles SET source_url = ? WHERE id = ? AND source_url IS NOT ?'),
      runs: db.prepare<[number], StoredRun>('SELECT stage, key, status, output_hash, method, error FROM stage_runs WHERE article_id = ?'),
      output: db.prepare<[number, string], { data: string; binary: Buffer | null }>('SELECT data, binary FROM stage_outputs WHERE article_id = ? AND stage = ?'),
      upsertRun: db.prepare(`INSERT INTO stage_runs (article_id, stage, key, status, output_hash, method, error, stack, ms, finished_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (article_id, stage) DO UPDATE SET key = excluded.key, status = excluded.status, output_hash = excluded.output_hash,
          method = excluded.method, error = excluded.error, stack = excluded.stack, ms = excluded.ms, finished_at = excluded.finished_at`),
      updateKey: db.prepare('UPDATE stage_runs SET key = ? WHERE article_id = ? AND stage = ?'),
      upsertOutput: db.prepare(`INSERT INTO stage_outputs (article_id, stage, data, binary) VALUES (?, ?, ?, ?)
        ON CONFLICT (article_id, stage) DO UPDATE SET data = excluded.data, binary = excluded.binary`),
      deleteOutput: db.prepare('DELETE FROM stage_outputs WHERE article_id = ? AND stage = ?'),
      deleteRun: db.prepare('DELETE FROM stage_runs WHERE article_id = ? AND stage = ?'),
      articleIds: db.prepare<[string], { id: number; path: string }>('SELECT id, path FROM articles WHERE root = ?'),
      deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
      recordSkipped: db.prepare(`INSERT INTO skipped_files (root, path, reason, recorded_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (root, path) DO UPDATE SET reason = excluded.reason, recorded_at = excluded.recorded_at`),
      corpusRun: db.prepare<[string, string], { key: string; status: string }>('SELECT key, status FROM corpus_runs WHERE root = ? AND stage = ?'),
      upsertCorpusRun: db.prepare(`INSERT INTO corpus_runs (root, stage, key, status, error, stack, ms, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (root, stage) DO UPDATE SET key = excluded.key, status = excluded.status, error = excluded.error, stack = excluded.stack,
          ms = excluded.ms, finished_at = excluded.finished_at`),
      outputHashes: db.prepare<[string, string], { path: string; output_hash: string | null }>(`SELECT a.path, r.output_hash FROM articles a
        JOIN stage_runs r ON r.article_id = a.id AND r.stage = ? AND r.status = 'done' WHERE a.root = ? ORDER BY a.path`),
    };
    this.writeArticleAtomically = db.transaction((file: ArticleFile, writes: ResultWrite[]) => this.writeArticleRows(file, writes));
  }

  article(path: string): StoredArticle | undefined {
    return this.q.article.get(this.root, path);
  }

  /** Creates or updates the article row for a file whose bytes were read; returns its id. */
  private saveArticleFile({ existing, path, size, mtimeMs, contentHash: hash }: ArticleFile): number {
    if (existing) {
      if (existing.size !== size || existing.mtime_ms !== mtimeMs || existing.content_hash !== hash) {
        this.q.updateArticle.run(size, mtimeMs, hash, existing.id);
      }
      return existing.id;
    }
    return Number(this.q.insertArticle.run(this.root, path, size, mtimeMs, hash).lastInsertRowid);
  }

  runs(articleId: number): Map<string, StoredRun> {
    return new Map(this.q.runs.all(articleId).map((r) => [r.stage, r]));
  }

  output(articleId: number, stage: string): unknown {
    const row = this.q.output.get(articleId, stage);
    return row ? decodeOutput(row.data, row.binary) : undefined;
  }

  private batchStarted = 0;
  /** The writes of the open batch, each a whole article (or a skipped file), in order: what a failed write redoes. */
  private batchWrites: Array<() => void> = [];

  /**
   * Groups the articles' writes into one transaction committed every COMMIT_INTERVAL_MS, always between two articles:
   * a kill loses at most the last interval (redone by the next run) and never leaves half an article, and commits stop
   * dominating. Articles are not savepoints of their own (SQLite copied every page each savepoint changed to its
   * journal first: 0.6 ms of the main thread's 4 ms of writes a real page, bench/ingest.ts); see batched().
   */
  beginBatch(): void {
    this.db.exec('BEGIN');
    this.batchStarted = performance.now();
    this.batchWrites = [];
  }

  commitIfDue(): void {
    if (this.db.inTransaction && performance.now() - this.batchStarted >= COMMIT_INTERVAL_MS) {
      this.db.exec('COMMIT');
      this.beginBatch();
    }
  }

  endBatch(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.batchWrites = [];
  }

  /**
   * Runs one whole write inside the open batch. If it throws midway, the batch is rolled back and its earlier writes are
   * done again, so what it wrote before it threw is gone and the rest of the batch stays, as if it had been a savepoint
   * of its own. Outside a batch the write is a transaction of its own.
   */
  private batched(write: () => void): void {
    if (!this.db.inTransaction) {
      this.db.transaction(write)();
      return;
    }
    try {
      write();
    } catch (error) {
      // A failed statement may have ended the transaction itself (SQLITE_FULL, an I/O error).
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.db.exec('BEGIN');
      for (const earlier of this.batchWrites) earlier();
      throw error;
    }
    this.batchWrites.push(write);
  }

  /**
   * Writes one article's row and its stage results, each with its stage_runs row, atomically (batched()). So a kill or
   * a failed write never leaves an article without results (which export would list as an empty page).
   */
  writeArticle(file: ArticleFile, writes: ResultWrite[]): void {
    if (this.db.inTransaction) this.batched(() => this.writeArticleRows(file, writes));
    else this.writeArticleAtomically(file, writes);
  }

  private writeArticleRows(file: ArticleFile, writes: ResultWrite[]): void {
    const articleId = this.saveArticleFile(file);
    if (file.url) this.q.sourceUrl.run(file.url, articleId, file.url);
    for (const write of writes) this.writeOneResult(articleId, write);
  }

  /** One stage's result for one article, with its stage_runs row (inside the caller's transaction). */
  private writeOneResult(articleId: number, { result, previous, downstream }: ResultWrite): void {
    const upsertRun = (status: StageResult['status'], outputHash: string | null, error: string | null) => this.q.upsertRun.run(
      articleId, result.stage, result.key, status, outputHash, result.method ?? null, error, result.stack ?? null, result.ms, new Date().toISOString());
    if (result.status === 'done' && previous?.status === 'done' && previous.output_hash === result.outputHash) {
      // Same output as before (e.g. an option that did not matter for this page): keep the rows, record the new key.
      upsertRun('done', result.outputHash!, null);
      return;
    }
    // A stage's rows exist only beside its stage_runs row: with none (a first ingest) there is nothing to erase.
    if (previous) clearMaterialised(this.db, result.stage, articleId);
    if (result.status === 'done') {
      if (result.keepOutput === false) {
        if (previous) this.q.deleteOutput.run(articleId, result.stage);
      } else this.q.upsertOutput.run(articleId, result.stage, result.json!, binaryBlob(result.binary));
      materialise(this.db, result.stage, articleId, decodeOutput(result.json!, result.binary));
    } else {
      this.q.deleteOutput.run(articleId, result.stage);
      // What was built on the old output is no longer backed by anything: drop it, so nothing stale is shown.
      for (const stage of downstream) {
        clearMaterialised(this.db, stage, articleId);
        this.q.deleteOutput.run(articleId, stage);
        this.q.deleteRun.run(articleId, stage);
      }
    }
    upsertRun(result.status, result.outputHash ?? null, result.error ?? null);
  }

  /** The entries this ingest skipped without reading (recordSkippedFile). */
  private readonly skippedNow = new Set<string>();

  /**
   * An entry of the input that is not read (walk.ts: a symlink, a FIFO or device, no read permission), with why; an
   * article stored for that path before (a file since replaced by a symlink) no longer stands for it and goes.
   */
  recordSkippedFile(path: string, reason: string): void {
    this.skippedNow.add(path);
    const recordedAt = new Date().toISOString();
    this.batched(() => {
      this.q.recordSkipped.run(this.root, path, reason, recordedAt);
      const stale = this.article(path);
      if (stale) this.q.deleteArticle.run(stale.id);
    });
  }

  /**
   * After a walk: a recorded entry this ingest saw and read (its permission fixed, the link replaced by a file) is no
   * longer skipped, nor, after a whole folder's walk, one that is gone. Returns the paths forgotten.
   */
  forgetSkippedFiles(seenPaths: Set<string>, wholeFolder: boolean): string[] {
    const recorded = this.db.prepare('SELECT path FROM skipped_files WHERE root = ?').pluck().all(this.root) as string[];
    const settled = recorded.filter((path) => !this.skippedNow.has(path) && (seenPaths.has(path) || wholeFolder));
    const forget = this.db.prepare('DELETE FROM skipped_files WHERE root = ? AND path = ?');
    this.db.transaction(() => settled.forEach((path) => forget.run(this.root, path)))();
    return settled;
  }

  /** Paths of this root's articles whose files were not seen. */
  missing(seenPaths: Set<string>): string[] {
    return this.q.articleIds.all(this.root).filter((a) => !seenPaths.has(a.path)).map((a) => a.path);
  }

  /** Removes articles of this root whose files are gone; returns their paths. */
  pruneMissing(seenPaths: Set<string>): string[] {
    const gone = this.q.articleIds.all(this.root).filter((a) => !seenPaths.has(a.path));
    this.db.transaction(() => {
      for (const a of gone) this.q.deleteArticle.run(a.id);
      this.dropOrphanEntities();
    })();
    return gone.map((a) => a.path);
  }

  corpusRun(stage: string) {
    return this.q.corpusRun.get(this.root, stage);
  }

  /** Output hashes of one stage for every article of this root, in path order (the input of corpus stages). */
  outputHashes(stage: string): Array<{ path: string; output_hash: string | null }> {
    return this.q.outputHashes.all(stage, this.root);
  }

  /** A corpus stage's run with what it wrote (`write`), in one transaction. */
  writeCorpusRun(stage: string, key: string, status: 'done' | 'failed', error: string | null, stack: string | null | undefined, ms: number,
    write?: () => void): void {
    this.db.transaction(() => {
      write?.();
      this.q.upsertCorpusRun.run(this.root, stage, key, status, error, stack ?? null, ms, new Date().toISOString());
    })();
  }

  /** Per folder of this root: the block hashes the clean stage drops as repeated (see src/text/clean/repeated.ts). */
  folderBoilerplate(): Map<string, string[]> {
    const rows = this.db.prepare('SELECT folder, hashes FROM folder_boilerplate WHERE root = ?').all(this.root) as Array<{ folder: string; hashes: string }>;
    return new Map(rows.map((r) => [r.folder, r.hashes.split(' ')]));
  }

  replaceFolderBoilerplate(sets: Map<string, string[]>): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM folder_boilerplate WHERE root = ?').run(this.root);
      const insert = this.db.prepare('INSERT INTO folder_boilerplate (root, folder, hashes) VALUES (?, ?, ?)');
      for (const [folder, hashes] of sets) insert.run(this.root, folder, hashes.join(' '));
    })();
  }

  /** Each page's block hashes with its path, for counting repetition per folder. */
  blockHashes(): Array<{ path: string; hashes: string[] }> {
    const rows = this.db.prepare(`SELECT a.path, b.hashes FROM block_hashes b JOIN articles a ON a.id = b.article_id WHERE a.root = ?`)
      .all(this.root) as Array<{ path: string; hashes: string }>;
    return rows.map((r) => ({ path: r.path, hashes: r.hashes ? r.hashes.split(' ') : [] }));
  }

  recordPipeline(pipelineJson: string): void {
    this.db.prepare(`INSERT INTO roots (root, pipeline, last_ingest) VALUES (?, ?, ?)
      ON CONFLICT (root) DO UPDATE SET pipeline = excluded.pipeline, last_ingest = excluded.last_ingest`).run(this.root, pipelineJson, new Date().toISOString());
  }

  dropOrphanEntities(): void {
    this.db.exec('DELETE FROM entities WHERE id NOT IN (SELECT DISTINCT entity_id FROM mentions)');
  }
}

/** An output's binary part as a BLOB parameter (better-sqlite3 binds Buffers, not other views): the same bytes, no copy. */
function binaryBlob(binary: Uint8Array | undefined): Buffer | null {
  return binary ? Buffer.from(binary.buffer, binary.byteOffset, binary.byteLength) : null;
}
