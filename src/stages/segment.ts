// segment: sentence boundaries per paragraph, in the paragraph's own language.
import type { Stage } from '../pipeline/stage.ts';
import type { CleanDocument, LanguageOutput, SegmentOutput } from '../types.ts';
import { splitSentences } from '../text/language/sentences.ts';

export const segmentStage: Stage<{ clean: CleanDocument; language: LanguageOutput }, SegmentOutput> = {
  name: 'segment',
  version: 2, // 2: Spanish titles abbreviated in lowercase (sra., sr.) end no sentence (round 13)
  after: ['clean', 'language'],
  options: {},
  run({ clean, language }) {
    const sentences: SegmentOutput['sentences'] = [];
    clean.paragraphs.forEach((p, paragraph) => {
      const lang = paragraphLang(language, paragraph);
      for (const s of splitSentences(p.text, lang)) sentences.push({ paragraph, start: s.start, end: s.end });
    });
    return { sentences };
  },
};

/** The paragraph's language when it was decided, else the article's. */
export function paragraphLang(language: LanguageOutput, paragraph: number): string {
  const own = language.paragraphs[paragraph];
  return own && own.lang !== 'und' ? own.lang : language.article.lang;
}
