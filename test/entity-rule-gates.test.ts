// Round 13's shortcuts of the entities stage (issue 11, CPU per page) answer as the code they skip: each is checked
// against the general path on our own examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LEGAL_FORM_ANYWHERE, REPORTING_VERB_ANYWHERE, SHORT_LEGAL_FORM_ANYWHERE, heuristicSpans, insideSpacedWord, loadAliasTable, startsInsideWord, tableSpans, withoutUnicodeFlag,
} from '../src/text/claims/entities.ts';
import { NOT_NAMES, NOT_NAME_FORMS, digitBefore, hasInnerCapital, nameEvidence, withoutPossessiveS, wordRuns } from '../src/text/claims/names.ts';

/** Units of the scripts the stage reads: ASCII, Latin-1, the Arabic block (proclitics), Cyrillic, Devanagari, Hangul, kana, Han, surrogates. */
const UNITS = [
  ...Array.from({ length: 0x80 }, (_, k) => k),
  ...Array.from({ length: 0x40 }, (_, k) => 0xc0 + k),
  ...Array.from({ length: 0x100 }, (_, k) => 0x0600 + k),
  0x0410, 0x044f, 0x0451, 0x0915, 0x093f, 0x0301, 0x00a0, 0x2019, 0x30a2, 0x30fc, 0x3042, 0x4e2d, 0xac00, 0xd835, 0xdc00, 0xff21, 0x212a,
];

test('insideSpacedWord holds only where startsInsideWord does (tableSpans skips no start it would have tried)', () => {
  for (const a of UNITS) {
    for (const b of UNITS) {
      for (const lead of ['', 'x', 'و', ' ']) {
        const text = `${lead}${String.fromCharCode(a)}${String.fromCharCode(b)}`;
        const i = text.length - 1;
        if (insideSpacedWord(text, i)) assert.ok(startsInsideWord(text, i), `U+${a.toString(16)} U+${b.toString(16)} after ${JSON.stringify(lead)}`);
      }
    }
  }
  assert.equal(insideSpacedWord('ab', 0), false);
  assert.equal(insideSpacedWord('ab', 1), true);
  assert.equal(insideSpacedWord('a b', 2), false);
  assert.equal(insideSpacedWord('وبالهند', 2), false); // after a proclitic a name may start: left to startsInsideWord
});

test('tableSpans finds the table names at the start of words, after proclitics and in unspaced text', () => {
  const aliases = loadAliasTable([]);
  const cases: Array<[string, string, string[]]> = [
    ['en', 'Metadata, OpenAIs and Google met in Berlin and Paris.', ['Google', 'Berlin', 'Paris']],
    ['ar', 'زار الوزير والهند وبالصين', ['India', 'China']],
    ['ja', 'グーグルとトヨタ', []],
    ['ru', 'Москва и Германии', ['Germany']],
  ];
  for (const [lang, text, canonicals] of cases) {
    const found = tableSpans(text, lang, aliases).map((s) => s.canonical);
    for (const c of canonicals) assert.ok(found.includes(c), `${text}: ${found.join(', ')}`);
    // No match starts inside a word (`Meta` in `Metadata`), nor one of an English text in a German genitive (`OpenAIs`).
    if (lang === 'en') assert.deepEqual(found, canonicals);
  }
});

test('the Latin name rules skipped by their gates find nothing the ungated rules find', () => {
  const texts = [
    'Acme Widgets, Inc. hired Priya Raman, said Elena Marsh.',
    'Nordlicht Energie AG and Marsh & Pike, LLP signed; Sol Ventures S.p.A. and Lumo Verde S.R.L. too.',
    'Sakura Trading \u212a\u212a and Hoshino K.K. opened, Corvane Group Corp. closed, Tarn Labs sa said nothing.',
    'Elena Marsh SAID it; ſaid Tomas Brenner; Priya Raman told reporters.',
    'The University of Leeds and Universidad Politécnica de Madrid; UNIVERSITÄT Leipzig; Technischen Universität Dresden; université Paris-Saclay.',
    'sagte Katrin Albers, erklärte Jonas Weber; заявил Павел Грачёв; dijo Ana Ruiz; a déclaré Claire Dubois.',
    'Nothing here names anyone, and no capital starts a name.',
    'Ag Sa Se Ab inc llc spa srl without names before them',
  ];
  for (const text of texts) {
    for (const lang of ['en', 'de', 'es', 'fr', 'ru', 'sv']) assert.deepEqual(heuristicSpans(text, lang, []), heuristicSpans(text, lang, [], true), `${lang}: ${text}`);
  }
  // The gates are the rules' words, not the pattern that matches everywhere a source of another shape would give.
  assert.equal(REPORTING_VERB_ANYWHERE.test('Nothing here names anyone.'), false);
  assert.equal(REPORTING_VERB_ANYWHERE.test('she SAID so'), true);
  assert.equal(LEGAL_FORM_ANYWHERE.test('Nothing here names anyone.'), false);
  assert.equal(LEGAL_FORM_ANYWHERE.test('Mitsu \u212a.K. and Acme LTD'), true);
  assert.equal(SHORT_LEGAL_FORM_ANYWHERE.test('ag sa se'), false);
  assert.equal(SHORT_LEGAL_FORM_ANYWHERE.test('Nordlicht AG'), true);
});

test('hasInnerCapital answers as the pattern /^\\p{Lu}?\\p{Ll}+\\p{Lu}/u, unit by unit, with surrogate pairs left to the pattern', () => {
  const pattern = /^\p{Lu}?\p{Ll}+\p{Lu}/u;
  for (let unit = 0; unit < 0x10000; unit++) {
    const ch = String.fromCharCode(unit);
    for (const word of [ch, `a${ch}`, `A${ch}`, `Ab${ch}`, `${ch}bC`, `ab${ch}D`, `ä${ch}`, `${ch}𝐀`]) assert.equal(hasInnerCapital(word), pattern.test(word), `U+${unit.toString(16)}: ${word}`);
  }
  for (const word of ['WhatsApp', 'eBay', 'iPhone', 'McGregor', 'YouTube', 'Apple', 'APPLE', 'apple', 'ÉcoleÉ', 'ǅemalA', '𝐚b𝐀', 'a𝐀', '']) assert.equal(hasInnerCapital(word), pattern.test(word), word);
});

test('the reporting verbs gate without the u flag finds every unit the u flag would match to the verbs\' letters', () => {
  assert.equal(REPORTING_VERB_ANYWHERE.flags.includes('u'), false);
  const letters = [...new Set('said says told sagte erklärte a déclaré dijo afirmó señaló añadió disse заявил сказала отметил пояснил рассказал считает говорит'.replace(/ /g, ''))];
  for (const letter of letters) {
    const folded = new RegExp(letter, 'iu');
    const plain = withoutUnicodeFlag(new RegExp(letter, 'iu'));
    for (let unit = 0; unit < 0x10000; unit++) {
      const ch = String.fromCharCode(unit);
      if (folded.test(ch)) assert.ok(plain.test(ch), `${letter}: U+${unit.toString(16)}`);
    }
  }
  for (const text of ['ſaid Tomas Brenner', 'ER\u212aLÄRTE Jonas Weber', 'СКАЗАЛ Павел', 'no verb at all']) assert.equal(REPORTING_VERB_ANYWHERE.test(text), text !== 'no verb at all', text);
});

test('nameEvidence splits a paragraph into the runs of wordRuns with the name joiners', () => {
  const texts = ['O’Brien-Smith met U.S. officials in Calif., then Ms. Okafor.', 'Jean-Luc 3Com x-Ray ’Tis a--b c.-d e.f. 𝐀𝐁 Łódź', 'Über Änderungen: Ёж и Ялта; al-Mansur.', '', '...', 'a'];
  const evidence = nameEvidence(texts, 'en');
  texts.forEach((text, p) => {
    const runs = wordRuns(text, { joiners: "-'’.", digits: false, trailingDot: false });
    assert.deepEqual(evidence.tokens![p]!.map((t) => t.start), runs.map((r) => r.start), text);
  });
});

test('NOT_NAME_FORMS holds a word exactly when mayBeName\'s lookups of NOT_NAMES with the possessive and plural -s did', () => {
  const reference = (lower: string) => NOT_NAMES.has(lower) || (lower.endsWith('s') && (NOT_NAMES.has(withoutPossessiveS(lower)) || NOT_NAMES.has(lower.slice(0, -1))));
  const words = [...NOT_NAMES].flatMap((w) => [w, `${w}s`, `${w}'s`, `${w}’s`, `${w}ss`, `${w}x`, `x${w}`, `${w}'`, `${w}s's`, w.slice(0, -1)]);
  for (const word of [...words, 'tuesdays', "june's", 'share’s', 'shares', 's', "'s", '', 'paris', 'berlin']) assert.equal(NOT_NAME_FORMS.has(word), reference(word), word);
});

test('digitBefore answers as /\\d\\s*$/u on the three units before a word', () => {
  for (let unit = 0; unit < 0x10000; unit++) {
    const ch = String.fromCharCode(unit);
    for (const text of [`1${ch}X`, `${ch}X`, `1 ${ch}X`, `${ch}${ch}X`, `a1${ch}${ch}X`, `9${ch}  X`]) {
      const start = text.length - 1;
      assert.equal(digitBefore(text, start), /\d\s*$/u.test(text.slice(Math.max(0, start - 3), start)), `U+${unit.toString(16)}: ${JSON.stringify(text)}`);
    }
  }
});
