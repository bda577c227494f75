// Every file accounted for (issue 15): entries an ingest does not read (symlinks, FIFOs, unreadable files) and pages
// read with a warning (invalid UTF-8) are recorded in the database, so `status` and `show` list them after the ingest
// that printed them, and they leave the list once the file is read or gone. Real symlinks and FIFOs in a temp folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli } from './fixtures/capture-io.ts';
import { openDatabase } from '../src/store/store.ts';
import { MIGRATIONS } from '../src/store/schema.ts';

const OFFLINE = join(import.meta.dirname, '..', 'pipelines/offline.json');
const PAGE = '<html><head><meta charset="utf-8"><title>Port</title></head><body><p>The port authority said the new crane lifts 80 tonnes.</p></body></html>';
/** Declared UTF-8, with one Latin-1 byte (é as 0xE9): browsers decode it with U+FFFD, and so must we, with a warning. */
const BROKEN_UTF8 = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Caf'), Buffer.from([0xe9]),
  Buffer.from(' prices in the old town rose by 12 percent in 2023, the survey of shops found.</p></body></html>')]);
const asRoot = process.getuid?.() === 0;

let dir: string;
let pages: string;
let db: string;
const ingest = () => cli(['ingest', pages, '--db', db, '--pipeline', OFFLINE, '--concurrency', '0', '--quiet']);
const status = async () => JSON.parse((await cli(['status', '--db', db, '--json'])).stdout) as {
  stages: Array<{ stage: string; skipped: number }>; failures: Array<{ path: string; stage: string; status: string; message: string }>;
  warnings: Array<{ path: string; stage: string; message: string }>;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimscope-accounted-'));
  pages = join(dir, 'pages');
  execFileSync('mkdir', ['-p', join(pages, 'sub')]);
  writeFileSync(join(pages, 'good.html'), PAGE);
  writeFileSync(join(pages, 'broken-utf8.html'), BROKEN_UTF8);
  symlinkSync('good.html', join(pages, 'link.html'));
  symlinkSync('loop.html', join(pages, 'loop.html'));
  symlinkSync('/etc/hostname', join(pages, 'outside.txt'));
  execFileSync('mkfifo', [join(pages, 'sub', 'pipe.html')]);
  db = join(dir, 'out.db');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('status lists every entry not read, with its reason, and every page read with a warning', async () => {
  await ingest();
  const s = await status();
  const skipped = Object.fromEntries(s.failures.filter((f) => f.status === 'skipped').map((f) => [f.path, f.message]));
  assert.match(skipped['link.html'], /symbolic link: not followed/);
  assert.match(skipped['loop.html'], /symbolic link: not followed/);
  assert.match(skipped['outside.txt'], /symbolic link: not followed/);
  assert.match(skipped['sub/pipe.html'], /named pipe \(FIFO\)/);
  assert.equal(s.stages.find((x) => x.stage === 'read')?.skipped, 4);
  assert.deepEqual(s.warnings.map((w) => [w.path, w.stage]), [['broken-utf8.html', 'read']]);
  assert.match(s.warnings[0].message, /invalid UTF-8: 1 invalid byte sequence replaced with U\+FFFD \(the page declares utf-8\)/);

  const table = (await cli(['status', '--db', db])).stdout;
  assert.match(table, /broken-utf8\.html\s+read\s+warning\s+invalid UTF-8/);
  assert.match(table, /sub\/pipe\.html\s+read\s+skipped\s+named pipe/);

  const lines = (await cli(['status', '--db', db, '--jsonl'])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines[0].type, 'summary');
  assert.equal(lines[0].articles, 2);
  const { type: _type, ...failure } = lines.find((l) => l.type === 'failure' && l.path === 'sub/pipe.html')!;
  assert.deepEqual(failure, s.failures.find((f) => f.path === 'sub/pipe.html'));
  assert.deepEqual(lines.filter((l) => l.type === 'stage').map(({ type: _t, ...rest }) => rest), s.stages);
  assert.equal(lines.filter((l) => l.type === 'warning').length, 1);
});

test('show prints a page\'s warnings, and says why a skipped entry was not read', async () => {
  const shown = await cli(['show', 'broken-utf8.html', '--db', db]);
  assert.equal(shown.code, 0);
  assert.match(shown.stdout, /Warnings:\n {2}\[read\] invalid UTF-8/);
  const json = JSON.parse((await cli(['show', 'broken-utf8.html', '--db', db, '--json'])).stdout) as { warnings: unknown[] };
  assert.equal(json.warnings.length, 1);
  assert.equal(JSON.parse((await cli(['show', 'good.html', '--db', db, '--json'])).stdout).warnings.length, 0);
  const link = await cli(['show', 'link.html', '--db', db]);
  assert.equal(link.code, 2);
  assert.match(link.stderr, /link\.html was not read: symbolic link: not followed/);
});

test('an entry leaves the list once it is read or gone; a page replaced by a symlink is no longer an article', async () => {
  unlinkSync(join(pages, 'link.html'));
  writeFileSync(join(pages, 'link.html'), PAGE.replace('Port', 'Harbour'));
  unlinkSync(join(pages, 'sub', 'pipe.html'));
  unlinkSync(join(pages, 'good.html'));
  symlinkSync('broken-utf8.html', join(pages, 'good.html'));
  await ingest();
  const s = await status();
  assert.deepEqual(s.failures.map((f) => [f.path, f.status]), [['good.html', 'skipped'], ['loop.html', 'skipped'], ['outside.txt', 'skipped']]);
  const articles = new Database(db, { readonly: true });
  assert.deepEqual(articles.prepare('SELECT path FROM articles ORDER BY path').pluck().all(), ['broken-utf8.html', 'link.html']);
  articles.close();
});

test('unreadable files are recorded with the reason', { skip: asRoot ? 'running as root: every file is readable' : false }, async () => {
  const locked = join(pages, 'locked.html');
  writeFileSync(locked, PAGE);
  chmodSync(locked, 0o000);
  try {
    await ingest();
    assert.match((await status()).failures.find((f) => f.path === 'locked.html')?.message ?? '', /cannot read the file \(EACCES/);
  } finally {
    chmodSync(locked, 0o644);
    rmSync(locked);
  }
});

test('migrations 10 and 11 on a database of schema 9: read warnings carried over, full text re-indexed from the tables', () => {
  const old = join(dir, 'old.db');
  const raw = new Database(old);
  for (const migration of MIGRATIONS.slice(0, 9)) raw.exec(migration);
  raw.pragma('user_version = 9');
  const id = Number(raw.prepare("INSERT INTO articles (root, path, size, mtime_ms, content_hash, title, clean_text) VALUES ('/r', 'a.html', 1, 1, 'h', 'Port', 'The crane lifts 80 tonnes.')").run().lastInsertRowid);
  raw.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, 'Port', 'The crane lifts 80 tonnes.')").run(id);
  raw.prepare("INSERT INTO stage_outputs (article_id, stage, data) VALUES (?, 'read', ?)").run(id, JSON.stringify({ format: 'html', text: 'x', warnings: ['invalid UTF-8: 2 invalid byte sequences replaced'] }));
  raw.prepare("INSERT INTO claims (article_id, idx, paragraph, text, attribute, lang, method) VALUES (?, 0, 0, 'The crane lifts 80 tonnes.', 'mass', 'en', 'rules')").run(id);
  raw.close();
  const migrated = openDatabase(old);
  assert.equal(migrated.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.deepEqual(migrated.prepare('SELECT article_id, stage, idx, message FROM page_warnings').all(),
    [{ article_id: id, stage: 'read', idx: 0, message: 'invalid UTF-8: 2 invalid byte sequences replaced' }]);
  for (const fts of ['articles_fts', 'claims_fts']) {
    migrated.prepare(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 1)`).run();
    assert.equal(migrated.prepare(`SELECT COUNT(*) FROM ${fts} WHERE ${fts} MATCH '"crane lifts"'`).pluck().get(), 1, fts);
  }
  migrated.close();
});

test('status right after an ingest that could not reach the model hub plans as that ingest ran: nothing stale', async () => {
  const folder = join(dir, 'no-hub');
  execFileSync('mkdir', ['-p', folder]);
  writeFileSync(join(folder, 'a.html'), PAGE);
  const hubDb = join(dir, 'no-hub.db');
  // Port 9 (discard) on this machine: the connection is refused at once, as with no network.
  const saved = { hub: process.env.CLAIMSCOPE_HUB, cache: process.env.CLAIMSCOPE_CACHE };
  process.env.CLAIMSCOPE_HUB = 'http://127.0.0.1:9/';
  process.env.CLAIMSCOPE_CACHE = join(dir, 'empty-cache');
  try {
    assert.equal((await cli(['ingest', folder, '--db', hubDb, '--concurrency', '0', '--quiet'])).code, 0);
    const s = JSON.parse((await cli(['status', '--db', hubDb, '--json'])).stdout) as { stages: Array<{ stage: string; stale: number }> };
    assert.deepEqual(s.stages.filter((x) => x.stale > 0), [], 'the default pipeline\'s model stages are not stale');
  } finally {
    for (const [key, value] of [['CLAIMSCOPE_HUB', saved.hub], ['CLAIMSCOPE_CACHE', saved.cache]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
});
