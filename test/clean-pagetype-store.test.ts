// The page type the cleaner decides is stored on the article, shown by `show` and exported as `pageType`
// (null for plain-text pages, which have no markup to type).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';
import { captureIo } from './fixtures/capture-io.ts';


const FORUM = `<!doctype html><html lang="en"><head><title>Tyre pressure for gravel?</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Tyre pressure for gravel?"}</script></head>
<body><main><div class="post"><span class="author">wren</span><p>What pressure do you run on 40 mm gravel tyres for mixed surfaces with a loaded bike?</p></div>
<div class="comment"><span class="author">heron</span><p>About 35 psi at the back and 32 at the front works for me on loose climbs and on the road.</p></div></main></body></html>`;

test('page type: stored by clean, shown by show, exported as pageType', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-pagetype-'));
  try {
    writeFileSync(join(dir, 'thread.html'), FORUM);
    writeFileSync(join(dir, 'note.txt'), 'A plain note about gravel tyres and the pressure people run on mixed surfaces.');
    const db = join(dir, 'x.db');
    const pipeline = fileURLToPath(new URL('./fixtures/pipelines/clean-only.json', import.meta.url));
    assert.equal(await main(['ingest', dir, '--db', db, '--pipeline', pipeline, '--concurrency', '0', '--quiet'], captureIo()), 0);
    const shown = captureIo();
    assert.equal(await main(['show', 'thread.html', '--db', db], shown), 0);
    assert.match(shown.stdout, /page type\s*\|?\s*forum/);
    assert.match(shown.stdout, /35 psi at the back/, 'the reply is content on a forum page');
    const exported = captureIo();
    await main(['export', '--format', 'ndjson', '--db', db], exported);
    const records = exported.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const byPath = Object.fromEntries(records.map((r: { path: string; pageType: string | null }) => [r.path, r.pageType]));
    assert.deepEqual(byPath, { 'note.txt': null, 'thread.html': 'forum' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty text says why: a page with no visible text, a page whose every block was removed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-empty-'));
  try {
    writeFileSync(join(dir, 'shell.html'), '<!doctype html><html lang="en"><head><title>Thread</title><meta name="description" content="A thread about tyres."></head><body><div id="app"></div><script>start()</script></body></html>');
    writeFileSync(join(dir, 'menus.html'), '<!doctype html><html lang="en"><head><title>Menus</title></head><body><nav><a href="/a">Tyres</a> <a href="/b">Wheels</a></nav><footer>Terms of use</footer></body></html>');
    writeFileSync(join(dir, 'thread.html'), FORUM);
    const db = join(dir, 'x.db');
    const pipeline = fileURLToPath(new URL('./fixtures/pipelines/clean-only.json', import.meta.url));
    assert.equal(await main(['ingest', dir, '--db', db, '--pipeline', pipeline, '--concurrency', '0', '--quiet'], captureIo()), 0);
    const warningsOf = async (path: string) => {
      const shown = captureIo();
      assert.equal(await main(['show', path, '--db', db, '--json'], shown), 0);
      return (JSON.parse(shown.stdout) as { warnings: Array<{ stage: string; message: string }> }).warnings;
    };
    const shell = await warningsOf('shell.html');
    assert.equal(shell.length, 1);
    assert.equal(shell[0].stage, 'clean');
    assert.match(shell[0].message, /^no text: the page holds no visible text/);
    const menus = await warningsOf('menus.html');
    assert.deepEqual(menus.map((w) => w.message), ['no text kept: every block of the page was removed (1 nav, 1 footer; see show --removed)']);
    assert.deepEqual(await warningsOf('thread.html'), []);
    // Changed and cleaned again, still empty: the page's new reason replaces the old one; given text, it has none.
    writeFileSync(join(dir, 'menus.html'), '<!doctype html><html lang="en"><head><title>Menus</title></head><body><nav><a href="/a">Tyres</a></nav></body></html>');
    writeFileSync(join(dir, 'shell.html'), FORUM.replace('wren', 'kite'));
    assert.equal(await main(['ingest', dir, '--db', db, '--pipeline', pipeline, '--concurrency', '0', '--quiet'], captureIo()), 0);
    assert.deepEqual((await warningsOf('menus.html')).map((w) => w.message), ['no text kept: every block of the page was removed (1 nav; see show --removed)']);
    assert.deepEqual(await warningsOf('shell.html'), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
