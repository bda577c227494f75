// The quantity grammar's scan passes over a word that starts no spelled numeral without cutting it out of the text
// (scanCores, quantities/index.ts): a run of plain Latin or Cyrillic letters ended by a code unit that is surely no
// letter, whose first two units are not a start key of the language's number words (spelledNumberStartKeys), is
// skipped whole. These tables show the gate never skips a numeral: spelled numbers written with or after letters
// outside ASCII (umlauts, accents, Cyrillic, Turkish dotless i), after no-break spaces, guillemets and dashes, in
// capitals, and next to letters the gate does not know (Greek, a soft hyphen) are read with the same values.
// All texts are made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAY_START_CORE, findAmounts, findQuantities, isAmount } from '../src/text/claims/quantities/index.ts';
import { asciiPrefixKey, parseNumberWords, spelledNumberPrefixKeys, spelledNumberStartKeys, startKeyOfUnits } from '../src/text/claims/quantities/number-words.ts';
import { HAN_NUMERAL_START, isAsciiDigit, isLatinOrCyrillicCode, isPlainLetterCode, isSurelyNotLetterCode } from '../src/text/claims/quantities/match.ts';

const LETTER = /\p{L}/u;

test('isPlainLetterCode: every code unit it names is a letter', () => {
  for (let code = 0; code < 0x10000; code++) {
    if (isPlainLetterCode(code)) assert.ok(LETTER.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
  }
  // The Latin and Cyrillic letters of ordinary text are all in it.
  for (const ch of 'aZéÉüÜßçñøłŁşŞğıİžŽčőűæœпЖёЁїЇієґ') assert.ok(isPlainLetterCode(ch.charCodeAt(0)), ch);
  for (const ch of '×÷҂\u0483 1-') assert.ok(!isPlainLetterCode(ch.charCodeAt(0)), ch);
});

test('isSurelyNotLetterCode: no code unit it names is a letter, and the end of the text is none', () => {
  for (let code = 0; code < 0x10000; code++) {
    if (isSurelyNotLetterCode(code)) assert.ok(!LETTER.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
  }
  assert.ok(isSurelyNotLetterCode(Number.NaN));
  for (const ch of ' .,;:!?\u00a0«»’“—–…\u3000、') assert.ok(isSurelyNotLetterCode(ch.charCodeAt(0)), ch);
  // Letters, and non-letters it does not name (the caller then finds the word's end by \p{L}).
  for (const ch of 'aéжα中\u00ad×') assert.ok(!isSurelyNotLetterCode(ch.charCodeAt(0)), ch);
});

test('a word whose start key the language lacks is no numeral there (what the scan skips, parseNumberWords rejects)', () => {
  const context = { isSigned: () => true, isCounted: () => true };
  const words: Array<[string, string]> = [['Öffnung', 'de'], ['über', 'de'], ['für', 'de'], ['élu', 'fr'], ['été', 'fr'], ['según', 'es'],
    ['компания', 'ru'], ['рублей', 'ru'], ['złotych', 'pl'], ['ödedi', 'tr'], ['São', 'pt'], ['Città', 'it'], ['x', 'en']];
  for (const [word, lang] of words) {
    const keys = spelledNumberStartKeys(lang);
    assert.ok(keys, lang);
    const key = startKeyOfUnits(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0);
    if (!keys.has(key)) assert.equal(parseNumberWords(`${word} zwei`, 0, lang, word, context), null, `${word} (${lang})`);
  }
  // Numerals and their capitalised and upper-case forms are start keys.
  for (const [word, lang] of [['fünf', 'de'], ['Fünf', 'de'], ['ZWÖLF', 'de'], ['dreißig', 'de'], ['пять', 'ru'], ['Пять', 'ru'], ['üç', 'tr'], ['Üç', 'tr'],
    ['pięć', 'pl'], ['três', 'pt'], ['veintitrés', 'es'], ['Cinq', 'fr']] as Array<[string, string]>) {
    assert.ok(spelledNumberStartKeys(lang)!.has(startKeyOfUnits(word.charCodeAt(0), word.charCodeAt(1))), `${word} (${lang})`);
  }
});

const brief = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.text, q.kind, q.value, q.unit]);

/** [text, lang, what findQuantities returns]. */
const CASES: Array<[string, string, Array<[string, string, number, string | null]>]> = [
  // Numerals with letters outside ASCII, after words with them.
  ['Für fünf Millionen Euro kaufte die Stadt zwölf Busse.', 'de', [['fünf Millionen Euro', 'money', 5e6, 'EUR'], ['zwölf', 'count', 12, 'buses']]],
  ['Über zwölf Wochen lang fuhren dreißig Züge weniger.', 'de', [['Über zwölf Wochen', 'count', 12, 'weeks'], ['dreißig', 'count', 30, 'trains']]],
  ['Öffnungszeit: Dreißig Minuten', 'de', [['Dreißig', 'count', 30, 'minutes']]],
  ['ÜBER ZWEI MILLIONEN NUTZER', 'de', [['ÜBER ZWEI MILLIONEN NUTZER', 'count', 2e6, 'users']]],
  ['Öl für eine Million Menschen', 'de', [['eine Million Menschen', 'count', 1e6, 'people']]],
  ['Ein Drittel der Ärzte', 'de', []],
  ['Österreich zahlte 5 Mio. Euro für 3 Brücken.', 'de', [['5 Mio. Euro', 'money', 5e6, 'EUR'], ['3', 'number', 3, null]]],
  ['Élus pour six ans, les maires gèrent vingt-trois communes.', 'fr', [['six ans', 'count', 6, 'years'], ['vingt-trois', 'count', 23, 'municipalities']]],
  ['Très bien, un million d’abonnés', 'fr', [['un million', 'number', 1e6, null]]],
  ['Éramos veintitrés mil personas según él.', 'es', [['veintitrés mil personas', 'count', 23000, 'people']]],
  ['São três milhões de reais.', 'pt', [['três milhões de reais', 'money', 3e6, 'BRL']]],
  ['Città di due milioni di abitanti.', 'it', [['due milioni', 'number', 2e6, null]]],
  ['Во вторник компания потеряла пять миллионов рублей.', 'ru', [['пять миллионов рублей', 'money', 5e6, 'RUB']]],
  ['Зарплата выросла на двадцать три процента.', 'ru', [['двадцать три процента', 'percent', 23, '%']]],
  ['Gmina wydała pięć milionów złotych.', 'pl', [['pięć milionów złotych', 'money', 5e6, 'PLN']]],
  ['Çok güzel: üç milyon lira', 'tr', [['üç milyon lira', 'money', 3e6, 'TRY']]],
  ['Ölümlerin sayısı yirmi üç bin kişiye ulaştı.', 'tr', [['yirmi üç bin', 'number', 23000, null]]],
  // After a no-break space, guillemets, a dash; next to letters the gate does not know (Greek, `×`).
  ['Sie zahlten\u00a0fünf Millionen Euro.', 'de', [['fünf Millionen Euro', 'money', 5e6, 'EUR']]],
  ['«Cinq millions», dit-il.', 'fr', [['Cinq millions', 'number', 5e6, null]]],
  ['Они заплатили «пять миллионов» рублей.', 'ru', [['пять миллионов', 'number', 5e6, null]]],
  ['Über—zwölf Millionen', 'de', [['zwölf Millionen', 'number', 12e6, null]]],
  ['Über αλφα drei Millionen', 'de', [['drei Millionen', 'number', 3e6, null]]],
  ['Überάλφα zwei Millionen', 'de', [['zwei Millionen', 'number', 2e6, null]]],
  ['Señor×cinco millones', 'es', [['cinco millones', 'number', 5e6, null]]],
];

test('spelled numbers with and after letters outside ASCII are read', () => {
  for (const [text, lang, expected] of CASES) assert.deepEqual(brief(text, lang), expected, `${text} (${lang})`);
});

test('findAmounts on the same texts: the amounts of findQuantities', () => {
  for (const [text, lang] of CASES) assert.deepEqual(findAmounts(text, lang), findQuantities(text, lang).filter(isAmount), `${text} (${lang})`);
});

test('MAY_START_CORE: the scan passes over exactly the code units at which none of its readings starts', () => {
  // scanCores' branches: ASCII digits, Han numerals, Latin or Cyrillic letters, Hangul syllables (Korean), Devanagari
  // letters (Hindi), Arabic letters (Arabic).
  const mayStart = (code: number) => isAsciiDigit(code) || HAN_NUMERAL_START.has(code) || isLatinOrCyrillicCode(code) || (code >= 0xac00 && code <= 0xd7a3)
    || (code >= 0x904 && code <= 0x939) || (code >= 0x958 && code <= 0x961) || (code >= 0x621 && code <= 0x64a) || (code >= 0x671 && code <= 0x6d3);
  for (let code = 0; code < 0x10000; code++) assert.equal(MAY_START_CORE[code] === 1, mayStart(code), `U+${code.toString(16)}`);
});

test('numbers after runs of punctuation, spaces and other scripts are read', () => {
  const cases: Array<[string, string, Array<[string, string, number, string | null]>]> = [
    ['—— (¡¿ 12 millones de euros ?!)', 'es', [['12 millones de euros', 'money', 12e6, 'EUR']]],
    ['公司去年收入三千万元，员工120名。', 'zh', [['三千万元', 'money', 3e7, 'CNY'], ['120', 'number', 120, null]]],
    ['회사는 직원 두 명을 채용했다.', 'ko', [['두', 'number', 2, null]]],
    ['दो करोड़ रुपये खर्च हुए।', 'hi', [['दो करोड़ रुपये', 'money', 2e7, 'INR']]],
    ['دفعت الشركة ثلاثة ملايين دولار.', 'ar', [['ثلاثة ملايين دولار', 'money', 3e6, 'USD']]],
    ['ΑΒΓ ٣٤٥ دولار', 'ar', [['٣٤٥ دولار', 'money', 345, 'USD']]],
  ];
  for (const [text, lang, expected] of cases) assert.deepEqual(brief(text, lang), expected, `${text} (${lang})`);
});

/** The languages with a number lexicon; Arabic takes proclitics, so neither key set stands for it. */
const SPELLED_LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'pl', 'tr', 'hi'];
const EVERY_CONTEXT = { isSigned: () => true, isCounted: () => true };
const prefixKey = (word: string) => {
  const lower = word.toLowerCase();
  const code = (k: number) => (k < lower.length ? lower.charCodeAt(k) : 0);
  return asciiPrefixKey(code(0), code(1), code(2), lower.length);
};

test('spelledNumberPrefixKeys: a word of ASCII letters whose beginning it lacks is read as no number (every 1-3 letter beginning, with endings)', () => {
  assert.equal(spelledNumberPrefixKeys('ar'), null);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const beginnings: string[] = [];
  for (const a of letters) {
    beginnings.push(a);
    for (const b of letters) {
      beginnings.push(a + b);
      for (const c of letters) beginnings.push(a + b + c);
    }
  }
  // Endings that make numerals of beginnings in some language (glued German and Dutch, Turkish endings, plurals).
  const endings = ['', 'e', 'n', 'en', 'i', 'ig', 'hundert', 'tausend', 'llion', 'lik', 'ta', 'cento', 'mila'];
  for (const lang of SPELLED_LANGS) {
    const keys = spelledNumberPrefixKeys(lang)!;
    let rejected = 0;
    for (const beginning of beginnings) {
      if (keys.has(prefixKey(beginning))) continue;
      rejected++;
      // A word is keyed by its first three letters, or whole when shorter: only a three-letter beginning goes on.
      for (const ending of beginning.length === 3 ? endings : ['']) {
        for (const word of [beginning + ending, (beginning + ending).toUpperCase(), beginning[0].toUpperCase() + beginning.slice(1) + ending]) {
          assert.equal(parseNumberWords(`${word} million Millionen`, 0, lang, word, EVERY_CONTEXT), null, `${word} (${lang})`);
        }
      }
    }
    // The gate rejects most beginnings (it is worth asking), never all.
    assert.ok(rejected > beginnings.length / 2 && rejected < beginnings.length, `${lang}: ${rejected}`);
  }
});

test('spelledNumberPrefixKeys: numerals, glued numerals and numerals with endings begin as the keys say', () => {
  const numerals: Array<[string, string]> = [['three', 'en'], ['Thirty', 'en'], ['a', 'en'], ['an', 'en'], ['half', 'en'], ['hundred', 'en'], ['constructor', 'en'],
    ['dreihundertzwanzig', 'de'], ['Zweitausend', 'de'], ['elf', 'de'], ['und', 'de'], ['tausend', 'de'], ['eenentwintig', 'nl'], ['tweehonderd', 'nl'],
    ['ventotto', 'it'], ['duemila', 'it'], ['trecento', 'it'], ['vingt', 'fr'], ['cent', 'fr'], ['un', 'fr'], ['veintitres', 'es'], ['mil', 'es'],
    ['dois', 'pt'], ['milhares', 'pt'], ['birinci', 'tr'], ['bin', 'tr'], ['yirmi', 'tr'], ['sto', 'pl'], ['dwa', 'pl']];
  for (const [word, lang] of numerals) assert.ok(spelledNumberPrefixKeys(lang)!.has(prefixKey(word)), `${word} (${lang})`);
});

test('spelled numbers around words the prefix gate passes over are read', () => {
  const cases: Array<[string, string, Array<[string, string, number, string | null]>]> = [
    ['The other three thousand workers have left, and half a million more may follow.', 'en', [['three thousand workers', 'count', 3000, 'employees'], ['half a million', 'number', 5e5, null]]],
    ['They said that forty-two million users signed up on the first day.', 'en', [['forty-two million users', 'count', 42e6, 'users']]],
    ['Sie haben dreihundert Millionen Euro für die Bahn, sagte sie.', 'de', [['dreihundert Millionen Euro', 'money', 3e8, 'EUR']]],
    ['Het bedrijf heeft eenentwintig miljoen euro betaald.', 'nl', [['eenentwintig miljoen euro', 'money', 21e6, 'EUR']]],
    ['Hanno speso duemila euro per ventotto giorni.', 'it', [['duemila euro', 'money', 2000, 'EUR'], ['ventotto', 'count', 28, 'days']]],
    ['Que la empresa pagó veinte millones de dólares.', 'es', [['veinte millones de dólares', 'money', 2e7, 'USD']]],
    ['Şirket iki yüz bin lira ödedi ve onlar sustu.', 'tr', [['iki yüz bin lira', 'money', 2e5, 'TRY']]],
  ];
  for (const [text, lang, expected] of cases) assert.deepEqual(brief(text, lang), expected, `${text} (${lang})`);
});
