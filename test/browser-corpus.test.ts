// The report as a person meets it, on the real bundled corpus (plus one hostile page that carries markup in its
// text): headless Chromium opens the file from disk and the live server, sees agreeing and conflicting facts across
// languages, clicks a sentence through to its highlighted claim, and finds the injected <script> shown as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ingest } from '../src/pipeline/runner.ts';
import { loadPipeline, DEFAULT_PIPELINE } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { openDatabase } from '../src/store/store.ts';
import { loadReportData, renderReport, startServer } from '../src/report/index.ts';
import type { ReportData } from '../src/report/data.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = new URL('../output/', import.meta.url);
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not installed (apt-get install -y chromium)`;

const HOSTILE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forum: escaping in templates</title></head><body>
<nav><a href="/">Home</a> <a href="/forum">Forum</a></nav>
<article><h1>Forum: escaping in templates</h1>
<p>A reader pasted this line into our comment form to test the site: &lt;script&gt;alert("pwned")&lt;/script&gt; and the form printed it back as plain text, which is exactly what a careful template engine should do with user input.</p>
<p>Template engines that escape by default protect every page they render, and the few that do not leave each developer to remember it on every single field of every single form, which nobody manages for long.</p>
</article></body></html>`;

let data: ReportData;
const dir = mkdtempSync(join(tmpdir(), 'claimscope-browser-'));

test.before(async () => {
  const corpus = join(dir, 'corpus');
  cpSync(fileURLToPath(new URL('../corpus/', import.meta.url)), corpus, { recursive: true });
  writeFileSync(join(corpus, 'en-forum-escaping.html'), HOSTILE_PAGE);
  const db = join(dir, 'x.db');
  process.env.CLAIMSCOPE_OFFLINE = '1';
  await ingest({ dir: corpus, db, pipeline: loadPipeline(DEFAULT_PIPELINE, KNOWN_STAGES), workers: 2 });
  const handle = openDatabase(db);
  data = loadReportData(handle, db);
  handle.close();
});
test.after(() => rmSync(dir, { recursive: true, force: true }));

async function exercise(browser: Browser, url: string, shot: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(url + '#/compare');
  await page.locator('#compare').waitFor({ state: 'visible' });
  // Agreeing and conflicting cards, each across at least two languages.
  for (const verdict of ['agree', 'conflict']) {
    const langs = await page.locator(`#compare .card.${verdict}`).evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.langs ?? ''));
    assert.ok(langs.some((l) => new Set(l.split(' ')).size >= 2), `${verdict} card across two languages: ${langs}`);
  }
  assert.match(await page.locator('#compare .card.conflict .verdict').first().textContent() ?? '', /Conflict/);
  await page.screenshot({ path: fileURLToPath(new URL(shot, OUT)), fullPage: true });

  // Clicking a Chinese sentence opens its article, where that claim's quantity is marked and focused.
  const sentence = page.locator('#compare .side[lang="zh"] a.sentence').first();
  const href = await sentence.getAttribute('href');
  const [, articleId, claimId] = href!.match(/#\/article\/(\d+)\?claim=(\d+)/)!;
  await sentence.click();
  await page.locator(`#article-${articleId}`).waitFor({ state: 'visible' });
  const mark = page.locator(`#article-${articleId} mark#claim-${claimId}`);
  await mark.waitFor({ state: 'visible' });
  assert.match(await mark.textContent() ?? '', /\d|[一二三四五六七八九十百千万萬亿億]/);
  assert.match(await mark.getAttribute('class') ?? '', /focus/);

  // The hostile page shows its markup as text and nothing ran.
  const hostile = data.articles.find((a) => a.path === 'en-forum-escaping.html')!;
  await page.goto(url + `#/article/${hostile.id}`);
  await page.locator(`#article-${hostile.id}`).waitFor({ state: 'visible' });
  assert.match(await page.locator(`#article-${hostile.id}`).innerText(), /<script>alert\("pwned"\)<\/script>/);
  await page.screenshot({ path: fileURLToPath(new URL('article-' + shot, OUT)), fullPage: true });
  assert.deepEqual(dialogs, []);
  await page.close();
}

test('corpus report from disk in headless Chromium', { skip }, async () => {
  mkdirSync(OUT, { recursive: true });
  const file = new URL('report-corpus.html', OUT);
  writeFileSync(file, renderReport(data));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try { await exercise(browser, file.href, 'corpus-compare-file.png'); } finally { await browser.close(); }
});

test('corpus views through the live server', { skip }, async () => {
  mkdirSync(OUT, { recursive: true });
  const srv = await startServer(() => data, { port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try { await exercise(browser, srv.url, 'corpus-compare-server.png'); } finally { await browser.close(); await srv.close(); }
});
