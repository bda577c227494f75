// Damaged, foreign and busy databases: every command names the file and says what is wrong, nothing is written into
// a file that is not ours, queries keep working while an ingest writes, and a full disk stops an ingest that then
// resumes on a real disk to the same export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openForQuery } from '../src/cli/db.ts';
import { cli } from './fixtures/capture-io.ts';

const BIN = fileURLToPath(new URL('../bin/claimscope.js', import.meta.url));
const WORDS_PIPELINE = fileURLToPath(new URL('./fixtures/pipelines/words.json', import.meta.url));
const OFFLINE_PIPELINE = fileURLToPath(new URL('../pipelines/offline.json', import.meta.url));
const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));



/** A small real database (the words pipeline over three pages) in a fresh folder. */
async function smallDatabase(): Promise<{ dir: string; pages: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-db-'));
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  for (let i = 0; i < 3; i++) writeFileSync(join(pages, `p${i}.txt`), `Page ${i} has a few words of its own, ${'and more '.repeat(200 * i)}`);
  const db = join(dir, 'good.db');
  assert.equal((await cli(['ingest', pages, '--db', db, '--pipeline', WORDS_PIPELINE, '--concurrency', '0', '--quiet'])).code, 0);
  return { dir, pages, db };
}

const QUERIES = [['claims'], ['status'], ['export', '--format', 'ndjson'], ['entities']];

async function everyCommandSays(db: string, pages: string, pattern: RegExp): Promise<void> {
  for (const args of [...QUERIES, ['ingest', pages, '--pipeline', WORDS_PIPELINE, '--concurrency', '0', '--quiet']]) {
    const { code, stderr, stdout } = await cli([...args, '--db', db]);
    assert.equal(code, 1, `${args[0]}: exit 1`);
    assert.match(stderr, pattern, `${args[0]}: ${stderr}`);
    assert.equal(stdout, '', `${args[0]} answered nothing`);
  }
}

test('a folder, a text file, a truncated file, a corrupt file and a newer schema: one message naming the file, for every command', async () => {
  const { dir, pages, db } = await smallDatabase();

  await everyCommandSays(dir, pages, new RegExp(`^claimscope \\w+: ${dir} is a folder, not a database file`));

  const text = join(dir, 'notes.db');
  writeFileSync(text, 'These are my notes, not a database.\n'.repeat(50));
  const before = readFileSync(text);
  await everyCommandSays(text, pages, new RegExp(`${text} is not an SQLite database .*ingest again to rebuild it`));
  assert.deepEqual(readFileSync(text), before, 'nothing was written into a file that is not ours');

  const truncated = join(dir, 'truncated.db');
  copyFileSync(db, truncated);
  truncateSync(truncated, Math.floor(statSync(db).size / 2));
  await everyCommandSays(truncated, pages, new RegExp(`${truncated} is damaged \\(truncated or corrupt`));

  // Garbage over pages in the middle of the file: no query may answer from what is left.
  const corrupt = join(dir, 'corrupt.db');
  copyFileSync(db, corrupt);
  const pageSize = 4096;
  const fd = openSync(corrupt, 'r+');
  for (let p = 2; p < statSync(corrupt).size / pageSize - 1; p += 2) writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, p * pageSize + 8);
  closeSync(fd);
  for (const args of QUERIES) {
    const { code, stderr } = await cli([...args, '--db', corrupt]);
    assert.equal(code, 1, args[0]);
    assert.match(stderr, new RegExp(`${corrupt} is damaged`), args[0]);
  }

  const newer = join(dir, 'newer.db');
  copyFileSync(db, newer);
  const handle = new Database(newer);
  handle.pragma('user_version = 999');
  handle.close();
  await everyCommandSays(newer, pages, new RegExp(`${newer} was written by a newer claimscope \\(schema version 999; this one knows up to \\d+\\): upgrade claimscope`));
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI as an unprivileged user (root ignores file modes), or as is when not root. */
function asUnprivileged(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const root = process.getuid?.() === 0;
  const command = root ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const run = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const canDropPrivileges = process.getuid?.() !== 0 || spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;

test('a read-only database file in a read-only folder: every query answers, an ingest says it cannot write', { skip: !canDropPrivileges && 'needs a non-root user or setpriv' }, async () => {
  const { dir, pages, db } = await smallDatabase();
  const folder = join(dir, 'readonly');
  mkdirSync(folder);
  const file = join(folder, 'claimscope.db');
  copyFileSync(db, file);
  chmodSync(dir, 0o755);
  chmodSync(pages, 0o755);
  chmodSync(file, 0o444);
  chmodSync(folder, 0o555);
  try {
    const exported = asUnprivileged(['export', '--format', 'ndjson', '--db', file]);
    assert.equal(exported.status, 0, exported.stderr);
    assert.equal(exported.stdout.trim().split('\n').length, 3);
    for (const args of QUERIES) {
      const query = asUnprivileged([...args, '--db', file]);
      assert.equal(query.status, 0, `${args[0]}: ${query.stderr}`);
      assert.equal(query.stderr, '', args[0]);
    }
    const ingest = asUnprivileged(['ingest', pages, '--db', file, '--pipeline', WORDS_PIPELINE, '--quiet']);
    assert.equal(ingest.status, 1);
    assert.match(ingest.stderr, new RegExp(`${file} is read-only`));
  } finally {
    chmodSync(folder, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('queries during an ingest never meet a locked database', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-busy-'));
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  for (let i = 0; i < 200; i++) writeFileSync(join(pages, `p${String(i).padStart(3, '0')}.txt`), `Page ${i} says ${'word '.repeat(i % 13)}`);
  const pipeline = join(dir, 'slow.json');
  const words = JSON.parse(readFileSync(WORDS_PIPELINE, 'utf8'));
  writeFileSync(pipeline, JSON.stringify({ ...words, stages: words.stages.map((s: { stage: string; module?: string; options: object }) =>
    (s.module ? { ...s, module: fileURLToPath(new URL(`./fixtures/pipelines/${s.module}`, import.meta.url)), options: { ...s.options, delayMs: 10 } } : s)) }));
  const db = join(dir, 'busy.db');
  const child = spawn(process.execPath, [BIN, 'ingest', pages, '--db', db, '--pipeline', pipeline, '--quiet'], { stdio: 'ignore' });
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  let running = true;
  void exited.then(() => (running = false));
  let queries = 0;
  while (running) {
    try {
      const handle = openForQuery(db);
      handle.prepare('SELECT COUNT(*) AS n FROM stage_runs').get();
      handle.prepare('SELECT COUNT(*) AS n FROM articles').get();
      handle.close();
      queries++;
    } catch (error) {
      // Before the ingest has created the file and its schema there is nothing to query yet.
      if (!/no database at|schema version 0/.test((error as Error).message)) throw error;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  assert.equal(await exited, 0);
  assert.ok(queries > 5, `${queries} queries ran during the ingest`);
  rmSync(dir, { recursive: true, force: true });
});

const canMount = process.getuid?.() === 0 && (() => {
  const probe = mkdtempSync(join(tmpdir(), 'claimscope-mount-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

test('a full disk stops the ingest with a clear message; the resume on a real disk equals a clean run', { skip: !canMount && 'needs root to mount a small tmpfs', timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-full-'));
  const small = join(dir, 'small');
  mkdirSync(small);
  assert.equal(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small]).status, 0);
  try {
    const run = spawnSync(process.execPath, [BIN, 'ingest', CORPUS, '--db', join(small, 'full.db'), '--pipeline', OFFLINE_PIPELINE, '--concurrency', '0', '--quiet'], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /disk is full/);
    for (const f of ['full.db', 'full.db-wal']) copyFileSync(join(small, f), join(dir, f));
  } finally {
    spawnSync('umount', [small]);
  }
  const resumed = spawnSync(process.execPath, [BIN, 'ingest', CORPUS, '--db', join(dir, 'full.db'), '--pipeline', OFFLINE_PIPELINE, '--concurrency', '0', '--quiet']);
  assert.equal(resumed.status, 0, String(resumed.stderr));
  const clean = spawnSync(process.execPath, [BIN, 'ingest', CORPUS, '--db', join(dir, 'clean.db'), '--pipeline', OFFLINE_PIPELINE, '--concurrency', '0', '--quiet']);
  assert.equal(clean.status, 0);
  const exportOf = (db: string) => spawnSync(process.execPath, [BIN, 'export', '--format', 'ndjson', '--db', db], { encoding: 'utf8' }).stdout;
  assert.equal(exportOf(join(dir, 'full.db')), exportOf(join(dir, 'clean.db')));
  rmSync(dir, { recursive: true, force: true });
});
