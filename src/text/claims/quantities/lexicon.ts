// Word tables for quantity parsing, per language: scale words, currencies, hedges, count nouns and the words that
// mark a number as something other than an amount (view counters, phone labels, months).
//
// Why our own tables and not Microsoft Recognizers-Text: it is not installed, and where it exists it has no German
// (`1.000 Forscher` gives 1, `27,6 Millionen US-Dollar` loses both its scale word and its currency), its French and
// Spanish models drop `milliards`/`mil millones` scale words in compounds, and it returns no rounding interval.
// Tables keep every rule visible, testable (test/quantities.test.ts) and easy to extend with one line.

export const LANGS = ['en', 'de', 'zh', 'fr', 'es', 'ja', 'ru'] as const;

/** Decimal mark per language; the other of `.`/`,` is the thousands separator. */
export const DECIMAL_MARK: Record<string, '.' | ','> = {
  en: '.', zh: '.', ja: '.', de: ',', es: ',', fr: ',', ru: ',', it: ',', pt: ',', nl: ',', pl: ',',
};


export interface ScaleWord { word: string; factor: number }

/** Scale words written after a number with a space or hyphen (`540 Milliarden`, `540-Milliarden-Parameter`). Longest first at lookup. */
export const SCALE_WORDS: Record<string, ScaleWord[]> = {
  en: [
    { word: 'thousand', factor: 1e3 }, { word: 'million', factor: 1e6 }, { word: 'millions', factor: 1e6 },
    { word: 'billion', factor: 1e9 }, { word: 'billions', factor: 1e9 }, { word: 'trillion', factor: 1e12 },
    { word: 'mn', factor: 1e6 }, { word: 'mln', factor: 1e6 }, { word: 'bn', factor: 1e9 }, { word: 'tn', factor: 1e12 },
    { word: 'bln', factor: 1e9 }, { word: 'tln', factor: 1e12 }, { word: 'hundred', factor: 100 },
    // Informal English for million (`$2 mil`, `2mil`); CLDR has no entry.
    { word: 'mil', factor: 1e6 },
  ],
  de: [
    { word: 'Tausend', factor: 1e3 }, { word: 'Tsd.', factor: 1e3 }, { word: 'Million', factor: 1e6 }, { word: 'Millionen', factor: 1e6 },
    { word: 'Mio.', factor: 1e6 }, { word: 'Mio', factor: 1e6 }, { word: 'Milliarde', factor: 1e9 }, { word: 'Milliarden', factor: 1e9 },
    { word: 'Mrd.', factor: 1e9 }, { word: 'Mrd', factor: 1e9 },
    // German Billion is 10^12 (long scale), not the English billion.
    { word: 'Billion', factor: 1e12 }, { word: 'Billionen', factor: 1e12 }, { word: 'Bio.', factor: 1e12 },
  ],
  fr: [
    { word: 'mille', factor: 1e3 }, { word: 'million', factor: 1e6 }, { word: 'millions', factor: 1e6 },
    { word: 'milliard', factor: 1e9 }, { word: 'milliards', factor: 1e9 }, { word: 'Md', factor: 1e9 }, { word: 'Mds', factor: 1e9 },
    { word: 'Mrd', factor: 1e9 }, { word: 'billion', factor: 1e12 }, { word: 'billions', factor: 1e12 },
  ],
  es: [
    // `mil millones` must be tried before `mil`: the longest match wins.
    { word: 'mil millones', factor: 1e9 }, { word: 'mil', factor: 1e3 }, { word: 'millón', factor: 1e6 },
    { word: 'millones', factor: 1e6 }, { word: 'millardo', factor: 1e9 }, { word: 'millardos', factor: 1e9 },
    { word: 'billón', factor: 1e12 }, { word: 'billones', factor: 1e12 }, { word: 'M', factor: 1e6 },
  ],
  ru: [
    { word: 'тыс.', factor: 1e3 }, { word: 'тыс', factor: 1e3 }, { word: 'тысяча', factor: 1e3 }, { word: 'тысячи', factor: 1e3 },
    { word: 'тысяч', factor: 1e3 }, { word: 'млн', factor: 1e6 }, { word: 'млн.', factor: 1e6 }, { word: 'миллион', factor: 1e6 },
    { word: 'миллиона', factor: 1e6 }, { word: 'миллионов', factor: 1e6 }, { word: 'млрд', factor: 1e9 }, { word: 'млрд.', factor: 1e9 },
    { word: 'миллиард', factor: 1e9 }, { word: 'миллиарда', factor: 1e9 }, { word: 'миллиардов', factor: 1e9 },
    { word: 'трлн', factor: 1e12 }, { word: 'трлн.', factor: 1e12 }, { word: 'триллион', factor: 1e12 },
    { word: 'триллиона', factor: 1e12 }, { word: 'триллионов', factor: 1e12 },
  ],
  // Hindi news writes the English short scale in Devanagari beside CLDR's lakh and crore (which CLDR's hi formats hold).
  hi: [{ word: 'मिलियन', factor: 1e6 }, { word: 'बिलियन', factor: 1e9 }, { word: 'ट्रिलियन', factor: 1e12 }],
  // Italian counts the long scale: bilione is 10^12 (CLDR's Italian formats stop at `mila miliardi`, so it has no entry).
  it: [{ word: 'bilione', factor: 1e12 }, { word: 'bilioni', factor: 1e12 }],
};

/** Letter suffixes glued to the number (`540B`, `$2.8M`, `52k`); valid only when no letter follows. */
export const SCALE_SUFFIXES: ScaleWord[] = [
  { word: 'bn', factor: 1e9 }, { word: 'mn', factor: 1e6 }, { word: 'tn', factor: 1e12 }, { word: 'MM', factor: 1e6 }, // MM: finance's million
  { word: 'K', factor: 1e3 }, { word: 'k', factor: 1e3 }, { word: 'M', factor: 1e6 }, { word: 'm', factor: 1e6 },
  { word: 'B', factor: 1e9 }, { word: 'b', factor: 1e9 }, { word: 'T', factor: 1e12 },
];

/** CJK numerals. 兆 is 10^12 in Japanese and in Taiwanese and financial Chinese usage. */
export const CJK_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  // Financial (anti-fraud) forms used on cheques and in contracts: 壹万贰仟.
  '壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
};
export const CJK_SMALL_UNITS: Record<string, number> = { '十': 10, '百': 100, '千': 1000, '拾': 10, '佰': 100, '仟': 1000 };
export const CJK_BIG_UNITS: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12 };

export interface CurrencyWord { word: string; code: string }

/** Currency signs written before the number. `¥` depends on the language (see yenOrYuan). */
export const CURRENCY_PREFIXES: CurrencyWord[] = [
  { word: 'US$', code: 'USD' }, { word: 'U.S.$', code: 'USD' }, { word: 'HK$', code: 'HKD' }, { word: 'NT$', code: 'TWD' },
  { word: 'C$', code: 'CAD' }, { word: 'A$', code: 'AUD' }, { word: 'R$', code: 'BRL' }, { word: '$', code: 'USD' },
  { word: '€', code: 'EUR' }, { word: '£', code: 'GBP' }, { word: '₽', code: 'RUB' }, { word: '₩', code: 'KRW' },
  { word: 'USD', code: 'USD' }, { word: 'EUR', code: 'EUR' }, { word: 'GBP', code: 'GBP' }, { word: 'CHF', code: 'CHF' },
  // Currency names written before the amount in Chinese (新台幣100億元, 人民币500元); a following 元 is then consumed.
  { word: '新台幣', code: 'TWD' }, { word: '新臺幣', code: 'TWD' }, { word: '新台币', code: 'TWD' }, { word: '台幣', code: 'TWD' },
  { word: '人民币', code: 'CNY' }, { word: '人民幣', code: 'CNY' }, { word: '美金', code: 'USD' }, { word: '港幣', code: 'HKD' }, { word: '港币', code: 'HKD' },
  { word: 'RMB', code: 'CNY' }, { word: 'CNY', code: 'CNY' }, { word: 'JPY', code: 'JPY' }, { word: 'RUB', code: 'RUB' },
];

/** Currency words after the number (after the scale word when there is one). Lowercase matching for Latin/Cyrillic. */
export const CURRENCY_SUFFIXES: CurrencyWord[] = [
  // English
  { word: 'us dollars', code: 'USD' }, { word: 'u.s. dollars', code: 'USD' }, { word: 'dollars', code: 'USD' }, { word: 'dollar', code: 'USD' },
  { word: 'euros', code: 'EUR' }, { word: 'euro', code: 'EUR' }, { word: 'pounds', code: 'GBP' }, { word: 'yen', code: 'JPY' },
  { word: 'yuan', code: 'CNY' }, { word: 'renminbi', code: 'CNY' }, { word: 'rubles', code: 'RUB' }, { word: 'roubles', code: 'RUB' },
  { word: 'swiss francs', code: 'CHF' },
  // German
  { word: 'us-dollar', code: 'USD' }, { word: 'us-dollars', code: 'USD' }, { word: 'dollar', code: 'USD' }, { word: 'franken', code: 'CHF' },
  { word: 'pfund', code: 'GBP' }, { word: 'rubel', code: 'RUB' },
  // French
  { word: 'dollars américains', code: 'USD' }, { word: 'francs suisses', code: 'CHF' }, { word: 'livres', code: 'GBP' }, { word: 'roubles', code: 'RUB' },
  // French plurals of the yen and the yuan (CLDR fr has the singular `yen japonais` and `yuan renminbi`), Italian sterlina.
  { word: 'yens', code: 'JPY' }, { word: 'yuans', code: 'CNY' }, { word: 'sterline', code: 'GBP' }, { word: 'sterlina', code: 'GBP' },
  // Spanish
  { word: 'dólares estadounidenses', code: 'USD' }, { word: 'dólares', code: 'USD' }, { word: 'dólar', code: 'USD' },
  { word: 'yuanes', code: 'CNY' }, { word: 'yenes', code: 'JPY' }, { word: 'libras', code: 'GBP' }, { word: 'rublos', code: 'RUB' },
  // Short forms the press uses where CLDR has only the full name (`reais brasileiros`, `ABD doları`, `대한민국 원`)
  { word: 'reais', code: 'BRL' }, { word: 'rmb', code: 'CNY' }, { word: 'dollari', code: 'USD' }, { word: 'dolar', code: 'USD' }, { word: 'dolara', code: 'USD' },
  { word: 'dolarów', code: 'USD' }, { word: 'złotych', code: 'PLN' }, { word: 'złote', code: 'PLN' }, { word: 'TL', code: 'TRY' },
  { word: 'lira', code: 'TRY' }, { word: 'гривень', code: 'UAH' }, { word: 'гривні', code: 'UAH' }, { word: 'гривня', code: 'UAH' },
  { word: 'грн', code: 'UAH' }, { word: 'доларів', code: 'USD' }, { word: 'євро', code: 'EUR' }, { word: '원', code: 'KRW' },
  { word: '달러', code: 'USD' }, { word: '유로', code: 'EUR' }, { word: '엔', code: 'JPY' }, { word: '위안', code: 'CNY' },
  // The pound by its noun alone (CLDR ko: 영국령 파운드 스털링), as ポンド and 英镑 above.
  { word: '파운드', code: 'GBP' },
  { word: 'دولار', code: 'USD' }, { word: 'يورو', code: 'EUR' }, { word: 'रुपये', code: 'INR' }, { word: 'रुपए', code: 'INR' },
  { word: 'रुपया', code: 'INR' }, { word: 'डॉलर', code: 'USD' },
  // The pound and the euro by their bare noun in each case a number governs (CLDR has only `funtów szterlingów`,
  // `британских фунтов стерлингов`, `İngiliz sterlini`): Polish 1 funt, 2–4 funty, 5+ funtów, genitive funta; Russian
  // 1 фунт, 2–4 фунта, 5+ фунтов; Ukrainian фунт, фунти, фунтів; Turkish sterlin and avro (suffixes: see currencyAfter).
  { word: 'funt', code: 'GBP' }, { word: 'funta', code: 'GBP' }, { word: 'funty', code: 'GBP' }, { word: 'funtów', code: 'GBP' },
  { word: 'фунт', code: 'GBP' }, { word: 'фунта', code: 'GBP' }, { word: 'фунтов', code: 'GBP' }, { word: 'фунтов стерлингов', code: 'GBP' },
  { word: 'фунта стерлингов', code: 'GBP' }, { word: 'фунти', code: 'GBP' }, { word: 'фунтів', code: 'GBP' }, { word: 'фунтів стерлінгів', code: 'GBP' },
  { word: 'sterlin', code: 'GBP' }, { word: 'avro', code: 'EUR' },
  // Russian
  { word: 'долларов сша', code: 'USD' }, { word: 'долларов', code: 'USD' }, { word: 'доллара', code: 'USD' }, { word: 'доллар', code: 'USD' },
  { word: 'долл.', code: 'USD' }, { word: 'евро', code: 'EUR' }, { word: 'рублей', code: 'RUB' }, { word: 'рубля', code: 'RUB' },
  { word: 'рубль', code: 'RUB' }, { word: 'руб.', code: 'RUB' }, { word: 'руб', code: 'RUB' }, { word: 'юаней', code: 'CNY' },
  // Chinese (both scripts)
  // 美圆/美圓: the older writing of 美元, which CLDR does not list.
  { word: '美元', code: 'USD' }, { word: '美金', code: 'USD' }, { word: '美圆', code: 'USD' }, { word: '美圓', code: 'USD' }, { word: '人民币', code: 'CNY' }, { word: '人民幣', code: 'CNY' },
  { word: '新台币', code: 'TWD' }, { word: '新台幣', code: 'TWD' }, { word: '新臺幣', code: 'TWD' }, { word: '台币', code: 'TWD' }, { word: '台幣', code: 'TWD' },
  { word: '欧元', code: 'EUR' }, { word: '歐元', code: 'EUR' }, { word: '日元', code: 'JPY' }, { word: '日圆', code: 'JPY' }, { word: '日圓', code: 'JPY' },
  { word: '英镑', code: 'GBP' }, { word: '英鎊', code: 'GBP' }, { word: '港元', code: 'HKD' }, { word: '港币', code: 'HKD' }, { word: '港幣', code: 'HKD' },
  { word: '卢布', code: 'RUB' }, { word: '盧布', code: 'RUB' }, { word: '元', code: 'CNY' },
  // Japanese
  { word: '米ドル', code: 'USD' }, { word: 'ドル', code: 'USD' }, { word: '円', code: 'JPY' }, { word: 'ユーロ', code: 'EUR' },
  { word: 'ポンド', code: 'GBP' }, { word: '人民元', code: 'CNY' }, { word: 'ルーブル', code: 'RUB' },
  // The Taiwan dollar as the press writes it (CLDR ja: 新台湾ドル).
  { word: '台湾ドル', code: 'TWD' }, { word: 'ニュー台湾ドル', code: 'TWD' },
  // Codes and signs written after the number (`10 €`, `540 M$`, `5 млн ₽`)
  { word: 'usd', code: 'USD' }, { word: 'eur', code: 'EUR' }, { word: 'chf', code: 'CHF' }, { word: 'rub', code: 'RUB' },
  { word: '€', code: 'EUR' }, { word: '$', code: 'USD' }, { word: '₽', code: 'RUB' }, { word: '£', code: 'GBP' },
];

/**
 * Letters before a `$` that name the dollar (`C$`, `hk $`, `AUD$`, `Mex$`), lowercase: the national abbreviations the
 * press uses, besides any ISO code ending in D (`nzd$`) which the grammar takes as written.
 */
export const DOLLAR_QUALIFIERS: Record<string, string> = {
  us: 'USD', 'u.s.': 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', nt: 'TWD', nz: 'NZD', s: 'SGD', sg: 'SGD',
  mex: 'MXN', mx: 'MXN', mxn: 'MXN', r: 'BRL', ec: 'XCD', j: 'JMD', tt: 'TTD', bds: 'BBD', fj: 'FJD',
};

/** `¥`/`￥` is yuan on Chinese pages and yen everywhere else. */
export function yenOrYuan(lang: string): string {
  return lang === 'zh' ? 'CNY' : 'JPY';
}

/**
 * The noun for percent written where the unit belongs (`a 5 percentage rise`): loose, but after digits no other reading
 * exists. After a spelled one it is the article's noun (`un porcentaje del 25%`), so only digits take it.
 */
export const PERCENTAGE_NOUNS = ['percentage', 'pourcentage', 'percentuale', 'porcentaje', 'percentagem'];

/** Percent signs and words after the number. */
export const PERCENT_SUFFIXES = [
  '%', 'percent', 'per cent', 'prozent', 'pour cent', 'por ciento', 'процентов', 'процента', 'процент', 'パーセント',
  '个百分点', '個百分點', 'prozentpunkte', 'percentage points', 'points de pourcentage', 'puntos porcentuales',
  'pour-cent', 'pourcent', 'por cien', 'por cento', 'pontos percentuais', 'per cento', 'percento', 'punti percentuali',
  'percentage point', 'pourcents', 'procent', 'procentpunten', 'procentpunt', 'procenta', 'procentów', 'proc.', 'punktów procentowych', 'відсотків', 'відсотка',
  'відсоток', 'процентных пунктов', 'проценту', 'процентом', 'проценте', 'процентам', 'процентами', 'процентах', 'відсотку', 'відсотком', 'відсотках', 'відсоткам', 'відсотками', '퍼센트', '%p', 'في المائة', 'بالمئة', 'بالمائة', '٪', 'प्रतिशत', 'फ़ीसदी', 'फीसदी',
  // Japanese ポイント after a number is the percentage point (パーセントポイント shortened: 支持率が5ポイント上昇).
  'パーセントポイント', 'ポイント',
  ...PERCENTAGE_NOUNS,
];

/** Percent written before the number: Turkish `%20` and `yüzde 20`. */
export const PERCENT_PREFIXES: Record<string, string[]> = { tr: ['%', 'yüzde'] };

export type Hedge = 'about' | 'more-than' | 'less-than' | 'up-to' | 'at-least';

/** Hedges written before the number (before its currency sign). Lowercase; matched at a word boundary. */
export const HEDGE_PREFIXES: Record<string, Array<[string, Hedge]>> = {
  en: [
    ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['approx.', 'about'],
    ['an estimated', 'about'], ['some', 'about'], ['nearly', 'about'], ['almost', 'about'], ['close to', 'about'],
    ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['in excess of', 'more-than'], ['upwards of', 'more-than'],
    ['at least', 'at-least'], ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
    ['up to', 'up-to'], ['as much as', 'up-to'], ['as many as', 'up-to'],
  ],
  de: [
    ['rund', 'about'], ['etwa', 'about'], ['ungefähr', 'about'], ['circa', 'about'], ['ca.', 'about'], ['zirka', 'about'],
    ['knapp', 'about'], ['fast', 'about'], ['beinahe', 'about'], ['gut', 'about'],
    ['mehr als', 'more-than'], ['über', 'more-than'], ['mindestens', 'at-least'], ['weniger als', 'less-than'],
    ['unter', 'less-than'], ['bis zu', 'up-to'], ['höchstens', 'up-to'],
  ],
  fr: [
    ['environ', 'about'], ['près de', 'about'], ['autour de', 'about'], ['approximativement', 'about'], ['quelque', 'about'],
    ['presque', 'about'], ['plus de', 'more-than'], ["plus d'", 'more-than'], ['au-delà de', 'more-than'], ['au moins', 'at-least'],
    ['moins de', 'less-than'], ["moins d'", 'less-than'], ["jusqu'à", 'up-to'], ['jusqu’à', 'up-to'],
  ],
  es: [
    ['alrededor de', 'about'], ['cerca de', 'about'], ['aproximadamente', 'about'], ['unos', 'about'], ['unas', 'about'],
    ['casi', 'about'], ['más de', 'more-than'], ['al menos', 'at-least'], ['como mínimo', 'at-least'], ['menos de', 'less-than'],
    ['inferior a', 'less-than'], ['inferiores a', 'less-than'], ['superior a', 'more-than'], ['hasta', 'up-to'],
  ],
  // Portuguese and Italian: without them `pelo menos 300` and `al meno 3` read their minus word as a sign (−300).
  pt: [
    ['cerca de', 'about'], ['aproximadamente', 'about'], ['quase', 'about'], ['por volta de', 'about'], ['mais de', 'more-than'],
    ['pelo menos', 'at-least'], ['ao menos', 'at-least'], ['no mínimo', 'at-least'], ['menos de', 'less-than'], ['até', 'up-to'],
  ],
  it: [
    ['circa', 'about'], ['quasi', 'about'], ['intorno a', 'about'], ['più di', 'more-than'], ['oltre', 'more-than'],
    ['almeno', 'at-least'], ['al meno', 'at-least'], ['meno di', 'less-than'], ['fino a', 'up-to'],
  ],
  ru: [
    ['около', 'about'], ['примерно', 'about'], ['приблизительно', 'about'], ['порядка', 'about'], ['почти', 'about'],
    ['более чем', 'more-than'], ['более', 'more-than'], ['свыше', 'more-than'], ['больше', 'more-than'], ['не менее', 'at-least'],
    ['минимум', 'at-least'], ['менее чем', 'less-than'], ['менее', 'less-than'], ['меньше', 'less-than'], ['до', 'up-to'],
  ],
  zh: [
    ['大约', 'about'], ['大約', 'about'], ['大概', 'about'], ['约为', 'about'], ['約為', 'about'], ['约', 'about'], ['約', 'about'],
    ['将近', 'about'], ['將近', 'about'], ['近', 'about'], ['超过', 'more-than'], ['超過', 'more-than'], ['逾', 'more-than'],
    ['多于', 'more-than'], ['多於', 'more-than'], ['至少', 'at-least'], ['不到', 'less-than'], ['不足', 'less-than'],
    ['少于', 'less-than'], ['少於', 'less-than'], ['低于', 'less-than'], ['低於', 'less-than'], ['最多', 'up-to'],
  ],
  ja: [
    ['約', 'about'], ['およそ', 'about'], ['ほぼ', 'about'], ['最大', 'up-to'], ['最大で', 'up-to'], ['少なくとも', 'at-least'],
  ],
};

/** Words for a negative number, written before it (lowercase): `minus 5`, `マイナス10`, `負3.9%`; below zero (`零下5℃`, `氷点下3度`, `영하 5도`). */
export const NEGATIVE_WORDS: Record<string, string[]> = {
  en: ['minus', 'negative'], de: ['minus', 'negativ'], fr: ['moins', 'négatif', 'négative'], es: ['menos', 'negativo'],
  pt: ['menos', 'negativo'], it: ['meno', 'negativo'], nl: ['min', 'negatief'], pl: ['minus'], ru: ['минус'], uk: ['мінус'],
  tr: ['eksi'], zh: ['负', '負', '零下'], ja: ['マイナス', '負', '氷点下'], ko: ['마이너스', '영하'], ar: ['سالب'], hi: ['ऋण'],
};

/** Hedges written after the quantity (Chinese and Japanese). */
export const HEDGE_SUFFIXES: Array<[string, Hedge]> = [
  ['左右', 'about'], ['上下', 'about'], ['前後', 'about'], ['程度', 'about'], ['近く', 'about'],
  ['以上', 'more-than'], ['超', 'more-than'], ['余り', 'more-than'], ['あまり', 'more-than'], ['未満', 'less-than'], ['以下', 'up-to'],
];

/** Hedges between the digits and the scale (`100多亿`, `1万余人`). */
export const HEDGE_INFIXES: Array<[string, Hedge]> = [
  ['余り', 'more-than'], ['あまり', 'more-than'], ['多', 'more-than'], ['余', 'more-than'], ['餘', 'more-than'],
  // 二十几万, 二十数万: "twenty-some ten thousand", the stated part and some units more.
  ['几', 'more-than'], ['幾', 'more-than'], ['数', 'more-than'], ['數', 'more-than'],
];

/**
 * Count nouns → the unit: a lowercase plural English noun. Latin and Cyrillic forms match as word prefixes of the
 * listed stem when they end in `*`; CJK forms match as written. Keep the list to nouns that make a comparable fact.
 */
export const COUNT_UNITS: Record<string, string[]> = {
  parameters: ['parameters', 'parameter', 'params', 'parametern', 'paramètres', 'parámetros', 'параметр*', '参数', '參數', 'パラメータ', 'パラメーター'],
  gpus: ['gpus', 'gpu', 'grafikkarten', 'grafikprozessoren', 'видеокарт*', '块gpu', '張gpu', '张gpu', '颗gpu', 'gpu'],
  researchers: ['researchers', 'forscher*', 'forschende*', 'chercheurs', 'chercheuses', 'investigadores', 'исследовател*', '研究人员', '研究人員', '研究者', '名研究人员'],
  employees: ['employees', 'staff', 'workers', 'mitarbeiter*', 'mitarbeitende*', 'beschäftigte*', 'angestellte*', 'salariés', 'employés', 'empleados', 'trabajadores', 'сотрудник*', 'работник*', '员工', '員工', '名员工', '名員工', '従業員', '社員'],
  engineers: ['engineers', 'ingenieur*', 'ingénieurs', 'ingenieros', 'инженер*', '工程师', '工程師', 'エンジニア'],
  users: ['users', 'user', 'nutzer*', 'benutzer*', 'utilisateurs', 'usuarios', 'пользовател*', '用户', '用戶', '使用者', 'ユーザー', '利用者'],
  customers: ['customers', 'kunden', 'kundinnen', 'clients', 'clientes', 'клиент*', '客户', '客戶', '顧客'],
  countries: ['countries', 'ländern', 'länder', 'pays', 'países', 'стран*', '个国家', '個國家', '国家', '國家', 'か国', 'カ国', 'ヶ国'],
  languages: ['languages', 'sprachen', 'langues', 'idiomas', 'язык*', '种语言', '種語言', '言語'],
  days: ['days', 'tage', 'tagen', 'jours', 'días', 'дней', 'дня', '天', '日間'],
  weeks: ['weeks', 'wochen', 'semaines', 'semanas', 'недел*', '周', '週', '週間'],
  months: ['months', 'monate', 'monaten', 'mois', 'meses', 'месяц*', '个月', '個月', 'か月', 'ヶ月', 'カ月'],
  years: ['years', 'jahre', 'jahren', 'ans', 'années', 'años', 'лет', 'года', '年间', '年間'],
  hours: ['hours', 'stunden', 'heures', 'horas', 'час*', '小时', '小時', '時間'],
  tokens: ['tokens', 'token', 'jetons', 'токен*', 'トークン'],
  models: ['models', 'modelle', 'modèles', 'modelos', 'модел*', '个模型', '個模型', 'モデル'],
  accelerators: ['accelerators', 'beschleuniger', 'accélérateurs', 'aceleradores', 'ускорител*', '加速器', 'アクセラレータ', 'アクセラレーター'],
  chips: ['chips', 'puces', 'чип*', '芯片', '晶片', 'チップ'],
  servers: ['servers', 'server', 'serveurs', 'servidores', 'сервер*', '台服务器', '台伺服器', 'サーバー'],
  applications: ['applications', 'apps', 'anwendungen', 'aplicaciones', 'приложени*', '个应用', '個應用', 'アプリ'],
  companies: ['companies', 'unternehmen', 'entreprises', 'empresas', 'компани*', '家公司', '社'],
  examples: ['examples', 'beispiele', 'exemples', 'ejemplos', 'пример*', '个示例', '條數據', '条数据', '數據', '数据', 'サンプル'],
  pages: ['pages', 'seiten', 'páginas', 'страниц*', '页', '頁', 'ページ'],
  people: ['people', 'persons', 'menschen', 'personen', 'personnes', 'personas', 'человек', '人'],
  images: ['images', 'bilder', 'imágenes', 'изображени*', '张图片', '張圖片', '画像'],
  words: ['words', 'wörter', 'mots', 'palabras', 'слов', '个词', '個詞', '単語'],
};

/** Hardware counted with a brand and model between number and noun (`16 NVIDIA v100-GPUs`, `4,000 Intel Gaudi2 AI accelerators`). */
export const BRANDED_UNITS = new Set(['gpus', 'accelerators', 'chips', 'servers']);

/** Chinese/Japanese measure words allowed between the number and its noun (`650亿个参数`). */
export const MEASURE_WORDS = ['个', '個', '名', '位', '家', '款', '枚', '台', '张', '張', '块', '塊', '颗', '顆', '条', '條', '项', '項', '种', '種', '人の', 'の'];

/**
 * Chinese classifiers (量词) of counted things: a Han numeral before one counts what follows (六名记者, 三十九篇故事,
 * 四十户人家). From the general classifiers of Chinese grammars (个/位/名 people, 篇/部/首/本 works, 张/幅 flat things, 户/家
 * households and firms, 款 models, 口 pots and household members, 条/只/头 animals and long things, 局/场 games …); not 期 or 届 (三期 "phase three", 十九届
 * "the nineteenth" session: ordinals without 第), 次 or 倍
 * (times, a multiplier), nor 分 (minutes, points, fen, a tenth).
 */
export const HAN_CLASSIFIERS = '个個名位篇部首本款口张張幅支条條只隻件项項家户戶座辆輛架艘棵头頭匹台场場局册冊份种種枚颗顆块塊所间間层層门門句段章节節集';
/** Time nouns counted straight after a Han numeral (二十年, 六秒钟, 二十八岁), as count units; 年代 and 年级 (decade, grade) are not. */
export const HAN_TIME_COUNTS: Array<[RegExp, string]> = [
  [/年(?![代级級])/y, 'years'], [/[岁歲]/y, 'years'], [/秒[钟鐘]?/y, 'seconds'], [/分[钟鐘]/y, 'minutes'], [/[周週](?![一二三四五六日末])/y, 'weeks'],
];

/** Nouns that make a number a page counter (views, reads, likes), which is never an amount worth a claim. */
export const COUNTER_AFTER = [
  'min read', 'minutes read', 'min. lesezeit', 'min de lecture', 'min de lectura', 'views', 'view', 'reads', 'likes', 'comments', 'shares', 'aufrufe', 'mal gelesen', 'leute haben es', 'lectures', 'vues',
  'visitas', 'lecturas', 'lectores', 'просмотров', 'просмотра', 'комментари', '次阅读', '次閱讀', '人阅读', '人閱讀', '次浏览', '次瀏覽', '回閲覧',
];
export const COUNTER_BEFORE = [
  'views', 'lecture', 'lesezeit', 'reading time', 'время чтения', 'lectura', 'tiempo de lectura', 'aufrufe', 'gelesen', 'lectures', 'vues', 'visitas', 'lecturas', 'просмотров', 'просмотры', '阅读', '閱讀', '阅读量', '浏览',
  '瀏覽', '瀏覽數', '浏览数', '浏览量', '閲覧数', '閲覧', 'いいね', '点赞', '評論', '评论', '▲', '▼', '♥', '❤',
];

/** Labels before a phone number. */
export const PHONE_LABELS = [
  'tel', 'tél', 'phone', 'telefon', 'téléphone', 'teléfono', 'standard', 'redaktion', 'rédaction', 'newsroom tips', 'fax',
  'телефон', 'тел', 'редакция', '电话', '電話', '热线', '熱線', '客服热线', '客服專線', '专线', '專線', '編集部', '代表',
];

/** Month names in every supported language: numbers next to them are days and years. English ones need a capital. */
export const MONTHS_CASED = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
export const MONTHS_ANY_CASE = [
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  'январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре',
];

/** Words for "model" after a size like `13B`: the size is then a parameter count. */
export const MODEL_WORDS = ['model', 'models', 'modell', 'modelle', 'modèle', 'modelo', 'модель', 'модели', '模型', 'モデル', 'llm'];

/** Small number words, accepted only when a scale word follows (`two billion`, `zwei Milliarden`). */
export const NUMBER_WORDS: Record<string, Record<string, number>> = {
  en: { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, twenty: 20, hundred: 100 },
  de: { ein: 1, eine: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12, zwanzig: 20 },
  fr: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20 },
  es: { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, veinte: 20 },
  ru: { один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10 },
};

/** Range connectors between two numbers (`9 bis 17 Millionen`, `70億到650億`). */
export const RANGE_CONNECTORS = ['-', '–', '—', '~', '～', '〜', 'bis', 'to', 'à', 'a', 'до', '到', '至', 'から'];
