import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT_OK, UsageError, parseCommand, type Command } from './args.ts';
import { formatTable } from './table.ts';
import { loadPipeline, DEFAULT_PIPELINE } from '../pipeline/config.ts';
import { KNOWN_STAGES } from '../pipeline/registry.ts';
import { buildManifest, countPagesByFolder, readManifestIfAny, writeManifest } from '../shards/manifest.ts';
import { manifestFile } from '../shards/layout.ts';

export const DEFAULT_SHARD_DIR = 'output/shards';

export const planCommand: Command = {
  name: 'plan',
  summary: 'split a folder into N shards (whole sub-folders) for an array job: Slurm, Kubernetes, AWS Batch',
  usage: `claimscope plan <dir> --shards N [--out DIR] [--pipeline FILE] [--reshard] [--json]

Writes DIR/manifest.json (default ${DEFAULT_SHARD_DIR}): each folder of <dir> goes whole to one shard (repeated
blocks are counted per folder), new folders to the shard with the fewest pages, and the pipeline with its hash.
Planning again keeps every folder where it was, places new ones, and records a changed pipeline; --reshard
places every folder afresh (needed to change N). Then run "claimscope ingest <dir> --shard i/N --out DIR" for each
i (an array job: docs/scale-out.md) and "claimscope compare --shards DIR".`,
  async run(argv, io) {
    const { values, positionals } = parseCommand(argv, {
      shards: { type: 'string' }, out: { type: 'string' }, pipeline: { type: 'string' }, reshard: { type: 'boolean' }, json: { type: 'boolean' },
    }, 1);
    if (!positionals[0]) throw new UsageError('plan needs a folder: claimscope plan <dir> --shards N');
    const count = Number(values.shards);
    if (!values.shards || !Number.isInteger(count) || count < 1) throw new UsageError(`--shards takes a whole number ≥ 1, not "${values.shards ?? ''}"`);
    const out = values.out ?? DEFAULT_SHARD_DIR;
    const root = resolve(positionals[0]);
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`not a folder: ${positionals[0]}`);
    const pipeline = loadPipeline(values.pipeline ?? DEFAULT_PIPELINE, KNOWN_STAGES);
    const manifest = buildManifest(root, count, pipeline, await countPagesByFolder(root), readManifestIfAny(out), values.reshard);
    writeManifest(out, manifest);
    if (values.json) {
      io.out(JSON.stringify(manifest, null, 2));
      return EXIT_OK;
    }
    const rows = [...Array(count).keys()].map((shard) => {
      const folders = Object.values(manifest.folders).filter((f) => f.shard === shard);
      return [shard, folders.length, folders.reduce((n, f) => n + f.pages, 0)];
    });
    io.out(`${Object.keys(manifest.folders).length} folders of ${root} in ${count} shards: ${manifestFile(out)}\n`);
    io.out(formatTable(['shard', 'folders', 'pages'], rows));
    return EXIT_OK;
  },
};
