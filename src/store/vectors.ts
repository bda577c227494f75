// Nearest claims by embedding: the query is embedded with the same method and model as the stored vectors.
import { toFloat32, type DB } from './store.ts';
import type { ClaimRow } from './queries.ts';
import { cosine, embedQuery } from '../models/index.ts';

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
