// English precision of the open names (names.ts): words the capitals say little about. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';

const table = loadAliasTable([]);
const names = (lang: string, ...paragraphs: string[]) => findEntities(paragraphs, lang, table).map((m) => `${m.text}/${m.type}`);

test('English: a sentence\'s first word the dictionary also lists in lowercase is that word, unless a verb follows it as its subject', () => {
  assert.deepEqual(names('en', 'Treat yourself to the lentil soup.'), []);
  assert.deepEqual(names('en', 'Superior service, as always.'), []);
  assert.deepEqual(names('en', 'Marlow had left by then.'), ['Marlow/person']);
});

test('English: two capitals the dictionary lists as an abbreviation that owns nothing are no name; the tables\' and unlisted ones stay', () => {
  assert.deepEqual(names('en', 'The PR team in CA met the UN envoy and the US consul.'), ['UN/org', 'US/place']);
  assert.deepEqual(names('en', 'Please send the HR figures to Dana Ostrow.'), ['Dana Ostrow/person']);
  // Not listed: a firm's or a person's initials as often as a term.
  assert.deepEqual(names('en', 'The ruling opened QX up to claims.'), ['QX/org']);
});

test('English: a Roman numeral after an acronym numbers a war or an edition; words after `a` in title case are a common noun', () => {
  assert.deepEqual(names('en', 'After WW II the factory closed.'), []);
  assert.deepEqual(names('en', 'Henry VIII met Dana Ostrow.'), ['Henry VIII/person', 'Dana Ostrow/person']);
  assert.deepEqual(names('en', 'Have a Great Trip, said Dana Ostrow.'), ['Dana Ostrow/person']);
  assert.deepEqual(names('en', 'Her cousin draws like a Neanderthal.'), []);
  // A name's head word makes it a name after `a`; a given name cited as anyone's stays one.
  assert.deepEqual(names('en', 'He met a Labour Party member.'), ['Labour Party/org']);
  assert.deepEqual(names('en', 'The club lets in every Tom, Dick and Harry now.'), ['Tom/person', 'Dick/person', 'Harry/person']);
});

test('English: a bare plural of a word for a kind of person names a group; after an article or a preposition of place it stays a name', () => {
  assert.deepEqual(names('en', 'The leaflet compared Catholics and Lutherans in rural areas.'), []);
  assert.deepEqual(names('en', 'The Democrats won the vote in Tangiers.'), ['Democrats/org', 'Tangiers/place']);
  // A plural the article writes after `the` elsewhere names a team or a party there, bare too.
  assert.deepEqual(names('en', 'Sixers won again, and the Sixers fans cheered.'), ['Sixers/org', 'Sixers/org']);
  // The plurals of weekdays and months are no names either.
  assert.deepEqual(names('en', 'The shop is open on Saturdays and Sundays.'), []);
});

test('English: a word the article also writes as a bare plural is a word for a kind, in the singular too', () => {
  assert.deepEqual(names('en', 'Few Veltaris came to the meeting.', 'A Veltari elder spoke to Dana Ostrow.'), ['Dana Ostrow/person']);
  // Without the plural, the same word is a name.
  assert.deepEqual(names('en', 'Dana Ostrow spoke to Hal Veltari.'), ['Dana Ostrow/person', 'Hal Veltari/person']);
  // A plural after an article is a name's (a family, a team), and says nothing of the singular.
  assert.deepEqual(names('en', 'The Kennedys met Kennedy in Boston.'), ['Kennedys/org', 'Kennedy/person', 'Boston/place']);
});

test('English: the possessive apostrophe alone after a name ending in x or z is part of the mention', () => {
  assert.deepEqual(names('en', 'We read Marx\' letters.'), ['Marx\'/person']);
  assert.deepEqual(names('en', 'It was Lopez\' best year.'), ['Lopez\'/person']);
});
