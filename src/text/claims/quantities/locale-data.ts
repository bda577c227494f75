// Per-language number data generated from CLDR by scripts/build-locale-data.mjs (data/locale/numbers.json): decimal and
// group marks, scale words (`Millionen`, `milhões`, `lakh`, `억`) and current currencies by name, plural and symbol.
import { readFileSync } from 'node:fs';

export interface LocaleNumbers {
  decimal: string;
  group: string;
  percentSign: string;
  /** Groups above the thousands have two digits in one of the language's locales (en-IN, hi: `12,34,567`). */
  twoDigitGroups: boolean;
  /** Scale word as CLDR writes it → factor (`Mio.` → 1e6). */
  scales: Record<string, number>;
  /** Lowercase currency display name, singular or plural → ISO 4217 (`kanadische dollar` → CAD). */
  currencyNames: Record<string, string>;
  /** Currency symbol → ISO 4217 (`CA$`, `₹`, `zł`); `$` and `¥` are left to the grammar. */
  currencySymbols: Record<string, string>;
}

interface LocaleFile { source: string; currencies: string[]; langs: Record<string, LocaleNumbers> }

const FILE = JSON.parse(readFileSync(new URL('../../../../data/locale/numbers.json', import.meta.url), 'utf8')) as LocaleFile;

/** The languages the data covers. */
export const LOCALE_LANGS: readonly string[] = Object.keys(FILE.langs);

/** ISO 4217 codes of the currencies in use today (CLDR currencyData: tender, no end date). */
export const CURRENT_CURRENCIES: ReadonlySet<string> = new Set(FILE.currencies);

const EMPTY: LocaleNumbers = { decimal: '.', group: ',', percentSign: '%', twoDigitGroups: false, scales: {}, currencyNames: {}, currencySymbols: {} };

/** Each language tag's tables once found: the quantity grammar asks for them several times a number. */
const byTag = new Map<string, LocaleNumbers>();

/** CLDR number data of a language (`zh-Hant` and `pt-BR` read as zh and pt); empty tables for a language not covered. */
export function localeNumbers(lang: string): LocaleNumbers {
  let numbers = byTag.get(lang);
  if (!numbers) {
    numbers = FILE.langs[lang] ?? FILE.langs[lang.split('-')[0]] ?? EMPTY;
    byTag.set(lang, numbers);
  }
  return numbers;
}
