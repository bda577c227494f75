// claims: every stated quantity with its measure, subject and confidence, and attributed quotes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Stage } from '../pipeline/stage.ts';
import type { ClaimsOutput, CleanDocument, EntitiesOutput, LanguageOutput } from '../types.ts';
import { sha256 } from '../pipeline/keys.ts';
import { extractClaims } from '../text/claims/claims.ts';
import { BUILT_IN_MEASURES, CLDR_MEASURE_UNITS, loadMeasureTable } from '../text/claims/measures.ts';

/** Users' measure vocabularies (data/measures.json format, docs/measures.md), read before the built-in one. */
const measureFilesOf = (options: Record<string, unknown>) => (options.measureFiles as string[] | undefined) ?? [];

export const claimsStage: Stage<{ clean: CleanDocument; language: LanguageOutput; entities: EntitiesOutput }, ClaimsOutput> = {
  name: 'claims',
  version: 13, // 13: a clause opening with an adverb of place takes the place named before it, time phrases and Chinese predicates read from their grammar, months before a count are times, Hindi adjectives by class (round 16); 12: a Chinese figure of coordinated names takes the first conjunct's name, and subjects from the new Chinese names (round 15); 11: sentences no longer cut at Spanish lowercase titles (round 13); 10: the same subject rule in every language (a place that only modifies the subject head, spelled and counter numbers opening a counted phrase, fronted phrases of time, English `by` naming a maker; round 12); 9: subject choice (names read whole, a speaker is no subject, carried subjects, Chinese clauses, recipients) and a sentence of over 1,000 digit runs not read for quantities (round 11); 8: a subject as written beside the canonical entity, 124 more counted nouns in 14 languages (round 10); 7: measures of Slavic, Turkish, CJK counters and units of area and volume, and subjects from the new entities (round 9); 6: measures, units, scale words shared by joined numbers, and subjects changed (round 8)
  after: ['clean', 'language', 'entities'],
  options: { measureFiles: { type: 'string[]', default: [] } },
  run({ clean, language, entities }, ctx) {
    const measures = loadMeasureTable(measureFilesOf(ctx.options));
    const warnings: string[] = [];
    const claims = extractClaims(clean.paragraphs.map((p) => p.text), language.article.lang, entities.mentions, measures, (w) => warnings.push(w));
    return { claims, ...(warnings.length ? { warnings } : {}) };
  },
  // The measure files' contents are an input like any other: editing one re-runs this stage everywhere.
  methodKey(options) {
    return sha256([BUILT_IN_MEASURES, CLDR_MEASURE_UNITS, ...measureFilesOf(options).map((f) => resolve(f))].map((f) => {
      try { return readFileSync(f, 'utf8'); } catch { return `missing:${String(f)}`; }
    }).join('\u0000'));
  },
};
