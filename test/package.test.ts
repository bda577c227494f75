// The package as a user installs it: `npm pack`, then `npm install <tarball>` in an empty folder with no .npmrc
// (dependencies from the package registry only), then the CLI and the library with plain Node (no tsx).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** What a default install may take (issue 17's goal). */
const MAX_INSTALL_MB = 120;

/** The environment of a user's shell: none of the npm_config_* our own npm run exports from this repository's .npmrc. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_|^NODE_OPTIONS$/i.test(k)));
  return { ...env, ...extra };
}

async function registryReachable(): Promise<boolean> {
  try {
    const response = await fetch('https://registry.npmjs.org/p-queue', { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * better-sqlite3 compiles SQLite from source when it cannot download its prebuilt binary (2–4 minutes here, where
 * only the npm registry is reachable). Its installer (prebuild-install) takes a local prebuilt instead, the same
 * binary this checkout built: the test then measures our package, not a C compiler.
 */
function localSqlitePrebuild(dir: string): Record<string, string> {
  const sqlite = join(ROOT, 'node_modules/better-sqlite3');
  const binary = join(sqlite, 'build/Release/better_sqlite3.node');
  if (!existsSync(binary)) return {};
  const { version } = JSON.parse(readFileSync(join(sqlite, 'package.json'), 'utf8')) as { version: string };
  const staging = join(dir, 'staging');
  mkdirSync(join(staging, 'build/Release'), { recursive: true });
  execFileSync('cp', [binary, join(staging, 'build/Release/')]);
  mkdirSync(join(dir, 'prebuilds'));
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync('tar', ['-czf', join(dir, 'prebuilds', name), '-C', staging, 'build']);
  return { npm_config_better_sqlite3_local_prebuilds: join(dir, 'prebuilds') };
}

function du(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;
}

test('npm pack → npm install in an empty folder → CLI and import() with plain Node', { timeout: 600_000 }, async (t) => {
  if (!(await registryReachable())) {
    t.skip('the npm registry (registry.npmjs.org) is unreachable: the install test needs it');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-pkg-'));
  try {
    // Pack: prepack builds dist/ with tsc.
    const packed = JSON.parse(execFileSync(NPM, ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', env: userEnv(),
      stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed[0].files.map((f) => f.path);
    for (const wanted of ['LICENSE', 'bin/claimscope.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/pipeline/worker-entry.mjs',
      'data/aliases.json', 'pipelines/default.json']) assert.ok(files.includes(wanted), `the package ships ${wanted}`);
    for (const file of files) assert.doesNotMatch(file, /^(src|test|bench|corpus|\.ci|scripts)\/|^tsconfig|\.npmrc/, `the package does not ship ${file}`);

    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-claimscope', private: true, type: 'module' }));
    const env = userEnv(localSqlitePrebuild(dir));
    const install = spawnSync(NPM, ['install', join(dir, packed[0].filename), '--no-audit', '--no-fund'], { cwd: project, env, encoding: 'utf8' });
    assert.equal(install.status, 0, `npm install failed:\n${install.stderr}`);
    const modules = join(project, 'node_modules');
    assert.ok(!existsSync(join(modules, 'onnxruntime-node')), 'the model runtime is optional: not installed by default');
    const size = du(modules);
    t.diagnostic(`node_modules after npm install claimscope: ${size.toFixed(0)} MB`);
    assert.ok(size <= MAX_INSTALL_MB, `node_modules is ${size.toFixed(0)} MB, over the ${MAX_INSTALL_MB} MB goal`);

    const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: project, env, encoding: 'utf8', timeout: 120_000 });
    const version = run('npx', ['claimscope', '--version']);
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), `claimscope ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`);

    mkdirSync(join(project, 'pages'));
    writeFileSync(join(project, 'pages/launch.html'), '<html lang="en"><head><title>Launch</title></head><body><article><h1>Launch</h1>'
      + '<p>The robotics startup Hexapod Labs said on Monday that it now employs 240 engineers across three offices, up from 150 a year ago.</p>'
      + '<p>Its founders expect the new assembly line to double output before the end of the year, the company said in a statement.</p></article></body></html>');
    writeFileSync(join(project, 'pages/note.txt'), 'Die Firma Hexapod Labs beschäftigt nach eigenen Angaben rund 240 Ingenieure an drei Standorten.\n');
    const ingested = run('npx', ['claimscope', 'ingest', 'pages', '--offline']);
    assert.equal(ingested.status, 0, ingested.stderr);
    assert.match(ingested.stdout, /Ingested 2 pages/);
    // The model runtime is not installed: the model stages say in one line how to add it, and the run goes on.
    const withoutRuntime = run('npx', ['claimscope', 'ingest', 'pages', '--force=entities']);
    assert.equal(withoutRuntime.status, 0, withoutRuntime.stderr);
    assert.match(withoutRuntime.stderr, /notice: entities: the model runtime is not installed: run "claimscope models install"/);
    const hint = run('npx', ['claimscope', 'models', 'install', '--print']);
    assert.equal(hint.stdout.trim(), `(cd ${project} && npm install @huggingface/transformers@${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).peerDependencies['@huggingface/transformers']})`);
    const exported = run('npx', ['claimscope', 'export', '--format', 'ndjson']);
    assert.equal(exported.status, 0, exported.stderr);
    assert.deepEqual(exported.stdout.trim().split('\n').map((line) => JSON.parse(line).lang), ['en', 'de']);

    // The installed package runs without a TypeScript loader: a pipeline naming a .ts stage module says what it needs.
    writeFileSync(join(project, 'upper.ts'), "export default { name: 'upper', version: 1, after: ['read'], run: ({ read }: { read: { text: string } }) => ({ text: read.text.toUpperCase() }) };\n");
    writeFileSync(join(project, 'ts-pipeline.json'), JSON.stringify({ name: 'ts', stages: [{ stage: 'read', options: {} }, { stage: 'upper', module: './upper.ts', options: {} }] }));
    const typescriptStage = run('npx', ['claimscope', 'ingest', 'pages', '--pipeline', 'ts-pipeline.json', '--db', 'ts.db']);
    assert.notEqual(typescriptStage.status, 0);
    assert.match(typescriptStage.stderr, /upper\.ts: a TypeScript stage module needs tsx \(npm install tsx\), or compile it to JavaScript/);

    const library = run(process.execPath, ['--input-type=module', '-e', `
      const m = await import('claimscope');
      const doc = m.cleanHtml('<html><body><article><p>${'Sentence with some words in it. '.repeat(20)}</p></article></body></html>');
      const quantities = m.findQuantities('It cost about $4.6 million.', 'en');
      console.log(JSON.stringify({ ingest: typeof m.ingest, openDatabase: typeof m.openDatabase, paragraphs: doc.paragraphs.length,
        value: quantities[0]?.value }));`]);
    assert.equal(library.status, 0, library.stderr);
    assert.deepEqual(JSON.parse(library.stdout), { ingest: 'function', openDatabase: 'function', paragraphs: 1, value: 4_600_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
