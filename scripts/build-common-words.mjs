#!/usr/bin/env node
// Builds data/common-words.json from the hunspell dictionary of the dev dependency dictionary-en (SCOWL en_US,
// MIT AND BSD): the words it lists only in lowercase. A spelling dictionary lists names capitalised (`Paris/M`, `Bush/M`) and common words in lowercase
// (`gift/MDGS`, `environment/MS`): a capitalised word listed only lowercase is a common word capitalised by position or
// headline case (`Government`, `Environment`), weak evidence of a name (names.ts); a word listed only capitalised is a
// name (`Richard`, `Augustus`), kept as `en-names`. The German, Portuguese and Swedish
// dictionaries are GPL, LGPL or MPL: nothing derived from them may ship in this MIT package. dictionary-ru (BSD-3-Clause)
// was tried for Russian (noun lemmas matched by stem in any case) and lowered Russian F1 on entities-dev (80.6 to 79.2:
// names that decline like common nouns, `Боб`, `Сахары`, `Дели`), so it is not used.
// Encoding: the sorted words front-coded, each as the length (one digit, at most 9) of the prefix it shares with the
// word before, then the rest; the words have letters only, so the digits delimit them.
// Run after a dictionary upgrade: node scripts/build-common-words.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
/** Longest word kept: longer ones are derivations (`counterrevolutionary`) that seldom stand capitalised alone. */
const MAX_LETTERS = { en: 14 };
/** Shortest: one- and two-letter words are stopwords or initials, which other rules handle. */
const MIN_LETTERS = 3;
const MAX_SHARED_PREFIX = 9;

function casedWords(lang) {
  // The packages export only their loader (index.js): the word list sits next to it.
  const dic = readFileSync(new URL('index.dic', pathToFileURL(require.resolve(`dictionary-${lang}`))), 'utf8').split('\n').slice(1);
  const lower = new Set();
  const capitalised = new Set();
  const plural = new Set();
  const abbreviations = new Set();
  for (const line of dic) {
    const [word, flags = ''] = line.trim().split('/');
    if (!/^\p{L}+$/u.test(word)) continue;
    if (/^\p{Ll}+$/u.test(word)) lower.add(word);
    else capitalised.add(word.toLowerCase());
    // hunspell's S flag: the word takes a plural. A capitalised word with a plural names a kind of person or thing
    // (`Belgian/SM`, `Muslim/MS`, `Sunni/SM`), not one (`Dublin/M`, `Kennedy/M`).
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && flags.includes('S')) plural.add(word.toLowerCase());
    // Two capitals with no possessive (M flag): the abbreviation of a state, a unit or a term (`CA`, `HR`, `PR`, `KB`),
    // which owns nothing; the names of things that do (`UN/M`, `GE/M`, `HP/M`) have the flag.
    if (/^\p{Lu}{2}$/u.test(word) && !flags.includes('M')) abbreviations.add(word.toLowerCase());
  }
  const keep = (w) => w.length >= MIN_LETTERS && w.length <= MAX_LETTERS[lang];
  return {
    common: [...lower].filter((w) => !capitalised.has(w) && keep(w)).sort(),
    both: [...lower].filter((w) => capitalised.has(w) && keep(w)).sort(),
    names: [...capitalised].filter((w) => !lower.has(w) && keep(w)).sort(),
    plural: [...plural].filter(keep).sort(),
    abbreviations: [...abbreviations].sort(),
  };
}

function frontCoded(words) {
  let out = '';
  let previous = '';
  for (const word of words) {
    let shared = 0;
    while (shared < MAX_SHARED_PREFIX && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    out += shared + word.slice(shared);
    previous = word;
  }
  return out;
}

const english = casedWords('en');
const out = {
  _source: 'hunspell dictionaries via scripts/build-common-words.mjs: en from dictionary-en (SCOWL en_US, MIT AND BSD; copyright Kevin Atkinson and others, see node_modules/dictionary-en/license)',
  en: frontCoded(english.common),
  // The words it lists only capitalised: names (`Richard`, `Thompson`, `Augustus`), lowercase here.
  'en-names': frontCoded(english.names),
  // The capitalised words it inflects in the plural: kinds of people and things (`Belgian`, `Muslim`, `Sunni`, `Oscar`).
  'en-plural-names': frontCoded(english.plural),
  // The words it lists both ways, lowercase and capitalised: common words that are names too (`day`, `nice`, `angel`).
  'en-both': frontCoded(english.both),
  // Its abbreviations of two capitals that take no possessive: states, units and terms (`CA`, `HR`, `PR`), lowercase here.
  'en-abbreviations': frontCoded(english.abbreviations),
};
writeFileSync(new URL('../data/common-words.json', import.meta.url), `${JSON.stringify(out)}\n`);
