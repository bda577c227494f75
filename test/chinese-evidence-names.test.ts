// Chinese company, brand and place names that jieba tags like common words, found from what their sentence says of
// them (chinese-evidence-names.ts), taken again in the rest of the article, and chosen as the subject of the figure
// their clause states. Our own sentences: invented situations with real cities and firms none of the dev pages names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';
import { extractClaims } from '../src/text/claims/claims.ts';
import type { NumericClaim } from '../src/types.ts';

const aliases = loadAliasTable([]);
const names = (paragraphs: string[]) => findEntities(paragraphs, 'zh', aliases).map((m) => `${m.text}/${m.type}`);
const claims = (paragraphs: string[]) => extractClaims(paragraphs, 'zh', findEntities(paragraphs, 'zh', aliases))
  .filter((c): c is NumericClaim => c.kind === 'numeric').map((c) => [c.value, c.entity]);

test('a company head after a proper name makes an organisation; after a common noun, a kind of company', () => {
  assert.ok(names(['海尔公司去年在冰箱工厂雇用了1200名工人。']).includes('海尔公司/org'));
  assert.ok(!names(['保险公司去年雇用了1200名工人。']).some((n) => n.startsWith('保险公司')));
});

test('a list closed by 等 and a kind of company names companies, when one item is a name', () => {
  assert.deepEqual(names(['格力、海信与TCL等家电企业今年都扩建了工厂。']).filter((n) => n.endsWith('/org')), ['格力/org', '海信/org', 'TCL/org']);
  // Kinds of institutions listed are no names (`保险`, `证券` are plain nouns and no item is proper).
  assert.deepEqual(names(['保险、证券、信托等金融机构的利润增长了8%。']), []);
  // A comma also closes the clause before a list: a plain noun before it is no item.
  assert.ok(!names(['这里曾是重要的外交活动场所，英国、日本等国家曾在此设馆。']).includes('活动场所/place'));
});

test('a brand before its product model is an organisation, also where jieba tags it a person', () => {
  assert.ok(names(['比亚迪S7将在春季开售，售价约为20万元。']).includes('比亚迪/org'));
  // A common noun before a model is none (`手机` phone).
  assert.ok(!names(['这款手机P60的售价为5000元。']).some((n) => n.startsWith('手机')));
});

test('a two-character place joins a place it is coordinated with; a clause topic before its change of figure is a place', () => {
  assert.ok(names(['厦门与泉州的港口吞吐量合计达到1.5亿吨。']).includes('厦门/place'));
  assert.ok(names(['洛阳由12家工厂扩大到20家，产量随之翻倍。']).includes('洛阳/place'));
  // A common word jieba tags a place is none there without such a figure (`东西` things).
  assert.deepEqual(names(['东西的价格都很贵。']), []);
  // Two characters ending in 市 are the market, not a settlement (`上市` to come on sale).
  assert.ok(!names(['新款汽车将在春季上市。']).some((n) => n.startsWith('上市')));
});

test('a name found by its sentence is the same name where the article writes the same word again', () => {
  const article = ['格力、海信与TCL等家电企业今年都扩建了工厂。', '去年海信的冰箱销量达到300万台。'];
  assert.ok(names(article).includes('海信/org'));
  assert.deepEqual(claims(article), [[3000000, '海信']]);
  // Not inside a longer word jieba cuts (`海信息` is no mention of 海信 here: `航海信息`).
  assert.ok(!names([...article, '航海信息系统更新了12次。']).slice(4).some((n) => n.startsWith('海信')));
});

test('coordinated places before a figure: the figure is the first conjunct\'s, as a list is named by its first item', () => {
  assert.deepEqual(claims(['厦门与泉州的港口吞吐量合计达到1.5亿吨。']), [[150000000, '厦门']]);
  assert.deepEqual(claims(['洛阳由12家工厂扩大到20家。']).map(([, entity]) => entity), ['洛阳', '洛阳']);
});

test('an award named in quotation marks is a name of its own kind, and again where the article writes it unquoted', () => {
  const article = ['评委会今天解释了什么是“青年设计师奖”。', '青年设计师奖设立五年以来，规则从未改变。'];
  assert.deepEqual(names(article), ['青年设计师奖/other', '青年设计师奖/other']);
  assert.deepEqual(claims(article), [[5, '青年设计师奖']]);
  // Quoted words that name no award stay none (`“绿色”` green).
  assert.deepEqual(names(['这座城市被称为“绿色”之都。']).filter((n) => n.includes('绿色')), []);
});

test('a kind of area beside a place is no place (`山区` mountain areas)', () => {
  assert.deepEqual(names(['今晚贵州东部山区、四川等地将有小雨。']).filter((n) => n.includes('山区')), []);
});
