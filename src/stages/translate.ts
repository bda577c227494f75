// translate: each claim sentence into the pivot language the user chose (options.to, default 'en'), with a
// model per language pair. Claims already in the target language are copied; when a pair's model cannot be
// had, those translations are null, the method says 'skipped:no-model' and one notice says how to fix it.
import type { Stage } from '../pipeline/stage.ts';
import type { ClaimsOutput, LanguageOutput, TranslateOutput } from '../types.ts';
import { DEFAULT_DTYPE, loadOrExplain, modelSettings } from '../models/loader.ts';
import {
  loadTranslator, targetOf, translateMethodKey, translationModelFor, untranslatedNotice, type TranslateOptions,
} from '../models/translator.ts';

export const SKIPPED_METHOD = 'skipped:no-model';

export const translateStage: Stage<{ claims: ClaimsOutput; language: LanguageOutput }, TranslateOutput, TranslateOptions> = {
  name: 'translate',
  version: 1,
  after: ['claims', 'language'],
  options: {
    to: { type: 'string' }, models: { type: 'object' }, template: { type: 'string' }, dtype: { type: 'string' }, device: { type: 'string' },
    offline: { type: 'boolean' },
  },
  methodKey(options, plan) {
    return translateMethodKey(options, plan.models ?? modelSettings());
  },
  async run({ claims, language }, ctx) {
    const options = ctx.options;
    const settings = ctx.models ?? modelSettings();
    const to = targetOf(options);
    const translations: Array<string | null> = claims.claims.map(() => null);
    const methods = new Set<string>();
    const models = new Set<string>();

    // Claims grouped by their language (the article's when a claim's own is undecided).
    const byLang = new Map<string, number[]>();
    claims.claims.forEach((claim, i) => {
      const lang = (claim.lang && claim.lang !== 'und' ? claim.lang : language.article.lang).split(/[-_]/)[0].toLowerCase();
      byLang.set(lang, [...(byLang.get(lang) ?? []), i]);
    });

    for (const [lang, indexes] of byLang) {
      if (lang === to) {
        for (const i of indexes) translations[i] = claims.claims[i].text;
        methods.add('copy');
        continue;
      }
      const id = options.offline === true ? null : translationModelFor(lang, options);
      if (!id) {
        methods.add(SKIPPED_METHOD);
        if (options.offline !== true && lang !== 'und') ctx.notice(untranslatedNotice(lang, to, null, null));
        continue;
      }
      const translator = await loadOrExplain(id, 'seq2seq', options.dtype ?? DEFAULT_DTYPE, settings, () => loadTranslator(id, options, settings),
        (why) => ctx.notice(untranslatedNotice(lang, to, id, why)));
      if (!translator) {
        methods.add(SKIPPED_METHOD);
        continue;
      }
      const texts = await translator.translate(indexes.map((i) => claims.claims[i].text));
      indexes.forEach((i, k) => (translations[i] = texts[k]));
      methods.add(`model:${id}`);
      models.add(id);
    }
    return {
      method: methods.size ? [...methods].sort().join('+') : 'no-claims',
      to,
      model: models.size ? [...models].sort().join(',') : null,
      translations,
    };
  },
};
