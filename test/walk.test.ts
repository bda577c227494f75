// Inputs as scrapers write them (walk.ts): folders with gzipped pages, WARC and WARC.gz archives, a single file, a
// list of paths on stdin; symlinks, FIFOs and unreadable files reported with the reason instead of read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { countPages, openInput, walkPages, type PageSource } from '../src/pipeline/walk.ts';
import { ingest } from '../src/pipeline/runner.ts';
import { loadPipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { openDatabase } from '../src/store/store.ts';
import { pageAddress } from '../src/text/clean/html/metadata.ts';

const PAGE = '<html><head><title>Harbour</title></head><body><p>The harbour authority said the new crane lifts 80 tonnes.</p></body></html>';

async function warcRecord(url: string, contentType: string, body: string, type: 'response' | 'request' = 'response'): Promise<Uint8Array> {
  const record = WARCRecord.create({ url, date: '2024-03-01T10:00:00Z', type, warcVersion: 'WARC/1.1', statusline: 'HTTP/1.1 200 OK',
    httpHeaders: { 'Content-Type': contentType } }, (async function* () { yield new TextEncoder().encode(body); })());
  return WARCSerializer.serialize(record, { gzip: false });
}

let dir: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimscope-walk-'));
  mkdirSync(join(dir, 'site/news'), { recursive: true });
  writeFileSync(join(dir, 'site/news/a.html'), PAGE);
  writeFileSync(join(dir, 'site/news/b.html.gz'), gzipSync(PAGE.replace('80 tonnes', '95 tonnes')));
  writeFileSync(join(dir, 'site/image.png'), 'not a page');
  symlinkSync(join(dir, 'site/news/a.html'), join(dir, 'site/news/link.html'));
  execFileSync('mkfifo', [join(dir, 'site/news/pipe.txt')]);
  const records = [
    await warcRecord('https://example.org/harbour', 'text/html; charset=utf-8', PAGE),
    await warcRecord('https://example.org/logo.png', 'image/png', 'PNG'),
    await warcRecord('https://example.org/robots', 'text/plain', 'The harbour report counts 12 ships this week at the new quay.'),
  ];
  // Common Crawl gzips each record on its own; a plain WARC is the records one after another.
  writeFileSync(join(dir, 'crawl.warc'), Buffer.concat(records));
  writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat(records.map((r) => gzipSync(r))));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(pages: AsyncGenerator<PageSource>) {
  const out: PageSource[] = [];
  for await (const p of pages) out.push(p);
  return out;
}

test('a folder: pages and gzipped pages read, other files left alone, symlinks and FIFOs reported with the reason', async () => {
  const pages = await collect(walkPages(join(dir, 'site')));
  assert.deepEqual(pages.map((p) => p.path), ['news/a.html', 'news/b.html.gz', 'news/link.html', 'news/pipe.txt']);
  assert.equal(pages[1].read().toString(), PAGE.replace('80 tonnes', '95 tonnes'), 'gunzipped');
  assert.match(pages[2].problem!, /symbolic link: not followed/);
  assert.match(pages[3].problem!, /named pipe/);
  assert.throws(() => pages[3].read(), /named pipe/, 'a FIFO is never opened (it would block)');
  assert.equal(pages[0].problem, undefined);
});

test('WARC and WARC.gz: one page per HTML or text response record, with its URL, date and byte offset', async () => {
  for (const name of ['crawl.warc', 'crawl.warc.gz']) {
    const input = await openInput(join(dir, name));
    assert.equal(input.root, dir);
    const pages = await collect(input.pages());
    assert.deepEqual(pages.map((p) => p.url), ['https://example.org/harbour', 'https://example.org/robots'], name);
    assert.equal(pages[0].read().toString(), PAGE);
    assert.equal(pages[0].fetchedAt, '2024-03-01T10:00:00Z');
    assert.match(pages[0].path, new RegExp(`^${name.replace('.', '\\.')}#0$`));
    assert.match(pages[1].path, new RegExp(`^${name.replace('.', '\\.')}#[1-9][0-9]*$`), 'later records at their offset');
    assert.equal((await collect(input.pages())).length, 2, 'the input can be walked again');
    assert.equal(await countPages(input), undefined, 'an archive is not read twice for a progress total');
  }
});

test('a single file is its own input; paths on stdin (-) are read once and walked as often as asked', async () => {
  const single = await openInput(join(dir, 'site/news/b.html.gz'));
  assert.deepEqual((await collect(single.pages())).map((p) => p.path), ['b.html.gz']);
  const list = `${join(dir, 'site/news/a.html')}\n\n${join(dir, 'crawl.warc.gz')}\n${join(dir, 'missing.html')}\n`;
  const input = await openInput('-', Readable.from([list]));
  const pages = await collect(input.pages());
  assert.equal(pages.length, 4);
  assert.equal(pages[3].problem, 'no such file or folder');
  assert.equal((await collect(input.pages())).length, 4);
  const plain = await openInput('-', Readable.from([`${join(dir, 'site/news/a.html')}\n${join(dir, 'site/news/b.html.gz')}\n`]));
  assert.equal(await countPages(plain), 2);
  await assert.rejects(openInput(join(dir, 'nothing-here')), /no such file or folder/);
});

test('unreadable files are reported, not read', { skip: process.getuid?.() === 0 ? 'running as root: every file is readable' : false }, async () => {
  const file = join(dir, 'site/news/secret.html');
  writeFileSync(file, PAGE);
  chmodSync(file, 0o000);
  try {
    const pages = await collect(walkPages(join(dir, 'site')));
    assert.match(pages.find((p) => p.path === 'news/secret.html')!.problem!, /cannot read/);
  } finally {
    rmSync(file);
  }
});

test('ingest of a WARC.gz: every record an article; of a folder: symlink and FIFO skipped with their reasons', async () => {
  const pipeline = loadPipeline(new URL('../pipelines/offline.json', import.meta.url), KNOWN_STAGES);
  const db = join(dir, 'warc.db');
  const summary = await ingest({ dir: join(dir, 'crawl.warc.gz'), db, pipeline, workers: 0 });
  assert.equal(summary.pages, 2);
  assert.deepEqual(summary.failures, []);
  const store = openDatabase(db);
  const rows = store.prepare('SELECT path, source_url AS url FROM articles ORDER BY path').all() as Array<{ path: string; url: string }>;
  store.close();
  assert.deepEqual(rows.map((r) => r.url).sort(), ['https://example.org/harbour', 'https://example.org/robots']);
  const folder = await ingest({ dir: join(dir, 'site'), db: join(dir, 'site.db'), pipeline, workers: 0 });
  assert.deepEqual(folder.skippedPages.map((p) => p.path).sort(), ['news/link.html', 'news/pipe.txt']);
  assert.equal(folder.stages.read.ran, 2);
});

test('source URL: a WARC record\'s target URI, else the page\'s <link rel=canonical>, else og:url; none for plain text', async () => {
  const pages = join(dir, 'canon');
  mkdirSync(pages);
  const body = '<body><article><p>The harbour authority said the new crane lifts 80 tonnes and cost 4 million euros.</p></article></body></html>';
  writeFileSync(join(pages, 'canonical.html'), `<html><head><link rel="canonical" href="https://news.example/crane"><meta property="og:url" content="https://og.example/crane"></head>${body}`);
  writeFileSync(join(pages, 'og.html'), `<html><head><meta property="og:url" content="https://og.example/crane-2"></head>${body}`);
  writeFileSync(join(pages, 'relative.html'), `<html><head><link rel="canonical" href="/crane-3"></head>${body}`);
  writeFileSync(join(pages, 'plain.txt'), 'The harbour authority said the new crane lifts 80 tonnes.\n');
  const db = join(dir, 'canon.db');
  await ingest({ dir: pages, db, pipeline: loadPipeline(new URL('../pipelines/offline.json', import.meta.url), KNOWN_STAGES), workers: 0 });
  const { exportRecords } = await import('../src/store/export.ts');
  const store = openDatabase(db);
  const urls = Object.fromEntries([...exportRecords(store)].map((r) => [r.path, r.url]));
  store.close();
  assert.deepEqual(urls, { 'canonical.html': 'https://news.example/crane', 'og.html': 'https://og.example/crane-2', 'plain.txt': null, 'relative.html': null });
});

test('a relative canonical link resolves (WHATWG URL) against the page\'s <base>, its og:url, else the WARC record\'s address', async () => {
  const cases: Array<[Array<string | undefined>, Array<string | undefined>, string | null]> = [
    [['/a/b'], ['https://news.example/x/y'], 'https://news.example/a/b'],
    [['c?d=1'], ['https://news.example/x/y'], 'https://news.example/x/c?d=1'],
    [['//cdn.example/p'], ['https://news.example/'], 'https://cdn.example/p'],
    [['/a/b'], [undefined, 'https://og.example/z'], 'https://og.example/a/b'],
    [['/a/b'], ['/relative-base/', undefined], '/a/b'],
    [['#top', 'https://og.example/z'], [undefined], 'https://og.example/z'],
    [['javascript:void(0)'], [undefined], null],
    [['mailto:desk@news.example'], ['https://news.example/'], null],
  ];
  for (const [stated, bases, expected] of cases) assert.equal(pageAddress(stated, bases), expected, `${stated} against ${bases}`);

  const body = '<body><article><p>The harbour authority said the new crane lifts 80 tonnes and cost 4 million euros.</p></article></body></html>';
  const pages = join(dir, 'relative');
  mkdirSync(pages);
  writeFileSync(join(pages, 'base.html'), `<html><head><base href="https://news.example/port/"><link rel="canonical" href="crane-4"></head>${body}`);
  writeFileSync(join(pages, 'og.html'), `<html><head><link rel="canonical" href="/crane-5"><meta property="og:url" content="https://og.example/port/crane"></head>${body}`);
  writeFileSync(join(pages, 'crawl.warc'), await warcRecord('https://archive.example/port/crane?id=6', 'text/html', `<html><head><link rel="canonical" href="/crane-6"></head>${body}`));
  const db = join(dir, 'relative.db');
  await ingest({ dir: pages, db, pipeline: loadPipeline(new URL('../pipelines/offline.json', import.meta.url), KNOWN_STAGES), workers: 0 });
  const store = openDatabase(db);
  const urls = Object.fromEntries((store.prepare('SELECT path, canonical_url FROM articles').all() as Array<{ path: string; canonical_url: string }>)
    .map((r) => [r.path.replace(/#\d+$/, ''), r.canonical_url]));
  store.close();
  assert.deepEqual(urls, { 'base.html': 'https://news.example/port/crane-4', 'og.html': 'https://og.example/crane-5', 'crawl.warc': 'https://archive.example/crane-6' });
});

test('ingesting one file or a list after the folder keeps the folder\'s other pages; a folder walk removes the gone ones', async () => {
  const pages = join(dir, 'keep');
  mkdirSync(pages);
  for (const name of ['one.txt', 'two.txt', 'three.txt']) writeFileSync(join(pages, name), `The harbour report for ${name} counts 12 ships this week at the new quay.\n`);
  const db = join(dir, 'keep.db');
  const pipeline = loadPipeline(new URL('../pipelines/offline.json', import.meta.url), KNOWN_STAGES);
  const count = () => {
    const store = openDatabase(db);
    const n = (store.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    store.close();
    return n;
  };
  await ingest({ dir: pages, db, pipeline, workers: 0 });
  assert.equal(count(), 3);
  const single = await ingest({ dir: join(pages, 'two.txt'), db, pipeline, workers: 0 });
  assert.deepEqual(single.removedPaths, []);
  assert.equal(count(), 3);
  const listed = await ingest({ dir: '-', input: await openInput('-', Readable.from([`${join(pages, 'one.txt')}\n`])), db, pipeline, workers: 0 });
  assert.deepEqual(listed.removedPaths, []);
  rmSync(join(pages, 'three.txt'));
  const folder = await ingest({ dir: pages, db, pipeline, workers: 0 });
  assert.deepEqual(folder.removedPaths, ['three.txt']);
  assert.equal(count(), 2, 'a listed page of the folder is the same article (the list\'s root is the folder)');
});

test('a list\'s root is the deepest folder holding every listed path', async () => {
  const { commonFolder } = await import('../src/pipeline/walk.ts');
  assert.equal(commonFolder(['/data/crawl/a/x.html', '/data/crawl/b/y.html']), '/data/crawl');
  assert.equal(commonFolder(['/data/crawl/a/x.html']), '/data/crawl/a');
  assert.equal(commonFolder(['/data/crawl/a', '/data/other/z.txt']), '/data');
  assert.equal(commonFolder(['/x.html', '/data/y.html']), '/');
  const input = await openInput('-', Readable.from([`${join(dir, 'site/news/a.html')}\n${join(dir, 'crawl.warc')}\n`]));
  assert.equal(input.root, dir);
  const paths = (await collect(input.pages())).map((p) => p.path);
  assert.deepEqual(paths.slice(0, 2), ['site/news/a.html', 'crawl.warc#0']);
  assert.match(paths[2], /^crawl\.warc#[1-9][0-9]*$/);
});
