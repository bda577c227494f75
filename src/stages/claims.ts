// claims: sentences that state a value of an attribute of an entity, and attributed quotes.
import type { Stage } from '../pipeline/stage.ts';
import type { ClaimsOutput, CleanDocument, EntitiesOutput, LanguageOutput } from '../types.ts';
import { extractClaims } from '../text/claims/claims.ts';

export const claimsStage: Stage<{ clean: CleanDocument; language: LanguageOutput; entities: EntitiesOutput }, ClaimsOutput> = {
  name: 'claims',
  version: 1,
  after: ['clean', 'language', 'entities'],
  options: {},
  run({ clean, language, entities }) {
    return { claims: extractClaims(clean.paragraphs.map((p) => p.text), language.article.lang, entities.mentions) };
  },
};
