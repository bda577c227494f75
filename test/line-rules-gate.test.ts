// lineReason asks three patterns before the line rules (issue 15: a page of 163,660 short distinct lines): a line they
// do not match gets what the rules give it. Each line here, written for this test, is compared with ruledReason (every
// rule in turn): lines each rule removes, their near misses, and lines that differ only in case, spaces or digits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, lineReason, ruledReason } from '../src/text/clean/plain/line-rules.ts';
import { effectiveLength } from '../src/text/clean/blocks.ts';
import type { RemovalReason } from '../src/types.ts';

/** One line per reason the rules give, each caught by a different rule where a reason has several. */
const REMOVED: Array<[string, RemovalReason]> = [
  ['Advertisement', 'ad'], ['Anzeige: Sommerreifen', 'ad'],
  ['Ctrl + D zum Merken', 'nav'], ['Back to overview', 'nav'], ['Nach oben', 'nav'], ['Archiv >', 'nav'], ['Wetterblog Wetterblog', 'nav'],
  ['12 Comments', 'comment-chrome'], ['Permalink', 'comment-chrome'], ['Load more comments', 'comment-chrome'],
  ['3 hours ago', 'comment-chrome'], ['vor 5 Minuten', 'comment-chrome'], ['Yesterday', 'comment-chrome'], ['GESTERN', 'comment-chrome'],
  ['kim@mastodon.example', 'comment-chrome'], ['▲ 7 Reply', 'comment-chrome'], ['Reply Like (4)', 'comment-chrome'],
  ['Page 2 of 9', 'pagination'], ['Next post', 'pagination'], ['下一篇', 'pagination'],
  ['XRP $0.52 ▲1.2%', 'ticker'], ['DOT 4.1 LINK 7.9', 'ticker'],
  ['Author: Jo Lind', 'byline'], ['By Maria Ortega', 'byline'], ['von Jens Kuhl', 'byline'], ['Die Redaktion', 'byline'],
  ['Updated: 4 May', 'metadata'], ['Source: wire services', 'metadata'], ['1,204 views', 'metadata'], ['6 min read', 'metadata'],
  ['March 3, 2021', 'metadata'], ['2021-03-03 10:15', 'metadata'],
  ['Share on:', 'share'], ['Facebook · Twitter · Reddit', 'share'],
  ['See also', 'related'], ['Lesen Sie auch:', 'related'],
  ['Ｈｏｍｅ', 'nav'], ['Ｐａｇｅ ２ ｏｆ ９', 'pagination'], ['Ａｄｖｅｒｔｉｓｅｍｅｎｔ', 'ad'], ['😀', 'short'],
  ['Impressum', 'footer'], ['c'.repeat(121) + ' © 2020', 'footer'], ['© 2024 Example Media', 'footer'], ['Alle Rechte vorbehalten.', 'footer'],
  ['Kontakt: presse@example.org für Rechte an Bildern', 'footer'],
  ['42', 'short'], ['·', 'short'], ['07.', 'short'], ['—', 'short'],
  ['Start > Sport > Tennis', 'breadcrumb'],
  ['Tags: energy, storage', 'tags'], ['#solar #wind #grid', 'tags'],
  ['We use cookies to improve this site', 'cookie'],
  ['This article was republished with permission from the author', 'metadata'],
];

/** Lines no rule removes, some one character or word away from a rule's line. */
const KEPT = [
  'aaa0', 'a2bz', 'zz19', 'x', 'ab', 'Homes', 'HOMEPAGE', 'Startseiten', 'commentary', 'reply all day', 'Replying', 'yesterdays',
  'The council met on Tuesday.', 'Mehr als 40 Gäste kamen.', 'BTC', 'btc 42', 'Btc42', 'AB12', 'ab12', 'Ab 12', 'AB 12',
  'x@y', 'user @ host', 'Page two', 'advert', 'adverts', 'Sponsor', 'Coo kie', 'zero\u200bwidth', '𝔘𝔫𝔦',
  'ＡＢＣ１２', 'Ｈｏｍｅｓ', 'Ｐａｇｅ ２', 'année 2021', 'Über uns', '中文标题', 'مرحبا', 'İstanbul', 'ａｄｖｅｒｔ',
  'a'.repeat(119), 'b'.repeat(120), 'word '.repeat(30),
];

test('every line gets from lineReason what every rule in turn gives it', () => {
  const variants = (line: string) => [line, line.toUpperCase(), line.toLowerCase(), ` ${line} `, line.replace(/ /g, '  '), line.replace(/\d/g, '7'), line.replace(/\d/g, '0') + '1'];
  const lines = [...REMOVED.map(([line]) => line), ...KEPT].flatMap(variants);
  for (const line of lines) {
    const n = fold(line);
    if (!n) continue;
    assert.equal(lineReason(line), ruledReason(n, effectiveLength(n)), JSON.stringify(line));
  }
});

test('the table covers each rule: the lines meant to be removed are, with their reason', () => {
  for (const [line, reason] of REMOVED) assert.equal(lineReason(line), reason, line);
  for (const line of KEPT) assert.equal(lineReason(line), null, line);
});

test('lines of generated characters get the same reason both ways', () => {
  // Short lines from an alphabet of letters, digits, the rules' separators and marks: every combination of up to three.
  const alphabet = ['a', 'Z', '7', ' ', '>', '|', '·', ':', '@', '#', '©', '%', '$', '▲', '中', 'ä', '.', '-', '/', '(', ')'];
  for (const a of alphabet) for (const b of alphabet) for (const c of alphabet) {
    const line = a + b + c;
    const n = fold(line);
    if (!n) continue;
    assert.equal(lineReason(line), ruledReason(n, effectiveLength(n)), JSON.stringify(line));
  }
});

test('the gates for social bars, a doubled site name and long lines give what every rule gives', () => {
  const lines = [
    '| Facebook | Twitter', ', WhatsApp, E-Mail', 'Copy link · Telegram', 'Facebook', 'Facebook and friends · Twitter', 'x / line', 'X', 'Twitter, the bird',
    'Pelikanpost Pelikanpost', 'Pelikanpost  Pelikanpost', 'Pelikanpost Pelikanposts', 'ab ab', 'a a', 'Wetter 24 Wetter 24', '中文网 中文网',
    'The harbour crane was repaired over the winter, and the first ship of the season unloaded timber on a clear morning. '.repeat(2),
    'Markets > Commodities > Grain: '.repeat(5), '#harbour #timber ' + 'w'.repeat(120), 'We use cookies. '.repeat(9), 'Tags: ' + 'grain, '.repeat(30),
    'Our newsroom, contact us at desk@example.org about copyright questions of any picture shown here. '.repeat(2),
    'z'.repeat(501) + ' ©', 'q '.repeat(200) + '>',
  ];
  for (const line of lines) {
    const n = fold(line);
    assert.equal(lineReason(line), ruledReason(n, effectiveLength(n)), JSON.stringify(line));
  }
  assert.equal(lineReason('Facebook · Twitter · Reddit'), 'share');
  assert.equal(lineReason('Pelikanpost Pelikanpost'), 'nav');
});

test('a dated list entry is told by its last characters first, with the same answers', async () => {
  const { isDatedListEntry } = await import('../src/text/clean/plain/line-rules.ts');
  const dated = ['Harbour cranes back in use — April 2, 2023', 'Harbour cranes back in use (12/06/2023)', 'Harbour cranes back in use 2023-04-12',
    'Harbour cranes back in use 2023年4月12日', 'Harbour cranes back in use （2023年4月12日）', 'Harbour cranes back in use - 3. März 2022 '];
  const undated = ['Harbour cranes back in use 2023', 'Harbour cranes back in use (April)', 'April 2, 2023', 'Harbour cranes back in use 12/06/2023.', '2023-04-12'];
  for (const line of dated) assert.equal(isDatedListEntry(line), true, line);
  for (const line of undated) assert.equal(isDatedListEntry(line), false, line);
});
