// The whole pipeline on the bundled corpus/, as `npm start` runs it: every page gets its expected format,
// encoding, language, script and title; the cleaner keeps the article and drops the junk; the claims a careful
// reader lists are found; compare shows agreeing and conflicting facts across languages; a re-run runs nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, type IngestSummary } from '../src/pipeline/runner.ts';
import { loadPipeline, DEFAULT_PIPELINE } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { openDatabase } from '../src/store/store.ts';
import { exportRecords, type ExportRecord } from '../src/store/export.ts';
import { listGroups, type GroupRow } from '../src/store/queries.ts';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const EXPECTED = JSON.parse(readFileSync(new URL('./fixtures/corpus-expected.json', import.meta.url), 'utf8')) as Array<
  | { path: string; error: 'empty' | 'binary' }
  | { path: string; format: string; encoding: string; lang: string; script: string | null; title: string | null; keep: string[]; drop: string[];
      claims: Array<{ entity: string; attribute: string; value: number; unit: string; time: string | null; sentence: string }>;
      quotes: Array<{ speaker: string; sentence: string }>; notClaims: string[] }
>;
const pages = EXPECTED.filter((e) => !('error' in e)) as Array<Extract<(typeof EXPECTED)[number], { keep: string[] }>>;
const unreadable = EXPECTED.filter((e) => 'error' in e);

/** Matching is on whitespace-folded text: the cleaner may join lines that the page broke. */
const fold = (s: string) => s.replace(/\s+/g, ' ');

const dir = mkdtempSync(join(tmpdir(), 'claimscope-corpus-'));
const dbFile = join(dir, 'corpus.db');
process.env.CLAIMSCOPE_OFFLINE = '1';
const pipeline = loadPipeline(DEFAULT_PIPELINE, KNOWN_STAGES);
let first: IngestSummary;
let records: Map<string, ExportRecord>;
let groups: GroupRow[];

test.before(async () => {
  first = await ingest({ dir: CORPUS, db: dbFile, pipeline, workers: 2 });
  const db = openDatabase(dbFile);
  records = new Map([...exportRecords(db)].map((r) => [r.path, r]));
  groups = listGroups(db);
  db.close();
});
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('every page is ingested; only the empty and binary files are skipped, with their reason; nothing fails', () => {
  assert.deepEqual(first.failures, []);
  assert.equal(first.pages, EXPECTED.length);
  assert.deepEqual(first.skippedPages.map((p) => p.path).sort(), unreadable.map((e) => e.path).sort());
  for (const p of first.skippedPages) assert.match(p.message, /empty|binary/);
});

test('format, encoding, language, script and title of every page', () => {
  for (const page of pages) {
    const r = records.get(page.path);
    assert.ok(r, `${page.path}: not exported`);
    assert.deepEqual([r.format, r.encoding, r.lang, r.script], [page.format, page.encoding, page.lang, page.script], page.path);
    if (page.title) assert.equal(r.title && fold(r.title), fold(page.title), `${page.path}: title`);
    // C1 control characters in text mean a legacy page was decoded with the wrong table.
    assert.doesNotMatch(r.text, /[\u0080-\u009F\uFFFD]/, `${page.path}: mis-decoded characters`);
  }
});

test('clean text keeps the article and drops the junk, each removal with its reason', () => {
  for (const page of pages) {
    const r = records.get(page.path)!;
    const text = fold(r.text);
    for (const marker of page.keep) assert.ok(text.includes(fold(marker)), `${page.path}: lost "${marker}"`);
    for (const marker of page.drop) {
      assert.ok(!text.includes(fold(marker)), `${page.path}: kept junk "${marker}"`);
    }
    assert.ok(r.removed.length > 0 && r.removed.every((b) => b.reason.length > 0), `${page.path}: removals need reasons`);
  }
});

test('the claims a careful reader lists are found, with entity, unit and a value interval that holds the stated value', () => {
  const missing: string[] = [];
  for (const page of pages) {
    const claims = records.get(page.path)!.claims;
    for (const want of page.claims) {
      const hit = claims.find((c) => c.entity === want.entity && c.attribute === want.attribute && c.unit === want.unit &&
        c.low !== null && c.low <= want.value && (c.high === null || c.high >= want.value) && fold(c.text).includes(fold(want.sentence)));
      if (!hit) missing.push(`${page.path}: ${want.entity} ${want.attribute} ${want.value} ${want.unit}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('numbers that are not claims (dates, views, phone numbers, versions, junk) never become claim values', () => {
  for (const page of pages) {
    const claims = records.get(page.path)!.claims;
    for (const not of page.notClaims) {
      const bad = claims.find((c) => c.value !== null && c.text.includes(not) && !page.claims.some((w) => c.text.includes(w.sentence)));
      assert.equal(bad, undefined, `${page.path}: "${not}" made a claim: ${bad?.text}`);
    }
  }
});

test('compare: facts agree and conflict across languages', () => {
  const langsOf = (g: GroupRow) => new Set(g.claims.map((c) => c.lang));
  const agreeing = groups.filter((g) => g.verdict === 'agree' && langsOf(g).size >= 2);
  const conflicting = groups.filter((g) => g.verdict === 'conflict' && langsOf(g).size >= 2);
  assert.ok(agreeing.length >= 2, `agreeing cross-language groups: ${agreeing.map((g) => `${g.entity}/${g.attribute}`)}`);
  assert.ok(conflicting.length >= 1, 'a conflicting cross-language group');
  const palm = groups.find((g) => g.entity === 'PaLM' && g.attribute === 'parameters');
  assert.ok(palm && palm.verdict === 'agree' && langsOf(palm).has('zh'), 'PaLM parameters agree, Chinese among them');
});

test('an unchanged re-run runs no stage', async () => {
  const again = await ingest({ dir: CORPUS, db: dbFile, pipeline, workers: 2 });
  for (const [stage, counts] of Object.entries(again.stages)) assert.equal(counts.ran, 0, `${stage} ran again`);
  assert.deepEqual(again.failures, []);
});
