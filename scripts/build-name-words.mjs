#!/usr/bin/env node
// Builds data/name-words.json from CLDR (cldr-localenames-full and cldr-core, dev dependencies): capitalised words that
// look like names but are not the names of people, organisations or places, for the open-name rules (names.ts):
// - language names, capitalised, per locale (`French`, `Greek`, `Serbian`): in English they are also the nationality
//   adjectives (`the French minister`), the commonest capitalised non-names in news;
// - ISO 4217 currency codes (`USD`, `GBP`, `EUR`), which the acronym rule would otherwise call organisations;
// - city names from the time zones, which are places whatever the words around them say.
// Run after a CLDR upgrade: node scripts/build-name-words.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/**
 * The languages that capitalise language names (most others write them in lowercase: `francês`, `французский`), each
 * with the endings of its nationality adjectives: CLDR also names languages after places and peoples (`Alabama`,
 * `Delaware`, `Nauru`), which stay names.
 */
const ADJECTIVE_ENDINGS = { en: /(?:an|ish|ese|ic|ch|i|k)$/u, de: /(?:isch|deutsch)$/u };
const json = (path) => JSON.parse(readFileSync(require.resolve(path), 'utf8'));

const languageNames = {};
for (const [locale, ending] of Object.entries(ADJECTIVE_ENDINGS)) {
  const names = json(`cldr-localenames-full/main/${locale}/languages.json`).main[locale].localeDisplayNames.languages;
  // One-word names only (`Greek`, not `Ancient Greek`): a many-word name is matched word by word and would drop `Ancient`.
  languageNames[locale] = [...new Set(Object.values(names).filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)).map((n) => n.toLowerCase()).filter((n) => ending.test(n)))].sort();
}
const currencyCodes = new Set();
for (const entries of Object.values(json('cldr-core/supplemental/currencyData.json').supplemental.currencyData.region)) {
  for (const entry of entries) for (const code of Object.keys(entry)) currencyCodes.add(code);
}
// Cities: the exemplar cities of CLDR's time zones (`Europe/Berlin`, `Asia/Bangkok`, `America/New_York`), in English
// spelling, the capitals and large cities of every region. Not Antarctica's research stations (named after people: Casey,
// Davis, Mawson), and not the three-part zones of US counties (`America/Indiana/Knox`).
const cities = new Set();
/** Islands named after the holiday of their discovery: in text the words name the holidays. */
const HOLIDAY_ISLANDS = new Set(['Easter', 'Christmas']);
const walkZones = (node, path) => {
  for (const [key, value] of Object.entries(node)) {
    if (!Array.isArray(value)) { walkZones(value, [...path, key]); continue; }
    if (path.length !== 1 || path[0] === 'Antarctica' || path[0] === 'Etc' || HOLIDAY_ISLANDS.has(key)) continue;
    cities.add(key.replace(/_/gu, ' '));
  }
};
walkZones(json('cldr-core/supplemental/metaZones.json').supplemental.metaZones.metazoneInfo.timezone, []);
const out = { _source: 'CLDR via scripts/build-name-words.mjs', languageNames, currencyCodes: [...currencyCodes].sort(), cities: [...cities].sort() };
writeFileSync(new URL('../data/name-words.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`data/name-words.json: ${Object.keys(languageNames).map((l) => `${l} ${languageNames[l].length}`).join(', ')} language names, ${currencyCodes.size} currency codes, ${cities.size} cities`);
