// groupClaims: cross-article grouping and verdicts over multilingual claims shaped like the claims stage's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { groupClaims, intervalsOverlap, unitKind, type ArticleClaim, type ClaimGroup } from '../src/text/claims/compare.ts';

let nextId = 1;
/** A claim as the store returns it; `low`/`high` default to the value itself (an exact statement). */
function claim(path: string, lang: string, text: string, entity: string | null, attribute: string, value: number | null,
  unit: string | null, time: string | null = null, interval?: [number, number]): ArticleClaim {
  return {
    id: nextId++, path, paragraph: 0, text, entity, attribute, value,
    low: interval ? interval[0] : value, high: interval ? interval[1] : value,
    unit, quantityText: null, time, speaker: null, lang, method: 'rules@1', measure: null, confidence: 1,
  };
}

/** What a reader of `compare` sees: entity/attribute/unit/time, verdict, and the articles in the group. */
function summary(groups: ClaimGroup[]): string[] {
  return groups.map((g) => `${g.entity}|${g.attribute}|${g.unit}|${g.time}|${g.verdict}|${g.claims.map((c) => `${c.path}:${c.foundBy}`).join(',')}`);
}

const PALM_ZH = claim('zh-hant.html', 'zh', '其大型語言模型PaLM擁有540B參數', 'PaLM', 'parameters', 540e9, 'parameters', null, [539.5e9, 540.5e9]);
const PALM_DE = claim('de.html', 'de', 'Das Sprachmodell umfasst 540 Milliarden Parameter', 'PaLM', 'parameters', 540e9, 'parameters', null, [539.5e9, 540.5e9]);
const OPENAI_EN = claim('en.html', 'en', 'OpenAI spent about $540 million in 2022', 'OpenAI', 'spending', 540e6, 'USD', '2022', [513e6, 567e6]);
const OPENAI_ZH = claim('zh-hans.html', 'zh', 'OpenAI在2022年的支出约为5.4亿美元', 'OpenAI', 'spending', 540e6, 'USD', '2022', [513e6, 567e6]);
const OPENAI_ZH_HANT = claim('zh-hant.html', 'zh', 'OpenAI在2022年花了5.4億美元', 'OpenAI', 'spending', 540e6, 'USD', '2022', [535e6, 545e6]);
const GPT3_EN = claim('en-blog.txt', 'en', 'training GPT-3 would cost about $4.6 million in compute', 'GPT-3', 'cost', 4.6e6, 'USD', null, [4.37e6, 4.83e6]);
const GPT3_DE = claim('de-forum.txt', 'de', 'dass das Training von GPT-3 insgesamt rund 27,6 Millionen US-Dollar gekostet hat', 'GPT-3', 'cost', 27.6e6, 'USD', null, [26.2e6, 29e6]);
const ALPACA_EN = claim('en-blog.txt', 'en', 'the whole fine-tuning step cost less than $600', 'Alpaca', 'cost', 600, 'USD', null, [0, 600]);
const ALPACA_ZH = claim('zh-hans.txt', 'zh', 'Alpaca只花了不到600美元就完成了微调', 'Alpaca', 'cost', 600, 'USD', null, [0, 600]);
const ALPACA_ES = claim('es.html', 'es', 'El coste total del ajuste de Alpaca fue inferior a 600 dólares', 'Alpaca', 'cost', 600, 'USD', null, [0, 600]);

const cases: Array<{ name: string; claims: ArticleClaim[]; expected: string[] }> = [
  {
    name: 'PaLM 540B parameters in Chinese and German agree',
    claims: [PALM_ZH, PALM_DE],
    expected: ['PaLM|parameters|parameters|null|agree|de.html:rules,zh-hant.html:rules'],
  },
  {
    name: 'OpenAI 2022 spending: $540M (en) and 5.4億美元 / 5.4亿美元 (zh) agree',
    claims: [OPENAI_EN, OPENAI_ZH, OPENAI_ZH_HANT],
    expected: ['OpenAI|spending|USD|2022|agree|en.html:rules,zh-hans.html:rules,zh-hant.html:rules'],
  },
  {
    name: 'GPT-3 training cost: 4.6M vs 27.6M USD conflict',
    claims: [GPT3_EN, GPT3_DE],
    expected: ['GPT-3|cost|USD|null|conflict|de-forum.txt:rules,en-blog.txt:rules'],
  },
  {
    name: 'hedged one-sided intervals (less than $600, 不到600美元, inferior a 600 dólares) agree',
    claims: [ALPACA_EN, ALPACA_ZH, ALPACA_ES],
    expected: ['Alpaca|cost|USD|null|agree|en-blog.txt:rules,es.html:rules,zh-hans.txt:rules'],
  },
  {
    name: 'a one-sided "more than 100 million users" conflicts with a point value below it',
    claims: [
      claim('en.html', 'en', 'ChatGPT has more than 100 million users', 'ChatGPT', 'users', 100e6, 'users', '2023', [100e6, Infinity]),
      claim('fr.html', 'fr', 'ChatGPT compte 80 millions d’utilisateurs', 'ChatGPT', 'users', 80e6, 'users', '2023', [79.5e6, 80.5e6]),
    ],
    expected: ['ChatGPT|users|users|2023|conflict|en.html:rules,fr.html:rules'],
  },
  {
    name: 'a one-sided "more than 100 million" agrees with 120 million',
    claims: [
      claim('en.html', 'en', 'ChatGPT has more than 100 million users', 'ChatGPT', 'users', 100e6, 'users', '2023', [100e6, Infinity]),
      claim('ja.txt', 'ja', 'ChatGPTの利用者は1億2000万人', 'ChatGPT', 'users', 120e6, 'users', '2023', [119.5e6, 120.5e6]),
    ],
    expected: ['ChatGPT|users|users|2023|agree|en.html:rules,ja.txt:rules'],
  },
  {
    name: 'money in different currencies is not grouped',
    claims: [
      claim('de.html', 'de', 'Mistral AI sammelte 105 Millionen Euro ein', 'Mistral AI', 'funding', 105e6, 'EUR', '2023'),
      claim('en.html', 'en', 'Mistral AI raised $113 million', 'Mistral AI', 'funding', 113e6, 'USD', '2023'),
    ],
    expected: [],
  },
  {
    name: 'percent groups with percent, counts by their unit noun',
    claims: [
      claim('en.html', 'en', 'Nvidia holds 80% of the market', 'Nvidia', 'share', 80, '%'),
      claim('zh.html', 'zh', '英伟达占据了百分之八十的市场', 'Nvidia', 'share', 80, '%'),
      claim('fr.txt', 'fr', 'Mistral AI compte 35 salariés', 'Mistral AI', 'employees', 35, 'employees'),
      claim('es.txt', 'es', 'Mistral AI tiene 60 empleados', 'Mistral AI', 'employees', 60, 'employees'),
      claim('ru.html', 'ru', 'в Mistral AI работают 35 инженеров', 'Mistral AI', 'employees', 35, 'engineers'),
    ],
    expected: [
      'Mistral AI|employees|employees|null|conflict|es.txt:rules,fr.txt:rules',
      'Nvidia|share|%|null|agree|en.html:rules,zh.html:rules',
    ],
  },
  {
    name: 'claims of one article alone are not a group',
    claims: [
      claim('en.html', 'en', 'OpenAI spent about $540 million in 2022', 'OpenAI', 'spending', 540e6, 'USD', '2022'),
      claim('en.html', 'en', 'the $540 million OpenAI spent in 2022', 'OpenAI', 'spending', 540e6, 'USD', '2022'),
    ],
    expected: [],
  },
  {
    name: 'quotes are not grouped, nor claims without an entity in articles that share one figure only (not a story)',
    claims: [
      claim('en.html', 'en', '"What they are short of is electricity," said Priya Raman', 'OpenAI', 'quote', null, null),
      claim('de.html', 'de', '„Wer heute ein Spitzenmodell trainieren will…“, sagte Katrin Albers', 'OpenAI', 'quote', null, null),
      claim('en.html', 'en', 'a model costs 4.6 million dollars', null, 'cost', 4.6e6, 'USD'),
      claim('de.html', 'de', 'ein Modell kostet 4,6 Millionen Dollar', null, 'cost', 4.6e6, 'USD'),
    ],
    expected: [],
  },
  {
    name: 'an untimed claim joins the only stated time of its key',
    claims: [
      claim('fr.txt', 'fr', "l'entraînement de GPT-3 en 2020 aurait coûté environ 4,6 millions de dollars", 'GPT-3', 'cost', 4.6e6, 'USD', '2020', [4.37e6, 4.83e6]),
      GPT3_EN, GPT3_DE,
    ],
    expected: ['GPT-3|cost|USD|2020|conflict|de-forum.txt:rules,en-blog.txt:rules,fr.txt:rules'],
  },
  {
    name: 'an untimed claim stays apart when its key has several times',
    claims: [
      claim('en.html', 'en', 'OpenAI revenue was $28 million in 2022', 'OpenAI', 'revenue', 28e6, 'USD', '2022'),
      claim('de.html', 'de', 'OpenAI nahm 2022 28 Millionen US-Dollar ein', 'OpenAI', 'revenue', 28e6, 'USD', '2022'),
      claim('fr.html', 'fr', "OpenAI vise 200 millions de dollars de chiffre d'affaires en 2023", 'OpenAI', 'revenue', 200e6, 'USD', '2023'),
      claim('ja.txt', 'ja', 'OpenAIの売上高は2億ドル', 'OpenAI', 'revenue', 200e6, 'USD', null),
      claim('ru.txt', 'ru', 'выручка OpenAI составила 28 млн долларов', 'OpenAI', 'revenue', 28e6, 'USD', null),
    ],
    expected: [
      'OpenAI|revenue|USD|null|conflict|ja.txt:rules,ru.txt:rules',
      'OpenAI|revenue|USD|2022|agree|de.html:rules,en.html:rules',
    ],
  },
  {
    name: 'a sum no word measures joins the one measured attribute of its entity (Turkish and Polish without a verb beside the English cost)',
    claims: [
      claim('en-library.txt', 'en', 'The new library cost $41.2 million', 'Riverside', 'cost', 41.2e6, 'USD'),
      claim('tr-library.txt', 'tr', 'Riverside kütüphanesi 41,2 milyon dolara mal oldu', 'Riverside', 'amount', 41.2e6, 'USD'),
      claim('pl-library.txt', 'pl', 'Biblioteka Riverside: 41,2 mln dolarów', 'Riverside', 'amount', 41.2e6, 'USD'),
    ],
    expected: ['Riverside|cost|USD|null|agree|en-library.txt:rules,pl-library.txt:rules,tr-library.txt:rules'],
  },
  {
    name: 'with two measured attributes of the entity, an unmeasured sum stays apart (which one it is is unknown)',
    claims: [
      claim('en-a.txt', 'en', 'Riverside cost $41.2 million', 'Riverside', 'cost', 41.2e6, 'USD'),
      claim('en-b.txt', 'en', 'Riverside cost $41.2 million in all', 'Riverside', 'cost', 41.2e6, 'USD'),
      claim('de-a.txt', 'de', 'Riverside erzielte einen Umsatz von 3 Mio. Dollar', 'Riverside', 'revenue', 3e6, 'USD'),
      claim('tr-a.txt', 'tr', 'Riverside: 41,2 milyon dolar', 'Riverside', 'amount', 41.2e6, 'USD'),
      claim('pl-a.txt', 'pl', 'Riverside: 41,2 mln dolarów', 'Riverside', 'amount', 41.2e6, 'USD'),
    ],
    expected: ['Riverside|amount|USD|null|agree|pl-a.txt:rules,tr-a.txt:rules', 'Riverside|cost|USD|null|agree|en-a.txt:rules,en-b.txt:rules'],
  },
];

for (const c of cases) {
  test(`groupClaims: ${c.name}`, () => {
    assert.deepEqual(summary(groupClaims(c.claims)), c.expected);
  });
}

test('groupClaims: order does not depend on input order', () => {
  const all = [PALM_ZH, PALM_DE, OPENAI_EN, OPENAI_ZH, GPT3_EN, GPT3_DE, ALPACA_EN, ALPACA_ZH, ALPACA_ES];
  const forward = summary(groupClaims(all));
  assert.deepEqual(summary(groupClaims([...all].reverse())), forward);
  assert.deepEqual(forward.map((g) => g.split('|').slice(0, 2).join('|')), ['Alpaca|cost', 'GPT-3|cost', 'OpenAI|spending', 'PaLM|parameters']);
});

test('groupClaims: the stage’s Infinity upper bound (NULL in SQLite) is an open interval', () => {
  const groups = groupClaims([
    claim('a.html', 'en', 'Meta has more than 60,000 employees', 'Meta', 'employees', 60000, 'employees', null, [60000, Infinity]),
    claim('b.html', 'de', 'Meta beschäftigt 86.000 Menschen', 'Meta', 'employees', 86000, 'employees', null, [86000, 86000]),
  ]);
  assert.equal(groups[0].verdict, 'agree');
});

// Embedding pairing: a fake similarity that knows `spending` and `expenses` state the same thing.
const SPENDING_FR = claim('fr.html', 'fr', 'OpenAI aurait dépensé environ 540 millions de dollars en 2022', 'OpenAI', 'expenses', 540e6, 'USD', '2022', [513e6, 567e6]);
const REVENUE_DE = claim('de.html', 'de', 'Die Einnahmen von OpenAI beliefen sich 2022 auf 28 Millionen US-Dollar', 'OpenAI', 'revenue', 28e6, 'USD', '2022');
const fakeSimilarity = (a: ArticleClaim, b: ArticleClaim): number | null => {
  const pair = [a.attribute, b.attribute].sort().join('+');
  if (pair === 'expenses+spending') return 0.9;
  if (pair === 'revenue+spending' || pair === 'expenses+revenue') return 0.4;
  return null;
};

test('groupClaims: similar attribute words are paired through the embedding similarity', () => {
  const groups = groupClaims([OPENAI_EN, OPENAI_ZH, SPENDING_FR, REVENUE_DE], {}, fakeSimilarity);
  assert.deepEqual(summary(groups), ['OpenAI|spending|USD|2022|agree|en.html:rules,fr.html:embedding,zh-hans.html:rules']);
});

test('groupClaims: two single-article claims become a group only through the embedding', () => {
  assert.deepEqual(groupClaims([OPENAI_EN, SPENDING_FR]), []);
  // Equal standing (one article each): the alphabetically first attribute names the group.
  assert.deepEqual(summary(groupClaims([OPENAI_EN, SPENDING_FR], undefined, fakeSimilarity)), ['OpenAI|expenses|USD|2022|agree|en.html:embedding,fr.html:rules']);
});

test('groupClaims: the similarity threshold option is honoured and validated; null similarity never pairs', () => {
  assert.deepEqual(summary(groupClaims([OPENAI_EN, OPENAI_ZH, SPENDING_FR], { similarityThreshold: 0.95 }, fakeSimilarity)),
    ['OpenAI|spending|USD|2022|agree|en.html:rules,zh-hans.html:rules']);
  assert.deepEqual(groupClaims([OPENAI_EN, SPENDING_FR], {}, () => null), []);
  assert.throws(() => groupClaims([], { similarityThreshold: 'high' }), /similarityThreshold/);
});

test('groupClaims: the embedding does not pair across currencies or entities', () => {
  const always = () => 1;
  const groups = groupClaims([
    OPENAI_EN,
    claim('de.html', 'de', 'OpenAI gab 2022 rund 500 Millionen Euro aus', 'OpenAI', 'expenses', 500e6, 'EUR', '2022'),
    claim('fr.html', 'fr', 'Google aurait dépensé 540 millions de dollars en 2022', 'Google', 'expenses', 540e6, 'USD', '2022'),
  ], {}, always);
  assert.deepEqual(groups, []);
});

test('unitKind and intervalsOverlap', () => {
  assert.equal(unitKind('USD'), 'money:USD');
  assert.equal(unitKind('%'), 'percent');
  assert.equal(unitKind('parameters'), 'count:parameters');
  assert.equal(unitKind(null), 'number');
  assert.ok(intervalsOverlap({ low: 5.4 * 1e8, high: 5.4 * 1e8 }, { low: 540_000_000, high: 540_000_000 }));
  assert.ok(!intervalsOverlap({ low: 4.37e6, high: 4.83e6 }, { low: 26.2e6, high: 29e6 }));
  assert.ok(intervalsOverlap({ low: 0, high: 600 }, { low: 595, high: 605 }));
});

// The bundled corpus: the expected claims per page (test/fixtures/corpus-expected.json), with a ±0.5% stated-precision
// interval, must give the agreements and conflicts a careful reader sees across the pages.
const EXPECTED = new URL('./fixtures/corpus-expected.json', import.meta.url);
test('groupClaims: expected corpus claims give the cross-language agreements and conflicts', { skip: !existsSync(EXPECTED) && 'needs the corpus fixture' }, () => {
  const pages = JSON.parse(readFileSync(EXPECTED, 'utf8')) as Array<{ path: string; lang?: string; claims?: Array<{ entity: string; attribute: string; value: number; unit: string; time: string | null; sentence: string }> }>;
  const claims = pages.flatMap((p) => (p.claims ?? []).map((c) => claim(p.path, p.lang ?? 'und', c.sentence, c.entity, c.attribute, c.value, c.unit, c.time, [c.value * 0.995, c.value * 1.005])));
  const verdicts = Object.fromEntries(groupClaims(claims).map((g) => [`${g.entity} ${g.attribute} ${g.time}`, `${g.verdict} ${new Set(g.claims.map((c) => c.lang)).size}`]));
  assert.equal(verdicts['PaLM parameters null']?.split(' ')[0], 'agree');
  assert.ok(Number(verdicts['PaLM parameters null'].split(' ')[1]) >= 4, 'PaLM parameters stated in at least four languages');
  assert.equal(verdicts['OpenAI spending 2022']?.split(' ')[0], 'agree');
  assert.equal(verdicts['OpenAI revenue 2022']?.split(' ')[0], 'agree');
  assert.equal(verdicts['LLaMA parameters null']?.split(' ')[0], 'agree');
  assert.equal(verdicts['Alpaca cost null']?.split(' ')[0], 'agree');
  assert.equal(verdicts['GPT-3 cost 2020']?.split(' ')[0], 'conflict');
  assert.equal(verdicts['Mistral AI employees null']?.split(' ')[0], 'conflict');
});

test('a parameter count stated about a company joins the one model it makes whose claims overlap (developer links)', () => {
  const developers = new Map([['Google', ['PaLM', 'PaLM 2', 'BERT']], ['Meta', ['LLaMA', 'OPT']]]);
  const googleZh = () => claim('001-zh.txt', 'zh', '谷歌這樣的大廠，要想訓練大模型，則需要面對千萬美元的成本和540B參數', 'Google', 'model-parameters', 540e9, 'parameters', null, [539.5e9, 540.5e9]);
  const bertDe = claim('004-de.txt', 'de', 'ein Sprachmodell namens BERT mit 300 Millionen Parametern', 'BERT', 'parameters', 300e6, 'parameters', null, [299.5e6, 300.5e6]);
  const cases: Array<[string, ArticleClaim[], Map<string, string[]> | undefined, string[]]> = [
    ['Google’s 540B joins PaLM (not BERT, whose interval is apart)', [googleZh(), PALM_DE, bertDe], developers,
      ['PaLM|parameters|parameters|null|agree|001-zh.txt:developer,de.html:rules']],
    ['without developer links the company claim stays out', [googleZh(), PALM_DE], undefined, []],
    ['two of its models overlap: which one is meant is unknown, so it stays out',
      [googleZh(), PALM_DE, claim('x.html', 'en', 'PaLM 2 has 540 billion parameters', 'PaLM 2', 'parameters', 540e9, 'parameters', null, [539.5e9, 540.5e9])], developers, []],
    ['a company claim never joins another company’s model',
      [claim('m.txt', 'en', 'Meta trained a model with 540 billion parameters', 'Meta', 'model-parameters', 540e9, 'parameters', null, [539.5e9, 540.5e9]), PALM_DE], developers, []],
    ['a model claim from the same article does not count as a second article', [googleZh(), { ...PALM_DE, path: '001-zh.txt' }], developers, []],
  ];
  for (const [name, claims, links, expected] of cases) assert.deepEqual(summary(groupClaims(claims, {}, undefined, links)), expected, name);
});

test('groupClaims: the verdict is "agree" exactly when every two claims of the group overlap (random groups, brute force)', () => {
  // verdictOf decides in one pass (highest start against lowest end); check it against every pair.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const bounds = [-5, 0, 1, 2, 3, 1e9, 1e9 * (1 + 1e-10), Infinity];
  for (let round = 0; round < 500; round++) {
    const claims = Array.from({ length: 2 + Math.floor(random() * 5) }, (_, i) => {
      const low = bounds[Math.floor(random() * (bounds.length - 1))];
      const high = Math.max(low, bounds[Math.floor(random() * bounds.length)]);
      return claim(`p${i}.html`, 'en', 'X has N', 'X', 'employees', low, 'employees', null, [low, high]);
    });
    const pairwise = claims.every((a, i) => claims.every((b, j) => i === j || intervalsOverlap(a as never, b as never)));
    const [group] = groupClaims(claims);
    assert.equal(group.verdict, pairwise ? 'agree' : 'conflict', JSON.stringify(claims.map((c) => [c.low, c.high])));
  }
});

test('claims without a named subject group by story: the same figure in articles that share several such figures', () => {
  const story = (path: string, lang: string, weeks: string, share: string, days: string, visitors: string) => [
    claim(path, lang, weeks, null, 'weeks', 6, 'weeks'),
    claim(path, lang, share, null, 'share', 40, '%'),
    claim(path, lang, days, null, 'days', 11, 'days'),
    claim(path, lang, visitors, null, 'visitors', 950, 'visitors'),
  ];
  const claims = [
    ...story('en.txt', 'en', 'The pruning course lasts six weeks.', 'About 40% of the tulips bloomed.', 'after 11 days', '950 visitors came'),
    ...story('de.txt', 'de', 'Der Schnittkurs dauert sechs Wochen.', 'Etwa 40 % der Tulpen blühten.', 'nach 11 Tagen', '950 Besucher kamen'),
    // An unrelated page sharing one common figure is not of the story.
    claim('other.txt', 'en', 'The ferry repair takes six weeks.', null, 'weeks', 6, 'weeks'),
    claim('other.txt', 'en', 'It costs 30 dollars.', null, 'amount', 30, 'USD'),
  ];
  const groups = groupClaims(claims);
  assert.deepEqual(summary(groups), [
    '|days|days|null|agree|de.txt:story,en.txt:story',
    '|share|%|null|agree|de.txt:story,en.txt:story',
    '|visitors|visitors|null|agree|de.txt:story,en.txt:story',
    '|weeks|weeks|null|agree|de.txt:story,en.txt:story',
  ]);
  // Two shared figures are not enough to call two articles one story.
  assert.deepEqual(groupClaims(claims.filter((c) => c.attribute === 'weeks' || c.attribute === 'share')), []);
  // Two long pages that share three common figures among sixteen each are not one story (a quarter is the least).
  const page = (path: string, offset: number) => Array.from({ length: 16 }, (_, k) => claim(path, 'en', `step ${k}`, null, 'minutes', k < 3 ? k + 1 : offset + k, 'minutes'));
  assert.deepEqual(groupClaims([...page('recipe.txt', 100), ...page('report.txt', 200)]), []);
  assert.equal(groupClaims([...page('recipe.txt', 100), ...page('recipe-copy.txt', 100)]).length, 16);
  // Different figures of one measure in one story stay apart: without a subject they may be about different things.
  const extra = [...claims, claim('de.txt', 'de', 'Später blühten 35 % der Tulpen.', null, 'share', 35, '%'), claim('en.txt', 'en', 'Later 35% bloomed.', null, 'share', 35, '%')];
  assert.equal(groupClaims(extra).filter((g) => g.attribute === 'share').length, 2);
});
