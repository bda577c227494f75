// npm run bench:claims: first the three dev sets of ../shared/bench (claims-dev, claims-parallel-dev, entities-dev),
// each through its own scorer (which ingests its pages with the CLI and prints its table); then, as a regression check,
// the real stages (read → clean → language → entities → claims) over the bundled corpus and
// ../shared/seeds, scored against test/fixtures/corpus-expected.json and test/fixtures/seeds-expected-claims.json.
// Prints per page the claims found, then recall (expected claims and quotes found), precision (extracted numeric
// claims that a careful reader listed), listed non-claims that were extracted, and the cross-article groups that
// groupClaims makes of everything (agree / conflict).
// Usage: npm run bench:claims [-- --verbose] [-- --no-dev] [-- --baseline DIR (another claimscope checkout, for the CPU table)]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readStage } from '../src/stages/read.ts';
import { claimsStage } from '../src/stages/claims.ts';
import type { Stage, StageContext } from '../src/pipeline/stage.ts';
import type { Claim, CleanDocument, EntitiesOutput, LanguageOutput } from '../src/types.ts';
import { groupClaims, type ArticleClaim } from '../src/text/claims/compare.ts';
import { formatTable } from '../src/cli/table.ts';
import { ATTRIBUTED_CONFIDENCE } from '../src/text/claims/claims.ts';
import { benchClaimsCpu } from './claims-cpu.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v' }, 'no-dev': { type: 'boolean' }, baseline: { type: 'string' } } });
const BENCH = fileURLToPath(new URL('../../shared/bench/', import.meta.url));
const PROJECT = fileURLToPath(new URL('..', import.meta.url));
/** The dev sets whose scorers measure claims and entities on real pages (their READMEs say what each column means). */
const DEV_SETS = ['claims-dev', 'claims-parallel-dev', 'entities-dev'];
const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

/**
 * Stages written by other engineers may still be missing while the rewrite is under way: the bench then says so and
 * stands in the page's language from the fixture (language) rather than failing, so claims can be measured anyway.
 */
async function optionalStage<T extends Stage>(module: string, name: string): Promise<T | null> {
  try {
    return (await import(module))[name] as T;
  } catch (error) {
    console.log(`(${name} not available: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return null;
  }
}
const cleanStage = (await optionalStage<Stage<{ read: unknown }, CleanDocument>>('../src/stages/clean.ts', 'cleanStage'))!;
const languageStage = await optionalStage<Stage<{ clean: CleanDocument }, LanguageOutput>>('../src/stages/language.ts', 'languageStage');
const entitiesStage = (await optionalStage<Stage<{ clean: CleanDocument; language: LanguageOutput }, EntitiesOutput>>('../src/stages/entities.ts', 'entitiesStage'))!;

interface Expected { entity: string; attribute: string; value: number; unit: string; time: string | null; sentence: string }
interface ExpectedPage { path: string; lang: string; claims: Expected[]; quotes: Array<{ speaker: string; sentence: string }>; notClaims: string[]; error?: string }

const load = (name: string): ExpectedPage[] => JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8'));
// The reader's lists hold claims tied to an attribute word and an entity: the attributed reading, not every quantity.
const matches = (c: Claim, e: Expected) =>
  c.kind === 'numeric' && c.confidence >= ATTRIBUTED_CONFIDENCE && c.entity === e.entity && c.attribute === e.attribute && c.value === e.value && c.unit === e.unit && c.time === e.time && c.text.includes(e.sentence);

function context(path: string): StageContext {
  return { options: {}, path, notice: () => {} };
}

async function runPage(dir: string, path: string, fixtureLang: string): Promise<Claim[]> {
  const ctx = context(path);
  const read = readStage.run({ path, bytes: readFileSync(dir + path) }, ctx) as Awaited<ReturnType<typeof readStage.run>>;
  const clean = await cleanStage.run({ read }, ctx);
  const fallback = (): LanguageOutput => {
    const label = { lang: fixtureLang, script: null, confidence: 1 };
    return { article: label, paragraphs: clean.paragraphs.map(() => label) };
  };
  const language = languageStage ? await languageStage.run({ clean }, ctx) : fallback();
  const entities = await entitiesStage.run({ clean, language }, ctx);
  return (await claimsStage.run({ clean, language, entities }, ctx)).claims;
}

interface Score { expected: number; found: number; quotes: number; quotesFound: number; numeric: number; correct: number; notClaimsHit: string[]; missing: string[]; wrong: string[] }

function score(set: string, page: ExpectedPage, claims: Claim[], s: Score) {
  for (const e of page.claims) {
    s.expected++;
    if (claims.some((c) => matches(c, e))) s.found++;
    else s.missing.push(`${set}/${page.path}: ${e.entity} ${e.attribute} ${e.value} ${e.unit} ${e.time ?? ''}`);
  }
  for (const q of page.quotes) {
    s.quotes++;
    if (claims.some((c) => c.attribute === 'quote' && c.speaker === q.speaker && c.text.includes(q.sentence))) s.quotesFound++;
    else s.missing.push(`${set}/${page.path}: quote by ${q.speaker}`);
  }
  for (const c of claims.filter((c) => c.kind === 'numeric' && c.confidence >= ATTRIBUTED_CONFIDENCE)) {
    s.numeric++;
    if (page.claims.some((e) => matches(c, e))) s.correct++;
    else s.wrong.push(`${set}/${page.path}: ${c.entity} ${c.attribute} ${c.value} ${c.unit} ${c.time ?? ''} | ${c.quantityText}`);
  }
  for (const n of page.notClaims) {
    if (claims.some((c) => c.kind === 'numeric' && c.confidence >= ATTRIBUTED_CONFIDENCE && (n.includes(c.quantityText) || c.quantityText.includes(n)) && c.text.includes(n))) s.notClaimsHit.push(`${set}/${page.path}: ${n}`);
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

/** Each dev set's scorer, run from the project root as its README says (for a baseline checkout first, when given); its table goes straight to stdout. */
function runDevScorers(baseline: string | null): void {
  if (!existsSync(BENCH)) {
    console.log('(../shared/bench not found: dev-set scores skipped)\n');
    return;
  }
  for (const set of DEV_SETS) {
    const scorer = `${BENCH}${set}/score.mjs`;
    if (!existsSync(scorer)) { console.log(`(${scorer} not found)`); continue; }
    for (const project of baseline ? [baseline, PROJECT] : [PROJECT]) {
      const run = spawnSync(process.execPath, [scorer, project], { cwd: PROJECT, stdio: ['ignore', 'inherit', 'inherit'] });
      if (run.status !== 0) console.log(`${set}: scorer exited with ${run.status}`);
      console.log();
    }
  }
}

async function main() {
  if (!values['no-dev']) {
    runDevScorers(values.baseline ?? null);
    if (existsSync(`${BENCH}extraction-dev/`)) await benchClaimsCpu(`${BENCH}extraction-dev/`, PROJECT.replace(/\/$/, ''), values.baseline ? values.baseline.replace(/\/$/, '') : null);
  }
  if (!languageStage) console.log('(language stage missing: each page is labelled with its fixture language)\n');
  const sets: Array<{ name: string; dir: string; pages: ExpectedPage[] }> = [{ name: 'corpus', dir: CORPUS, pages: load('corpus-expected.json').filter((p) => !p.error) }];
  if (existsSync(SEEDS)) sets.push({ name: 'seeds', dir: SEEDS, pages: load('seeds-expected-claims.json') });
  else console.log('(../shared/seeds not found: corpus only)\n');

  const rows: Array<Array<string | number>> = [];
  const all: ArticleClaim[] = [];
  let id = 0;
  const started = performance.now();
  for (const set of sets) {
    const s: Score = { expected: 0, found: 0, quotes: 0, quotesFound: 0, numeric: 0, correct: 0, notClaimsHit: [], missing: [], wrong: [] };
    for (const page of set.pages) {
      let claims: Claim[];
      try {
        claims = await runPage(set.dir, page.path, page.lang);
      } catch (error) {
        s.missing.push(`${set.name}/${page.path}: stage failed: ${error instanceof Error ? error.message : String(error)}`);
        claims = [];
      }
      score(set.name, page, claims, s);
      for (const c of claims) all.push({ ...c, id: id++, path: `${set.name}/${page.path}` });
      if (values.verbose) {
        console.log(`${set.name}/${page.path}`);
        for (const c of claims) console.log(`  ${c.attribute.padEnd(11)} ${String(c.entity).padEnd(12)} ${c.value ?? ''} ${c.unit ?? ''} ${c.time ?? ''} ${c.speaker ?? ''} | ${(c.quantityText ?? '').slice(0, 50)}`);
      }
    }
    rows.push([set.name, set.pages.length, `${s.found}/${s.expected}`, pct(s.found, s.expected), `${s.quotesFound}/${s.quotes}`, pct(s.quotesFound, s.quotes), `${s.correct}/${s.numeric}`, pct(s.correct, s.numeric), s.notClaimsHit.length]);
    for (const m of s.missing) console.log(`missing  ${m}`);
    for (const w of s.wrong) console.log(`unlisted ${w}`);
    for (const n of s.notClaimsHit) console.log(`notClaim ${n}`);
  }
  console.log();
  console.log(formatTable(['set', 'pages', 'claims found', 'recall', 'quotes found', 'quote recall', 'correct/extracted', 'precision', 'non-claims hit'], rows));

  const groups = groupClaims(all);
  console.log(`\ncross-article groups: ${groups.length} (${groups.filter((g) => g.verdict === 'agree').length} agree, ${groups.filter((g) => g.verdict === 'conflict').length} conflict)`);
  console.log(formatTable(['entity', 'attribute', 'unit', 'time', 'verdict', 'articles', 'languages', 'values'],
    groups.map((g) => [g.entity, g.attribute, g.unit ?? '', g.time ?? '', g.verdict, new Set(g.claims.map((c) => c.path)).size,
      [...new Set(g.claims.map((c) => c.lang))].join(' '), [...new Set(g.claims.map((c) => c.value))].join(' / ')]), [12, 12, 10, 7, 8, 8, 20, 40]));
  console.log(`\n${(performance.now() - started).toFixed(0)} ms`);
}

await main();
