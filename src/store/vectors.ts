// Nearest claims by embedding: the query is embedded with the same method and model as the stored vectors.
import { toFloat32, type DB } from './store.ts';
import type { ClaimRow } from './queries.ts';
import { cosine, embedQuery } from '../models/index.ts';
import { FALLBACK_METHOD, hashedNgramEmbedding } from '../models/fallback.ts';

export interface StoredVector { method: string; model: string | null; vector: Float32Array }

/**
 * One paragraph's vector: its stored row, or for the built-in method, which stores none (src/stages/embed.ts), the same
 * floats made again from the paragraph's text. Null when its article has no embed result.
 */
export function paragraphVector(db: DB, paragraphId: number): StoredVector | null {
  const stored = db.prepare('SELECT method, model, vector FROM paragraph_vectors WHERE paragraph_id = ?').get(paragraphId) as
    { method: string; model: string | null; vector: Buffer } | undefined;
  if (stored) return { method: stored.method, model: stored.model, vector: toFloat32(stored.vector) };
  const made = db.prepare(`SELECT p.text, r.method FROM paragraphs p
    JOIN stage_runs r ON r.article_id = p.article_id AND r.stage = 'embed' AND r.status = 'done' WHERE p.id = ?`).get(paragraphId) as
    { text: string; method: string } | undefined;
  return made?.method === FALLBACK_METHOD ? { method: FALLBACK_METHOD, model: null, vector: hashedNgramEmbedding(made.text) } : null;
}

export async function nearestClaims(db: DB, query: string, candidates: ClaimRow[], top: number): Promise<Array<ClaimRow & { similarity: number }>> {
  const rows = db.prepare('SELECT claim_id AS id, method, model, vector FROM claim_vectors').all() as Array<{ id: number; method: string; model: string | null; vector: Buffer }>;
  if (rows.length === 0) throw new Error('no claim embeddings in this database: run an ingest with the embed stage first');
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Vectors of different methods are not comparable: use the method most claims were embedded with.
  const tally = new Map<string, number>();
  for (const r of rows) tally.set(`${r.method}\u0000${r.model ?? ''}`, (tally.get(`${r.method}\u0000${r.model ?? ''}`) ?? 0) + 1);
  const [method, model] = [...tally].sort((a, b) => b[1] - a[1])[0][0].split('\u0000');
  const { vector } = await embedQuery(query, { method, model: model || null });
  const scored: Array<ClaimRow & { similarity: number }> = [];
  for (const claim of candidates) {
    const row = byId.get(claim.id);
    if (!row || row.method !== method || (row.model ?? '') !== model) continue;
    scored.push({ ...claim, similarity: cosine(vector, toFloat32(row.vector)) });
  }
  return scored.sort((a, b) => b.similarity - a.similarity).slice(0, top);
}
