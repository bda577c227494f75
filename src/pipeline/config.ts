// Pipeline files (pipelines/*.json): which stages run, in which order, with which options.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PipelineStep {
  stage: string;
  options: Record<string, unknown>;
  /** Absolute path of a user stage module, for stages that are not built in. */
  module?: string;
}

export interface Pipeline {
  name: string;
  steps: PipelineStep[];
}

export class PipelineError extends Error {}

export const DEFAULT_PIPELINE = new URL('../../pipelines/default.json', import.meta.url);

export function loadPipeline(file: string | URL = DEFAULT_PIPELINE, known: Set<string>): Pipeline {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PipelineError(`cannot read pipeline ${String(file)}: ${(error as Error).message}`);
  }
  const path = file instanceof URL ? fileURLToPath(file) : file;
  return parsePipeline(raw, known, path, dirname(path));
}

/** `baseDir` resolves relative "module" paths of user stages. */
export function parsePipeline(raw: unknown, known: Set<string>, source = 'pipeline', baseDir = process.cwd()): Pipeline {
  const obj = raw as { name?: unknown; stages?: unknown };
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.stages)) {
    throw new PipelineError(`${source}: expected an object with a "stages" array`);
  }
  const steps: PipelineStep[] = obj.stages.map((s: any, i: number) => {
    if (!s || typeof s.stage !== 'string') throw new PipelineError(`${source}: stages[${i}] needs a "stage" name`);
    if (typeof s.module === 'string') return { stage: s.stage, options: s.options ?? {}, module: resolve(baseDir, s.module) };
    if (!known.has(s.stage)) throw new PipelineError(`${source}: unknown stage "${s.stage}" (known: ${[...known].join(', ')})`);
    if (s.options !== undefined && (typeof s.options !== 'object' || s.options === null || Array.isArray(s.options))) {
      throw new PipelineError(`${source}: options of stage "${s.stage}" must be an object`);
    }
    return { stage: s.stage, options: s.options ?? {} };
  });
  if (steps[0]?.stage !== 'read') throw new PipelineError(`${source}: the first stage must be "read"`);
  const names = new Set<string>();
  for (const step of steps) {
    if (names.has(step.stage)) throw new PipelineError(`${source}: stage "${step.stage}" is listed twice`);
    names.add(step.stage);
  }
  return { name: typeof obj.name === 'string' ? obj.name : 'pipeline', steps };
}
