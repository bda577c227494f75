// entities: mentions of organisations, people, products and places, mapped to canonical names through the alias table.
import type { Stage } from '../pipeline/stage.ts';
import type { CleanDocument, EntitiesOutput, LanguageOutput } from '../types.ts';
import { findEntities, loadAliasTable } from '../text/entities.ts';

export const entitiesStage: Stage<{ clean: CleanDocument; language: LanguageOutput }, EntitiesOutput> = {
  name: 'entities',
  version: 1,
  after: ['clean', 'language'],
  run({ clean, language }, ctx) {
    const aliases = loadAliasTable((ctx.options.aliasFiles as string[] | undefined) ?? []);
    return { mentions: findEntities(clean.paragraphs.map((p) => p.text), language.article.lang, aliases) };
  },
};
