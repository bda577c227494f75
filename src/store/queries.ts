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
}

/** FTS5's trigram tokenizer cannot match fewer than three characters; shorter searches use LIKE. */
const TRIGRAM_MIN_CHARS = 3;

const CLAIM_COLUMNS = `c.id, a.path, c.paragraph, c.text, c.entity, c.attribute, c.value, c.low, c.high, c.unit,
  c.quantity_text AS quantityText, c.time, c.speaker, c.lang, c.method`;

export function listClaims(db: DB, filter: ClaimFilter = {}): ClaimRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.entity) {
    // Match the canonical name or any surface form mentioned in the article.
    where.push(`(c.entity = ? COLLATE NOCASE OR c.entity IN (SELECT e.canonical FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE m.text = ? COLLATE NOCASE))`);
    params.push(filter.entity, filter.entity);
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
  lang: string | null;
  script: string | null;
  lang_confidence: number | null;
  clean_text: string | null;
}

export function findArticle(db: DB, path: string): ArticleRow | undefined {
  const exact = db.prepare('SELECT * FROM articles WHERE path = ? ORDER BY id LIMIT 1').get(path) as ArticleRow | undefined;
  if (exact) return exact;
  // Accept a path as typed from the shell (./corpus/x.html, corpus/x.html) by matching its tail.
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return db.prepare("SELECT * FROM articles WHERE ? LIKE '%' || path ORDER BY length(path) DESC LIMIT 1").get(clean) as ArticleRow | undefined;
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

export function stageStatus(db: DB): { articles: number; stages: StageStatusCounts[]; failures: Array<{ path: string; stage: string; status: string; message: string; stack: string | null }> } {
  const articles = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  const rows = db.prepare(`SELECT stage, SUM(status = 'done') AS done, SUM(status = 'failed') AS failed, SUM(status = 'skipped') AS skipped
    FROM stage_runs GROUP BY stage`).all() as Array<Omit<StageStatusCounts, 'pending'>>;
  const corpus = db.prepare(`SELECT stage, SUM(status = 'done') AS done, SUM(status = 'failed') AS failed, 0 AS skipped FROM corpus_runs GROUP BY stage`)
    .all() as Array<Omit<StageStatusCounts, 'pending'>>;
  const failures = db.prepare(`SELECT a.path, r.stage, r.status, r.error AS message, r.stack FROM stage_runs r JOIN articles a ON a.id = r.article_id
    WHERE r.status != 'done' ORDER BY a.path, r.stage`).all() as Array<{ path: string; stage: string; status: string; message: string; stack: string | null }>;
  const corpusFailures = db.prepare(`SELECT '(corpus)' AS path, stage, status, error AS message, stack FROM corpus_runs WHERE status = 'failed'`).all() as typeof failures;
  // Articles skipped at read (empty, binary) never reach later stages: they are not pending there.
  const unreadable = (db.prepare("SELECT COUNT(*) AS n FROM stage_runs WHERE stage = 'read' AND status = 'skipped'").get() as { n: number }).n;
  const stages = rows.map((r) => ({ ...r, pending: Math.max(0, articles - r.done - r.failed - r.skipped - (r.stage === 'read' ? 0 : unreadable)) }));
  return { articles, stages: [...stages, ...corpus.map((r) => ({ ...r, pending: 0 }))], failures: [...failures, ...corpusFailures] };
}
