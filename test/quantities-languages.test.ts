// Table tests of the quantity grammar in the languages added for issue 12 (pt, it, nl, pl, uk, tr, ko, ar, hi) and of
// the rules it added everywhere: minus signs and words, thousands grouped by spaces, an abbreviation after a space,
// spelled-out numbers with a scale word, Han numerals with 零 and colloquial tails, CLDR currency names, symbols and
// codes, percent words and URL escapes. Examples are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities, isAmount } from '../src/text/claims/quantities/index.ts';

/** [text, value, unit]: the text must yield exactly one quantity with this value and unit; value null: none at all. */
type Case = [string, number | null, (string | null)?];

const CASES: Record<string, Case[]> = {
  pt: [
    ['A empresa faturou R$ 14 milhões no trimestre', 14e6, 'BRL'],
    ['o lucro caiu 3,5 por cento', 3.5, '%'],
    ['cerca de 2,4 mil milhões de euros', 2.4e9, 'EUR'],
    ['dois mil e quinhentos reais', 2500, 'BRL'],
    ['uma queda de -4,2%', -4.2, '%'],
  ],
  it: [
    ['un investimento di 2 milioni di euro', 2e6, 'EUR'],
    ['il fatturato è salito del 7 per cento', 7, '%'],
    ['3,2 miliardi di dollari', 3.2e9, 'USD'],
    ['un prestito di 40 milioni di sterline', 40e6, 'GBP'],
    // A lowercase currency name before the digits is their unit, unless something else is counted; `Euro 6` is a norm.
    ['il biglietto costa euro 35', 35, 'EUR'],
    ['un mutuo di euro 120 mila', 120e3, 'EUR'],
    ['un motore Euro 6', 6, null],
    ['la finale di euro 2032', null],
    ['duemilacinquecento abitanti', 2500, null],
  ],
  nl: [
    ['een overname van 2 miljoen euro', 2e6, 'EUR'],
    ['de werkloosheid daalde met 0,8 procent', 0.8, '%'],
    ['ruim 1,5 miljard dollar', 1.5e9, 'USD'],
    ['de temperatuur was min 12', -12, null],
    ['anderhalf miljoen bezoekers', 1.5e6, null],
  ],
  pl: [
    ['firma zatrudnia 1 200 pracowników', 1200, null],
    ['przychody wyniosły 3,4 mld zł', 3.4e9, 'PLN'],
    ['inflacja spadła do 4,5 procent', 4.5, '%'],
    ['ok. 250 mln euro', 250e6, 'EUR'],
  ],
  uk: [
    ['бюджет становить 1,2 млрд гривень', 1.2e9, 'UAH'],
    ['ціни зросли на 12 відсотків', 12, '%'],
    ['мінус 5 градусів', -5, null],
  ],
  tr: [
    ['enflasyon yüzde 45 oldu', 45, '%'],
    ['şirketin geliri %12 arttı', 12, '%'],
    ['2,5 milyar dolar yatırım', 2.5e9, 'USD'],
    ['150 milyon TL', 150e6, 'TRY'],
    ['1,250 milyar lira', 1.25e9, 'TRY'],
  ],
  ko: [
    ['매출은 3억 원을 기록했다', 3e8, 'KRW'],
    ['시장 점유율 25퍼센트', 25, '%'],
    ['투자액 1,500만 달러', 15e6, 'USD'],
    ['공사비 2억 450만 달러', 204.5e6, 'USD'],
    ['기온은 영하 5도까지 내려갔다', -5, null],
    // Native numerals count before a counter only (세 "world", 네 "yes", 한 "did" are words); a half after a time unit.
    ['학생 일곱 명이 참가했다', 7, null],
    ['스물 다섯 마리의 새', 25, null],
    ['열두 권의 책', 12, null],
    ['세계 여행', null],
    ['네 알겠습니다', null],
    ['한 명이 왔다', null],
    ['회의는 두 시간 반 걸렸다', 2.5, 'hours'],
    ['그 공사는 2년 반 동안 계속됐다', 2.5, 'years'],
  ],
  ar: [
    ['بلغت الإيرادات 3 مليار دولار', 3e9, 'USD'],
    ['ارتفعت الأسعار بنسبة 12%', 12, '%'],
    ['حوالي 500 ألف يورو', 500e3, 'EUR'],
    // Number words: units before their noun, teens, units and tens joined by a glued و, hundreds glued, a half before a scale.
    ['استمر المشروع سبعة أشهر', 7, 'months'],
    ['انتظرنا خمسة عشر يوماً', 15, 'days'],
    ['يعمل في المصنع ثلاثة وأربعون عاملاً', 43, 'employees'],
    ['أنفقت الحكومة أربعمائة مليون دولار', 400e6, 'USD'],
    ['يسكن المدينة نصف مليون', 0.5e6, null],
    ['وصلت بأربعة ملايين زائر', 4e6, null],
    ['وصلت إلى واحد من الأهداف', null],
    // Duals: a feminine dual of any measure noun, a masculine one of a unit of time or measure; a half after a time noun.
    ['تأخر القطار ساعتين', 2, 'hours'],
    ['استحوذت على مدرستين', 2, 'schools'],
    ['بقي هناك شهراً ونصف', 1.5, 'months'],
    ['التقى بالمهندسين', null],
    ['حب الوطنين', null],
  ],
  hi: [
    ['कंपनी ने 5 करोड़ रुपये का निवेश किया', 5e7, 'INR'],
    ['बिक्री 12 प्रतिशत बढ़ी', 12, '%'],
    ['₹ 3 लाख', 3e5, 'INR'],
  ],
  en: [
    ['sales fell -12.5% on the year', -12.5, '%'],
    ['a population of 1 414 021 100', 1414021100, null],
    ['a target of 2.5 k units', 2500, null],
    ['three hundred and five thousand people', 305000, 'people'],
    ['costs of C$ 40 million', 40e6, 'CAD'],
    ['shares at HK $ 12.5', 12.5, 'HKD'],
    ['a NZD$30 fee', 30, 'NZD'],
    ["the country's $ 500 million deal", 500e6, 'USD'],
    ['a fine of 100₾', 100, 'GEL'],
    ['a grant of 300 Swiss francs', 300, 'CHF'],
    ['INR 500', 500, 'INR'],
    ['a budget of ₹5 crore', 5e7, 'INR'],
    ['12 lakh people', 12e5, 'people'],
    ['see https://example.org/search?q=30%25%2020%', null],
    ['one in 4/5 cases', null],
    ['a rate of 1.1^23', Number((1.1 ** 23).toPrecision(12)), null],
    ['between two and three million', 3e6, null],
  ],
  es: [
    ['cuarenta y un mil doscientos votos', 41200, null],
    ['150 dólares australianos', 150, 'AUD'],
    ['el boleto costaba $ 7 en taquilla', 7, 'USD'],
    ['una caída de ,08 por ciento', 0.08, '%'],
  ],
  de: [
    ['achtundsiebzig Millionen Dollar', 78e6, 'USD'],
    ['dreieinhalb Millionen Einwohner', 3.5e6, null],
    ['anderthalb Milliarden Euro', 1.5e9, 'EUR'],
    ['achthundertachtundachtzigtausendachthundertachtundachtzig Euro', 888888, 'EUR'],
    ['500 kanadische Dollar', 500, 'CAD'],
    ['minus 3,5 Prozent', -3.5, '%'],
    ['mindestens 40 Länder', 40, 'countries'],
  ],
  fr: [
    ['quatre-vingts millions de dollars', 80e6, 'USD'],
    ['au moins 5 modèles', 5, 'models'],
    ['1 200 francs suisses', 1200, 'CHF'],
  ],
  zh: [
    ['营收一百零一万元', 1010000, 'CNY'],
    ['同比下降百分之22', 22, '%'],
    ['负3.9%', -3.9, '%'],
    ['一万三', 13000, null],
    ['千万不要', null],
    ['市值三点五亿美元', 3.5e8, 'USD'],
    ['增长百分之三点五', 3.5, '%'],
    ['支付了500瑞士法郎', 500, 'CHF'],
  ],
  ja: [
    ['前年比マイナス12%', -12, '%'],
    ['売上高は5億4000万ドル', 5.4e8, 'USD'],
    // Japanese writes no 零 for a skipped place: 一万三 is 10,003 (Chinese reads it as 13,000).
    ['一万三', 10003, null],
    ['参加者は500余り万人', 5e6, 'people'],
  ],
};

/** Rules added after the first round (dashes, exponents, accents, scale after a code, scales in compounds, CJK decimals and 零, Indian grouping). */
const RULE_CASES: Record<string, Case[]> = {
  en: [
    ['revenue -- $ 12 million -- rose', 12e6, 'USD'],
    ['a signal of 3.5e-4 volts', 3.5e-4, null],
    ['the reading was -2E3', -2000, null],
    ['a hash 7e3f', null],
    ['they raised 40 EUR million last year', 40e6, 'EUR'],
    ['a 2.7b valuation', 2.7e9, null],
    ['a fee of dollars 75 per hour', 75, 'USD'],
    ['the euro 3 years ago', 3, 'years'],
    // `over` joins a proportion after a signed number only; elsewhere it is a hedge.
    ['the slope was minus two over 50', -0.04, null],
    ['a rise of over 50', 50, null],
    ['an 8b word', null],
    ['sales of 3,45,678.50 in March', 345678.5, null],
    ['it ended at minus seven', -7, null],
    ['a one percentage point cut', 1, '%'],
    ['a 0.5 percentage point cut', 0.5, '%'],
    ['we sold seven of them', null],
    ['we sold seven cars', 7, 'vehicles'],
    ['a loss of 12 MEUR in 2023', 12e6, 'EUR'],
    ['kUSD 250 in fees', 250e3, 'USD'],
    ['the TUSD 5 pool', null],
    // Powers are values wherever they stand; a fraction of digits only with a sign (24/7 and 3/5 are a ratio and a score).
    ['a factor of 2^-3', 0.125, null],
    ['they wrote 2.5×10^3', 2500, null],
    ['the slope is -3/4', -0.75, null],
    ['the slope is - 2 1/2', -2.5, null],
    ['open 24/7', null],
    // A dollar's qualifier, spaced and in lowercase (as in tokenised news) unless it is also a word (`us`, `a`).
    ['a charge of c $ 300 million', 300e6, 'CAD'],
    ['exports rose to hk $ 10 billion', 10e9, 'HKD'],
    ['give us $ 10', 10, 'USD'],
    ['a 5 percentage rise', 5, '%'],
    ['a 5million budget', 5e6, null],
    ['a $2 mil deal', 2e6, 'USD'],
    ['two  thousand  and  five hundred  people', 2500, 'people'],
    // A round scaled number and a smaller part after it are one number; a larger scale word multiplies the one before.
    ['we counted 7 thousand 2 hundred and 15', 7215, null],
    ['a loan of 4 crore and fifty thousand', 40_050_000, null],
    ['spending of 2 lakh crore', 2e12, null],
    ['2 hundred and 40 yuan', 240, 'CNY'],
    ['the index fell - 10  k', -10e3, null],
    ['a percentage of the vote', null],
  ],
  de: [
    ['Umsatz -- 5 Millionen Euro', 5e6, 'EUR'],
    ['ein Ergebnis von 850 TEUR', 850e3, 'EUR'],
    ['Konstante 6,02E23', 6.02e23, null],
    ['fuenfhundert Millionen Euro', 500e6, 'EUR'],
  ],
  fr: [
    ['il a mangé trois cinquiemes du gâteau', null],
    ['un prêt - - 300 millions de dollars', 300e6, 'USD'],
    ['le solde est de moins douze', -12, null],
    ['il en reste au moins trois', null],
    ['il reste au moins trois jours', 3, 'days'],
    ['une hausse de 3 pourcents', 3, '%'],
    // French writes the dollar's qualifier after the sign: $ CA, $CAD, $ hk.
    ['un budget de 300 millions de $ CA', 300e6, 'CAD'],
    ['une perte de 12 millions de $CAD', 12e6, 'CAD'],
    ['un budget de 2millions', 2e6, null],
    ['une dette de trois billions', 3e12, null],
    ['un budget de huit lakh', 8e5, null],
    // A smaller scale right after a larger one is no part of the number (`crore lakh` is no 10^7 + 10^5).
    ['le coût est de trois crore', 3e7, null],
    ['il coûte 5 $ et plus', 5, 'USD'],
  ],
  es: [
    // A scale multiplies only the sections of smaller scales before it: millones takes `trescientos mil cuatrocientos`.
    ['dos billones trescientos mil cuatrocientos millones', 2_300_400_000_000, null],
    ['3 billones de dolares', 3e12, 'USD'],
    ['un porcentaje del total', null],
    ['mil doscientos millones', 1.2e9, null],
    ['veintiun billones de pesos', 21e12, null],
    ['bajó tres coma cuatro por ciento', 3.4, '%'],
    ['cayó en coma dos días', 2, 'days'],
  ],
  pt: [
    ['uma divida de 7 milhoes', 7e6, null],
    ['cerca de 12 bilhoes de reais', 12e9, 'BRL'],
  ],
  it: [
    ['un debito di 2 bilioni', 2e12, null],
    ['circa 4 mille persone', 4000, null],
    // Two numbers joined by a proportion word state a proportion.
    ['uno su quattro italiani', 0.25, null],
    ['puntare su 3 cavalli', 3, null],
    ['un saldo di meno tre su dieci', -0.3, null],
  ],
  nl: [
    ['een verlies - - 9 miljoen euro', 9e6, 'EUR'],
    ['1 op de 4 Nederlanders', 0.25, null],
    ['hij woont op de 3e verdieping', null],
  ],
  zh: [
    // A Han numeral before a classifier or a time noun counts; 一 alone before one is the article; 千 before a unit is kilo.
    ['公司裁掉了八名工程师', 8, 'engineers'],
    ['他写了二十七首诗', 27, null],
    ['村里住着五十户人家', 50, null],
    ['项目拖了三年', 3, 'years'],
    ['实验持续了两个半月', 2.5, 'months'],
    ['他在那里工作了一年半', 1.5, 'years'],
    ['一段十秒钟的视频', 10, 'seconds'],
    ['他提了一个问题', null],
    ['八十年代的音乐', null],
    ['二期工程', null],
    ['大军登陆部分海岛', null],
    ['一位汽车行业研究员说', null],
    ['千家万户过新年', null],
    ['十九届四中全会', null],
    ['每年有百余名志愿者报名', 100, null],
    ['风电场装机容量为4500千瓦', 4500, null],
    ['全程35千米', 35, null],
    ['Tesla是三个人创办的', 3, 'people'],
    ['收入一千零十二元', 1012, 'CNY'],
    ['增长百分之二十点五', 20.5, '%'],
    ['负十五', -15, null],
    ['三千万六千亿两千万', 3_000_600_020_000_000, null],
    ['下午3点5分开会', null],
    ['得分12点7', 12.7, null],
    ['兑换了300奈拉', 300, 'NGN'],
    ['共1千零20人', 1020, 'people'],
    ['有４，５６５人', 4565, 'people'],
    ['约二十几万人', 200000, 'people'],
    ['百分之九十百分位', 90, '%'],
    // Two neighbouring digits state an approximate amount, valued at the middle of its span.
    ['休息了六七个小时', 6.5, 'hours'],
    ['来了两三百人', 250, 'people'],
    ['招了七八万名工人', 75000, null],
    // 零下 (below zero) is a sign; 成 counts tenths only up to ten; a year in Han digits is no count of years.
    ['夜里零下十二度', -12, null],
    ['型号990成了主力', 990, null],
    ['二〇二三年的计划', null],
  ],
  ja: [
    ['気温はマイナス八度', -8, null],
    ['今朝は氷点下三度', -3, null],
    ['変化はマイナス三・五', -3.5, null],
    ['スミス・ジョーンズ', null],
    ['手数料は250スイスフラン', 250, 'CHF'],
    ['送金額は80ナイジェリア・ナイラ', 80, 'NGN'],
    // ・ is a decimal point only before digit-by-digit numerals: 七・八十九 is no 7.8.
    ['合計は百二十三万四千五百六十七・八十九', 1234567, null],
    // 、 after a number inside a sentence separates enumerated items; at the start of a line it closes a list marker.
    ['在庫は三百、420、と少し', 420, null],
    ['1、はじめに', null],
    ['答えは−４分の３です', -0.75, null],
    ['支持率は5ポイント上昇した', 5, '%'],
    // CLDR names a currency by territory and noun (ナイジェリア ナイラ); the noun alone names it where no other currency has it.
    ['送金額は80ナイラ', 80, 'NGN'],
    ['引け値の七〇％', 70, '%'],
    ['参加者は一〇五人', 105, 'people'],
    ['上昇率は100056.33パーセント', 100056.33, '%'],
    ['送金額は80ルピー', 80, null],
    ['価格は\\500です', 500, 'JPY'],
    ['printf("1\\n");', 1, null],
    ['支持率は三ポイント下落', 3, '%'],
    // 割 is a tenth, 分 and 厘 after it its hundredths and thousandths (batting averages).
    ['勝率は6割2分5厘', 62.5, '%'],
    ['勝率は四割五分', 45, '%'],
    // Beyond 100, ポイント counts index or loyalty points: no share moves by that much.
    ['株価指数は250ポイント上げた', 250, null],
    ['会員は5000ポイントを受け取る', 5000, null],
    ['値は2の−3乗です', 0.125, null],
    ['質量は1.5×10の6乗です', 1.5e6, null],
    // Fractions and powers in Han numerals; a sign inside (分のマイナス, のマイナス…乗) counts too; unsigned fractions are no amounts.
    ['変化率はマイナス四分の三', -0.75, null],
    ['差はマイナス二と四分の一', -2.25, null],
    ['値は四のマイナス二乗', 1 / 16, null],
    ['値はマイナス二分のマイナス七', 3.5, null],
    ['人口の4分の1が移住した', null],
    ['住民の三分の一の人', null],
    ['価格は 3 万 円 です', 30000, 'JPY'],
  ],
};
/**
 * Rules of round 5: spelled fractions with an ordinal denominator, after a numerator (`minus three fifths`), after a
 * joiner as a mixed number or a fraction of the scale before it (`two million and a half`), before a scale (`two and a
 * half million`; a bare fraction is no stated amount, as a bare spelled number is not); the adjective of years after a
 * hyphen in German, Dutch and Polish; the Korean pound; Japanese パーセント with spaces between its letters; a currency sign
 * before the minus sign; German currency adjectives declined and Spanish currency nouns with their territory; fractions after digits (vulgar or in words).
 */
const ROUND5_CASES: Record<string, Case[]> = {
  en: [
    // A currency sign before the minus sign (financial tables): the amount is money and negative.
    ['net income of $-7.5 million', -7.5e6, 'USD'],
    ['a balance of £ -40', -40, 'GBP'],
    ['the index fell by minus seven tenths', -0.7, null],
    // A vulgar fraction after a whole number adds to it.
    ['a fund of $4½ billion', 4.5e9, 'USD'],
    ['after 3 ¾ hours', 3.75, 'hours'],
    // Digits with a fraction in words, before the scale or after it (of the scale).
    ['about 6 and a half million people', 6.5e6, 'people'],
    ['a debt of 7 million and a quarter', 7.25e6, null],
    ['they raised two and a half million dollars', 2.5e6, 'USD'],
    ['a budget of four billion and a quarter', 4.25e9, null],
    ['sales of three quarters billion euros', 0.75e9, 'EUR'],
    ['it lasted one and a half hours', 1.5, 'hours'],
    ['nine million and a dog', 9e6, null],
    ['two quarters of growth', null],
    // A half before a scale word is half of it (before, `half a million` read as the `a million` in it).
    ['half a million people', 5e5, 'people'],
    ['a quarter million dollars', 2.5e5, 'USD'],
    ['three quarters of a billion', 7.5e8, null],
    ['minus sixty-four hundred eighths', -800, null],
  ],
  de: [
    ['ein Fonds von sechs Milliarden und drei Viertel', 6.75e9, null],
    ['die 19-Jährige gewann', 19, 'years'],
    ['nach einer 12-jährigen Amtszeit', 12, 'years'],
    ['ein 4-jährlicher Bericht', null],
    ['der Saldo lag bei minus zwei Fünftel', -0.4, null],
    // A fraction alone measures time or a physical quantity; before people it states a share.
    ['nach einer halben Stunde', 0.5, 'hours'],
    ['drei Viertel Liter Milch', 0.75, 'liters'],
    ['Kosten von eineinhalb Milliarden', 1.5e9, null],
    // A currency name's adjective declined after the number (CLDR gives the nominative `australischer Dollar`).
    ['ein Auftrag über 7 Millionen australischen Dollar', 7e6, 'AUD'],
    ['nur ein Fünftel Frauen', null],
  ],
  fr: [
    ['une levée de quatre millions et demi', 4.5e6, null],
    ['un demi-milliard de dollars', 5e8, 'USD'],
    ['une dette de 9 milliards et demi', 9.5e9, null],
    ['un solde de moins sept dixièmes', -0.7, null],
  ],
  es: [
    ['una deuda de siete millones y tres cuartos', 7.75e6, null],
    ['ocho y medio millones de habitantes', 8.5e6, null],
    ['medio millón de euros', 5e5, 'EUR'],
    // A shared currency noun with its territory (CLDR es: dólar singapurense): not the US dollar.
    ['una inversión de 40 millones de dólares de Singapur', 4e7, 'SGD'],
  ],
  it: [['un debito di tre milioni e mezzo', 3.5e6, null], ['mezzo miliardo di euro', 5e8, 'EUR']],
  pt: [['uma dívida de nove milhões e meio', 9.5e6, null]],
  pl: [['33-letnia lekarka', 33, 'years'], ['letnia sukienka', null], ['saldo: zł -120', -120, 'PLN']],
  ko: [['이적료 3,000만 파운드', 3e7, 'GBP']],
  // パーセント spaced out letter by letter (text from PDF or a tokeniser); a lone パ is no percent.
  ja: [['支持率は４７パ ー セ ン トだった', 47, '%'], ['成長率 1.5 パー セント', 1.5, '%'], ['7パンダ', 7, null]],
  nl: [
    ['een tekort van zes miljard en driekwart', 6.75e9, null],
    // The adjective of years after a hyphen (nl, de, pl; ru and uk in quantities.test.ts).
    ['een 45-jarige vrouw', 45, 'years'],
    ['acht en een half miljoen inwoners', 8.5e6, null],
    // A numeral below a thousand is one word in Dutch: the last word is the numerator.
    ['twee miljoen driehonderd vier vijfde', 2000300.8, null],
  ],
};
for (const [lang, cases] of [...Object.entries(CASES), ...Object.entries(RULE_CASES), ...Object.entries(ROUND5_CASES)]) {
  for (const [text, value, unit] of cases) {
    test(`quantities ${lang}: ${text}`, () => {
      // The parts of a date or a phone number are no amounts (their own tests are in quantities.test.ts).
      const found = findQuantities(text, lang).filter(isAmount);
      if (value === null) {
        assert.deepEqual(found.map((q) => q.text), [], 'not an amount');
        return;
      }
      assert.equal(found.length, 1, JSON.stringify(found.map((q) => q.text)));
      assert.equal(found[0].value, value);
      if (unit !== undefined) assert.equal(found[0].unit, unit);
    });
  }
}

test('commas between groups that cannot be thousands separate list items', () => {
  assert.deepEqual(findQuantities('see items 22,24,26,31', 'en').map((q) => q.value), [22, 24, 26, 31]);
  assert.deepEqual(findQuantities('a total of 1,204,500', 'en').map((q) => q.value), [1204500]);
});

test('a full-width comma after ASCII digits is the clause comma: two amounts', () => {
  assert.deepEqual(findQuantities('价格：$20，300美圆', 'zh').map((q) => [q.value, q.unit]), [[20, 'USD'], [300, 'USD']]);
});

test('a number belongs to one proportion, the first', () => {
  assert.deepEqual(findQuantities('1 su 2 su 3', 'it').map((q) => q.value), [0.5, 3]);
});

test('a minus sign makes the interval negative too', () => {
  const [q] = findQuantities('about -5%', 'en');
  assert.equal(q.value, -5);
  assert.ok(q.low < -5 && q.high > -5 && q.high < 0);
});

test('a currency word closing one amount is no prefix of the next', () => {
  assert.deepEqual(findQuantities('票价30港币 40美元', 'zh').map((q) => [q.value, q.unit]), [[30, 'HKD'], [40, 'USD']]);
  assert.deepEqual(findQuantities('paid 30 CHF 40 EUR', 'en').map((q) => [q.value, q.unit]), [[30, 'CHF'], [40, 'EUR']]);
});
