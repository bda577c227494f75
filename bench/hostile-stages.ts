// Worker side of bench/hostile.ts: runs the text stages in pipeline order on one page and reports each stage's
// wall and CPU time as it ends, so that the main thread can stop a stage that runs past the cap. The stages after
// clean get the page's text itself as paragraphs (split at blank lines), not what clean kept of it: clean rightly
// drops most of a page of `1 1 1 …`, and each stage must hold on any text. Each paragraph starts with an entity
// and a verb (ENTITY_LEAD), so that the claim rules, which look at sentences with an entity, see every number.
import { parentPort } from 'node:worker_threads';
import type { Stage } from '../src/pipeline/stage.ts';
import { readStage } from '../src/stages/read.ts';
import { cleanStage } from '../src/stages/clean.ts';
import { languageStage } from '../src/stages/language.ts';
import { segmentStage } from '../src/stages/segment.ts';
import { entitiesStage } from '../src/stages/entities.ts';
import { claimsStage } from '../src/stages/claims.ts';
import type { CleanDocument, ReadOutput } from '../src/types.ts';

export const BENCH_STAGES: Array<[Stage, Record<string, unknown>]> = [
  [cleanStage, { dropInjectedBriefs: true }], [languageStage, {}], [segmentStage, {}], [entitiesStage, { aliasFiles: [] }], [claimsStage, {}],
];

export type StageReport = { type: 'start'; stage: string } | { type: 'end'; stage: string; wallMs: number; cpuMs: number; error?: string } | { type: 'done' };

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** `stopBefore`: a stage stopped at the cap on a smaller input of the same kind (it and the stages after it are not run). */
parentPort?.on('message', async ({ path, bytes, stopBefore }: { path: string; bytes: Uint8Array; stopBefore: string | null }) => {
  const post = (m: StageReport) => parentPort!.postMessage(m);
  const outputs: Record<string, unknown> = {};
  const ctx = (options: Record<string, unknown>) => ({ options, path, notice: () => {} });
  for (const [stage, options] of [[readStage, {}] as [Stage, Record<string, unknown>], ...BENCH_STAGES]) {
    if (stage.name === stopBefore) break;
    post({ type: 'start', stage: stage.name });
    const wall = performance.now();
    const cpu = cpuMs();
    try {
      const input = stage.name === 'read' ? { path, bytes } : Object.fromEntries(stage.after.map((d) => [d, outputs[d]]));
      outputs[stage.name] = await stage.run(input, ctx(options));
      if (stage.name === 'clean') outputs.clean = rawParagraphs(outputs.read as ReadOutput, outputs.clean as CleanDocument);
      post({ type: 'end', stage: stage.name, wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu });
    } catch (error) {
      post({ type: 'end', stage: stage.name, wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu, error: (error as Error).message });
      break;
    }
  }
  post({ type: 'done' });
});

const ENTITY_LEAD = 'OpenAI spent ';

/** The decoded text as the paragraphs of a clean document (markup pages keep what clean made of them). */
function rawParagraphs(read: ReadOutput, clean: CleanDocument): CleanDocument {
  if (read.format === 'html') return clean;
  const paragraphs = read.text.split(/\n\s*\n/).filter((p) => p.trim()).map((text) => ({ text: ENTITY_LEAD + text, kind: 'p' as const }));
  return { ...clean, paragraphs };
}
