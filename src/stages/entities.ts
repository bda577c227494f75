// entities: mentions of organisations, people, products and places, mapped to canonical names through the alias table.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Stage } from '../pipeline/stage.ts';
import type { CleanDocument, EntitiesOutput, LanguageOutput } from '../types.ts';
import { sha256 } from '../pipeline/keys.ts';
import { BUILT_IN_ALIASES, findEntities, loadAliasTable } from '../text/entities.ts';

const aliasFilesOf = (options: Record<string, unknown>) => (options.aliasFiles as string[] | undefined) ?? [];

export const entitiesStage: Stage<{ clean: CleanDocument; language: LanguageOutput }, EntitiesOutput> = {
  name: 'entities',
  version: 1,
  after: ['clean', 'language'],
  run({ clean, language }, ctx) {
    const aliases = loadAliasTable(aliasFilesOf(ctx.options));
    return { mentions: findEntities(clean.paragraphs.map((p) => p.text), language.article.lang, aliases) };
  },
  // The alias tables' contents are an input like any other: editing one re-runs this stage (and what reads it) everywhere.
  methodKey(options) {
    const files = [BUILT_IN_ALIASES, ...aliasFilesOf(options).map((f) => resolve(f))];
    return sha256(files.map((f) => {
      try { return readFileSync(f, 'utf8'); } catch { return `missing:${String(f)}`; }
    }).join('\u0000'));
  },
};
