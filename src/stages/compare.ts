// compare: a corpus stage. Groups claims from different articles about the same (entity, attribute, unit, time)
// and decides agree or conflict; claim embeddings (the embed stage's) pair claims the rules left apart, and the alias
// table's developer links (PaLM → Google) place a company's parameter counts with its model.
// The runner keys it over every article's claims and embed outputs, so it re-runs only when one of them changed, the
// developer links did (methodKey), or its options did. It reads nothing but its inputs and context: no store.
import type { CorpusStage, MethodPlan } from '../pipeline/stage.ts';
import { stableJson } from '../pipeline/keys.ts';
import { loadAliasEntries, productsByDeveloper } from '../text/claims/entities.ts';
import { groupClaims, type ArticleClaim, type FoundBy } from '../text/claims/compare.ts';
import { cosine } from '../models/index.ts';

/** What the store keeps of a group: its key, verdict and member claims (by id). */
export interface StoredClaimGroup {
  entity: string;
  attribute: string;
  unit: string | null;
  time: string | null;
  verdict: string;
  members: Array<{ claimId: number; foundBy: FoundBy }>;
}

export interface CompareOptions {
  similarityThreshold?: number;
}

/** A claim's stored embedding, as `ctx.lookup('claimVector', id)` returns it. */
export interface ClaimVector {
  method: string;
  model: string | null;
  vector: Float32Array;
}

/** The entities stage's user alias files: their developer links count too. */
const developersOf = (pipelineOptions: Record<string, Record<string, unknown>> | undefined) =>
  productsByDeveloper({ entries: loadAliasEntries((pipelineOptions?.entities?.aliasFiles as string[] | undefined) ?? []) });

export const compareStage: CorpusStage<ArticleClaim, StoredClaimGroup[], CompareOptions> = {
  name: 'compare',
  version: 7, // 7: an English claim with no subject takes the name the other languages' claims of the same figure give when its sentence writes it; German place adjectives in -er hold the place's name (round 14); 6: a claim in another language takes the English claim's entity when both state the same figure and its sentence holds that name (name-links.ts; round 13)
  after: ['claims'],
  alsoReads: ['embed'],
  options: { similarityThreshold: { type: 'number' } },
  // A malformed user alias file throws here, as it already failed the entities stage: compare fails with the same message.
  methodKey(_options, plan: MethodPlan) {
    return stableJson(Object.fromEntries(developersOf(plan.pipelineOptions)));
  },
  async runCorpus(inputs, ctx) {
    const claims: ArticleClaim[] = [];
    // JSON has no Infinity: an open upper bound is stored as NULL.
    for await (const c of inputs) claims.push({ ...c, high: c.high ?? (c.low !== null ? Infinity : null) });
    const groups = groupClaims(claims, ctx.options as Record<string, unknown>, embeddingSimilarity(ctx.lookup), developersOf(ctx.pipelineOptions));
    return groups.map((g) => ({ entity: g.entity, attribute: g.attribute, unit: g.unit, time: g.time, verdict: g.verdict,
      members: g.claims.map((c) => ({ claimId: c.id, foundBy: c.foundBy })) }));
  },
};

/** Cosine similarity of two claims' stored vectors; null when either has none or they were made by different methods (not comparable). */
function embeddingSimilarity(lookup: <T>(what: string, id: number) => T | null): ((a: ArticleClaim, b: ArticleClaim) => number | null) | undefined {
  if (!lookup<boolean>('hasClaimVectors', 0)) return undefined;
  // Only claims that the rules left apart are ever compared: read their vectors when first asked for.
  const vectors = new Map<number, ClaimVector | null>();
  const vectorOf = (id: number) => {
    if (!vectors.has(id)) vectors.set(id, lookup<ClaimVector>('claimVector', id));
    return vectors.get(id)!;
  };
  return (a, b) => {
    const va = vectorOf(a.id);
    const vb = vectorOf(b.id);
    if (!va || !vb || va.method !== vb.method || va.model !== vb.model) return null;
    return cosine(va.vector, vb.vector);
  };
}
