// Attributed quotes: a quoted passage with a reporting verb and a speaker next to it (`"…", said Priya Raman`,
// `周明远表示：“…”`).
import type { EntityMention } from '../../types.ts';
import { escapeRegExp } from '../language/words.ts';
import { UNSPACED_LANGS, wordPattern } from './attributes.ts';

/** Shortest quoted passage taken as a quote (shorter ones are scare quotes or titles: „offen“, 「小而精」). */
const MIN_QUOTE_CHARS_SPACED = 20;
const MIN_QUOTE_CHARS_UNSPACED = 8;
/** How far after a closing quote mark the reporting verb may be (`…", said Priya Raman`; `”…研究员周明远表示`). */
const MAX_ATTRIBUTION_GAP = 60;
// Quotes

const QUOTE_PAIRS: Array<[string, string]> = [['“', '”'], ['„', '“'], ['„', '”'], ['"', '"'], ['«', '»'], ['「', '」'], ['『', '』']];
/** findQuotes finds nothing in a text with none of these. */
export const QUOTE_OPENERS = [...new Set(QUOTE_PAIRS.map(([open]) => open))];
const REPORTING_VERBS: Record<string, string[]> = {
  en: ['said', 'says', 'told', 'added', 'explained', 'noted', 'argued', 'wrote', 'warned', 'according to'],
  de: ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'meinte', 'meint', 'schreibt', 'warnte', 'fügte', 'so'],
  fr: ['a déclaré', 'déclare', 'a dit', 'dit', 'explique', 'a expliqué', 'affirme', 'a affirmé', 'souligne', 'a souligné', 'estime', 'selon', 'ajoute', 'a ajouté', 'précise', 'a précisé'],
  es: ['dijo', 'afirmó', 'explicó', 'señaló', 'aseguró', 'declaró', 'según', 'añadió', 'comentó', 'indicó', 'sostuvo', 'advirtió'],
  ru: ['заявил', 'заявила', 'сказал', 'сказала', 'отметил', 'отметила', 'считает', 'говорит', 'пояснил', 'пояснила', 'по словам', 'добавил', 'добавила', 'подчеркнул', 'подчеркнула'],
  zh: ['表示', '说', '說', '指出', '认为', '認為', '称', '稱', '强调', '強調', '坦言'],
  ja: ['述べた', '語った', '話す', '話した', '指摘した', '説明した', '強調した', '述べている', '語る', '話している', 'と言う'],
};
/** Job titles that come right before a Chinese name in an attribution (`副研究员周明远表示`). */
const ZH_TITLES = '研究员|研究員|教授|技术官|技術官|分析师|分析師|执行官|執行官|总监|總監|主任|院长|院長|经理|經理|创始人|創辦人|創始人|主席|工程师|工程師|科学家|科學家|负责人|負責人|董事长|董事長|总裁|總裁|所长|所長|CEO|CTO';
const ZH_SPEAKER = new RegExp(`(?:${ZH_TITLES})\\s*(\\p{Script=Han}{2,3})\\s*(?:${REPORTING_VERBS.zh.map(escapeRegExp).join('|')})`, 'u');
const ZH_SPEAKER_PLAIN = new RegExp(`(?:^|[，,。、”」])\\s*(\\p{Script=Han}{2,3})\\s*(?:${REPORTING_VERBS.zh.map(escapeRegExp).join('|')})`, 'u');
const JA_SPEAKER = /(\p{Script=Han}{2,4}?)\s*(?:准教授|教授|氏|さん|社長|所長|代表|会長|CEO|CTO|博士)(?:は|が|も)/u;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|van|von|del|da|di|la|le)?\s*\p{Lu}[\p{L}'’.-]+){1,3}`;

/** Each reporting verb at the end of the text before a quote (`said:`, `表示：`), built once. */
const VERB_BEFORE_QUOTE = new Map(Object.values(REPORTING_VERBS).flat().map((v) => [v, new RegExp(`${escapeRegExp(v)}\\s*[:：,，]?\\s*$`, 'u')]));

export interface QuoteFound { open: number; close: number; attributionEnd: number; speaker: string }

export function findQuotes(text: string, lang: string, mentions: EntityMention[]): QuoteFound[] {
  const found: QuoteFound[] = [];
  const unspaced = UNSPACED_LANGS.has(lang);
  const minChars = unspaced ? MIN_QUOTE_CHARS_UNSPACED : MIN_QUOTE_CHARS_SPACED;
  const verbs = [...(REPORTING_VERBS[lang] ?? []), ...(lang !== 'en' ? [] : [])];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    while (from < text.length) {
      const o = text.indexOf(open, from);
      if (o < 0) break;
      const c = text.indexOf(close, o + 1);
      if (c < 0) break;
      from = c + 1;
      const quoted = text.slice(o + 1, c);
      if (quoted.trim().length < minChars || found.some((f) => f.open <= o && o < f.close)) continue;
      const after = text.slice(c + 1, c + 1 + MAX_ATTRIBUTION_GAP + 40);
      const sentenceAfter = after.split(/[.!?。！？]\s|[。！？]/u)[0];
      let speaker: string | null = null;
      let attributionEnd = c + 1 + sentenceAfter.length;
      const persons = mentions.filter((m) => m.type === 'person' && m.start > c && m.start <= c + 1 + sentenceAfter.length);
      const verbHere = verbs.some((v) => wordPattern(v, unspaced).test(sentenceAfter.slice(0, MAX_ATTRIBUTION_GAP + 20)));
      if (verbHere && persons.length > 0) speaker = persons[0].canonical;
      else if (verbHere && lang === 'zh') speaker = ZH_SPEAKER.exec(sentenceAfter)?.[1] ?? ZH_SPEAKER_PLAIN.exec(sentenceAfter)?.[1] ?? null;
      else if (verbHere && lang === 'ja') speaker = JA_SPEAKER.exec(sentenceAfter)?.[1] ?? null;
      else if (verbHere) {
        const verbAlt = verbs.map(escapeRegExp).join('|');
        const afterVerb = new RegExp(`^[\\s,.;:—–-]*(?:${verbAlt})\\s+(${NAME})`, 'u').exec(sentenceAfter);
        const beforeVerb = new RegExp(`^[\\s,.;:—–-]*(${NAME})\\s*,?\\s+(?:${verbAlt})(?![\\p{L}])`, 'u').exec(sentenceAfter);
        speaker = (afterVerb?.[1] ?? beforeVerb?.[1])?.replace(/\.$/, '') ?? null;
      }
      if (!speaker) {
        // `Priya Raman said: "…"`, `周明远表示：“…”`
        const lead = text.slice(Math.max(0, o - MAX_ATTRIBUTION_GAP), o);
        const personBefore = mentions.filter((m) => m.type === 'person' && m.end <= o && m.end >= o - MAX_ATTRIBUTION_GAP).at(-1);
        const verbBefore = verbs.some((v) => VERB_BEFORE_QUOTE.get(v)!.test(lead));
        if (personBefore && verbBefore) speaker = personBefore.canonical;
        attributionEnd = c + 1;
      }
      if (speaker) found.push({ open: o, close: c, attributionEnd: Math.max(attributionEnd, c + 1), speaker });
    }
  }
  return found.sort((a, b) => a.open - b.open);
}

