// npm run bench:quantities: the quantity grammar (findQuantities) measured three ways, each beside a baseline run in the
// same process (the grammar as it was at BASELINE_REF, checked out from git into output/bench-quantities-baseline/):
//   1. the Recognizers-Text conformance suite (../shared/bench/quantity-specs/score.mjs), its ALL rows for both, then
//      per language and model for now on all cases and on the suite less its errata (bench/quantity-spec-errata.json),
//      with the pairs that meet issue 12's goal;
//   2. pathological inputs (repetitions of `1 `, `1.`, `1,`, `¥`, `万`, `百分之`, `-`, `$1.5 million, `, `-1/`, `1^`,
//      `1 su `, `5 thousand and `) at 100 KB and
//      1 MB: CPU ms and the growth between the two sizes (10 is linear); the baseline, quadratic, only at 1 and 2 KB;
//   3. the paragraphs of ../shared/bench/extraction-dev (real pages, extracted by the clean stage's extractor): CPU µs
//      per paragraph for both, and how many quantities each finds.
// Usage: npm run bench:quantities [-- --baseline REF] [-- --skip-specs]. CPU time (process.cpuUsage), since the machine is shared.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { findQuantities } from '../src/text/claims/quantities/index.ts';
import { decodePage } from '../src/text/read/decode.ts';
import { extractHtml } from '../src/text/clean/html/extract.ts';
import { detectLanguage, initLanguageDetection } from '../src/text/language/detect.ts';
import type { Quantity } from '../src/types.ts';
import { loadErrata, score, SCORER, writeSpecs, type ModelScore } from './quantity-spec-errata.ts';

/** The last commit before the grammar rewrite of issue 12 (its quantities were at src/text/claims/quantities/). */
const BASELINE_REF = '79b6196';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = join(ROOT, '../shared/bench');
const { values } = parseArgs({ options: { baseline: { type: 'string', default: BASELINE_REF }, 'skip-specs': { type: 'boolean' } } });

type Find = (text: string, lang: string) => Quantity[];

/** The baseline's sources, CLDR data and measure vocabulary (where it had them) from git, written beside the project (so its imports resolve); its grammar imported. */
async function loadBaseline(ref: string): Promise<Find> {
  const dir = join(ROOT, 'output/bench-quantities-baseline');
  // All of data/: the grammar reads the measure vocabulary (since 51a330e) and, through the claims modules it imports,
  // other data files (data/attributes.json at 997097f); a baseline missing one fails on import.
  const files = execFileSync('git', ['-C', ROOT, 'ls-tree', '-r', '--name-only', ref, 'src', 'data'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), execFileSync('git', ['-C', ROOT, 'show', `${ref}:${file}`], { maxBuffer: 1 << 30 })); // data/ has files of several MB
  }
  return (await import(pathToFileURL(join(dir, 'src/text/claims/quantities/index.ts')).href)).findQuantities as Find;
}

const cpuMs = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const c = process.cpuUsage(t);
  return (c.user + c.system) / 1000;
};

/** Issue 12's goal for Number, Percent and Currency in every language of the suite: fair recall and fair precision, %. */
const GOAL = { recall: 92, precision: 90 };
const meetsGoal = (s: ModelScore) => s.fairRecall !== null && s.fairPrecision !== null && s.fairRecall >= GOAL.recall && s.fairPrecision >= GOAL.precision;
const figures = (s: ModelScore) => `${s.fairRecall ?? '-'} / ${s.fairPrecision ?? '-'}`;

function specs(): void {
  if (!existsSync(SCORER)) { console.log('(no ../shared/bench/quantity-specs: conformance suite skipped)'); return; }
  console.log(`\n== conformance: ${SCORER} (fair recall / fair precision)`);
  const now = score(ROOT);
  const base = score(join(ROOT, 'output/bench-quantities-baseline-project'));
  console.log('model      baseline recall  precision |  now recall  precision');
  for (const model of ['Number', 'Percent', 'Currency']) {
    const b = base.totals[model];
    const n = now.totals[model];
    console.log(`${model.padEnd(10)} ${String(b.fairRecall).padStart(15)} ${String(b.fairPrecision).padStart(10)} | ${String(n.fairRecall).padStart(11)} ${String(n.fairPrecision).padStart(10)}`);
  }
  console.log('\nper language, fair recall / fair precision, baseline → now:');
  for (const [lang, models] of Object.entries(now.langs)) {
    const was = base.langs[lang];
    console.log(`| ${lang} | ${['Number', 'Percent', 'Currency'].map((m) => `${figures(was[m])} → **${figures(models[m])}**`).join(' | ')} |`);
  }
  // The same scorer on the suite less its errata (bench/quantity-spec-errata.json: expected answers that are wrong).
  const errata = loadErrata();
  const withoutDir = join(ROOT, 'output/bench-quantities-specs-without-errata');
  writeSpecs(withoutDir, errata, 'without');
  const without = score(ROOT, withoutDir);
  console.log(`\nnow, all cases and without the ${errata.length} errata cases (bench/quantity-spec-errata.json), fair recall / fair precision;`);
  console.log(`goal: fair recall ≥ ${GOAL.recall}, fair precision ≥ ${GOAL.precision} (✓ met, ✗ not)`);
  console.log('| lang | model | errata | all cases | goal | without errata | goal |');
  console.log('|---|---|---:|---:|:-:|---:|:-:|');
  for (const [lang, models] of Object.entries(now.langs)) {
    for (const model of ['Number', 'Percent', 'Currency']) {
      const all = models[model];
      const less = without.langs[lang][model];
      const n = errata.filter((e) => e.lang === lang && e.model === model).length;
      console.log(`| ${lang} | ${model} | ${n} | ${figures(all)} | ${meetsGoal(all) ? '✓' : '✗'} | ${figures(less)} | ${meetsGoal(less) ? '✓' : '✗'} |`);
    }
  }
  for (const model of ['Number', 'Percent', 'Currency']) {
    console.log(`| ALL | ${model} | ${errata.filter((e) => e.model === model).length} | ${figures(now.totals[model])} | | ${figures(without.totals[model])} | |`);
  }
}

/** A project folder the scorer can load the baseline from: its src/index.ts exports the baseline's findQuantities. */
function baselineProject(): void {
  const dir = join(ROOT, 'output/bench-quantities-baseline-project');
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/index.ts'), "export { findQuantities } from '../../bench-quantities-baseline/src/text/claims/quantities/index.ts';\n");
  if (!existsSync(join(dir, 'node_modules'))) execFileSync('ln', ['-s', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
}

const PATHOLOGICAL: Array<[string, string]> = [
  ['1 ', 'en'], ['1.', 'en'], ['1,', 'de'], ['¥', 'zh'], ['万', 'zh'], ['百分之', 'zh'], ['-', 'en'], ['$1.5 million, ', 'en'],
  // The arithmetic, proportion and sum rules: runs of fractions, powers, `su` and scaled parts joined by `and`.
  ['-1/', 'en'], ['1^', 'en'], ['1 su ', 'it'], ['5 thousand and ', 'en'],
];
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function pathological(baseline: Find): void {
  console.log('\n== pathological inputs: CPU ms (growth = 1 MB / 100 KB; 10 is linear)');
  console.log('input               now 100 KB   now 1 MB  growth | baseline 1 KB  2 KB  growth');
  for (const [unit, lang] of PATHOLOGICAL) {
    const small = cpuMs(() => findQuantities(repeatTo(unit, 100_000), lang));
    const large = cpuMs(() => findQuantities(repeatTo(unit, 1_000_000), lang));
    const b1 = cpuMs(() => baseline(repeatTo(unit, 1_000), lang));
    const b2 = cpuMs(() => baseline(repeatTo(unit, 2_000), lang));
    const growth = (a: number, b: number) => (a < 5 ? '-' : (b / a).toFixed(1)); // below 5 ms the timer and GC dominate
    console.log(`${JSON.stringify(unit).padEnd(18)} ${small.toFixed(0).padStart(11)} ${large.toFixed(0).padStart(10)} ${growth(small, large).padStart(7)} | ${b1.toFixed(1).padStart(13)} ${b2.toFixed(1).padStart(5)} ${growth(b1, b2).padStart(7)}`);
  }
}

async function realParagraphs(baseline: Find): Promise<void> {
  const dir = join(SHARED, 'extraction-dev/html');
  if (!existsSync(dir)) { console.log('(no ../shared/bench/extraction-dev: real-text timing skipped)'); return; }
  await initLanguageDetection();
  const paragraphs: Array<[string, string]> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort()) {
    const html = decodePage(gunzipSync(readFileSync(join(dir, file))), file.replace(/\.gz$/, '')).text;
    for (const p of extractHtml(html).paragraphs) paragraphs.push([p.text, detectLanguage(p.text).lang]);
  }
  const run = (find: Find) => { let found = 0; const ms = cpuMs(() => { for (const [t, l] of paragraphs) found += find(t, l).length; }); return { ms, found }; };
  // Warm both up once (compilation), then take the better of three runs each, alternating.
  run(findQuantities); run(baseline);
  const now = [run(findQuantities), run(baseline), run(findQuantities), run(baseline), run(findQuantities), run(baseline)];
  const best = (k: number) => Math.min(now[k].ms, now[k + 2].ms, now[k + 4].ms);
  const chars = paragraphs.reduce((a, [t]) => a + t.length, 0);
  console.log(`\n== extraction-dev: ${paragraphs.length} paragraphs, ${(chars / 1e6).toFixed(1)} M characters (best of 3, CPU)`);
  console.log(`baseline ${(1000 * best(1) / paragraphs.length).toFixed(1)} µs/paragraph, ${now[1].found} quantities`);
  console.log(`now      ${(1000 * best(0) / paragraphs.length).toFixed(1)} µs/paragraph, ${now[0].found} quantities (${(best(0) / best(1)).toFixed(2)}× the baseline's time)`);
}

const baseline = await loadBaseline(values.baseline!);
baselineProject();
if (!values['skip-specs']) specs();
pathological(baseline);
await realParagraphs(baseline);
