// Chinese names from jieba's part-of-speech tags (@node-rs/jieba, the maintained Rust port of the standard Chinese
// segmenter): nr/nrt/nrfg person, ns place, nt organisation. Traditional text is tagged through its simplified form
// (same length, so offsets carry over); jieba's dictionary is simplified. The tagger loads once per process, on first use.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { NameSpan } from './names.ts';
import type { EntityMention, EntityType } from '../../types.ts';
import { toSimplified } from '../language/chinese-script.ts';
import { evidenceNames, makesTheModelAfter, repeatedNames, type PlacedWord } from './chinese-evidence-names.ts';

export interface TaggedWord {
  word: string;
  tag: string;
  /** A name joined here (a native person, a dotted foreign name, an organisation with its head), whose shape is already checked. */
  native?: boolean;
  /** The original spelling given in brackets right after the name (`格伦达（Glenda）`), its canonical form. */
  gloss?: string;
}
interface Tagger { tag(sentence: string, hmm?: boolean): TaggedWord[]; cutAll(sentence: string): string[] }

/** The joining passes of joinedWords, a bit each (see PASS_CHARS). */
const JOINS_NATIVE_PERSONS = 1, JOINS_REGNAL_NAMES = 2, JOINS_DOTTED_NAMES = 4, JOINS_TRANSLITERATIONS = 8, JOINS_PLACE_HEADS = 16, JOINS_GLOSSED_NAMES = 32;
const ALL_JOINS = 63;

/** jieba's tags for names, and the entity type of each. `nz` (other proper nouns) is left out: it tags common compounds too. */
const TAG_TYPES: Readonly<Record<string, EntityType>> = { nr: 'person', nrt: 'person', nrfg: 'person', ns: 'place', nt: 'org' };
/** Shortest name taken from a tag (one-character "names" are mostly abbreviations or mis-segmentations: 美, 中). */
const MIN_NAME_CHARS = 2;
/** Job titles and common nouns jieba joins to a name (`德国总理`): a tagged word ending in one is no name. */
const TITLE_END = /(?:总理|总统|主席|部长|市长|省长|书记|总裁|经理|教授|先生|女士|记者|公司$)$/u;

/** Common Chinese surnames (simplified), without 于 (as often the preposition): a native name is one of these and one or two characters. */
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金贾韦夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万钱严赖覃洪武莫孔汤向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戴习']);
/** Characters that transliterate foreign names (simplified; after Xinhua's tables of foreign names in Chinese): a name mostly of these is a foreign person or place. */
const TRANSLITERATION = new Set([...'阿埃艾安奥巴贝比波布查达德迪蒂杜多厄法菲费弗福盖格哈汉赫亨霍基吉加贾杰卡凯坎科克肯库拉莱兰朗劳勒雷里利隆卢鲁伦罗洛玛麦曼梅蒙米莫穆纳娜尼努诺欧帕佩皮普齐乔琼萨塞桑瑟森莎沙什斯索塔泰坦汤特提托瓦威维沃乌西希谢休雅亚伊尤约扎泽詹兹尔丹恩奇默芬娅琳拜鲍彼宾伯黛丝蕾露妮翰戈茨姆林顿逊森丽莉廉迈内南历夫摩根杭韦门惠耶娃马柏']);
/**
 * Words after a two-character name that make it one: verbs of saying and titles written after a name (`王伟说`, `李娜表示`,
 * `张华先生`, `卡拉皇帝`, `汉斯将军`); without them two characters are as often a common word.
 */
const SPEAKER_AFTER = /^(?:说|表示|先生|女士|称|指出|认为|介绍|教授|博士|将军|皇帝|国王|女王|王子|公主|总统|总理|首相|主教)/u;
/** Share of transliteration characters above which a word reads as a transliterated name. */
const TRANSLITERATED_SHARE = 0.6;
/** Last characters of settlements and administrative units (state, province, city, county, town, village, island, capital). */
const SETTLEMENT_END = /[州省市县城镇村岛京]$/u;
/**
 * A character and 市 (market as well as city): jieba's dictionary tags `上市` (to go public, to come on sale), `入市` (to
 * enter the market) ns; a city's name of one character is written with 市 only beside a longer name (`X市` is a
 * settlement's suffix in three characters and more), so two characters ending in 市 are no settlement by that suffix.
 */
const MARKET_WORD = /^\p{Script=Han}市$/u;
/** Verbs and prepositions of place right before a name (simplified): in, at, to, go to, from, toward, arrive. */
const PLACE_BEFORE = /[在到去往赴从于至抵离]$/u;
/**
 * Verbs of location and motion whose object is a place (simplified): be located in, go to, arrive at, return to, come
 * to, fly / sail / drive to, move to, settle in, be born in. Not bare 到 or 于, which also follow verbs of meeting,
 * mentioning and belonging (`见到`, `提到`, `属于` a person).
 */
const LOCATION_VERB_BEFORE = /(?:位于|前往|抵达|到达|回到|来到|返回|飞往|驶往|开往|迁往|移居|定居|出生于|生于)$/u;
/** Place-like words that name no place (`城市` city, `共和国` republic, `山脉` mountain range). */
const GENERIC_PLACES = new Set(['城市', '城镇', '都市', '共和国', '国家', '全国', '各国', '两国', '本国', '外国', '山脉', '海洋', '平原', '高原', '盆地', '三角洲', '小镇', '乡村', '农村', '地区', '郊区', '市区', '本市', '全市', '全省', '该市', '该国']);

/** Two characters ending in 区 (area, district): a kind of area (`山区` mountain areas, `灾区`, `园区`); named districts are longer. */
const AREA_KIND_WORD = /^\p{Script=Han}区$/u;
const genericPlaceWord = (word: string) => GENERIC_PLACES.has(word) || GENERIC_PLACE_SHAPE.test(word) || AREA_KIND_WORD.test(word) || MARKET_WORD.test(word);

/** Places named only by a direction (`西北地区` the north-west, `南部`) or by size (`大城市` big cities): no one place. */
const GENERIC_PLACE_SHAPE = /^(?:[东南西北中内外]+(?:部|方|边|地区)|[大小](?:城市|城镇|都市|国))$/u;

/**
 * What follows a place's name to make a word for its people or its language (`美国人` Americans, `丹麦语` Danish, `法语`):
 * a nationality word, not a mention of the place (as `American`, `Danish` are none in English); so is `国籍`/`籍`
 * (`法国国籍` French nationality, `美籍` of American nationality). `人口` (population) and
 * `人民` (the people of a state, which often names an organisation: `中国人民银行`) are left as they are.
 */
const PEOPLE_OR_LANGUAGE_AFTER = /^(?:人(?![口民])|[语語]|[国國]?籍)/u;
/** An award's or a contest's name jieba tags a person's (`艾美奖` the Emmy): the person's name and 奖 or 赛. */
const AWARD_OR_CONTEST = /[奖赛]$/u;
/**
 * What follows a person's name to make the name of a thing after them (`奥斯卡` + `获奖`, `高尔夫` + `锦标赛`, `西里尔` + `字母`
 * the Cyrillic alphabet): an award, a contest, an alphabet. The person is not mentioned there.
 */
const NAMED_THING_AFTER = /^(?:获?奖|锦标赛|联赛|大赛|字母)/u;
/** A word made of a name and the suffix for its people or language (`阿拉伯人`, `玛雅人`, `丹麦语`): three characters or more. */
const PEOPLE_OR_LANGUAGE_WORD = /^\p{Script=Han}{2,}(?:人|[语語])$/u;
/** Whether the name at start..end names a people or a language by the suffix after it (see PEOPLE_OR_LANGUAGE_AFTER). */
export const namesPeopleOrLanguage = (text: string, end: number) => PEOPLE_OR_LANGUAGE_AFTER.test(text.slice(end, end + 2));

/**
 * Geographical nouns that make the place name before them the name of a larger or another place (`印度板块` the Indian
 * plate, `维多利亚广场`, `意大利半岛`, `高加索山脉`, `苏台德地区`): Chinese writes such names as the place and the noun.
 * Simplified; the text is matched through its simplified form.
 */
const GEOGRAPHIC_HEAD = /^(?:广场|运河|半岛|板块|山脉|地区|群岛|海峡|海湾|平原|盆地|高原|沙漠|海岸|三角洲|湖区)/u;
/** Most characters of a geographical noun in GEOGRAPHIC_HEAD and TRANSLITERATED_PLACE_HEAD (`三角洲`). */
const PLACE_HEAD_MAX_CHARS = 3;
/** The end of a place name at `end` with a geographical noun of `heads` after it, or `end` when none follows. */
export function placeNameEnd(text: string, end: number, heads: RegExp = GEOGRAPHIC_HEAD): number {
  const head = heads.exec(toSimplified(text.slice(end, end + PLACE_HEAD_MAX_CHARS)));
  return head ? end + head[0].length : end;
}

const transliterationShare = (word: string) => [...word].filter((ch) => TRANSLITERATION.has(ch)).length / [...word].length;
export const transliterated = (word: string) => transliterationShare(word) >= TRANSLITERATED_SHARE;

/**
 * Last characters that head compound nouns of things, plants, venues, fields, contests, prizes and styles (`-花` flower,
 * `-物` thing, `-石` stone, `-门` door, `-塔` tower, `-风` wind, `-场` ground, `-界` world of, `-赛` contest, `-奖` prize,
 * `-式` style). Simplified.
 */
const THING_NOUN_HEAD = /[花草树石物器机车门塔风灯球场馆界赛奖式]$/u;
/**
 * jieba's dictionary tags many compounds of a word and such a head nr (`杜鹃花` azalea, `吉祥物` mascot, `麦克风`
 * microphone): a word whose part before the head is a dictionary word of its own is that compound, not a name. A native
 * name's surname and first given character are seldom a word (`王桂` in `王桂花`).
 */
function compoundOfThing(word: string): boolean {
  const chars = [...word];
  return chars.length >= 3 && THING_NOUN_HEAD.test(word) && jieba().tag(chars.slice(0, -1).join(''), false).length === 1;
}

/** Whether a tagged word is a name of that type, by its shape: jieba's dictionary tags many common words nr or ns. */
function looksLike(word: string, type: EntityType, before: string, after: string): boolean {
  const length = [...word].length;
  if (type === 'person' && compoundOfThing(word)) return false;
  if (type === 'person') return (SURNAMES.has(word[0]) && (length === 3 || (length === 2 && SPEAKER_AFTER.test(after)))) || ((length >= 3 || SPEAKER_AFTER.test(after)) && transliterated(word));
  // jieba's dictionary tags many two-character common words ns (`长大`, `大海`, `东西`): two characters name a place only
  // with a settlement's suffix (`广州`, `青岛`) or after a verb or preposition of place (`在`, `到`, `去`). Its longer ns
  // words are place names whatever their last character (`横须贺`, `圭亚那`, `中山南路`): on entities-dev, taking them all
  // rather than those ending in a place's kind (省, 市, 河, …) or written in transliteration found 9 more places for 4 more wrong.
  if (type === 'place') return !GENERIC_PLACES.has(word) && !GENERIC_PLACE_SHAPE.test(word) && (length > 2 || (SETTLEMENT_END.test(word) && !MARKET_WORD.test(word)) || PLACE_BEFORE.test(before));
  return true;
}

/** Tags of the words that make an organisation's name proper: a place, a person, another organisation, a proper noun, an abbreviation. */
const PROPER_PART_TAGS: ReadonlySet<string> = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz', 'j']);
/**
 * jieba's dictionary tags many compounds of common nouns nt (`民用航空` civil aviation, `武术学校` martial-arts school,
 * `联邦政府` federal government, `社会科学` social sciences): a word tagged nt none of whose shorter dictionary words is a name
 * (`中国` in `中国银行`) or a transliteration describes a kind of body, not one organisation.
 */
/** A field of study, which jieba tags nt (`天文学` astronomy, `社会学`): `-学`, but not a school (`大学`, `中学`, `小学`). */
const FIELD_OF_STUDY = /[^大中小]学$/u;
/**
 * Shortest such compound taken for a kind of body: three characters are mostly abbreviated names of one body, parties,
 * agencies and forces (`民主党`, `美联社` AP, `党卫军` SS), however common their parts.
 */
const GENERIC_ORGANISATION_MIN_CHARS = 4;
function genericOrganisation(word: string): boolean {
  if ([...word].length < GENERIC_ORGANISATION_MIN_CHARS || transliterated(word)) return false;
  return !jieba().cutAll(word).some((part) => part.length < word.length && part.length >= MIN_NAME_CHARS && PROPER_PART_TAGS.has(jieba().tag(part, false)[0]?.tag ?? ''));
}

let tagger: Tagger | null = null;
function jieba(): Tagger {
  if (!tagger) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Tagger } };
    // The dictionary file itself, read for the tagger and then dropped: the package's dict.js also reads its 6 MB
    // keyword table (idf.txt, unused here) and keeps both buffers in the require cache for the life of each worker.
    tagger = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  }
  return tagger;
}

/**
 * Characters of text jieba tags in one call. jieba cuts a text into blocks at every whitespace character (each one a
 * word of its own) and tags each block alone, so windows that end before a space or a line break give the same words.
 * One call on a 1 MB paragraph built a million result objects at once: 0.4–1.9 s of the kernel's CPU on top of 0.8 s,
 * varying from run to run; 64 KB windows took 0.6 s and 0.1 (bench:hostile's mixed-scripts, the entities stage).
 */
const TAG_WINDOW_CHARS = 65_536;

/** jieba's tags of a text, tagged in windows of about TAG_WINDOW_CHARS that end before a space or a line break. */
export function tagInWindows(text: string, hmm: boolean): TaggedWord[] {
  if (text.length <= TAG_WINDOW_CHARS) return jieba().tag(text, hmm);
  const out: TaggedWord[] = [];
  // A window whose text an earlier window of this text had is not tagged again (jieba's tags are a function of the
  // window's text): a page of one short run repeated (bench:hostile's mixed-scripts, `aд中ك ` for 1 MB) has windows
  // that all read the same. Its words are shared between the windows' places in the list, read only by the callers.
  const tagged = new Map<string, TaggedWord[]>();
  for (let from = 0; from < text.length;) {
    const to = windowEnd(text, from);
    const window = text.slice(from, to);
    let words = tagged.get(window);
    if (!words) tagged.set(window, (words = jieba().tag(window, hmm)));
    for (const word of words) out.push(word);
    from = to;
  }
  return out;
}

/** Where a window from `from` ends: before the last space or line feed (not a CRLF's) in reach, else the next one, else the end. */
function windowEnd(text: string, from: number): number {
  if (text.length - from <= TAG_WINDOW_CHARS) return text.length;
  const isCut = (i: number) => (text[i] === ' ' || (text[i] === '\n' && text[i - 1] !== '\r')) && i > from;
  for (let i = from + TAG_WINDOW_CHARS; i > from; i--) if (isCut(i)) return i;
  for (let i = from + TAG_WINDOW_CHARS + 1; i < text.length; i++) if (isCut(i)) return i;
  return text.length;
}

/** The words of a Chinese text as jieba cuts them (dictionary only, no HMM guesses), written as in the text. */
export function chineseWords(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const { word } of tagInWindows(toSimplified(text), false)) {
    out.push(text.slice(at, at + word.length));
    at += word.length;
  }
  return out;
}

/**
 * Nouns that make the place or organisation name before them the name of an organisation (`北卡罗来纳` + `大学`,
 * `法国` + `陆军`, `美国` + `协会`): the heads of Chinese organisation names (universities, armed forces, teams,
 * ministries, bureaus, associations, parties, banks, courts, governments). Simplified, as jieba tags it.
 */
const ORG_HEAD_WORDS: ReadonlySet<string> = new Set(['大学', '学院', '陆军', '海军', '空军', '军队', '队', '国家队', '部', '政府', '银行', '协会', '委员会', '议会', '国会', '法院', '党', '公司', '集团', '电视台', '电台', '博物馆', '医院', '研究所', '研究院']);
const NAME_TYPES_JOINING_ORG_HEADS: ReadonlySet<EntityType> = new Set(['place', 'org']);

/** Company heads: after a brand-like word (`百胜` `餐饮` `集团`), not after a country (`美国` `科技` `公司` describes). */
const COMPANY_HEAD = /^(?:公司|有限公司|集团|银行|唱片公司|投资公司|航空公司|传媒)$/u;
/**
 * Heads of institutions, which a place's name starts (`安徽省` `高等法院`, `河北省` `化学` `石油` `工业厅`, `东京` … `乐团`): association,
 * committee, council, league, bureau, office, agency, court and academy (院), government department (厅), station or
 * institute (所: `看守所` detention house, `研究所`), orchestra and troupe (乐团), the military (军方), federation (总会),
 * liaison office (办事处).
 */
const INSTITUTION_HEAD = /(?:协会|委员会|理事会|联盟|联合会|总会|乐团|军方|办事处|学校|中学|小学|局|署|院|厅|所)$/u;
/** jieba's tags of such heads: nouns, abbreviations and set phrases (`高等法院`/l). */
const INSTITUTION_HEAD_TAG = /^[njl]/u;
/** jieba's tags of the brand-like words that start a company's name: other proper nouns, unknown words, names, abbreviations. */
const COMPANY_ANCHOR_TAGS: ReadonlySet<string> = new Set(['nz', 'x', 'nr', 'nrt', 'nrfg', 'nt', 'j']);
const INSTITUTION_ANCHOR_TAGS: ReadonlySet<string> = new Set(['ns', 'nt', 'nz', 'nrt', 'x', 'j']);
/** Common nouns between the first word of an organisation's name and its head (`消费` `科技` in `美国消费科技协会`). */
const ORG_MIDDLE_WORDS = 2;
/** Tags of those words: nouns, and words jieba does not know (`佼成管` in `东京佼成管乐团`). */
const isNounTag = (tag: string) => tag === 'n' || tag === 'vn' || tag === 'nz' || tag === 'j' || tag === 'x';

/**
 * A place or organisation word and an organisation head or name right after it are one organisation (`英国` `国防部`);
 * so are a brand-like word, at most two common nouns and a company head (`百胜` `餐饮` `集团`), and a place or brand,
 * nouns and an institution's head (`美国` `消费` `科技` `协会`).
 */
function joinOrganisations(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const w of words) {
    const previous = out.at(-1);
    const previousType = previous && TAG_TYPES[previous.tag];
    if (previous && previousType && NAME_TYPES_JOINING_ORG_HEADS.has(previousType) && (w.tag === 'nt' || ORG_HEAD_WORDS.has(w.word))) {
      out[out.length - 1] = { word: previous.word + w.word, tag: 'nt' };
      continue;
    }
    const anchors = COMPANY_HEAD.test(w.word) ? COMPANY_ANCHOR_TAGS : INSTITUTION_HEAD.test(w.word) && INSTITUTION_HEAD_TAG.test(w.tag) ? INSTITUTION_ANCHOR_TAGS : null;
    let start = -1;
    for (let i = out.length - 1; anchors && i >= 0 && i >= out.length - 1 - ORG_MIDDLE_WORDS; i--) {
      if (!isHanWord(out[i].word)) break;
      if (anchors.has(out[i].tag)) start = i;
      if (!isNounTag(out[i].tag)) break;
    }
    if (start >= 0) out.splice(start, out.length - start, { word: out.slice(start).map((x) => x.word).join('') + w.word, tag: 'nt', native: true });
    else out.push(w);
  }
  return out;
}

/**
 * Nouns that make the name before them the name of a place (simplified): roads and streets, stations and lines, bridges,
 * airports, parks and squares, buildings and halls, stadiums, palaces and temples, tombs, falls, rural townships and
 * villages (`桂林` `路`, `温布利` `球场`, `湖广` `会馆`, `沙坪` `乡`, `孔恩` `瀑布`): Chinese writes a named place as its proper
 * name and its kind, and jieba cuts the two apart when its dictionary lacks the whole.
 */
const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set(['路', '街', '大街', '大道', '道', '巷', '站', '车站', '线', '桥', '大桥', '机场', '码头', '公园', '广场', '大楼', '大厦',
  '体育馆', '体育场', '球场', '会馆', '宫', '寺', '庙', '教堂', '陵', '陵寝', '行馆', '故居', '纪念馆', '瀑布', '乡', '镇', '村', '山', '湾', '港', '军港', '基地']);
/** Heads a verb shares (`道` said, `站` stand, `线` line as a measure): they follow only a place's name there, never a person's. */
const VERB_LIKE_PLACE_HEADS: ReadonlySet<string> = new Set(['道', '站', '线', '山']);
/** jieba's tags of proper names a place head makes a place of: places, persons, other proper nouns, unknown words, abbreviations. */
const PLACE_ANCHOR_TAGS: ReadonlySet<string> = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'x', 'j']);

/**
 * Determiners (this, that, the said, each, every, some, its, one): a word jieba does not know that starts with one is a
 * determiner and a counter (`这座` this, `每座`), no name.
 */
const DETERMINER_START = /^[这那該该此本每各某其一]/u;

/** A proper name and a place head right after it are one place (see PLACE_HEAD_WORDS), tagged `ns`. */
function joinPlaceHeads(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const w of words) {
    const previous = out.at(-1);
    const joins = previous && PLACE_HEAD_WORDS.has(w.word) && PLACE_ANCHOR_TAGS.has(previous.tag) && isHanWord(previous.word) && !DETERMINER_START.test(previous.word)
      && (previous.tag === 'ns' || (!VERB_LIKE_PLACE_HEADS.has(w.word) && w.tag.startsWith('n')));
    if (joins) out[out.length - 1] = { word: previous.word + w.word, tag: 'ns', native: true };
    else out.push(w);
  }
  return out;
}

/**
 * Titles that follow a surname to name a person (`陈校长` Principal Chen, `王老师`, `李医生`, `张总`): Chinese refers to
 * people by surname and title as often as by full name.
 */
const TITLES_AFTER_SURNAME: ReadonlySet<string> = new Set(['校长', '老师', '教授', '医生', '大夫', '经理', '主任', '书记', '市长', '县长', '省长', '局长', '院长', '所长', '部长', '厂长', '村长', '队长', '总', '董', '先生', '女士', '师傅', '警官', '律师', '记者']);
/**
 * Function words, counters and number words that end no given name: a new word of a surname and one of these is a
 * phrase (`曾以`, once with; `曾任`, once served as; `萬人`, ten thousand people; `高管`, senior manager; `戴着`, wearing: aspect particles end verbs).
 */
const NOT_GIVEN_NAME = /[以了着著过過的是在和与與为為被把将將从從对對至也都就还還又而及或等人个個年元名位万萬亿億千百十管员員者家任]/u;
/** Characters of a native name (surname and one or two given-name characters). */
const NATIVE_NAME_CHARS = { min: 2, max: 3 };

/** Length of a foreign name written in transliteration characters that jieba's HMM finds as a new word (`沃克`, `拉费蒂`). */
const TRANSLITERATED_NEW_WORD_CHARS = { min: 2, max: 4 };
/**
 * jieba's tags of the words after which a name is whole: verbs, adverbs, conjunctions, prepositions, particles and
 * punctuation (`x`). Before a noun or a pronoun the new word may be cut from a longer name or word (`皮雅` `芙`, `西雅` `那`).
 */
const ENDS_NAME_BEFORE = /^[vdcpux]/u;
/**
 * Person names jieba's dictionary does not know: a word its HMM found (`x`) that starts with a common surname and has a
 * native name's length (`汪勇`, `刘明`), and a surname followed by a title (`陈` `校长`), both tagged as persons; so is
 * such a word of transliteration characters only, before a verb, an adverb, a particle or a mark (`莫娜` `就`).
 */
function joinNativePersons(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const previous = out.length ? out[out.length - 1] : undefined;
    // Counted only for the unknown words of Han characters the length tests below are asked of (a spread per word was a
    // tenth of the stage on a 1 MB page of mixed scripts, whose other words jieba also tags `x`).
    const unknownHan = w.tag === 'x' && isHanWord(w.word);
    const length = unknownHan ? [...w.word].length : 0;
    if (previous && TITLES_AFTER_SURNAME.has(w.word) && SURNAMES.has(previous.word) && [...previous.word].length === 1) {
      out[out.length - 1] = { word: previous.word + w.word, tag: 'nr', native: true };
    } else if (unknownHan && SURNAMES.has(w.word[0]) && length >= NATIVE_NAME_CHARS.min && length <= NATIVE_NAME_CHARS.max
      && !NOT_GIVEN_NAME.test(w.word.slice(1)) && !(previous && /[\d〇一二三四五六七八九十百千]$/u.test(previous.word))) {
      out.push({ word: w.word, tag: 'nr', native: true });
    } else if (unknownHan && length >= TRANSLITERATED_NEW_WORD_CHARS.min && length <= TRANSLITERATED_NEW_WORD_CHARS.max
      && [...w.word].every((ch) => TRANSLITERATION.has(ch)) && ENDS_NAME_BEFORE.test(words[k + 1]?.tag ?? 'x')) {
      out.push({ word: w.word, tag: 'nrt', native: true });
    } else out.push(w);
  }
  return out;
}

/** A regnal number (`一世` the First, `十四世`): Chinese writes it right after a monarch's or pope's name. */
const REGNAL_NUMBER = /[一二三四五六七八九十]{1,3}世$/u;
/**
 * A person's name and the regnal number after it are one name (`亨利` `一世`, `保罗` `六世`, `莫伊` `米尔一世`, `路易十四` `世`): the number
 * alone, or the rest of a transliterated name ending in it, after a word jieba tags a person or writes in transliteration.
 */
function joinRegnalNames(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (const w of words) {
    const previous = out.at(-1);
    // jieba may keep the number with the name and cut off 世 (`路易十四` `世`). Only a word ending in 世 can be either.
    const regnal = !w.word.endsWith('世') ? null
      : w.word === '世' && previous && /[一二三四五六七八九十]$/u.test(previous.word) ? REGNAL_NUMBER.exec(previous.word + w.word) : REGNAL_NUMBER.exec(w.word);
    const stem = regnal && w.word !== '世' ? w.word.slice(0, regnal.index) : '';
    const joins = regnal && previous && isHanWord(previous.word) && (TAG_TYPES[previous.tag] === 'person' || transliterated(previous.word))
      && (!stem || (isHanWord(stem) && transliterated(stem)));
    if (joins) out[out.length - 1] = { word: previous.word + w.word, tag: 'nr', native: true };
    // A name jieba's dictionary knows with its number (`查理二世`) has a monarch's shape.
    else if (regnal && stem && TAG_TYPES[w.tag] === 'person') out.push({ ...w, native: true });
    else out.push(w);
  }
  return out;
}

/** Marks between the parts of a transliterated name (`唐纳德·特朗普`). */
const NAME_SEPARATOR = /^[·・•‧]$/u;

/**
 * A foreign name is transliterated character by character, and jieba cuts it into pieces (`唐纳德`, `·`, `特朗普`;
 * `伊万诺`, `维奇`): a person piece and the transliteration pieces right after it, with their separators, are one name.
 */
function joinTransliterations(text: string, words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let k = 0; k < words.length; k++) {
    const { word, tag } = words[k];
    if (TAG_TYPES[tag] !== 'person' || !transliterated(word)) { out.push(words[k]); continue; }
    let joined = word;
    let j = k + 1;
    while (j < words.length) {
      const next = words[j].word;
      // A hyphen joins the parts of a double-barrelled name as in the original (`约里奥-居里`, Joliot-Curie).
      if ((NAME_SEPARATOR.test(next) || NAME_HYPHEN.test(next)) && j + 1 < words.length && isHanWord(words[j + 1].word) && transliterated(words[j + 1].word)) { joined += next + words[j + 1].word; j += 2; }
      else if (/^\p{Script=Han}+$/u.test(next) && transliterated(next) && (TAG_TYPES[words[j].tag] === 'person' || words[j].tag === 'x' || [...next].length === 1)) { joined += next; j++; }
      else break;
    }
    out.push(joined === word ? words[k] : { word: joined, tag });
    k = j - 1;
  }
  return out;
}

/** Tags of the short words a transliterated name may be cut into next to a name piece (`埃`/ns `尔多`/nrt; `克`/m `斯蒂文`/nr). */
const TRANSLITERATION_PIECE_TAGS: ReadonlySet<string> = new Set(['x', 'nr', 'nrt', 'nrfg', 'ns', 'nz', 'j', 'n', 'm', 'zg']);
/** Most characters of one such word: longer words are words of the language. */
const TRANSLITERATION_PIECE_MAX_CHARS = 3;
const isTransliterationPiece = (w: TaggedWord) => TRANSLITERATION_PIECE_TAGS.has(w.tag) && isHanWord(w.word) && [...w.word].length <= TRANSLITERATION_PIECE_MAX_CHARS
  && [...w.word].every((ch) => TRANSLITERATION.has(ch));

/**
 * jieba cuts a foreign name it does not know at its own word boundaries and tags the pieces apart (`戈` `梅里`, `克` `斯蒂文`,
 * `巴` `达尔普尔`): the short words of transliteration characters on either side of a transliterated person's or place's
 * name belong to it. Words of other characters (`的`, `在`, `德国`) end it.
 */
function extendTransliterations(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const type = TAG_TYPES[w.tag];
    // A one-character word is a piece, never the name the pieces join (`巴`/ns before `达尔曼`/nrt makes a person).
    if ((type !== 'person' && type !== 'place') || [...w.word].length < 2 || !isHanWord(w.word.replace(/[·・•‧]/gu, '')) || !transliterated(w.word.replace(/[·・•‧]/gu, ''))) { out.push(w); continue; }
    let joined = w.word;
    while (out.length && isTransliterationPiece(out.at(-1)!)) joined = out.pop()!.word + joined;
    while (k + 1 < words.length && isTransliterationPiece(words[k + 1])) joined += words[++k].word;
    out.push(joined === w.word ? w : { word: joined, tag: w.tag });
  }
  return out;
}

/** Han characters, or Han parts joined by name separators and hyphens (`唐纳德·特朗普`, `约里奥-居里`). */
const DOTTED_HAN_NAME = /^\p{Script=Han}+(?:[·・•‧‐-]\p{Script=Han}+)*$/u;
/** A hyphen inside a dotted foreign name joins a double surname (`约里奥-居里`, Joliot-Curie), as in the original. */
const NAME_HYPHEN = /^[‐-]$/u;
/** Tags of the words a transliterated name is cut into: unknown (`x`), names, abbreviations, and short nouns (`亚历`). */
const NAME_PIECE_TAGS: ReadonlySet<string> = new Set(['x', 'nr', 'nrt', 'nrfg', 'ns', 'nz', 'j']);
/** Most characters of one part of a transliterated name between separators (`亚历杭德罗`, `索尔海姆`). */
const NAME_PIECE_MAX_CHARS = 5;
const isHanWord = (word: string) => /^\p{Script=Han}+$/u.test(word);

/** Tags of function words, which no transliterated name is cut into: prepositions, conjunctions, particles, adverbs, pronouns. */
const FUNCTION_WORD_TAG = /^(?:p|c|u|d|r|y|e|o)/u;
/**
 * Whether a word continues a name's part of one character (`拉` `布罗卡`, `乔` `瑟夫`): no function word, and no verb
 * unless all its characters are of the transliteration set; not a verb that follows the name (`说`, `表示`, `认为`), a
 * preposition (`在`) or a conjunction (`和`).
 */
function continuesShortPart(w: TaggedWord): boolean {
  return !FUNCTION_WORD_TAG.test(w.tag) && (!w.tag.startsWith('v') || [...w.word].every((ch) => TRANSLITERATION.has(ch)));
}

/**
 * Chinese writes a separator dot only between the parts of a foreign person's name (`唐纳德·特朗普`, `亚历杭德罗·冈萨雷斯`):
 * the words around each dot, up to a function word or a part's usual length, are one person's name, however jieba cut
 * and tagged the pieces (`杰西卡` `·` `拉`/v `布罗卡`; `乔`/zg `瑟夫`: one transliteration character is a piece too).
 */
function joinDottedNames(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let k = 0; k < words.length; k++) {
    const dotted = words[k].word.length === 1 && NAME_SEPARATOR.test(words[k].word) && out.length > 0 && k + 1 < words.length && isHanWord(out.at(-1)!.word) && isHanWord(words[k + 1].word);
    if (!dotted) { out.push(words[k]); continue; }
    // The part before the dot: the words before it that may be pieces of a name (one already joined counts whole).
    let left = '';
    while (out.length) {
      const w = out.at(-1)!;
      const piece = isHanWord(w.word) && (NAME_PIECE_TAGS.has(w.tag) || w.native || !left || (w.tag === 'n' && [...w.word].length <= 2 && transliterationShare(w.word) >= 0.5)
        || ([...w.word].length === 1 && TRANSLITERATION.has(w.word)));
      if (!piece || (left && [...left + w.word].length > NAME_PIECE_MAX_CHARS && !w.native)) break;
      left = w.word + left;
      out.pop();
      if (w.native) break;
    }
    // The parts after it, each up to the next dot: the first word always, then name pieces while the part is short.
    let joined = left;
    let j = k;
    let runOn: TaggedWord | null = null;
    while (j + 1 < words.length && (NAME_SEPARATOR.test(words[j].word) || NAME_HYPHEN.test(words[j].word)) && isHanWord(words[j + 1].word)) {
      const separator = words[j].word;
      let part = words[j + 1].word;
      j += 2;
      runOn = runOnAfterPart(words[j - 1]);
      if (runOn) { joined += separator + part.slice(0, part.length - runOn.word.length); break; }
      while (j < words.length && isHanWord(words[j].word) && ((NAME_PIECE_TAGS.has(words[j].tag) && words[j].tag !== 'ns') || ([...part].length < 2 && continuesShortPart(words[j])))
        && [...part + words[j].word].length <= NAME_PIECE_MAX_CHARS) part += words[j++].word;
      joined += separator + part;
    }
    out.push({ word: joined, tag: 'nr', native: true });
    if (runOn) out.push(runOn);
    k = j - 1;
  }
  return out;
}

/**
 * Words that follow a person's name and that jieba may cut into one unknown word with a name's last character (`梅说`,
 * `梅在`): verbs of saying, being and having, prepositions, conjunctions and the particles after a subject. Simplified
 * (the words are).
 */
const AFTER_NAME_WORDS: ReadonlySet<string> = new Set(['说', '称', '表示', '指出', '认为', '是', '有', '在', '和', '与', '跟', '及', '的', '也', '都', '则', '就', '曾', '将', '被', '对', '向', '从', '于', '等']);

/**
 * The word after a name's part that jieba cut into one unknown word with it (`梅说`, `拉在`), split off as a word of its
 * own; null when the word is all the part's. Only a word that follows names (AFTER_NAME_WORDS), after a character of the
 * transliteration set: other characters may be the name's own (`杰登`, `布吕因`).
 */
function runOnAfterPart(w: TaggedWord): TaggedWord | null {
  // An unknown word, or one the surname rule made a native name (`梅说`: 梅 is a surname too).
  if ((w.tag !== 'x' && !w.native) || w.word.length < 2) return null;
  for (const size of [2, 1]) {
    const runOn = w.word.slice(-size);
    if (w.word.length > size && AFTER_NAME_WORDS.has(runOn) && TRANSLITERATION.has(w.word.charAt(w.word.length - size - 1))) return { word: runOn, tag: 'x' };
  }
  return null;
}

/**
 * Nouns of people by role or office (simplified): a place's name right before one modifies it as a nationality
 * adjective does in English (`法国代表` the French representative, `土耳其总理`, `荷兰学生`), and names no place; so
 * with an ordinal between (`法国第五任总统`, the fifth French president), and before a scholar of a field (`美国应用数学家`).
 */
const ROLE_NOUN_AFTER = /^(?:第[\d〇一二三四五六七八九十百]+[任届位])?(?:总统|总理|首相|总督|国王|女王|王子|公主|皇帝|天皇|代表|大使|外长|官员|专家|学者|学生|球员|选手|运动员|士兵|民兵|民众|公民|国民|华人|大众|游客|移民|居民|工人|记者|作家|歌手|演员|导演|科学家|艺术家|商人|农民|妇女|儿童|青年|军官|警察|议员|(?:(?!的)\p{Script=Han}){0,4}学家)/u;
/** Characters read after a place for a role noun: an ordinal of up to four characters (`第四十五任`) and a two-character noun. */
const ROLE_NOUN_LOOKAHEAD = 8;
/** Whether the place name ending at `end` modifies a role noun after it (see ROLE_NOUN_AFTER). */
export const placeBeforeRole = (text: string, end: number) => ROLE_NOUN_AFTER.test(toSimplified(text.slice(end, end + ROLE_NOUN_LOOKAHEAD)));

/** Title marks (书名号) around the names of books, films, newspapers and laws. */
const TITLE_OPEN = '《';
const TITLE_CLOSE = '》';
/** Whether start..end lies between an opening title mark and its closing one, within the paragraph. */
export function insideTitleMarks(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf(TITLE_OPEN, start);
  return open >= 0 && text.lastIndexOf(TITLE_CLOSE, start) < open && text.indexOf(TITLE_CLOSE, end) >= end;
}
/**
 * Geographical nouns and single-character heads after a transliterated name that make it a place (`敖德萨` + `州`,
 * `哈德逊` + `河`, `高加索` + `山脉`, `弗林德斯` + `湾`): Chinese writes a foreign place's name as its sound and its kind.
 */
/** The one-character kinds of places among them (state, province, county, district, city, river, lake, bay, peak, island, port). */
const PLACE_KIND_CHARS = '[州省县郡区城河江湖湾峡峰岛港]';
const TRANSLITERATED_PLACE_HEAD = new RegExp(`^(?:山脉|地区|群岛|半岛|海峡|海湾|平原|盆地|高原|沙漠|公国|${PLACE_KIND_CHARS})`, 'u');
/** Those kinds as a name's last character. */
const PLACE_KIND_LAST = new RegExp(`${PLACE_KIND_CHARS}$`, 'u');

/** Lowercase particles inside a Latin name (`Günter de Bruyn`, `Ludwig van Beethoven`): part of it between capitalised words. */
const LATIN_NAME_PARTICLES = ['de', 'da', 'di', 'do', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'le', 'la', 'bin', 'ibn', 'y'];
/**
 * A bracketed Latin name right after a word (`（Glenda）`, `（Larry Vance）`, `（Günter de Bruyn）`): capitalised words and
 * the particles between them, and nothing else in the brackets.
 */
const LATIN_GLOSS = new RegExp(`^[(（]\\s*(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ ·](?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|${LATIN_NAME_PARTICLES.join('|')}|al-\\p{Lu}[\\p{L}\\p{M}'’-]*))*)\\s*[)）]`, 'u');
const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt']);
/** Most characters of a name written before its gloss (`拉里万斯`, `亚历山德罗`). */
const GLOSSED_NAME_MAX_CHARS = 6;

/**
 * Chinese gives a foreign name's original spelling in brackets right after its transliteration (`格伦达（Glenda）`,
 * `拉里万斯（Larry Vance）`): the word before such a gloss is a name when jieba tags it one, knows it not (`x`) or it is
 * written in transliteration characters, with the name pieces before it (`拉里`/nrt `万斯`/nz, `巴罗`/nrt `佐`/vg); the
 * gloss is its canonical spelling. A common word before brackets (`大厦（…）`) stays one.
 */
function joinGlossedNames(text: string, words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  let at = 0;
  for (const w of words) {
    // A gloss opens with a bracket: the pattern is tried only there, not on a slice after every word.
    const after = at + w.word.length;
    const gloss = text[after] === '(' || text[after] === '（' ? LATIN_GLOSS.exec(text.slice(after, after + GLOSS_MAX_CHARS)) : null;
    at = after;
    if (!gloss || !isHanWord(w.word) || TAG_TYPES[w.tag] === 'org') { out.push(w); continue; }
    let word = w.word;
    let tag = TAG_TYPES[w.tag] ? w.tag : '';
    while (out.length && isHanWord(out.at(-1)!.word) && [...out.at(-1)!.word + word].length <= GLOSSED_NAME_MAX_CHARS
      && (NAME_TAGS.has(out.at(-1)!.tag) || isTransliterationPiece(out.at(-1)!))) {
      const piece = out.pop()!;
      word = piece.word + word;
      tag ||= TAG_TYPES[piece.tag] ? piece.tag : '';
    }
    const name = word !== w.word || TAG_TYPES[w.tag] || w.tag === 'x' || transliterated(word);
    out.push(name ? { word, tag: tag || 'nr', native: true, gloss: gloss[1] } : w);
  }
  return out;
}

/**
 * The characters without which each joining pass below leaves every word as it is (the words it joins or retags hold
 * one of them): a pass is run only on a text that holds one (passTriggers). Each pass built a new array of every word,
 * a million on 1 MB of mixed scripts (bench:hostile, the entities stage), where none of them applies.
 */
const PASS_CHARS: ReadonlyArray<[pass: number, chars: Iterable<string>]> = [
  // A surname (and a title after it, or given names), or a transliterated new word.
  [JOINS_NATIVE_PERSONS, [...SURNAMES, ...TRANSLITERATION]],
  [JOINS_REGNAL_NAMES, '世'],
  [JOINS_DOTTED_NAMES, '·・•‧'],
  // A transliterated name (at least TRANSLITERATED_SHARE of its characters), in both transliteration passes.
  [JOINS_TRANSLITERATIONS, TRANSLITERATION],
  [JOINS_PLACE_HEADS, [...PLACE_HEAD_WORDS].join('')],
  [JOINS_GLOSSED_NAMES, '(（'],
];
/** Per code unit, the passes it may make apply (every character of PASS_CHARS is one code unit: checked here). */
const passesOfUnit = (() => {
  const table = new Uint8Array(0x10000);
  for (const [pass, chars] of PASS_CHARS) {
    for (const ch of chars) {
      if (ch.length !== 1) throw new Error(`chinese-names.ts: ${ch} is not one code unit`);
      table[ch.charCodeAt(0)] |= pass;
    }
  }
  return table;
})();

/** The joining passes that may change the words of `text` (a bit each), from the characters it holds. */
function passTriggers(text: string): number {
  let passes = 0;
  for (let i = 0; i < text.length && passes !== ALL_JOINS; i++) passes |= passesOfUnit[text.charCodeAt(i)]!;
  return passes;
}

/**
 * jieba's tagged words of `simplified` through the joining passes, in their order; `skip` (the default) leaves out a
 * pass the text holds no character for (passTriggers), which would give back the same words.
 */
export function joinedWords(simplified: string, tagged: TaggedWord[], skip = true): TaggedWord[] {
  const passes = skip ? passTriggers(simplified) : ALL_JOINS;
  let words = tagged;
  if (passes & JOINS_NATIVE_PERSONS) words = joinNativePersons(words);
  if (passes & JOINS_REGNAL_NAMES) words = joinRegnalNames(words);
  // Dotted names first: joined transliterations would hide the dots between a name's parts (`胡安` `·` `卡洛斯·萨拉斯`).
  if (passes & JOINS_DOTTED_NAMES) words = joinDottedNames(words);
  if (passes & JOINS_TRANSLITERATIONS) words = extendTransliterations(joinTransliterations(simplified, words));
  if (passes & JOINS_PLACE_HEADS) words = joinPlaceHeads(words);
  // Organisations join words by their tags (jieba tags words nt without a telling character): always run.
  words = joinOrganisations(words);
  if (passes & JOINS_GLOSSED_NAMES) words = joinGlossedNames(simplified, words);
  return words;
}

/**
 * Person, place and organisation names of a Chinese paragraph that do not overlap `taken`, except that a name may
 * contain taken spans whole: an organisation named after a place (`澳大利亚队` around the table's `澳大利亚`) is the
 * longer name, and the caller drops what it contains.
 */
export function chineseNames(text: string, taken: ReadonlyArray<{ start: number; end: number; type?: EntityType }>): NameSpan[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const simplified = toSimplified(text);
  const spans: NameSpan[] = [];
  let cursor = 0;
  const placed: PlacedWord[] = [];
  for (const { word, tag, native, gloss } of joinedWords(simplified, tagInWindows(simplified, true))) {
    const start = simplified.indexOf(word, cursor);
    if (start < 0) continue;
    cursor = start + word.length;
    placed.push({ word, tag, start, end: cursor });
    if (!native && tag === 'nt' && companyOfProperName(word)) {
      if (!taken.some((s) => s.start < cursor && start < s.end)) spans.push({ start, end: cursor, canonical: text.slice(start, cursor), type: 'org' });
      continue;
    }
    const type = TAG_TYPES[tag];
    if (!type || [...word].length < MIN_NAME_CHARS || !DOTTED_HAN_NAME.test(word) || PEOPLE_OR_LANGUAGE_WORD.test(word)) continue;
    if (type !== 'org' && namesPeopleOrLanguage(simplified, start + word.length)) continue;
    if (type === 'person' && (AWARD_OR_CONTEST.test(word) || NAMED_THING_AFTER.test(simplified.slice(start + word.length, start + word.length + 3)))) continue;
    if (type === 'place' && placeBeforeRole(simplified, start + word.length)) continue;
    if (!native && type === 'org' && (genericOrganisation(word) || FIELD_OF_STUDY.test(word))) continue;
    if (!native && (TITLE_END.test(word) || !looksLike(word, type, simplified.slice(Math.max(0, start - 1), start), simplified.slice(start + word.length, start + word.length + 2)))) continue;
    const end = start + word.length;
    if (taken.some((s) => s.start < end && start < s.end && !(start <= s.start && s.end <= end && end - start > s.end - s.start))) continue;
    // A name inside title marks is a work's title or part of one (`《金瓶梅》`, `《罗密欧与朱丽叶》`), none of the three kinds.
    if (insideTitleMarks(simplified, start, end)) continue;
    // A transliterated name jieba tags a person's, with a geographical noun after it, is a place (`敖德萨州`, `哈德逊河`).
    const geographicEnd = type === 'person' && !native && transliterated(word) ? placeNameEnd(simplified, end, TRANSLITERATED_PLACE_HEAD) : end;
    // So is one that jieba cut with such a head inside its last piece (`伊万诺-弗兰科夫斯克州`: `斯克州`).
    if (geographicEnd > end || (type === 'person' && !native && transliterated(word) && PLACE_KIND_LAST.test(word))) {
      spans.push({ start, end: geographicEnd, canonical: text.slice(start, geographicEnd), type: 'place' });
      continue;
    }
    const surface = text.slice(start, end);
    // A transliterated name after a verb of location or motion is a place's, though jieba tags it a person's (`位于X`).
    // So is one right after a place's name: Chinese writes the larger place first (`瑞士洛桑`, Lausanne in Switzerland).
    const placedType = type === 'person' && !native && transliterated(word) && (LOCATION_VERB_BEFORE.test(simplified.slice(Math.max(0, start - 3), start))
      || [...taken, ...spans].some((s) => s.end === start && s.type === 'place')) ? 'place' : type;
    spans.push({ start, end, canonical: gloss ?? surface, type: placedType });
  }
  // A name jieba tags a person's right before a product's model is its maker (`X` + `S7`), as a brand's word is there.
  for (const span of spans) if (span.type === 'person' && makesTheModelAfter(text, span.end)) span.type = 'org';
  rememberWords(text, placed);
  // A place's kind is no place's name, whatever the evidence (`山区` mountain areas beside a province's name).
  const evidenced = evidenceNames(text, placed, [...taken, ...spans]).filter((span) => span.type !== 'place' || !genericPlaceWord(simplified.slice(span.start, span.end)));
  return evidenced.length ? [...spans, ...evidenced].sort((a, b) => a.start - b.start) : spans;
}

/** A Latin word inside Chinese text; one character class under one quantifier, so linear on any input. */
const LATIN_WORD = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{M}\p{N}'’.&-]*/gu;
/** What may stand between the words of one Latin name in Chinese text (`Jesse LaBrocca`, `Jesse·LaBrocca`). */
const LATIN_NAME_GAP = /^[ \u00a0·・]$/u;
/** Acronyms (`CNN`, `B.C.`) name organisations more often than anything else (names.ts makes the same call). */
const LATIN_ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
/** Inner capitals are brand spelling (`YouTube`, `LaBrocca` aside: a surname prefix is one inner capital after Mc/Mac/La/De). */
const BRAND_SPELLING = /^\p{Lu}?\p{Ll}{3,}\p{Lu}/u;

const LATIN_NAME_PARTICLE = new RegExp(`^(?:${LATIN_NAME_PARTICLES.join('|')})$`, 'u');
/** Arabic article joined to a name by a hyphen (`al-Jadaan`, `el-Sisi`): a name word, though lowercase. */
const ARABIC_ARTICLE_NAME = /^(?:al|el|ad|as|ash|an|ar)-\p{Lu}/u;
/** A model's designator after a product's name: a number of up to three digits (not a year) or one capital letter. */
const MODEL_DESIGNATOR = /^(?:\d{1,3}|\p{Lu})$/u;
/** Abbreviated titles and heads written with a full stop before a name (`St. Louis`, `Mt. Kenya`, `Dr. Li`). */
const LATIN_TITLE_ABBREVIATION = /^(?:St|Ste|Mt|Ft|Dr|Mr|Mrs|Ms|Prof)$/u;
/** Brackets around a gloss: Chinese gives a foreign name's original spelling in brackets right after it (`理查德（Richard）`). */
const GLOSS_OPEN = /[(（]$/u;
const GLOSS_CLOSE = /^[)）]/u;
/** Longest bracket content read as one gloss (a name and a few words). */
const GLOSS_MAX_CHARS = 80;
/** What ends the word a gloss spells out when that word is no name: a title mark, or the suffix of a language (`芬兰语`). */
const GLOSSED_NO_NAME = /(?:》|[语語])$/u;

/**
 * Latin names written inside Chinese text (`鲍尔说Pugh`, `CNN报道`): Chinese has no capitals of its own, so a capitalised
 * Latin word there is a name or an acronym, and a lowercase one a term. Runs of capitalised words are one name, with
 * the particles between them. A bracketed gloss spells out the word before it, so it takes the type of a name ending at
 * the bracket (`理查德（Richard）`); after a title (`《明镜周刊》（SPIEGEL）`) or a language (`芬兰语（Finnish）`) it is
 * none, nor when the capitalised words are only part of the bracket (`（Income funds）`, a term). Inside title marks a
 * Latin word is part of a title (`《Geronimo》`).
 */
export function latinNamesInChinese(text: string, taken: ReadonlyArray<{ start: number; end: number; type?: EntityType }>): NameSpan[] {
  const spans: NameSpan[] = [];
  let chineseSpans: NameSpan[] | null = null;
  const nameEndingAt = (at: number) => taken.find((s) => s.end === at) ?? (chineseSpans ??= chineseNames(text, taken)).find((s) => s.end === at);
  let run: Array<{ start: number; end: number; word: string }> = [];
  let particles: Array<{ start: number; end: number; word: string }> = [];
  let model = false;
  const flush = () => {
    particles = [];
    const modelName = model;
    model = false;
    if (!run.length) return;
    const start = run[0].start;
    const end = run.at(-1)!.end;
    run = [];
    if (taken.some((s) => s.start < end && start < s.end) || insideTitleMarks(text, start, end)) return;
    const words = text.slice(start, end).split(/[ \u00a0·・.]+/u);
    let type: EntityType = words.length === 1 && LATIN_ACRONYM.test(words[0]) ? 'org' : words.some((w) => BRAND_SPELLING.test(w)) ? 'org' : 'person';
    const bracketOpen = Math.max(text.lastIndexOf('(', start), text.lastIndexOf('（', start));
    if (bracketOpen >= 0 && start - bracketOpen <= GLOSS_MAX_CHARS && !/[)）]/u.test(text.slice(bracketOpen, start)) && /^[^(（)）]*[)）]/u.test(text.slice(end, end + GLOSS_MAX_CHARS))) {
      if (!GLOSS_OPEN.test(text.slice(0, start)) || !GLOSS_CLOSE.test(text.slice(end)) || GLOSSED_NO_NAME.test(text.slice(0, bracketOpen))) return;
      // An acronym spells out the term before it (`光伏（PV）`): a name only when that term is one (`世界卫生组织（WHO）`).
      const glossed = nameEndingAt(bracketOpen);
      if (!glossed && words.length === 1 && LATIN_ACRONYM.test(words[0])) return;
      type = glossed?.type ?? type;
    }
    spans.push({ start, end, canonical: text.slice(start, end), type: modelName ? 'product' : type });
  };
  for (const m of text.matchAll(LATIN_WORD)) {
    let word = m[0];
    if (word.endsWith('.') && !LATIN_ACRONYM.test(word)) word = word.replace(/[.]+$/u, '');
    const start = m.index!;
    const end = start + word.length;
    const previous = particles.at(-1) ?? run.at(-1);
    const gap = previous ? text.slice(previous.end, start) : '';
    const joins = previous && (LATIN_NAME_GAP.test(gap) || (gap === '. ' && LATIN_TITLE_ABBREVIATION.test(previous.word)));
    if (run.length && joins && LATIN_NAME_PARTICLE.test(word)) { particles.push({ start, end, word }); continue; }
    const name = /^\p{Lu}/u.test(word) && /\p{L}/u.test(word.slice(1)) || LATIN_ACRONYM.test(word) || ARABIC_ARTICLE_NAME.test(word);
    // A number or a capital letter alone after a name is its model's designator (`Note 10`, `Mate20 X`): one product's name.
    if (!name && run.length && !particles.length && gap === ' ' && MODEL_DESIGNATOR.test(word)) { run.push({ start, end, word }); model = true; continue; }
    if (!name) { flush(); continue; }
    if (previous && !joins) flush();
    run.push(...particles, { start, end, word });
    particles = [];
  }
  flush();
  return spans;
}

/** Heads of a company's name (company, group, bank, holdings) after its proper name, as jieba tags the whole `nt`. */
const COMPANY_SUFFIX = /(?:有限公司|公司|集团|银行|控股)$/u;
/**
 * A word jieba tags nt that is a proper name and a company's head (`X公司`, `X集团`): an organisation, when the name before
 * the head is a name by jieba's own tag of it (a place, a person's, another proper noun, an abbreviation) or written in
 * transliteration. TITLE_END leaves every word ending in 公司 out, since most of them name a kind of company
 * (`保险公司`, `科技公司`), whose part before the head is a common noun.
 */
function companyOfProperName(word: string): boolean {
  const suffix = COMPANY_SUFFIX.exec(word);
  if (!suffix) return false;
  const head = word.slice(0, suffix.index);
  if ([...head].length < MIN_NAME_CHARS || !isHanWord(head)) return false;
  const tagged = jieba().tag(head, false);
  return (tagged.length === 1 && PROPER_PART_TAGS.has(tagged[0].tag)) || transliterated(head);
}

/**
 * The word starts of the paragraphs chineseNames read last (one mark per code unit, the text's length plus one), for
 * repeatedNames: a name is taken again only where jieba cut the same word. Kept for the paragraphs of one article at a
 * time (withRepeatedNames empties it); a paragraph not here is cut again.
 */
const wordStartsOfText = new Map<string, Uint8Array>();
/** Most paragraphs kept (a caller that never asks for the repeated names leaves no more than these). */
const WORD_STARTS_KEPT = 4096;
function rememberWords(text: string, words: readonly PlacedWord[]): void {
  if (wordStartsOfText.size >= WORD_STARTS_KEPT) wordStartsOfText.delete(wordStartsOfText.keys().next().value!);
  const starts = new Uint8Array(text.length + 1);
  for (const w of words) { starts[w.start] = 1; starts[w.end] = 1; }
  wordStartsOfText.set(text, starts);
}
function wordStarts(text: string): Uint8Array {
  let starts = wordStartsOfText.get(text);
  if (!starts) {
    chineseNames(text, []);
    starts = wordStartsOfText.get(text) ?? new Uint8Array(text.length + 1);
  }
  return starts;
}

/** Names taken again across the article: Han organisation and place names, and awards' names, of two to ten characters. */
const REPEATED_NAME = /^\p{Script=Han}{2,10}$/u;
const REPEATED_TYPES: ReadonlySet<EntityType> = new Set(['org', 'place', 'other']);

/**
 * The mentions of a Chinese article with its organisation and place names taken again where the article writes the same
 * word (repeatedNames in chinese-evidence-names.ts), in order. A place before a word for its people or a role noun is
 * none there, as addChineseNames reads it.
 */
export function withRepeatedNames(paragraphs: readonly string[], mentions: EntityMention[]): EntityMention[] {
  const evidenced = new Map<string, EntityMention>();
  for (const m of mentions) if (REPEATED_TYPES.has(m.type) && REPEATED_NAME.test(m.text) && !evidenced.has(m.text)) evidenced.set(m.text, m);
  const added = repeatedNames(paragraphs, mentions, evidenced, (paragraph, start, end) => {
    const text = paragraphs[paragraph];
    const starts = wordStarts(text);
    // Cut there as words of its own: the name starts and ends where jieba's words do (a name of several words, `X科学奖`, may hold more).
    if (!starts[start] || !starts[end]) return false;
    if (evidenced.get(text.slice(start, end))?.type !== 'place') return true;
    // As addChineseNames reads a place (the patterns hold both scripts' forms; placeBeforeRole simplifies what it reads).
    return !(namesPeopleOrLanguage(text, end) || placeBeforeRole(text, end) || insideTitleMarks(text, start, end));
  });
  wordStartsOfText.clear();
  return added.length ? [...mentions, ...added].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start) : mentions;
}
