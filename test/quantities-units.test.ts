// Table tests of the quantity grammar's rules for amounts joined to their unit (issue 12, for claim recall): spelled
// numbers before a measure noun, a percent or a currency; numbers joined to a measure noun by a hyphen; currency names
// in the grammatical cases a number governs; Devanagari and Arabic-Indic digits; Hindi's English scale words. Our own examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities, isAmount } from '../src/text/claims/quantities/index.ts';

/** [text, [value, unit][]]: the quantities the text must yield, in order. */
type Case = [string, Array<[number, string | null]>];

const CASES: Record<string, Case[]> = {
  en: [
    ['the trial ran for nine weeks', [[9, 'weeks']]],
    ['prices rose by two percent', [[2, '%']]],
    ['she paid forty dollars', [[40, 'USD']]],
    ['a twelve-week programme', [[12, 'weeks']]],
    ['a 12-week programme on a 40-hectare farm', [[12, 'weeks'], [40, 'hectares']]],
    ['a 5-star hotel and COVID-19 patients', []],
    ['one of them left', []],
    ['one day they met', []],
    ['she wrote six operas', [[6, 'operas']]],
    ['two of the three were there', []],
    ['two thirds of them and zwei', []],
    ['climbing the Three Peaks', []],
    ['we kept two of the three', []],
    ['two million and seven million visitors', [[2e6, null], [7e6, null]]],
    ['twenty three weeks', [[23, 'weeks']]],
    ['three three weeks', [[3, 'weeks']]],
    ['a one percent rise', [[1, '%']]],
    // A year before 1800 in a year's context; bare, it may be an amount.
    ['by 1415 the town had 1415 houses', [[1415, null]]],
    ['in 1620 they left', []],
  ],
  de: [
    ['das dauerte drei Wochen', [[3, 'weeks']]],
    ['ein Jahr später', []],
    ['drei Kinder und zwei sind', [[3, 'children']]],
    ['zwei Drittel der Stellen', []],
    ['ein sechswöchiger Kurs', []],
  ],
  es: [['llevó cuatro meses', [[4, 'months']]], ['un año después', []]],
  fr: [['il a attendu cinq jours', [[5, 'days']]], ['quatre-vingt-dix ans', [[90, 'years']]], ['dix-sept jours', [[17, 'days']]]],
  pl: [
    ['bilet kosztował 12 funtów', [[12, 'GBP']]], ['zapłacił 3 funty', [[3, 'GBP']]],
    ['remont trwał dziewięć tygodni', [[9, 'weeks']]], ['w ciągu trzech dni', [[3, 'days']]], ['zatrzymano pięciu mężczyzn', [[5, 'men']]],
    ['dwadzieścia dwie osoby', [[22, 'people']]], ['jeden z nich', []],
  ],
  ru: [
    ['это стоило 15 фунтов стерлингов', [[15, 'GBP']]], ['всего 2 фунта', [[2, 'GBP']]],
    ['ремонт занял девять недель', [[9, 'weeks']]], ['за последних трёх дней', [[3, 'days']]], ['около двадцати пяти человек', [[25, 'people']]],
    ['полтора года спустя', [[1.5, 'years']]], ['одна из них', []], ['он любит свою семью', []],
  ],
  uk: [['квиток коштує 9 фунтів', [[9, 'GBP']]]],
  tr: [
    ['70 sterlinlik bir bilet', [[70, 'GBP']]],
    ['fiyatı 40 avrodan fazla', [[40, 'EUR']]],
    ['8 Avrupa ülkesi', [[8, null]]],
    ['bekleme süresi dokuz haftadır', [[9, 'weeks']]],
    ['toplam 420,000 kişi', [[420000, null]]],
    ['1453 yılında', []],
    ['faiz yüzde dört oldu', [[4, '%']]],
    ['oranı yüzde on ikiye çıktı', [[12, '%']]],
    ['yüzde birden az', [[1, '%']]],
    ['bir gün onu gördüm', []],
  ],
  pt: [
    // English grouping in a comma-decimal language: money and whole things are never stated to the thousandth.
    ['o bilhete custou £15,000', [[15000, 'GBP']]],
    ['cerca de 240,000 pessoas', [[240000, null]]],
    ['de £2,000-£4,000 por ano', [[3000, 'GBP']]],
    ['pesava 2,750 toneladas', [[2.75, null]]],
    ['custa 9,99 €', [[9.99, 'EUR']]],
    ['custa 12,345 $', [[12.345, 'USD']]],
    ['1,250 milhões de euros', [[1.25e6, 'EUR']]],
    ['pelo menos 200 casas', [[200, null]]], ['ao menos sete dias', [[7, 'days']]], ['a temperatura caiu para menos 4', [[-4, null]]]],
  it: [['ha compiuto ventotto anni', [[28, 'years']]], ['settant anni', []], ['almeno 12 anni', [[12, null]]], ['almeno dodici anni', [[12, 'years']]]],
  hi: [
    ['कंपनी ने ३५ मिलियन डॉलर जुटाए', [[35e6, 'USD']]],
    ['लगभग 2 बिलियन लोग', [[2e9, null]]],
    ['यात्रा में नौ दिन लगे', [[9, 'days']]],
    ['करीब तीस लोगों ने', [[30, 'people']]],
    ['ढाई साल बाद', [[2.5, 'years']]],
    ['सात लाख की आबादी', [[7e5, null]]],
    ['दो प्रतिशत की वृद्धि', [[2, '%']]],
    ['उनमें से दो ने कहा', []],
  ],
  ar: [['بلغت ٣٫٥ مليون دولار', [[3.5e6, 'USD']]], ['نحو ١٢٬٥٠٠ شخص', [[12500, null]]]],
};

for (const [lang, cases] of Object.entries(CASES)) {
  for (const [text, expected] of cases) {
    test(`quantities with units ${lang}: ${text}`, () => {
      assert.deepEqual(findQuantities(text, lang).filter(isAmount).map((q) => [q.value, q.unit]), expected);
    });
  }
}
