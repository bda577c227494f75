// The shard databases of a shard folder, opened read-only for the reduce and the queries. A shard that has not
// run yet is named, with the command that makes it.
import { existsSync } from 'node:fs';
import { openDatabase, IngestStore, type DB } from '../store/store.ts';
import { shardDatabase } from './layout.ts';
import type { Manifest } from './manifest.ts';

export interface OpenShard {
  index: number;
  db: DB;
  store: IngestStore;
}

export function openShards(dir: string, manifest: Manifest): OpenShard[] {
  const missing = [...Array(manifest.shards).keys()].filter((i) => !existsSync(shardDatabase(dir, i)));
  if (missing.length) {
    throw new Error(`shards ${missing.join(', ')} of ${dir} have no database yet: run "claimscope shards todo ${dir}" and ingest them first`);
  }
  return [...Array(manifest.shards).keys()].map((index) => {
    const db = openDatabase(shardDatabase(dir, index), { readonly: true });
    return { index, db, store: new IngestStore(db, manifest.root) };
  });
}

export function closeShards(shards: OpenShard[]): void {
  for (const s of shards) s.db.close();
}

/** Canonical names of the entities mentioned as `surface` (case-insensitive, as the single-database queries match it). */
export function canonicalsMentionedAs(shards: OpenShard[], surface: string): Set<string> {
  const names = new Set<string>();
  for (const { db } of shards) {
    const rows = db.prepare(`SELECT DISTINCT e.canonical FROM entities e JOIN mentions m ON m.entity_id = e.id
      WHERE m.text = ? COLLATE NOCASE`).pluck().all(surface) as string[];
    rows.forEach((name) => names.add(name));
  }
  return names;
}
