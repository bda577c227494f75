// extractClaims' first pass reads each paragraph in readParagraph, and a paragraph long enough to hold a sentence of too
// many digit runs in readLongParagraph (split into sentences before the grammar, and the split kept for the second
// pass). The two paths must read a sentence alike: each sentence below, in several scripts, gives the same claims as a
// paragraph of its own and at the end of a long paragraph whose other sentences state nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DIGIT_RUNS_PER_SENTENCE, extractClaims } from '../src/text/claims/claims.ts';
import type { Claim } from '../src/types.ts';

/** [article language, sentence]: our own sentences, each stating at least one quantity or quoting someone. */
const SENTENCES: Array<[string, string]> = [
  ['en', 'The orchard sold 4,300 crates of pears at $12 each last autumn.'],
  ['en', 'Seven hundred volunteers planted trees along the river, and one in five came back the next week.'],
  ['en', 'Water use at the mill fell 18% after the new pumps arrived.'],
  ['de', 'Die Bäckerei verkaufte im Winter 2.450 Brote und nahm 9,5 Millionen Euro ein.'],
  ['fr', 'La coopérative a livré trois cents paniers et vingt-deux tonnes de pommes.'],
  ['zh', '这家书店去年卖出了三千二百本旧书，收入约四十万元。'],
  ['ja', '町の図書館は新しい本を2万冊そろえ、机を三十台買った。'],
  ['ar', 'اشترت المدرسة ٤٠ حاسوبا بمبلغ ٦٠ ألف دولار.'],
  ['en', '“We will open a second kiosk by spring,” said Oren Vale, who runs the market stalls.'],
  ['en', 'A bare count of 12 goes here, and 3e4 grains were weighed.'],
];

/** Number-free filler of our own, in the sentence's script, repeated until the paragraph takes the long path. */
const FILLER: Record<string, string> = {
  en: 'The committee met again in the old library to go over the plans for the coming season. ',
  de: 'Der Ausschuss traf sich wieder in der alten Bibliothek, um die Pläne für die Saison zu besprechen. ',
  fr: 'Le comité s’est de nouveau réuni dans la vieille bibliothèque pour revoir les projets de la saison. ',
  zh: '委员会又在旧图书馆开会，讨论下个季节的计划。',
  ja: '委員会は古い図書館でまた集まり、次の季節の計画を話し合った。',
  ar: 'اجتمعت اللجنة مرة أخرى في المكتبة القديمة لمناقشة خطط الموسم القادم. ',
};

/** A claim without what depends on where its sentence stands in the paragraph. */
const reading = (c: Claim) => ({ ...c, paragraph: undefined });

test('a sentence reads the same in a short paragraph (readParagraph) and at the end of a long one (readLongParagraph)', () => {
  for (const [lang, sentence] of SENTENCES) {
    const filler = FILLER[lang];
    const long = filler.repeat(Math.ceil((2 * MAX_DIGIT_RUNS_PER_SENTENCE) / filler.length)) + sentence;
    assert.ok(long.length >= 2 * MAX_DIGIT_RUNS_PER_SENTENCE);
    const short = extractClaims([sentence], lang, []);
    assert.ok(short.length > 0, `${lang}: ${sentence} states something`);
    assert.deepEqual(extractClaims([long], lang, []).map(reading), short.map(reading), `${lang}: ${sentence}`);
  }
});

test('paragraphs of both paths in one article keep their order and indices', () => {
  const filler = FILLER.en.repeat(Math.ceil((2 * MAX_DIGIT_RUNS_PER_SENTENCE) / FILLER.en.length));
  const paragraphs = [SENTENCES[0][1], filler + SENTENCES[2][1], 'Nothing is counted here.', filler, SENTENCES[8][1]];
  const claims = extractClaims(paragraphs, 'en', []);
  assert.deepEqual([...new Set(claims.map((c) => c.paragraph))], [0, 1, 4]);
  assert.deepEqual(claims.filter((c) => c.paragraph === 1).map(reading), extractClaims([SENTENCES[2][1]], 'en', []).map(reading));
});
