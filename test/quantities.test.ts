// Table-driven tests of findQuantities in every supported language: amounts with locale separators, scale words,
// Han numerals, currencies, percentages and counts, hedges and rounding intervals, and numbers that are not amounts
// (dates, times, phone numbers, versions and model names, ordinals, page counters). Seed examples included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities, isAmount, ABOUT_WIDTH } from '../src/text/claims/quantities/index.ts';
import type { Quantity } from '../src/types.ts';

/** [input, value (null: no quantity at all), unit, more expected fields]. A positive case must yield exactly one quantity. */
type Case = [string, number | null, (string | null)?, Partial<Quantity>?];
const NONE = null;
const INF = Infinity;

const CASES: Record<string, { lang: string; cases: Case[] }> = {
  en: { lang: 'en', cases: [
    ['540 billion parameters', 540e9, 'parameters', { kind: 'count', low: 539.5e9, high: 540.5e9 }],
    ['$540 million', 540e6, 'USD', { kind: 'money', low: 539.5e6, high: 540.5e6 }],
    ['OpenAI spent about $540 million in 2022', 540e6, 'USD', { hedge: 'about', low: 486e6, high: 594e6, text: 'about $540 million' }],
    ['revenue at just $28 million', 28e6, 'USD', { scaled: true }],
    ['cost less than $600', 600, 'USD', { hedge: 'less-than', low: 0, high: 600 }],
    ['about $4.6 million in compute', 4.6e6, 'USD', { hedge: 'about' }],
    ['$2.8M', 2.8e6, 'USD', { low: 2.75e6, high: 2.85e6 }],
    ['540B', 540e9, null, { kind: 'number', low: 539.5e9, high: 540.5e9, scaled: true }],
    ['15 thousand', 15e3, null, { scaled: true }],
    ['revenue of 15,000', 15e3, null, { scaled: false }],
    ['a 13B model', 13e9, 'parameters', { text: '13B' }],
    ['US$1.5 billion', 1.5e9, 'USD'],
    ['€10 million', 10e6, 'EUR'],
    ['£3bn', 3e9, 'GBP'],
    ['1,000.5 dollars', 1000.5, 'USD'],
    ['12%', 12, '%', { kind: 'percent' }],
    ['45 percent', 45, '%'],
    ['more than 1,000 researchers', 1000, 'researchers', { hedge: 'more-than', low: 1000, high: INF }],
    ['over 300 applications', 300, 'applications', { hedge: 'more-than' }],
    ['at least 40 countries', 40, 'countries', { hedge: 'at-least', low: 40, high: INF }],
    ['up to 7%', 7, '%', { hedge: 'up-to', low: 0, high: 7 }],
    ['roughly 30,000 GPUs', 30000, 'gpus', { hedge: 'about' }],
    ['nearly 100 employees', 100, 'employees', { hedge: 'about' }],
    ['1.4 trillion tokens', 1.4e12, 'tokens'],
    ['two billion dollars', 2e9, 'USD'],
    ['a million users', 1e6, 'users'],
    ['¥500 million', 500e6, 'JPY'],
    ['52k examples', 52000, 'examples'],
    ['25 days', 25, 'days'],
    ['9 to 17 million dollars', 13e6, 'USD', { low: 8.5e6, high: 17.5e6 }],
    ['$0.49/hour', 0.49, 'USD'],
    ['USD 5 million', 5e6, 'USD'],
    ['18.5 million users', 18.5e6, 'users'],
    ['a staff of 4,000 employees', 4000, 'employees'],
    ['GPT-3.5', NONE],
    ['GPT-4 is out', NONE],
    ['LLaMA 2 was released', NONE],
    ['LLaMA-13B', NONE],
    ['in 2022', NONE],
    ['May 2023', NONE],
    ['April 21, 2023', NONE],
    ['Newsroom tips: +1 (415) 555-0142', NONE],
    ['18,402 views', NONE],
    ['version 1.2.3', NONE],
    ['the 3rd quarter', NONE],
    ['at 14:30', NONE],
    ['+44 20 7946 0958', NONE],
    ['the 1990s', NONE],
    ['5G networks', NONE],
    ['TPU v4 pods', NONE],
  ] },
  de: { lang: 'de', cases: [
    ['540 Milliarden Parameter', 540e9, 'parameters'],
    ['das 540-Milliarden-Parameter-Großmodell PaLM', 540e9, 'parameters', { text: '540-Milliarden-Parameter' }],
    ['27,6 Millionen US-Dollar', 27.6e6, 'USD', { low: 27.55e6, high: 27.65e6 }],
    ['rund 27,6 Millionen US-Dollar', 27.6e6, 'USD', { hedge: 'about', text: 'rund 27,6 Millionen US-Dollar' }],
    ['540 Millionen US-Dollar', 540e6, 'USD', { low: 539.5e6, high: 540.5e6 }],
    ['lediglich 28 Millionen US-Dollar', 28e6, 'USD'],
    ['1.000 Forscher', 1000, 'researchers'],
    ['mehr als 1.000 Forscher', 1000, 'researchers', { hedge: 'more-than', high: INF }],
    ['1.000,5 Euro', 1000.5, 'EUR'],
    ['3,8 % Zinsen', 3.8, '%'],
    ['um 14 Prozent', 14, '%', { hedge: null }],
    ['2 Billionen Euro', 2e12, 'EUR'],
    ['1 Billion Dollar', 1e12, 'USD'],
    ['4,5 Mrd. Euro', 4.5e9, 'EUR'],
    ['300 Mio. Nutzer', 300e6, 'users'],
    ['5 Mio. €', 5e6, 'EUR'],
    ['etwa 200 Mitarbeiter', 200, 'employees', { hedge: 'about', low: 180, high: 220 }],
    ['ungefähr 10 Tage', 10, 'days', { hedge: 'about' }],
    ['weniger als 50 Mitarbeiter', 50, 'employees', { hedge: 'less-than', low: 0 }],
    ['bis zu 7 %', 7, '%', { hedge: 'up-to' }],
    ['9 bis 17 Millionen US-Dollar', 13e6, 'USD', { low: 8.5e6, high: 17.5e6 }],
    ['9,2 Milliarden Franken', 9.2e9, 'CHF'],
    ['über 300 Anwendungen', 300, 'applications', { hedge: 'more-than' }],
    ['verfügt über 176 Milliarden Parameter', 176e9, 'parameters', { hedge: null }],
    ['10 000 GPUs', 10000, 'gpus'],
    ['knapp 60 Ländern', 60, 'countries', { hedge: 'about' }],
    ['zwei Milliarden Dollar', 2e9, 'USD'],
    ['100 Seiten Protokolle', 100, 'pages'],
    ['16 Grafikkarten', 16, 'gpus'],
    ['0,5 Prozent', 0.5, '%'],
    ['1,2 Mio. Euro', 1.2e6, 'EUR'],
    ['50 Tsd. Euro', 50e3, 'EUR'],
    ['300 Millionen Parametern', 300e6, 'parameters'],
    ['GPT-3.5', NONE],
    ['im Jahr 2022', NONE],
    ['am 2. Mai 2023', NONE],
    ['4.391 Aufrufe', NONE],
    ['2318 Mal gelesen', NONE],
    ['Redaktion: 030 555 01 23', NONE],
    ['Freigeben: 2023-04-19 08:16:02', NONE],
    ['der 3. Platz', NONE],
    ['Modelle wie OPT-175B', NONE],
    ['T5-Base Transformer', NONE],
    ['NVIDIA v100-GPUs', NONE],
    ['1051 Leute haben es durchsucht', NONE],
    ['in den 1990er-Jahren', NONE],
  ] },
  'zh-Hans': { lang: 'zh', cases: [
    ['5.4亿美元', 5.4e8, 'USD', { low: 5.35e8, high: 5.45e8 }],
    ['支出约为5.4亿美元', 5.4e8, 'USD', { hedge: 'about', text: '约为5.4亿美元' }],
    ['2800万美元', 2.8e7, 'USD', { low: 27.995e6, high: 28.005e6 }],
    ['650亿个参数', 6.5e10, 'parameters', { text: '650亿个参数' }],
    ['5400亿个参数', 5.4e11, 'parameters'],
    ['只花了不到600美元', 600, 'USD', { hedge: 'less-than', low: 0, high: 600 }],
    ['五千四百亿美元', 5.4e11, 'USD'],
    ['三成', 30, '%', { low: 25, high: 35 }],
    ['百分之四十', 40, '%', { low: 40, high: 40 }],
    ['百分之十七', 17, '%'],
    ['两千万美元', 2e7, 'USD'],
    ['增长了12%', 12, '%'],
    ['超过1000名员工', 1000, 'employees', { hedge: 'more-than' }],
    ['逾300家公司', 300, 'companies', { hedge: 'more-than' }],
    ['约100万用户', 1e6, 'users', { hedge: 'about' }],
    ['1万亿元', 1e12, 'CNY'],
    ['100多亿美元', 1e10, 'USD', { hedge: 'more-than', high: INF }],
    ['3000块GPU', 3000, 'gpus'],
    ['¥500', 500, 'CNY'],
    ['500元', 500, 'CNY'],
    ['20亿人民币', 2e9, 'CNY'],
    ['人民币500元', 500, 'CNY', { text: '人民币500元' }],
    ['13B参数', 13e9, 'parameters'],
    ['540B参数', 540e9, 'parameters'],
    ['十五个国家', 15, 'countries'],
    ['大约30天', 30, 'days', { hedge: 'about' }],
    ['３０００万美元', 3e7, 'USD'],
    ['１２％', 12, '%'],
    ['5千万美元', 5e7, 'USD'],
    ['1000亿美元左右', 1e11, 'USD', { hedge: 'about' }],
    ['从70亿到650亿', 3.6e10, null, { low: 6.95e9, high: 6.505e10 }],
    ['10个月', 10, 'months'],
    ['8000万欧元', 8e7, 'EUR'],
    ['2022年', NONE],
    ['2023年5月12日', NONE],
    ['4月12日隔夜重要动态', NONE],
    ['客服热线：400-820-1234', NONE],
    ['阅读：12,806', NONE],
    ['时间：2023/4/12 18:30:00', NONE],
    ['排名第3', NONE],
    ['千万不要错过', NONE],
    ['一些模型', NONE],
    ['动辄数千亿参数', NONE],
    ['GPT-3.5的性能', NONE],
    ['1、一个强大的模型', NONE],
    ['[2023/4/11 15:20:09]', NONE],
    ['十分重要', NONE],
  ] },
  'zh-Hant': { lang: 'zh', cases: [
    ['5.4億美元', 5.4e8, 'USD', { low: 5.35e8, high: 5.45e8 }],
    ['2800萬美元', 2.8e7, 'USD'],
    ['PaLM擁有540B參數', 540e9, 'parameters', { text: '540B參數', low: 539.5e9, high: 540.5e9 }],
    ['5400億個參數', 5.4e11, 'parameters'],
    ['650億個參數', 6.5e10, 'parameters'],
    ['成本不到600美元', 600, 'USD', { hedge: 'less-than' }],
    ['約佔總供應量的百分之十七', 17, '%'],
    ['超過1000名員工', 1000, 'employees', { hedge: 'more-than' }],
    ['逾300家公司', 300, 'companies', { hedge: 'more-than' }],
    ['約100萬用戶', 1e6, 'users', { hedge: 'about' }],
    ['1兆元', 1e12, 'CNY'],
    ['新台幣100億元', 1e10, 'TWD', { text: '新台幣100億元' }],
    ['三成', 30, '%'],
    ['百分之四十', 40, '%'],
    ['1000億美元左右', 1e11, 'USD', { hedge: 'about' }],
    ['3000塊GPU', 3000, 'gpus'],
    ['１２％', 12, '%'],
    ['10個月', 10, 'months'],
    ['十五個國家', 15, 'countries'],
    ['千萬美元的成本', 1e7, 'USD'],
    ['100美元外加', 100, 'USD'],
    ['52k數據', 52000, 'examples'],
    ['僅用130億的參數', 1.3e10, null, { kind: 'number' }],
    ['98.7萬美元', 987000, 'USD'],
    ['987000美元', 987000, 'USD'],
    ['兩千萬美元', 2e7, 'USD'],
    ['大約30天', 30, 'days', { hedge: 'about' }],
    ['5千萬歐元', 5e7, 'EUR'],
    ['20億人民幣', 2e9, 'CNY'],
    ['逾1萬名使用者', 1e4, 'users', { hedge: 'more-than' }],
    ['1900/1/1 0:00:00', NONE],
    ['瀏覽數 8,754', NONE],
    ['客服專線：(02) 2345-6789', NONE],
    ['2023.05.10', NONE],
    ['[2023/4/2 9:15:40]', NONE],
    ['萬萬沒想到', NONE],
    ['第一個', NONE],
    ['GPT-3.5和Alpaca7B', NONE],
    ['2022年', NONE],
    // A Han numeral with a 萬/億 scale is an amount by itself, as `two million` is (the counter 枚 is not a known unit).
    ['質押總量已突破兩千萬枚', 2e7, null, { kind: 'number', text: '兩千萬' }],
    ['數千顆晶片', NONE],
  ] },
  fr: { lang: 'fr', cases: [
    ['un billet coûte 1200 yens', 1200, 'JPY'],
    ['un prêt de 3 milliards de yuans', 3e9, 'CNY'],
    ['540 milliards de paramètres', 540e9, 'parameters'],
    ['environ 540 millions de dollars', 540e6, 'USD', { hedge: 'about' }],
    ['28 millions de dollars', 28e6, 'USD'],
    ['environ 4,6 millions de dollars', 4.6e6, 'USD', { hedge: 'about' }],
    ['Mistral AI compte 35 salariés', 35, 'employees'],
    ['1 000 euros', 1000, 'EUR'],
    ['1\u00a0000 euros', 1000, 'EUR'],
    ['1\u202f000,5 €', 1000.5, 'EUR'],
    ['100 000 euros', 1e5, 'EUR'],
    ['dès 10 €', 10, 'EUR'],
    ['3,5 %', 3.5, '%'],
    ['15 pour cent', 15, '%'],
    ['plus de 1 000 chercheurs', 1000, 'researchers', { hedge: 'more-than' }],
    ['moins de 50 salariés', 50, 'employees', { hedge: 'less-than' }],
    ["près de 2 milliards d'euros", 2e9, 'EUR', { hedge: 'about' }],
    ['2 milliards d’euros', 2e9, 'EUR'],
    ['1,3 Md€', 1.3e9, 'EUR'],
    ['deux milliards de dollars', 2e9, 'USD'],
    ['20 dollars par mois', 20, 'USD'],
    ["un milliard d'utilisateurs", 1e9, 'users'],
    ['60 jours', 60, 'days'],
    ['30 pays', 30, 'countries'],
    ["jusqu'à 10 %", 10, '%', { hedge: 'up-to' }],
    ['au moins 5 modèles', 5, 'models', { hedge: 'at-least' }],
    ["1,5 million d'utilisateurs", 1.5e6, 'users'],
    ['12 000 GPU', 12000, 'gpus'],
    ['10 milliards de dollars', 10e9, 'USD'],
    ['3 000 salariés', 3000, 'employees'],
    ['0,5 %', 0.5, '%'],
    ['65 milliards de paramètres', 65e9, 'parameters'],
    ['9 842 vues', NONE],
    ['Lecture : 5 min | 3 127 lectures', NONE],
    ['Standard : 01 23 45 67 89', NONE],
    ['le 15 juin 2023', NONE],
    ['en 2020', NONE],
    ['GPT-3.5', NONE],
    ['le 1er janvier', NONE],
    ['au 2e trimestre', NONE],
    ['Rédaction : 01 98 76 54 32', NONE],
    ['en juin 2023', NONE],
  ] },
  es: { lang: 'es', cases: [
    ['600 dólares', 600, 'USD'],
    ['fue inferior a 600 dólares', 600, 'USD', { hedge: 'less-than', low: 0 }],
    ['con 52.000 ejemplos de instrucciones', 52000, 'examples'],
    ['1,5 %', 1.5, '%'],
    ['Mistral AI tiene 60 empleados', 60, 'employees'],
    ['100 millones de usuarios', 1e8, 'users'],
    ['5.000 millones de dólares', 5e9, 'USD'],
    ['2 mil millones de dólares', 2e9, 'USD'],
    ['3 billones de euros', 3e12, 'EUR'],
    ['BTC 25.102,40 €', 25102.4, 'EUR'],
    ['alrededor de 600 dólares', 600, 'USD', { hedge: 'about' }],
    ['más de 1.000 investigadores', 1000, 'researchers', { hedge: 'more-than' }],
    ['menos de 50 empleados', 50, 'employees', { hedge: 'less-than' }],
    ['hasta 10 %', 10, '%', { hedge: 'up-to' }],
    ['unos 20 países', 20, 'countries', { hedge: 'about' }],
    ['30 días', 30, 'days'],
    ['casi 100 empleados', 100, 'employees', { hedge: 'about' }],
    ['10 por ciento', 10, '%'],
    ['US$ 5 millones', 5e6, 'USD'],
    ['€10', 10, 'EUR'],
    ['1,3 millones de euros', 1.3e6, 'EUR'],
    ['cerca de 2.000 millones de dólares', 2e9, 'USD', { hedge: 'about' }],
    ['dos mil millones de dólares', 2e9, 'USD'],
    ['un millón de usuarios', 1e6, 'users'],
    ['500 mil usuarios', 5e5, 'users'],
    ['7.000 millones de parámetros', 7e9, 'parameters'],
    ['12 meses', 12, 'months'],
    ['40 modelos', 40, 'models'],
    ['175.000 millones de parámetros', 175e9, 'parameters'],
    ['20 dólares al mes', 20, 'USD'],
    ['5.630 visitas', NONE],
    ['2.947 lecturas', NONE],
    ['Tel. 910 555 321', NONE],
    ['28 de septiembre de 2023', NONE],
    ['GPT-3.5', NONE],
    ['en 2023', NONE],
    ['el 1.º de mayo', NONE],
    ['la 2ª edición', NONE],
    ['el 3 de mayo', NONE],
    ['LLaMA 2', NONE],
  ] },
  ja: { lang: 'ja', cases: [
    ['320億台湾ドルの投資', 320e8, 'TWD'],
    ['5400億パラメータを持ち', 5.4e11, 'parameters', { text: '5400億パラメータ' }],
    ['約5億4000万ドル', 5.4e8, 'USD', { hedge: 'about', low: 4.86e8, high: 5.94e8 }],
    ['約2800万ドル', 2.8e7, 'USD', { hedge: 'about' }],
    ['パラメータ数は1750億で', 1.75e11, null, { kind: 'number' }],
    ['650億パラメータ', 6.5e10, 'parameters'],
    ['約200億円', 2e10, 'JPY', { hedge: 'about' }],
    ['年率最大4％', 4, '%', { hedge: 'up-to', text: '最大4％' }],
    ['3兆円', 3e12, 'JPY'],
    ['¥1000', 1000, 'JPY'],
    ['1,000円', 1000, 'JPY'],
    ['100万人のユーザー', 1e6, 'users'],
    ['30%', 30, '%'],
    ['３０％', 30, '%'],
    ['約10億ドル', 1e9, 'USD', { hedge: 'about' }],
    ['5000万ユーロ', 5e7, 'EUR'],
    ['10億ドル以上', 1e9, 'USD', { hedge: 'more-than', high: INF }],
    ['100億円未満', 1e10, 'JPY', { hedge: 'less-than', low: 0 }],
    ['約30日間', 30, 'days', { hedge: 'about' }],
    ['3か月', 3, 'months'],
    ['20か国', 20, 'countries'],
    ['1万台のサーバー', 1e4, 'servers'],
    ['五千万円', 5e7, 'JPY'],
    ['三億ドル', 3e8, 'USD'],
    ['3割', 30, '%'],
    ['1000人以上', 1000, 'people', { hedge: 'more-than' }],
    ['およそ500人', 500, 'people', { hedge: 'about' }],
    ['2兆パラメータ', 2e12, 'parameters'],
    ['70億から650億', 3.6e10, null, { kind: 'number', text: '70億から650億' }],
    ['1.4兆トークン', 1.4e12, 'tokens'],
    ['2023年02月27日 18時20分', NONE],
    ['閲覧数：21,093', NONE],
    ['編集部：03-5555-0198', NONE],
    ['2023年5月12日 07:00', NONE],
    ['GPT-3.5', NONE],
    ['閲覧数 3,482 ｜ いいね 57', NONE],
    ['第3四半期', NONE],
    ['一般的なGPU1枚でも', NONE],
    ['一気に身近な存在', NONE],
    ['[2023/2/26 10:30:12]', NONE],
    ['2022年に', NONE],
    ['数千個の専用チップ', NONE],
  ] },
  ru: { lang: 'ru', cases: [
    // Numerals in the oblique cases, an adjective between numeral and noun, both, the compound adjectives of years and percent.
    ['руководит восьмью отделами', 8, null, { kind: 'number' }],
    ['уволили пять опытных инженеров', 5, null],
    ['около трём процентам', 3, '%'],
    ['обе компании вышли на биржу', 2, 'companies'],
    ['20-летний юбилей', 20, 'years', { kind: 'count' }],
    ['7-процентная ставка', 7, '%', { kind: 'percent' }],
    ['поехал с семью детьми', NONE],
    ['летний отпуск', NONE],
    ['540 млрд параметров', 540e9, 'parameters'],
    ['около 540 млн долларов', 540e6, 'USD', { hedge: 'about', low: 486e6, high: 594e6 }],
    ['около 28 млн долларов', 28e6, 'USD', { hedge: 'about' }],
    ['65 млрд параметров', 65e9, 'parameters', { low: 64.5e9, high: 65.5e9 }],
    ['5 млн рублей', 5e6, 'RUB'],
    ['15 000 рублей', 15000, 'RUB'],
    ['1 000 000 долларов', 1e6, 'USD'],
    ['3,5 %', 3.5, '%'],
    ['10 процентов', 10, '%'],
    ['более 1000 сотрудников', 1000, 'employees', { hedge: 'more-than' }],
    ['свыше 300 компаний', 300, 'companies', { hedge: 'more-than' }],
    ['менее 50 сотрудников', 50, 'employees', { hedge: 'less-than' }],
    ['примерно 20 стран', 20, 'countries', { hedge: 'about' }],
    ['2 трлн рублей', 2e12, 'RUB'],
    ['1,5 млрд долларов', 1.5e9, 'USD'],
    ['300 тыс. пользователей', 3e5, 'users'],
    ['100 млн пользователей', 1e8, 'users'],
    ['30 дней', 30, 'days'],
    ['12 месяцев', 12, 'months'],
    ['два миллиарда долларов', 2e9, 'USD'],
    ['5 миллионов рублей', 5e6, 'RUB'],
    ['10 тысяч долларов', 1e4, 'USD'],
    ['500 руб.', 500, 'RUB'],
    ['100 ₽', 100, 'RUB'],
    ['$5 млн', 5e6, 'USD'],
    ['€10 млн', 1e7, 'EUR'],
    ['175 млрд параметров', 175e9, 'parameters'],
    ['не менее 40 стран', 40, 'countries', { hedge: 'at-least' }],
    ['0,5 %', 0.5, '%'],
    ['10 000 видеокарт', 10000, 'gpus'],
    ['Просмотров: 15 204', NONE],
    ['Редакция: +7 (495) 555-01-77', NONE],
    ['28 февраля 2023, 12:40', NONE],
    ['16+', NONE],
    ['в 2022 году', NONE],
    ['GPT-3.5', NONE],
    ['во 2-м квартале', NONE],
    ['+7 (812) 555-44-33', NONE],
    ['в 2023 г.', NONE],
    ['с 1 марта', NONE],
  ] },
};

for (const [name, { lang, cases }] of Object.entries(CASES)) {
  test(`quantities ${name}: at least 40 cases`, () => assert.ok(cases.length >= 40, `${cases.length} cases`));
  for (const [input, value, unit, more] of cases) {
    test(`quantities ${name}: ${input}`, () => {
      // The parts of a date or a phone number are no amounts (their own tests are below).
      const found = findQuantities(input, lang).filter(isAmount);
      if (value === null) {
        assert.deepEqual(found.map((q) => q.text), [], 'not an amount');
        return;
      }
      assert.equal(found.length, 1, `one quantity, got ${JSON.stringify(found.map((q) => q.text))}`);
      const [q] = found;
      assert.equal(q.value, value);
      assert.equal(q.unit, unit ?? null);
      assert.equal(input.slice(q.start, q.end), q.text);
      for (const [key, expected] of Object.entries(more ?? {})) {
        const actual = q[key as keyof Quantity];
        if (typeof expected === 'number' && typeof actual === 'number' && Number.isFinite(expected)) assert.ok(Math.abs(actual - expected) <= Math.abs(expected) * 1e-9, `${key}: ${actual} ≠ ${expected}`);
        else assert.equal(actual, expected, key);
      }
      assert.ok(q.low <= q.value && q.value <= q.high, 'value inside its interval');
    });
  }
}

test('the same amount in Chinese, English and German normalises to one value and currency', () => {
  const zh = findQuantities('5.4億美元', 'zh')[0];
  const en = findQuantities('$540 million', 'en')[0];
  const de = findQuantities('540 Millionen US-Dollar', 'de')[0];
  assert.deepEqual([zh.value, zh.unit], [540e6, 'USD']);
  assert.deepEqual([en.value, en.unit], [540e6, 'USD']);
  assert.deepEqual([de.value, de.unit], [540e6, 'USD']);
  // Their intervals overlap, so compare calls them agreeing.
  assert.ok(Math.max(zh.low, en.low, de.low) <= Math.min(zh.high, en.high, de.high));
});

test('540B (zh-Hant seed) and 540-Milliarden (de seed) are the same parameter count', () => {
  const zh = findQuantities('其大型語言模型PaLM擁有540B參數', 'zh')[0];
  const de = findQuantities('das 540-Milliarden-Parameter-Großmodell PaLM', 'de')[0];
  assert.deepEqual([zh.value, zh.unit], [de.value, de.unit]);
});

test('an about hedge widens by ABOUT_WIDTH on each side', () => {
  const [q] = findQuantities('около 100 сотрудников', 'ru');
  assert.ok(Math.abs(q.low - 100 * (1 - ABOUT_WIDTH)) < 1e-9);
  assert.ok(Math.abs(q.high - 100 * (1 + ABOUT_WIDTH)) < 1e-9);
});

test('offsets are UTF-16 offsets into the original text, full-width digits included', () => {
  const text = '据报道，OpenAI的收入为２８００万美元。';
  const [q] = findQuantities(text, 'zh');
  assert.equal(text.slice(q.start, q.end), '２８００万美元');
  assert.equal(q.value, 28e6);
});

test('several quantities in one sentence come back in order', () => {
  const found = findQuantities('OpenAI總計花費就達到了5.4億美元，與之形成鮮明對比的，則是其產生的收入只有2800萬美元。', 'zh');
  assert.deepEqual(found.map((q) => [q.text, q.value]), [['5.4億美元', 5.4e8], ['2800萬美元', 2.8e7]]);
});

test('× and ÷ (non-letters inside the Latin block) are skipped, not a crash; Object.prototype names are no number words', () => {
  // Both threw "Cannot read properties of null" before, failing the claims stage of the whole page.
  assert.deepEqual(findQuantities('Die Fläche misst 3 × 4 Meter, ÷ 2 ergibt 5 Millionen Euro.', 'de').map((q) => q.value), [3, 4, 2, 5_000_000]);
  assert.deepEqual(findQuantities('Модель ҂ 7 миллиардов параметров', 'ru').map((q) => q.value), [7_000_000_000]);
  assert.deepEqual(findQuantities('constructor million dollars', 'en'), []);
});

test('the numbers of a date, a time or a phone number come back as date parts and code groups, not amounts', () => {
  const parts = (text: string, lang: string) => findQuantities(text, lang).map((q) => `${q.kind}:${q.value}`);
  assert.deepEqual(parts('Termin am 03/11/2021 um 9:45', 'de'), ['date:3', 'date:11', 'date:2021', 'date:9', 'date:45']);
  assert.deepEqual(parts('会議は２０２１年３月９日です', 'ja'), ['date:2021', 'date:3', 'date:9']);
  assert.deepEqual(parts('Call 555 0199 or +44-20-7946-0000', 'en'), ['code:555', 'code:199', 'code:44', 'code:20', 'code:7946', 'code:0']);
  assert.deepEqual(parts('Tel. 030 555 01/02', 'de'), ['code:30', 'code:555', 'code:1', 'code:2']);
  assert.deepEqual(parts('revenue of $12 million on 4/5/2022', 'en'), ['money:12000000', 'date:4', 'date:5', 'date:2022']);
  assert.deepEqual(parts('founded in 1998, 1200 staff', 'en'), ['date:1998', 'count:1200']);
  assert.deepEqual(parts('sales 2019 2020', 'en'), ['date:2019', 'date:2020']);
  assert.ok(findQuantities('18:30 Uhr, Tel. 030 555 01 23', 'de').every((q) => !isAmount(q)));
});

test('an ideographic space between full-width digits groups them as a space does', () => {
  assert.deepEqual(findQuantities('合計は４　５６７　８９０件', 'ja').map((q) => q.value), [4567890]);
});

test('Japanese: 、 grouping thousands after one or two digits, 0・ as a decimal point, 点 after a big unit, a classifier after four digits', () => {
  const values = (text: string) => findQuantities(text, 'ja').filter(isAmount).map((q) => q.value);
  assert.deepEqual(values('在庫は7、380個'), [7380]);
  assert.deepEqual(values('合計3、456、789'), [3456789]);
  assert.deepEqual(values('候補は100、200、300'), [100, 200, 300]);
  assert.deepEqual(values('50万20、310'), [500020, 310]);
  assert.deepEqual(values('厚さ0・05ミリ'), [0.05]);
  assert.ok(!values('1・2月の売上').includes(1.2));
  assert.deepEqual(values('3万点7'), [30000.7]);
  assert.deepEqual(values('約2万点の作品'), [20000]);
  assert.deepEqual(values('和歌1950首を収録'), [1950]);
  assert.deepEqual(values('1950年に'), []);
});

test('French cent after digits: a hundred inside a numeral, the cent of a currency alone', () => {
  const values = (text: string) => findQuantities(text, 'fr').map((q) => `${q.kind}:${q.value}${q.unit ? ` ${q.unit}` : ''}`);
  assert.deepEqual(values('7 mille 5 cents habitants'), ['number:7500']);
  assert.deepEqual(values('il y a 2 cents et 15 ans'), ['count:215 years']);
  assert.deepEqual(values('le titre a perdu 45 cents'), ['number:45']);
  assert.deepEqual(values('8 cents et 4 cents'), ['number:8', 'number:4']);
  assert.deepEqual(values('6 cents et 40 dollars'), ['number:6', 'money:40 USD']);
});

test('groups of two and three before a point decimal part are Indian grouping in any language', () => {
  assert.deepEqual(findQuantities('La facture monte à 4,56,789.5', 'fr').map((q) => q.value), [456789.5]);
  assert.deepEqual(findQuantities('Der Betrag: 7,12,34,567.25', 'de').map((q) => q.value), [71234567.25]);
});
