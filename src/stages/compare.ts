// compare: a corpus stage. Groups claims from different articles about the same (entity, attribute, unit, time)
// and decides agree or conflict; claim embeddings (the embed stage's) pair claims the rules left apart, and the alias
// table's developer links (PaLM → Google) place a company's parameter counts with its model.
// It re-runs only when some article's claims or embeddings changed, the developer links did, or its options did.
import type { IngestStore } from '../store/store.ts';
import { stableJson, stageKey } from '../pipeline/keys.ts';
import { loadAliasTable, productsByDeveloper } from '../text/claims/entities.ts';
import { groupClaims, type ArticleClaim } from '../text/claims/compare.ts';
import { cosine } from '../models/index.ts';

export const COMPARE_VERSION = 3;

export interface CompareOutcome {
  status: 'ran' | 'unchanged' | 'failed';
  ms: number;
  error?: string;
}

/** `aliasFiles`: the entities stage's user alias files, whose developer links count too. */
export function runCompare(store: IngestStore, options: Record<string, unknown>, force: boolean, aliasFiles: string[] = []): CompareOutcome {
  const started = performance.now();
  let developers: Map<string, string[]>;
  try {
    developers = productsByDeveloper(loadAliasTable(aliasFiles));
  } catch (error) {
    // A malformed user alias file already failed the entities stage with the same message; say it here too.
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', ms: performance.now() - started, error: message };
  }
  const inputs = ['claims', 'embed'].flatMap((stage) => store.outputHashes(stage).map((r) => `${stage}\u0000${r.path}\u0000${r.output_hash}`));
  const key = stageKey('compare', COMPARE_VERSION, options, stableJson(Object.fromEntries(developers)), inputs);
  const previous = store.corpusRun('compare');
  if (!force && previous?.key === key && previous.status === 'done') return { status: 'unchanged', ms: 0 };
  try {
    // JSON has no Infinity: an open upper bound is stored as NULL.
    const claims: ArticleClaim[] = store.claimsForCompare().map((r) => ({ ...r, high: r.high ?? (r.low !== null ? Infinity : null) }));
    const groups = groupClaims(claims, options, embeddingSimilarity(store), developers);
    store.writeCorpusRun('compare', key, 'done', null, performance.now() - started, () => store.replaceClaimGroups(groups.map((g) => ({
      entity: g.entity, attribute: g.attribute, unit: g.unit, time: g.time, verdict: g.verdict,
      members: g.claims.map((c) => ({ claimId: c.id, foundBy: c.foundBy })),
    }))));
    return { status: 'ran', ms: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.writeCorpusRun('compare', key, 'failed', message, performance.now() - started);
    return { status: 'failed', ms: performance.now() - started, error: message };
  }
}

/** Cosine similarity of two claims' stored vectors; null when either has none or they were made by different methods (not comparable). */
function embeddingSimilarity(store: IngestStore): ((a: ArticleClaim, b: ArticleClaim) => number | null) | undefined {
  if (!store.hasClaimVectors()) return undefined;
  // Only claims that the rules left apart are ever compared: read their vectors when first asked for.
  const vectors = new Map<number, ReturnType<IngestStore['claimVector']>>();
  const vectorOf = (id: number) => {
    if (!vectors.has(id)) vectors.set(id, store.claimVector(id));
    return vectors.get(id)!;
  };
  return (a, b) => {
    const va = vectorOf(a.id);
    const vb = vectorOf(b.id);
    if (!va || !vb || va.method !== vb.method || va.model !== vb.model) return null;
    return cosine(va.vector, vb.vector);
  };
}
