// flatText: a paragraph as one flat string, the same UTF-16 units (so every offset into it is one into the original).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flatText, flatTexts } from '../src/text/flat-text.ts';
import { extractClaims } from '../src/text/claims/claims.ts';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';

test('flatText keeps every unit: lone surrogates, pairs, marks, Latin-1 and CJK, cut and joined strings', () => {
  // (Texts from 128 units on are copied; the cases around that length are both sides of it.)
  const long = 'The orchard kept 1,250 pear trees — and “quiet” bees. '.repeat(9);
  const cases = [
    '', 'short', '\ud800', `${'x'.repeat(140)}\ud800`, `a\udc00b${'y'.repeat(140)}`, `😀${'z'.repeat(140)}`, `${'w'.repeat(126)}\ud83d`, `${'v'.repeat(127)}\ud83d`, `cafe\u0301 owners met at noon, 12 of them. ${'Ünïcödé '.repeat(20)}`,
    'Ünïcödé Überschrift mit Zahlen 3.000 und 4,5 %', '果园有三千五百棵梨树，约12万只蜜蜂。', '٣٫٥ طن من العسل في ١٬٠٠٠ خلية',
    long.slice(7, 90), long.slice(60), `${long.slice(0, 30)}|${long.slice(40, 70)}`, ['€12', 'O’Neill-Brady', "Anne-Marie's", 'US$3bn'].join(' · '),
  ];
  for (const text of cases) assert.equal(flatText(text), text, JSON.stringify(text));
  for (let unit = 0; unit < 0x10000; unit += 7) {
    const text = `${String.fromCharCode(unit)} in a text long enough to be copied: ${'ab'.repeat(70)}`;
    assert.equal(flatText(text), text, `U+${unit.toString(16)}`);
  }
  assert.deepEqual(flatTexts(cases), cases);
});

test('entities and claims of cut and joined paragraphs are those of flat ones', () => {
  const page = 'Headline first. Quillmoor Trust said on Monday that it hired 640 gardeners in Tromsø. Die Fähre trug 2.400 Fahrgäste. Ilse Varga told reporters the bakery sold 95 loaves.';
  // Cut out of a longer string and joined from parts, as the clean stage may hand them on.
  const cut = (from: string, to: string) => page.slice(page.indexOf(from), page.indexOf(to) + to.length);
  const paragraphs = [cut('Quillmoor', 'Tromsø.'), cut('Die Fähre', 'Fahrgäste.'), `${cut('Ilse', 'loaves.')} ${cut('Headline', 'first.')}`, page.slice(7)];
  assert.ok(page.slice(7).length >= 128); // one long enough to be copied
  const copies = paragraphs.map((p) => JSON.parse(JSON.stringify(p)) as string);
  const aliases = loadAliasTable([]);
  for (const lang of ['en', 'de']) {
    const mentions = findEntities(paragraphs, lang, aliases);
    assert.deepEqual(mentions, findEntities(copies, lang, aliases));
    assert.deepEqual(extractClaims(paragraphs, lang, mentions), extractClaims(copies, lang, mentions));
  }
});
