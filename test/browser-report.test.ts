import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderReport, startServer } from '../src/report/index.ts';
import { sample } from './fixtures/report-sample.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = new URL('../output/', import.meta.url);
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not installed (apt-get install -y chromium)`;

async function exercise(browser: Browser, url: string, shotName: string) {
  const page: Page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(url + '#/compare');
  await assert.doesNotReject(page.locator('#compare .card.agree').first().waitFor({ state: 'visible' }));
  assert.equal(await page.locator('#compare .card.conflict').count(), 1);
  assert.equal(await page.locator('#compare .card.conflict .verdict').textContent(), '✗ Conflict');
  await page.screenshot({ path: new URL(shotName, OUT).pathname, fullPage: true });
  // Filters: verdict hides the agreeing card; language 'zh' keeps only the group with a Chinese sentence.
  await page.selectOption('#f-verdict', 'conflict');
  assert.equal(await page.locator('#compare .card.agree').isVisible(), false);
  await page.selectOption('#f-verdict', '');
  await page.selectOption('#f-lang', 'zh');
  assert.equal(await page.locator('#compare .card.conflict').isVisible(), false);
  assert.equal(await page.locator('#compare .card.agree').isVisible(), true);
  // Clicking the Chinese sentence opens its article with the claim highlighted.
  await page.locator('#compare .side[lang="zh"] a.sentence').click();
  await assert.doesNotReject(page.locator('#article-2').waitFor({ state: 'visible' }));
  assert.equal(await page.locator('#article-2 mark#claim-21').textContent(), '5400億個參數');
  // The injected markup is text in the page, and nothing ran.
  await page.goto(url + '#/article/1');
  await page.locator('#article-1').waitFor({ state: 'visible' });
  assert.match(await page.locator('#article-1').innerText(), /<script>alert\(1\)<\/script>/);
  assert.equal(await page.locator('#article-1 img').count(), 0);
  await page.screenshot({ path: new URL('article-' + shotName, OUT).pathname, fullPage: true });
  assert.deepEqual(dialogs, []);
  await page.close();
}

test('report file from disk in headless Chromium', { skip }, async () => {
  mkdirSync(OUT, { recursive: true });
  const file = new URL('report-browser.html', OUT);
  writeFileSync(file, renderReport(sample()));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try { await exercise(browser, file.href, 'compare-file.png'); } finally { await browser.close(); }
});

test('the same views through startServer on a random port', { skip }, async () => {
  mkdirSync(OUT, { recursive: true });
  const srv = await startServer(sample, { port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try { await exercise(browser, srv.url, 'compare-server.png'); } finally { await browser.close(); await srv.close(); }
});
