#!/usr/bin/env node
// Builds data/locale/numbers.json, the compact per-language number data the quantity grammar reads, from CLDR
// (cldr-numbers-full, cldr-core, cldr-localenames-full; dev dependencies, so the installed package carries only the few kilobytes written here).
//
//   node scripts/build-locale-data.mjs        (run again after a CLDR upgrade; the output is committed)
//
// Per language: decimal and group marks, percent sign, whether groups above the thousands have two digits, the scale words of CLDR's long and short decimal formats
// (`0 Millionen`, `0 Mio.`, `0 lakh`, `0억`) with their factor, and currencies in use today (currencyData's tender
// currencies with no end date) by display name, plural names and symbol → ISO 4217.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data/locale/numbers.json');

/** Our language codes → the CLDR locales read for them (later locales add to earlier ones: en-IN adds lakh and crore). */
const LOCALES = {
  en: ['en', 'en-IN'], de: ['de'], fr: ['fr'], es: ['es'], pt: ['pt', 'pt-PT'], it: ['it'], nl: ['nl'], pl: ['pl'],
  ru: ['ru'], uk: ['uk'], tr: ['tr'], zh: ['zh', 'zh-Hant'], ja: ['ja'], ko: ['ko'], ar: ['ar'], hi: ['hi'],
};

const AMBIGUOUS_SYMBOLS = new Set(['$', '¥', '￥']);

const readJson = (path) => JSON.parse(readFileSync(require.resolve(path), 'utf8'));

/** ISO codes of the currencies some territory uses now (tender, no `_to` date). */
function currentCurrencies() {
  const regions = readJson('cldr-core/supplemental/currencyData.json').supplemental.currencyData.region;
  const codes = new Set();
  for (const list of Object.values(regions)) {
    for (const entry of list) {
      for (const [code, info] of Object.entries(entry)) if (!info._to && info._tender !== 'false') codes.add(code);
    }
  }
  return codes;
}

/** `0 Millionen` under key 1000000 → Millionen ×1e6; `00 Mio.` under 10000000 → Mio. ×1e6 (the zeros count the digits). */
function scaleWords(formats, into) {
  for (const [key, pattern] of Object.entries(formats ?? {})) {
    const m = /^(\d+)-count-/.exec(key);
    if (!m || pattern === '0') continue;
    const zeros = (pattern.match(/0/g) ?? []).length;
    // A pattern with no zero names the number itself (Italian `mille` under 1000 is one thousand, not ten thousand).
    const factor = zeros === 0 ? Number(m[1]) : Number(m[1]) / 10 ** (zeros - 1);
    const word = pattern.replace(/0+/, '').replace(/'/g, '').replace(/[\u200e\u200f\u00a0]/g, ' ').trim();
    if (!word || factor < 1000) continue;
    const old = into[word];
    if (old !== undefined && old !== factor) into[word] = Math.min(old, factor); // same word, two keys: the smaller is its own value
    else into[word] = factor;
  }
}

/**
 * The currency noun of a name that starts with its territory (`ナイジェリア ナイラ` → `ナイラ`, `尼日利亚奈拉` → `奈拉`): the press
 * writes it alone. Kept only when it names one current currency in the language (`ルピー` is several, `ドル` too).
 */
const CJK_NOUN = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u;
/** Nouns that are ordinary words first: the Zimbabwe Gold's (ZWG) is the word for gold. */
const COMMON_WORD_NOUNS = new Set(['金元', 'ゴールド', '골드']);
function addCurrencyNouns(names, locales) {
  const territories = locales.flatMap((locale) => Object.values(readJson(`cldr-localenames-full/main/${locale}/territories.json`).main[locale].localeDisplayNames.territories));
  const nouns = new Map();
  for (const [name, code] of Object.entries(names)) {
    // The longest territory the name starts with (インドネシア, not インド), as a whole name.
    const territory = territories.filter((t) => name.startsWith(t.toLowerCase())).sort((a, b) => b.length - a.length)[0];
    if (!territory) continue;
    const noun = name.slice(territory.length).replace(/^[ ・]/, '');
    // Only where names are the territory and the noun side by side, uninflected: Chinese, Japanese, Korean.
    if ([...noun].length < 2 || !CJK_NOUN.test(noun) || COMMON_WORD_NOUNS.has(noun)) continue;
    nouns.set(noun, nouns.has(noun) && nouns.get(noun) !== code ? null : code);
  }
  for (const [noun, code] of nouns) if (code !== null && !(noun in names)) names[noun] = code;
}

/**
 * German currency names open with an adjective CLDR gives in the nominative (`kanadischer Dollar`, plural `kanadische
 * Dollar`); after a number the press also declines it (`16 Millionen kanadischen Dollar`, `in australischen Dollar`):
 * the -en form of each such adjective is added. `Schweizer` does not decline.
 */
const GERMAN_DECLINED_ADJECTIVE = /^(\S*(?:sch|neu|konvertibl))(?:er|e) /;
function addGermanAdjectiveCases(names) {
  for (const [name, code] of Object.entries(names)) {
    const m = GERMAN_DECLINED_ADJECTIVE.exec(name);
    if (m) names[`${m[1]}en ${name.slice(m[0].length)}`] ??= code;
  }
}

/**
 * Spanish names a currency by its noun and a demonym (`dólar hongkonés`); the press also writes the noun and its
 * territory (`dólares de Hong Kong`, `pesos de México`), as CLDR's French, Italian and Portuguese names do: those forms
 * are added for each territory whose only current currency it is, under the territory's short name where CLDR has one.
 */
const NOUN_OF_TERRITORY_LOCALES = new Set(['es']);
function addNounOfTerritory(names, currencies, locale, regionCurrencies) {
  const territories = readJson(`cldr-localenames-full/main/${locale}/territories.json`).main[locale].localeDisplayNames.territories;
  // Only nouns several currencies share (dólar, peso, libra, franco): `lek de Albania` names nothing a bare `lek` does not.
  const codesOfNoun = new Map();
  // `nuevo séquel`, `nuevo dólar taiwanés`: the adjective before the noun is no noun.
  const leadingAdjectives = new Set(['nuevo', 'nuevos']);
  for (const [code, forms] of Object.entries(currencies)) {
    for (const key of ['displayName-count-one', 'displayName-count-other']) {
      const noun = forms[key]?.split(' ')[0];
      if (noun) codesOfNoun.set(noun, new Set([...(codesOfNoun.get(noun) ?? []), code]));
    }
  }
  for (const [region, codes] of regionCurrencies) {
    // The short name unless it is an abbreviation (`EE. UU.`, `RU`): `Hong Kong`, not `RAE de Hong Kong (China)`.
    const short = territories[`${region}-alt-short`];
    const territory = short && !/^[\p{Lu}. ]+$/u.test(short) ? short : territories[region];
    if (codes.length !== 1 || !territory || /[()]/.test(territory) || !/^[A-Z]{2}$/.test(region)) continue;
    const forms = currencies[codes[0]] ?? {};
    for (const key of ['displayName-count-one', 'displayName-count-other']) {
      const noun = forms[key]?.split(' ')[0];
      if (noun && forms[key].includes(' ') && codesOfNoun.get(noun).size > 1 && !leadingAdjectives.has(noun)) names[`${noun} de ${territory}`.toLowerCase()] ??= codes[0];
    }
  }
}

/** Each region's current currencies (tender, no `_to` date). */
function regionCurrencies(current) {
  const regions = readJson('cldr-core/supplemental/currencyData.json').supplemental.currencyData.region;
  return Object.entries(regions).map(([region, list]) => [region, [...new Set(list.flatMap((entry) => Object.entries(entry).filter(([code, info]) => !info._to && info._tender !== 'false' && current.has(code)).map(([code]) => code)))]]);
}

/**
 * The symbol each country's locale of the language writes its own currency with (es-PY `Gs.` for the guaraní, es-PE
 * `S/`, es-DO `RD$`, fr-SN `F CFA`, fr-TN `DT`, ar-EG `ج.م.‏`, ar-SA `ر.س.‏`, ru-KG `сом`): the press of that country
 * writes amounts so. Only symbols the language's own locales leave free; one that two countries give to different
 * currencies (`kr` of en-SE and en-NO) is dropped, like the shared symbols above.
 */
function addRegionalSymbols(symbols, lang, current) {
  const regions = readJson('cldr-core/supplemental/currencyData.json').supplemental.currencyData.region;
  const regional = {};
  for (const locale of readJson('cldr-core/availableLocales.json').availableLocales.full) {
    const region = new RegExp(`^${lang}-([A-Z]{2})$`).exec(locale)?.[1];
    if (!region) continue;
    const own = (regions[region] ?? []).flatMap((entry) => Object.entries(entry)).filter(([code, info]) => !info._to && info._tender !== 'false' && current.has(code)).map(([code]) => code);
    const currencies = readJson(`cldr-numbers-full/main/${locale}/currencies.json`).main[locale].numbers.currencies;
    for (const code of own) {
      const symbol = currencies[code]?.symbol;
      // A symbol of neither letters nor a currency sign (pt-CV's zero-width space for the escudo) marks nothing in text.
      if (!symbol || symbol === code || symbol in symbols || !/[\p{L}\p{Sc}]/u.test(symbol)) continue;
      regional[symbol] = regional[symbol] === undefined || regional[symbol] === code ? code : null;
    }
  }
  Object.assign(symbols, regional);
}

function build() {
  const current = currentCurrencies();
  const out = {};
  for (const [lang, locales] of Object.entries(LOCALES)) {
    const entry = { decimal: null, group: null, percentSign: null, twoDigitGroups: false, scales: {}, currencyNames: {}, currencySymbols: {} };
    for (const locale of locales) {
      const numbers = readJson(`cldr-numbers-full/main/${locale}/numbers.json`).main[locale].numbers;
      const symbols = numbers['symbols-numberSystem-latn'];
      entry.decimal ??= symbols.decimal;
      entry.group ??= symbols.group.replace(/\u00a0|\u202f/, ' ');
      entry.percentSign ??= symbols.percentSign.replace(/[\u200e\u200f]/g, '');
      const decimalFormats = numbers['decimalFormats-numberSystem-latn'];
      // `#,##,##0.###` (en-IN, hi): above the thousands, digits are grouped by two (12,34,567 is 1,234,567).
      entry.twoDigitGroups ||= /#,##,##0/.test(decimalFormats.standard);
      scaleWords(decimalFormats.long?.decimalFormat, entry.scales);
      scaleWords(decimalFormats.short?.decimalFormat, entry.scales);
      const currencies = readJson(`cldr-numbers-full/main/${locale}/currencies.json`).main[locale].numbers.currencies;
      if (NOUN_OF_TERRITORY_LOCALES.has(locale)) addNounOfTerritory(entry.currencyNames, currencies, locale, regionCurrencies(current));
      for (const [code, names] of Object.entries(currencies)) {
        if (!current.has(code)) continue;
        for (const [key, name] of Object.entries(names)) {
          if (key.startsWith('displayName')) entry.currencyNames[name.toLowerCase()] ??= code;
          // A symbol that is only the code, or that several currencies share in this locale ($, kr), is not kept here.
          else if ((key === 'symbol' || key === 'symbol-alt-narrow') && name !== code) entry.currencySymbols[name] = entry.currencySymbols[name] === undefined || entry.currencySymbols[name] === code ? code : null;
        }
      }
    }
    addRegionalSymbols(entry.currencySymbols, lang, current);
    addCurrencyNouns(entry.currencyNames, locales);
    if (lang === 'de') addGermanAdjectiveCases(entry.currencyNames);
    // `$` and `¥` are resolved by the grammar itself (USD; yen or yuan by language): CLDR gives `$` to TWD in zh-Hant.
    entry.currencySymbols = Object.fromEntries(Object.entries(entry.currencySymbols).filter(([sym, code]) => code !== null && !AMBIGUOUS_SYMBOLS.has(sym)));
    // One-letter short scales (`K`, `M`, `L`) are read by the grammar's own glued-suffix rule, where `5 L` stays litres.
    entry.scales = Object.fromEntries(Object.entries(entry.scales).filter(([word]) => !/^[A-Za-z]$/.test(word)));
    out[lang] = entry;
  }
  return { source: `CLDR ${readJson('cldr-core/package.json').version} (cldr-numbers-full, cldr-core); built by scripts/build-locale-data.mjs`, currencies: [...current].sort(), langs: out };
}

mkdirSync(dirname(OUT), { recursive: true });
const data = build();
writeFileSync(OUT, `${JSON.stringify(data)}\n`);
console.log(`${OUT}: ${Object.keys(data.langs).length} languages, ${data.currencies.length} current currencies, ${(JSON.stringify(data).length / 1024).toFixed(0)} KB`);
