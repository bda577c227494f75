// One ingest for bench/ingest.ts, in a process of its own: `node [--import tsx] bench/ingest-child.mjs ROOT src|dist
// DIR DB PIPELINE WORKERS [PROBE]`. Plain JavaScript, so that the built package (dist/) runs with plain Node as a user installs it,
// with no TypeScript loader in the process; the source tree (src/) runs under tsx. Prints its measures as JSON.
import { appendFileSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, from, dir, db, pipelineFile, workers, probe] = process.argv.slice(2);
const load = (name) => import(pathToFileURL(join(root, from === 'dist' ? `dist/pipeline/${name}.js` : `src/pipeline/${name}.ts`)).href);
const [runner, config, registry] = await Promise.all([load('runner'), load('config'), load('registry')]);
const pipeline = config.loadPipeline(pipelineFile, registry.KNOWN_STAGES);
/**
 * CPU milliseconds of this process's main thread (reading files, writing SQLite), from Linux's per-thread counters
 * (clock ticks of 10 ms); null elsewhere. Node 20 has no per-thread CPU clock of its own.
 */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
const MB = 1024 * 1024;
/**
 * Resident memory by kind, in MB, from Linux's /proc/self/smaps: `brk`, the main thread's malloc heap (SQLite, the
 * buffers of pages read and results received); `arenas`, the malloc arenas of the other threads (glibc gives each
 * thread that contends for malloc one of 64 MB address space, up to 8 per core: the workers, V8's compiler and
 * collector threads, libuv's pool); `files`, mapped files (Node's code, ICU); `anonymous`, the rest: the V8 heaps of
 * every thread, WebAssembly memory (fastText's model in each worker), large buffers, thread stacks.
 */
function residentByKind() {
  const mappings = [];
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (m) mappings.push({ start: BigInt(`0x${m[1]}`), end: BigInt(`0x${m[2]}`), perms: m[3], name: m[4], kb: 0 });
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss && mappings.length) mappings[mappings.length - 1].kb = Number(rss[1]);
  }
  const kinds = { brk: 0, arenas: 0, arenaCount: 0, files: 0, anonymous: 0 };
  // An arena is 64 MB of address space aligned on 64 MB: its used part read-write, the rest reserved (---p) after it.
  const ARENA = 64n * BigInt(MB);
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const arena = m.name === '' && m.start % ARENA === 0n && m.perms.startsWith('rw')
      && (m.end - m.start === ARENA || (next?.start === m.end && next.name === '' && next.perms.startsWith('---') && next.end - m.start === ARENA));
    if (arena) kinds.arenaCount++;
    kinds[m.name === '[heap]' ? 'brk' : m.name.startsWith('/') ? 'files' : arena ? 'arenas' : 'anonymous'] += m.kb / 1024;
  });
  return kinds;
}
/**
 * `--probe FILE` of bench/ingest.ts: the ingest's memory every second, one JSON line each: the process's RSS and its
 * peak so far (VmHWM), the main thread's V8 heap by space and its external memory, and the RSS by kind above.
 */
function startProbe(file) {
  const started = performance.now();
  const timer = setInterval(() => {
    const status = readFileSync('/proc/self/status', 'utf8');
    const mb = (field) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)[1]) / 1024);
    const main = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ''), Math.round(s.space_size / MB)]));
    const kinds = Object.fromEntries(Object.entries(residentByKind()).map(([k, v]) => [k, Math.round(v)]));
    appendFileSync(file, `${JSON.stringify({ s: Math.round((performance.now() - started) / 1000), rss: mb('VmRSS'), peak: mb('VmHWM'),
      threads: Number(/Threads:\s+(\d+)/.exec(status)[1]), mainHeap: main, mainExternal: Math.round(process.memoryUsage().external / MB), ...kinds })}\n`);
  }, 1000);
  timer.unref();
  return timer;
}
const probeTimer = probe ? startProbe(probe) : null;
const mainBefore = mainThreadCpuMs();
const cpu = process.cpuUsage();
const started = performance.now();
const summary = await runner.ingest({ dir, db, pipeline, workers: Number(workers) });
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const mainAfter = mainThreadCpuMs();
clearInterval(probeTimer ?? undefined);
// ru_maxrss, in KB on Linux: the kernel's own peak for the process (workers included), which no sampling can miss.
console.log(JSON.stringify({ seconds, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024,
  mainCpuMs: mainBefore === null || mainAfter === null ? null : mainAfter - mainBefore, stages: summary.stages }));
