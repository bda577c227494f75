// An ingest writes its articles in batches, one transaction each, with no savepoint per article: an article whose write
// fails midway must leave none of its rows, and the batch's other articles (before and after it) must stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IngestStore, openDatabase, type ResultWrite } from '../src/store/store.ts';

function claimsResult(texts: Array<string | null>): ResultWrite {
  const claims = texts.map((text) => ({ kind: 'quantity', paragraph: 0, text, entity: 'Acme', attribute: 'revenue', value: 1, low: null, high: null,
    unit: null, quantityText: '1', time: null, speaker: null, lang: 'en', method: 'rules', measure: null, confidence: 1 }));
  const json = JSON.stringify({ claims });
  return { result: { stage: 'claims', key: 'k', status: 'done', json, outputHash: json, keepOutput: true, ms: 0 }, previous: undefined, downstream: [] };
}

const file = (path: string) => ({ existing: undefined, path, size: 1, mtimeMs: 1, contentHash: path });

test('a write that fails midway in a batch leaves none of its article, and keeps the batch\'s other writes', () => {
  const db = openDatabase(':memory:');
  const store = new IngestStore(db, '/root');
  store.beginBatch();
  store.writeArticle(file('a.html'), [claimsResult(['Acme earned 1 dollar.', 'Acme earned 1 dollar again.'])]);
  store.recordSkippedFile('link.html', 'a symbolic link, not followed');
  // The second claim has no text: its insert fails (NOT NULL) after the article row and the first claim were written.
  assert.throws(() => store.writeArticle(file('b.html'), [claimsResult(['Acme earned 1 dollar in b.', null])]), /NOT NULL/);
  store.writeArticle(file('c.html'), [claimsResult(['Acme earned 1 dollar in c.'])]);
  store.commitIfDue();
  store.endBatch();
  assert.equal(db.inTransaction, false);
  const paths = db.prepare('SELECT path FROM articles ORDER BY path').pluck().all();
  assert.deepEqual(paths, ['a.html', 'c.html']);
  const claims = db.prepare('SELECT a.path, c.text FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY a.path, c.idx').all();
  assert.deepEqual(claims, [
    { path: 'a.html', text: 'Acme earned 1 dollar.' }, { path: 'a.html', text: 'Acme earned 1 dollar again.' },
    { path: 'c.html', text: 'Acme earned 1 dollar in c.' }]);
  // The full-text index holds exactly the claims that stayed (the failed article's first claim was indexed, then undone).
  assert.deepEqual(db.prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'dollar' ORDER BY rowid").pluck().all(),
    db.prepare('SELECT id FROM claims ORDER BY id').pluck().all());
  assert.equal(db.prepare("SELECT COUNT(*) FROM stage_runs WHERE stage = 'claims' AND status = 'done'").pluck().get(), 2);
  assert.deepEqual(db.prepare('SELECT path FROM skipped_files').pluck().all(), ['link.html']);
  db.close();
});

test('outside a batch an article is a transaction of its own, and a failed one leaves nothing', () => {
  const db = openDatabase(':memory:');
  const store = new IngestStore(db, '/root');
  store.writeArticle(file('a.html'), [claimsResult(['Acme earned 1 dollar.'])]);
  assert.throws(() => store.writeArticle(file('b.html'), [claimsResult([null])]), /NOT NULL/);
  assert.equal(db.inTransaction, false);
  assert.deepEqual(db.prepare('SELECT path FROM articles').pluck().all(), ['a.html']);
  assert.equal(db.prepare('SELECT COUNT(*) FROM claims').pluck().get(), 1);
  db.close();
});
