// Stage outputs with Float32Arrays (embed's vectors): encoded as JSON plus bytes, moved from the worker as bytes, stored
// as BLOBs, and read back as the same floats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeOutput, encodeOutput } from '../src/pipeline/output-codec.ts';
import { sha256 } from '../src/pipeline/keys.ts';
import { ingest } from '../src/pipeline/runner.ts';
import { loadPipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { IngestStore, openDatabase } from '../src/store/store.ts';
import { FALLBACK_METHOD, hashedNgramEmbedding } from '../src/models/fallback.ts';
import { resolveEmbedder } from '../src/models/embedder.ts';
import { paragraphVector } from '../src/store/vectors.ts';
import { MIGRATIONS } from '../src/store/schema.ts';
import Database from 'better-sqlite3';

const OFFLINE = fileURLToPath(new URL('../pipelines/offline.json', import.meta.url));

test('an output with Float32Arrays round-trips through JSON and one binary part, the floats as their little-endian bytes', () => {
  const whole = new Float32Array([0.5, -1.25, 3e-8, Number.MAX_VALUE, 7]);
  // A view that starts inside its buffer: only its own floats are encoded.
  const view = whole.subarray(1, 3);
  const output = { method: 'm', vectors: whole, nested: [{ v: view }], rows: [0, 1] };
  const { json, binary } = encodeOutput(output);
  assert.ok(binary);
  assert.equal(binary.byteLength, (whole.length + view.length) * 4);
  assert.deepEqual([...new Float32Array(binary.buffer)], [...whole, ...view]);
  assert.ok(json.length < 100, json);
  const back = decodeOutput(json, binary) as typeof output;
  assert.deepEqual([...back.vectors], [...whole]);
  assert.deepEqual([...back.nested[0].v], [...view]);
  assert.deepEqual(back.rows, [0, 1]);
  assert.equal(back.method, 'm');
  // Read back from a BLOB whose bytes start at an odd offset (as a SQLite buffer may): still the same floats.
  const unaligned = new Uint8Array(binary.byteLength + 1).subarray(1);
  unaligned.set(binary);
  assert.deepEqual([...(decodeOutput(json, unaligned) as typeof output).vectors], [...whole]);
});

test('an output without Float32Arrays is plain JSON, and its hash is the hash of that JSON as before', () => {
  const output = { text: 'x', list: [1, 2] };
  const encoded = encodeOutput(output);
  assert.deepEqual(encoded, { json: JSON.stringify(output) });
  assert.equal(sha256(encoded.json), sha256(JSON.stringify(output)));
  assert.notEqual(sha256('a', new Uint8Array([1])), sha256('a'));
});

test('the store keeps a kept output\'s binary part as a BLOB beside its JSON and reads it back as floats', () => {
  const db = openDatabase(':memory:');
  const store = new IngestStore(db, '/root');
  const vectors = new Float32Array([1.5, 2.5, -3.5]);
  const { json, binary } = encodeOutput({ vectors });
  store.writeArticle({ existing: undefined, path: 'a.html', size: 1, mtimeMs: 1, contentHash: 'h' },
    [{ result: { stage: 'user', key: 'k', status: 'done', json, binary, outputHash: sha256(json, binary!), keepOutput: true, ms: 0 }, previous: undefined, downstream: [] }]);
  const id = store.article('a.html')!.id;
  const stored = db.prepare('SELECT data, typeof(binary) AS type, length(binary) AS bytes FROM stage_outputs WHERE article_id = ?').get(id);
  assert.deepEqual(stored, { data: json, type: 'blob', bytes: 12 });
  assert.deepEqual([...(store.output(id, 'user') as { vectors: Float32Array }).vectors], [1.5, 2.5, -3.5]);
  db.close();
});

test('an ingest through a worker stores each claim\'s vector once, as its BLOB, no embed JSON, and no paragraph vector of the built-in method: paragraphVector makes it again, the same floats', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-codec-'));
  const repeated = 'The same paragraph appears twice on this page, with 12 apples in it.';
  writeFileSync(join(dir, 'a.html'), `<html><body><article><h1>Vectors</h1><p>${repeated}</p>
    <p>Another paragraph says the lake is 40 metres deep and was measured in 2019.</p><p>${repeated}</p></article></body></html>`);
  const db = join(dir, 'test.db');
  await ingest({ dir, db, pipeline: loadPipeline(OFFLINE, KNOWN_STAGES), workers: 1 });
  const conn = openDatabase(db);
  assert.equal(conn.prepare('SELECT COUNT(*) FROM paragraph_vectors').pluck().get(), 0);
  const paragraphs = conn.prepare('SELECT id, text FROM paragraphs ORDER BY idx').all() as Array<{ id: number; text: string }>;
  assert.ok(paragraphs.length >= 2);
  // What the embed stage made and stored for each paragraph before (the built-in embedder over the page's texts).
  const embedder = await resolveEmbedder({ offline: true }, () => {});
  const before = await embedder.embed(paragraphs.map((p) => p.text));
  paragraphs.forEach((p, i) => {
    const read = paragraphVector(conn, p.id);
    assert.deepEqual([read?.method, read?.model], [FALLBACK_METHOD, null]);
    assert.deepEqual(read?.vector, before[i]);
    assert.deepEqual(read?.vector, hashedNgramEmbedding(p.text));
  });
  // A stored vector (a model's) is read as stored.
  const stored = new Float32Array([0.6, 0.8]);
  conn.prepare("INSERT INTO paragraph_vectors (paragraph_id, method, model, dims, vector) VALUES (?, 'model:x', 'x', 2, ?)")
    .run(paragraphs[0].id, Buffer.from(stored.buffer));
  assert.deepEqual(paragraphVector(conn, paragraphs[0].id), { method: 'model:x', model: 'x', vector: stored });
  assert.equal(paragraphVector(conn, 1e9), null);
  const claimVectors = conn.prepare('SELECT c.text, v.vector FROM claims c JOIN claim_vectors v ON v.claim_id = c.id').all() as Array<{ text: string; vector: Buffer }>;
  assert.ok(claimVectors.length > 0);
  for (const row of claimVectors) assert.deepEqual(new Float32Array(row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength)), hashedNgramEmbedding(row.text));
  assert.equal(conn.prepare("SELECT COUNT(*) FROM stage_outputs WHERE stage = 'embed'").pluck().get(), 0);
  assert.equal(conn.prepare("SELECT status FROM stage_runs WHERE stage = 'embed'").pluck().get(), 'done');
  conn.close();
  rmSync(dir, { recursive: true });
});

test('a database of schema 13 migrates: outputs gain a binary part, old base64 embed outputs go, other outputs stay readable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-codec-'));
  const file = join(dir, 'old.db');
  const raw = new Database(file);
  for (const migration of MIGRATIONS.slice(0, 13)) raw.exec(migration);
  raw.pragma('user_version = 13');
  const id = Number(raw.prepare("INSERT INTO articles (root, path, size, mtime_ms, content_hash) VALUES ('/r', 'a.html', 1, 1, 'h')").run().lastInsertRowid);
  const insert = raw.prepare('INSERT INTO stage_outputs (article_id, stage, data) VALUES (?, ?, ?)');
  insert.run(id, 'embed', JSON.stringify({ method: 'hashed-ngrams@1', model: null, dims: 1, paragraphs: ['AACAPw=='], claims: [] }));
  insert.run(id, 'clean', JSON.stringify({ title: 'kept' }));
  raw.close();
  const db = openDatabase(file);
  const store = new IngestStore(db, '/r');
  assert.equal(store.output(id, 'embed'), undefined);
  assert.deepEqual(store.output(id, 'clean'), { title: 'kept' });
  assert.equal(db.prepare("SELECT binary FROM stage_outputs WHERE stage = 'clean'").pluck().get(), null);
  db.close();
  rmSync(dir, { recursive: true });
});
