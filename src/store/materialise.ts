// Turns a stage's JSON output into the relational rows users query. One writer and one eraser per stage;
// the store calls them inside the transaction that records the stage run.
import type { Statement } from 'better-sqlite3';
import { toFloat32, type DB } from './store.ts';
import type { ArticleClaim, StageOutputs } from '../types.ts';
import type { StoredClaimGroup } from '../stages/compare.ts';
import { resolveWebUrl } from '../text/clean/html/metadata.ts';
import { embedVector } from '../stages/embed.ts';

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

/** The page's stated address as a URL: a reference the page had no base for (`/a/b`) resolved against where it was fetched from, if known. */
function canonicalUrl(db: DB, id: number, stated: string | null | undefined): string | null {
  if (!stated) return null;
  return resolveWebUrl(stated) ?? resolveWebUrl(stated, prepared(db, 'SELECT source_url FROM articles WHERE id = ?').pluck().get(id) as string | null);
}

/** What a stage warns about a page (`status` and `show` list them). */
function writeWarnings(db: DB, id: number, stage: string, warnings: string[] | undefined): void {
  const insert = prepared(db, 'INSERT INTO page_warnings (article_id, stage, idx, message) VALUES (?, ?, ?, ?)');
  warnings?.forEach((message, i) => insert.run(id, stage, i, message));
}

type Writers = { [S in keyof StageOutputs]?: (db: DB, articleId: number, output: StageOutputs[S]) => void };

const WRITERS: Writers = {
  read(db, id, out) {
    prepared(db, 'UPDATE articles SET format = ?, encoding = ? WHERE id = ?').run(out.format, out.encoding, id);
    writeWarnings(db, id, 'read', out.warnings);
  },
  clean(db, id, doc) {
    prepared(db, 'UPDATE articles SET title = ?, author = ?, published = ?, site_name = ?, canonical_url = ?, page_type = ?, clean_text = ? WHERE id = ?')
      .run(doc.title, doc.author, doc.published, doc.siteName, canonicalUrl(db, id, doc.url), doc.pageType ?? null, doc.paragraphs.map((p) => p.text).join('\n\n'), id);
    const paragraph = prepared(db, 'INSERT INTO paragraphs (article_id, idx, kind, text) VALUES (?, ?, ?, ?)');
    doc.paragraphs.forEach((p, i) => paragraph.run(id, i, p.kind, p.text));
    const removed = prepared(db, 'INSERT INTO removed_blocks (article_id, idx, reason, text) VALUES (?, ?, ?, ?)');
    doc.removed.forEach((r, i) => removed.run(id, i, r.reason, r.text));
    if (doc.blockHashes) prepared(db, 'INSERT INTO block_hashes (article_id, hashes) VALUES (?, ?)').run(id, doc.blockHashes.join(' '));
    writeWarnings(db, id, 'clean', doc.warnings);
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
    // An entity's type is the majority of its mentions' types, whatever order pages arrive in (schema migration 13):
    // counted in once the page's mentions are written (countEntityTypes). A new entity starts with its first mention's
    // type. Looked up before inserting, so that a known entity's row is not rewritten for every mention.
    const find = prepared(db, 'SELECT id FROM entities WHERE canonical = ?');
    const insert = prepared(db, 'INSERT INTO entities (canonical, type) VALUES (?, ?)');
    const mention = prepared(db, 'INSERT INTO mentions (article_id, entity_id, paragraph, start, end, text, type) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const m of out.mentions) {
      const known = find.get(m.canonical) as { id: number } | undefined;
      const entityId = known ? known.id : Number(insert.run(m.canonical, m.type).lastInsertRowid);
      mention.run(id, entityId, m.paragraph, m.start, m.end, m.text, m.type);
    }
    if (out.mentions.length) countEntityTypes(db, id);
  },
  claims(db, id, out) {
    const insert = prepared(db, `INSERT INTO claims (article_id, idx, paragraph, text, entity, attribute, value, low, high, unit,
      quantity_text, time, speaker, lang, method, measure, confidence, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // SQLite has no Infinity literal in JSON; REAL columns store it fine through the driver.
    out.claims.forEach((c, i) => insert.run(id, i, c.paragraph, c.text, c.entity, c.attribute, c.value, c.low, c.high, c.unit,
      c.kind === 'quote' ? c.quote : c.quantityText, c.time, c.speaker, c.lang, c.method, c.measure, c.confidence,
      c.subject ?? null)); // a claims output stored before subjects has none
    // The page's claims into the full-text index at once (schema migration 15: no insert trigger).
    if (out.claims.length) prepared(db, 'INSERT INTO claims_fts (rowid, text) SELECT id, text FROM claims WHERE article_id = ?').run(id);
    writeWarnings(db, id, 'claims', out.warnings);
  },
  embed(db, id, out) {
    const claimIds = prepared(db, 'SELECT id FROM claims WHERE article_id = ? ORDER BY idx').pluck().all(id) as number[];
    const paragraphIds = prepared(db, 'SELECT id FROM paragraphs WHERE article_id = ? ORDER BY idx').pluck().all(id) as number[];
    const claim = prepared(db, 'INSERT OR REPLACE INTO claim_vectors (claim_id, method, model, dims, vector) VALUES (?, ?, ?, ?, ?)');
    const paragraph = prepared(db, 'INSERT OR REPLACE INTO paragraph_vectors (paragraph_id, method, model, dims, vector) VALUES (?, ?, ?, ?, ?)');
    // Each BLOB is the row's little-endian float32 bytes, a view of the output's vectors (no copy until SQLite's).
    const blob = (row: number) => { const v = embedVector(out, row); return Buffer.from(v.buffer, v.byteOffset, v.byteLength); };
    out.claims.forEach((row, i) => claimIds[i] !== undefined && claim.run(claimIds[i], out.method, out.model, out.dims, blob(row)));
    out.paragraphs.forEach((row, i) => paragraphIds[i] !== undefined && paragraph.run(paragraphIds[i], out.method, out.model, out.dims, blob(row)));
    writeWarnings(db, id, 'embed', out.warnings);
  },
  translate(db, id, out) {
    const claimIds = prepared(db, 'SELECT id FROM claims WHERE article_id = ? ORDER BY idx').pluck().all(id) as number[];
    const insert = prepared(db, 'INSERT OR REPLACE INTO claim_translations (claim_id, lang, text, model) VALUES (?, ?, ?, ?)');
    out.translations.forEach((t, i) => t !== null && claimIds[i] !== undefined && insert.run(claimIds[i], out.to, t, out.model));
  },
};

/** An entity's most frequent mention type (ties: the first type name in byte order), as SQL over `entities.id`. */
const MAJORITY_TYPE = 'SELECT t.type FROM entity_types t WHERE t.entity_id = entities.id ORDER BY t.mentions DESC, t.type LIMIT 1';

/**
 * Counts one article's mentions (or, with null, every mention, after entity_types was emptied) into entity_types, and
 * makes each of their entities' type the majority again. Removing a mention is counted out by a trigger (migration 13).
 */
export function countEntityTypes(db: DB, articleId: number | null): void {
  const mine = articleId === null ? 'true' : 'article_id = ?';
  const args = articleId === null ? [] : [articleId];
  prepared(db, `INSERT INTO entity_types (entity_id, type, mentions) SELECT entity_id, type, COUNT(*) FROM mentions WHERE ${mine}
    GROUP BY entity_id, type ON CONFLICT (entity_id, type) DO UPDATE SET mentions = mentions + excluded.mentions`).run(...args);
  prepared(db, `UPDATE entities SET type = (${MAJORITY_TYPE})
    WHERE id IN (SELECT entity_id FROM mentions WHERE ${mine}) AND type IS NOT (${MAJORITY_TYPE})`).run(...args);
}

const ERASERS: Record<string, string[]> = {
  read: ['UPDATE articles SET format = NULL, encoding = NULL WHERE id = ?', "DELETE FROM page_warnings WHERE article_id = ? AND stage = 'read'"],
  clean: [
    'UPDATE articles SET title = NULL, author = NULL, published = NULL, site_name = NULL, canonical_url = NULL, page_type = NULL, clean_text = NULL WHERE id = ?',
    'DELETE FROM paragraphs WHERE article_id = ?',
    'DELETE FROM removed_blocks WHERE article_id = ?',
    'DELETE FROM block_hashes WHERE article_id = ?',
    "DELETE FROM page_warnings WHERE article_id = ? AND stage = 'clean'",
  ],
  language: ['UPDATE articles SET lang = NULL, script = NULL, lang_confidence = NULL WHERE id = ?',
    'UPDATE paragraphs SET lang = NULL, script = NULL, confidence = NULL WHERE article_id = ?'],
  segment: ['DELETE FROM sentences WHERE article_id = ?'],
  entities: ['DELETE FROM mentions WHERE article_id = ?'],
  claims: ['DELETE FROM claims WHERE article_id = ?', "DELETE FROM page_warnings WHERE article_id = ? AND stage = 'claims'"],
  embed: ['DELETE FROM claim_vectors WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)',
    'DELETE FROM paragraph_vectors WHERE paragraph_id IN (SELECT id FROM paragraphs WHERE article_id = ?)',
    "DELETE FROM page_warnings WHERE article_id = ? AND stage = 'embed'"],
  translate: ['DELETE FROM claim_translations WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)'],
};

export function materialise(db: DB, stage: string, articleId: number, output: unknown): void {
  const write = WRITERS[stage as keyof StageOutputs] as ((db: DB, id: number, out: unknown) => void) | undefined;
  write?.(db, articleId, output);
}

export function clearMaterialised(db: DB, stage: string, articleId: number): void {
  for (const sql of ERASERS[stage] ?? []) prepared(db, sql).run(articleId);
}

// Corpus stages (src/pipeline/stage.ts CorpusStage) read their inputs through an iterable and write one output for the
// whole root: what each reads, what it may look up, and where its output goes, by stage name like the writers above.

/** The rows a corpus stage reads for one root, in a stable order. */
export async function* corpusInputs(db: DB, root: string, stage: string): AsyncGenerator<unknown> {
  if (stage !== 'compare') throw new Error(`no inputs are defined for corpus stage "${stage}"`);
  yield* claimsForCompare(db, root);
}

/** Every claim of a root in article order: what compare reads (also per shard, for the reduce of src/shards/). */
export function claimsForCompare(db: DB, root: string): IterableIterator<ArticleClaim> {
  return prepared(db, `SELECT c.id, a.path, c.paragraph, c.text, c.entity, c.attribute, c.value, c.low, c.high, c.unit,
      c.quantity_text AS quantityText, c.time, c.speaker, c.lang, c.method, c.measure, c.confidence, c.subject
    FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.root = ? ORDER BY a.path, c.idx`).iterate(root) as IterableIterator<ArticleClaim>;
}

/** What a corpus stage may look up by name: whether the root has claim vectors, and one claim's vector (read on demand:
 * loading every vector of a large corpus at once is what made memory grow with it). */
export function corpusLookup(db: DB, root: string) {
  return <T>(what: string, id: number): T | null => {
    if (what === 'hasClaimVectors') {
      return Boolean(prepared(db, `SELECT EXISTS (SELECT 1 FROM claim_vectors v JOIN claims c ON c.id = v.claim_id
        JOIN articles a ON a.id = c.article_id WHERE a.root = ?)`).pluck().get(root)) as T;
    }
    if (what === 'claimVector') {
      const row = prepared(db, 'SELECT method, model, vector FROM claim_vectors WHERE claim_id = ?').get(id) as
        { method: string; model: string | null; vector: Buffer } | undefined;
      return (row ? { method: row.method, model: row.model, vector: toFloat32(row.vector) } : null) as T;
    }
    throw new Error(`nothing to look up as "${what}"`);
  };
}

/** Replaces a corpus stage's rows for one root with its new output (inside the caller's transaction). */
export function materialiseCorpus(db: DB, root: string, stage: string, output: unknown): void {
  if (stage !== 'compare') throw new Error(`no writer is defined for corpus stage "${stage}"`);
  prepared(db, 'DELETE FROM claim_groups WHERE root = ?').run(root);
  const group = prepared(db, 'INSERT INTO claim_groups (root, entity, attribute, unit, time, verdict) VALUES (?, ?, ?, ?, ?, ?)');
  const member = prepared(db, 'INSERT OR IGNORE INTO claim_group_members (group_id, claim_id, found_by) VALUES (?, ?, ?)');
  for (const g of output as StoredClaimGroup[]) {
    const id = Number(group.run(root, g.entity, g.attribute, g.unit, g.time, g.verdict).lastInsertRowid);
    for (const m of g.members) member.run(id, m.claimId, m.foundBy);
  }
}
