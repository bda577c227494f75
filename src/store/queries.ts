// Read-side queries: what the CLI commands, the export and the report show. Typed rows, no ORM.
import type { DB } from './store.ts';
import type { ArticleClaim } from '../types.ts';

/** A claim row as the queries return it (`high` null means unbounded above). */
export type ClaimRow = ArticleClaim;

export interface ClaimFilter {
  entity?: string;
  lang?: string;
  article?: string;
  search?: string;
  /** Only claims with at least this confidence. */
  minConfidence?: number;
}

/** FTS5's trigram tokenizer cannot match fewer than three characters; shorter searches use LIKE. */
const TRIGRAM_MIN_CHARS = 3;

const CLAIM_COLUMNS = `c.id, a.path, c.paragraph, c.text, c.entity, c.attribute, c.value, c.low, c.high, c.unit,
  c.quantity_text AS quantityText, c.time, c.speaker, c.lang, c.method, c.measure, c.confidence, c.subject`;

export function listClaims(db: DB, filter: ClaimFilter = {}): ClaimRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.entity) {
    // Match the canonical name or any surface form mentioned in the article.
    where.push(`(c.entity = ? COLLATE NOCASE OR c.entity IN (SELECT e.canonical FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE m.text = ? COLLATE NOCASE))`);
    params.push(filter.entity, filter.entity);
  }
  if (filter.minConfidence) {
    where.push('c.confidence >= ?');
    params.push(filter.minConfidence);
  }
  if (filter.lang) {
    where.push('c.lang = ?');
    params.push(filter.lang);
  }
  if (filter.article) {
    where.push('a.path = ?');
    params.push(filter.article);
  }
  if (filter.search) {
    if ([...filter.search].length >= TRIGRAM_MIN_CHARS) {
      where.push('c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)');
      params.push(`"${filter.search.replaceAll('"', '""')}"`);
    } else {
      where.push("c.text LIKE ? ESCAPE '\\'");
      params.push(`%${filter.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    }
  }
  const sql = `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.path, c.idx`;
  return db.prepare(sql).all(...params) as ClaimRow[];
}

export interface EntityRow {
  canonical: string;
  type: string;
  mentions: number;
  articles: number;
  claims: number;
  forms: string;
}

export function listEntities(db: DB): EntityRow[] {
  return db.prepare(`SELECT e.canonical, e.type, COUNT(m.id) AS mentions, COUNT(DISTINCT m.article_id) AS articles,
      (SELECT COUNT(*) FROM claims c WHERE c.entity = e.canonical) AS claims,
      (SELECT group_concat(text, ' / ') FROM (SELECT DISTINCT m2.text FROM mentions m2 WHERE m2.entity_id = e.id ORDER BY m2.text)) AS forms
    FROM entities e JOIN mentions m ON m.entity_id = e.id
    GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.canonical`).all() as EntityRow[];
}

export interface GroupRow {
  id: number;
  entity: string;
  attribute: string;
  unit: string | null;
  time: string | null;
  verdict: 'agree' | 'conflict';
  claims: Array<ClaimRow & { foundBy: string }>;
}

export function listGroups(db: DB, entity?: string): GroupRow[] {
  const groups = db.prepare(`SELECT id, entity, attribute, unit, time, verdict FROM claim_groups
    ${entity ? 'WHERE entity = ? COLLATE NOCASE OR entity IN (SELECT e.canonical FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE m.text = ? COLLATE NOCASE)' : ''}
    ORDER BY verdict DESC, entity, attribute, id`).all(...(entity ? [entity, entity] : [])) as Omit<GroupRow, 'claims'>[];
  const members = db.prepare(`SELECT ${CLAIM_COLUMNS}, g.found_by AS foundBy FROM claim_group_members g
    JOIN claims c ON c.id = g.claim_id JOIN articles a ON a.id = c.article_id WHERE g.group_id = ? ORDER BY a.path, c.idx`);
  return groups.map((g) => ({ ...g, claims: members.all(g.id) as GroupRow['claims'] }));
}

export interface ArticleRow {
  id: number;
  root: string;
  path: string;
  format: string | null;
  encoding: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  site_name: string | null;
  /** Where the page came from on the web (migration "package: views, fts, source url"); null when the input did not say. */
  source_url?: string | null;
  /** The address the page states (`<link rel=canonical>`, else `og:url`). */
  canonical_url?: string | null;
  /** The HTML page type the clean stage decided (schema migration "clean: page type"); null for plain-text pages. */
  page_type: string | null;
  lang: string | null;
  script: string | null;
  lang_confidence: number | null;
  clean_text: string | null;
}

/** A path as typed from the shell (./corpus/x.html, corpus\\x.html), to match a stored path by its tail. */
const typedPath = (path: string) => path.replace(/\\/g, '/').replace(/^\.\//, '');

export function findArticle(db: DB, path: string): ArticleRow | undefined {
  const exact = db.prepare('SELECT * FROM articles WHERE path = ? ORDER BY id LIMIT 1').get(path) as ArticleRow | undefined;
  if (exact) return exact;
  return db.prepare("SELECT * FROM articles WHERE ? LIKE '%' || path ORDER BY length(path) DESC LIMIT 1").get(typedPath(path)) as ArticleRow | undefined;
}

export function listArticles(db: DB): ArticleRow[] {
  return db.prepare('SELECT * FROM articles ORDER BY root, path').all() as ArticleRow[];
}

export function articleParagraphs(db: DB, articleId: number) {
  return db.prepare('SELECT idx, kind, text, lang, script, confidence FROM paragraphs WHERE article_id = ? ORDER BY idx').all(articleId) as
    Array<{ idx: number; kind: string; text: string; lang: string | null; script: string | null; confidence: number | null }>;
}

export function articleRemoved(db: DB, articleId: number) {
  return db.prepare('SELECT idx, reason, text FROM removed_blocks WHERE article_id = ? ORDER BY idx').all(articleId) as
    Array<{ idx: number; reason: string; text: string }>;
}

export function articleMentions(db: DB, articleId: number) {
  return db.prepare(`SELECT m.text, e.canonical, e.type, m.paragraph, m.start, m.end FROM mentions m JOIN entities e ON e.id = m.entity_id
    WHERE m.article_id = ? ORDER BY m.paragraph, m.start`).all(articleId) as
    Array<{ text: string; canonical: string; type: string; paragraph: number; start: number; end: number }>;
}

export function articleErrors(db: DB, articleId: number) {
  return db.prepare("SELECT stage, status, error AS message FROM stage_runs WHERE article_id = ? AND status != 'done' ORDER BY finished_at")
    .all(articleId) as Array<{ stage: string; status: string; message: string }>;
}

/** What the stages warned about while reading an article they did process (invalid UTF-8 replaced, ...). */
export function articleWarnings(db: DB, articleId: number) {
  return db.prepare('SELECT stage, message FROM page_warnings WHERE article_id = ? ORDER BY stage, idx').all(articleId) as Array<{ stage: string; message: string }>;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

/** The entry of an ingested folder recorded as not read (a symlink, FIFO, device, no permission) at this path, if any. */
export function findSkippedFile(db: DB, path: string): SkippedFile | undefined {
  return db.prepare("SELECT path, reason FROM skipped_files WHERE path = ? OR ? LIKE '%' || path ORDER BY path = ? DESC, length(path) DESC LIMIT 1")
    .get(path, typedPath(path), path) as SkippedFile | undefined;
}

export interface PageWarning {
  path: string;
  stage: string;
  message: string;
}

export function pageWarnings(db: DB): PageWarning[] {
  return db.prepare(`SELECT a.path, w.stage, w.message FROM page_warnings w JOIN articles a ON a.id = w.article_id
    ORDER BY a.path, w.stage, w.idx`).all() as PageWarning[];
}

export function claimTranslations(db: DB, claimId: number) {
  return db.prepare('SELECT lang, text, model FROM claim_translations WHERE claim_id = ?').all(claimId) as Array<{ lang: string; text: string; model: string | null }>;
}

export interface StageStatusCounts {
  stage: string;
  done: number;
  failed: number;
  skipped: number;
  /** Articles with no result for this stage: new since the last run, or waiting behind a failed stage. */
  pending: number;
}

export function stageStatus(db: DB): { articles: number; stages: StageStatusCounts[];
  failures: Array<{ path: string; stage: string; status: string; message: string; stack: string | null }>; warnings: PageWarning[] } {
  const articles = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  const rows = db.prepare(`SELECT stage, SUM(status = 'done') AS done, SUM(status = 'failed') AS failed, SUM(status = 'skipped') AS skipped
    FROM stage_runs GROUP BY stage`).all() as Array<Omit<StageStatusCounts, 'pending'>>;
  const corpus = db.prepare(`SELECT stage, SUM(status = 'done') AS done, SUM(status = 'failed') AS failed, 0 AS skipped FROM corpus_runs GROUP BY stage`)
    .all() as Array<Omit<StageStatusCounts, 'pending'>>;
  // Entries never read (symlinks, FIFOs, no permission) are skipped at read, like empty and binary files.
  const failures = db.prepare(`SELECT a.path, r.stage, r.status, r.error AS message, r.stack FROM stage_runs r JOIN articles a ON a.id = r.article_id
    WHERE r.status != 'done'
    UNION ALL SELECT path, 'read', 'skipped', reason, NULL FROM skipped_files ORDER BY 1, 2`).all() as Array<{ path: string; stage: string; status: string; message: string; stack: string | null }>;
  const corpusFailures = db.prepare(`SELECT '(corpus)' AS path, stage, status, error AS message, stack FROM corpus_runs WHERE status = 'failed'`).all() as typeof failures;
  // Articles skipped at read (empty, binary) never reach later stages: they are not pending there.
  const unreadable = (db.prepare("SELECT COUNT(*) AS n FROM stage_runs WHERE stage = 'read' AND status = 'skipped'").get() as { n: number }).n;
  const stages = rows.map((r) => ({ ...r, pending: Math.max(0, articles - r.done - r.failed - r.skipped - (r.stage === 'read' ? 0 : unreadable)) }));
  const notRead = (db.prepare('SELECT COUNT(*) FROM skipped_files').pluck().get() as number);
  if (notRead) {
    const read = stages.find((s) => s.stage === 'read') ?? stages[stages.push({ stage: 'read', done: 0, failed: 0, skipped: 0, pending: 0 }) - 1];
    read.skipped += notRead;
  }
  return { articles, stages: [...stages, ...corpus.map((r) => ({ ...r, pending: 0 }))], failures: [...failures, ...corpusFailures], warnings: pageWarnings(db) };
}
