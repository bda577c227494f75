// The errata of the quantity conformance suite (bench/quantity-spec-errata.json: cases whose expected answer is wrong)
// and the scorer (../shared/bench/quantity-specs/score.mjs) run on a copy of the suite's spec files with those cases
// left out, or with only those cases kept. The scorer's own scoring does the rest: a case left out leaves its gold
// results and its extractions out of every figure.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCORER = join(ROOT, '../shared/bench/quantity-specs/score.mjs');
const SPECS = join(dirname(SCORER), 'specs');

/** The scorer's languages (its LANGS) with their spec folders, and the models an erratum may name (its MODELS). */
export const SPEC_LANGUAGES: Record<string, string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish', zh: 'Chinese', ja: 'Japanese', pt: 'Portuguese', it: 'Italian', nl: 'Dutch' };
export const SPEC_MODELS: Record<string, string> = { Number: 'Number/%s/NumberModel.json', Percent: 'Number/%s/PercentModel.json', Currency: 'NumberWithUnit/%s/CurrencyModel.json' };
/** Every spec file the scorer reads, Dimension included, so a filtered copy is the whole suite less the cases left out. */
const ALL_MODEL_FILES = [...Object.values(SPEC_MODELS), 'NumberWithUnit/%s/DimensionModel.json'];

export interface Erratum { lang: string; model: string; input: string; expected: Array<{ text: string; value: string }>; reason: string }
export interface SpecCase { Input: string; Results?: Array<{ Text: string; Resolution?: { value?: string | null } }> }

export const loadErrata = (): Erratum[] => JSON.parse(readFileSync(join(ROOT, 'bench/quantity-spec-errata.json'), 'utf8')).cases;

export const specFile = (lang: string, model: string): string => join(SPECS, SPEC_MODELS[model].replace('%s', SPEC_LANGUAGES[lang]));

/** A spec file's cases (the upstream files start with a byte-order mark, as the scorer's readSpecs allows). */
export const readSpecCases = (file: string): SpecCase[] => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));

const isErratum = (errata: Erratum[], lang: string, file: string, testCase: SpecCase) =>
  errata.some((e) => e.lang === lang && file === SPEC_MODELS[e.model] && e.input === testCase.Input);

/** Writes the suite to `dir`, each spec file keeping its errata cases (`only`) or everything else (`without`). */
export function writeSpecs(dir: string, errata: Erratum[], keep: 'without' | 'only'): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [lang, name] of Object.entries(SPEC_LANGUAGES)) {
    for (const pattern of ALL_MODEL_FILES) {
      const source = join(SPECS, pattern.replace('%s', name));
      if (!existsSync(source)) continue;
      const cases = readSpecCases(source).filter((c) => isErratum(errata, lang, pattern, c) === (keep === 'only'));
      const target = join(dir, pattern.replace('%s', name));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, JSON.stringify(cases));
    }
  }
  if (existsSync(join(SPECS, 'SOURCE.txt'))) copyFileSync(join(SPECS, 'SOURCE.txt'), join(dir, 'SOURCE.txt'));
}

/** The scorer's figures in %, null where there is nothing to count (exactCases: the share of cases passed whole). */
export interface ModelScore { cases: number; exactCases: number | null; fairRecall: number | null; fairPrecision: number | null }
export interface SpecScore { langs: Record<string, Record<string, ModelScore>>; totals: Record<string, ModelScore> }

/** The scorer's --json summary of `project` on the spec folder `specs` (default: the suite itself); failing cases to `out` when given. */
export function score(project: string, specs?: string, out?: string): SpecScore {
  const args = [SCORER, project, '--json', ...(specs ? ['--specs', specs] : []), ...(out ? ['--out', out] : ['--no-failures'])];
  return JSON.parse(execFileSync('node', args, { encoding: 'utf8', maxBuffer: 64e6 }));
}
