// Turns a stage's JSON output into the relational rows users query. One writer and one eraser per stage;
// the store calls them inside the transaction that records the stage run.
import type { Statement } from 'better-sqlite3';
import type { DB } from './store.ts';
import type { StageOutputs } from '../types.ts';

// Statements are prepared once per connection: preparing them anew for every article and stage cost about a tenth
// of the main thread's time in bench/ingest.ts.
const statements = new WeakMap<DB, Map<string, Statement>>();
function prepared(db: DB, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

type Writers = { [S in keyof StageOutputs]?: (db: DB, articleId: number, output: StageOutputs[S]) => void };

const WRITERS: Writers = {
  read(db, id, out) {
    prepared(db, 'UPDATE articles SET format = ?, encoding = ? WHERE id = ?').run(out.format, out.encoding, id);
  },
  clean(db, id, doc) {
    prepared(db, 'UPDATE articles SET title = ?, author = ?, published = ?, site_name = ?, page_type = ?, clean_text = ? WHERE id = ?')
      .run(doc.title, doc.author, doc.published, doc.siteName, doc.pageType ?? null, doc.paragraphs.map((p) => p.text).join('\n\n'), id);
    const paragraph = prepared(db, 'INSERT INTO paragraphs (article_id, idx, kind, text) VALUES (?, ?, ?, ?)');
    doc.paragraphs.forEach((p, i) => paragraph.run(id, i, p.kind, p.text));
    const removed = prepared(db, 'INSERT INTO removed_blocks (article_id, idx, reason, text) VALUES (?, ?, ?, ?)');
    doc.removed.forEach((r, i) => removed.run(id, i, r.reason, r.text));
    prepared(db, 'INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)')
      .run(id, doc.title ?? '', doc.paragraphs.map((p) => p.text).join('\n\n'));
    if (doc.blockHashes) prepared(db, 'INSERT INTO block_hashes (article_id, hashes) VALUES (?, ?)').run(id, doc.blockHashes.join(' '));
  },
  language(db, id, out) {
    prepared(db, 'UPDATE articles SET lang = ?, script = ?, lang_confidence = ? WHERE id = ?')
      .run(out.article.lang, out.article.script, out.article.confidence, id);
    const update = prepared(db, 'UPDATE paragraphs SET lang = ?, script = ?, confidence = ? WHERE article_id = ? AND idx = ?');
    out.paragraphs.forEach((l, i) => update.run(l.lang, l.script, l.confidence, id, i));
  },
  segment(db, id, out) {
    const insert = prepared(db, 'INSERT INTO sentences (article_id, paragraph, idx, start, end) VALUES (?, ?, ?, ?, ?)');
    out.sentences.forEach((s, i) => insert.run(id, s.paragraph, i, s.start, s.end));
  },
  entities(db, id, out) {
    const upsert = prepared(db, `INSERT INTO entities (canonical, type) VALUES (?, ?)
      ON CONFLICT (canonical) DO UPDATE SET type = excluded.type RETURNING id`);
    const mention = prepared(db, 'INSERT INTO mentions (article_id, entity_id, paragraph, start, end, text) VALUES (?, ?, ?, ?, ?, ?)');
    for (const m of out.mentions) {
      const { id: entityId } = upsert.get(m.canonical, m.type) as { id: number };
      mention.run(id, entityId, m.paragraph, m.start, m.end, m.text);
    }
  },
  claims(db, id, out) {
    const insert = prepared(db, `INSERT INTO claims (article_id, idx, paragraph, text, entity, attribute, value, low, high, unit,
      quantity_text, time, speaker, lang, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // SQLite has no Infinity literal in JSON; REAL columns store it fine through the driver.
    out.claims.forEach((c, i) => insert.run(id, i, c.paragraph, c.text, c.entity, c.attribute, c.value, c.low, c.high, c.unit,
      c.quantityText, c.time, c.speaker, c.lang, c.method));
  },
  embed(db, id, out) {
    const claimIds = prepared(db, 'SELECT id FROM claims WHERE article_id = ? ORDER BY idx').pluck().all(id) as number[];
    const paragraphIds = prepared(db, 'SELECT id FROM paragraphs WHERE article_id = ? ORDER BY idx').pluck().all(id) as number[];
    const claim = prepared(db, 'INSERT OR REPLACE INTO claim_vectors (claim_id, method, model, dims, vector) VALUES (?, ?, ?, ?, ?)');
    const paragraph = prepared(db, 'INSERT OR REPLACE INTO paragraph_vectors (paragraph_id, method, model, dims, vector) VALUES (?, ?, ?, ?, ?)');
    out.claims.forEach((v, i) => claimIds[i] !== undefined && claim.run(claimIds[i], out.method, out.model, out.dims, Buffer.from(v, 'base64')));
    out.paragraphs.forEach((v, i) => paragraphIds[i] !== undefined && paragraph.run(paragraphIds[i], out.method, out.model, out.dims, Buffer.from(v, 'base64')));
  },
  translate(db, id, out) {
    const claimIds = prepared(db, 'SELECT id FROM claims WHERE article_id = ? ORDER BY idx').pluck().all(id) as number[];
    const insert = prepared(db, 'INSERT OR REPLACE INTO claim_translations (claim_id, lang, text, model) VALUES (?, ?, ?, ?)');
    out.translations.forEach((t, i) => t !== null && claimIds[i] !== undefined && insert.run(claimIds[i], out.to, t, out.model));
  },
};

const ERASERS: Record<string, string[]> = {
  read: ['UPDATE articles SET format = NULL, encoding = NULL WHERE id = ?'],
  clean: [
    'UPDATE articles SET title = NULL, author = NULL, published = NULL, site_name = NULL, page_type = NULL, clean_text = NULL WHERE id = ?',
    'DELETE FROM paragraphs WHERE article_id = ?',
    'DELETE FROM removed_blocks WHERE article_id = ?',
    'DELETE FROM articles_fts WHERE rowid = ?',
    'DELETE FROM block_hashes WHERE article_id = ?',
  ],
  language: ['UPDATE articles SET lang = NULL, script = NULL, lang_confidence = NULL WHERE id = ?',
    'UPDATE paragraphs SET lang = NULL, script = NULL, confidence = NULL WHERE article_id = ?'],
  segment: ['DELETE FROM sentences WHERE article_id = ?'],
  entities: ['DELETE FROM mentions WHERE article_id = ?'],
  claims: ['DELETE FROM claims WHERE article_id = ?'],
  embed: ['DELETE FROM claim_vectors WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)',
    'DELETE FROM paragraph_vectors WHERE paragraph_id IN (SELECT id FROM paragraphs WHERE article_id = ?)'],
  translate: ['DELETE FROM claim_translations WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)'],
};

export function materialise(db: DB, stage: string, articleId: number, output: unknown): void {
  const write = WRITERS[stage as keyof StageOutputs] as ((db: DB, id: number, out: unknown) => void) | undefined;
  write?.(db, articleId, output);
}

export function clearMaterialised(db: DB, stage: string, articleId: number): void {
  for (const sql of ERASERS[stage] ?? []) prepared(db, sql).run(articleId);
}
