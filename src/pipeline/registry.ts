// The built-in stages by name, in pipeline order, loaded lazily (a query command should not pay for the cleaner or
// language models), and loading of user stages named by a pipeline file ("module": "./my-stage.ts").
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { isCorpusStage, type CorpusStage, type Stage } from './stage.ts';

type AnyStage = Stage | CorpusStage;

/** Every built-in stage, in the order a pipeline runs them: the one list that status, ingest and the registry share. */
const BUILTIN_STAGES: Array<[name: string, load: () => Promise<AnyStage>]> = [
  ['read', async () => (await import('../stages/read.ts')).readStage],
  ['clean', async () => (await import('../stages/clean.ts')).cleanStage],
  ['language', async () => (await import('../stages/language.ts')).languageStage],
  ['segment', async () => (await import('../stages/segment.ts')).segmentStage],
  ['entities', async () => (await import('../stages/entities.ts')).entitiesStage],
  ['claims', async () => (await import('../stages/claims.ts')).claimsStage],
  ['embed', async () => (await import('../stages/embed.ts')).embedStage],
  ['translate', async () => (await import('../stages/translate.ts')).translateStage],
  ['compare', async () => (await import('../stages/compare.ts')).compareStage],
];

export const BUILTIN_STAGE_ORDER: readonly string[] = BUILTIN_STAGES.map(([name]) => name);

/** Stages that read every article's output at once; they run after the per-article stages. */
export const CORPUS_STAGES = new Set(['compare']);

export const KNOWN_STAGES = new Set(BUILTIN_STAGE_ORDER);

/** Display rank of a stage: built-in ones in pipeline order, then the rest (user stages) after them. */
export const stageRank = (stage: string) => {
  const i = BUILTIN_STAGE_ORDER.indexOf(stage);
  return i < 0 ? BUILTIN_STAGE_ORDER.length : i;
};

const loaded = new Map<string, Promise<AnyStage>>();

/** The stage a pipeline step names, article or corpus stage: built in, or the default export of its "module". */
export function loadAnyStage(step: { stage: string; module?: string }): Promise<AnyStage> {
  const id = step.module ?? step.stage;
  let stage = loaded.get(id);
  if (!stage) {
    const builtin = BUILTIN_STAGES.find(([name]) => name === step.stage)?.[1];
    if (!step.module && !builtin) throw new Error(`unknown stage "${step.stage}"`);
    stage = step.module ? loadStageModule(step.module) : builtin!();
    loaded.set(id, stage);
  }
  return stage;
}

/** An article stage (what a worker runs). */
export async function loadStage(step: { stage: string; module?: string }): Promise<Stage> {
  const stage = await loadAnyStage(step);
  if (isCorpusStage(stage)) throw new Error(`stage "${step.stage}" is a corpus stage: it runs once over every article, not per page`);
  return stage;
}

/**
 * Registers tsx's loader once, for a TypeScript stage module. Running as TypeScript (a checkout) a loader is already
 * there; the built package runs without one (it took about 28 MB more in each worker thread) until a pipeline names a
 * TypeScript module, which then loads when the user has tsx installed.
 */
let typescriptLoader: Promise<void> | null = null;
function loadTypeScript(modulePath: string): Promise<void> {
  if (import.meta.url.endsWith('.ts')) return Promise.resolve();
  typescriptLoader ??= import('tsx/esm/api').then(({ register }) => { register(); }, () => {
    typescriptLoader = null;
    throw new Error(`${modulePath}: a TypeScript stage module needs tsx (npm install tsx), or compile it to JavaScript`);
  });
  return typescriptLoader;
}

async function loadStageModule(modulePath: string): Promise<AnyStage> {
  if (/\.[cm]?tsx?$/.test(modulePath)) await loadTypeScript(modulePath);
  const mod = await import(pathToFileURL(resolve(modulePath)).href);
  const stage = (mod.default ?? mod.stage) as AnyStage | undefined;
  const runs = stage && (typeof (stage as Stage).run === 'function' || isCorpusStage(stage));
  if (!stage || !runs || typeof stage.name !== 'string' || !Array.isArray(stage.after)) {
    throw new Error(`${modulePath}: expected a default export with name, version, after and run() (or runCorpus())`);
  }
  return stage;
}
