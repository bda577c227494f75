// entities: mentions of organisations, people, products and places, mapped to canonical names through the alias table.
// With `nerModel` (a transformers.js token-classification model) present or downloadable, the names a model
// finds are added where the rules found nothing; without it, rules only, with one notice. The output records
// which (`method`), and methodKey says which will be used, so a later run with the model re-runs exactly these.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Stage } from '../pipeline/stage.ts';
import type { CleanDocument, EntitiesOutput, LanguageOutput } from '../types.ts';
import { sha256 } from '../pipeline/keys.ts';
import { BUILT_IN_ALIASES, TERRITORIES, addOpenNames, findEntities, loadAliasTable } from '../text/claims/entities.ts';
import { RULES_METHOD, mergeMentions, nerMethodKey, requestedNerModel, resolveRecogniser, type NerOptions } from '../models/ner.ts';
import { modelSettings } from '../models/loader.ts';
import { COMMON_WORDS, NAME_WORDS } from '../text/claims/names.ts';
import { perDistinctText } from '../text/distinct-texts.ts';
import { japaneseAnalyserLoaded, loadJapaneseAnalyser } from '../text/claims/script-names.ts';
import { loadResident } from '../pipeline/resident-memory.ts';
import { flatText } from '../text/flat-text.ts';

interface EntitiesOptions extends NerOptions {
  aliasFiles?: string[];
}

const aliasFilesOf = (options: EntitiesOptions) => options.aliasFiles ?? [];

export const entitiesStage: Stage<{ clean: CleanDocument; language: LanguageOutput }, EntitiesOutput, EntitiesOptions> = {
  name: 'entities',
  version: 12, // 12: Russian names romanised to the nearest English spelling by sound, katakana long vowels read as an unsounded r or l, dotted Chinese names no longer take the next verb (round 16); 11: Chinese company, brand, place and award names from their sentence's evidence, taken again across the article (round 15); 10: `International` as a name's last word makes an organisation, Romance names that end like a word for a people, German adjective forms of territories (round 13); 9: capitalised Latin names inside Korean text (round 12); 8: names in Japanese (kuromoji), Korean, Arabic and Hindi, and names in other scripts linked to their English spelling by sound (round 11); 7: English precision rules (two-capital abbreviations, plurals of kinds of people, sentence-first dictionary words; round 10); 6: Chinese places and transliterated names, middle initials, German noun pairs (round 9); 5: a name after a title's dot (Ms., Dr.) is found
  after: ['clean', 'language'],
  options: { aliasFiles: { type: 'string[]', default: [] }, nerModel: { type: 'string', nullable: true }, nerDtype: { type: 'string' } },
  async run({ clean, language }, ctx) {
    const aliases = loadAliasTable(aliasFilesOf(ctx.options));
    // Flat copies: every rule below reads them unit by unit (flat-text.ts).
    const paragraphs = clean.paragraphs.map((p) => flatText(p.text));
    const lang = language.article.lang;
    // kuromoji's dictionary loads once per worker, and only when a Japanese article comes; it stays (resident-memory.ts).
    if (lang === 'ja' && !japaneseAnalyserLoaded()) await loadResident(loadJapaneseAnalyser);
    // Per paragraph alone, so once per distinct text (a page of one-line paragraphs repeats them); the open names read the whole article.
    const mentions = perDistinctText(paragraphs, (texts) => findEntities(texts, lang, aliases, { openNames: false }));
    // Nothing model-related is touched (not even the loader's checks) when NER is off.
    const recogniser = requestedNerModel(ctx.options) ? await resolveRecogniser(ctx.options, ctx.notice, ctx.models ?? modelSettings()) : null;
    if (!recogniser) return { mentions: addOpenNames(paragraphs, lang, mentions), method: RULES_METHOD };
    const spans = await recogniser.recognise(paragraphs);
    return { mentions: addOpenNames(paragraphs, lang, mergeMentions(mentions, spans, lang, aliases)), method: `${RULES_METHOD}+${recogniser.method}` };
  },
  // The alias tables', the name words' and the common words' contents are an input like any other: editing one re-runs this stage (and what reads it) everywhere.
  // The NER part changes when a model appears (or its weights change), so those results re-run too.
  async methodKey(options, plan) {
    const files = [TERRITORIES, BUILT_IN_ALIASES, NAME_WORDS, COMMON_WORDS, ...aliasFilesOf(options).map((f) => resolve(f))];
    const aliasHash = sha256(files.map((f) => {
      try { return readFileSync(f, 'utf8'); } catch { return `missing:${String(f)}`; }
    }).join('\u0000'));
    return `${aliasHash}|${await nerMethodKey(options, plan.models ?? modelSettings(), !plan.dryRun)}`;
  },
};
