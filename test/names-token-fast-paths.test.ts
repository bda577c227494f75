// The name tokens' shortcuts give what the general code gives: a token of ASCII units without a capital is its own
// lowercase (no toLowerCase), and addressedName settles its comma test before its pattern. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressedName, nameEvidence } from '../src/text/claims/names.ts';

const TEXTS = [
  'the ferry left at noon, and nobody on the pier-side café noticed.', 'Die Fähre legte um zwölf Uhr ab; niemand am Kai merkte es.',
  'O’Neill and d’Artagnan met at the U.S. border in 2019.', 'rock-n-roll isn\'t dead, said mr. smith (aged 71).', 'ÉCOLE Été été ÆSIR Straße STRASSE',
  'Über 30 Menschen warteten in Köln-Deutz auf den Zug.', 'İstanbul’da ılık bir gün', 'x1 y2.z3 a.b.c. 4th 5G', 'Тверская улица и Москва-река',
  'ǅemal and ǈubica', 'ﬁne ﬂoors', '𝐀lpha 𝐛eta', 'jean-luc o\'brien', 'e-mail', '',
];

test('every name token\'s lower is its text\'s toLowerCase', () => {
  for (const lang of ['en', 'de', 'tr', 'ru']) {
    const evidence = nameEvidence(TEXTS, lang);
    evidence.tokens!.forEach((tokens, p) => {
      for (const t of tokens ?? []) assert.equal(t.lower, t.text.toLowerCase(), `${JSON.stringify(TEXTS[p])} ${t.text}`);
    });
  }
});

test('addressedName: outside English, a bare line of capitalised words names someone only with a greeting or a final comma', () => {
  const evidence = nameEvidence(['der Hafen war leer'], 'de');
  const cases: Array<[string, string, string | null]> = [
    ['Liebe Marta Kowalczyk,', 'de', 'Marta Kowalczyk'],
    ['Marta Kowalczyk,', 'de', 'Marta Kowalczyk'],
    ['Marta Kowalczyk,  ', 'de', 'Marta Kowalczyk'],
    ['Marta Kowalczyk,\u00a0', 'de', 'Marta Kowalczyk'],
    // The pattern allows only spaces after the comma: other white space leaves no name, though the comma test passes.
    ['Marta Kowalczyk,  \n', 'de', null],
    ['Marta Kowalczyk,\u2003', 'de', null],
    ['Marta Kowalczyk', 'de', null],
    ['Marta Kowalczyk:', 'de', null],
    ['Marta, Kowalczyk', 'de', null],
    ['Marta Kowalczyk', 'en', 'Marta Kowalczyk'],
  ];
  for (const [text, lang, name] of cases) assert.equal(addressedName(text, lang, evidence)?.canonical ?? null, name, JSON.stringify(text));
});
