// The shard manifest (DIR/manifest.json): the folder it plans, which shard each of its folders belongs to, and the
// pipeline every shard runs with its hash. Written by `plan`, read by every other shard command.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Pipeline } from '../pipeline/config.ts';
import { sha256, stableJson } from '../pipeline/keys.ts';
import { walkPages } from '../pipeline/walk.ts';
import { manifestFile } from './layout.ts';
import { assignFolders } from './plan.ts';
import { folderOf } from './slice.ts';

/** Bump when the manifest's shape changes. */
export const MANIFEST_FORMAT = 1;

export interface Manifest {
  format: number;
  /** The planned folder, absolute. */
  root: string;
  shards: number;
  pipelineHash: string;
  pipeline: Pipeline;
  /** Folder (relative to root, '.' for the root) → its shard and its page count when planned. */
  folders: Record<string, { shard: number; pages: number }>;
}

export function pipelineHash(pipeline: Pipeline): string {
  return sha256(stableJson({ name: pipeline.name, steps: pipeline.steps }));
}

/** Page count per folder below `root`. */
export async function countPagesByFolder(root: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const page of walkPages(root)) counts.set(folderOf(page.path), (counts.get(folderOf(page.path)) ?? 0) + 1);
  return counts;
}

/** A new plan: the previous manifest's placements are kept unless `reshard`. */
export function buildManifest(root: string, shards: number, pipeline: Pipeline, pagesByFolder: ReadonlyMap<string, number>,
  previous?: Manifest, reshard = false): Manifest {
  if (previous && !reshard) {
    if (previous.root !== root) throw new Error(`this shard folder plans ${previous.root}, not ${root}: use another --out`);
    if (previous.shards !== shards) {
      throw new Error(`this shard folder has ${previous.shards} shards; changing to ${shards} moves folders between shards: add --reshard`);
    }
  }
  const kept = previous && !reshard ? new Map(Object.entries(previous.folders).map(([f, v]) => [f, v.shard])) : new Map<string, number>();
  const assignment = assignFolders(pagesByFolder, shards, kept);
  return {
    format: MANIFEST_FORMAT, root, shards, pipelineHash: pipelineHash(pipeline), pipeline,
    folders: Object.fromEntries([...assignment].map(([folder, shard]) => [folder, { shard, pages: pagesByFolder.get(folder)! }])),
  };
}

/** The folders of one shard. */
export function shardFolders(manifest: Manifest, shard: number): Set<string> {
  return new Set(Object.entries(manifest.folders).filter(([, v]) => v.shard === shard).map(([folder]) => folder));
}

export function readManifest(dir: string): Manifest {
  const file = manifestFile(dir);
  if (!existsSync(file)) throw new Error(`no shard manifest at ${file}: run "claimscope plan <dir> --shards N --out ${dir}" first`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`${file}: not a shard manifest (${(error as Error).message})`);
  }
  if (manifest.format !== MANIFEST_FORMAT || !Number.isInteger(manifest.shards) || typeof manifest.folders !== 'object') {
    throw new Error(`${file}: not a shard manifest of format ${MANIFEST_FORMAT}: plan again`);
  }
  return manifest;
}

export function readManifestIfAny(dir: string): Manifest | undefined {
  return existsSync(manifestFile(dir)) ? readManifest(dir) : undefined;
}

/** Writes through a temporary file and a rename, so that no task ever reads half a manifest. */
export function writeManifest(dir: string, manifest: Manifest): void {
  writeAtomically(manifestFile(dir), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
