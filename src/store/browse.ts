// Read queries sized to one screen of `serve` and the report: every list is paginated and filtered in SQL, so a view
// costs the same on 10,000 pages as on 18. Typed rows, no ORM.
import type { DB } from './store.ts';

/** FTS5's trigram tokenizer cannot match fewer than three characters; shorter searches use LIKE. */
const TRIGRAM_MIN_CHARS = 3;

/** The built-in stages in pipeline order (user stages follow, alphabetically). */
const PIPELINE_ORDER = ['read', 'clean', 'language', 'segment', 'entities', 'claims', 'embed', 'translate', 'compare'];

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Paging {
  page?: number;
  pageSize?: number;
}

function limits({ page = 1, pageSize = 50 }: Paging): { page: number; pageSize: number; offset: number } {
  const size = Math.min(200, Math.max(1, Math.floor(pageSize)));
  const p = Math.max(1, Math.floor(page));
  return { page: p, pageSize: size, offset: (p - 1) * size };
}

/** A full-text condition on `rowidColumn` through `ftsTable`, or LIKE over `likeColumns` for 1–2 character queries. */
function textMatch(query: string, rowidColumn: string, ftsTable: string, likeColumns: string[]): { sql: string; params: string[] } {
  if ([...query].length >= TRIGRAM_MIN_CHARS) {
    return { sql: `${rowidColumn} IN (SELECT rowid FROM ${ftsTable} WHERE ${ftsTable} MATCH ?)`, params: [`"${query.replaceAll('"', '""')}"`] };
  }
  const like = `%${query.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return { sql: `(${likeColumns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`, params: likeColumns.map(() => like) };
}

export interface Overview {
  articles: number;
  /** Files recorded but not readable as pages (empty, binary, too large): not counted as a language. */
  unreadable: number;
  byLanguage: Array<{ lang: string; script: string | null; count: number }>;
  stages: Array<{ stage: string; done: number; failed: number; skipped: number; pending: number }>;
  claims: number;
  entities: number;
  facts: { agree: number; conflict: number };
  claimsPerMeasure: Array<{ measure: string; count: number }>;
  /** Facts per stated time (a year, usually) and verdict, oldest first. */
  factsOverTime: Array<{ time: string; agree: number; conflict: number }>;
}

const count = (db: DB, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

export function overview(db: DB): Overview {
  const articles = count(db, 'SELECT COUNT(*) AS n FROM articles');
  const unreadable = count(db, "SELECT COUNT(*) AS n FROM stage_runs WHERE stage = 'read' AND status != 'done'");
  const byLanguage = db.prepare(`SELECT lang, script, COUNT(*) AS count FROM articles WHERE lang IS NOT NULL
    GROUP BY lang, script ORDER BY count DESC, lang`).all() as Overview['byLanguage'];
  const runs = db.prepare(`SELECT stage, SUM(status = 'done') AS done, SUM(status = 'failed') AS failed, SUM(status = 'skipped') AS skipped
    FROM stage_runs GROUP BY stage`).all() as Array<{ stage: string; done: number; failed: number; skipped: number }>;
  const corpus = db.prepare(`SELECT stage, SUM(status = 'done') AS done, SUM(status = 'failed') AS failed, 0 AS skipped FROM corpus_runs GROUP BY stage`)
    .all() as typeof runs;
  const readable = articles - unreadable;
  const rank = (stage: string) => { const i = PIPELINE_ORDER.indexOf(stage); return i < 0 ? PIPELINE_ORDER.length : i; };
  const stages = [...runs.map((r) => ({ ...r, pending: Math.max(0, (r.stage === 'read' ? articles : readable) - r.done - r.failed - r.skipped) })),
    ...corpus.map((r) => ({ ...r, pending: 0 }))]
    .sort((a, b) => rank(a.stage) - rank(b.stage) || a.stage.localeCompare(b.stage));
  const verdicts = db.prepare('SELECT verdict, COUNT(*) AS n FROM claim_groups GROUP BY verdict').all() as Array<{ verdict: string; n: number }>;
  const facts = { agree: 0, conflict: 0 };
  for (const v of verdicts) if (v.verdict === 'agree' || v.verdict === 'conflict') facts[v.verdict] = v.n;
  return {
    articles, unreadable, byLanguage, stages,
    claims: count(db, 'SELECT COUNT(*) AS n FROM claims'),
    entities: count(db, 'SELECT COUNT(*) AS n FROM entities'),
    facts,
    claimsPerMeasure: db.prepare(`SELECT attribute AS measure, COUNT(*) AS count FROM claims WHERE value IS NOT NULL GROUP BY attribute ORDER BY count DESC, attribute LIMIT 12`)
      .all() as Overview['claimsPerMeasure'],
    factsOverTime: db.prepare(`SELECT time, SUM(verdict = 'agree') AS agree, SUM(verdict = 'conflict') AS conflict FROM claim_groups
      WHERE time IS NOT NULL GROUP BY time ORDER BY time`).all() as Overview['factsOverTime'],
  };
}

export interface FactClaim {
  id: number;
  articleId: number;
  path: string;
  lang: string;
  text: string;
  quantityText: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  foundBy: string;
}

export interface Fact {
  id: number;
  entity: string;
  measure: string;
  unit: string | null;
  time: string | null;
  verdict: 'agree' | 'conflict';
  claims: FactClaim[];
}

export interface FactFilter extends Paging {
  verdict?: 'agree' | 'conflict';
  entity?: string;
  lang?: string;
}

/** Facts (claim groups), conflicts first and then the groups with the most articles, with their member claims. */
export function factsPage(db: DB, filter: FactFilter = {}): Page<Fact> {
  const { page, pageSize, offset } = limits(filter);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.verdict) { where.push('g.verdict = ?'); params.push(filter.verdict); }
  if (filter.entity) { where.push('g.entity = ? COLLATE NOCASE'); params.push(filter.entity); }
  if (filter.lang) {
    // One pass over the language's claims, not one probe per group (which the planner ran through claims_lang: 23 s).
    where.push('g.id IN (SELECT m.group_id FROM claims c JOIN claim_group_members m ON m.claim_id = c.id WHERE c.lang = ?)');
    params.push(filter.lang);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = count(db, `SELECT COUNT(*) AS n FROM claim_groups g ${clause}`, ...params);
  const groups = db.prepare(`SELECT g.id, g.entity, g.attribute AS measure, g.unit, g.time, g.verdict,
      (SELECT COUNT(*) FROM claim_group_members m WHERE m.group_id = g.id) AS size
    FROM claim_groups g ${clause} ORDER BY g.verdict = 'conflict' DESC, size DESC, g.entity, g.attribute, g.id LIMIT ? OFFSET ?`)
    .all(...params, pageSize, offset) as Array<Omit<Fact, 'claims'>>;
  const members = db.prepare(`SELECT c.id, a.id AS articleId, a.path, c.lang, c.text, c.quantity_text AS quantityText, c.value, c.low, c.high, c.unit,
      m.found_by AS foundBy
    FROM claim_group_members m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id WHERE m.group_id = ? ORDER BY c.lang, a.path, c.idx`);
  return { rows: groups.map((g) => ({ ...g, claims: members.all(g.id) as FactClaim[] })), total, page, pageSize };
}

/** How many articles the facts (about `entity`, when given) cite: one query, not a walk through every page of facts. */
export function citedArticleCount(db: DB, entity?: string): number {
  return count(db, `SELECT COUNT(DISTINCT c.article_id) AS n FROM claim_group_members m JOIN claims c ON c.id = m.claim_id
    JOIN claim_groups g ON g.id = m.group_id ${entity ? 'WHERE g.entity = ? COLLATE NOCASE' : ''}`, ...(entity ? [entity] : []));
}

export interface ClaimListRow {
  id: number;
  articleId: number;
  path: string;
  lang: string;
  entity: string | null;
  measure: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  time: string | null;
  text: string;
  quantityText: string | null;
}

export interface ClaimListFilter extends Paging {
  lang?: string;
  entity?: string;
  query?: string;
}

export function claimsPage(db: DB, filter: ClaimListFilter = {}): Page<ClaimListRow> {
  const { page, pageSize, offset } = limits(filter);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.lang) { where.push('c.lang = ?'); params.push(filter.lang); }
  if (filter.entity) { where.push('c.entity = ? COLLATE NOCASE'); params.push(filter.entity); }
  if (filter.query) {
    const match = textMatch(filter.query, 'c.id', 'claims_fts', ['c.text']);
    where.push(match.sql);
    params.push(...match.params);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = count(db, `SELECT COUNT(*) AS n FROM claims c ${clause}`, ...params);
  const rows = db.prepare(`SELECT c.id, a.id AS articleId, a.path, c.lang, c.entity, c.attribute AS measure, c.value, c.low, c.high, c.unit, c.time,
      c.text, c.quantity_text AS quantityText
    FROM claims c JOIN articles a ON a.id = c.article_id ${clause} ORDER BY c.id LIMIT ? OFFSET ?`).all(...params, pageSize, offset) as ClaimListRow[];
  return { rows, total, page, pageSize };
}

export interface EntityListRow {
  canonical: string;
  type: string;
  mentions: number;
  articles: number;
  forms: string;
}

export function entitiesPage(db: DB, filter: Paging & { query?: string } = {}): Page<EntityListRow> {
  const { page, pageSize, offset } = limits(filter);
  const like = filter.query ? `%${filter.query.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  const clause = like ? "WHERE e.canonical LIKE ? ESCAPE '\\' OR e.id IN (SELECT entity_id FROM mentions WHERE text LIKE ? ESCAPE '\\')" : '';
  const params = like ? [like, like] : [];
  const total = count(db, `SELECT COUNT(*) AS n FROM entities e ${clause}`, ...params);
  const rows = db.prepare(`SELECT e.canonical, e.type, COUNT(m.id) AS mentions, COUNT(DISTINCT m.article_id) AS articles,
      (SELECT group_concat(text, ' / ') FROM (SELECT DISTINCT m2.text FROM mentions m2 WHERE m2.entity_id = e.id ORDER BY m2.text LIMIT 8)) AS forms
    FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id ${clause}
    GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.canonical LIMIT ? OFFSET ?`).all(...params, pageSize, offset) as EntityListRow[];
  return { rows, total, page, pageSize };
}

export interface ArticleListRow {
  id: number;
  path: string;
  title: string | null;
  lang: string | null;
  script: string | null;
  claims: number;
  /** A few words around the match, for search results; null otherwise. */
  snippet: string | null;
}

export function articlesPage(db: DB, filter: Paging & { lang?: string; query?: string } = {}): Page<ArticleListRow> {
  const { page, pageSize, offset } = limits(filter);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.lang) { where.push('a.lang = ?'); params.push(filter.lang); }
  if (filter.query) {
    const match = textMatch(filter.query, 'a.id', 'articles_fts', ['a.title', 'a.clean_text']);
    where.push(match.sql);
    params.push(...match.params);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = count(db, `SELECT COUNT(*) AS n FROM articles a ${clause}`, ...params);
  const rows = db.prepare(`SELECT a.id, a.path, a.title, a.lang, a.script, (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claims,
      ${filter.query ? 'a.clean_text' : 'NULL'} AS snippet
    FROM articles a ${clause} ORDER BY a.path LIMIT ? OFFSET ?`).all(...params, pageSize, offset) as ArticleListRow[];
  if (filter.query) for (const row of rows) row.snippet = snippetAround(row.snippet ?? '', filter.query);
  return { rows, total, page, pageSize };
}

/** Characters of context on each side of a search hit. */
const SNIPPET_CONTEXT = 80;

/** The text around the first case-insensitive occurrence of `query` (the start of the text when it is only in the title). */
export function snippetAround(text: string, query: string): string {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  const start = Math.max(0, at - SNIPPET_CONTEXT);
  const end = at < 0 ? 2 * SNIPPET_CONTEXT : at + query.length + SNIPPET_CONTEXT;
  return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
}

export interface ArticleView {
  id: number;
  path: string;
  title: string | null;
  lang: string | null;
  script: string | null;
  author: string | null;
  published: string | null;
  siteName: string | null;
  paragraphs: Array<{ idx: number; kind: string; text: string; lang: string | null }>;
  removed: Array<{ idx: number; reason: string; text: string }>;
  mentions: Array<{ paragraph: number; start: number; end: number; canonical: string; type: string }>;
  claims: Array<{ id: number; paragraph: number; text: string; quantityText: string | null; entity: string | null; measure: string; value: number | null; unit: string | null }>;
  errors: Array<{ stage: string; status: string; message: string | null }>;
}

export function articleView(db: DB, id: number): ArticleView | undefined {
  const row = db.prepare(`SELECT id, path, title, lang, script, author, published, site_name AS siteName FROM articles WHERE id = ?`).get(id) as
    Omit<ArticleView, 'paragraphs' | 'removed' | 'mentions' | 'claims' | 'errors'> | undefined;
  if (!row) return undefined;
  return {
    ...row,
    paragraphs: db.prepare('SELECT idx, kind, text, lang FROM paragraphs WHERE article_id = ? ORDER BY idx').all(id) as ArticleView['paragraphs'],
    removed: db.prepare('SELECT idx, reason, text FROM removed_blocks WHERE article_id = ? ORDER BY idx').all(id) as ArticleView['removed'],
    mentions: db.prepare(`SELECT m.paragraph, m.start, m.end, e.canonical, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.article_id = ? ORDER BY m.paragraph, m.start`).all(id) as ArticleView['mentions'],
    claims: db.prepare(`SELECT id, paragraph, text, quantity_text AS quantityText, entity, attribute AS measure, value, unit FROM claims
      WHERE article_id = ? ORDER BY idx`).all(id) as ArticleView['claims'],
    errors: db.prepare("SELECT stage, status, error AS message FROM stage_runs WHERE article_id = ? AND status != 'done' ORDER BY stage").all(id) as ArticleView['errors'],
  };
}

/** The languages present, for the filter menus. */
export function languages(db: DB): string[] {
  return (db.prepare('SELECT DISTINCT lang FROM claims ORDER BY lang').all() as Array<{ lang: string }>).map((r) => r.lang);
}
