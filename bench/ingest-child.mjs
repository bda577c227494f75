// One ingest for bench/ingest.ts, in a process of its own: `node [--import tsx] bench/ingest-child.mjs ROOT src|dist
// DIR DB PIPELINE WORKERS`. Plain JavaScript, so that the built package (dist/) runs with plain Node as a user installs it,
// with no TypeScript loader in the process; the source tree (src/) runs under tsx. Prints its measures as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, from, dir, db, pipelineFile, workers] = process.argv.slice(2);
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
const mainBefore = mainThreadCpuMs();
const cpu = process.cpuUsage();
const started = performance.now();
const summary = await runner.ingest({ dir, db, pipeline, workers: Number(workers) });
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const mainAfter = mainThreadCpuMs();
// ru_maxrss, in KB on Linux: the kernel's own peak for the process (workers included), which no sampling can miss.
console.log(JSON.stringify({ seconds, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024,
  mainCpuMs: mainBefore === null || mainAfter === null ? null : mainAfter - mainBefore, stages: summary.stages }));
