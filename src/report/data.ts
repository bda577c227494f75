// The plain data the report file renders; filled from the store by load.ts, or built by hand in tests.
import type { ArticleView, Fact, Overview } from '../store/browse.ts';

export type { ArticleView, Fact, Overview };

export interface ReportData {
  generatedAt: string;
  dbPath: string;
  overview: Overview;
  /** The facts the file holds: every conflict, then the agreeing groups with the most articles, within the size budget. */
  facts: Fact[];
  /** The articles those facts cite, so a click on a sentence opens it with the claim marked. */
  articles: ArticleView[];
  /** What the budget left out (0 and 0 when the file holds everything). */
  omitted: { facts: number; articles: number };
}
