// Names in scripts without capitals (Japanese through kuromoji; Korean, Arabic and Hindi next to a title or by a long
// name's sound) and the same name linked across scripts to its English spelling (cross-script.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';
import { englishNameOf, englishNameOfWord, type NameScript } from '../src/text/claims/cross-script.ts';
import { englishNames } from '../src/text/claims/names.ts';
import { japaneseAnalyserLoaded, loadJapaneseAnalyser } from '../src/text/claims/script-names.ts';

const names = englishNames()!;
const table = loadAliasTable([]);
const found = (lang: string, text: string) => findEntities([text], lang, table).map((m) => `${m.text}=${m.canonical}`);

test('a name in another script meets its English spelling through its sound', () => {
  const cases: Array<[string, NameScript, string]> = [
    ['ケネディ', 'kana', 'kennedy'], ['ボストン', 'kana', 'boston'], ['テキサス', 'kana', 'texas'], ['ワシントン', 'kana', 'washington'],
    ['케네디', 'hangul', 'kennedy'], ['시카고', 'hangul', 'chicago'], ['오바마', 'hangul', 'obama'],
    ['كينيدي', 'arabic', 'kennedy'], ['فلوريدا', 'arabic', 'florida'], ['أوباما', 'arabic', 'obama'],
    ['ओबामा', 'devanagari', 'obama'], ['बोस्टन', 'devanagari', 'boston'], ['टेक्सास', 'devanagari', 'texas'],
    ['肯尼迪', 'han', 'kennedy'], ['达拉斯', 'han', 'dallas'], ['奥巴马', 'han', 'obama'],
  ];
  for (const [word, script, english] of cases) assert.equal(englishNameOfWord(word, script, names, 2), english, word);
});

test('a katakana long vowel where English leaves an r or l unsounded meets the name that writes it', () => {
  // [katakana, names to link to, English]
  const cases: Array<[string, ReadonlySet<string>, string | null]> = [
    ['リンカーン', names, 'lincoln'], // silent l
    ['パーカー', names, 'parker'], // unsounded r before a consonant and at the end
    ['パーマー', names, 'palmer'],
    ['カーター', new Set(['carter', 'qatar']), 'carter'],
    // Not a name whose r is sounded before a vowel, nor one that only sounds near in that reading.
    ['ピーター', new Set(['balder', 'voltaire']), null],
    // Without the mark, the plain reading as before.
    ['ケネディ', names, 'kennedy'],
  ];
  for (const [word, list, english] of cases) assert.equal(englishNameOfWord(word, 'kana', list, 2), english, word);
});

test('a name of several words links only when every word does', () => {
  assert.equal(englishNameOf(['ケネディ', 'ボストン'], 'kana', names, 2), 'Kennedy Boston');
  // `コンピューター` (computer) is no name the dictionary lists: the whole name stays as written.
  assert.equal(englishNameOf(['ケネディ', 'コンピューター'], 'kana', names, 2), null);
});

test('short skeletons are not linked where a title or a tag does not say the word is a name', () => {
  // Korean and Arabic words of few consonants sound like some English name far too often (`지난` is `Jinan`).
  assert.equal(englishNameOfWord('지난', 'hangul', names, 5), null);
  assert.equal(englishNameOfWord('سكان', 'arabic', names, 5), null);
});

test('Japanese: proper nouns from kuromoji, katakana names in their English spelling, loanwords no names', async () => {
  await loadJapaneseAnalyser();
  assert.ok(japaneseAnalyserLoaded());
  assert.deepEqual(found('ja', 'ケネディ大統領はボストンで演説した。'), ['ケネディ=Kennedy', 'ボストン=Boston']);
  assert.deepEqual(found('ja', 'コンピューターとテレビを買った。'), []);
  // A name in kanji is no transliteration: it stays as written (`田中`); kuromoji's own reading of a place is not used.
  assert.deepEqual(found('ja', '田中さんは会議に出席した。'), ['田中=田中']);
  assert.deepEqual(found('ja', '昨日、Netflixは新しい番組を発表した。'), ['Netflix=Netflix']);
  assert.deepEqual(found('ja', '彼らは毎朝早く起きて公園を走る。'), []);
});

test('Korean, Arabic, Hindi: a name next to a title, in its English spelling', () => {
  assert.deepEqual(found('ko', '오바마 대통령은 어제 연설했다.'), ['오바마=Obama']);
  assert.deepEqual(found('ar', 'قال الرئيس أوباما إن الاقتصاد يتحسن.'), ['أوباما=Obama']);
  assert.deepEqual(found('hi', 'राष्ट्रपति ओबामा ने कहा कि अर्थव्यवस्था सुधर रही है।'), ['ओबामा=Obama']);
});

test('Korean, Arabic, Hindi: common words do not become names', () => {
  assert.deepEqual(found('ko', '사람들이 시장에서 물건을 샀다.'), []);
  assert.deepEqual(found('ko', '학생들은 도서관에서 책을 읽고 시험을 준비했다.'), []);
  assert.deepEqual(found('ar', 'ذهب الطلاب إلى المدرسة في الصباح.'), []);
  assert.deepEqual(found('ar', 'ارتفعت أسعار الخبز والحليب في الأسواق هذا الشهر.'), []);
  assert.deepEqual(found('hi', 'बच्चे स्कूल में पढ़ते हैं और खेलते हैं।'), []);
  assert.deepEqual(found('hi', 'किसानों ने इस साल अच्छी फसल की उम्मीद जताई।'), []);
});

test('Chinese: a transliterated name in its English spelling, a Chinese name as written', () => {
  assert.deepEqual(found('zh', '肯尼迪在达拉斯遇刺。'), ['肯尼迪=Kennedy', '达拉斯=Dallas']);
  assert.deepEqual(found('zh', '王伟表示公司将扩大生产。'), ['王伟=王伟']);
});

test('an English name quoted in German text keeps its English `of` (`der Bank of America`)', () => {
  assert.deepEqual(found('de', 'Die Filialen der Bank of America schließen früher.'), ['Bank of America=Bank of America']);
  // A German noun after an article is still none (`die Filiale`).
  assert.deepEqual(found('de', 'Die Filiale der Bank schließt früher.'), []);
});

test('Japanese: a Latin name between Japanese words is a name; a title in 『』 is none', async () => {
  await loadJapaneseAnalyser();
  assert.deepEqual(found('ja', '一方、Spotifyは新しい機能を発表した。'), ['Spotify=Spotify']);
  assert.deepEqual(found('ja', '『Snowfall』は百万部売れた。'), []);
});

test('words for kinds of people are no English names to link to (`威尼斯` is Venice, not Finnish)', () => {
  assert.equal(englishNameOfWord('威尼斯', 'han', names, 2), 'venice');
});

test('Korean: a capitalised Latin name inside Korean text is a name; lowercase Latin words are none', () => {
  assert.deepEqual(found('ko', '한편 Norvik은 새 기능을 발표했다.'), ['Norvik=Norvik']);
  assert.deepEqual(found('ko', '그녀는 새 앱(Tarvo Plus)을 내려받았다.'), ['Tarvo Plus=Tarvo Plus']);
  assert.deepEqual(found('ko', '그는 online 쇼핑을 좋아한다.'), []);
});
