// Injected briefs and off-topic paragraphs, table-driven over short articles written for this test in Chinese,
// English, German and Japanese: feed patterns (timestamp tails, wire leads, finance vocabulary) make 'injected-brief',
// topic alone makes 'off-topic' only in long articles, and the conservative guards (first paragraph, shared entities,
// short articles, articles that are about finance) keep what must be kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RemovalReason } from '../src/types.ts';
import { findInjectedParagraphs } from '../src/text/clean/offtopic.ts';

interface Case { name: string; hint: string | null; paragraphs: string[]; expect: Record<number, RemovalReason> }

const ZH_ARTICLE = [
  '今年以来，开源大模型的数量快速增加，越来越多的研究团队开始在公开权重的基础上训练自己的模型。',
  '与动辄数千万美元的训练成本相比，基于开源模型进行指令微调的成本低得多，一些团队只花了几百美元就完成了训练。',
  '研究人员认为，高质量的指令数据和更长的训练时间，是小模型能够追上大模型的主要原因。',
  '不过，开源模型的基础能力仍然依赖少数大公司发布的预训练模型，微调只能在此基础上进行改进。',
  '业内人士指出，未来开源社区和大公司之间的竞争，将更多地体现在数据质量和训练方法上。',
];
const EN_ARTICLE = [
  'Training a large language model from scratch still costs millions of dollars, which keeps the largest models in the hands of a few labs.',
  'Fine-tuning an open model is a different story: a small team can adapt a capable base model to its own documents in a few days.',
  'The researchers behind one popular open model said most of their budget went into generating instruction data rather than compute.',
  '"The expensive part was never the last step," said Dana Whitfield, who leads the model team at a university lab in Leeds.',
  'For companies that only need a model for internal tools, that changes the calculation entirely, and many are now testing open models.',
];
const DE_ARTICLE = [
  'Das Training großer Sprachmodelle verschlingt nach wie vor enorme Summen, weshalb nur wenige Labore die größten Modelle entwickeln können.',
  'Die Feinabstimmung offener Modelle ist dagegen deutlich günstiger: Ein kleines Team kann ein gutes Basismodell in wenigen Tagen anpassen.',
  'Nach Einschätzung der Forschenden entfällt der größte Teil der Kosten auf die Vorversuche mit kleineren Modellen und auf abgebrochene Läufe.',
  'Für Unternehmen, die ein Modell nur für interne Werkzeuge brauchen, verändert das die Rechnung grundlegend.',
];
const JA_ARTICLE = [
  '大規模言語モデルの開発には、いまも莫大な計算資源が必要とされている。',
  '一方で、公開されたモデルを追加学習する手法なら、小さなチームでも数日で独自のモデルを作ることができる。',
  '研究者によると、費用の大半は計算そのものではなく、学習用の指示データを作る作業に使われたという。',
  '社内向けの用途に限れば、公開モデルを使うことで運用コストを大きく下げられる可能性がある。',
];

/** A long English article (training costs) for topic-only decisions: enough paragraphs and words to have a topic profile. */
const EN_LONG = [
  'Training a frontier language model now costs tens of millions of dollars in compute, and the bill keeps growing with every generation of models.',
  'Most of the compute goes into the final training run, but the experiments before it, with smaller models and abandoned runs, add a large share of the training cost.',
  'Engineers tune learning rates, data mixtures and model architecture on small models first, because a failed run of a large model wastes weeks of compute.',
  'Data is the second big cost: collecting, filtering and deduplicating training text for a language model takes teams of engineers and months of work.',
  'Once the model is trained, serving it to millions of users costs compute again, and for popular chatbots the serving bill soon exceeds the training bill.',
  'That is why many teams now fine-tune open models instead of training from scratch: the expensive pretraining has already been paid for by someone else.',
  'Fine-tuning a language model on instruction data can cost a few hundred dollars of rented compute, a tiny fraction of the original training run.',
];
const FOOTBALL = 'The home side scored twice in the second half of the derby on Saturday, and their young goalkeeper saved a penalty deep in stoppage time to protect the win. The victory lifts the club to third place in the league table, four points behind the leaders, before a difficult away trip next weekend.';
const FOOTBALL_WITH_ENTITY = 'The home side scored twice in the second half of the derby on Saturday, and their young goalkeeper saved a penalty deep in stoppage time. After the match the club announced a sponsorship deal with OpenAI for its stadium screens, ticketing app and supporter newsletter.';

const ZH_LONG = [
  '训练一个大型语言模型需要大量算力，最新一代模型的训练成本已经达到数千万美元，而且还在不断上升。',
  '算力的大部分用于最后一次正式训练，但此前用小模型做的各种实验和中途放弃的训练，也占了训练成本的很大一部分。',
  '工程师通常先在小模型上调整学习率、数据配比和模型结构，因为大模型的一次失败训练会浪费数周的算力。',
  '数据是另一项主要成本：为语言模型收集、过滤和去重训练数据，需要工程师团队花费数月时间。',
  '模型训练完成后，为数百万用户提供服务同样需要算力，热门聊天机器人的推理成本很快就会超过训练成本。',
  '因此，许多团队选择在开源模型的基础上进行微调，而不是从头训练，因为昂贵的预训练已经由别人完成。',
  '用指令数据微调一个语言模型，只需要几百美元的租用算力，仅相当于原始训练成本的很小一部分。',
];
const ZH_WEATHER = '气象台预报，周末北方多地将有大风和降温，山区可能出现积雪，请市民外出时多穿衣服，开车减速慢行。';

const FINANCE_ARTICLE = [
  'The bank said on Monday that it would start offering custody of crypto tokens to corporate clients, joining a small group of lenders in the market.',
  'Clients will be able to deposit bitcoin and stablecoin holdings with the bank, which will hold the tokens in cold storage and report them as client assets.',
  'Analysts said the move shows how banks are trying to win back trading and deposit business that moved to crypto exchanges during the last boom.',
  'The bank expects the custody service to break even within two years, helped by fees on staking and lending products it plans to add later.',
  'Regulators have asked banks to keep crypto exposure small, and the bank said client tokens would be kept separate from its own balance sheet.',
];

const CASES: Case[] = [
  {
    name: 'zh: a timestamped crypto brief and a wire item without a stamp',
    hint: 'zh',
    paragraphs: [
      ZH_ARTICLE[0], ZH_ARTICLE[1],
      '某交易所上线新代币：据示例财经消息，某加密货币交易所宣布将上线一种新的质押代币，并为早期用户提供额外奖励，分析人士提醒投资者注意风险。[2023/4/11 15:20:09]',
      ZH_ARTICLE[2], ZH_ARTICLE[3],
      '据外媒报道，一家总部位于新加坡的加密货币借贷平台已暂停用户提款，该平台表示正在与债权人协商，目前负债规模和银行抵押情况尚未公布。',
      ZH_ARTICLE[4],
    ],
    expect: { 2: 'injected-brief', 5: 'injected-brief' },
  },
  {
    name: 'en: a timestamped exchange brief; the quote paragraph stays',
    hint: 'en',
    paragraphs: [
      EN_ARTICLE[0], EN_ARTICLE[1],
      'Exchange Novacoin lists new staking token: Crypto exchange Novacoin said on Friday it will list a staking token for spot trading, offering depositors a yield of up to 6%. [2023/4/20 11:05:12]',
      EN_ARTICLE[2], EN_ARTICLE[3], EN_ARTICLE[4],
    ],
    expect: { 2: 'injected-brief' },
  },
  {
    name: 'de: a stablecoin brief with a stamp; no language hint',
    hint: null,
    paragraphs: [
      DE_ARTICLE[0], DE_ARTICLE[1],
      'Kryptobörse meldet Rekord: Die Schweizer Kryptobörse Alpenchain hat nach eigenen Angaben im ersten Quartal ein Transaktionsvolumen von 4,1 Milliarden Franken abgewickelt, getrieben von Stablecoin-Zuflüssen. [2023/4/25 8:31:17]',
      DE_ARTICLE[2], DE_ARTICLE[3],
    ],
    expect: { 2: 'injected-brief' },
  },
  {
    name: 'ja: a crypto-fund brief with a stamp',
    hint: 'ja',
    paragraphs: [
      JA_ARTICLE[0], JA_ARTICLE[1],
      '暗号資産ファンドが新ファンドを設立：東京を拠点とする暗号資産ファンドは、ブロックチェーン関連企業に投資する新ファンドで約150億円を調達したと発表した。[2023/5/11 16:08:33]',
      JA_ARTICLE[2], JA_ARTICLE[3],
    ],
    expect: { 2: 'injected-brief' },
  },
  {
    name: 'en: a brief over three paragraphs; the middle one has no pattern but talks about the brief',
    hint: 'en',
    paragraphs: [
      EN_ARTICLE[0], EN_ARTICLE[1],
      'Lender Harbourfin liquidates large client: Crypto lending firm Harbourfin said on Friday it had liquidated the collateral of a large trading counterparty that missed a margin call.',
      '"We acted quickly to limit the losses," Harbourfin chief executive Tom Reyes wrote, adding that Reyes and his team would pursue every remaining claim against the counterparty in court.',
      'Reyes said client funds were not affected and that the firm had hedged its exposure on the exchange. (The Wire)[2022/6/18 4:36:07]',
      EN_ARTICLE[2], EN_ARTICLE[3], EN_ARTICLE[4],
    ],
    expect: { 2: 'injected-brief', 3: 'injected-brief', 4: 'injected-brief' },
  },
  {
    name: 'en: an unrelated paragraph in a long article is off-topic by topic alone',
    hint: 'en',
    paragraphs: [...EN_LONG.slice(0, 4), FOOTBALL, ...EN_LONG.slice(4)],
    expect: { 4: 'off-topic' },
  },
  {
    name: 'zh: an unrelated weather paragraph in a long article is off-topic',
    hint: 'zh',
    paragraphs: [...ZH_LONG.slice(0, 3), ZH_WEATHER, ...ZH_LONG.slice(3)],
    expect: { 3: 'off-topic' },
  },
  {
    name: 'en: the same unrelated paragraph is kept when it names an entity of the article',
    hint: 'en',
    paragraphs: [...EN_LONG.slice(0, 4), FOOTBALL_WITH_ENTITY, 'OpenAI is among the labs whose training runs are said to cost the most compute.', ...EN_LONG.slice(4)],
    expect: {},
  },
  {
    name: 'en: topic alone never drops the first paragraph',
    hint: 'en',
    paragraphs: [FOOTBALL, ...EN_LONG],
    expect: {},
  },
  {
    name: 'en: topic alone does not decide in a short article',
    hint: 'en',
    paragraphs: [EN_LONG[0], EN_LONG[1], FOOTBALL, EN_LONG[2]],
    expect: {},
  },
  {
    name: 'en: an article about crypto banking keeps its finance paragraphs',
    hint: 'en',
    paragraphs: FINANCE_ARTICLE,
    expect: {},
  },
  {
    name: 'zh, de, ja: clean articles lose nothing',
    hint: null,
    paragraphs: ZH_ARTICLE,
    expect: {},
  },
  { name: 'de clean', hint: 'de', paragraphs: DE_ARTICLE, expect: {} },
  { name: 'ja clean', hint: 'ja', paragraphs: JA_ARTICLE, expect: {} },
  { name: 'long zh clean', hint: 'zh', paragraphs: ZH_LONG, expect: {} },
  { name: 'long en clean', hint: 'en', paragraphs: EN_LONG, expect: {} },
];

for (const c of CASES) {
  test(`findInjectedParagraphs — ${c.name}`, () => {
    const got = Object.fromEntries(findInjectedParagraphs(c.paragraphs, c.hint).map((f) => [f.index, f.reason]));
    assert.deepEqual(got, c.expect);
  });
}

test('findInjectedParagraphs: an empty or one-paragraph article has nothing to compare', () => {
  assert.deepEqual(findInjectedParagraphs([], 'en'), []);
  assert.deepEqual(findInjectedParagraphs([FOOTBALL], 'en'), []);
});
