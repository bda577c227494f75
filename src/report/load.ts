// Fill ReportData from the store's own read queries (src/store/queries.ts); the one place the report touches the database.
import type { DB } from '../store/store.ts';
import { articleMentions, articleParagraphs, articleRemoved, listArticles, listClaims, listEntities, listGroups, stageStatus } from '../store/queries.ts';
import type { ReportData, Script } from './data.ts';

const asScript = (s: string | null): Script => (s === 'Hans' || s === 'Hant' ? s : null);

export function loadReportData(db: DB, dbPath: string): ReportData {
  const status = stageStatus(db);
  const articles = listArticles(db);
  const claims = listClaims(db);
  const entities = listEntities(db);
  const byLang = new Map<string, { lang: string; script: Script; count: number }>();
  for (const a of articles) {
    const key = `${a.lang ?? 'und'}|${a.script ?? ''}`;
    const row = byLang.get(key) ?? { lang: a.lang ?? 'und', script: asScript(a.script), count: 0 };
    row.count++;
    byLang.set(key, row);
  }
  return {
    generatedAt: new Date().toISOString(), dbPath,
    overview: {
      articles: status.articles, byLanguage: [...byLang.values()].sort((x, y) => y.count - x.count),
      stages: status.stages.map((s) => ({ stage: s.stage, done: s.done, failed: s.failed, skipped: s.skipped, stale: s.pending })),
      claims: claims.length, entities: entities.length,
      claimsPerEntity: entities.filter((e) => e.claims > 0).map((e) => ({ entity: e.canonical, count: e.claims })).sort((x, y) => y.count - x.count),
      failures: status.failures.map((f) => ({ path: f.path, stage: f.stage, message: f.message ?? f.status })),
    },
    groups: listGroups(db).map((g) => ({ ...g, claims: g.claims.map((c) => ({ claimId: c.id, path: c.path, lang: c.lang, text: c.text, quantityText: c.quantityText, value: c.value, low: c.low, high: c.high, unit: c.unit })) })),
    articles: articles.map((a) => {
      // Removed blocks carry no position in the store yet, so they are listed after the text.
      const articleClaims = claims.filter((c) => c.path === a.path);
      return {
        id: a.id, path: a.path, title: a.title, lang: a.lang ?? 'und', script: asScript(a.script),
        paragraphs: articleParagraphs(db, a.id).map((p) => ({ text: p.text, lang: p.lang ?? a.lang ?? 'und' })),
        removed: articleRemoved(db, a.id).map((r) => ({ text: r.text, reason: r.reason })),
        entities: articleMentions(db, a.id).map((m) => ({ paragraph: m.paragraph, start: m.start, end: m.end, canonical: m.canonical, type: m.type })),
        claims: articleClaims.map((c) => ({ id: c.id, paragraph: c.paragraph, text: c.text, quantityText: c.quantityText, entity: c.entity, attribute: c.attribute, value: c.value, unit: c.unit })),
      };
    }),
  };
}
