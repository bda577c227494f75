// language: a label per paragraph and for the article (length-weighted over content paragraphs only).
import type { Stage } from '../pipeline/stage.ts';
import type { CleanDocument, LanguageOutput } from '../types.ts';
import { initLanguageDetection, labelArticle } from '../text/language/detect.ts';

let ready: Promise<void> | null = null;

export const languageStage: Stage<{ clean: CleanDocument }, LanguageOutput> = {
  name: 'language',
  version: 3, // 3: past 4,096 paragraphs too short to judge alone, a page's further short paragraphs take the article's confidence instead of running the detectors (round 14: their label is `und` either way); 2: a Nordic paragraph makes the Nordic languages candidates for the whole article (detect.ts)
  after: ['clean'],
  options: {},
  async run({ clean }) {
    // Detectors with a WebAssembly model load once per thread.
    await (ready ??= initLanguageDetection());
    const texts = clean.paragraphs.map((p) => p.text);
    // A page that kept no paragraph still has a title worth labelling.
    if (texts.length === 0 && clean.title) texts.push(clean.title);
    const labels = labelArticle(texts, { htmlLang: clean.langHint });
    return { article: labels.article, paragraphs: labels.paragraphs.slice(0, clean.paragraphs.length) };
  },
};
