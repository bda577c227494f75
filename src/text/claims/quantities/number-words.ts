// Spelled-out numbers with a scale word (`two hundred and two thousand`, `cincuenta y dos mil trescientos`,
// `achtundsiebzig Millionen`, `duemilatrecento`, `dreieinhalb Millionen`): words are read one at a time and combined by the usual rule of
// European numerals (units and tens add, `hundred` multiplies what came before, a scale word closes a group, a larger
// scale multiplies everything before it). German, Dutch and Italian glue their numerals into one word: such a word is
// split into number morphemes, longest first. Each word is looked at once, so a phrase costs its length.

import { localeNumbers } from './locale-data.ts';
import { asciiLowerCode, withoutAccents } from './match.ts';

interface NumberLexicon {
  /** Words that add their value (units, teens, tens; Romance hundreds like `doscientos`). */
  add: Record<string, number>;
  /** Words that multiply the group so far by 100 (`hundred`, `hundert`, `cent`). */
  hundred: string[];
  /** Scale words ≥ 1000 (`thousand`, `mil`, `Millionen`). */
  scale: Record<string, number>;
  /** Scale words that are a number by themselves at the start of a phrase (`mil` is one thousand: `mil e cem`). */
  leading?: string[];
  /** Words joining parts of one number (`and`, `y`, `e`, `et`, `und`, `en`). */
  joiners: string[];
  /** Whether a joiner may follow units and tens (`cuarenta y siete`), or only `hundred` and scales (`two hundred and two`). */
  joinsUnits: boolean;
  /** Numerals written as one word (`dreihundert`, `tweeëntwintig`, `duemila`): split into these morphemes. */
  glued: boolean;
  /** Morphemes that stand only inside a glued numeral (Italian `ventotto`'s `vent`): alone they are no number. */
  gluedOnly?: string[];
  /** Case, possessive and derivational endings an agglutinative language glues to the last numeral (`on biri`, `üçlük`). */
  endings?: RegExp;
  /** Words glued before a numeral (Arabic و and, ب by, ال the: `وعشرون`, `بثلاثة`, `العشرين`), longest first; a joiner among them is kept as a token. */
  proclitics?: string[];
  /** Words that add ten after a unit (Arabic teens: `ثمانية عشر` is 18). */
  teens?: string[];
  /** The spelling a word is looked up in (Arabic without short vowels and tatweel, hamza seats as bare alef). */
  fold?: (word: string) => string;
  /** Denominator words of fractions (`fifths`, `cinquièmes`, `Fünftel`, `kwart`, `medio`), singular and plural, to the denominator. */
  fractions?: Record<string, number>;
}

/** Arabic as looked up: without short vowels, shadda, sukun, dagger alef and tatweel; أ إ آ as ا, final ى as ي. */
export const foldArabic = (word: string) => word.replace(/[\u064b-\u0652\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي');

const range = (words: string, from: number, step = 1): Record<string, number> =>
  Object.fromEntries(words.split(' ').map((w, k) => [w, from + k * step]));
const same = (words: string, value: number): Record<string, number> => Object.fromEntries(words.split(' ').map((w) => [w, value]));

/** Denominator words: each listed form (singular, plural) of the k-th entry of `denominators`. */
const fractionWords = (entries: Array<[string, number]>): Record<string, number> =>
  Object.fromEntries(entries.flatMap(([forms, den]) => forms.split(' ').map((w) => [w, den])));

/**
 * Russian numerals in -ь (пять … двадцать, тридцать): the nominative, the oblique -и (`пяти`) and the instrumental -ью
 * (`пятью`), but not `семью`, far more often the accusative of семья (family) than "with seven".
 */
const slavicCases = (words: string, values: number[]): Record<string, number> =>
  Object.fromEntries(words.split(' ').flatMap((w, k) => [w, `${w.slice(0, -1)}и`, `${w.slice(0, -1)}ью`].filter((form) => form !== 'семью').map((form) => [form, values[k]])));

const WRITTEN_LEXICONS: Record<string, NumberLexicon> = {
  en: {
    add: { ...range('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 0), ...range('twenty thirty forty fifty sixty seventy eighty ninety', 20, 10), a: 1, an: 1 },
    hundred: ['hundred'], scale: { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12 }, joiners: ['and'], joinsUnits: false, glued: false,
    // Ordinals as denominators (CLDR's English spellout-ordinal, plural -s). Not `second(s)`, a unit of time, nor `halves`.
    fractions: fractionWords([['half', 2], ['third thirds', 3], ['quarter quarters fourth fourths', 4], ['fifth fifths', 5], ['sixth sixths', 6], ['seventh sevenths', 7], ['eighth eighths', 8], ['ninth ninths', 9], ['tenth tenths', 10], ['eleventh elevenths', 11], ['twelfth twelfths', 12], ['twentieth twentieths', 20], ['hundredth hundredths', 100], ['thousandth thousandths', 1000], ['millionth millionths', 1e6]]),
  },
  de: {
    add: { ...range('null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf', 0), ...range('dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn', 13), ...range('zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig', 20, 10), ...same('ein eine einer einen', 1), dreissig: 30, einhalb: 0.5, anderthalb: 1.5, eineinhalb: 1.5 },
    hundred: ['hundert'], scale: { tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12 }, joiners: ['und'], joinsUnits: true, glued: true,
    fractions: fractionWords([['halb halbe halben', 2], ['drittel', 3], ['viertel', 4], ['fünftel', 5], ['sechstel', 6], ['siebtel siebentel', 7], ['achtel', 8], ['neuntel', 9], ['zehntel', 10], ['elftel', 11], ['zwölftel', 12], ['zwanzigstel', 20], ['hundertstel', 100], ['tausendstel', 1000], ['millionstel', 1e6]]),
  },
  fr: {
    add: { ...range('zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize', 0), ...range('vingt trente quarante cinquante soixante', 20, 10), une: 1, 'quatre-vingt': 80, 'quatre-vingts': 80 },
    // French counts in the long scale: un billion is 10^12.
    hundred: ['cent', 'cents'], scale: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 }, joiners: ['et'], joinsUnits: true, glued: false,
    fractions: fractionWords([['demi demie demis demies', 2], ['tiers', 3], ['quart quarts', 4], ['cinquième cinquièmes', 5], ['sixième sixièmes', 6], ['septième septièmes', 7], ['huitième huitièmes', 8], ['neuvième neuvièmes', 9], ['dixième dixièmes', 10], ['onzième onzièmes', 11], ['douzième douzièmes', 12], ['vingtième vingtièmes', 20], ['centième centièmes', 100], ['millième millièmes', 1000], ['millionième millionièmes', 1e6]]),
  },
  es: {
    add: {
      ...range('cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte', 0),
      ...range('veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve', 21),
      ...range('treinta cuarenta cincuenta sesenta setenta ochenta noventa', 30, 10), ...same('un una veintiún', 1), veintiún: 21,
      ...same('cien ciento', 100), ...same('doscientos doscientas', 200), ...same('trescientos trescientas', 300), ...same('cuatrocientos cuatrocientas', 400),
      ...same('quinientos quinientas', 500), ...same('seiscientos seiscientas', 600), ...same('setecientos setecientas', 700), ...same('ochocientos ochocientas', 800), ...same('novecientos novecientas', 900),
    },
    leading: ['mil'], hundred: [], scale: { mil: 1e3, millón: 1e6, millones: 1e6, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12 }, joiners: ['y'], joinsUnits: true, glued: false,
    fractions: fractionWords([['medio media', 2], ['tercio tercios', 3], ['cuarto cuartos', 4], ['quinto quintos', 5], ['sexto sextos', 6], ['séptimo séptimos', 7], ['octavo octavos', 8], ['noveno novenos', 9], ['décimo décimos', 10], ['centésimo centésimos', 100], ['milésimo milésimos', 1000], ['millonésimo millonésimos', 1e6]]),
  },
  pt: {
    add: {
      ...range('zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte', 0),
      ...range('trinta quarenta cinquenta sessenta setenta oitenta noventa', 30, 10), uma: 1, duas: 2, tres: 3, quatorze: 14, dezasseis: 16, dezassete: 17, dezanove: 19,
      ...same('cem cento', 100), ...same('duzentos duzentas', 200), ...same('trezentos trezentas', 300), ...same('quatrocentos quatrocentas', 400),
      ...same('quinhentos quinhentas', 500), ...same('seiscentos seiscentas', 600), ...same('setecentos setecentas', 700), ...same('oitocentos oitocentas', 800), ...same('novecentos novecentas', 900),
    },
    // Unaccented forms too: text typed without a Portuguese keyboard (`milhoes`, `tres`).
    leading: ['mil'], hundred: [], scale: { mil: 1e3, milhão: 1e6, milhões: 1e6, milhao: 1e6, milhoes: 1e6, bilhão: 1e9, bilhões: 1e9, bilhao: 1e9, bilhoes: 1e9, bilião: 1e12, biliões: 1e12, trilhão: 1e12, trilhões: 1e12, trilhao: 1e12, trilhoes: 1e12 }, joiners: ['e'], joinsUnits: true, glued: false,
    fractions: fractionWords([['meio meia', 2], ['terço terços', 3], ['quarto quartos', 4], ['quinto quintos', 5], ['sexto sextos', 6], ['sétimo sétimos', 7], ['oitavo oitavos', 8], ['nono nonos', 9], ['décimo décimos', 10], ['centésimo centésimos', 100], ['milésimo milésimos', 1000], ['milionésimo milionésimos', 1e6]]),
  },
  it: {
    add: {
      ...range('zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti', 0),
      ...range('trenta quaranta cinquanta sessanta settanta ottanta novanta', 30, 10), un: 1, una: 1, tré: 3,
      // Tens drop their last vowel before uno and otto: ventotto, trentuno.
      ...range('vent trent quarant cinquant sessant settant ottant novant', 20, 10),
    },
    hundred: ['cento'], scale: { mille: 1e3, mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9, bilione: 1e12, bilioni: 1e12 }, joiners: ['e'], joinsUnits: true, glued: true,
    gluedOnly: 'vent trent quarant cinquant sessant settant ottant novant'.split(' '),
    fractions: fractionWords([['mezzo mezza', 2], ['terzo terzi', 3], ['quarto quarti', 4], ['quinto quinti', 5], ['sesto sesti', 6], ['settimo settimi', 7], ['ottavo ottavi', 8], ['nono noni', 9], ['decimo decimi', 10], ['centesimo centesimi', 100], ['millesimo millesimi', 1000], ['milionesimo milionesimi', 1e6]]),
  },
  nl: {
    add: { ...range('nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien', 0), ...range('twintig dertig veertig vijftig zestig zeventig tachtig negentig', 20, 10), één: 1, half: 0.5, anderhalf: 1.5 },
    hundred: ['honderd'], scale: { duizend: 1e3, miljoen: 1e6, miljoenen: 1e6, miljard: 1e9, miljarden: 1e9 }, joiners: ['en', 'ën'], joinsUnits: true, glued: true,
    fractions: fractionWords([['half halve', 2], ['derde derden', 3], ['kwart vierde vierden', 4], ['vijfde vijfden', 5], ['zesde zesden', 6], ['zevende zevenden', 7], ['achtste achtsten', 8], ['negende negenden', 9], ['tiende tienden', 10], ['elfde elfden', 11], ['twaalfde twaalfden', 12], ['twintigste twintigsten', 20], ['honderdste honderdsten', 100], ['duizendste duizendsten', 1000], ['miljoenste miljoensten', 1e6]]),
  },
  // Russian and Polish numerals change with the case a sentence puts them in (`пять`, `пяти`, `пятью`; `pięć`, `pięciu`):
  // every case form the grammars list is a key with the same value (slavicCases writes the regular soft-sign declension).
  ru: {
    add: {
      ...same('ноль нуль', 0), ...same('один одна одно одного одной одному одним', 1), ...same('два две двух двум двумя', 2),
      ...same('три трёх трех трём трем тремя', 3), ...same('четыре четырёх четырех четырём четырем четырьмя', 4),
      ...slavicCases('пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать', [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30]),
      ...same('восьми восьмью', 8), ...same('оба обе обоих обеих обоим обеим обоими обеими', 2), ...same('сорок сорока', 40), ...same('пятьдесят пятидесяти', 50), ...same('шестьдесят шестидесяти', 60),
      ...same('семьдесят семидесяти', 70), ...same('восемьдесят восьмидесяти', 80), ...same('девяносто девяноста', 90),
      ...same('сто ста', 100), ...same('двести двухсот', 200), ...same('триста трёхсот трехсот', 300), ...same('четыреста четырёхсот четырехсот', 400),
      ...same('пятьсот пятисот', 500), ...same('шестьсот шестисот', 600), ...same('семьсот семисот', 700), ...same('восемьсот восьмисот', 800), ...same('девятьсот девятисот', 900),
      ...same('полтора полторы полутора', 1.5),
    },
    hundred: [], scale: { ...same('тысяча тысячи тысяч тысячу тысячей', 1e3), ...same('миллион миллиона миллионов миллионом', 1e6), ...same('миллиард миллиарда миллиардов', 1e9) },
    joiners: [], joinsUnits: false, glued: false,
  },
  pl: {
    add: {
      zero: 0, ...same('jeden jedna jedno jednego jednej', 1), ...same('dwa dwie dwóch dwu dwom dwoma dwiema', 2), ...same('trzy trzech trzem trzema', 3),
      ...same('cztery czterech czterem czterema', 4), ...same('pięć pięciu pięcioma', 5), ...same('sześć sześciu sześcioma', 6), ...same('siedem siedmiu siedmioma', 7),
      ...same('osiem ośmiu ośmioma', 8), ...same('dziewięć dziewięciu dziewięcioma', 9), ...same('dziesięć dziesięciu dziesięcioma', 10),
      ...same('jedenaście jedenastu', 11), ...same('dwanaście dwunastu', 12), ...same('trzynaście trzynastu', 13), ...same('czternaście czternastu', 14),
      ...same('piętnaście piętnastu', 15), ...same('szesnaście szesnastu', 16), ...same('siedemnaście siedemnastu', 17), ...same('osiemnaście osiemnastu', 18),
      ...same('dziewiętnaście dziewiętnastu', 19), ...same('dwadzieścia dwudziestu', 20), ...same('trzydzieści trzydziestu', 30), ...same('czterdzieści czterdziestu', 40),
      ...same('pięćdziesiąt pięćdziesięciu', 50), ...same('sześćdziesiąt sześćdziesięciu', 60), ...same('siedemdziesiąt siedemdziesięciu', 70),
      ...same('osiemdziesiąt osiemdziesięciu', 80), ...same('dziewięćdziesiąt dziewięćdziesięciu', 90), ...same('sto stu', 100), ...same('dwieście dwustu', 200),
      ...same('trzysta trzystu', 300), ...same('czterysta czterystu', 400), ...same('pięćset pięciuset', 500), ...same('półtora półtorej', 1.5),
    },
    hundred: [], scale: { ...same('tysiąc tysiące tysięcy tysiąca', 1e3), ...same('milion miliony milionów miliona', 1e6), ...same('miliard miliardy miliardów miliarda', 1e9) },
    joiners: [], joinsUnits: false, glued: false,
  },
  // Turkish writes its numerals apart (`on sekiz`, `iki yüz`); `bin` alone is a thousand (`bin beş yüz`).
  tr: {
    add: { ...range('sıfır bir iki üç dört beş altı yedi sekiz dokuz on', 0), ...range('yirmi otuz kırk elli altmış yetmiş seksen doksan', 20, 10) },
    leading: ['bin'], hundred: ['yüz'], scale: { bin: 1e3, milyon: 1e6, milyar: 1e9, trilyon: 1e12 }, joiners: [], joinsUnits: false, glued: false,
    // Endings by vowel harmony, after a vowel with a buffer y/s/n: accusative -(y)ı, possessive -(s)ı, genitive -(n)ın,
    // dative -(y)a, locative -da/-ta, ablative -dan/-tan, -lık (`worth`), plural -lar, and chains of them (`birine`, `ellisinden`).
    endings: /^(?:[ysn]?[ıiuü]n?|[ysn]?[ae]|[dt][ae]n?|l[ıiuü]k|l[ae]r|[ıiuü]?n[ae]|[dt][ae]ki)+$/,
  },
  // Arabic (Modern Standard, unvocalised): masculine and feminine forms, the nominative -ون/-ان and oblique -ين/-ين of
  // tens and duals, units before tens joined by a glued و (`خمسة وعشرون` 25), teens as a unit and عشر (`ثمانية عشر` 18),
  // hundreds glued (`ثلاثمائة`) or apart (`ثلاث مائة`). Keys are folded (see foldArabic).
  ar: {
    add: {
      صفر: 0, ...same('واحد واحدة احد احدي', 1), ...same('اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي', 2), ...same('ثلاث ثلاثة', 3),
      ...same('اربع اربعة', 4), ...same('خمس خمسة', 5), ...same('ست ستة', 6), ...same('سبع سبعة', 7), ...same('ثمان ثماني ثمانية', 8),
      ...same('تسع تسعة', 9), ...same('عشر عشرة', 10), ...same('عشرون عشرين', 20), ...same('ثلاثون ثلاثين', 30), ...same('اربعون اربعين', 40),
      ...same('خمسون خمسين', 50), ...same('ستون ستين', 60), ...same('سبعون سبعين', 70), ...same('ثمانون ثمانين', 80), ...same('تسعون تسعين', 90),
      ...same('مائتان مائتين مئتان مئتين مائتا مئتا', 200), ...same('ثلاثمائة ثلاثمئة', 300), ...same('اربعمائة اربعمئة', 400),
      ...same('خمسمائة خمسمئة', 500), ...same('ستمائة ستمئة', 600), ...same('سبعمائة سبعمئة', 700), ...same('ثمانمائة ثمانمئة', 800),
      ...same('تسعمائة تسعمئة', 900), ...same('الفان الفين الفا الفي', 2000), ...same('مليونان مليونين مليونا مليوني', 2e6),
      ...same('ملياران مليارين', 2e9), نصف: 0.5,
    },
    hundred: ['مائة', 'مئة'],
    scale: { ...same('الف الاف', 1e3), ...same('مليون ملايين', 1e6), ...same('مليار مليارات بليون بلايين', 1e9), ...same('ترليون تريليون', 1e12) },
    joiners: ['و'], joinsUnits: true, glued: false, teens: ['عشر', 'عشرة'],
    proclitics: ['وبال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'وب', 'ول', 'وك', 'و', 'ب', 'ل', 'ك', 'ف'],
    fold: (word) => foldArabic(word),
  },
  // Hindi has one word for each number below a hundred: the units, teens, tens and the halves (डेढ़ 1½, ढाई 2½) are
  // listed; the other compounds (इक्कीस 21 …) are left unread rather than guessed. Both spellings of the nasal (पांच, पाँच).
  hi: {
    add: {
      ...range('शून्य एक दो तीन चार पांच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस बीस', 0),
      पाँच: 5, छः: 6, पन्द्रह: 15, ...range('तीस चालीस पचास साठ सत्तर अस्सी नब्बे', 30, 10), पच्चीस: 25, डेढ़: 1.5, ढाई: 2.5,
    },
    hundred: ['सौ'], scale: { हज़ार: 1e3, हजार: 1e3, लाख: 1e5, करोड़: 1e7, अरब: 1e9, मिलियन: 1e6, बिलियन: 1e9 }, joiners: [], joinsUnits: false, glued: false,
  },
};

/**
 * Every lexicon with the same fields in the same order: lexicons of different shapes made the reader's property reads
 * megamorphic, which cost every language a third more time per phrase.
 */
const LEXICONS: Record<string, NumberLexicon> = Object.fromEntries(Object.entries(WRITTEN_LEXICONS).map(([lang, lex]) => [lang, {
  add: lex.add, hundred: lex.hundred, scale: lex.scale, leading: lex.leading, joiners: lex.joiners, joinsUnits: lex.joinsUnits, glued: lex.glued,
  gluedOnly: lex.gluedOnly, endings: lex.endings, proclitics: lex.proclitics, teens: lex.teens, fold: lex.fold, fractions: lex.fractions ?? {},
}]));

/**
 * The Indian scales of CLDR's English (en-IN: lakh 10^5, crore 10^7), loanwords in any language's press about India
 * (`treize lakh`, `un crore`): every lexicon takes the single-word scales CLDR's English has beyond the hand list's.
 */
const INDIAN_SCALES = Object.entries(localeNumbers('en').scales).filter(([w]) => /^\p{Ll}+$/u.test(w) && !(w in LEXICONS.en.scale));
for (const lex of Object.values(LEXICONS)) for (const [word, factor] of INDIAN_SCALES) lex.scale[word] ??= factor;

/**
 * Numerals as text typed without the language's keyboard writes them: Romance without accents (`veintitres`,
 * `veintiun`, `millon`), German with ae/oe/ue/ss for ä/ö/ü/ß (`fuenf`, `zwoelf`, `dreissig`).
 */
const UNACCENTED_LANGS: Record<string, (word: string) => string> = {
  es: withoutAccents, pt: withoutAccents, fr: withoutAccents, it: withoutAccents,
  de: (word) => word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
};
for (const [lang, plain] of Object.entries(UNACCENTED_LANGS)) {
  const lex = LEXICONS[lang];
  for (const table of [lex.add, lex.scale, lex.fractions!]) for (const [word, value] of Object.entries(table)) table[plain(word)] ??= value;
}

/** The words joining parts of one number in `lang` (`and`, `et`, `y`, `e`, `en`, `und`); English's where it has none. */
export const numberJoinersOf = (lang: string): readonly string[] => LEXICONS[lang]?.joiners.length ? LEXICONS[lang].joiners : LEXICONS.en.joiners;

/** Whether spelled-out numbers of `lang` are read here (else only a small number word before a scale word is). */
export const hasNumberLexicon = (lang: string) => lang in LEXICONS;

/** Any scale word of the language anywhere in the text (one native scan): without one no spelled number is read. */
const scaleHintCache = new Map<string, RegExp>();
export function mayHoldSpelledNumber(text: string, lang: string): boolean {
  const lex = LEXICONS[lang];
  if (!lex) return false;
  let hint = scaleHintCache.get(lang);
  if (!hint) {
    hint = new RegExp(Object.keys(lex.scale).sort((a, b) => a.length - b.length).filter((w, k, all) => !all.slice(0, k).some((v) => w.startsWith(v))).join('|'), 'i');
    scaleHintCache.set(lang, hint);
  }
  return hint.test(text);
}

/** Morphemes of the glued languages by their first two letters, longest first: most words are rejected by one lookup. */
const morphemeCache = new Map<string, Map<string, string[]>>();
function morphemesOf(lang: string, lex: NumberLexicon): Map<string, string[]> {
  let index = morphemeCache.get(lang);
  if (!index) {
    index = new Map();
    for (const m of [...Object.keys(lex.add), ...lex.hundred, ...Object.keys(lex.scale), ...lex.joiners].sort((a, b) => b.length - a.length)) {
      const key = m.slice(0, 2);
      index.set(key, [...(index.get(key) ?? []), m]);
    }
    morphemeCache.set(lang, index);
  }
  return index;
}

/** A word as number tokens (itself, or its morphemes in a glued language), or null when it is not a numeral. */
function tokensOf(word: string, lang: string, lex: NumberLexicon): string[] | null {
  if (lex.fold) word = lex.fold(word);
  if (lex.gluedOnly?.includes(word)) return null;
  if (isNumeral(word, lex)) return [word];
  if (lex.proclitics) {
    const clitic = lex.proclitics.find((c) => word.startsWith(c) && isNumeral(word.slice(c.length), lex));
    if (!clitic) return null;
    const rest = word.slice(clitic.length);
    return lex.joiners.includes(clitic[0]) ? [clitic[0], rest] : [rest];
  }
  if (!lex.glued || word.length > MAX_GLUED_LENGTH) return null;
  const out: string[] = [];
  const morphemes = morphemesOf(lang, lex);
  for (let p = 0; p < word.length;) {
    const m = morphemes.get(word.slice(p, p + 2))?.find((x) => word.startsWith(x, p));
    if (!m) return null;
    out.push(m);
    p += m.length;
  }
  return out;
}
/** What `in` also finds on a plain object: the keys of Object.prototype (`constructor`, `__proto__`). */
const OBJECT_PROTOTYPE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
const tableKeys = new WeakMap<Record<string, number>, Set<string>>();
/**
 * `word in table`, answered from a Set of the table's keys: `in` with a word cut from the text costs V8 a lookup in its
 * table of interned strings first, about twice a Set's (the tests every word of a page that may start a numeral goes through).
 */
function hasKey(table: Record<string, number>, word: string): boolean {
  let keys = tableKeys.get(table);
  if (!keys) {
    keys = new Set(Object.keys(table));
    tableKeys.set(table, keys);
  }
  return keys.has(word) || OBJECT_PROTOTYPE_KEYS.has(word);
}

const isNumeral = (word: string, lex: NumberLexicon) => hasKey(lex.add, word) || lex.hundred.includes(word) || hasKey(lex.scale, word);

/** The shortest numeral read with an ending: Turkish `on` and `üç` with one (`onu` "him", `onlar` "they") are mostly pronouns. */
const MIN_ENDING_STEM = 3;

/** A numeral with an ending of the language glued to it (Turkish `biri` → `bir`), as its one token, or null. */
function withoutEnding(word: string, lex: NumberLexicon): string[] | null {
  if (!lex.endings || word.length > MAX_GLUED_LENGTH) return null;
  for (let cut = word.length - 1; cut >= MIN_ENDING_STEM; cut--) {
    const stem = word.slice(0, cut);
    if ((hasKey(lex.add, stem) || lex.hundred.includes(stem) || hasKey(lex.scale, stem)) && lex.endings.test(word.slice(cut))) return [stem];
  }
  return null;
}

/**
 * The longest glued numeral worth splitting: below a million, German's longest is 65 letters
 * (`siebenhundertsiebenundsiebzigtausendsiebenhundertsiebenundsiebzig`), with ue for ü a few more.
 */
const MAX_GLUED_LENGTH = 72;
/** Words read in one phrase at most: a bound, so a page of number words is read in linear time. */
const MAX_PHRASE_WORDS = 24;

export interface WordNumber { end: number; value: number; step: number; hasScale: boolean }

/** What makes a spelled number with no scale word a stated amount: a minus word before it, or a unit after its end. */
export interface SpelledNumberContext {
  isSigned: (text: string, i: number, lang: string) => boolean;
  /** A percent, currency or measure noun after `end` (one space or a hyphen away), or a percent word before `start` (`yüzde üç`). */
  isCounted: (text: string, start: number, end: number, lang: string, value: number) => boolean;
}

/** A word with at most MAX_HYPHEN_PARTS hyphens (`quatre-vingt-dix-sept`): unbounded, `two-two-two-…` re-read its rest from every word. */
const MAX_HYPHEN_PARTS = 4;
const WORD_AT = new RegExp(`[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+){0,${MAX_HYPHEN_PARTS - 1}}`, 'uy');

/**
 * The spelled-out number starting at `i` when it holds a scale word of a thousand or more (`two billion`,
 * `dos mil trescientos`), when signed (a minus word before it: `minus five`) or when counted (a unit after it: `eight
 * weeks`, `eight-week`, `one percent`); null otherwise (bare `twenty-three` is no claim). `step` is the place of the last word.
 */
export function parseNumberWords(
  text: string, i: number, lang: string, firstWord: string, context: SpelledNumberContext,
): WordNumber | null {
  const lex = LEXICONS[lang];
  // Most words of a page start with two letters no numeral starts with: one lookup, nothing lowercased or allocated.
  // Words with proclitics start with any letter: those lexicons skip the start-key filter.
  if (!lex) return null;
  if (!lex.proclitics && !startKeysOf(lang, lex).has(startKey(firstWord))) return null;
  if (!mayStartNumber(firstWord, lang, lex)) return halfWordsOf(lang, lex).has(firstWord) ? halfOfScale(text, i, lang, lex, firstWord) : null;
  // `5 mil`: a scale word after digits belongs to them.
  if (isDigitBefore(text, i)) return null;
  if (firstWord.length <= 2 && isLoneArticle(text, i, lex)) return null;
  /** Closed sections, each with the scale that closed it; scales decrease along the list. */
  const sections: Array<{ value: number; scale: number }> = [];
  let group = 0;
  let hasScale = false;
  let step = 1;
  let end = -1;
  let p = i;
  let pendingJoiner = false;
  /** A joiner word stood between the last word and this one (`treinta y dos`). */
  let joinerSkipped = false;
  /** Value of the last adding word (0 after `hundred` or a scale). */
  let lastAdd = 0;
  /** The group when the last joiner was passed (-1: none in this group), and whether that joiner came right after a scale. */
  let joinedAt = -1;
  let joinedAfterScale = false;
  /** What the last word added to the group (0 when it held a scale): a glued language's numerator (`tweehonderd drie vijfde`). */
  let lastWordValue = 0;
  let started = false;
  /** A numeral with an ending closes the phrase (`on biri` is 11, and nothing after it belongs to it). */
  let ended = false;
  for (let n = 0; n < MAX_PHRASE_WORDS; n++) {
    WORD_AT.lastIndex = p;
    const m = WORD_AT.exec(text);
    if (!m || m.index !== p) break;
    const raw = m[0].toLowerCase();
    // Hyphens join parts of one numeral (`twenty-three`, `soixante-dix`), unless the whole is one word (`quatre-vingts`).
    const words = hasKey(lex.add, raw) ? [raw] : joinedNumerals(raw.split('-'), lex);
    const tokens: string[] = [];
    // A hyphen may also join the number to its noun (`eight-week`): the numeral parts before it are read, the rest is not.
    let read = raw.length;
    for (let k = 0, at = 0; k < words.length; at += words[k].length + 1, k++) {
      const w = words[k];
      if (started || tokens.length > 0) { if (lex.joiners.includes(w)) { tokens.push(w); continue; } }
      const own = tokensOf(w, lang, lex);
      const t = own ?? withoutEnding(w, lex);
      if (t && !own) ended = true;
      if (!t) {
        if (k === 0 || lex.joiners.includes(words[k - 1])) tokens.length = 0;
        read = at - 1;
        break;
      }
      tokens.push(...t);
    }
    if (tokens.length === 0) break;
    if (!started && lex.joiners.includes(tokens[0])) tokens.shift();
    // `ثلاثة ملايين وخمسة ملايين`: a glued joiner after a scale leads to a smaller part, never to a scale as large.
    if (started && lex.joiners.includes(tokens[0]) && hasScale && lastAdd === 0) {
      const own = tokens.find((t) => t in lex.scale);
      const next = afterSpaces(text, p + raw.length);
      if ((own ? lex.scale[own] : next < 0 ? 0 : scaleAhead(text, next, lang, lex)) >= step) break;
    }
    // Arabic teens: a unit then عشر (`ثمانية عشر`) is the unit plus ten.
    if (started && !joinerSkipped && lastAdd > 0 && lastAdd < 10 && tokens.length === 1 && lex.teens?.includes(tokens[0])) {
      group += 10; lastAdd += 10; end = p + read;
      const next = afterSpaces(text, p + raw.length);
      if (next < 0) break;
      p = next;
      continue;
    }
    // A phrase starts with a number (`a` and `an` only before `hundred` or a scale word), never with a bare scale word
    // (`billion` after `540` belongs to the digits).
    if (!started && tokens[0] in lex.scale && !lex.leading?.includes(tokens[0])) break;
    // `a` and `an` before `hundred`, a scale or a denominator (`a quarter million`), after a joiner too: `and a dog` is no 1.
    if (tokens[0] === 'a' || tokens[0] === 'an') {
      const following = nextWord(text, afterSpaces(text, p + raw.length));
      if (!isHundredOrScale(following, lex) && !Object.hasOwn(lex.fractions!, following)) break;
    }
    // Word after word with no joiner, a number adds only a smaller part to a round one (`twenty three`, `ciento veinte`):
    // `three three`, `दो दो` are two numbers (and a run of them is not re-read as one phrase from every word).
    if (started && !joinerSkipped && lastAdd > 0 && tokens[0] in lex.add && !(lastAdd % 10 === 0 && lex.add[tokens[0]] < lastAdd)) break;
    // `crore lakh`, `millions mille`: a smaller scale right after a scale, no numeral between, is no part of this number.
    if (started && group === 0 && sections.length > 0 && tokens[0] in lex.scale && lex.scale[tokens[0]] < step) break;
    joinerSkipped = false;
    const groupBeforeWord = group;
    for (const t of tokens) {
      if (lex.joiners.includes(t)) { pendingJoiner = true; joinedAt = group; joinedAfterScale = hasScale && group === 0; continue; }
      pendingJoiner = false;
      if (t in lex.scale) {
        const s = lex.scale[t];
        // A scale multiplies the group and every closed section of a smaller scale (`mil millones` is 10^9; in `tres
        // billones cuatrocientos mil doscientos millones` millones takes `cuatrocientos mil doscientos`, not the billones).
        let multiplied = group;
        while (sections.length > 0 && sections[sections.length - 1].scale <= s) multiplied += sections.pop()!.value;
        sections.push({ value: (multiplied || 1) * s, scale: s });
        group = 0; hasScale = true; step = s; lastAdd = 0; joinedAt = -1;
      } else if (lex.hundred.includes(t)) {
        group = (group || 1) * 100; step = 100; lastAdd = 0;
      } else {
        group += lex.add[t]; step = 1; lastAdd = lex.add[t];
      }
    }
    lastWordValue = tokens.some((t) => t in lex.scale) ? 0 : group - groupBeforeWord;
    started = true;
    end = p + read;
    if (pendingJoiner || read < raw.length || ended) break;
    // The next word, one space away (`dos mil trescientos`); a joiner alone (`mil y`) waits for its numeral.
    const next = afterSpaces(text, p + raw.length);
    if (next < 0) break;
    p = next;
    const ahead = nextWord(text, p);
    if (lex.joiners.includes(ahead)) {
      // `two and three million`, `dos y tres millones`: a joiner after a bare unit links two numbers, not parts of one.
      if (lastAdd > 0 && (!lex.joinsUnits || lastAdd < 20)) break;
      const afterJoiner = afterSpaces(text, p + ahead.length);
      if (afterJoiner < 0 || !tokensOf(nextWord(text, afterJoiner), lang, lex)) break;
      // `four million and six million`: after a scale, a joiner leads to a smaller part, never to a scale as large.
      if (hasScale && lastAdd === 0 && scaleAhead(text, afterJoiner, lang, lex) >= step) break;
      p = afterJoiner;
      joinerSkipped = true;
      joinedAt = group; joinedAfterScale = hasScale && group === 0;
    }
  }
  if (end < 0) return null;
  const value = sections.reduce((sum, section) => sum + section.value, group);
  const lastScale = sections.length > 0 ? sections[sections.length - 1].scale : 1;
  // The numerator of a fraction right after the phrase (`three fifths`): in a glued language its last word (a number
  // below a thousand is one word there: `tweehonderd drie vijfde` is 200 and 3/5), else the words after the last scale
  // or joiner (`ninety-five hundred fifths` is 9500/5, `one hundred and three fifths` 100 and 3/5).
  const numerator = lex.glued ? lastWordValue : joinedAt >= 0 ? group - joinedAt : group;
  const read = withTail(text, lang, lex, { end, value, step, hasScale }, { group, lastAdd, lastScale, numerator, joinedAfterScale });
  if (!read.hasScale && !context.isSigned(text, i, lang) && !context.isCounted(text, i, read.end, lang, read.value)) return null;
  return read;
}

/** How the phrase before a tail ended: its open group, last adding word, last scale, a fraction's numerator and whether a joiner followed a scale. */
interface PhraseEnd { group: number; lastAdd: number; lastScale: number; numerator: number; joinedAfterScale: boolean }

/**
 * The phrase with what may follow it: a fraction (`three fifths`, `two million and a half`, `two and a half million`)
 * or decimals in words (`dos coma cinco`). The word after the phrase is looked at once.
 */
function withTail(text: string, lang: string, lex: NumberLexicon, phrase: WordNumber, { group, lastAdd, lastScale, numerator, joinedAfterScale }: PhraseEnd): WordNumber {
  let { end, value, step, hasScale } = phrase;
  const afterAt = afterSpaces(text, end);
  const afterWord = afterAt < 0 ? '' : nextWord(text, afterAt);
  const direct: Fraction | null = numerator > 0 && afterWord && Object.hasOwn(lex.fractions!, afterWord) ? { end: afterAt + afterWord.length, denominator: lex.fractions![afterWord] } : null;
  // A half has the numerator one (`one half`, `een half`): `twee half` is no fraction.
  const fraction = (direct && (direct.denominator !== 2 || numerator === 1) ? direct : null)
    ?? ((group > 0 || (hasScale && lastAdd === 0)) && lex.joiners.includes(afterWord) ? joinedFractionAt(text, afterAt + afterWord.length, lang, lex) : null);
  if (fraction) {
    const num = fraction.numerator ?? numerator;
    // `two million and a half`, `vijf miljard en driekwart`: after a scale and a joiner, a fraction of that scale.
    const ofScale = hasScale && (fraction.numerator !== undefined ? group === 0 : joinedAfterScale && group === num);
    const unit = ofScale ? lastScale : 1;
    value += (num / fraction.denominator) * unit - (fraction.numerator === undefined ? num : 0);
    step = unit / fraction.denominator; end = fraction.end;
    // `two and a half million`, `a quarter million`, `three quarters of a million`: a scale after the fraction multiplies the whole.
    const scaled = hasScale ? null : scaleAfterFraction(text, end, lang, lex);
    if (scaled) { value *= scaled.factor; step *= scaled.factor; hasScale = true; end = scaled.end; }
  } else {
    const decimals = afterWord ? spelledDecimals(text, afterAt, afterWord, lang) : null;
    if (decimals) { value += decimals.value; step = decimals.step; end = decimals.end; }
  }
  return { end, value, step, hasScale };
}

interface Fraction { end: number; denominator: number; numerator?: number }

/** A joiner and a fraction after `end` (`3 and a half`, `2 y medio`, `4 et demi`), as its value and end, or null. */
export function joinedFractionAfter(text: string, end: number, lang: string): { end: number; value: number; step: number } | null {
  const lex = LEXICONS[lang];
  const at = lex ? afterSpaces(text, end) : -1;
  const joiner = at < 0 ? '' : nextWord(text, at);
  const fraction = joiner && lex.joiners.includes(joiner) ? joinedFractionAt(text, at + joiner.length, lang, lex) : null;
  return fraction ? { end: fraction.end, value: fraction.numerator! / fraction.denominator, step: 1 / fraction.denominator } : null;
}

/** The scale word after a fraction (`a quarter million`), in English also after `of a` (`three quarters of a million`). */
function scaleAfterFraction(text: string, end: number, lang: string, lex: NumberLexicon): { end: number; factor: number } | null {
  let at = afterSpaces(text, end);
  if (at >= 0 && lang === 'en' && nextWord(text, at) === 'of') {
    const article = afterSpaces(text, at + 2);
    at = article >= 0 && (nextWord(text, article) === 'a' || nextWord(text, article) === 'an') ? afterSpaces(text, article + nextWord(text, article).length) : -1;
  }
  const word = at < 0 ? '' : nextWord(text, at);
  return word && Object.hasOwn(lex.scale, word) ? { end: at + word.length, factor: lex.scale[word] } : null;
}

/** The half words of a lexicon (`half`, `demi`, `medio`) as written in lowercase, capitalised and in capitals. */
const halfWordsCache = new Map<string, Set<string>>();
function halfWordsOf(lang: string, lex: NumberLexicon): Set<string> {
  let words = halfWordsCache.get(lang);
  if (!words) {
    words = new Set(Object.keys(lex.fractions!).filter((w) => lex.fractions![w] === 2).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]));
    halfWordsCache.set(lang, words);
  }
  return words;
}
/**
 * Rule: a half before a scale word is half of it (`half a million`, `medio millón`, `mezzo milione`, `meio milhão`,
 * `un demi-million`; before, `half a million` read as the `a million` in it): one hyphen or space on, in English
 * with the article between.
 */
function halfOfScale(text: string, i: number, lang: string, lex: NumberLexicon, halfWord: string): WordNumber | null {
  let at = i + halfWord.length;
  if (text[at] === '-') at++;
  else {
    at = afterSpaces(text, at);
    if (at >= 0 && lang === 'en' && (nextWord(text, at) === 'a' || nextWord(text, at) === 'an')) at = afterSpaces(text, at + nextWord(text, at).length);
  }
  const word = at < 0 ? '' : nextWord(text, at);
  if (!word || !Object.hasOwn(lex.scale, word)) return null;
  const factor = lex.scale[word];
  return { end: at + word.length, value: factor / 2, step: factor / 2, hasScale: true };
}

/** A denominator word one space after `end` (`fifths`, `Viertel`, `vijfde`): the numerator is the number before it. */
function denominatorAt(text: string, end: number, lex: NumberLexicon): Fraction | null {
  const at = afterSpaces(text, end);
  const word = at < 0 ? '' : nextWord(text, at);
  return word && Object.hasOwn(lex.fractions!, word) ? { end: at + word.length, denominator: lex.fractions![word] } : null;
}

/**
 * A fraction after a joiner ending at `afterJoiner` (`and a half`, `et demi`, `y tres cuartos`, `en driekwart`, `und
 * drei Viertel`): a numeral word and a denominator, a denominator glued to its numeral, or a half alone (`et demi`, `y medio`).
 */
function joinedFractionAt(text: string, afterJoiner: number, lang: string, lex: NumberLexicon): Fraction | null {
  const p = afterSpaces(text, afterJoiner);
  const word = p < 0 ? '' : nextWord(text, p);
  if (!word) return null;
  if (Object.hasOwn(lex.fractions!, word) && lex.fractions![word] === 2) return { end: p + word.length, denominator: 2, numerator: 1 };
  const single = numeralValue(word, lang, lex);
  if (single !== null) {
    const denominator = denominatorAt(text, p + word.length, lex);
    return denominator && (denominator.denominator !== 2 || single === 1) ? { ...denominator, numerator: single } : null;
  }
  if (!lex.glued) return null;
  for (const [suffix, denominator] of Object.entries(lex.fractions!)) {
    if (!word.endsWith(suffix) || word.length === suffix.length) continue;
    const glued = numeralValue(word.slice(0, -suffix.length), lang, lex);
    if (glued !== null && (denominator !== 2 || glued === 1)) return { end: p + word.length, denominator, numerator: glued };
  }
  return null;
}

/** The value of a word that is one adding numeral (`three`, `drie`, `a`), else null. */
function numeralValue(word: string, lang: string, lex: NumberLexicon): number | null {
  const tokens = tokensOf(word, lang, lex);
  return tokens && tokens.length === 1 && tokens[0] in lex.add ? lex.add[tokens[0]] : null;
}

/**
 * The words for the decimal comma (`dos coma cinco`, `zwei Komma drei`, `quarenta e sete vírgula vinte e oito`). Not
 * English `point`, which is also a noun after numbers (`at one point two people`).
 */
const DECIMAL_WORDS: Record<string, string> = { es: 'coma', pt: 'vírgula', fr: 'virgule', it: 'virgola', de: 'komma', nl: 'komma' };
const ALWAYS_COUNTED: SpelledNumberContext = { isSigned: () => false, isCounted: () => true };

/** Rule: a decimal word and a spelled whole number after it write the digits after the decimal comma (`coma veintidós` is .22). */
function spelledDecimals(text: string, at: number, word: string, lang: string): WordNumber | null {
  const decimalWord = DECIMAL_WORDS[lang];
  if (!decimalWord || withoutAccents(word) !== withoutAccents(decimalWord)) return null;
  const digitsAt = afterSpaces(text, at + decimalWord.length);
  if (digitsAt < 0) return null;
  const digits = parseNumberWords(text, digitsAt, lang, nextWord(text, digitsAt), ALWAYS_COUNTED);
  // A scale word closing the digits (`zwei Komma drei Millionen`) scales the whole number: not read here.
  if (!digits || !Number.isInteger(digits.value) || digits.value <= 0 || digits.step >= 1000) return null;
  const places = String(digits.value).length;
  return { end: digits.end, value: digits.value / 10 ** places, step: 10 ** -places, hasScale: false };
}

/** The first two UTF-16 units of a word, ASCII lowercased, as one number (case of other scripts left as written). */
function startKey(word: string): number {
  return startKeyOfUnits(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0);
}
const startKeyOfUnits = (a: number, b: number) => (asciiLowerCode(a) << 16) | asciiLowerCode(b);

/**
 * The start keys parseNumberWords' first test asks of a word in `lang` (startKeyOfUnits of its first two code units),
 * or null where that test lets every word through (no lexicon: parseNumberWords reads nothing; proclitics: any start).
 * For a scan over every word of a text, which asks the set once instead of finding the lexicon for each word.
 */
export function spelledNumberStartKeys(lang: string): ReadonlySet<number> | null {
  const lex = LEXICONS[lang];
  return !lex || lex.proclitics ? null : startKeysOf(lang, lex);
}
/** The key spelledNumberStartKeys holds for a word whose first two code units are `a` and `b` (0 for a one-letter word). */
export { startKeyOfUnits };

/** The letters of a word's beginning that spelledNumberPrefixKeys keys it by. */
const PREFIX_LETTERS = 3;

/**
 * The key of the lowercase ASCII letters `a`, `b`, `c` (code units; 0 where the word is shorter) that begin a word of
 * `length` letters: the word's first PREFIX_LETTERS letters, or all of a shorter word.
 */
export const asciiPrefixKey = (a: number, b: number, c: number, length: number) => (((a * 128 + b) * 128 + c) * 4) + Math.min(length, PREFIX_LETTERS);

/** asciiPrefixKey of a lowercase string's beginning, or null where it holds a code unit beyond ASCII in it. */
function prefixKeyOf(lower: string): number | null {
  const n = Math.min(lower.length, PREFIX_LETTERS);
  const units = [0, 0, 0];
  for (let k = 0; k < n; k++) {
    units[k] = lower.charCodeAt(k);
    if (units[k] >= 0x80) return null;
  }
  return asciiPrefixKey(units[0], units[1], units[2], lower.length);
}

/**
 * Every way a word parseNumberWords may read can begin, as asciiPrefixKey of its lowercase (a word beginning in
 * letters beyond ASCII is not keyed), or null where spelledNumberStartKeys is null. parseNumberWords reads a word only
 * when, lowercased, it is a numeral, hundred, leading scale or half word (or `constructor`, which hasKey finds on every
 * object), or in a glued language a run of morphemes (numerals, hundreds, scales, joiners), or in a language with
 * endings a numeral of PREFIX_LETTERS letters or more with an ending: so its first letters (all of a shorter word) are
 * the first letters of one of those, or of a run of morphemes. A superset: a key here may still read nothing.
 */
export function spelledNumberPrefixKeys(lang: string): ReadonlySet<number> | null {
  const lex = LEXICONS[lang];
  if (!lex || lex.proclitics) return null;
  let keys = prefixKeyCache.get(lang);
  if (!keys) {
    const found = new Set<number>();
    // A word of fewer letters than PREFIX_LETTERS is keyed whole: it is read only where it is one of these whole.
    const addPrefixes = (word: string) => {
      const key = prefixKeyOf(word.toLowerCase());
      if (key !== null) found.add(key);
    };
    for (const w of [...Object.keys(lex.add), ...lex.hundred, ...(lex.leading ?? []), ...halfWordsOf(lang, lex), ...OBJECT_PROTOTYPE_KEYS]) addPrefixes(w);
    const stems = [...Object.keys(lex.add), ...lex.hundred, ...Object.keys(lex.scale)];
    if (lex.endings) for (const w of stems) if (w.length >= MIN_ENDING_STEM) addPrefixes(w);
    if (lex.glued) {
      // Runs of morphemes, as far as their first PREFIX_LETTERS letters.
      const morphemes = [...stems, ...lex.joiners].filter((m) => m.length > 0);
      const runs = [''];
      while (runs.length > 0) {
        const run = runs.pop()!;
        for (const m of morphemes) {
          const next = run + m;
          addPrefixes(next);
          if (next.length < PREFIX_LETTERS) runs.push(next);
        }
      }
    }
    keys = found;
    prefixKeyCache.set(lang, keys);
  }
  return keys;
}
const prefixKeyCache = new Map<string, Set<number>>();
/** startKey of every numeral and morpheme in lowercase and capitalised form (`Zwei`, `ZWEI` is read as written). */
const startKeyCache = new Map<string, Set<number>>();
function startKeysOf(lang: string, lex: NumberLexicon): Set<number> {
  let keys = startKeyCache.get(lang);
  if (!keys) {
    keys = new Set();
    // Half words too (`half`, `medio`): they start a number before a scale word (halfOfScale).
    for (const w of [...Object.keys(lex.add), ...lex.hundred, ...(lex.leading ?? []), ...halfWordsOf(lang, lex)]) {
      keys.add(startKey(w));
      keys.add(startKey(w[0].toUpperCase() + w.slice(1)));
      keys.add(startKey(w.toUpperCase()));
    }
    startKeyCache.set(lang, keys);
  }
  return keys;
}

/** Cheap test on the first run of letters: a numeral word, or (glued languages) a word that starts with a morpheme. */
function mayStartNumber(word: string, lang: string, lex: NumberLexicon): boolean {
  let known = mayStartNumberMemo.get(lang);
  if (!known) mayStartNumberMemo.set(lang, known = new Map());
  let answer = known.get(word);
  if (answer === undefined) {
    // Bounded: a page of distinct words (bench:hostile) must not grow it without end; the common words come back soon.
    if (known.size >= MAX_MAY_START_MEMO) known.clear();
    known.set(word, answer = mayStartNumberOf(word, lang, lex));
  }
  return answer;
}

/**
 * mayStartNumber's answers by language and word as written: the words asked are mostly the same few function words
 * of a language (`für`, `sie`, `viele`, `this`: 24,000 asks and 2,700 distinct words on the 435 extraction-dev pages),
 * and the answer, from the language's fixed lexicon, needs the word lowercased and split into glued numerals.
 */
const mayStartNumberMemo = new Map<string, Map<string, boolean>>();
/** Words remembered per language before the memo starts again (about ten times the distinct words of those pages). */
const MAX_MAY_START_MEMO = 20_000;

/** Whether a spelled number may start with the word (a numeral, hundred or leading scale; glued or with an ending). */
function mayStartNumberOf(word: string, lang: string, lex: NumberLexicon): boolean {
  const lower = word.toLowerCase();
  if (hasKey(lex.add, lower) || lex.hundred.includes(lower) || lex.leading?.includes(lower)) return true;
  if (lex.proclitics) return tokensOf(lower, lang, lex)?.some((t) => !(t in lex.scale) && !lex.joiners.includes(t)) ?? false;
  return (lex.glued && tokensOf(lower, lang, lex) !== null) || withoutEnding(lower, lex) !== null;
}

/**
 * `a` or `an` at `i` not followed by `hundred`, a scale word or a denominator: the phrase loop below reads no number
 * there (its first word is the article, which it stops at), answered before the loop for the commonest words of English
 * text. Only where the loop reads the word as itself: lexicons that fold, glue or take clitics, or join with `a`, go
 * through the loop.
 */
function isLoneArticle(text: string, i: number, lex: NumberLexicon): boolean {
  if (lex.fold || lex.glued || lex.proclitics) return false;
  WORD_AT.lastIndex = i;
  const m = WORD_AT.exec(text);
  if (!m || m.index !== i) return false;
  const raw = m[0].toLowerCase();
  if ((raw !== 'a' && raw !== 'an') || lex.joiners.includes(raw)) return false;
  const following = nextWord(text, afterSpaces(text, i + raw.length));
  return !isHundredOrScale(following, lex) && !Object.hasOwn(lex.fractions!, following);
}

/** A digit right before `i`, or one space before it. */
function isDigitBefore(text: string, i: number): boolean {
  const before = text[i - 1] === ' ' ? i - 2 : i - 1;
  const code = text.charCodeAt(before);
  return code >= 0x30 && code <= 0x39;
}

/** Hyphen parts with the numerals that are themselves hyphenated put back together (`quatre-vingt-dix` → quatre-vingt, dix). */
function joinedNumerals(parts: string[], lex: NumberLexicon): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && `${last}-${part}` in lex.add) out[out.length - 1] = `${last}-${part}`;
    else out.push(part);
  }
  return out;
}

/** `hundred`, `thousand`, `million`: what `a` and `an` may stand before as a number (`a one percent cut` is no 2). */
const isHundredOrScale = (word: string, lex: NumberLexicon) => lex.hundred.includes(word) || hasKey(lex.scale, word);

/** Words looked at after a joiner for the scale they lead to (`and five hundred thousand`). */
const SCALE_LOOKAHEAD_WORDS = 4;

/** The first scale among the numeral words at `p` (0 when none): a bounded look, so each phrase stays linear. */
function scaleAhead(text: string, p: number, lang: string, lex: NumberLexicon): number {
  for (let n = 0, q = p; n < SCALE_LOOKAHEAD_WORDS; n++) {
    const word = nextWord(text, q);
    const tokens = word ? tokensOf(word, lang, lex) : null;
    if (!tokens) return 0;
    const scale = tokens.find((t) => t in lex.scale);
    if (scale) return lex.scale[scale];
    q = afterSpaces(text, q + word.length);
    if (q < 0) return 0;
  }
  return 0;
}

/** Words of one phrase stand one space apart, or two or three where text was typed or converted loosely (`two  thousand`). */
const MAX_SPACES_BETWEEN_WORDS = 3;

/** The position after the 1 to MAX_SPACES_BETWEEN_WORDS spaces at `p`, or -1 when there are none or more. */
function afterSpaces(text: string, p: number): number {
  let q = p;
  while (text[q] === ' ' && q - p < MAX_SPACES_BETWEEN_WORDS) q++;
  return q === p || text[q] === ' ' ? -1 : q;
}

function nextWord(text: string, p: number): string {
  WORD_AT.lastIndex = p;
  const m = WORD_AT.exec(text);
  return m && m.index === p ? m[0].toLowerCase() : '';
}
