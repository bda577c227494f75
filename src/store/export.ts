// The export record of one article: exactly the keys other tools and our own checks rely on (see README).
import type { DB } from './store.ts';
import { articleErrors, articleMentions, articleParagraphs, articleRemoved, listArticles, listClaims } from './queries.ts';

export interface ExportRecord {
  path: string;
  format: 'html' | 'text' | null;
  encoding: string | null;
  lang: string;
  script: 'Hans' | 'Hant' | null;
  title: string | null;
  author: string | null;
  /** The page's publication date as the page states it. */
  published: string | null;
  site: string | null;
  /** Where the page came from on the web: a WARC record's target URI, else the page's canonical or og:url. */
  url: string | null;
  pageType: string | null;
  text: string;
  paragraphs: Array<{ text: string; lang: string }>;
  removed: Array<{ text: string; reason: string }>;
  entities: Array<{ text: string; canonical: string; type: string }>;
  claims: Array<{ text: string;
    /** `entity`: the canonical name (the same in every language, what compare groups by); `subject`: as written on the page, a name or a noun phrase. */
    entity: string | null; subject: string | null; attribute: string; measure: string | null; value: number | null; low: number | null; high: number | null; unit: string | null;
    /** The quantity as written (`rund 27,6 Millionen US-Dollar`), the time it refers to, and who said it (quotes). */
    quantityText: string | null; time: string | null; speaker: string | null; lang: string; method: string; confidence: number }>;
  errors: Array<{ stage: string; message: string }>;
}

/** The method a claim's export shows when compare linked its entity by the same fact in another language (name-links.ts). */
export const NAME_LINK_METHOD = 'name-link';

/** The entity compare gave each claim it linked by name (foundBy 'name'), by claim id: what the export shows as its `entity`. */
function nameLinkedEntities(db: DB): Map<number, string> {
  const rows = db.prepare(`SELECT m.claim_id AS id, g.entity AS entity FROM claim_group_members m JOIN claim_groups g ON g.id = m.group_id
    WHERE m.found_by = 'name'`).all() as Array<{ id: number; entity: string }>;
  return new Map(rows.map((r) => [r.id, r.entity]));
}

export function* exportRecords(db: DB): Generator<ExportRecord> {
  const linked = nameLinkedEntities(db);
  for (const a of listArticles(db)) {
    const paragraphs = articleParagraphs(db, a.id);
    const lang = a.lang ?? 'und';
    yield {
      path: a.path,
      format: a.format as ExportRecord['format'],
      encoding: a.encoding,
      lang,
      script: (a.script as ExportRecord['script']) ?? null,
      title: a.title,
      author: a.author,
      published: a.published,
      site: a.site_name,
      url: a.source_url ?? a.canonical_url ?? null,
      pageType: a.page_type ?? null,
      text: paragraphs.map((p) => p.text).join('\n\n'),
      paragraphs: paragraphs.map((p) => ({ text: p.text, lang: p.lang ?? lang })),
      removed: articleRemoved(db, a.id).map((r) => ({ text: r.text, reason: r.reason })),
      entities: articleMentions(db, a.id).map((m) => ({ text: m.text, canonical: m.canonical, type: m.type })),
      claims: listClaims(db, { article: a.path }).filter((c) => c.path === a.path).map((c) => ({
        text: c.text, entity: linked.get(c.id) ?? c.entity, subject: c.subject ?? null, attribute: c.attribute, measure: c.measure, value: c.value, low: c.low, high: c.high, unit: c.unit,
        quantityText: c.quantityText ?? null, time: c.time ?? null, speaker: c.speaker ?? null, lang: c.lang,
        method: linked.has(c.id) ? `${c.method}+${NAME_LINK_METHOD}` : c.method,
        confidence: c.confidence,
      })),
      errors: articleErrors(db, a.id).map((e) => ({ stage: e.stage, message: e.message })),
    };
  }
}
