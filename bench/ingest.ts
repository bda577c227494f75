// npm run bench: ingest throughput, CPU and memory on real scraped pages, with the synthetic corpus as a second row.
// Real pages: the extraction-dev and extraction-zh-dev pages (../shared/bench, gzipped HTML), decompressed and varied so
// that each copy is distinct (numbers shifted, a paragraph added), up to --pages pages in folders of 500 like a
// scraper's per-site folders. Each set is ingested twice (first ingest, unchanged re-run) with the offline pipeline
// and two workers; a parse-only row (htmlparser2 over the same pages on this thread) shows the ceiling the cleaner
// works under. CPU is the whole process's (main thread and workers), per page: wall time on a shared machine swings.
// `--baseline DIR` also ingests the same folders with the runner of another checkout (e.g. `git archive` of main),
// so that a change can be read against a baseline measured in the same run.
// Each ingest runs in a process of its own (bench/ingest-child.mjs), so that its peak RSS (the kernel's maximum
// resident set of that process, workers included) holds neither the pages made here nor another runner's heap:
// measured in this process, the templates and the garbage of making 10,000 copies added about 100 MB.
// This checkout runs as a user installs it: built (scripts/build.mjs) and run from dist/ with plain Node, no
// TypeScript loader in the process or its workers; `--from src,dist` adds the source tree under tsx (as in
// development) as a row of its own. A --baseline checkout runs from its source tree under tsx.
// `--probe FILE` samples the memory of this checkout's first ingest (built, if it runs so) every second into FILE (JSON lines, Linux only; see
// bench/ingest-child.mjs): the process's RSS, the main thread's V8 heap by space, and the RSS by kind (the main thread's
// malloc heap, the other threads' malloc arenas, mapped files, the rest: V8 heaps, WebAssembly memory, large buffers).
// The environment passes to every ingest: `MALLOC_ARENA_MAX=2 npm run bench` measures glibc's malloc with two arenas.
// Usage: npm run bench [-- --pages 10000 --sets real,synthetic --baseline /tmp/base --from src,dist --pipeline pipelines/offline.json --probe /tmp/mem.ndjson]
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import type { IngestSummary } from '../src/pipeline/runner.ts';
import { formatTable } from '../src/cli/table.ts';
import { decodePage } from '../src/text/read/decode.ts';
import { loadPipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';

const { values } = parseArgs({ options: {
  pages: { type: 'string' }, sets: { type: 'string' }, pipeline: { type: 'string' }, baseline: { type: 'string' }, keep: { type: 'boolean' },
  from: { type: 'string' }, probe: { type: 'string' },
} });
const PAGES = Number(values.pages ?? 10_000);
const SETS = (values.sets ?? 'real,synthetic').split(',');
const SHARED_BENCH = fileURLToPath(new URL('../../shared/bench/', import.meta.url));
const REAL_SOURCES = ['extraction-dev/html', 'extraction-zh-dev/html'].map((d) => join(SHARED_BENCH, d));
const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const THIS_CHECKOUT = fileURLToPath(new URL('..', import.meta.url));
const pipelineFile = resolve(values.pipeline ?? join(THIS_CHECKOUT, 'pipelines/offline.json'));
/** Pages per sub-folder, like a scraper's per-site folders (and to keep directories small). */
const PAGES_PER_FOLDER = 500;
const WORKERS = 2;
/** How this checkout runs: 'dist' built, with plain Node (as installed); 'src' the TypeScript under tsx. */
const FROM = (values.from ?? 'dist').split(',');

interface Template { name: string; bytes: Buffer }

function realTemplates(): Template[] {
  const found: Template[] = [];
  for (const dir of REAL_SOURCES) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.html.gz')) found.push({ name: name.slice(0, -3), bytes: gunzipSync(readFileSync(join(dir, name))) });
    }
  }
  return found;
}

function syntheticTemplates(): Template[] {
  const found: Template[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (statSync(full).size > 200) found.push({ name: entry.name, bytes: readFileSync(full) });
    }
  };
  walk(CORPUS);
  return found;
}

const isUtf8 = (bytes: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * A distinct copy of a page: a unique paragraph added before </body> (ASCII, so any legacy encoding stays valid) and,
 * in UTF-8 pages (where an ASCII byte is never part of another character), every digit of the text shifted by the copy
 * number, so that numbers, dates and the claims made of them differ from copy to copy.
 */
function variant(template: Template, copy: number): Buffer {
  const line = `Reference ${copy}: archived copy number ${copy * 7 + 3}.`;
  let text = template.bytes.toString('latin1');
  if (copy > 0 && isUtf8(template.bytes)) {
    text = text.replace(/>([^<]+)</g, (_, inner: string) => `>${inner.replace(/[0-9]/g, (d) => String((Number(d) + copy) % 10))}<`);
  }
  const html = extname(template.name).startsWith('.htm');
  const marker = html ? text.lastIndexOf('</body>') : -1;
  const varied = html && marker > 0 ? `${text.slice(0, marker)}<p>${line}</p>${text.slice(marker)}` : `${text}\n\n${line}\n`;
  return Buffer.from(varied, 'latin1');
}

function makeCorpus(templates: Template[], pages: number): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-bench-'));
  let bytes = 0;
  for (let i = 0; i < pages; i++) {
    const folder = join(dir, `site-${Math.floor(i / PAGES_PER_FOLDER)}`);
    if (i % PAGES_PER_FOLDER === 0) mkdirSync(folder);
    const t = templates[i % templates.length];
    const page = variant(t, Math.floor(i / templates.length));
    bytes += page.length;
    writeFileSync(join(folder, `${i}-${t.name}`), page);
  }
  return { dir, bytes };
}

interface Measured<T> { value: T; seconds: number; cpuMs: number; peakRssMb: number; mainCpuMs?: number | null }

/** Wall time and the CPU of this process (every thread) over `run`; the peak RSS is the process's since it started. */
async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // ru_maxrss, in KB on Linux: the kernel's own peak, which no sampling interval can miss.
  return { value, seconds, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** One ingest of `dir` into `db` by a checkout's source tree (under tsx) or built package (plain Node), in a child process. */
function ingestAlone(root: string, from: string, dir: string, db: string, probe?: string): Measured<IngestSummary> {
  const child = fileURLToPath(new URL('./ingest-child.mjs', import.meta.url));
  const file = root === THIS_CHECKOUT ? pipelineFile : join(root, 'pipelines', 'offline.json');
  const out = execFileSync(process.execPath, [...(from === 'src' ? ['--import', 'tsx'] : []), child, root, from, dir, db, file, String(WORKERS), ...(probe ? [probe] : [])],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const m = JSON.parse(out.trim().split('\n').pop()!);
  return { value: { stages: m.stages } as IngestSummary, seconds: m.seconds, cpuMs: m.cpuMs, peakRssMb: m.peakRssMb, mainCpuMs: m.mainCpuMs };
}

/** htmlparser2 alone over the decoded pages, on this thread: the parse the cleaner cannot go below. */
function parseOnly(dir: string): { pages: number } {
  let pages = 0;
  for (const folder of readdirSync(dir).filter((f) => f.startsWith('site-'))) {
    for (const name of readdirSync(join(dir, folder))) {
      const page = decodePage(readFileSync(join(dir, folder, name)), name);
      new Parser({}, { decodeEntities: true }).end(page.text);
      pages++;
    }
  }
  return { pages };
}

if (FROM.includes('dist')) execFileSync(process.execPath, [join(THIS_CHECKOUT, 'scripts/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
const pipeline = loadPipeline(pipelineFile, KNOWN_STAGES);
console.log(`pipeline ${pipeline.name}: ${pipeline.steps.map((s) => s.stage).join(' → ')}; ${WORKERS} workers; load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);

const rows: Array<Array<string | number>> = [];
const stageRows: Array<Array<string | number>> = [];
for (const set of SETS) {
  const templates = set === 'real' ? realTemplates() : syntheticTemplates();
  if (templates.length === 0) {
    console.log(`${set}: no pages (${set === 'real' ? `${REAL_SOURCES.join(', ')} not found` : CORPUS}): skipped`);
    continue;
  }
  const { dir, bytes } = makeCorpus(templates, PAGES);
  console.log(`${set}: ${PAGES} pages from ${templates.length} templates, ${(bytes / PAGES / 1024).toFixed(0)} KB mean, in ${dir}`);
  const dbDir = mkdtempSync(join(tmpdir(), 'claimscope-bench-db-'));
  const runners: Array<[label: string, root: string, from: string]> = FROM.map((from) =>
    [from === 'dist' ? 'this checkout (built)' : 'this checkout (source, tsx)', THIS_CHECKOUT, from]);
  if (values.baseline) runners.unshift(['baseline (source, tsx)', resolve(values.baseline), 'src']);
  for (const [label, root, from] of runners) {
    // Outside the page folder, which each ingest walks.
    const db = join(dbDir, `bench-${label.replace(/\W+/g, '-')}.db`);
    // One probed run: this checkout built if it runs so, else from its source tree.
    const probe = values.probe && root === THIS_CHECKOUT && from === (FROM.includes('dist') ? 'dist' : 'src') ? resolve(values.probe) : undefined;
    if (probe) rmSync(probe, { force: true });
    const first = ingestAlone(root, from, dir, db, probe);
    const rerun = ingestAlone(root, from, dir, db);
    rows.push([set, label, PAGES, Math.round(PAGES / first.seconds), Number(first.seconds.toFixed(1)), Number((first.cpuMs / PAGES).toFixed(1)),
      Number(rerun.seconds.toFixed(2)), Math.round(Math.max(first.peakRssMb, rerun.peakRssMb))]);
    // Node 20 has no per-thread CPU clock: the CPU of the threads other than the main one (the workers and V8's
    // background threads: garbage collection, compilers) is shared out over the stages by their share of the time the
    // workers spent in them. The main thread's own CPU (Linux's per-thread counter) is a row of its own; where it
    // cannot be read, the whole process's CPU is shared out.
    const mainMs = first.mainCpuMs ?? 0;
    const stages = Object.entries(first.value.stages);
    const stageMs = stages.reduce((sum, [, c]) => sum + c.ms, 0);
    for (const [stage, c] of stages) {
      stageRows.push([set, label, stage, c.ran, Number((c.ms / PAGES).toFixed(2)), Number((((first.cpuMs - mainMs) * c.ms) / stageMs / PAGES).toFixed(2))]);
    }
    if (first.mainCpuMs != null) stageRows.push([set, label, 'main thread (read files, write SQLite)', '', '', Number((mainMs / PAGES).toFixed(2))]);
    console.log(`  ${label}: first ${first.seconds.toFixed(1)} s, re-run ${rerun.seconds.toFixed(2)} s`);
  }
  if (set === 'real') {
    const parsed = await measure(async () => parseOnly(dir));
    rows.push([set, 'parse only (htmlparser2, 1 thread)', parsed.value.pages, Math.round(parsed.value.pages / parsed.seconds),
      Number(parsed.seconds.toFixed(1)), Number((parsed.cpuMs / parsed.value.pages).toFixed(1)), '', '']);
  }
  if (!values.keep) for (const d of [dir, dbDir]) rmSync(d, { recursive: true, force: true });
}

console.log('');
console.log(formatTable(['pages', 'runner', 'count', 'first ingest pages/s', 'first ingest s', 'CPU ms/page', 'unchanged re-run s', 'peak RSS MB'], rows));
console.log('');
console.log('Stages on a first ingest, per page: time in the workers, and the CPU of every thread but the main one shared out by that time (a stage with more runs than pages ran twice on some); the main thread\'s own CPU below them:');
console.log(formatTable(['pages', 'runner', 'stage', 'runs', 'wall ms/page', 'CPU ms/page (share)'], stageRows));
console.log('\nGoals (real pages, 10,000): first ingest ≥ 150 pages/s (≈ 12 ms CPU a page on 2 cores), unchanged re-run < 3 s, peak RSS ≤ 600 MB.');
