// compare: a corpus stage. Groups claims from different articles about the same (entity, attribute, unit, time)
// and decides agree or conflict. It re-runs only when some article's claims output changed.
import type { IngestStore } from '../store/store.ts';
import { stageKey } from '../pipeline/keys.ts';
import { groupClaims, type ArticleClaim } from '../text/compare.ts';

export const COMPARE_VERSION = 1;

export interface CompareOutcome {
  status: 'ran' | 'unchanged' | 'failed';
  ms: number;
  error?: string;
}

export function runCompare(store: IngestStore, options: Record<string, unknown>, force: boolean): CompareOutcome {
  const started = performance.now();
  const inputs = store.outputHashes('claims').map((r) => `${r.path}\u0000${r.output_hash}`);
  const key = stageKey('compare', COMPARE_VERSION, options, '', inputs);
  const previous = store.corpusRun('compare');
  if (!force && previous?.key === key && previous.status === 'done') return { status: 'unchanged', ms: 0 };
  try {
    const rows = store.claimsForCompare();
    // JSON has no Infinity: an open upper bound is stored as NULL.
    const claims = rows.map((r) => ({ ...r, high: r.high ?? (r.low !== null ? Infinity : null) })) as Array<ArticleClaim & { id: number }>;
    const groups = groupClaims(claims, options);
    store.writeCorpusRun('compare', key, 'done', null, performance.now() - started, () => store.replaceClaimGroups(groups.map((g) => ({
      entity: g.entity, attribute: g.attribute, unit: g.unit, time: g.time, verdict: g.verdict,
      members: g.claims.map((c) => ({ claimId: (c as ArticleClaim & { id: number }).id, foundBy: 'rules' })),
    }))));
    return { status: 'ran', ms: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.writeCorpusRun('compare', key, 'failed', message, performance.now() - started);
    return { status: 'failed', ms: performance.now() - started, error: message };
  }
}
