// The built-in stages by name, loaded lazily (a query command should not pay for cheerio or language
// models), and loading of user stages named by a pipeline file ("module": "./my-stage.ts").
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Stage } from './stage.ts';

const BUILTIN_STAGES: Record<string, () => Promise<Stage>> = {
  read: async () => (await import('../stages/read.ts')).readStage,
  clean: async () => (await import('../stages/clean.ts')).cleanStage,
  language: async () => (await import('../stages/language.ts')).languageStage,
  segment: async () => (await import('../stages/segment.ts')).segmentStage,
  entities: async () => (await import('../stages/entities.ts')).entitiesStage,
  claims: async () => (await import('../stages/claims.ts')).claimsStage,
  embed: async () => (await import('../stages/embed.ts')).embedStage,
  translate: async () => (await import('../stages/translate.ts')).translateStage,
};

/** Stages that read every article's output at once; they run after the per-article stages. */
export const CORPUS_STAGES = new Set(['compare']);

export const KNOWN_STAGES = new Set([...Object.keys(BUILTIN_STAGES), ...CORPUS_STAGES]);

const loaded = new Map<string, Promise<Stage>>();

/** The stage a pipeline step names: built in, or the default export of its "module". */
export function loadStage(step: { stage: string; module?: string }): Promise<Stage> {
  const id = step.module ?? step.stage;
  let stage = loaded.get(id);
  if (!stage) {
    const builtin = BUILTIN_STAGES[step.stage];
    if (!step.module && !builtin) throw new Error(`unknown stage "${step.stage}"`);
    stage = step.module ? loadStageModule(step.module) : builtin();
    loaded.set(id, stage);
  }
  return stage;
}

async function loadStageModule(modulePath: string): Promise<Stage> {
  const mod = await import(pathToFileURL(resolve(modulePath)).href);
  const stage = (mod.default ?? mod.stage) as Stage | undefined;
  if (!stage || typeof stage.run !== 'function' || typeof stage.name !== 'string') {
    throw new Error(`${modulePath}: expected a default export with name, version, after and run()`);
  }
  return stage;
}
