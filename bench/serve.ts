// serve at 10,000 articles: the corpus ingested for real, cloned in SQL to 10,000 articles (test/fixtures/report-db.ts),
// then every view requested REPEATS times through HTTP on 127.0.0.1; prints p50 and p95 per view, and the size and
// build time of the report file. Usage: npm run bench:serve [-- --articles 10000 --repeats 40]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/store/store.ts';
import { loadReportData, renderReport, startServer } from '../src/report/index.ts';
import { corpusDatabase, scaleDatabase } from '../test/fixtures/report-db.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, repeats: { type: 'string', default: '40' } } });
const ARTICLES = Number(values.articles);
const REPEATS = Number(values.repeats);

const dir = mkdtempSync(join(tmpdir(), 'claimscope-bench-serve-'));
try {
  const dbFile = await corpusDatabase(dir);
  scaleDatabase(dbFile, ARTICLES);
  const db = openDatabase(dbFile, { readonly: true });
  const articles = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  const zhArticle = (db.prepare("SELECT article_id AS id FROM claims WHERE lang = 'zh' ORDER BY id DESC LIMIT 1").get() as { id: number }).id;
  const srv = await startServer(db, { port: 0 });
  const views: Array<[string, string]> = [
    ['overview', '/'], ['facts', '/facts'], ['facts, conflicts, page 20', '/facts?verdict=conflict&page=20'], ['facts, lang=zh', '/facts?lang=zh'],
    ['claims, lang=de, page 50', '/claims?lang=de&page=50'], ['entities', '/entities'], ['articles, page 100', '/articles?page=100'],
    ['article', `/article/${zhArticle}`], ['search 参数 (zh)', `/search?q=${encodeURIComponent('参数')}`],
    ['search パラメータ (ja)', `/search?q=${encodeURIComponent('パラメータ')}`], ['search Milliarden (de)', '/search?q=Milliarden'],
    ['search "training GPT-3" (en)', `/search?q=${encodeURIComponent('training GPT-3')}`], ['search 谷歌 (2 characters)', `/search?q=${encodeURIComponent('谷歌')}`],
  ];
  console.log(`serve on ${articles} articles, ${REPEATS} requests per view (first request of each view not counted)\n`);
  console.log('| view | p50 ms | p95 ms | KB |\n|---|---:|---:|---:|');
  for (const [name, path] of views) {
    await (await fetch(srv.url + path.slice(1))).text();
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REPEATS; i++) {
      const t0 = performance.now();
      const body = await (await fetch(srv.url + path.slice(1))).text();
      times.push(performance.now() - t0);
      bytes = Buffer.byteLength(body);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    console.log(`| ${name} | ${at(0.5)} | ${at(0.95)} | ${Math.round(bytes / 1024)} |`);
  }
  await srv.close();
  const t0 = performance.now();
  const html = renderReport(loadReportData(db, dbFile));
  console.log(`\nreport file: ${(Buffer.byteLength(html) / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
