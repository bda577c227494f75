// Fill the report from the store's read queries (src/store/browse.ts), within a size budget; the one place the
// report file touches the database.
import type { DB } from '../store/store.ts';
import { articleView, citedArticleCount, factsPage, overview, type ArticleView, type Fact } from '../store/browse.ts';
import type { ReportData } from './data.ts';
import { fileArticleSection, fileFactCard } from './render.ts';

/**
 * 10 MB: a file that mail and chat tools still carry and a browser opens at once; the whole 10,000-page bench
 * database rendered as one page was 57 MB and took seconds to open.
 */
export const DEFAULT_REPORT_BUDGET_BYTES = 10 * 1024 * 1024;
/** Facts read per query while filling the budget. */
const FACTS_PER_QUERY = 200;
/** Bytes held back for the frame, the overview, the script and the note on what was left out (about 20 KB of it used). */
const FRAME_RESERVE_BYTES = 64 * 1024;
/** `<option value="…">…</option>` around an entity name in the file's filter menu. */
const OPTION_MARKUP_BYTES = 30;

export interface ReportOptions {
  entity?: string;
  budgetBytes?: number;
}

/**
 * Every conflict first, then the agreeing facts with the most articles, each with the articles it cites, until the
 * next fact would pass the budget; the rest is counted in `omitted`.
 */
export function loadReportData(db: DB, dbPath: string, options: ReportOptions = {}): ReportData {
  const budget = (options.budgetBytes ?? DEFAULT_REPORT_BUDGET_BYTES) - FRAME_RESERVE_BYTES;
  const facts: Fact[] = [];
  const articles = new Map<number, ArticleView>();
  let used = 0;
  let total = 0;
  let full = false;
  for (let page = 1; !full; page++) {
    const batch = factsPage(db, { entity: options.entity, page, pageSize: FACTS_PER_QUERY });
    total = batch.total;
    for (const fact of batch.rows) {
      // Each card and section is joined with a newline; filter options add the entity's and languages' names twice over.
      let cost = Buffer.byteLength(fileFactCard(fact)) + 1 + 2 * Buffer.byteLength(fact.entity) + OPTION_MARKUP_BYTES;
      const cited: ArticleView[] = [];
      for (const id of new Set(fact.claims.map((c) => c.articleId))) {
        if (articles.has(id)) continue;
        const view = articleView(db, id);
        if (!view) continue;
        cited.push(view);
        cost += Buffer.byteLength(fileArticleSection(view)) + 1;
      }
      if (used + cost > budget) {
        full = true;
        break;
      }
      used += cost;
      facts.push(fact);
      for (const view of cited) articles.set(view.id, view);
    }
    if (batch.rows.length < FACTS_PER_QUERY) break;
  }
  const omittedArticles = full ? citedArticleCount(db, options.entity) - articles.size : 0;
  return {
    generatedAt: new Date().toISOString(), dbPath, overview: overview(db), facts, articles: [...articles.values()],
    omitted: { facts: total - facts.length, articles: Math.max(0, omittedArticles) },
  };
}
