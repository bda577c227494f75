import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderReport, formatNumber, startServer } from '../src/report/index.ts';
import { markParagraph } from '../src/report/render.ts';
import { sample } from './fixtures/report-sample.ts';

test('injected markup in any field is shown as text, never as tags', () => {
  const html = renderReport(sample());
  assert.ok(!html.includes('<script>alert(1)</script>'));
  assert.ok(!html.includes('<img src=x'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(3)&gt;'));
  assert.ok(html.includes('bad &lt;b&gt;bytes&lt;/b&gt;'));
  assert.equal(html.match(/<script>/g)?.length, 1, 'only the router script');
});

test('groups carry verdicts in colour class and words, sentences highlighted at the quantity and linked', () => {
  const html = renderReport(sample());
  assert.match(html, /class="card agree"[^>]*data-entity="Acme Robotics"/);
  assert.match(html, /class="card conflict"[^>]*data-entity="Nordlicht AG"[^>]*data-langs="en ru"/);
  assert.ok(html.includes('✓ Agree') && html.includes('✗ Conflict'));
  assert.ok(html.includes('Acme 的模型有<mark class="q">5400億個參數</mark>。'));
  assert.ok(html.includes('Выручка Nordlicht составила <mark class="q">700 млн долларов</mark>.'));
  assert.ok(html.includes('href="#/article/2?claim=21"'));
  assert.ok(html.includes('<meta charset="utf-8">') && html.includes('Noto Sans CJK'));
  for (const id of ['f-entity', 'f-lang', 'f-verdict']) assert.ok(html.includes(`id="${id}"`));
});

test('article view marks entities and claims, shows removed blocks struck with reasons', () => {
  const html = renderReport(sample());
  assert.ok(html.includes('<mark class="ent" title="Acme Robotics (org)">Acme</mark> trained a model with <mark class="q" id="claim-11" title="parameters">540 billion parameters</mark>.'));
  assert.match(html, /<p class="removed">Subscribe to our newsletter<span class="reason">\[ad\]<\/span><\/p><p lang="en">Injected/);
});

test('--entity keeps only that entity\'s groups', () => {
  const html = renderReport(sample(), { entity: 'Nordlicht AG' });
  assert.ok(!html.includes('data-entity="Acme Robotics"'));
  assert.ok(html.includes('data-entity="Nordlicht AG"'));
});

test('formatNumber', () => {
  const cases: Array<[number, string | null, string]> = [
    [540e9, 'parameters', '540 billion parameters'], [540e6, 'USD', '540,000,000 USD'], [12.5, '%', '12.5%'], [2.75e6, 'users', '2.75 million users'], [42, null, '42']];
  for (const [v, u, want] of cases) assert.equal(formatNumber(v, u), want);
});

test('markParagraph skips overlapping spans and escapes around them', () => {
  assert.equal(markParagraph('a<b c', [{ start: 0, end: 3, open: '<mark>' }, { start: 2, end: 5, open: '<mark>' }]), '<mark>a&lt;b</mark> c');
});

test('server: GET serves the views and data, other methods refused', async () => {
  const srv = await startServer(sample, { port: 0 });
  try {
    assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(srv.url + 'compare');
    assert.equal(page.status, 200);
    assert.ok((await page.text()).includes('✗ Conflict'));
    const data = await (await fetch(srv.url + 'data.json')).json();
    assert.equal(data.groups.length, 2);
    assert.equal((await fetch(srv.url, { method: 'POST' })).status, 405);
    assert.equal((await fetch(srv.url + 'nope')).status, 404);
  } finally { await srv.close(); }
});
