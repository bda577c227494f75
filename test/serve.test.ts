// serve and report on a database of 10,000 articles (the corpus ingested for real, then cloned in SQL): every view
// answers from sized queries, search finds articles in any script, the Host header is checked, the file stays small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { openDatabase, type DB } from '../src/store/store.ts';
import { startServer, loadReportData, renderReport } from '../src/report/index.ts';
import { allowedHostNames, hostOf } from '../src/report/server.ts';
import { main } from '../src/cli/main.ts';
import { corpusDatabase, scaleDatabase } from './fixtures/report-db.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimscope-serve-'));
let dbFile: string;
let db: DB;
let srv: { url: string; close(): Promise<void> };

test.before(async () => {
  dbFile = await corpusDatabase(dir);
  scaleDatabase(dbFile, 10_000);
  db = openDatabase(dbFile, { readonly: true });
  srv = await startServer(db, { port: 0 });
});
test.after(async () => {
  await srv?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await fetch(srv.url + path.replace(/^\//, ''));
  return { status: res.status, html: await res.text() };
};

test('the generated database holds 10,000 articles', () => {
  const n = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  assert.ok(n >= 10_000, `${n} articles`);
});

test('overview counts, charts and stages in pipeline order', async () => {
  const { status, html } = await get('/');
  assert.equal(status, 200);
  assert.match(html, /\d+ files · \d+ articles read \(\d+ not readable as pages\)/);
  const stages = [...html.matchAll(/<tr><td>([a-z]+)<\/td><td class="num">/g)].map((m) => m[1]);
  assert.deepEqual(stages.slice(0, 4), ['read', 'clean', 'language', 'segment']);
  assert.ok(stages.indexOf('compare') === -1 || stages.indexOf('compare') === stages.length - 1);
  assert.ok(html.includes('aria-label="Articles per language and script'));
});

test('facts: conflicts first, paginated, filtered by verdict, language and entity', async () => {
  const first = await get('/facts');
  assert.equal(first.status, 200);
  const cards = [...first.html.matchAll(/class="card (agree|conflict)"/g)].map((m) => m[1]);
  assert.equal(cards.length, 20, 'one page of facts');
  assert.equal(cards[0], 'conflict');
  assert.match(first.html, /page 1 of \d+ · \d+ in all/);
  const conflicts = await get('/facts?verdict=conflict&page=2');
  assert.ok(!conflicts.html.includes('class="card agree"'));
  assert.match(conflicts.html, /page 2 of/);
  const zh = await get('/facts?lang=zh');
  for (const m of zh.html.matchAll(/data-langs="([^"]*)"/g)) assert.ok(m[1].split(' ').includes('zh'), m[1]);
  const palm = await get('/facts?entity=PaLM');
  for (const m of palm.html.matchAll(/data-entity="([^"]*)"/g)) assert.equal(m[1], 'PaLM');
  assert.match(palm.html, /data-entity="PaLM"/);
});

test('claims, entities and articles lists are paginated and filterable', async () => {
  const claims = await get('/claims?lang=de');
  assert.equal(claims.status, 200);
  const langs = [...claims.html.matchAll(/<td>([a-z]{2})<\/td><td lang=/g)].map((m) => m[1]);
  assert.equal(langs.length, 50);
  assert.ok(langs.every((l) => l === 'de'));
  const entities = await get('/entities?q=谷歌');
  assert.match(entities.html, /Google/);
  const articles = await get('/articles?lang=ja&page=3');
  assert.match(articles.html, /page 3 of \d+/);
  assert.ok(!(await get('/articles?page=99999')).html.includes('<a href="/article/'), 'past the last page: no rows, no error');
});

test('search finds the right article in Chinese, Japanese, German and English, also with two characters', async () => {
  const cases: Array<[string, RegExp]> = [['参数', /zh-/], ['パラメータ', /ja-/], ['Milliarden', /de-/], ['training GPT-3', /en-/], ['谷歌', /zh-/]];
  for (const [query, path] of cases) {
    const { status, html } = await get(`/search?q=${encodeURIComponent(query)}`);
    assert.equal(status, 200);
    const results = [...html.matchAll(/<div class="meta">([^<]+)<\/div>/g)].map((m) => m[1]);
    assert.ok(results.length > 0, `${query}: some article`);
    assert.ok(results.every((p) => path.test(p)), `${query}: ${results.slice(0, 3).join(', ')}`);
    const total = Number(html.match(/Articles \((\d+)\)/)![1]);
    assert.ok(total >= 500, `${query}: every copy found (${total})`);
  }
});

test('article view: headings, claims marked in place, removed blocks behind a toggle; unknown ids are 404', async () => {
  const id = (db.prepare("SELECT article_id AS id FROM claims WHERE lang = 'zh' ORDER BY id LIMIT 1").get() as { id: number }).id;
  const { status, html } = await get(`/article/${id}`);
  assert.equal(status, 200);
  assert.match(html, /<mark class="q" id="claim-\d+"/);
  assert.match(html, /class="toggle-removed"/);
  assert.match(html, /class="article-text hide-removed"/);
  assert.equal((await get('/article/999999999')).status, 404);
  assert.equal((await get('/nope')).status, 404);
});

test('read-only and Host-checked: other methods 405, foreign Host 421 (DNS rebinding), traversal 404', async () => {
  assert.equal((await fetch(srv.url, { method: 'POST' })).status, 405);
  const port = new URL(srv.url).port;
  const withHost = (host: string) => new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => { res.resume(); resolve(res.statusCode!); });
    req.on('error', reject);
    req.end();
  });
  assert.equal(await withHost(`evil.example:${port}`), 421);
  assert.equal(await withHost(`localhost:${port}`), 200);
  assert.equal(await withHost(`127.0.0.1:${port}`), 200);
  // Paths sent as written (fetch would resolve the dots): no route reads a file, so no traversal reaches one.
  const rawGet = (path: string) => new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
  for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/article/1/../../../etc/passwd', '//etc/passwd']) {
    const { status, body } = await rawGet(path);
    assert.equal(status, 404, path);
    assert.ok(!body.includes('root:'), path);
  }
});

test('Host names: ports and IPv6 brackets stripped; the bound address and --allow-host accepted', () => {
  assert.equal(hostOf('LocalHost:8080'), 'localhost');
  assert.equal(hostOf('[::1]:8080'), '::1');
  assert.equal(hostOf('::1'), '::1');
  const names = allowedHostNames('192.0.2.7', ['proxy.internal']);
  for (const ok of ['localhost', '127.0.0.1', '::1', '192.0.2.7', 'proxy.internal']) assert.ok(names.has(ok), ok);
  assert.ok(!names.has('evil.example'));
});

test('report file stays within its budget, says what it left out, and keeps every conflict first', () => {
  const data = loadReportData(db, dbFile, { budgetBytes: 2 * 1024 * 1024 });
  const html = renderReport(data);
  assert.ok(Buffer.byteLength(html) <= 2 * 1024 * 1024, `${Buffer.byteLength(html)} bytes`);
  assert.ok(data.omitted.facts > 0);
  assert.match(html, /facts and \d+ articles did not fit/);
  const verdicts = data.facts.map((f) => f.verdict);
  assert.equal(verdicts.indexOf('agree') === -1 ? verdicts.length : verdicts.indexOf('agree'), verdicts.lastIndexOf('conflict') + 1);
  const cited = new Set(data.facts.flatMap((f) => f.claims.map((c) => c.articleId)));
  assert.deepEqual(new Set(data.articles.map((a) => a.id)), cited, 'every cited article is in the file');
});

test('claimscope report: default budget under 10 MB on 10,000 pages; --out DIR/ writes linked pages', async () => {
  const out: string[] = [];
  const io = { out: (t: string) => void out.push(t), err: (t: string) => void out.push(t), tty: false, stdin: async () => '' };
  const file = join(dir, 'report.html');
  assert.equal(await main(['report', '--db', dbFile, '--out', file], io), 0);
  assert.ok(statSync(file).size < 10 * 1024 * 1024, `${statSync(file).size} bytes`);
  assert.match(out.join('\n'), /wrote .*report\.html \([\d.]+ (MB|KB)\)/);
  const folder = join(dir, 'site') + '/';
  assert.equal(await main(['report', '--db', dbFile, '--out', folder, '--entity', 'PaLM'], io), 0);
  const files = readdirSync(folder);
  assert.ok(files.includes('index.html') && files.includes('facts-1.html'));
  assert.ok(files.some((f) => /^article-\d+\.html$/.test(f)));
});
