// What the query commands (claims, entities, status, export, report) read with --shards DIR: the shard set merged
// into DIR/view.db, made again only when a shard database or the manifest changed since. Queries over many shards
// then cost what they cost on one database; the merge is paid once per change of the set.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { shardDatabase, manifestFile } from './layout.ts';
import { readManifest, writeAtomically } from './manifest.ts';
import { mergeShards } from './merge.ts';
import { sha256 } from '../pipeline/keys.ts';

const viewFile = (dir: string) => join(dir, 'view.db');
const viewStamp = (dir: string) => join(dir, 'view.json');

/** The merged view's file, brought up to date first. */
export async function shardView(dir: string): Promise<string> {
  const manifest = readManifest(dir);
  const files = [manifestFile(dir), ...[...Array(manifest.shards).keys()].flatMap((i) => [shardDatabase(dir, i), `${shardDatabase(dir, i)}-wal`])];
  const stamp = sha256(files.map((f) => (existsSync(f) ? `${f}\u0000${statSync(f).size}\u0000${statSync(f).mtimeMs}` : `${f}\u0000-`)).join('\n'));
  const current = existsSync(viewStamp(dir)) ? readFileSync(viewStamp(dir), 'utf8').trim() : '';
  if (current !== stamp || !existsSync(viewFile(dir))) {
    await mergeShards(dir, manifest, viewFile(dir));
    writeAtomically(viewStamp(dir), `${stamp}\n`);
  }
  return viewFile(dir);
}
