// Shortcuts of the claims stage (src/text/claims/claims.ts) checked against the code they stand in for: each table
// holds texts on both sides of the shortcut's gate, and the answer must be the one the full computation gives.
// All texts are made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphLanguage } from '../src/text/claims/claims.ts';
import { scriptCounts } from '../src/text/language/scripts.ts';
import { stopwordsOf, words } from '../src/text/language/words.ts';

/** paragraphLanguage as it was before its shortcut for paragraphs below U+0400: counted by script every time. */
function paragraphLanguageCounted(text: string, articleLang: string): string {
  const { Han: han, Kana: kana, Cyrillic: cyrillic, Latin: latin, Hangul: hangul } = scriptCounts(text);
  const total = han + kana + cyrillic + latin + hangul;
  if (total === 0) return articleLang;
  if ((han + kana) / total >= 0.6) {
    if (kana > 0 && kana >= han * 0.1) return 'ja';
    return articleLang === 'ja' || articleLang === 'zh' ? articleLang : 'zh';
  }
  if (cyrillic / total >= 0.6) return ['ru', 'uk', 'bg', 'sr', 'be', 'kk', 'mk'].includes(articleLang) ? articleLang : 'ru';
  if (hangul / total >= 0.6) return 'ko';
  if (latin / total >= 0.6 && ['zh', 'ja', 'ru', 'ko', 'uk', 'bg'].includes(articleLang)) {
    const list = words(text, 'en');
    let best = articleLang;
    let bestCount = 1;
    for (const candidate of ['en', 'de', 'fr', 'es']) {
      const count = list.filter((w) => stopwordsOf(candidate).has(w)).length;
      if (count > bestCount) { best = candidate; bestCount = count; }
    }
    return best;
  }
  return articleLang;
}

test('paragraphLanguage: the shortcut below U+0400 gives what counting by script gives', () => {
  const texts = [
    'The city council approved a budget of 12 million dollars for the new bridge on Monday.',
    'Die Stadt gab für die neue Brücke rund zwölf Millionen Euro aus, sagte der Bürgermeister.',
    'Le conseil a voté un budget de 12 millions d’euros pour le pont, a précisé l’élu.',
    'Ελληνικά γράμματα και 12 εκατομμύρια ευρώ', // Greek: below U+0400, counted by no script of the rule
    '12 345 — 67,8 % (+3)', '', '   ', 'Ok', 'Şirket beş milyon lira ödedi.', 'Ærø og Øresund: 5 færger',
    'Город потратил 12 миллионов рублей на мост.', // Cyrillic: at U+0400 and above
    '市议会周一批准了1200万美元的预算。', '市議会は月曜日に1200万ドルの予算を承認した。', '시의회는 월요일에 예산을 승인했다.',
    'OpenAI GPT-4 PaLM', 'The council said that the bridge will be open to the public by the end of the year.',
    'Der Rat sagte, dass die Brücke bis zum Ende des Jahres für die Öffentlichkeit offen sein wird.',
    'Ｆｕｌｌ ｗｉｄｔｈ 12', 'Emoji 😀 and 12 cats', 'Mixed: Brücke мост 橋',
  ];
  const langs = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ar', 'hi', 'sv', 'zh', 'ja', 'ko', 'ru', 'uk', 'bg', 'sr', 'und'];
  for (const text of texts) for (const lang of langs) assert.equal(paragraphLanguage(text, lang), paragraphLanguageCounted(text, lang), `${text} (${lang})`);
});
