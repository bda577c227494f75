#!/usr/bin/env node
// Builds data/measure-units.json, the measurement units of the measure vocabulary in every supported language, from
// CLDR's unit names (cldr-units-full, a dev dependency; the output is committed):
//
//   node scripts/build-measure-units.mjs        (run again after a CLDR upgrade)
//
// Per canonical measure (an English plural, as data/measures.json names them): the unit's long names in every plural
// and case form CLDR gives (`{0} месяцев`, `{0} miesiącach`, `{0} महीनों`), and its short names of two letters or more
// (`km`, `Std.`, `мин`). Patterns that put the unit right after the number (`{0}公里`), and in Chinese, Japanese and
// Korean also those around it (`每小时{0}公里`, kept with its `{0}`). data/measures.json wins where both have a word.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data/measure-units.json');

/**
 * Our language codes → the CLDR locales read for them (Chinese in both scripts; English also as World English, en-001,
 * for the spellings most of the world's English press writes: metres, litres, tonnes).
 */
const LOCALES = {
  en: ['en', 'en-001'], de: ['de'], fr: ['fr'], es: ['es'], it: ['it'], pt: ['pt', 'pt-PT'], pl: ['pl'], ru: ['ru'], tr: ['tr'],
  zh: ['zh', 'zh-Hant'], ja: ['ja'], ko: ['ko'], ar: ['ar'], hi: ['hi'],
};
const UNSPACED = new Set(['zh', 'ja', 'ko']);
/** Locales read for their long names only: World English's short names add abbreviations of other units elsewhere (`ct`, cents in German). */
const LONG_NAMES_ONLY = new Set(['en-001']);

/** CLDR unit keys → canonical measure: the units news states amounts in (angle degrees and pressure left out; the pound
 *  too, whose name is the currency's in most languages: `3000 фунтов` is money). */
const UNITS = {
  'duration-century': 'centuries', 'duration-decade': 'decades', 'duration-year': 'years', 'duration-month': 'months',
  'duration-week': 'weeks', 'duration-day': 'days', 'duration-hour': 'hours', 'duration-minute': 'minutes',
  'duration-second': 'seconds', 'duration-millisecond': 'milliseconds',
  'length-kilometer': 'kilometers', 'length-meter': 'meters', 'length-centimeter': 'centimeters', 'length-millimeter': 'millimeters',
  'length-micrometer': 'micrometers', 'length-nanometer': 'nanometers', 'length-mile': 'miles', 'length-yard': 'yards',
  'length-foot': 'feet', 'length-inch': 'inches', 'length-nautical-mile': 'nautical miles', 'length-light-year': 'light years',
  'area-square-kilometer': 'square kilometers', 'area-hectare': 'hectares', 'area-square-meter': 'square meters',
  'area-square-mile': 'square miles', 'area-acre': 'acres', 'area-square-foot': 'square feet',
  'mass-tonne': 'tons', 'mass-ton': 'tons', 'mass-kilogram': 'kilograms', 'mass-gram': 'grams', 'mass-milligram': 'milligrams',
  'mass-microgram': 'micrograms', 'mass-ounce': 'ounces', 'mass-carat': 'carats',
  'power-gigawatt': 'gigawatts', 'power-megawatt': 'megawatts', 'power-kilowatt': 'kilowatts', 'power-watt': 'watts',
  'power-horsepower': 'horsepower',
  'energy-kilowatt-hour': 'kilowatt hours', 'energy-kilocalorie': 'kilocalories', 'energy-calorie': 'calories',
  'energy-kilojoule': 'kilojoules', 'energy-joule': 'joules',
  'frequency-gigahertz': 'gigahertz', 'frequency-megahertz': 'megahertz', 'frequency-kilohertz': 'kilohertz', 'frequency-hertz': 'hertz',
  'digital-terabyte': 'terabytes', 'digital-gigabyte': 'gigabytes', 'digital-megabyte': 'megabytes', 'digital-kilobyte': 'kilobytes',
  'digital-gigabit': 'gigabits', 'digital-megabit': 'megabits',
  'speed-kilometer-per-hour': 'kilometers per hour', 'speed-mile-per-hour': 'miles per hour', 'speed-meter-per-second': 'meters per second',
  'speed-knot': 'knots',
  'temperature-celsius': 'degrees', 'temperature-fahrenheit': 'degrees fahrenheit',
  'volume-liter': 'liters', 'volume-hectoliter': 'hectoliters', 'volume-milliliter': 'milliliters', 'volume-cubic-meter': 'cubic meters',
  'volume-cubic-centimeter': 'cubic centimeters', 'area-square-centimeter': 'square centimeters',
  'volume-gallon': 'gallons', 'volume-barrel': 'barrels',
  'electric-volt': 'volts', 'electric-ampere': 'amperes',
};

/** Shortest short name kept, in letters: one-letter ones (`m`, `h`, `j`, `г`) are initials of too many words. */
const MIN_SHORT_LETTERS = 2;
/** The most words a spaced language's form may have: the measure reader looks at the word after the number and the pair it opens. */
const MAX_WORDS = 2;

const readJson = (path) => JSON.parse(readFileSync(require.resolve(path), 'utf8'));
const stopwords = readJson('stopwords-iso/stopwords-iso.json');

/**
 * The unit word of a pattern that puts it after the number (`{0} Kilometern` → `kilometern`); in Chinese, Japanese and
 * Korean, which write speeds and temperatures around the number (`每小时{0}公里`, `섭씨 {0}도`), the whole pattern
 * without its spaces; else null.
 */
function unitAfterNumber(pattern, lang) {
  const text = pattern.replace(/[\u200e\u200f\u00a0\u202f]/g, ' ').trim();
  if (!text.includes('{0}')) return text.toLowerCase(); // Arabic writes one and two without the number (`شهر`, `شهران`)
  if (!text.startsWith('{0}')) return UNSPACED.has(lang) ? text.replace(/\s+/g, '').toLowerCase() : null;
  return text.slice(3).trim().toLowerCase();
}

function formsOf(lang, entry, short) {
  const forms = new Set();
  for (const [key, pattern] of Object.entries(entry)) {
    if (key === 'displayName' || key === 'gender' || key === 'perUnitPattern' || typeof pattern !== 'string') continue;
    const form = unitAfterNumber(pattern, lang);
    if (!form) continue;
    if (form.includes('{0}')) { forms.add(form); continue; }
    const letters = (form.match(/\p{L}/gu) ?? []).length;
    // A power sign makes a one-letter name a unit of its own (`m²`, `m³`), no initial.
    const powered = /[²³]$/u.test(form);
    if (short && letters < MIN_SHORT_LETTERS && !powered) continue;
    if (UNSPACED.has(lang)) {
      // Chinese, Japanese and Korean forms match as prefixes of the text after the number: Latin ones (`km`) are read
      // as Latin words there already.
      if (/[A-Za-z]/.test(form) || /\s/.test(form)) continue;
    } else {
      // A slash joins a rate's units without spaces (`km/h`, `m/s`); a form with both is no word pair the reader looks at.
      if (form.split(/\s+/).length > MAX_WORDS || (form.includes('/') && /\s/.test(form))) continue;
      // Nor a function word, with or without its accents (the vocabulary is also read without them: pt `nó`, knot, is `no`).
      const bare = form.replace(/\.$/, '');
      const folded = bare.normalize('NFD').replace(/\p{M}/gu, '');
      if ((letters < 2 && !powered) || [bare, folded].some((word) => (stopwords[lang] ?? []).includes(word))) continue;
    }
    forms.add(form);
  }
  return forms;
}

const out = {
  _comment: 'Generated by scripts/build-measure-units.mjs from CLDR unit names (cldr-units-full): measurement units per canonical measure and language, in the format of data/measures.json, which wins where both have a word. Do not edit; run the script again.',
};
for (const [unit, canonical] of Object.entries(UNITS)) {
  for (const [lang, locales] of Object.entries(LOCALES)) {
    const forms = new Set();
    for (const locale of locales) {
      const units = readJson(`cldr-units-full/main/${locale}/units.json`).main[locale].units;
      for (const [width, short] of [['long', false], ...(LONG_NAMES_ONLY.has(locale) ? [] : [['short', true]])]) {
        const entry = units[width]?.[unit];
        if (entry) for (const form of formsOf(lang, entry, short)) forms.add(form);
      }
    }
    if (forms.size === 0) continue;
    const list = ((out[canonical] ??= {})[lang] ??= []);
    for (const form of [...forms].sort()) if (!list.includes(form)) list.push(form);
  }
}
writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
console.log(`${OUT}: ${Object.keys(out).length - 1} measures`);
