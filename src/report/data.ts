// The plain data the report renders; filled from the store by load.ts, or built by hand in tests.
export type Script = 'Hans' | 'Hant' | null;
export interface ReportClaimInGroup { claimId: number; path: string; lang: string; text: string; quantityText: string | null; value: number | null; low: number | null; high: number | null; unit: string | null }
export interface ReportGroup { id: number; entity: string; attribute: string; unit: string | null; time: string | null; verdict: 'agree' | 'conflict'; claims: ReportClaimInGroup[] }
export interface ReportArticle {
  id: number; path: string; title: string | null; lang: string; script: Script;
  paragraphs: Array<{ text: string; lang: string }>;
  removed: Array<{ text: string; reason: string; beforeParagraph?: number }>;
  entities: Array<{ paragraph: number; start: number; end: number; canonical: string; type: string }>;
  claims: Array<{ id: number; paragraph: number; text: string; quantityText: string | null; entity: string | null; attribute: string; value: number | null; unit: string | null }>;
}
export interface ReportData {
  generatedAt: string; dbPath: string;
  overview: {
    articles: number; byLanguage: Array<{ lang: string; script: Script; count: number }>;
    stages: Array<{ stage: string; done: number; failed: number; skipped: number; stale: number }>;
    claims: number; entities: number; claimsPerEntity: Array<{ entity: string; count: number }>;
    failures: Array<{ path: string; stage: string; message: string }>;
  };
  groups: ReportGroup[];
  articles: ReportArticle[];
}
