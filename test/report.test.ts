import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderReport, formatNumber } from '../src/report/index.ts';
import { markParagraph } from '../src/report/html.ts';
import { sample } from './fixtures/report-sample.ts';

test('injected markup in any field is shown as text, never as tags', () => {
  const html = renderReport(sample());
  assert.ok(!html.includes('<script>alert(1)</script>'));
  assert.ok(!html.includes('<img src=x'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(3)&gt;'));
  assert.equal(html.match(/<script>/g)?.length, 1, 'only the router script');
});

test('facts carry verdicts in colour class and words, sentences highlighted at the quantity and linked', () => {
  const html = renderReport(sample());
  assert.match(html, /class="card agree"[^>]*data-entity="Acme Robotics"/);
  assert.match(html, /class="card conflict"[^>]*data-entity="Nordlicht AG"[^>]*data-langs="en ru"/);
  assert.ok(html.includes('✓ Agree') && html.includes('✗ Conflict'));
  assert.ok(html.indexOf('card conflict') < html.indexOf('card agree'), 'conflicts first');
  assert.ok(html.includes('Acme 的模型有<mark class="q">5400億個參數</mark>。'));
  assert.ok(html.includes('Выручка Nordlicht составила <mark class="q">700 млн долларов</mark>.'));
  assert.ok(html.includes('href="#/article/2?claim=21"'));
  assert.ok(html.includes('<meta charset="utf-8">') && html.includes('Noto Sans CJK'));
  for (const id of ['f-entity', 'f-lang', 'f-verdict']) assert.ok(html.includes(`id="${id}"`));
});

test('article body: headings as headings, foreign paragraphs labelled, entities and claims marked, removed blocks with reasons', () => {
  const html = renderReport(sample());
  assert.ok(html.includes('<h2 lang="en">Acme models</h2>'));
  assert.ok(html.includes('<mark class="ent" title="Acme Robotics (org)">Acme</mark> trained a model with <mark class="q" id="claim-11" title="parameters">540 billion parameters</mark>.'));
  assert.ok(html.includes('<p lang="de"><span class="para-lang">[de]</span>Ein Absatz auf Deutsch.</p>'));
  assert.match(html, /<p class="removed">Subscribe to our newsletter<span class="reason">\[ad\]<\/span><\/p>/);
});

test('overview: skipped files are not a language, stages in pipeline order, charts for languages, measures and time', () => {
  const html = renderReport(sample());
  assert.ok(html.includes('4 files · 3 articles read (1 not readable as pages)'));
  assert.ok(!/>und</.test(html));
  assert.ok(html.indexOf('<td>read</td>') < html.indexOf('<td>clean</td>'));
  for (const title of ['Articles per language and script', 'Claims per measure', 'Facts that agree and conflict, by the time they state']) {
    assert.ok(html.includes(`aria-label="${title}`), title);
  }
});

test('a report that left facts out says how many and where to see them', () => {
  const data = sample();
  assert.ok(!renderReport(data).includes('did not fit'));
  data.omitted = { facts: 120, articles: 40 };
  const html = renderReport(data);
  assert.match(html, /120 facts and 40 articles did not fit/);
  assert.ok(html.includes('claimscope serve'));
});

test('formatNumber', () => {
  const cases: Array<[number, string | null, string]> = [
    [540e9, 'parameters', '540 billion parameters'], [540e6, 'USD', '540,000,000 USD'], [12.5, '%', '12.5%'], [2.75e6, 'users', '2.75 million users'], [42, null, '42']];
  for (const [v, u, want] of cases) assert.equal(formatNumber(v, u), want);
});

test('markParagraph skips overlapping spans and escapes around them', () => {
  assert.equal(markParagraph('a<b c', [{ start: 0, end: 3, open: '<mark>' }, { start: 2, end: 5, open: '<mark>' }]), '<mark>a&lt;b</mark> c');
});
