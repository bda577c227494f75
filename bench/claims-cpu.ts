// CPU time per page of the entities and claims stages together on ../shared/bench/extraction-dev (real news pages),
// optionally beside a baseline checkout of claimscope in the same process (`--baseline DIR`): the pages are read,
// cleaned and language-labelled once by this checkout's stages, then each implementation's entities and claims stages
// run over them in alternating rounds, after a warm-up round (which also loads jieba and the tables once). Each stage's
// CPU is also shown alone (issue 11's goal is on the sum; the entities and claims stages are cut by different people).
// As in a pipeline (pipelines/*.json: segment, entities, claims), each implementation's segment stage runs on the page
// right before its entities stage, untimed: the sentences it splits are remembered (sentences.ts), and the claims stage
// finds those of the paragraphs it splits in the same language there. `segment: false` leaves it out (the claims stage
// then splits every paragraph it reads itself, as before round 13).
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { formatTable } from '../src/cli/table.ts';
import type { Stage, StageContext } from '../src/pipeline/stage.ts';
import type { CleanDocument, LanguageOutput } from '../src/types.ts';

/** Timed rounds per implementation (alternating, so machine noise falls on both alike). */
const ROUNDS = 3;

interface Prepared { path: string; clean: CleanDocument; language: LanguageOutput }
interface Impl { name: string; segment: Stage; entities: Stage; claims: Stage }

async function stagesOf(name: string, root: string): Promise<Impl> {
  const { segmentStage } = await import(`${root}/src/stages/segment.ts`);
  const { entitiesStage } = await import(`${root}/src/stages/entities.ts`);
  const { claimsStage } = await import(`${root}/src/stages/claims.ts`);
  return { name, segment: segmentStage, entities: entitiesStage, claims: claimsStage };
}

const context = (path: string): StageContext => ({ options: { aliasFiles: [] }, path, notice: () => {} }) as unknown as StageContext;

async function prepare(dir: string): Promise<Prepared[]> {
  const { readStage } = await import('../src/stages/read.ts');
  const { cleanStage } = await import('../src/stages/clean.ts');
  const { languageStage } = await import('../src/stages/language.ts');
  const pages: Prepared[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort()) {
    const path = file.replace(/\.gz$/, '');
    const ctx = context(path);
    const read = await readStage.run({ path, bytes: gunzipSync(readFileSync(dir + file)) }, ctx);
    const clean = await cleanStage.run({ read }, ctx);
    const language = await languageStage.run({ clean }, ctx);
    pages.push({ path, clean, language });
  }
  return pages;
}

/** CPU milliseconds of one round over the pages: each stage's, and both together. */
interface RoundCpu { entities: number; claims: number; total: number }

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

async function runAll(impl: Impl, pages: Prepared[], segment: boolean): Promise<RoundCpu> {
  let entitiesMs = 0;
  let claimsMs = 0;
  for (const p of pages) {
    const ctx = context(p.path);
    if (segment) await impl.segment.run({ clean: p.clean, language: p.language }, ctx);
    const beforeEntities = cpuMs();
    const entities = await impl.entities.run({ clean: p.clean, language: p.language }, ctx);
    const beforeClaims = cpuMs();
    await impl.claims.run({ clean: p.clean, language: p.language, entities }, ctx);
    entitiesMs += beforeClaims - beforeEntities;
    claimsMs += cpuMs() - beforeClaims;
  }
  return { entities: entitiesMs, claims: claimsMs, total: entitiesMs + claimsMs };
}

/** Prints ms of CPU per page for each implementation and their ratio; returns nothing (a table for people). */
export async function benchClaimsCpu(extractionDir: string, projectRoot: string, baselineRoot: string | null, { segment = true }: { segment?: boolean } = {}): Promise<void> {
  const pages = await prepare(`${extractionDir}html/`);
  const impls = [await stagesOf('this checkout', projectRoot)];
  if (baselineRoot) impls.unshift(await stagesOf(`baseline (${baselineRoot})`, baselineRoot));
  for (const impl of impls) await runAll(impl, pages, segment); // warm-up: JIT, tables, jieba
  const rounds = new Map(impls.map((i) => [i.name, [] as RoundCpu[]]));
  for (let round = 0; round < ROUNDS; round++) for (const impl of impls) rounds.get(impl.name)!.push(await runAll(impl, pages, segment));
  // Each figure is its own best round (a stage's best and the sum's best may fall in different rounds).
  const perPage = (name: string, part: keyof RoundCpu) => Math.min(...rounds.get(name)!.map((r) => r[part])) / pages.length;
  const vsBase = (name: string, part: keyof RoundCpu) => (baselineRoot ? `${(perPage(name, part) / perPage(impls[0].name, part)).toFixed(2)}×` : '–');
  console.log(`entities + claims stages, CPU per page on ${pages.length} extraction-dev pages (best of ${ROUNDS} rounds after a warm-up; each column its own best round; `
    + `${segment ? 'each page segmented first, untimed, as in a pipeline' : 'no segment stage before them'})`);
  console.log(formatTable(['implementation', 'entities ms / page', 'claims ms / page', 'total ms / page', 'total, all rounds', 'vs baseline (entities, claims, total)'], impls.map((i) => [
    i.name, perPage(i.name, 'entities').toFixed(2), perPage(i.name, 'claims').toFixed(2), perPage(i.name, 'total').toFixed(2),
    rounds.get(i.name)!.map((r) => (r.total / pages.length).toFixed(2)).join(' '),
    baselineRoot ? `${vsBase(i.name, 'entities')} ${vsBase(i.name, 'claims')} ${vsBase(i.name, 'total')}` : '–',
  ])));
  console.log();
}
