// Where a shard set keeps its files: one folder (`plan --out DIR`) that every task of the array job can reach.
//   DIR/manifest.json           folders → shards, the pipeline and its hash (plan)
//   DIR/shard-0003.db           shard 3's database (ingest --shard 3/N)
//   DIR/done/shard-0003.json    shard 3's completion marker
//   DIR/compare/4-1.json        partition 1 of 4 of the compare reduce (compare --shards DIR --partition 1/4)
import { join } from 'node:path';

const pad = (n: number) => String(n).padStart(4, '0');

export const manifestFile = (dir: string) => join(dir, 'manifest.json');
export const shardDatabase = (dir: string, index: number) => join(dir, `shard-${pad(index)}.db`);
export const markerFile = (dir: string, index: number) => join(dir, 'done', `shard-${pad(index)}.json`);
export const partitionFile = (dir: string, partition: number, partitions: number) => join(dir, 'compare', `${partitions}-${partition}.json`);
export const compareFolder = (dir: string) => join(dir, 'compare');
