// The report and serve as a person meets them, in headless Chromium: the report file opened from disk (hand-built data
// and the real corpus), and serve on a 10,000-article database, with the keyboard, at laptop and phone widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadReportData, renderReport, startServer } from '../src/report/index.ts';
import { openDatabase, type DB } from '../src/store/store.ts';
import { sample } from './fixtures/report-sample.ts';
import { corpusDatabase, scaleDatabase } from './fixtures/report-db.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = new URL('../output/', import.meta.url);
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not installed (apt-get install -y chromium)`;
const shot = (page: Page, name: string) => page.screenshot({ path: fileURLToPath(new URL(name, OUT)), fullPage: true });

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'claimscope-browser-'));
let dbFile: string;
let db: DB;

test.before(async () => {
  if (skip) return;
  mkdirSync(OUT, { recursive: true });
  dbFile = await corpusDatabase(dir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});
test.after(async () => {
  await browser?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page that records any dialog (an injected script would raise one). */
async function open(url: string, width = 1200): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(url);
  return { page, dialogs };
}

test('report file from disk: filters, click-through to the highlighted claim, markup shown as text', { skip }, async () => {
  const file = new URL('report-browser.html', OUT);
  writeFileSync(file, renderReport(sample()));
  const { page, dialogs } = await open(file.href + '#/compare');
  await page.locator('#compare .card.agree').first().waitFor({ state: 'visible' });
  assert.equal(await page.locator('#compare .card.conflict').count(), 1);
  await page.selectOption('#f-verdict', 'conflict');
  assert.equal(await page.locator('#compare .card.agree').isVisible(), false);
  await page.selectOption('#f-verdict', '');
  await page.selectOption('#f-lang', 'zh');
  assert.equal(await page.locator('#compare .card.conflict').isVisible(), false);
  await page.locator('#compare .side[lang="zh"] a.sentence').click();
  await page.locator('#article-2').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#article-2 mark#claim-21').textContent(), '5400億個參數');
  await page.goto(file.href + '#/article/1');
  await page.locator('#article-1').waitFor({ state: 'visible' });
  assert.match(await page.locator('#article-1').innerText(), /<script>alert\(1\)<\/script>/);
  assert.equal(await page.locator('#article-1 .removed').isVisible(), false, 'removed blocks hidden by default');
  await page.locator('#article-1 .toggle-removed').check();
  assert.equal(await page.locator('#article-1 .removed').isVisible(), true);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('corpus report file: agreeing and conflicting facts across languages', { skip }, async () => {
  const handle = openDatabase(dbFile, { readonly: true });
  const file = new URL('report-corpus.html', OUT);
  try { writeFileSync(file, renderReport(loadReportData(handle, dbFile))); } finally { handle.close(); }
  const { page } = await open(file.href + '#/compare');
  await page.locator('#compare').waitFor({ state: 'visible' });
  for (const verdict of ['agree', 'conflict']) {
    const langs = await page.locator(`#compare .card.${verdict}`).evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.langs ?? ''));
    assert.ok(langs.some((l) => new Set(l.split(' ')).size >= 2), `${verdict} card across two languages: ${langs}`);
  }
  await shot(page, 'corpus-compare-file.png');
  await page.close();
});

test('serve on 10,000 articles: overview, facts by keyboard, article with its claim, search in four scripts, phone width', { skip, timeout: 240_000 }, async () => {
  scaleDatabase(dbFile, 10_000);
  db = openDatabase(dbFile, { readonly: true });
  const srv = await startServer(db, { port: 0 });
  try {
    const { page, dialogs } = await open(srv.url);
    assert.match(await page.locator('main').innerText(), /\d+ articles read/);
    assert.ok(await page.locator('svg[role="img"]').count() >= 2, 'charts');
    await shot(page, 'serve-overview.png');

    // Keyboard: the skip link comes first, then the navigation; Facts is reachable with Tab and Enter.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Facts');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/facts$/);
    await page.selectOption('select[name="verdict"]', 'conflict');
    await page.locator('form.filters button').press('Enter');
    await page.waitForURL(/verdict=conflict/);
    assert.equal(await page.locator('.card.agree').count(), 0);
    assert.ok(await page.locator('.card.conflict').count() > 0);
    await page.locator('.card.conflict').first().screenshot({ path: fileURLToPath(new URL('serve-conflict-card.png', OUT)) });

    // A sentence opens its article at the claim, which the :target style outlines.
    const sentence = page.locator('.card.conflict a.sentence').first();
    const href = (await sentence.getAttribute('href'))!;
    await sentence.click();
    await page.waitForURL(/\/article\/\d+#claim-\d+$/);
    const claimId = href.split('#')[1];
    assert.equal(await page.locator(`mark#${claimId}`).isVisible(), true);
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.tagName), 'MARK');
    await shot(page, 'serve-article.png');

    // Search from the header form, in four scripts.
    for (const [query, lang] of [['参数', 'zh'], ['パラメータ', 'ja'], ['Milliarden', 'de'], ['training GPT-3', 'en']]) {
      await page.fill('header input[name="q"]', query);
      await page.press('header input[name="q"]', 'Enter');
      await page.waitForURL(/\/search\?q=/);
      const first = await page.locator('#article-results + .table-wrap tbody tr .meta').first().textContent();
      assert.match(first ?? '', new RegExp(`(^|/)${lang}-`), `${query}: ${first}`);
    }
    await shot(page, 'serve-search.png');

    // Phone width: nothing wider than the screen.
    const phone = await open(srv.url + 'facts', 380);
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page overflows a phone screen by ${overflow}px`);
    await shot(phone.page, 'serve-facts-phone.png');
    await phone.page.close();
    assert.deepEqual(dialogs, []);
    await page.close();
  } finally {
    await srv.close();
  }
});
