// The Chinese predicate that states a figure of its subject: adverbs of time, scope, contrast and sum (`已`, `将`, `则`,
// `共`, `另`), then a verb of being, reaching, exceeding, having, totalling or changing (`为`, `达到`, `多达`, `超过`, `有`,
// `合计`, `新增`, `降至`). Read by the characters of the grammar's word classes rather than by a segmenter's words: jieba
// cuts the same predicate differently by what stands around it (`高达` whole in one sentence, `高` `达` in another).

/** Adverbs before a verb of figures, one or more (`已经`, `则`, `共`, `另`, `累计`). */
const ADVERBS = ['已经', '已經', '已', '将', '將', '仍', '也', '均', '共', '总共', '總共', '一共', '约', '約', '同比', '仅', '僅', '只', '则', '則', '还', '還', '又', '再', '都', '另', '累计', '累計'];
/**
 * Verbs of figures: being (`为`, `是`, `占`); reaching and exceeding, with the adverb of degree they take (`达`, `多达`,
 * `高达`, `长达`, `超过`, `远超`, `突破`); having (`有`, `拥有`; not `没有`, `所有`); a total (`共计`, `合计`; not `预计`);
 * a change with or without its end (`新增`, `增加`, `降至`).
 */
const VERBS = ['[多高长長远遠]?(?:达到|達到|达|達|超过|超過|超)', '为', '為', '是', '占', '佔', '突破', '(?<![没沒所])有', '拥有', '擁有', '共计', '共計', '合计', '合計', '总计', '總計',
  '新增', '增长', '增長', '增加', '下降', '减少', '減少', '(?:上升|下降|增长|增長|增加|减少|減少|提高|降低|[升降增减減跌涨漲])[至到]'];
/** The coverbs of a change's starting figure (`由28℃降至12℃`): the subject stands before them too. */
const CHANGE_FROM = ['由', '从', '從'];
/** Hedges and aspect particles between the verb and the number (`近`, `约`, `逾`, `了`). */
const HEDGES = ['了', '近', '约', '約', '逾', '将近', '將近', '大约', '大約'];

/** A verb of figures, with its adverbs, ending the text (the subject stands before it). */
export const CHINESE_FIGURE_VERB = new RegExp(`(?:${ADVERBS.join('|')})*(?:${[...VERBS, ...CHANGE_FROM].join('|')})$`, 'u');
/** The whole predicate between a subject and its number, ending the text: adverbs, verbs, coverbs and hedges, one or more. */
export const CHINESE_FIGURE_PREDICATE = new RegExp(`(?:${[...ADVERBS, ...VERBS, ...CHANGE_FROM, ...HEDGES].join('|')})+$`, 'u');
