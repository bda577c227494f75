// compare as a reduce over a shard set: each partition (partition.ts) reads every shard's claims of its entity
// families, runs the compare corpus stage on them as one database would, and keeps its groups in DIR/compare/K-k.json
// with a key over exactly its inputs (those articles' claims and embeddings, the options, the developer links). An
// unchanged partition is not recomputed; an edited page re-runs only the partitions its claims were or are in.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { stageKey } from '../pipeline/keys.ts';
import { compareStage } from '../stages/compare.ts';
import { corpusInputs, corpusLookup } from '../store/materialise.ts';
import { loadAliasTable, productsByDeveloper } from '../text/claims/entities.ts';
import type { ArticleClaim } from '../text/claims/compare.ts';
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

/** The planned pipeline's compare options and every stage's options (compare's key reads the entities stage's alias files). */
function compareSettings(manifest: Manifest) {
  const options = manifest.pipeline.steps.find((s) => s.stage === 'compare')?.options ?? {};
  const pipelineOptions = Object.fromEntries(manifest.pipeline.steps.map((s) => [s.stage, s.options]));
  const aliasFiles = (pipelineOptions.entities?.aliasFiles as string[] | undefined) ?? [];
  return { options, pipelineOptions, developers: productsByDeveloper(loadAliasTable(aliasFiles)) };
}

/** One partition of the reduce: the compare corpus stage over the partition's claims of every shard. */
export async function reducePartition(dir: string, manifest: Manifest, shards: OpenShard[], partition: number, partitions: number,
  force = false): Promise<PartitionOutcome> {
  const started = performance.now();
  const file = partitionFile(dir, partition, partitions);
  let key = '';
  try {
    const { options, pipelineOptions, developers } = compareSettings(manifest);
    const families = entityFamilies(developers);
    const mine = (c: ArticleClaim) => c.entity !== null && c.entity !== '' && partitionOf(c.entity, families, partitions) === partition;
    const claims: Array<ArticleClaim & { shard: number }> = [];
    const inputs: string[] = [];
    for (const shard of shards) {
      const rows: ArticleClaim[] = [];
      for await (const c of corpusInputs(shard.db, manifest.root, 'compare') as AsyncIterable<ArticleClaim>) if (mine(c)) rows.push(c);
      const paths = new Set(rows.map((c) => c.path));
      for (const stage of [...compareStage.after, ...(compareStage.alsoReads ?? [])]) {
        for (const r of shard.store.outputHashes(stage)) if (paths.has(r.path)) inputs.push(`${stage}\u0000${r.path}\u0000${r.output_hash}`);
      }
      for (const c of rows) claims.push({ ...c, shard: shard.index });
    }
    inputs.sort();
    const methodKey = compareStage.methodKey ? await compareStage.methodKey(options, { dryRun: true, pipelineOptions }) : '';
    key = stageKey('compare', compareStage.version, options, `${methodKey}\u0000${partition}/${partitions}`, inputs);
    const previous = readPartition(file);
    if (!force && previous?.key === key && previous.status === 'done') return { partition, status: 'unchanged', ms: 0, groups: previous.groups };

    // One database's order (path, then the claim's place in its article), with ids unique across shards.
    claims.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.id - b.id));
    const byId = new Map(claims.map((c, i) => [i + 1, c]));
    const lookups = new Map(shards.map((s) => [s.index, corpusLookup(s.db, manifest.root)]));
    const lookup = <T>(what: string, id: number): T | null => {
      if (what === 'hasClaimVectors') return shards.some((s) => lookups.get(s.index)!<boolean>('hasClaimVectors', 0)) as T;
      const claim = byId.get(id);
      return claim ? lookups.get(claim.shard)!<T>(what, claim.id) : null;
    };
    async function* partitionClaims() {
      for (const [id, c] of byId) yield { ...c, id };
    }
    const stored = await compareStage.runCorpus(partitionClaims(), { options, path: '(corpus)', notice: () => {}, pipelineOptions, lookup });
    const groups: ReducedGroup[] = stored.map((g) => ({
      entity: g.entity, attribute: g.attribute, unit: g.unit, time: g.time, verdict: g.verdict as ReducedGroup['verdict'],
      claims: g.members.map((m) => ({ ...byId.get(m.claimId)!, foundBy: m.foundBy })),
    }));
    writePartition(file, { key, status: 'done', partition, partitions, groups });
    return { partition, status: 'ran', ms: performance.now() - started, groups };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    writePartition(file, { key, status: 'failed', error: message, partition, partitions, groups: [] });
    return { partition, status: 'failed', ms: performance.now() - started, error: message, groups: [] };
  }
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
