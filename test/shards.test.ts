// Shards on an array scheduler: the task index from each scheduler's variable, the manifest (golden), the partitions
// of the compare reduce, and end to end: four `ingest --shard i/4` processes give what one database gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { formatIndexRanges, indexFromEnvironment, parseShardSpec } from '../src/shards/spec.ts';
import { assignFolders } from '../src/shards/plan.ts';
import { buildManifest } from '../src/shards/manifest.ts';
import { entityFamilies, partitionOf } from '../src/shards/partition.ts';
import { loadPipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { ingest } from '../src/pipeline/runner.ts';
import { loadAliasTable, productsByDeveloper } from '../src/text/claims/entities.ts';
import { writeVariedCorpus } from './fixtures/varied-corpus.ts';
import { launcher, manifestCommands } from './fixtures/scale-out-doc.ts';
import { cli } from './fixtures/capture-io.ts';

const BIN = fileURLToPath(new URL('../bin/claimscope.js', import.meta.url));
const OFFLINE = fileURLToPath(new URL('../pipelines/offline.json', import.meta.url));



test('--shard i/N and auto/N: the index from Slurm, Kubernetes Indexed Jobs and AWS Batch', () => {
  assert.deepEqual(parseShardSpec('2/4', {}), { index: 2, count: 4 });
  assert.deepEqual(parseShardSpec('auto/8', { SLURM_ARRAY_TASK_ID: '5' }), { index: 5, count: 8 });
  assert.deepEqual(parseShardSpec('auto/8', { JOB_COMPLETION_INDEX: '0' }), { index: 0, count: 8 });
  assert.deepEqual(parseShardSpec('auto/8', { AWS_BATCH_JOB_ARRAY_INDEX: '7' }), { index: 7, count: 8 });
  // The same index under two names (a Slurm job inside a Kubernetes pod) is fine; different ones are not.
  assert.equal(indexFromEnvironment({ SLURM_ARRAY_TASK_ID: '3', JOB_COMPLETION_INDEX: '3' }), 3);
  assert.throws(() => indexFromEnvironment({ SLURM_ARRAY_TASK_ID: '3', AWS_BATCH_JOB_ARRAY_INDEX: '4' }), /disagree/);
  assert.throws(() => parseShardSpec('auto/4', {}), /SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX/);
  assert.throws(() => parseShardSpec('auto/4', { SLURM_ARRAY_TASK_ID: '4' }), /out of range/);
  assert.throws(() => parseShardSpec('3/3', {}, '--partition'), /--partition: index 3 is out of range/);
  assert.throws(() => parseShardSpec('auto/4', { SLURM_ARRAY_TASK_ID: 'x' }), /not a task index/);
  for (const bad of ['4', '1/0', '-1/4', 'a/4', '1/4/2', '1/x']) assert.throws(() => parseShardSpec(bad, {}), /--shard takes/, bad);
});

test('shards todo lists indices the way sbatch --array= takes them', () => {
  assert.equal(formatIndexRanges([]), '');
  assert.equal(formatIndexRanges([3]), '3');
  assert.equal(formatIndexRanges([5, 0, 1, 2, 7, 8]), '0-2,5,7-8');
  assert.equal(formatIndexRanges([1, 1, 2]), '1-2');
});

test('folders are placed whole on the lightest shard and never move unless resharded', () => {
  const first = assignFolders(new Map([['a', 50], ['b', 30], ['c', 30], ['d', 10], ['.', 5]]), 2);
  assert.deepEqual(Object.fromEntries(first), { '.': 0, a: 0, b: 1, c: 1, d: 0 });
  // A new large folder and a vanished one: placed folders stay, the new one goes to the lighter shard.
  const second = assignFolders(new Map([['a', 50], ['b', 30], ['c', 90], ['e', 70], ['.', 5]]), 2, first);
  assert.deepEqual(Object.fromEntries(second), { '.': 0, a: 0, b: 1, c: 1, e: 0 });
  assert.throws(() => assignFolders(new Map(), 0), /whole number ≥ 1/);
});

test('manifest: golden, stable across plans, and N changes only with --reshard', () => {
  const pipeline = { name: 'golden', steps: [{ stage: 'read', options: { maxBytes: 1024 } }, { stage: 'clean', options: {} }] };
  const pages = new Map([['.', 3], ['news/2024', 40], ['news/2025', 35], ['blog', 20], ['wiki/de', 12], ['wiki/en', 18], ['forum', 7]]);
  const manifest = buildManifest('/data/scrape', 3, pipeline, pages);
  const golden = fileURLToPath(new URL('./fixtures/shard-manifest.golden.json', import.meta.url));
  assert.equal(`${JSON.stringify(manifest, null, 2)}\n`, readFileSync(golden, 'utf8'));
  const again = buildManifest('/data/scrape', 3, pipeline, new Map([...pages, ['news/2026', 50]]), manifest);
  for (const [folder, placed] of Object.entries(manifest.folders)) assert.equal(again.folders[folder].shard, placed.shard, folder);
  assert.throws(() => buildManifest('/data/scrape', 4, pipeline, pages, manifest), /--reshard/);
  assert.throws(() => buildManifest('/data/other', 3, pipeline, pages, manifest), /plans \/data\/scrape/);
  assert.equal(buildManifest('/data/scrape', 4, pipeline, pages, manifest, true).shards, 4);
});

test('compare partitions keep an entity with its developer family', () => {
  const families = entityFamilies(new Map([['Google', ['PaLM', 'Gemini']], ['DeepMind', ['Gemini']], ['Meta', ['LLaMA']]]));
  assert.equal(families.get('PaLM'), families.get('DeepMind'));
  assert.equal(families.get('LLaMA'), 'LLaMA');
  assert.notEqual(families.get('LLaMA'), families.get('Google'));
  for (const k of [1, 2, 3, 7, 16]) {
    assert.equal(partitionOf('PaLM', families, k), partitionOf('DeepMind', families, k));
    assert.equal(partitionOf('Meta', families, k), partitionOf('LLaMA', families, k));
    assert.ok(partitionOf('Anything', families, k) < k);
  }
  // The built-in alias table's families too: every product with its developer.
  const builtIn = productsByDeveloper(loadAliasTable([]));
  const builtInFamilies = entityFamilies(builtIn);
  for (const [developer, products] of builtIn) for (const p of products) assert.equal(partitionOf(p, builtInFamilies, 5), partitionOf(developer, builtInFamilies, 5));
});

test('the shard commands: help, usage errors (exit 2) and clear errors (exit 1)', async () => {
  for (const name of ['plan', 'shards', 'merge']) assert.match((await cli([name, '--help'])).stdout, new RegExp(`claimscope ${name}`));
  const empty = mkdtempSync(join(tmpdir(), 'claimscope-shards-cli-'));
  try {
    const cases: Array<[string[], number, RegExp]> = [
      [['plan', empty], 2, /--shards takes a whole number/],
      [['plan', join(empty, 'nope'), '--shards', '2', '--out', join(empty, 'out')], 1, /not a folder/],
      [['ingest', empty, '--shard', 'x/2'], 2, /--shard takes i\/N or auto\/N/],
      [['ingest', empty, '--shard', '0/2', '--db', 'x.db'], 2, /leave out --db/],
      [['ingest', empty, '--shard', '0/2', '--out', join(empty, 'out')], 1, /no shard manifest/],
      [['shards', 'done', empty], 2, /usage: claimscope shards todo DIR/],
      [['shards', 'todo', empty], 1, /no shard manifest/],
      [['merge', empty], 2, /--into FILE.db/],
      [['compare', '--partition', '0/2'], 2, /--partition goes with --shards/],
      [['claims', '--db', 'a.db', '--shards', empty], 2, /not both/],
    ];
    for (const [args, code, message] of cases) {
      const result = await cli(args);
      assert.equal(result.code, code, args.join(' '));
      assert.match(result.stderr, message, args.join(' '));
    }
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

// ---- end to end ----------------------------------------------------------------------------------------------

const FOLDERS = ['.', 'site-00', 'site-01', 'site-02', 'site-03', 'site-03/archive', 'site-04', 'site-05', 'site-06', 'site-07', 'site-08', 'site-09'];
const PAGES_PER_FOLDER = 20;

function runShard(dir: string, out: string, index: number): Promise<number> {
  return new Promise((resolve) => spawn(process.execPath, [BIN, 'ingest', dir, '--shard', `${index}/4`, '--out', out, '--concurrency', '0', '--quiet'],
    { stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1)));
}

/** Per article and stage: key, status and output hash, over one database or the union of several. */
function stageRows(files: string[]): string[] {
  return files.flatMap((file) => {
    const db = new Database(file, { readonly: true });
    const rows = db.prepare(`SELECT a.path, r.stage, r.key, r.status, r.output_hash FROM stage_runs r JOIN articles a ON a.id = r.article_id`).all()
      .map((r) => JSON.stringify(r));
    db.close();
    return rows;
  }).sort();
}

const shardFiles = (out: string) => [0, 1, 2, 3].map((i) => join(out, `shard-000${i}.db`));

async function singleCompare(dir: string, db: string): Promise<string> {
  await ingest({ dir, db, pipeline: loadPipeline(OFFLINE, KNOWN_STAGES), workers: 0 });
  return (await cli(['compare', '--db', db, '--json'])).stdout;
}

test('four shard processes equal one database; kill, edit and merge', { timeout: 240_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'claimscope-shards-'));
  const dir = join(work, 'pages');
  const out = join(work, 'shards');
  const single = join(work, 'single.db');
  t.after(() => rmSync(work, { recursive: true, force: true }));
  assert.equal(writeVariedCorpus(dir, FOLDERS, PAGES_PER_FOLDER), FOLDERS.length * PAGES_PER_FOLDER);
  const singleGroups = await singleCompare(dir, single);

  const plan = await cli(['plan', dir, '--shards', '4', '--out', out, '--pipeline', OFFLINE, '--json']);
  assert.equal(plan.code, 0, plan.stderr);
  const manifest = JSON.parse(plan.stdout);
  assert.deepEqual(Object.keys(manifest.folders).sort(), [...FOLDERS].sort());
  assert.deepEqual(new Set(Object.values(manifest.folders).map((f: any) => f.shard)), new Set([0, 1, 2, 3]));
  assert.deepEqual((await cli(['shards', 'todo', out])).stdout.trim(), '0-3');

  await t.test('the union of four shards equals one database, article by article', async () => {
    assert.deepEqual(await Promise.all([0, 1, 2, 3].map((i) => runShard(dir, out, i))), [0, 0, 0, 0]);
    const todo = await cli(['shards', 'todo', out]);
    assert.equal(todo.code, 0);
    assert.equal(todo.stdout.trim(), '');
    const union = stageRows(shardFiles(out));
    assert.ok(union.length > FOLDERS.length * PAGES_PER_FOLDER * 5);
    assert.deepEqual(union, stageRows([single]));
    // Repeated blocks were found per folder, as on one machine: the folders were not split.
    const boilerplate = new Database(single, { readonly: true }).prepare('SELECT COUNT(*) FROM folder_boilerplate').pluck().get();
    assert.ok(Number(boilerplate) > 0);
  });

  await t.test('compare --shards gives the groups of compare on one database, in one or several partitions', async () => {
    const all = await cli(['compare', '--shards', out, '--json']);
    assert.equal(all.code, 0, all.stderr);
    assert.ok(JSON.parse(singleGroups).some((g: any) => g.verdict === 'conflict') && JSON.parse(singleGroups).some((g: any) => g.verdict === 'agree'));
    assert.equal(all.stdout, singleGroups);
    for (const k of [0, 1, 2]) assert.equal((await cli(['compare', '--shards', out, '--partition', `${k}/3`])).code, 0);
    const partitioned = await cli(['compare', '--shards', out, '--json']);
    assert.match(partitioned.stderr, /3 partitions; ran 0, unchanged 3/);
    assert.equal(partitioned.stdout, singleGroups);
  });

  await t.test('a shard killed with SIGKILL and run again gives the same result', async () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${shardFiles(out)[1]}${suffix}`, { force: true });
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--shard', '1/4', '--out', out, '--concurrency', '0', '--quiet'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const started = (): number => {
      try {
        const db = new Database(shardFiles(out)[1], { readonly: true });
        const n = Number(db.prepare("SELECT COUNT(*) FROM stage_runs WHERE stage = 'claims'").pluck().get());
        db.close();
        return n;
      } catch {
        return 0;
      }
    };
    while (started() < 5 && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    assert.match((await cli(['shards', 'todo', out])).stdout, /^1$/m);
    assert.equal(await runShard(dir, out, 1), 0);
    assert.deepEqual(stageRows(shardFiles(out)), stageRows([single]));
    assert.equal((await cli(['compare', '--shards', out, '--json'])).stdout, singleGroups);
  });

  await t.test('an edited page re-runs only its shard and the compare partitions it touches', async () => {
    const folder = 'site-05';
    const shard = manifest.folders[folder].shard as number;
    const page = join(dir, folder, '002-ru-neiroblog-openai-rashody.txt');
    const before = claimEntities(shardFiles(out)[shard], `${folder}/002-ru-neiroblog-openai-rashody.txt`);
    appendFileSync(page, '\n\nMistral AI employs 45 people, the company said.\n');
    assert.equal((await cli(['shards', 'todo', out])).stdout.trim(), String(shard));
    const others = shardFiles(out).map((f) => stageRows([f]));
    const result = await new Promise<{ code: number; json: string }>((resolve) => {
      let json = '';
      const child = spawn(process.execPath, [BIN, 'ingest', dir, '--shard', `${shard}/4`, '--out', out, '--concurrency', '0', '--json'], { stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.on('data', (d) => { json += d; });
      child.on('exit', (code) => resolve({ code: code ?? -1, json }));
    });
    assert.equal(result.code, 0);
    const summary = JSON.parse(result.json);
    assert.equal(summary.stages.read.ran, 1);
    assert.equal(summary.stages.claims.ran, 1);
    assert.equal((await cli(['shards', 'todo', out])).stdout.trim(), '');
    shardFiles(out).forEach((f, i) => { if (i !== shard) assert.deepEqual(stageRows([f]), others[i], `shard ${i} untouched`); });

    const after = claimEntities(shardFiles(out)[shard], `${folder}/002-ru-neiroblog-openai-rashody.txt`);
    const families = entityFamilies(productsByDeveloper(loadAliasTable([])));
    const touched = new Set([...before, ...after].map((e) => partitionOf(e, families, 3)));
    const reduce = await cli(['compare', '--shards', out, '--json']);
    assert.match(reduce.stderr, new RegExp(`ran ${touched.size}, unchanged ${3 - touched.size}`));
    assert.equal(reduce.stdout, await singleCompare(dir, single));
  });

  await t.test('merge: one file that passes integrity_check, with every shard row', async () => {
    const merged = join(work, 'merged.db');
    const result = await cli(['merge', out, '--into', merged, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const db = new Database(merged, { readonly: true });
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const sum = (sql: string) => shardFiles(out).reduce((n, f) => {
      const shardDb = new Database(f, { readonly: true });
      const value = Number(shardDb.prepare(sql).pluck().get());
      shardDb.close();
      return n + value;
    }, 0);
    for (const table of ['articles', 'claims', 'mentions', 'paragraphs', 'stage_runs', 'claim_vectors']) {
      assert.equal(Number(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()), sum(`SELECT COUNT(*) FROM ${table}`), table);
    }
    const singleDb = new Database(single, { readonly: true });
    assert.equal(db.prepare('SELECT COUNT(*) FROM entities').pluck().get(), singleDb.prepare('SELECT COUNT(*) FROM entities').pluck().get());
    // The full-text index was filled: a trigram search finds what it finds on one database.
    const search = "SELECT COUNT(*) FROM claims_fts WHERE claims_fts MATCH '\"Mistral\"'";
    assert.equal(db.prepare(search).pluck().get(), singleDb.prepare(search).pluck().get());
    db.close();
    singleDb.close();
    assert.equal((await cli(['compare', '--db', merged, '--json'])).stdout, (await cli(['compare', '--db', single, '--json'])).stdout);
    assert.equal((await cli(['merge', out, '--into', merged])).code, 2, 'an existing file is not replaced without --force');
  });

  await t.test('queries over the shard set: claims, entities and export as on one database', async () => {
    const withoutIds = (json: string) => JSON.parse(json).map(({ id: _id, ...rest }: { id: number }) => rest);
    assert.deepEqual(withoutIds((await cli(['claims', '--shards', out, '--json'])).stdout), withoutIds((await cli(['claims', '--db', single, '--json'])).stdout));
    assert.equal((await cli(['entities', '--shards', out, '--json'])).stdout, (await cli(['entities', '--db', single, '--json'])).stdout);
    assert.equal((await cli(['export', '--shards', out, '--format', 'ndjson'])).stdout, (await cli(['export', '--db', single, '--format', 'ndjson'])).stdout);
    assert.equal((await cli(['claims', '--shards', out, '--db', single])).code, 2);
  });
});

function claimEntities(file: string, path: string): string[] {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT DISTINCT c.entity FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.path = ? AND c.entity IS NOT NULL').pluck().all(path) as string[];
  db.close();
  return rows;
}


test('the Kubernetes and AWS Batch launchers of docs/scale-out.md run as documented', { timeout: 120_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'claimscope-launchers-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  const dir = join(work, 'pages');
  const out = join(work, 'shards');
  writeVariedCorpus(dir, ['a', 'b', 'c'], 6);
  const [k8sIngest] = manifestCommands(launcher('claimscope-ingest.yaml'));
  const [k8sCompare] = manifestCommands(launcher('claimscope-compare.yaml'));
  const awsIngest = JSON.parse(launcher('claimscope-ingest-job-definition.json')).containerProperties.command as string[];
  const shards = Number(/auto\/(\d+)/.exec(k8sIngest.join(' '))![1]);
  assert.equal(awsIngest.join(' '), k8sIngest.join(' '), 'the two launchers run the same task');
  assert.equal((await cli(['plan', dir, '--shards', String(shards), '--out', out, '--pipeline', OFFLINE])).code, 0);
  // The documented command with the test's paths; in this process, without worker threads.
  const asRun = (command: string[]) => {
    assert.deepEqual(command.slice(0, 2), ['npx', 'claimscope']);
    return command.slice(2).map((a) => (a === '/data/pages' ? dir : a === '/data/shards' ? out : a))
      .map((a, i, all) => (all[i - 1] === '--concurrency' ? '0' : a));
  };
  const withIndex = async (variable: string, index: number, command: string[]) => {
    process.env[variable] = String(index);
    try {
      return await cli(asRun(command));
    } finally {
      delete process.env[variable];
    }
  };
  // Half the indices as Kubernetes pods, half as AWS Batch children: each must find its index in its variable.
  for (let i = 0; i < shards; i++) {
    const result = await withIndex(i % 2 ? 'AWS_BATCH_JOB_ARRAY_INDEX' : 'JOB_COMPLETION_INDEX', i, i % 2 ? awsIngest : k8sIngest);
    assert.equal(result.code, 0, result.stderr);
  }
  assert.equal((await cli(['shards', 'todo', out])).code, 0);
  const partitions = Number(/auto\/(\d+)/.exec(k8sCompare.join(' '))![1]);
  for (let k = 0; k < partitions; k++) assert.equal((await withIndex('JOB_COMPLETION_INDEX', k, k8sCompare)).code, 0);
  const reduced = await cli(['compare', '--shards', out, '--json']);
  assert.match(reduced.stderr, new RegExp(`${partitions} partitions; ran 0, unchanged ${partitions}`));
  assert.equal(reduced.stdout, await singleCompare(dir, join(work, 'single.db')));
});
