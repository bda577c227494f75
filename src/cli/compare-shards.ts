// `compare --shards DIR [--partition k/K]`: the reduce (src/shards/reduce.ts), then the groups as `compare` prints them.
import { EXIT_FAILURES, EXIT_OK, UsageError, type Io } from './args.ts';
import { formatGroup, groupJson } from './compare.ts';
import { readManifest } from '../shards/manifest.ts';
import { closeShards, canonicalsMentionedAs, openShards } from '../shards/shard-set.ts';
import { parseShardSpec } from '../shards/spec.ts';
import { existingPartitionCount, orderGroups, reducePartition } from '../shards/reduce.ts';

/** SQLite's NOCASE: ASCII letters only, as `compare --entity` matches on one database. */
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

export async function compareShards(values: { shards?: string; partition?: string; db?: string; entity?: string; json?: boolean }, io: Io): Promise<number> {
  if (!values.shards) throw new UsageError('--partition goes with --shards DIR');
  if (values.db) throw new UsageError('give --db FILE or --shards DIR, not both');
  const dir = values.shards;
  const manifest = readManifest(dir);
  let partitions = existingPartitionCount(dir);
  let chosen = [...Array(partitions).keys()];
  if (values.partition) {
    let spec;
    try {
      spec = parseShardSpec(values.partition, process.env, '--partition');
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    partitions = spec.count;
    chosen = [spec.index];
  }
  const shards = openShards(dir, manifest);
  try {
    const outcomes = chosen.map((k) => reducePartition(dir, manifest, shards, k, partitions));
    const ran = outcomes.filter((o) => o.status === 'ran').length;
    io.err(`compare: ${partitions} partition${partitions === 1 ? '' : 's'}; ran ${ran}, unchanged ${outcomes.length - ran - outcomes.filter((o) => o.status === 'failed').length}`);
    for (const o of outcomes) if (o.status === 'failed') io.err(`failed: compare partition ${o.partition}/${partitions}: ${o.error}`);
    let groups = orderGroups(outcomes.map((o) => o.groups));
    if (values.entity) {
      const names = canonicalsMentionedAs(shards, values.entity);
      groups = groups.filter((g) => asciiLower(g.entity) === asciiLower(values.entity!) || names.has(g.entity));
    }
    if (values.json) io.out(JSON.stringify(groups.map((g) => groupJson({ ...g, id: 0 })), null, 2));
    else if (groups.length === 0) io.out(values.entity ? `no claim about "${values.entity}" is reported by two articles` : 'no fact is reported by two articles yet');
    else {
      for (const g of groups) io.out(formatGroup(g));
      const conflicts = groups.filter((g) => g.verdict === 'conflict').length;
      io.out(`${groups.length} facts reported by several articles: ${groups.length - conflicts} agree, ${conflicts} conflict`);
    }
    return outcomes.some((o) => o.status === 'failed') ? EXIT_FAILURES : EXIT_OK;
  } finally {
    closeShards(shards);
  }
}
