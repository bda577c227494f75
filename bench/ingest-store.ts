// The main thread's SQLite writes of a first ingest alone, as CPU on one thread: an ingest of a folder records every
// write the runner hands the store (IngestStore.writeArticle, with its batches and commits as they happened), then the
// writes are replayed into fresh databases and timed. Unlike `npm run bench` (whole process, workers included), the
// figure holds nothing but the store's code and SQLite, so a change to the schema or the writers reads within a few
// percent on a loaded machine. `--baseline CHECKOUT` records and replays another checkout's ingest of the same folder
// with its own runner and store first. Usage: node --import tsx bench/ingest-store.ts DIR [--reps 5] [--workers 2]
// [--baseline CHECKOUT] [--split] (DIR: a folder of pages, e.g. one folder of real pages that `npm run bench -- --keep`
// leaves). `--split` also replays this checkout's writes without the articles' full-text index, without the stage
// outputs kept for re-runs, and without each stage's results: what each part of the writes costs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import type { ArticleFile, ResultWrite } from '../src/store/store.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  reps: { type: 'string' }, workers: { type: 'string' }, baseline: { type: 'string' }, split: { type: 'boolean' },
} });
if (positionals.length !== 1) throw new Error('usage: node --import tsx bench/ingest-store.ts DIR [--reps 5] [--workers 2] [--baseline CHECKOUT]');
const dir = resolve(positionals[0]);
const REPS = Number(values.reps ?? 5);
const THIS_CHECKOUT = fileURLToPath(new URL('..', import.meta.url));

type Op = { write: [ArticleFile, ResultWrite[]] } | { batch: 'begin' | 'end' };

/** A replay that leaves part of the writes out (--split): a change to the fresh database, or to each article's results. */
interface Variant { label: string; prepare?: (db: Database.Database) => void; results?: (writes: ResultWrite[]) => ResultWrite[] }
const SPLIT_STAGES = ['clean', 'language', 'segment', 'entities', 'claims', 'embed'];
const VARIANTS: Variant[] = [
  { label: 'all writes' },
  { label: "without the articles' full-text index",
    prepare: (db) => db.exec('DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_reindex; DROP TRIGGER articles_fts_unindex') },
  { label: 'without the kept stage outputs (JSON)', results: (writes) => writes.map((w) => ({ ...w, result: { ...w.result, keepOutput: false } })) },
  ...SPLIT_STAGES.map((stage): Variant => ({ label: `without ${stage}'s results`, results: (writes) => writes.filter((w) => w.result.stage !== stage) })),
];

/** Records one checkout's ingest of DIR and replays its writes REPS times with that checkout's store: CPU ms per page. */
async function storeCpuPerPage(checkout: string, variants: Variant[]): Promise<{ pages: number; writes: number; cpu: number[][] }> {
  const load = (path: string) => import(pathToFileURL(join(checkout, path)).href);
  const [{ IngestStore, openDatabase }, { ingest }, { loadPipeline }, { KNOWN_STAGES }] = await Promise.all([
    load('src/store/store.ts'), load('src/pipeline/runner.ts'), load('src/pipeline/config.ts'), load('src/pipeline/registry.ts')]);
  const work = mkdtempSync(join(tmpdir(), 'claimscope-bench-store-'));
  const ops: Op[] = [];
  // Recorded by wrapping the store's batch and write methods for this one ingest.
  const store = IngestStore.prototype;
  const { writeArticle, beginBatch, endBatch } = store;
  store.writeArticle = function (file: ArticleFile, writes: ResultWrite[]) {
    // A result's binary part is a view of a buffer the runner may not keep: copied.
    ops.push({ write: [structuredClone(file), writes.map((w) => ({ ...w, result: { ...w.result, binary: w.result.binary?.slice() } }))] });
    return writeArticle.call(this, file, writes);
  };
  store.beginBatch = function () {
    ops.push({ batch: 'begin' });
    return beginBatch.call(this);
  };
  store.endBatch = function () {
    ops.push({ batch: 'end' });
    return endBatch.call(this);
  };
  const pipeline = loadPipeline(join(checkout, 'pipelines/offline.json'), KNOWN_STAGES);
  await ingest({ dir, db: join(work, 'recorded.db'), pipeline, workers: Number(values.workers ?? 2) });
  Object.assign(store, { writeArticle, beginBatch, endBatch });

  const cpu = variants.map(() => [] as number[]);
  for (let rep = 0; rep < REPS; rep++) variants.forEach((variant, v) => {
    const file = join(work, `replay-${rep}-${v}.db`);
    const db = openDatabase(file);
    variant.prepare?.(db);
    const replay = new IngestStore(db, dir);
    const started = process.cpuUsage();
    for (const op of ops) {
      if ('write' in op) replay.writeArticle(op.write[0], variant.results ? variant.results(op.write[1]) : op.write[1]);
      else if (op.batch === 'end') replay.endBatch();
      else {
        // A batch begun while one is open is commitIfDue's: it committed the open one at this point of the ingest.
        if (db.inTransaction) replay.endBatch();
        replay.beginBatch();
      }
    }
    replay.endBatch();
    const used = process.cpuUsage(started);
    cpu[v].push((used.user + used.system) / 1000);
    db.close();
    rmSync(file, { force: true });
  });
  rmSync(work, { recursive: true, force: true });
  const pages = new Set(ops.flatMap((op) => ('write' in op ? [op.write[0].path] : []))).size;
  return { pages, writes: ops.filter((op) => 'write' in op).length, cpu: cpu.map((c) => c.sort((a, b) => a - b)) };
}

const runs: Array<[string, string]> = [['this checkout', THIS_CHECKOUT]];
if (values.baseline) runs.unshift(['baseline', resolve(values.baseline)]);
for (const [label, checkout] of runs) {
  const variants = values.split && checkout === THIS_CHECKOUT ? VARIANTS : VARIANTS.slice(0, 1);
  const { pages, writes, cpu } = await storeCpuPerPage(checkout, variants);
  console.log(`${label}: ${pages} pages, ${writes} article writes; store CPU per page over ${REPS} replays:`);
  variants.forEach((variant, v) => console.log(`  ${variant.label}: median ${(cpu[v][Math.floor(REPS / 2)] / pages).toFixed(2)} ms`
    + ` (min ${(cpu[v][0] / pages).toFixed(2)}, max ${(cpu[v][REPS - 1] / pages).toFixed(2)})`));
}
