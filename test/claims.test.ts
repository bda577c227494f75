// extractClaims: table-driven sentences in every supported language with hand-made entity mentions, attributed
// quotes, paragraph language and time normalisation, then the bundled corpus against test/fixtures/corpus-expected.json
// and the seeds against test/fixtures/seeds-expected-claims.json (recall of every listed claim, precision ≥ 90%,
// listed non-claims never extracted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument, DomUtils } from 'htmlparser2';
import { extractClaims, findTimes, paragraphLanguage, CLAIMS_METHOD, ATTRIBUTED_CONFIDENCE } from '../src/text/claims/claims.ts';
import { decodePage } from '../src/text/read/decode.ts';
import type { Claim, EntityMention, EntityType } from '../src/types.ts';

const SHARED = new URL('../../shared/', import.meta.url);
const SEEDS = new URL('seeds/', SHARED);
const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
/** Share of extracted numeric claims that must match an expected claim (the goal: fewer than 1 in 10 wrong). */
const MIN_PRECISION = 0.9;

/** Surface forms → canonical entities, standing in for the entities stage so these tests depend on this module only. */
const ALIASES: Array<[string, string, EntityType]> = [
  ['OpenAI', 'OpenAI', 'org'], ['PaLM', 'PaLM', 'product'], ['GPT-3', 'GPT-3', 'product'], ['GPT-3.5', 'GPT-3.5', 'product'],
  ['GPT-4', 'GPT-4', 'product'], ['ChatGPT', 'ChatGPT', 'product'], ['LLaMA', 'LLaMA', 'product'], ['LlaMA', 'LLaMA', 'product'],
  ['Llama', 'LLaMA', 'product'], ['Alpaca', 'Alpaca', 'product'], ['Mistral AI', 'Mistral AI', 'org'], ['Google', 'Google', 'org'],
  ['谷歌', 'Google', 'org'], ['グーグル', 'Google', 'org'], ['Meta', 'Meta', 'org'], ['Metas', 'Meta', 'org'], ['Microsoft', 'Microsoft', 'org'],
  ['微软', 'Microsoft', 'org'], ['微軟', 'Microsoft', 'org'], ['マイクロソフト', 'Microsoft', 'org'], ['Stanford', 'Stanford University', 'org'],
  ['斯坦福大学', 'Stanford University', 'org'], ['史丹佛', 'Stanford University', 'org'], ['BLOOM', 'BLOOM', 'product'], ['OPT', 'OPT', 'product'],
  ['BERT', 'BERT', 'product'], ['Stability.AI', 'Stability AI', 'org'], ['Stability AI', 'Stability AI', 'org'], ['NVIDIA', 'Nvidia', 'org'],
  ['Nvidia', 'Nvidia', 'org'], ['Intel', 'Intel', 'org'], ['DeepMind', 'DeepMind', 'org'], ['Chinchilla', 'Chinchilla', 'product'],
  ['Apple', 'Apple', 'org'], ['Baidu', 'Baidu', 'org'], ['百度', 'Baidu', 'org'],
];

/** Longest alias first, Latin aliases on word boundaries, `GPT-3` not inside `GPT-3.5` or `OPT-175B`. */
function mentionsOf(paragraphs: string[], aliases = ALIASES): EntityMention[] {
  const sorted = [...aliases].sort((a, b) => b[0].length - a[0].length);
  const out: EntityMention[] = [];
  paragraphs.forEach((text, paragraph) => {
    const taken: Array<[number, number]> = [];
    for (const [surface, canonical, type] of sorted) {
      for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
        const end = i + surface.length;
        const latin = /^[A-Za-z]/.test(surface);
        const latinOrDigit = /[A-Za-z\u00C0-\u024F\u0400-\u04FF\d]/;
        if (latin && (latinOrDigit.test(text[i - 1] ?? '') || latinOrDigit.test(text[end] ?? '') || /^[-.]\d|^-\p{L}/u.test(text.slice(end, end + 2)))) continue;
        if (taken.some(([s, e]) => s < end && i < e)) continue;
        taken.push([i, end]);
        out.push({ text: surface, canonical, type, paragraph, start: i, end });
      }
    }
  });
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

interface Expected { entity: string; attribute: string; value: number; unit: string; time: string | null; sentence: string }

const matches = (c: Claim, e: Expected) =>
  c.attribute !== 'quote' && c.entity === e.entity && c.attribute === e.attribute && c.value === e.value && c.unit === e.unit && c.time === e.time && c.text.includes(e.sentence);

// ---------------------------------------------------------------------------------------------------------------

type Row = [lang: string, paragraph: string, expected: Array<Omit<Expected, 'sentence'>>];
const ROWS: Row[] = [
  ['en', "Its PaLM model has 540 billion parameters, roughly three times as many as GPT-3.", [{ entity: 'PaLM', attribute: 'parameters', value: 540e9, unit: 'parameters', time: null }]],
  ['en', 'OpenAI spent about $540 million in 2022 on computing power.', [{ entity: 'OpenAI', attribute: 'spending', value: 540e6, unit: 'USD', time: '2022' }]],
  ['en', "The documents put OpenAI's revenue at just $28 million in 2022.", [{ entity: 'OpenAI', attribute: 'revenue', value: 28e6, unit: 'USD', time: '2022' }]],
  ['en', 'Microsoft invested $10 billion in OpenAI in January 2023.', [{ entity: 'Microsoft', attribute: 'investment', value: 10e9, unit: 'USD', time: '2023-01' }]],
  ['en', 'Mistral AI raised €105 million in June 2023.', [{ entity: 'Mistral AI', attribute: 'funding', value: 105e6, unit: 'EUR', time: '2023-06' }]],
  ['en', 'Running GPT-3.5 for 18,402 views costs nothing. Call +1 (415) 555-0142.', []],
  ['en', 'Did OpenAI really spend $540 million?', []],
  ['de', 'Nach Informationen aus Investorenkreisen hat OpenAI im Jahr 2022 rund 540 Millionen US-Dollar ausgegeben.', [{ entity: 'OpenAI', attribute: 'spending', value: 540e6, unit: 'USD', time: '2022' }]],
  ['de', 'Die Einnahmen von OpenAI beliefen sich 2022 dagegen auf lediglich 28 Millionen US-Dollar.', [{ entity: 'OpenAI', attribute: 'revenue', value: 28e6, unit: 'USD', time: '2022' }]],
  ['de', 'Google hat mit PaLM gezeigt, wohin die Reise geht: Das Sprachmodell umfasst 540 Milliarden Parameter.', [{ entity: 'PaLM', attribute: 'parameters', value: 540e9, unit: 'parameters', time: null }]],
  ['de', 'Gemeint ist das im April von Google eingeführte 540-Milliarden-Parameter-Großmodell PaLM.', [{ entity: 'PaLM', attribute: 'parameters', value: 540e9, unit: 'parameters', time: null }]],
  ['de', 'Seit dem Training von GPT-3 im Jahr 2020 sind die Preise um 14 Prozent gesunken.', []],
  ['fr', "Le chiffre d'affaires d'OpenAI n'aurait atteint que 28 millions de dollars en 2022.", [{ entity: 'OpenAI', attribute: 'revenue', value: 28e6, unit: 'USD', time: '2022' }]],
  ['fr', 'Mistral AI compte 35 salariés, pour la plupart des ingénieurs.', [{ entity: 'Mistral AI', attribute: 'employees', value: 35, unit: 'employees', time: null }]],
  ['fr', "L'entraînement de GPT-3 en 2020 aurait coûté environ 4,6 millions de dollars.", [{ entity: 'GPT-3', attribute: 'cost', value: 4.6e6, unit: 'USD', time: '2020' }]],
  ['es', 'El coste total del ajuste de Alpaca fue inferior a 600 dólares.', [{ entity: 'Alpaca', attribute: 'cost', value: 600, unit: 'USD', time: null }]],
  ['es', 'Mistral AI tiene 60 empleados, según fuentes cercanas a la compañía.', [{ entity: 'Mistral AI', attribute: 'employees', value: 60, unit: 'employees', time: null }]],
  ['es', 'Lo entrenaron con 52.000 ejemplos de instrucciones. Tel. 910 555 321.', []],
  ['zh', '据知情人士透露，OpenAI在2022年的支出约为5.4亿美元，主要用于购买算力。', [{ entity: 'OpenAI', attribute: 'spending', value: 5.4e8, unit: 'USD', time: '2022' }]],
  ['zh', '僅是在2022年，OpenAI總計花費就達到了5.4億美元，其產生的收入只有2800萬美元。', [
    { entity: 'OpenAI', attribute: 'spending', value: 5.4e8, unit: 'USD', time: '2022' },
    { entity: 'OpenAI', attribute: 'revenue', value: 2.8e7, unit: 'USD', time: '2022' }]],
  ['zh', '以谷歌為例，其大型語言模型PaLM擁有540B參數，訓練時動用了數千顆晶片。', [{ entity: 'PaLM', attribute: 'parameters', value: 540e9, unit: 'parameters', time: null }]],
  ['zh', 'LLaMA系列参数规模从70亿到650亿不等，最大的版本拥有650亿个参数。', [{ entity: 'LLaMA', attribute: 'parameters', value: 65e9, unit: 'parameters', time: null }]],
  ['zh', '烧钱换未来：OpenAI一年花掉5.4亿美元，大模型成本有多高？', []],
  ['zh', '与动辄数千亿参数的闭源模型相比，LLaMA的规模并不算大。', []],
  ['ja', 'OpenAIが2022年に費やした金額は約5億4000万ドルにのぼる。', [{ entity: 'OpenAI', attribute: 'spending', value: 5.4e8, unit: 'USD', time: '2022' }]],
  ['ja', 'GPT-3のパラメータ数は1750億で、LLaMAはその10分の1以下の規模だ。', [{ entity: 'GPT-3', attribute: 'parameters', value: 1.75e11, unit: 'parameters', time: null }]],
  ['ja', 'Metaが公開した論文では、130億パラメータ版のLLaMAがGPT-3を上回った。', []],
  ['ru', 'Согласно данным, которые OpenAI показывала инвесторам, в 2022 году компания потратила около 540 млн долларов.', [{ entity: 'OpenAI', attribute: 'spending', value: 540e6, unit: 'USD', time: '2022' }]],
  ['ru', 'Модель PaLM, которую Google представила в прошлом году, содержит 540 млрд параметров.', [{ entity: 'PaLM', attribute: 'parameters', value: 540e9, unit: 'parameters', time: null }]],
  ['ru', 'По данным разработчиков, версия с 13 млрд параметров превосходит GPT-3.', []],
  ['de', 'Zum Beispiel erfordert Metas XLM (im Vergleich zu GPT-3) nur 16 NVIDIA v100-GPUs.', []],
  ['en', "Meta's API revenue reached $5 million in 2023.", [{ entity: 'Meta', attribute: 'revenue', value: 5e6, unit: 'USD', time: '2023' }]],
  // Parameters stated about a company are about one of its models: compare resolves them through developer links.
  ['zh', '而谷歌這樣的大廠，要想訓練大模型，則需要面對540B參數和長達數月的訓練周期。', [{ entity: 'Google', attribute: 'model-parameters', value: 540e9, unit: 'parameters', time: null }]],
  ['de', 'Im Mai hat Meta ein großes Sprachmodell mit 175 Milliarden Parametern offengelegt.', [{ entity: 'Meta', attribute: 'model-parameters', value: 175e9, unit: 'parameters', time: null }]],
];

for (const [lang, paragraph, expected] of ROWS) {
  test(`claims ${lang}: ${paragraph.slice(0, 50)}`, () => {
    const claims = extractClaims([paragraph], lang, mentionsOf([paragraph])).filter((c) => c.kind === 'numeric' && c.confidence >= ATTRIBUTED_CONFIDENCE);
    assert.deepEqual(
      claims.map((c) => ({ entity: c.entity, attribute: c.attribute, value: c.value, unit: c.unit, time: c.time })),
      expected,
    );
    for (const c of claims) {
      assert.equal(c.method, CLAIMS_METHOD);
      assert.equal(c.lang, lang);
      assert.ok(c.quantityText && paragraph.includes(c.quantityText), 'quantity text is in the paragraph');
      assert.ok(c.low! <= c.value! && c.value! <= c.high!, 'value inside its interval');
    }
  });
}

test('a company word points back to the organisation of an earlier paragraph', () => {
  const paragraphs = ['OpenAI has shared documents with investors.', 'In 2022 the company spent about $540 million.'];
  const [claim] = extractClaims(paragraphs, 'en', mentionsOf(paragraphs));
  assert.deepEqual([claim.entity, claim.attribute, claim.paragraph, claim.time], ['OpenAI', 'spending', 1, '2022']);
});

test('a team word points to the model named first in the sentence before', () => {
  const p = "In March, a group at Stanford released Alpaca, a version of Meta's smaller LLaMA model. The team reported that the whole fine-tuning step cost less than $600.";
  const [claim] = extractClaims([p], 'en', mentionsOf([p]));
  assert.deepEqual([claim.entity, claim.attribute, claim.value, claim.high], ['Alpaca', 'cost', 600, 600]);
});

// ---------------------------------------------------------------------------------------------------------------

const QUOTES: Array<[string, string, string, string]> = [
  ['en', '"Nobody in this business is short of ideas. What they are short of is electricity," said Priya Raman, an analyst.', 'Priya Raman', 'What they are short of is electricity'],
  ['en', '"The expensive part is no longer teaching a model to chat," Elena Marsh said.', 'Elena Marsh', 'The expensive part is no longer teaching a model to chat'],
  ['de', '„Wer heute ein Spitzenmodell trainieren will, braucht einen langen Atem“, sagte Katrin Albers, Professorin in Dresden.', 'Katrin Albers', 'braucht einen langen Atem'],
  ['fr', '« Nous n’avons pas besoin d’être les plus nombreux », a déclaré Antoine Lefèvre, investisseur.', 'Antoine Lefèvre', 'besoin d’être les plus nombreux'],
  ['es', '"Queríamos demostrar que la comunidad académica también puede", dijo Daniel Ortega, investigador.', 'Daniel Ortega', 'la comunidad académica también puede'],
  ['ru', '«Открытый доступ к таким моделям позволит университетам проверять их возможности», — заявил Игорь Савельев.', 'Игорь Савельев', 'позволит университетам проверять'],
  ['zh', '“未来真正的竞争，不在于谁的模型参数最多。”清华大学人工智能研究院副研究员周明远表示。', '周明远', '不在于谁的模型参数最多'],
  ['zh', '「真正的門檻不在於微調，而在於基礎模型。」台灣大學資訊工程學系教授林建宏表示。', '林建宏', '而在於基礎模型'],
  ['ja', '「小さなモデルでも、十分なデータで長く学習させれば匹敵する」と、東京大学の山本真理准教授は述べた。', '山本真理', '十分なデータで長く学習させれば'],
  ['ja', '「生成AIは、使われれば使われるほどお金がかかる」と、上級アナリスト、田中浩二氏は述べた。', '田中浩二', '使われれば使われるほどお金がかかる'],
];

for (const [lang, paragraph, speaker, words] of QUOTES) {
  test(`quote ${lang}: ${speaker}`, () => {
    const quotes = extractClaims([paragraph], lang, mentionsOf([paragraph])).filter((c) => c.attribute === 'quote');
    assert.equal(quotes.length, 1);
    const [q] = quotes;
    assert.equal(q.speaker, speaker);
    assert.equal(q.kind, 'quote');
    assert.ok(q.kind === 'quote' && q.quote.includes(words), q.kind === 'quote' ? q.quote : '');
    assert.ok(q.text.includes(speaker), 'the claim text includes the attribution');
    assert.deepEqual([q.value, q.low, q.high, q.unit], [null, null, null, null]);
  });
}

test('scare quotes and titles are not quotes', () => {
  const text = 'Das Modell „Open Pre-trained Transformers“ ist nicht „offen“. 大型語言模型走向「小而精」。';
  assert.deepEqual(extractClaims([text], 'de', []).filter((c) => c.attribute === 'quote'), []);
});

test('paragraph language follows the script when it clearly differs from the article language', () => {
  assert.equal(paragraphLanguage('OpenAI在2022年的支出约为5.4亿美元。', 'en'), 'zh');
  assert.equal(paragraphLanguage('OpenAIが2022年に費やした金額は約5億4000万ドルにのぼる。', 'zh'), 'ja');
  assert.equal(paragraphLanguage('Модель PaLM содержит 540 млрд параметров.', 'de'), 'ru');
  assert.equal(paragraphLanguage('The company spent about $540 million on the model.', 'zh'), 'en');
  assert.equal(paragraphLanguage('Die Einnahmen von OpenAI beliefen sich auf 28 Millionen.', 'en'), 'en');
  assert.equal(paragraphLanguage('OpenAI GPT-4 PaLM', 'ja'), 'ja');
});

test('times are normalised to years and months', () => {
  const times = (s: string) => findTimes(s).map((t) => t.time);
  assert.deepEqual(times('OpenAI spent $540 million in 2022'), ['2022']);
  assert.deepEqual(times('Mistral AI raised money in June 2023'), ['2023-06']);
  assert.deepEqual(times('hat OpenAI im Jahr 2022 rund 540 Millionen ausgegeben'), ['2022']);
  assert.deepEqual(times('OpenAI在2022年的支出'), ['2022']);
  assert.deepEqual(times('2023年5月に発表'), ['2023-05']);
  assert.deepEqual(times('в 2022 году компания потратила'), ['2022']);
  assert.deepEqual(times('en mars 2023'), ['2023-03']);
  assert.deepEqual(times('28 de septiembre de 2023'), ['2023-09']);
  assert.deepEqual(times('The model may 2023 be'), ['2023']);
  assert.deepEqual(times('costs 2500 dollars, up 2022%'), []);
});

// ---------------------------------------------------------------------------------------------------------------
// Bundled corpus and seeds

interface ExpectedPage { path: string; lang: string; drop?: string[]; claims: Expected[]; quotes: Array<{ speaker: string; sentence: string }>; notClaims: string[]; error?: string }

/** Paragraphs of a page as a reader sees them: text pages split on blank lines, HTML leaf blocks; lines with drop markers removed (a stand-in for the clean stage). */
function pageParagraphs(path: string, drop: string[]): string[] {
  const page = decodePage(readFileSync(CORPUS + path), path);
  let paragraphs: string[];
  if (page.format === 'text') paragraphs = page.text.split(/\n\s*\n/);
  else {
    const blocks = /^(p|h[1-6]|li|div|blockquote|td)$/;
    const doc = parseDocument(page.text);
    paragraphs = DomUtils.findAll((el) => blocks.test(el.name) && !DomUtils.findOne((c) => blocks.test(c.name), el.children), doc.children)
      .filter((el) => !DomUtils.findOne((c) => c.name === 'script' || c.name === 'style', el.children))
      .map((el) => DomUtils.textContent(el));
  }
  return paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p && !drop.some((m) => p.includes(m)));
}

function score(pages: Array<{ name: string; expected: ExpectedPage; claims: Claim[] }>) {
  const missing: string[] = [];
  const wrong: string[] = [];
  let numeric = 0;
  for (const { name, expected, claims } of pages) {
    for (const e of expected.claims) if (!claims.some((c) => matches(c, e))) missing.push(`${name}: ${JSON.stringify(e)}`);
    for (const q of expected.quotes) if (!claims.some((c) => c.attribute === 'quote' && c.speaker === q.speaker && c.text.includes(q.sentence))) missing.push(`${name}: quote ${q.speaker}`);
    // The reader's list holds the claims tied to an attribute word and an entity: the attributed reading.
    for (const c of claims.filter((c) => c.kind === 'numeric' && c.confidence >= ATTRIBUTED_CONFIDENCE)) {
      numeric++;
      if (!expected.claims.some((e) => matches(c, e))) wrong.push(`${name}: ${c.entity} ${c.attribute} ${c.value} ${c.unit} ${c.time} | ${c.quantityText}`);
    }
    // Not claims about an entity: some are stated quantities (`over 99% of people`) that the open reading keeps.
    for (const n of expected.notClaims) {
      const hit = claims.find((c) => c.kind === 'numeric' && c.confidence >= ATTRIBUTED_CONFIDENCE && c.quantityText && (n.includes(c.quantityText) || c.quantityText.includes(n)) && c.text.includes(n));
      if (hit) wrong.push(`${name}: not a claim: ${n}`);
    }
  }
  return { missing, wrong, numeric, precision: numeric ? 1 - wrong.length / numeric : 1 };
}

test('bundled corpus: every expected claim and quote found, precision at least 90%', () => {
  const expected: ExpectedPage[] = JSON.parse(readFileSync(new URL('./fixtures/corpus-expected.json', import.meta.url), 'utf8'));
  const pages = expected.filter((e) => !e.error).map((e) => {
    const paragraphs = pageParagraphs(e.path, e.drop ?? []);
    return { name: e.path, expected: e, claims: extractClaims(paragraphs, e.lang, mentionsOf(paragraphs)) };
  });
  const { missing, wrong, precision } = score(pages);
  assert.deepEqual(missing, []);
  assert.ok(precision >= MIN_PRECISION, `precision ${precision.toFixed(3)}; wrong: ${wrong.join('\n')}`);
});

test('seeds: every expected claim found, precision at least 90%', { skip: !existsSync(SEEDS) && 'needs ../shared' }, () => {
  const expected: ExpectedPage[] = JSON.parse(readFileSync(new URL('./fixtures/seeds-expected-claims.json', import.meta.url), 'utf8'));
  const pages = expected.map((e) => {
    const paragraphs = readFileSync(new URL(e.path, SEEDS), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    return { name: e.path, expected: e, claims: extractClaims(paragraphs, e.lang, mentionsOf(paragraphs)) };
  });
  const { missing, wrong, precision } = score(pages);
  assert.deepEqual(missing, []);
  assert.ok(precision >= MIN_PRECISION, `precision ${precision.toFixed(3)}; wrong: ${wrong.join('\n')}`);
});
