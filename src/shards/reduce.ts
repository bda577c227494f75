// compare as a reduce over a shard set: each partition (partition.ts) reads every shard's claims of its entity
// families, groups them with the same groupClaims as one database, and keeps its groups in DIR/compare/K-k.json
// with a key over exactly its inputs (those articles' claims and embeddings, the options, the developer links). An
// unchanged partition is not recomputed; an edited page re-runs only the partitions its claims were or are in.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { stableJson, stageKey } from '../pipeline/keys.ts';
import { compareStage, type ClaimVector } from '../stages/compare.ts';
import { claimsForCompare, corpusLookup } from '../store/materialise.ts';
import { loadAliasEntries, productsByDeveloper } from '../text/claims/entities.ts';
import { groupClaims, type ArticleClaim } from '../text/claims/compare.ts';
import { cosine } from '../models/index.ts';
import { compareFolder, partitionFile } from './layout.ts';
import { writeAtomically, type Manifest } from './manifest.ts';
import { entityFamilies, partitionOf } from './partition.ts';
import type { OpenShard } from './shard-set.ts';

/** A group as the queries print it: claim rows as stored (`high` null when open above), `shard` and `id` local to it. */
export interface ReducedGroup {
  entity: string;
  attribute: string;
  unit: string | null;
  time: string | null;
  verdict: 'agree' | 'conflict';
  claims: Array<ArticleClaim & { foundBy: string; shard: number }>;
}

export interface PartitionResult {
  key: string;
  status: 'done' | 'failed';
  error?: string;
  partition: number;
  partitions: number;
  groups: ReducedGroup[];
}

export interface PartitionOutcome {
  partition: number;
  status: 'ran' | 'unchanged' | 'failed';
  ms: number;
  error?: string;
  groups: ReducedGroup[];
}

/** The compare settings of the planned pipeline: its options and the entity stage's alias files (developer links). */
function compareSettings(manifest: Manifest) {
  const options = manifest.pipeline.steps.find((s) => s.stage === 'compare')?.options ?? {};
  const aliasFiles = (manifest.pipeline.steps.find((s) => s.stage === 'entities')?.options.aliasFiles as string[] | undefined) ?? [];
  return { options, developers: productsByDeveloper({ entries: loadAliasEntries(aliasFiles) }) };
}

export function reducePartition(dir: string, manifest: Manifest, shards: OpenShard[], partition: number, partitions: number,
  force = false): PartitionOutcome {
  const started = performance.now();
  const file = partitionFile(dir, partition, partitions);
  let key = '';
  try {
    const { options, developers } = compareSettings(manifest);
    const families = entityFamilies(developers);
    // Claims without a named subject are grouped by story across all articles (compare.ts): all of them go to partition 0.
    const mine = (c: ArticleClaim) => (c.entity !== null && c.entity !== '' ? partitionOf(c.entity, families, partitions) === partition : partition === 0);
    const claims: Array<ArticleClaim & { shard: number }> = [];
    const inputs: string[] = [];
    for (const shard of shards) {
      const rows = [...claimsForCompare(shard.db, manifest.root)].filter(mine);
      const paths = new Set(rows.map((c) => c.path));
      for (const stage of ['claims', 'embed']) {
        for (const r of shard.store.outputHashes(stage)) if (paths.has(r.path)) inputs.push(`${stage}\u0000${r.path}\u0000${r.output_hash}`);
      }
      for (const c of rows) claims.push({ ...c, shard: shard.index });
    }
    inputs.sort();
    key = stageKey('compare', compareStage.version, options, stableJson({ developers: Object.fromEntries(developers), partition, partitions }), inputs);
    const previous = readPartition(file);
    if (!force && previous?.key === key && previous.status === 'done') return { partition, status: 'unchanged', ms: 0, groups: previous.groups };

    // One database's order (path, then the claim's place in its article), with ids unique across shards.
    claims.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.id - b.id));
    const byId = new Map(claims.map((c, i) => [i + 1, c]));
    const input = claims.map((c, i) => ({ ...c, id: i + 1, high: c.high ?? (c.low !== null ? Infinity : null) }));
    const withVectors = shards.filter((s) => corpusLookup(s.db, manifest.root)<boolean>('hasClaimVectors', 0));
    const similarity = withVectors.length ? vectorSimilarity(shards, manifest.root, byId) : undefined;
    const groups: ReducedGroup[] = groupClaims(input, options, similarity, developers).map((g) => ({
      entity: g.entity, attribute: g.attribute, unit: g.unit, time: g.time, verdict: g.verdict,
      claims: g.claims.map((c) => ({ ...byId.get(c.id)!, foundBy: c.foundBy })),
    }));
    writePartition(file, { key, status: 'done', partition, partitions, groups });
    return { partition, status: 'ran', ms: performance.now() - started, groups };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    writePartition(file, { key, status: 'failed', error: message, partition, partitions, groups: [] });
    return { partition, status: 'failed', ms: performance.now() - started, error: message, groups: [] };
  }
}

/** Cosine of two claims' stored vectors, read from their shards when first asked for; null when not comparable. */
function vectorSimilarity(shards: OpenShard[], root: string, byId: Map<number, ArticleClaim & { shard: number }>) {
  const lookups = new Map(shards.map((s) => [s.index, corpusLookup(s.db, root)]));
  const vectors = new Map<number, ClaimVector | null>();
  const vectorOf = (id: number) => {
    if (!vectors.has(id)) {
      const claim = byId.get(id)!;
      vectors.set(id, lookups.get(claim.shard)!<ClaimVector>('claimVector', claim.id));
    }
    return vectors.get(id)!;
  };
  return (a: ArticleClaim, b: ArticleClaim) => {
    const va = vectorOf(a.id);
    const vb = vectorOf(b.id);
    if (!va || !vb || va.method !== vb.method || va.model !== vb.model) return null;
    return cosine(va.vector, vb.vector);
  };
}

function readPartition(file: string): PartitionResult | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PartitionResult;
  } catch {
    return undefined; // unreadable: computed again
  }
}

function writePartition(file: string, result: PartitionResult): void {
  writeAtomically(file, JSON.stringify(result));
}

/** The partition count of the reduce already in `dir`: the largest K with all K files present, else 1. */
export function existingPartitionCount(dir: string): number {
  const folder = compareFolder(dir);
  if (!existsSync(folder)) return 1;
  const seen = new Map<number, Set<number>>();
  for (const name of readdirSync(folder)) {
    const match = /^(\d+)-(\d+)\.json$/.exec(name);
    if (!match) continue;
    const [count, index] = [Number(match[1]), Number(match[2])];
    if (!seen.has(count)) seen.set(count, new Set());
    seen.get(count)!.add(index);
  }
  const complete = [...seen].filter(([count, indices]) => indices.size === count).map(([count]) => count);
  return complete.length ? Math.max(...complete) : 1;
}

/**
 * Groups of several partitions in the order `compare` lists one database's groups (verdict, entity, attribute in
 * SQLite's byte order, then groupClaims' order), claims by path and place in their article.
 */
export function orderGroups(partitions: ReducedGroup[][]): ReducedGroup[] {
  const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  const all = partitions.flatMap((groups) => groups.map((g, i) => ({ g, i })));
  all.sort((x, y) => (x.g.verdict === y.g.verdict ? 0 : x.g.verdict === 'conflict' ? -1 : 1) || bytes(x.g.entity, y.g.entity)
    || bytes(x.g.attribute, y.g.attribute) || x.i - y.i);
  return all.map(({ g }) => ({ ...g, claims: [...g.claims].sort((a, b) => bytes(a.path, b.path) || a.id - b.id) }));
}
